"""Address chains: a tagger span that runs a known place into the next place is several names.

LAC tags 某省某市 + 某某路, 某省 + 某县 or 某省 + 某市总工会 as one place or
one body. GUIDELINES annotate each name of such a chain on its own (the
province is a GPE, the district a LOC, the road a LOC; a body named after
its city keeps the city, not the province before it), and so do MSRA and
People's Daily (北京 + 人民大会堂). :func:`split_chain` cuts a span after a
leading place of the lexicon when what follows is a name by itself:

- for a place: a place of the lexicon (某省|某县), or three characters or
  more ending in a place or facility head (|某某路, |某某大道, |某某纪念馆),
  not opening on a character that continues a geographic name or gives a
  direction (某州|湾新区, 某县|城某某大道, 某京|东路站), the division it cuts
  (某某|县城) or a body stationed abroad (某国|驻华大使馆), nor on a common
  word before the head (某某|体育公园);
- for an ORG: a short division name (山东, not 山东省) before a longer body
  opening on a division inside it (某省|某市总工会; not 某国|某河商业银行,
  nor 上海市浦东新区人民法院, an official name in full forms).

The leading place must be a division or a country (not 大西洋|新城).
:func:`opens_on_division` tells the merge which bodies start such a chain;
:func:`village_start` gives back the name of a village the tagger cut after
its town (某镇|烟之东村), and :func:`remember_places` tags a named place at
its other mentions (the merge's document memory for LOC).

Pure functions on spans ``(start, end, label)`` of the text given.
"""

from __future__ import annotations

import functools
import re

from pipeline.entities.text import covered
from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.tagger_fixes import learned_heads
from pipeline.text.resources import load_lines
from pipeline.text.words import jieba_dictionary

Span = tuple[int, int, str]
Candidate = tuple[int, int, str, str]

#: Labels of places.
PLACES = frozenset({"GPE", "LOC"})
#: Characters that continue a geographic name rather than open a new one (某州|湾, 某某|港区).
_CONTINUES = frozenset("湾港岛江河湖山海峡口城东南西北中省市县区州旗镇乡村驻")
#: A remainder opening on a dictionary word this frequent (国家级, 体育) is a description, not a
#: name (a frequency of jieba's dictionary; names pick rarer words: 庐山, 高铁).
DESCRIPTION_OPENING_FREQ = 1000
#: jieba word classes of names (places, people, bodies, other proper nouns).
_NAME_CLASSES = ("ns", "nr", "nt", "nz")
#: Heads of facilities (ORG suffixes elsewhere, places in a chain): 某市|某某纪念馆, 某市|某某剧院.
_FACILITY_HEADS = ("纪念馆", "博物馆", "博物院", "美术馆", "图书馆", "剧院", "大剧院", "大厦", "馆", "堂", "宫")
#: Longest place name tried as a chain's first link.
_LONGEST_LINK = 8


@functools.lru_cache(maxsize=None)
def place_heads() -> tuple[str, ...]:
    """Endings of place names: ``models/loc_suffixes.txt`` and the LOC heads learned from jieba's
    dictionary (:func:`pipeline.entities.tagger_fixes.learned_heads`), longest first."""
    return tuple(sorted({*load_lines("loc_suffixes.txt"), *learned_heads("LOC")}, key=len, reverse=True))


def place_label(name: str, lex: Lexicons) -> str | None:
    """GPE or LOC of a whole place of the lexicon (countries, divisions), or None."""
    entry = lex.places.get(name, None)
    return entry[1] if entry is not None else None


def split_chain(text: str, span: Span, lex: Lexicons, heads: tuple[str, ...]) -> list[Span]:
    """``span`` cut into the names of its chain (see the module docstring); ``heads``: place heads."""
    start, end, label = span
    if label not in PLACES and label != "ORG":
        return [span]
    out: list[Span] = []
    at = start
    while True:
        link = _first_link(text, at, end, label, lex, heads)
        if link is None:
            break
        out.append((at, link, place_label(text[at:link], lex) or "LOC"))
        at = link
    if not out:
        return [span]
    rest = text[at:end]
    out.append((at, end, label if label == "ORG" else place_label(rest, lex) or "LOC"))
    return out


#: A village, town or township has a name and a government of its own: after its city's name it
#: is a link of the chain (黄冈|燕窝湾村), where a facility keeps its city (某市|奥体中心).
_SETTLEMENT_HEADS = ("村", "镇", "乡", "街道")


