"""Evidence that a tagger name no rule supports is a name at all (accurate mode's precision).

LAC reads news well but, on a newspaper's own prose, takes a few kinds of
ordinary words for names. Each check here weighs general evidence from
packaged data (jieba's dictionary with its POS tags and frequencies, the
surname list of ``models/``) and from the article itself, never a list of
words from the pages:

- :func:`plausible_person`: a person's name starts with a surname; without one
  (and without the marks of a foreign name) a span made of country
  abbreviations (德法 = virtue and law), a verb after its first character
  (某润, 某治: a slogan's verb), a slot in a four-character phrase (以某某某)
  or a string the tagger reads as plain words elsewhere in the article is no name;
  nor is a two-character name on a surname that the tagger reads as plain words
  at most of its mentions (林草 of 林草生态修复: :func:`_mostly_plain`);
- :func:`kind_of_thing`: an ORG or place made only of common words and not
  ending in a name head (人才 + 公寓, 新 + 时代 + 文明) names a kind, not one;
  so does an ORG of common words ending in a frequent product noun
  (:func:`kind_of_product`: 新能源 + 汽车);
- :func:`verb_compound`: a two-character ORG of two verbs is a verb (联通 as
  "connect"), unless the article names the body in full (:func:`named_elsewhere`);
- :func:`glued_suffix`: a place that ends in 市 or 县 only because the tagger
  cut a word (某某市|集 of 市集) is no city;
- :func:`trim_bare_subunit`: a body followed by a bare sub-unit (某某大学 +
  实验室) is the body: the sub-unit has no name of its own;
- :func:`trim_glued_tail`: a body followed by a preposition or an adverb of its
  clause (某某集团|向, 某协会|特|通报) is the body.

All functions are pure, on spans ``(start, end, label)`` in the coordinates
of the text given.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from pipeline.entities.division_shorts import LEVEL_LABELS, unsafe_shorts
from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.names import is_cjk
from pipeline.entities.tagger_fixes import (PLACES, TRANSLITERATION, common_surnames, country_abbreviations,
                                            is_known_place, learned_heads, org_heads, sub_heads)
from pipeline.text.resources import load_lines
from pipeline.text.words import jieba_dictionary

Span = tuple[int, int, str]
Dictionary = dict[str, tuple[int, str]]

#: jieba POS tags of proper names: places, bodies, other proper nouns, abbreviations, foreign names.
NAME_TAGS = frozenset({"ns", "nt", "nz", "j", "nrt", "nrfg"})
#: jieba tags the dictionary's person names (nr) with many common words (文明); a frequent
#: one is read as the common word (foreign cities such as 莫斯科 are nr too, and less frequent).
COMMON_NR_FREQ = 3000
#: A description opens on a frequent word (人才, 时代, 新); brands and names pick rarer ones
#: (a frequency of jieba's dictionary).
COMMON_OPENING_FREQ = 5000
#: The longest dictionary word :func:`segment` tries.
LONGEST_WORD = 8
#: jieba POS tags of single characters that are verbs: a name's given characters are seldom one.
VERB_TAGS = frozenset({"v", "vg"})
#: Endings of a body's name: a tagger ORG with one is a name even when the
#: dictionary lists the word (人事部, 市委, 某某队).
ORG_ENDINGS = ("部", "委", "队", "厅", "局", "署")
#: Characters that end a GPE by suffix (see :data:`pipeline.entities.lac.GPE_SUFFIXES`).
_GPE_ENDS = frozenset("市县省州")


@functools.lru_cache(maxsize=None)
def foreign_chars(models_dir: Path | None = None) -> frozenset[str]:
    """Characters of transliterated names: ``models/transliteration_chars.txt`` (learned from jieba's
    dictionary by ``scripts/build_transliteration_chars.py``) and the seed :data:`TRANSLITERATION`."""
    return frozenset(load_lines("transliteration_chars.txt", models_dir)) | TRANSLITERATION


def is_name_word(word: str, words: Dictionary) -> bool:
    """Does jieba's dictionary know ``word`` as a proper name (a rare nr counts, a frequent nr does not)?"""
    freq, tag = words.get(word, (0, ""))
    return tag in NAME_TAGS or tag.startswith("nr") and freq < COMMON_NR_FREQ


def has_surname(name: str, surnames: frozenset[str]) -> bool:
    """Does ``name`` start with a surname (one character or a compound one)?"""
    return name[:1] in surnames or name[:2] in surnames


def looks_foreign(name: str, foreign: frozenset[str]) -> bool:
    """A transliterated name: a name dot, four characters or more, two transliteration characters or
    one at the end (某拉, 某茨; one at the start is no evidence: 德 and 普 open Chinese words too)."""
    return ("·" in name or len(name) >= 4 or name[-1:] in foreign or sum(char in foreign for char in name) >= 2
            or not all(map(is_cjk, name)))


