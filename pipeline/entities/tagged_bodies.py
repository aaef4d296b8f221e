"""Bodies and apps the tagger misses or cuts: media, armies, terms, a place + its body, quoted apps.

LAC tags a web portal or a paper as a proper noun (``nz``: 某某新闻网, 某新网)
and an army of one country as a common noun (美军/n), never as ORG; it cuts
some bodies in two. GUIDELINES count newspapers, government bodies and
their full names as ORG, apps as PROGRAM:

- :func:`media_outlets`: a proper-noun word (nz, nt) of two characters or
  more before a media head of ``models/media_heads.txt`` (某某网, 某某日报,
  某某客户端; not 一网 of a slogan), or followed by one as a word (某某|日报); a proper noun of
  three characters or more ending in 报 before its dispatch or report (某京报|快讯, 某某报|报道);
  and the name after a web page's ``来源：`` up to its separator;
- :func:`world_bodies`: an opener (世界, 国际), nouns and a head (组织, 联合会) the tagger
  left as common words are an international body (世界|知识产权|组织);
- :func:`armies`: a country's one-character abbreviation + 军 as one word
  (美军, 日军), the armed forces of that country;
- :func:`trim_dispatch`: a paper's dateline 某某日报讯 is the paper and its 讯;
- :func:`join_modifier_fragments`: an adjective the tagger tags ORG before
  an ORG opens it (最高|人民法院);
- :func:`join_place_bodies`: a place right before a body the tagger tagged
  apart names it (某国|国防部);
- :func:`with_term_ordinals`: a body elected by term takes its ordinal
  (第九届|全国人民代表大会) and the party before it (某某党|第十五次|全国代表大会);

Pure functions over the tagger's words ``(start, end, tag)`` or spans
``(start, end, label)``, in the coordinates of the text given.
"""

from __future__ import annotations

import functools
import re

from pipeline.entities.text import without_overlaps
from pipeline.text.resources import load_lines, load_table

Span = tuple[int, int, str]

#: Tagger tags of proper nouns that may name an outlet.
_PROPER = frozenset({"nz", "nt", "ORG"})
#: A web page's source line: 来源：某某网 up to a separator (|, space, ／, a closing bracket, the line's end).
_SOURCE = re.compile(r"来源[：:]\s*([^\s|｜/／:：，,。()（）【】\[\]]{2,12})(?=[\s|｜/／)）】\]]|$)", re.MULTILINE)
#: Heads that follow many proper nouns as plain words (奥运|新闻, 春节|频道): no outlet after a word.
_LOOSE_HEADS = frozenset({"新闻", "频道", "在线"})
#: Words after a paper's name that show it is one: its dispatch (快讯, 讯) or report (报道).
_PAPER_FOLLOWERS = ("快讯", "讯", "报道")
#: Words that a source line names but that are no outlet (本网, 本报: the page itself; 网络: the web).
_NOT_OUTLETS = frozenset({"本网", "本报", "网络", "互联网", "网友", "新闻"})


@functools.lru_cache(maxsize=None)
def media_heads() -> tuple[str, ...]:
    """Heads of media names from ``models/media_heads.txt``, longest first."""
    return tuple(sorted(load_lines("media_heads.txt"), key=len, reverse=True))


def media_outlets(text: str, words: list[Span]) -> list[Span]:
    """ORG spans of media outlets (see the module docstring), sorted, not overlapping."""
    heads = media_heads()
    found: list[Span] = []
    for i, (start, end, tag) in enumerate(words):
        if tag not in _PROPER or end - start < 2:
            continue
        word = text[start:end]
        if word.endswith(heads) and len(word) - len(next(h for h in heads if word.endswith(h))) >= 2:
            found.append((start, end, "ORG"))
        elif len(word) >= 3 and word.endswith("报") and text.startswith(_PAPER_FOLLOWERS, end):
            found.append((start, end, "ORG"))  # 某京报|快讯, 据某某报|报道: a paper named by its dispatch
        elif (i + 1 < len(words) and words[i + 1][0] == end and text[end : words[i + 1][1]] in heads
              and text[end : words[i + 1][1]] not in _LOOSE_HEADS):
            found.append((start, words[i + 1][1], "ORG"))
    for match in _SOURCE.finditer(text):
        if match.group(1) not in _NOT_OUTLETS:
            found.append((match.start(1), match.end(1), "ORG"))
    return without_overlaps(found)


@functools.lru_cache(maxsize=None)
def _world_body_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """Openers and heads of international bodies' names (``models/world_body_words.tsv``)."""
    rows = load_table("world_body_words.tsv")
    return (tuple(r["word"] for r in rows if r["role"] == "opener"),
            frozenset(r["word"] for r in rows if r["role"] == "head"))


#: Tags of the words inside an international body's name (知识产权/n, 气象/n, 标准化/vn).
_INNER_TAGS = frozenset({"n", "nz", "vn", "j"})
#: Most words between the opener and the head (世界|石油输出国|组织 has one or two).
_MOST_INNER = 3


def world_bodies(text: str, words: list[Span]) -> list[Span]:
    """ORG spans of international bodies the tagger left as common words (世界|知识产权|组织).

    A word opening on an opener (世界, 世界气象) and nouns after it, up to a
    head word (组织, 联合会), are one name, and so is one organization word (nt) from an opener to a head; an adjective (世界性) or an
    ideology (恐怖主义) inside is a description, not a name.
    """
    openers, heads = _world_body_words()
    found: list[Span] = []
    for i, (start, end, tag) in enumerate(words):
        if not text.startswith(openers, start) or _describes(text[start:end]):
            continue
        if tag == "nt" and text[start:end].endswith(tuple(heads)) and end - start > 4:
            found.append((start, end, "ORG"))  # jieba's dictionary holds the name whole (世界气象组织/nt)
            continue
        if tag not in _INNER_TAGS:
            continue
        for j in range(i + 1, min(i + 2 + _MOST_INNER, len(words))):
            w_start, w_end, w_tag = words[j]
            word = text[w_start:w_end]
            if word in heads and j > i + 1 or word in heads and end - start > 2:
                found.append((start, w_end, "ORG"))
                break
            if w_tag not in _INNER_TAGS or _describes(word):
                break
    return found


