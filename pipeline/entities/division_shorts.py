"""Districts and counties named by their short form (某某 for 某某区), once the article shows it is a place.

A district's or county's short form is not matched bare by the place
lexicon when jieba knows it as a word or (for districts, always) since a
short form alone is often something else (朝阳, 和平, 从化 "turn into").
``models/admin_divisions.tsv`` marks those forms ``short_ok=0``. Within one
article the evidence changes: a local paper names its district 某某 once in a
name with a place suffix (某某经济开发区, 某某客运站) or in full (某某区), then
writes 某某 bare. So, in fast mode (accurate mode has LAC for these):

- a rule's place or body that opens inside the short form or right after it
  (化客运站 after 从, 经济开发区 after 某某) is read as one name from the
  short form on (从化客运站), and the short form is established;
- a short form whose full name the article holds is established, and one a
  rule's place opens on (某某湖经济开发区) when jieba has no word for it;
- every other bare mention of an established short form is a place (LOC for
  a district, GPE for a county, as the full names are labelled), where no
  other name was found and the mention is not glued into a word on either side.

Spans are ``(start, end, label, rule)`` in the article's coordinates.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from pipeline.entities.text import Candidate, is_cjk
from pipeline.text.resources import MODELS_DIR, load_table
from pipeline.text.words import jieba_dictionary, word_tags

#: Rules whose spans may be read from a short form before them (the place suffix rule builds them
#: from a prefix). Not the body rule: 简称|某某办理处 gave 某某 as a place in a body's short name.
EXTENDABLE = frozenset({"loc-suffix"})
#: The label of a bare short form by the level of its division (as the place lexicon labels full names).
LEVEL_LABELS = {"district": "LOC", "county": "GPE"}
#: jieba classes of a short form that may still be a place bare (a name class, not 开发 v or 和平 nz).
PLACE_CLASSES = ("ns",)


def candidates(text: str, chosen: list[Candidate], common: dict[str, str],
               models_dir: Path = MODELS_DIR) -> list[Candidate]:
    """Rule spans read from a short form before them, and the bare mentions of established short forms."""
    shorts = unsafe_shorts(models_dir)
    fulls = _full_names(models_dir)
    found, established = [], set()
    for start, end, label, rule in chosen:
        short = fulls.get(text[start:end])
        if short is not None:
            established.add(short)  # 某某区 in full: 某某 is that district here
        elif rule in EXTENDABLE:
            opened = _short_before(text, start, end, shorts, common)
            if opened is not None:
                found.append((opened[0], end, label, rule))  # 从|化客运站 -> 从化客运站
                established.add(opened[1])
            established.update(_short_opening(text[start:end], shorts))  # 某某湖 + 经济开发区, found whole
    named = _named_by_city(text, established, models_dir)
    if established or named:
        found += _mentions(text, chosen + found, established, shorts, common, named)
    return found


#: jieba classes of a short form that names its place bare once the article names the city
#: the district belongs to (a name class, as 某某 nr): not a direction (南岸 f), verb or common word.
CITY_PLACE_CLASSES = ("ns", "nr")
#: Endings after a short form that make it part of a division's name (an older 某某县 of a district now).
_DIVISION_ENDS = frozenset("县区市旗")
#: A short form jieba knows as a plain noun this rarely (铜梁 n 10) is no common word.
RARE_NOUN = 20


def _named_by_city(text: str, established: set[str], models_dir: Path = MODELS_DIR) -> set[str]:
    """Short forms of the districts and counties of a city the article names (重庆市 -> 某某 of 某某区).

    A city's paper writes its districts bare (某某、某某等区县) once the city is
    the story's place; elsewhere the same two characters are likelier a word.
    """
    dictionary = jieba_dictionary()
    named = set()
    by_city = _shorts_by_city(models_dir)
    pattern, inner = _city_finder(models_dir)
    present = {m.group() for m in pattern.finditer(text)}
    for city in present | {name for found in present for name in inner.get(found, ())}:
        for short in by_city[city] - established:
            freq, tag = dictionary.get(short, (0, "ns"))
            if short in text and (tag.startswith(CITY_PLACE_CLASSES) or (tag == "n" and freq <= RARE_NOUN)):
                named.add(short)
    return named


@functools.lru_cache(maxsize=4)
def _city_finder(models_dir: Path = MODELS_DIR) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern for the cities of :func:`_shorts_by_city` (longest first), and for each city the
    shorter ones written inside it (重庆市 holds 重庆): one scan of an article instead of one per city."""
    cities = sorted(_shorts_by_city(models_dir), key=len, reverse=True)
    inner = {city: tuple(other for other in cities if other != city and other in city) for city in cities}
    return re.compile("|".join(map(re.escape, cities))), {c: names for c, names in inner.items() if names}