#: A verb of change and a bound ending a "name" (周增超, 日降近): read before a number, a move
#: and its bound (基站周增超1万), never a given name.
_COUNTED_MOVE = re.compile(r"[增降减升涨跌][超逾近约达破]$")


def counted_move(name: str) -> bool:
    """True when ``name`` ends in a verb of change and a bound (周增超): see :data:`_COUNTED_MOVE`."""
    return _COUNTED_MOVE.search(name) is not None


def plausible_person(text: str, span: Span, surnames: frozenset[str], words: Dictionary,
                     abbreviations: frozenset[str], foreign: frozenset[str], tagged_at: frozenset[int],
                     rare_surnames: frozenset[str] = frozenset()) -> bool:
    """May a tagger PERSON no rule supports be a person (see the module docstring)?

    ``surnames``: the ones that vouch for a name; ``rare_surnames``: the
    others, which do not, but spare a name the last test. ``tagged_at``:
    starts of the tagger's entity spans in the text: a surname-less name
    occurring elsewhere where the tagger found nothing is a string of
    ordinary words there (and here).
    """
    start, end, _label = span
    name = text[start:end]
    if start and text[start - 1].isdigit() and not looks_foreign(name, foreign):
        return False  # 133|金居…: a count's measure word (金, 银) and what follows, not a name after a number
    if counted_move(name) and text[end:end + 1].isdigit():
        return False  # 基站周增超1万: a move and its bound before a number
    if looks_foreign(name, foreign) or len(name) < 2:
        return True
    if has_surname(name, surnames):
        return len(name) > 2 or not _mostly_plain(text, name, tagged_at)
    if set(name) <= abbreviations:
        return False  # 德法, 中美: one character per country (or virtue and law), not a given name
    if any(words.get(char, (0, ""))[1] in VERB_TAGS for char in name[1:]) and len(name) == 2:
        return False  # a noun and a verb: a phrase's words, not a name
    if name[:1] in rare_surnames:
        return True  # a rare surname still opens names (in a short clause: 某某某说; missed in a list)
    if in_four_character_phrase(text, start, end, parallel=False):
        return False
    at = text.find(name)
    while at >= 0:
        if at != start and at not in tagged_at:
            return False
        at = text.find(name, at + 1)
    return True


def _mostly_plain(text: str, name: str, tagged_at: frozenset[int]) -> bool:
    """Does the tagger read ``name`` as plain words at two or more of its other mentions, more often
    than it tags it? Then the one tagged mention is the odd reading (林草 of 林草生态修复), no surname."""
    plain = tagged = 0
    at = text.find(name)
    while at >= 0:
        if at in tagged_at:
            tagged += 1
        else:
            plain += 1
        at = text.find(name, at + 1)
    return plain >= 2 and plain > tagged


