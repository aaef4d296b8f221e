"""A body's parts after its name, and a body's name cut inside a place: accurate mode's ORG bounds.

The tagger (and the rules) often stop an ORG at the body and leave out the
part of it the sentence names: 某某大学 + 党委, 某某协会 + 理事会, 某某日报 +
海外版, 某某电台 + 节目部, 某某部 + 营养与食品研究所. GUIDELINES annotate the
longest name, and MSRA and People's Daily count such a part with its body
(their errors of this kind were the largest group of ORGs found too short).
:func:`attach_parts` widens an ORG over the tagger's words that follow it
when they end in a part: a word of ``models/body_parts.txt`` (党委, 分会,
代表团 …, also bare) or a department word of three characters or more ending
in a sub-unit suffix (节目部, 政治处); the words before the part must be
nouns or names (with 和/与 inside). A part the tagger glued to a person's
title (党委书记) is cut before the title. A bare research unit of the
sub-unit list (实验室, 研究所) is no part: with no name of its own it stays
outside the body (:func:`pipeline.entities.tagger_checks.trim_bare_subunit`).

:func:`widen_into_places` gives back the start of a body named after a place
the article names in full elsewhere, when the tagger cut the body inside that
place's name (某某东村 named as a village, then 东村 + 党支部 as a body).

:func:`trim_rooms` cuts a room after a body (某某医院 + 输液室): a room is a
place in the body's building, no part of its name.

:func:`listed_bodies` reads the names of a list closed by a noun of bodies
(甲、乙、丙等企业: the items are the enterprises), when jieba's dictionary shows
each item is a name (unknown, a proper noun or a rare word), not an industry
(钢铁、煤炭等企业: frequent common nouns).

:func:`lexicon_bodies` and :func:`metro_operators` find bodies in the tagger's
words: a word that is exactly a short name of the lexicon (政协 as a common
noun before 主席: the rules' scan drops it there, as part of the word 政协主席),
and a city + 地铁 not followed by a line or station (某市地铁 运营…: the operator).

Pure functions on candidates ``(start, end, label, rule)`` and the tagger's
words ``(start, end, tag)``, in the coordinates of the text given.
"""

from __future__ import annotations

import functools
import re

from pipeline.entities.gazetteer import LINE_KINDS, Lexicons
from pipeline.entities.tagger_fixes import common_ending
from pipeline.entities.text import STOP_CHARS, covered
from pipeline.text.resources import load_lines
from pipeline.text.words import jieba_dictionary

Candidate = tuple[int, int, str, str]
Span = tuple[int, int, str]

#: Tagger tags of words that may stand between a body and its part (nouns, names).
_CONTENT_TAGS = frozenset({"n", "nz", "nt", "nw", "vn", "an", "j", "ORG", "LOC"})  # no numeral: 某委|7名|党委
#: Tagger tags a part word may carry (a common or proper noun, an abbreviation, a body: 某某|美西分会).
_PART_TAGS = frozenset({"n", "nz", "nt", "nw", "j", "ORG"})
#: Tagger tags of a department word: not a body the tagger names by itself (某某所在|公安部).
_DEPARTMENT_TAGS = frozenset({"n", "nz", "nw", "j"})
#: Conjunctions inside a department's name (营养与食品研究所, 文化和旅游处).
_INNER_AND = frozenset({"和", "与"})
#: Most tagger words between a body and its part.
_MAX_WORDS = 4
#: Rules whose ORGs are names written by the text itself (quotes, titles): never widened.
_FIXED_RULES = frozenset({"quoted-program", "quoted-owner", "work"})
#: Rooms of a building: a word of two characters + 室 after a body is a room (输液室, 候诊室),
#: unless it names an office or a unit (办公室, 研究室, 工作室, 实验室, 档案室 as a unit stays out too).
_ROOM = re.compile(r"[\u4e00-\u9fff]{2}室$")
_UNIT_ROOMS = frozenset({"办公室", "研究室", "工作室", "实验室", "编辑室", "秘书室", "资料室"})


@functools.lru_cache(maxsize=None)
def body_parts() -> frozenset[str]:
    """Part words of ``models/body_parts.txt`` (理事会, 党委, 分会, 海外版 …)."""
    return frozenset(load_lines("body_parts.txt"))