def _describes(word: str) -> bool:
    """Is a word of a would-be body's name a description: an adjective (世界性) or an ideology (恐怖主义)?"""
    return word.endswith(("性", "主义"))


def armies(text: str, words: list[Span], abbreviations: frozenset[str]) -> list[Span]:
    """ORG spans of armies named by a country's abbreviation + 军 as one tagger word (美军); 中军 is an old word."""
    return [(start, end, "ORG") for start, end, _tag in words
            if end - start == 2 and text[start + 1] == "军" and text[start] in abbreviations and text[start] != "中"]


def trim_dispatch(text: str, span: Span) -> Span:
    """某某日报讯 -> 某某日报: a dateline's 讯 (dispatch) after a paper's name is no part of it."""
    start, end, label = span
    if label == "ORG" and end - start > 3 and text[end - 1] == "讯" and text[start : end - 1].endswith(media_heads()):
        return (start, end - 1, label)
    return span


#: An ordinal of a term or session before a body's name: 第九届, 十五次, 第3届.
_ORDINAL = re.compile(r"(?:第?[一二三四五六七八九十百零〇]{1,4}|第?\d{1,3})[届次]$")
#: Heads of bodies elected or convened by term: the ordinal names one of them (第九届|全国人民代表大会).
_TERM_HEADS = ("代表大会", "人大", "政协", "委员会", "常委会", "党代会")


def with_term_ordinals(text: str, spans: list[Span]) -> list[Span]:
    """ORG spans of bodies elected by term widened over the ordinal before them (第九届|全国人民代表大会),
    and over the ORG right before that ordinal, whose term it is (某某党|第十五次|全国代表大会):
    the longest name (GUIDELINES)."""
    out: list[Span] = []
    for start, end, label in sorted(spans):
        ordinal = _ORDINAL.search(text, max(0, start - 6), start) if label == "ORG" else None
        if ordinal is None or not text[start:end].endswith(_TERM_HEADS):
            out.append((start, end, label))
            continue
        start = ordinal.start()
        if out and out[-1][2] == "ORG" and out[-1][1] == start:
            start = out.pop()[0]
        out.append((start, end, label))
    return out


def join_modifier_fragments(text: str, spans: list[Span], dictionary: dict[str, tuple[int, str]]) -> list[Span]:
    """An ORG of one or two characters that is no name by itself (最高: an adjective in jieba's
    dictionary) right before another ORG opens it (最高|人民法院): the tagger cut one name in two."""
    out: list[Span] = []
    for span in sorted(spans):
        if out and out[-1][2] == "ORG" == span[2] and out[-1][1] == span[0] and out[-1][1] - out[-1][0] <= 2:
            _freq, tag = dictionary.get(text[out[-1][0] : out[-1][1]], (0, ""))
            if tag in {"a", "b", "d"}:
                out[-1] = (out[-1][0], span[1], "ORG")
                continue
        out.append(span)
    return out


#: A dash that joins two partners in a body's name (某国—中国友好协会).
_PARTNER_DASH = frozenset("—–-")


def join_place_bodies(text: str, spans: list[Span], opens_on_division, is_kind=None) -> list[Span]:
    """A place right before a body the tagger tagged apart is one ORG (某国|国防部, 某国|共产党, or
    over a partners' dash: 某国—中国友好协会): GUIDELINES annotate the longest name, as 郑州市文物考古研究院.

    Over a dash only a full body's name joins (某国—中国友好协会): a short name after it pairs two
    partners (中国-东盟 博览会, 中欧). Not when the place is one character (中|美 are two countries) nor
    when the body opens on a
    division (``opens_on_division(name)``): 某省|某市总工会 is an address chain (see
    :mod:`pipeline.entities.place_chains`). Nor when the "body" is a kind of thing
    (``is_kind(name)``: 某新区|智能网联汽车 is the zone's industry, not a company).
    """
    out: list[Span] = []
    for span in sorted(spans):
        start, end, label = span
        if out and label == "ORG" and out[-1][2] in {"GPE", "LOC"} and out[-1][1] - out[-1][0] >= 2:
            gap = text[out[-1][1] : start]
            partners = len(gap) == 1 and gap in _PARTNER_DASH and end - start >= 4  # not 中国-东盟 (a pair)
            if (gap == "" or partners) and not opens_on_division(text[start:end]) and not (
                    is_kind is not None and is_kind(text[start:end])):
                out[-1] = (out[-1][0], end, "ORG")
                continue
        out.append(span)
    return out


def join_place_candidates(text: str, found: list[tuple[int, int, str, str]],
                          opens_on_division) -> list[tuple[int, int, str, str]]:
    """:func:`join_place_bodies` on rule candidates ``(start, end, label, rule)`` (fast mode): a place
    the lexicon found right before a body a rule found is one ORG (某国|公安部), with the body's rule."""
    rules = {(s, e): r for s, e, _label, r in found}
    joined = join_place_bodies(text, [c[:3] for c in found], opens_on_division)
    return [(s, e, label, rules.get((s, e)) or next(r for (s2, e2), r in rules.items() if e2 == e))
            for s, e, label in joined]