def in_four_character_phrase(text: str, start: int, end: int, parallel: bool = True) -> bool:
    """Is the span part (not all) of a four-character clause next to another one (某安天下，某润人心),
    or, unless ``parallel``, closing one (以|某安某)?

    Parallel four-character phrases are a slogan's halves; a name that fills
    a clause is a list's item (某某大道、某某大道) and stays, and so does a
    name before its verb (某某某说). Only spans without any surname are
    tested for a closing place.
    """
    left, right = _clause(text, start, end)
    if right - left != 4 or (left, right) == (start, end):
        return False
    if not parallel and end == right:
        return True  # 以|某某某: the object closing a four-character phrase (a name and its verb, 某某某说, stay)
    before = _clause(text, left - 1, left - 1) if left >= 2 else None
    after = _clause(text, right + 1, right + 1) if right + 1 < len(text) else None
    return any(clause is not None and clause[1] - clause[0] == 4 for clause in (before, after))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the run of CJK characters around ``start:end`` (empty where the text is no CJK)."""
    left = start
    while left > 0 and is_cjk(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and is_cjk(text[right]):
        right += 1
    return left, right


def segment(name: str, words: Dictionary) -> list[str] | None:
    """``name`` cut into the fewest dictionary words (single characters allowed), or None."""
    best: list[list[str] | None] = [None] * (len(name) + 1)
    best[0] = []
    for i in range(len(name)):
        if best[i] is None:
            continue
        for j in range(i + 1, min(len(name), i + LONGEST_WORD) + 1):
            if name[i:j] in words and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [name[i:j]]
    return best[len(name)]


def kind_of_thing(name: str, words: Dictionary, heads: tuple[str, ...]) -> bool:
    """Is a tagger ORG or place a description: common words, no name head (人才 + 公寓, 新 + 时代)?

    ``heads``: endings that make a name of the words before them (大学,
    日报, 广场 …): 人民 + 日报 is a paper. A name the dictionary knows whole
    (人民大会堂 as nt) is one piece and a name. The description opens on a
    frequent word (:data:`COMMON_OPENING_FREQ`), one character only if an
    adjective (新); later pieces are words of two characters or more. Brands
    of common words open on rarer ones (某泽 + 地产) and stay.
    """
    pieces = segment(name, words)
    if pieces is None or len(pieces) < 2 or name.endswith(heads):
        return False
    freq, tag = words[pieces[0]]
    if freq < COMMON_OPENING_FREQ or len(pieces[0]) == 1 and tag != "a" or min(map(len, pieces[1:])) < 2:
        return False
    return not any(is_name_word(piece, words) for piece in pieces)


#: A product noun this frequent in jieba's dictionary (汽车, 手机) ends a kind of product after
#: common words, not a company's name (a company's is a name word or a brand: 某迪 + 汽车).
COMMON_PRODUCT_FREQ = 5000


def kind_of_product(name: str, words: Dictionary, heads: tuple[str, ...]) -> bool:
    """Is a tagger ORG a kind of product: words of two characters or more, none a name, the last
    a frequent common noun (新能源 + 汽车, 智能 + 网联 + 汽车)? A company's name is one
    dictionary word (大众汽车) or holds a name or a brand of single characters."""
    pieces = segment(name, words)
    if pieces is None or len(pieces) < 2 or name.endswith(heads) or min(map(len, pieces)) < 2:
        return False
    freq, tag = words[pieces[-1]]
    return freq >= COMMON_PRODUCT_FREQ and tag == "n" and not any(is_name_word(piece, words) for piece in pieces)


def named_elsewhere(text: str, name: str, heads: tuple[str, ...]) -> bool:
    """Is ``name`` followed by an ORG head somewhere in the article (某某电气 + 股份有限公司)?

    A company's short name is often two common nouns; the article gives it in
    full once, and then it is a name wherever it recurs.
    """
    at = text.find(name)
    while at >= 0:
        rest = text[at + len(name) : at + len(name) + 10]
        if rest.startswith(heads) or rest.startswith("股份") and rest[2:].startswith(heads):
            return True
        at = text.find(name, at + 1)
    return False


def verb_compound(name: str, words: Dictionary) -> bool:
    """Is a two-character tagger ORG two verbs (联 + 通: to connect), not a body the dictionary knows
    (an organization, nt, or an abbreviation, j)? A brand of that shape is named in full
    somewhere in its article (see :func:`named_elsewhere`)."""
    if len(name) != 2 or words.get(name, (0, ""))[1] in {"nt", "j"}:
        return False
    return all(words.get(char, (0, ""))[1] in VERB_TAGS for char in name)


def glued_suffix(text: str, span: Span, words: Dictionary) -> bool:
    """Does a place end in 市, 县 … only because the tagger cut a word with the next character (市|集)?"""
    _start, end, _label = span
    if end >= len(text) or text[end - 1] not in _GPE_ENDS:
        return False
    follower = text[end - 1 : end + 1]
    return follower in words and not is_name_word(follower, words)


def trim_bare_subunit(text: str, span: Span, heads: tuple[str, ...], subunits: tuple[str, ...]) -> Span:
    """某某大学 + 实验室 -> 某某大学: a body followed by a sub-unit of three characters or
    more with no name of its own is the body (a named one, 某某大学|化学实验室, stays whole)."""
    start, end, label = span
    if label != "ORG":
        return span
    name = text[start:end]
    for unit in subunits:
        body = name[: -len(unit)]
        if len(unit) >= 3 and name.endswith(unit) and len(body) >= 3 and body.endswith(heads) and unit not in heads:
            return (start, end - len(unit), label)
    return span


#: jieba classes of the word that follows a body in its clause: prepositions, conjunctions, adverbs,
#: particles (某某集团|向, 某协会|特|通报). Not verbs: a body's own name holds many (某某|扶贫开发|领导小组).
_CLAUSE_CLASSES = ("p", "c", "d", "u")
#: Words of the clause jieba lists as nouns after a body (会同: together with).
_CLAUSE_NOUNS = frozenset({"会同"})


def trim_glued_tail(text: str, span: Span, heads: tuple[str, ...]) -> Span:
    """A tagger ORG that ends in no head but holds one, followed inside the span by a word of the clause
    (a preposition, conjunction, adverb or particle: 某某集团|向, 某协会|特|通报), or by one two-character
    verb that ends the span (某工商联|联合), ends at that head."""
    start, end, label = span
    if label != "ORG" or text.endswith(heads, start, end):
        return span
    words = jieba_dictionary()
    for cut in range(end - 1, start + 1, -1):
        if not text.endswith(heads, start, cut) or text[cut - 1 : cut + 1] in words:
            continue  # no head ends here, or its last character makes a word with the next (某纪委|会|同: 会同)
        rest = text[cut:end]
        first = next((rest[:n] for n in (2, 1) if rest[:n] in words), "")
        if first in _CLAUSE_NOUNS or first and words[first][1].startswith(_CLAUSE_CLASSES):
            return (start, cut, label)
        if len(rest) == 2 and rest == first and words[first][1] in VERB_TAGS and not _unit_follows(text, end, words):
            return (start, cut, label)  # 某工商联|联合: one verb ends the span, the clause's (no name ends in it)
        return span
    return span


#: One-character heads of a body's department (某部|就业促进|司, 某局|综合|处).
_UNIT_CHARS = frozenset("司处科室部局")


def _unit_follows(text: str, end: int, words: Dictionary) -> bool:
    """Does a department's head follow within three characters, not opening a word (|促进司: the
    verb is part of a department's name; |部署: 部 opens a word, no head)?"""
    return any(text[i] in _UNIT_CHARS and text[i : i + 2] not in words for i in range(end, min(end + 3, len(text))))