@functools.lru_cache(maxsize=4)
def _shorts_by_city(models_dir: Path = MODELS_DIR) -> dict[str, frozenset[str]]:
    """City name (full and short) -> the unsafe short forms of its districts and counties."""
    rows = load_table("admin_divisions.tsv", models_dir)
    by_code = {row["adcode"]: row for row in rows}
    shorts = unsafe_shorts(models_dir)
    table: dict[str, set[str]] = {}
    for row in rows:
        parent = by_code.get(row["parent"])
        if row["short"] in shorts and shorts[row["short"]][0] == row["name"] and parent is not None:
            for city in {parent["name"], parent["short"]} - {""}:
                if len(city) >= 2:
                    table.setdefault(city, set()).add(row["short"])
    return {city: frozenset(found) for city, found in table.items()}


def _short_before(text: str, start: int, end: int, shorts: dict[str, tuple[str, str]],
                  common: dict[str, str]) -> tuple[int, str] | None:
    """``(start, short)`` of a short form ending at ``start`` or one character into the span, else None."""
    for into in (0, 1):
        for size in (3, 2):
            left = start + into - size
            short = text[left : start + into] if left >= 0 else ""
            if short in shorts and end - start - into >= 2 and not _glued(text, left, start + into, common):
                return left, short
    return None


def _short_opening(name: str, shorts: dict[str, tuple[str, str]]) -> list[str]:
    """The short form a rule's place opens on, if jieba's dictionary has no word for it (某某湖, not 新城)."""
    dictionary = jieba_dictionary()
    return [name[:size] for size in (3, 2)
            if len(name) > size + 1 and name[:size] in shorts and name[:size] not in dictionary][:1]


def _mentions(text: str, taken_spans: list[Candidate], established: set[str],
              shorts: dict[str, tuple[str, str]], common: dict[str, str],
              named: set[str] = frozenset()) -> list[Candidate]:
    """Bare mentions of the established short forms (and ``named``: see :func:`_named_by_city`,
    whose word classes were checked there) that no span covers and no word holds."""
    taken = bytearray(len(text) + 1)
    for start, end, _label, _rule in taken_spans:
        taken[start:end] = b"\1" * (end - start)
    found = []
    dictionary = jieba_dictionary()
    for short in established | named:
        if short not in named and not dictionary.get(short, (0, "ns"))[1].startswith(PLACE_CLASSES):
            continue  # 和平 (nz), 开发 (v), 白云 (nr): bare, the word is likelier than the place
        label = LEVEL_LABELS[shorts[short][1]]
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            renamed = short in named and text[end : end + 1] in _DIVISION_ENDS  # an older 某某县 the table lacks
            if not renamed and taken.find(1, at, end) < 0 and not _glued(text, at, end, common):
                found.append((at, end, label, "place"))
            at = text.find(short, at + 1)
    return found


def _glued(text: str, start: int, end: int, common: dict[str, str]) -> bool:
    """Does a word of jieba's dictionary run over either edge of ``start:end`` (到曾 no, 工业 no, 化工 yes)?"""
    before = start > 0 and is_cjk(text[start - 1]) and text[start - 1 : start + 1] in common
    after = end < len(text) and is_cjk(text[end]) and text[end - 1 : end + 1] in common
    return before or after


#: Labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Characters either side of a bare short form that jieba reads to see whether a word runs over it.
_WINDOW = 6
#: Rules whose bare short forms :func:`without_cut_shorts` checks (not a credit's or a work's).
CHECKED_RULES = frozenset({"place", "lac", "document", "word-class"})