def attach_parts(text: str, merged: list[Candidate], words: list[Span], sub_heads: tuple[str, ...],
                 bare_units: frozenset[str], titles: re.Pattern[str]) -> list[Candidate]:
    """ORGs of ``merged`` widened over the part that follows them (see the module docstring).

    ``sub_heads``: sub-unit suffixes (处, 司, 部 …); ``bare_units``: sub-units
    that are no part without a name before them (实验室); ``titles``: a
    pattern of person titles (书记, 主任) that may follow a part in one word.
    Spans inside the part (a place in 某某银行|某省|分行) give way; a person
    or any other span there stops it.
    """
    if not any(c[2] == "ORG" for c in merged):
        return merged
    word_at = {start: i for i, (start, _end, _tag) in enumerate(words)}
    parts = body_parts()
    out: list[Candidate] = []
    dropped: set[Candidate] = set()
    for cand in merged:
        if cand in dropped:
            continue
        start, end, label, rule = cand
        stop = None
        if label == "ORG" and rule not in _FIXED_RULES:
            stop = _part_end(text, end, words, word_at, parts, sub_heads, bare_units, titles)
        if stop is not None:
            inside = [c for c in merged if c is not cand and c[0] < stop and end < c[1]]
            if all(c[0] >= end and c[1] <= stop and c[2] in {"ORG", "GPE", "LOC"} for c in inside):
                dropped.update(inside)
                out = [c for c in out if c not in dropped]
                cand = (start, stop, "ORG", rule)
        out.append(cand)
    return out


def _part_end(text: str, end: int, words: list[Span], word_at: dict[int, int], parts: frozenset[str],
              sub_heads: tuple[str, ...], bare_units: frozenset[str], titles: re.Pattern[str]) -> int | None:
    """End of the part that follows a body ending at ``end``, or None."""
    i = word_at.get(end)
    if i is None:
        return None
    first_content = True
    for j in range(i, min(i + _MAX_WORDS, len(words))):
        w_start, w_end, tag = words[j]
        word = text[w_start:w_end]
        if _department(word, tag, sub_heads) and (w_start > end or word not in bare_units):
            return w_end
        if any(text[part_start:w_end] in parts for part_start in (w_start, *_joined_starts(words, i, j))):
            return w_end
        head = _part_before_title(word, parts, titles)
        if head is not None and tag in _PART_TAGS:
            return w_start + len(head)
        if tag not in _CONTENT_TAGS and not (word in _INNER_AND and not first_content):
            return None
        first_content = False
    return None


def _joined_starts(words: list[Span], first: int, last: int) -> list[int]:
    """Starts of the earlier words of the run whose text, with the last word's, may form one part
    (理事|会 as two words): at most two words back."""
    return [words[k][0] for k in range(max(first, last - 2), last)]


def _department(word: str, tag: str, sub_heads: tuple[str, ...]) -> bool:
    """A department word: one word of three characters or more ending in a sub-unit suffix (节目部,
    政治处), a noun or one jieba's dictionary does not know (促进司 tagged v: the tagger guessed),
    not in a common word's ending (村|干部: see :func:`common_ending`)."""
    if len(word) < 3 or not word.endswith(sub_heads) or common_ending(word):
        return False
    return tag in _DEPARTMENT_TAGS or word not in jieba_dictionary()


def _part_before_title(word: str, parts: frozenset[str], titles: re.Pattern[str]) -> str | None:
    """The part opening a word that ends in a person's title (党委|书记, 理事会|秘书长), or None."""
    for size in range(2, len(word) - 1):
        if word[:size] in parts and titles.fullmatch(word, size):
            return word[:size]
    return None


def widen_into_places(text: str, merged: list[Candidate]) -> list[Candidate]:
    """ORGs whose start the tagger put inside a place the article names (烟之|东村党支部 after
    烟之东村 as a village) start where that place's name starts, when the characters
    before are no other span's."""
    places = {text[s:e] for s, e, label, _r in merged if label == "LOC" and e - s >= 3}
    if not places:
        return merged
    taken = covered(len(text), merged)
    out = []
    for start, end, label, rule in merged:
        if label == "ORG":
            for name in places:
                for cut in range(1, len(name) - 1):
                    at = start - cut
                    if at >= 0 and text.startswith(name, at) and at + len(name) < end and not any(taken[at:start]):
                        start = at
                        break
                else:
                    continue
                break
        out.append((start, end, label, rule))
    return out