def credible(text: str, span: Span, lex: Lexicons, tagged_at: frozenset[int]) -> bool:
    """Is a tagger span no rule supports a name on the evidence of :mod:`pipeline.entities.tagger_checks`?

    A person needs a surname or a foreign name's marks (else no slogan's
    words, verbs or plain words elsewhere); an ORG or place must not be
    common words without a name head, nor a city cut out of a word (市|集).
    """
    start, end, label = span
    name, words = text[start:end], jieba_dictionary()
    if label == "PERSON":
        return plausible_person(text, span, _name_openings(lex), words, country_abbreviations(),
                                foreign_chars(), tagged_at, lex.surnames)
    if is_known_place(name, lex) or label in PLACES and name in division_levels():
        return True  # the lexicon's place, or a division's short form (某某 of 某某县) the tagger reads as a place
    if label in PLACES and glued_suffix(text, span, words):
        return False
    if label in PLACES and not is_name_word(name, words) and in_four_character_phrase(text, start, end):
        return False  # a slogan's half (某安天下): an unknown place there is two of its words
    two_verbs = label == "ORG" and verb_compound(name, words) and not looks_foreign(name, foreign_chars())
    described = two_verbs or kind_of_thing(name, words, name_heads()) or label == "ORG" and kind_of_product(
        name, words, name_heads())
    return not described or named_elsewhere(text, name, org_heads())


@functools.lru_cache(maxsize=1)
def division_levels() -> dict[str, str]:
    """Short forms of districts and counties the lexicon does not match bare (jieba lists them as
    words: 城口, 铜梁) -> their label by level (LOC for a district, GPE for a county); where the tagger
    reads one as a place, the two sources agree (see :mod:`pipeline.entities.division_shorts`).
    Not a verb (解放, 开发) nor a frequent word (资源): the tagger's place there is the word."""
    words = jieba_dictionary()
    return {short: LEVEL_LABELS[level] for short, (_full, level) in unsafe_shorts().items()
            if words.get(short, (0, ""))[1][:1] != "v" and words.get(short, (0, ""))[0] < COMMON_OPENING_FREQ}


def single_characters(start: int, end: int, starts: dict[int, tuple[int, str]], function_tags: frozenset[str]) -> bool:
    """Is ``start:end`` two or three one-character tagger words (``starts``: start -> (end, tag)), none
    of ``function_tags``? The tagger splits an unknown name so (发言人|某|某|某); a cue joins it."""
    at = start
    while at < end:
        word_end, tag = starts.get(at, (-1, None))
        if word_end != at + 1 or tag in function_tags:
            return False
        at = word_end
    return 2 <= end - start <= 3


def _name_openings(lex: Lexicons) -> frozenset[str]:
    """Surnames that vouch for a tagger's person: the common ones (by frequency, see
    :func:`common_surnames`) and the compound ones; a rare surname (智) opens ordinary words as often."""
    return _openings(lex.surnames)


@functools.lru_cache(maxsize=8)
def _openings(surnames: frozenset[str]) -> frozenset[str]:
    """:func:`_name_openings` of a surname list, computed once per lexicon."""
    return frozenset(common_surnames()) | {name for name in surnames if len(name) > 1}


@functools.lru_cache(maxsize=None)
def name_heads() -> tuple[str, ...]:
    """Endings that make a name of the words before them: ORG suffixes (facilities' too: 院, 馆),
    sub-units, place suffixes, learned ORG and place heads, :data:`ORG_ENDINGS` (longest first)."""
    heads = {*load_lines("org_suffixes.txt"), *sub_heads(), *load_lines("loc_suffixes.txt"), *learned_heads("LOC"),
             *learned_heads("ORG"), *ORG_ENDINGS}
    return tuple(sorted(heads, key=len, reverse=True))