def without_cut_shorts(text: str, spans: list[Candidate], lex) -> list[Candidate]:
    """``spans`` less the bare short forms of counties and districts that one of jieba's words runs over.

    The place lexicon matches a county's short form bare when jieba's dictionary
    holds no common word for it (大城 of 大城县, 和安 of 和安县); in running text
    the two characters are then often the edge of other words (十|大城市, 和|安全,
    于|田间, 加大|新品). jieba's segmentation of the few characters around the
    mention (no user words) shows it: a mention that a dictionary word runs over
    (see :func:`_run_over`) is part of another word, not the place.
    So is one that is a common word of jieba's in an article that names no place of its county
    (:func:`_unsupported_word`). Full names (某某县) and provinces' and cities' short forms are
    not checked.
    """
    kept = []
    place_starts = {s for s, _e, lab, _r in spans if lab in PLACE_LABELS}
    for span in spans:
        start, end, label, rule = span
        division = lex.divisions.get(text[start:end]) if label in PLACE_LABELS and rule in CHECKED_RULES else None
        if division is None or division.name == text[start:end] or division.level not in LEVEL_LABELS:
            kept.append(span)
            continue
        if not _run_over(text, start, end) and (end in place_starts  # 某县|某镇某村: a chain of places
                                                or not _unsupported_word(text, text[start:end], division)):
            kept.append(span)
    return kept


#: A county's short form jieba counts this often under another class than a place (惠民 nr 105:
#: 惠民政策, 文化惠民; 博爱, 方正, 友谊) is a word of the language as often as the county.
COMMON_WORD = 50


def _unsupported_word(text: str, short: str, division) -> bool:
    """Is the county's bare short form ``short`` a common word of jieba's (:data:`COMMON_WORD`,
    not a place class) in an article that names neither the county in full nor its city or
    province? Then it is the word (各地开展惠民观影活动), not the county (惠民县…, 滨州市惠民…)."""
    freq, tag = jieba_dictionary().get(short, (0, "ns"))
    if tag.startswith(PLACE_CLASSES) or freq < COMMON_WORD or division.name.endswith("市"):
        return False  # (a county-level city, 康定市, 余姚市, is named bare as a city is)
    if division.name in text:
        return False
    shorts = _short_names()
    return not any(name and (name in text or shorts.get(name, name) in text)
                   for name in (division.parent, division.province))


@functools.lru_cache(maxsize=4)
def _short_names(models_dir: Path = MODELS_DIR) -> dict[str, str]:
    """Every division's full name -> its short form (新疆维吾尔自治区 -> 新疆, 滨州市 -> 滨州)."""
    return {row["name"]: row["short"] for row in load_table("admin_divisions.tsv", models_dir)}


def _run_over(text: str, start: int, end: int) -> bool:
    """Does a word of jieba's dictionary (not a locative: 某某|南段) run over an edge of ``start:end``?

    Words jieba's HMM made up (至龙 of 至|龙南) are no evidence: it guesses them from characters alone.
    """
    dictionary = jieba_dictionary()
    at = max(0, start - _WINDOW)
    for word, _tag in word_tags(text[at : end + _WINDOW]):
        word_start, at = at, at + len(word)
        if (word_start < start < at or word_start < end < at) and not dictionary.get(word, (0, "f"))[1].startswith("f"):
            return True
    return False


@functools.lru_cache(maxsize=4)
def unsafe_shorts(models_dir: Path = MODELS_DIR) -> dict[str, tuple[str, str]]:
    """Short forms of districts and counties not matched bare: short -> (full name, level).

    From ``models/admin_divisions.tsv`` (rows with ``short_ok=0``); a short
    form two divisions share keeps the first (only "is it a district or a
    county" is read from it, and the full name, to spot it in the article).
    A form the lexicon matches bare anyway (海城, a city's short form and a
    district's) is left to the lexicon, whose place rules split it off.
    """
    rows = load_table("admin_divisions.tsv", models_dir)
    matched = {row["name"] for row in rows} | {row["short"] for row in rows if row["short_ok"] == "1"}
    table: dict[str, tuple[str, str]] = {}
    for row in rows:
        short, level = row["short"], row["level"]
        if row["short_ok"] == "0" and level in LEVEL_LABELS and 2 <= len(short) < len(row["name"]) and short not in matched:
            table.setdefault(short, (row["name"], level))
    return table


@functools.lru_cache(maxsize=4)
def _full_names(models_dir: Path = MODELS_DIR) -> dict[str, str]:
    """Full name -> short form of :func:`unsafe_shorts` (built once: an article looks its spans up in it)."""
    return {full: short for short, (full, _level) in unsafe_shorts(models_dir).items()}