def _first_link(text: str, start: int, end: int, label: str, lex: Lexicons, heads: tuple[str, ...]) -> int | None:
    """End of the longest division or country opening ``text[start:end]`` that a name follows, or None."""
    for stop in range(min(end - 2, start + _LONGEST_LINK), start + 1, -1):
        link = text[start:stop]
        if link not in lex.divisions and place_label(link, lex) != "GPE":
            continue  # 大西洋|新城, 长江|商业银行: only a division or a country opens an address
        rest = text[stop:end]
        if label == "ORG":
            if _division_within(rest, link, lex) and lex.divisions[link].name != link:
                return stop  # 某省(short)|某市总工会: a locator before a body named after a city of the province
            continue  # 上海市浦东新区人民法院: a body's full official name holds the full names
        if place_label(rest, lex) is not None:
            return stop
        if len(rest) >= 3 and rest[0] not in _CONTINUES and _named_place(rest, heads) and (
                _local(link, lex) or _division_within(rest, link, lex) or rest.endswith(_SETTLEMENT_HEADS)):
            return stop
    return None


#: Rules whose names may run a known place into the next name (某省某县|某某路).
CHAINED_RULES = frozenset({"loc-suffix", "org-suffix"})


def chain_links(text: str, found: list[Candidate], lex: Lexicons) -> list[Candidate]:
    """Suffix rules' names cut into the names of their address chains (某市|某县|某某站), the
    rest unchanged: fast mode's counterpart of the cut accurate mode makes in its merge."""
    heads = place_heads()
    return [(*link, rule) for s, e, label, rule in found
            for link in (split_chain(text, (s, e, label), lex, heads) if rule in CHAINED_RULES else [(s, e, label)])]


#: A town or township run into one of its villages or communities (城关镇|小沟村, 土城镇|土城村):
#: two settlements, each with a government of its own, two names (the real-article gold splits
#: all 17 such chains it holds). Towns are not in the division table, so their heads tell them.
_TOWN_VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))([\u4e00-\u9fff]{1,6}(?:村|社区))")