def trim_rooms(text: str, merged: list[Candidate], heads: tuple[str, ...]) -> list[Candidate]:
    """ORGs ending in a room after a body's head (某某医院 + 输液室) without the room."""
    out = []
    for start, end, label, rule in merged:
        name = text[start:end]
        room = _ROOM.search(name) if label == "ORG" and len(name) >= 6 else None
        if room is not None and name[room.start():] not in _UNIT_ROOMS and name[: room.start()].endswith(heads):
            end = start + room.start()
        out.append((start, end, label, rule))
    return out


#: Tagger tags of entities: a lexicon name the tagger tags so is the tagger's (it may widen it).
_ENTITY_TAGS = frozenset({"ORG", "LOC", "PER", "TIME"})
#: Index of the short names of bodies among the lexicon's line word lists.
_KNOWN = LINE_KINDS.index("known")


def lexicon_bodies(text: str, words: list[Span], lex: Lexicons) -> list[Span]:
    """ORG spans of tagger words, not tagged as names, that are exactly a short name of the lexicon
    (政协/n, 民革/n); not after 全国, which opens the national body's own name."""
    if lex.line_words is None:
        return []
    found = []
    for start, end, tag in words:
        if tag in _ENTITY_TAGS or text[max(0, start - 2) : start] == "全国":
            continue  # the tagger's own name holds it (九届|全国人大常委会), or a national body's does (全国|侨联)
        entry = lex.line_words.get(text[start:end]) if end - start >= 2 else None
        if entry is not None and _KNOWN in entry[1]:
            found.append((start, end, "ORG"))
    return found


#: What follows a city's 地铁 when it names a line, a station or an entrance, not the operator
#: (某市地铁3号线, 某市地铁站, 某市地铁沿线; not 某市地铁3条新线, a count of the operator's lines).
_METRO_NOUNS = re.compile(r"[0-9一二三四五六七八九十]+号|[线站口沿]")


def metro_operators(text: str, words: list[Span], lex: Lexicons) -> list[Span]:
    """ORG spans of a city + 地铁 as two tagger words (某市 + 地铁 运营, 宣告某市地铁…): the metro's
    operator, when no line, station or entrance number follows (某市地铁3号线 is a line)."""
    found = []
    for (start, end, tag), (w_start, w_end, _tag) in zip(words, words[1:]):
        if (tag == "LOC" and w_start == end and text[w_start:w_end] == "地铁" and text[start:end] in lex.divisions
                and not _METRO_NOUNS.match(text, w_end)):
            found.append((start, w_end, "ORG"))
    return found


@functools.lru_cache(maxsize=None)
def _listed_body_re() -> re.Pattern[str]:
    """A list of two or more short items closed by 等 + a noun of bodies (``models/listed_body_nouns.txt``)."""
    nouns = "|".join(sorted(load_lines("listed_body_nouns.txt"), key=len, reverse=True))
    item = r"[\u4e00-\u9fff]{2,6}"
    return re.compile(f"{item}(?:、{item})+(?:和|及|与)?(?:{item})?(?=等(?:{nouns}))")


#: jieba classes of names: a list item tagged so is a body's name.
_NAME_CLASSES = ("nz", "nt", "nr", "ns", "j")
#: A common noun this frequent in jieba's dictionary is an industry or a kind (钢铁, 汽车), not a name.
COMMON_ITEM_FREQ = 500


def listed_bodies(text: str) -> list[Span]:
    """ORG spans of the items of a list closed by 等 + a noun of bodies (see the module docstring)."""
    words = jieba_dictionary()
    found: list[Span] = []
    for match in _listed_body_re().finditer(text):
        items = [(m.start() + match.start(), m.end() + match.start())
                 for m in re.finditer(r"[^、和及与]+", match.group())]
        if len(items) >= 2 and all(_names_a_body(text[s:e], words) for s, e in items):
            found.extend((s, e, "ORG") for s, e in items)
    return found


#: Characters no body's short name holds: function characters (not 为: 华为), pronouns, 说.
_NOT_IN_NAME = (STOP_CHARS - {"为"}) | frozenset("他她你我们说称")


def _names_a_body(item: str, words: dict[str, tuple[int, str]]) -> bool:
    """Is a list item a name: no function character or pronoun in it, and unknown to jieba's
    dictionary, a proper noun of it, or a rare word?"""
    if _NOT_IN_NAME.intersection(item):
        return False
    freq, tag = words.get(item, (0, ""))
    return item not in words or tag.startswith(_NAME_CLASSES) or freq < COMMON_ITEM_FREQ