def settlement_chains(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with each LOC that runs a town into its village cut in two (:data:`_TOWN_VILLAGE`)."""
    out: list[Candidate] = []
    for start, end, label, rule in spans:
        m = _TOWN_VILLAGE.fullmatch(text, start, end) if label == "LOC" else None
        if m is None:
            out.append((start, end, label, rule))
            continue
        out += [(start, m.end(1), "LOC", rule), (m.end(1), end, "LOC", rule)]
    return out


def _local(link: str, lex: Lexicons) -> bool:
    """Is ``link`` an address before a place: a province, county or district (某省|某某过江通道,
    苍南|霞关站, 丰台区|某某寺), a country or a foreign city (罗马|某某宫博物馆)? A Chinese city's
    name before a facility is its name's first part (某市|奥体中心游泳馆, 某市|某某国际机场,
    某市|世博园, 某市|水文站), as the gold of the real pages keeps them."""
    division = lex.divisions.get(link)
    return division is None or division.level != "city"


def city_facilities(text: str, spans: list, lex: Lexicons) -> list:
    """A city's name printed right before its facility's is one place (郑州|新郑机场, 北京|首都国际机场,
    天津|滨海机场 -> one LOC), as :func:`_local` keeps a city + facility whole when one span holds
    both: a city (or a municipality, 北京市) GPE touching a LOC that is no division of its own."""
    out: list = []
    for span in sorted(spans):
        if (out and span[2] == "LOC" and out[-1][2] == "GPE" and out[-1][1] == span[0]
                and _city_or_municipality(text[out[-1][0]:out[-1][1]], lex)
                and span[1] - span[0] >= 3 and lex.divisions.get(text[span[0]:span[1]]) is None  # not 市区
                and not text[span[0]:span[1]].endswith(_SETTLEMENT_HEADS)):  # 黄冈|燕窝湾村: a village is no facility
            city = out.pop()
            out.append((city[0], span[1], "LOC", *span[3:]))
            continue
        out.append(span)
    return out


def _city_or_municipality(name: str, lex: Lexicons) -> bool:
    division = lex.divisions.get(name)
    return division is not None and (division.level == "city"
                                     or division.level == "province" and division.name.endswith("市"))


def opens_on_division(name: str, lex: Lexicons) -> bool:
    """Does ``name`` open on a division of two characters or more (济宁市|总工会, 某县|人民医院)?"""
    return any(name[:n] in lex.divisions for n in range(2, min(len(name) - 1, _LONGEST_LINK) + 1))


def _division_within(rest: str, link: str, lex: Lexicons) -> bool:
    """Does ``rest`` open on a division that lies inside ``link`` (某省 + 某市…, 某市 + 某区…)?"""
    outer = lex.divisions.get(link)
    if outer is None:
        return False
    for n in range(min(len(rest) - 1, _LONGEST_LINK), 1, -1):
        inner = lex.divisions.get(rest[:n])
        if inner is not None and outer.name in (inner.parent, inner.province):
            return True
    return False


def _named_place(rest: str, heads: tuple[str, ...]) -> bool:
    """Is ``rest`` a place's name by itself: a name and a place or facility head, the name of two
    characters or opening on a dictionary word (not |宫国家博物馆: a cut inside 某某宫), and not
    opening on a frequent common word (|庐山路, |高铁大道, |某某纪念馆; not |体育公园,
    |国家级自然保护区, |东路站), nor one common word of the dictionary (|水文站: a kind)?"""
    words = jieba_dictionary()
    freq, _tag = words.get(rest, (0, ""))
    for n in range(2, min(len(rest), 5)):
        opening_freq, opening_tag = words.get(rest[:n], (0, ""))
        if opening_freq >= DESCRIPTION_OPENING_FREQ and not opening_tag.startswith(_NAME_CLASSES):
            return False  # a description (体育|公园, 国家级|自然保护区), not a name
    head = next((h for h in (*heads, *_FACILITY_HEADS) if rest.endswith(h)), None)
    if head is None or len(rest) - len(head) < 2 or freq >= DESCRIPTION_OPENING_FREQ:
        return False
    if freq and not _tag.startswith(_NAME_CLASSES):
        return False  # 水文站, 图书馆: a kind of facility is no name; the place before names it (某市|水文站)
    name = rest[: -len(head)]
    return len(name) == 2 or any(name[:n] in words for n in range(2, min(len(name), LONGEST_OPENING) + 1))


#: Longest dictionary word tried at the start of a remainder's name.
LONGEST_OPENING = 4


#: Longest village name part a tagger may have cut off (烟之|东村: two characters left out).
_VILLAGE_LEFT = 3
#: Characters that end a town or township in an address (某某镇|某某村, 某某乡|某某村).
_TOWN_ENDS = frozenset("镇乡")


def village_start(text: str, start: int, end: int) -> int:
    """Where a village named after its town starts (某镇|烟之东村 when the tagger found 东村).

    A LOC ending in 村 right after a town (…镇, …乡) but for one to three CJK
    characters: those characters are the village's name, cut off by the tagger.
    Returns ``start`` when there is no such town before.
    """
    if not text.endswith("村", start, end):
        return start
    for left in range(1, _VILLAGE_LEFT + 1):
        at = start - left
        if at < 1 or not all(map(_is_name_char, text[at:start])):
            return start
        if text[at - 1] in _TOWN_ENDS:
            return at
    return start


def _is_name_char(char: str) -> bool:
    """A CJK character that can be part of a village's name (not a division's suffix)."""
    return "\u4e00" <= char <= "\u9fff" and char not in "省市县区镇乡村的在和"


def remember_places(text: str, merged: list[Candidate]) -> list[Candidate]:
    """Other mentions of the article's named places (某某路, 某某村: a LOC of three characters or
    more ending in a place head): the article names a road or a village in full once (某县|某某大道,
    某镇|某某村), then by itself. A mention is tagged (rule ``document``) where nothing else was
    found, or only a tagger's place ending it (东村 of 烟之东村), and not where its last character
    makes a word with the next (某州港|口: 港口, see :func:`_binds_next`)."""
    heads, words = place_heads(), jieba_dictionary()
    merged = _with_villages(text, merged)
    names = {text[s:e] for s, e, label, _r in merged if label == "LOC" and e - s >= 3 and text[s:e].endswith(heads)}
    if not names:
        return merged
    inner = [c for c in merged if c[2] in PLACES and c[3] in {"lac", "place"}]
    taken = covered(len(text), [c for c in merged if c not in inner])
    known = {c[:3] for c in merged}
    added, dropped = [], set()
    for name in sorted(names, key=len, reverse=True):
        for at in _occurrences(text, name):
            end = at + len(name)
            if any(taken[at:end]) or (at, end, "LOC") in known or _binds_next(text, end, words):
                continue
            overlapping = [c for c in inner if c[0] < end and at < c[1]]
            if any(c[0] < at or c[1] != end for c in overlapping):
                continue  # a place crossing the mention's edge or ending inside it (泉州|港口)
            dropped.update(overlapping)
            added.append((at, end, "LOC", "document"))
            taken[at:end] = b"\1" * len(name)
    return sorted([c for c in merged if c not in dropped] + added) if added else merged


def _binds_next(text: str, end: int, words: dict) -> bool:
    """Does the name's last character make a word with the next (某州港|口吞: 港口), while the next
    does not start a word of its own (某某村|村民 stays)?"""
    return end < len(text) and text[end - 1 : end + 1] in words and text[end : end + 2] not in words


def _occurrences(text: str, name: str) -> list[int]:
    """Starts of the non-overlapping occurrences of ``name`` in ``text``."""
    found, at = [], text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + len(name))
    return found


def _with_villages(text: str, merged: list[Candidate]) -> list[Candidate]:
    """Villages widened to the town before them (某镇|烟之东村, see :func:`village_start`) where nothing
    else holds those characters."""
    taken = covered(len(text), merged)
    out = []
    for start, end, label, rule in merged:
        left = village_start(text, start, end) if label == "LOC" else start
        if left < start and not any(taken[left:start]):
            taken[left:start] = b"\1" * (start - left)
            start = left
        out.append((start, end, label, rule))
    return out
