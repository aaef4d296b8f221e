"""Where a tagger's place names end: facilities named in full, directions, sections, lines.

Four regular errors of the tagger on news places, each repaired on its spans
``(start, end, label)`` and words ``(start, end, tag)`` before the merge:

- **A facility named after a place** (某某湖 + 墓地, 某某 + 智能化制造 + 产业园,
  某公园中心区 + 庆典广场): the tagger tags the place and leaves the
  facility's words out as common nouns. :func:`extend_facilities` takes up to
  four noun words after a LOC when the last one ends in a place suffix of
  ``models/loc_suffixes.txt`` (广场, 墓地, 产业园 …): GUIDELINES annotate the
  longest name. A division (某市, 某区) opens an address chain instead
  (:mod:`pipeline.entities.place_chains`) and is not extended, nor a GPE, nor
  a facility already named in full (某某机场 + T3航站楼 are two places), nor
  a town, village or district (某某镇 + 某某大道).
- **A direction after a place** (某市北部, 某国西部, 某某高原东部, 某区南):
  :func:`trim_directions` gives back the place; the part of it is no name of
  its own (GUIDELINES' gold and People's Daily's agree).
- **A section of a line** (某站至某某段, 某站某某段): the station before 段 is the
  place (:func:`trim_sections`); the tagger keeps 段 (section) in the name.
- **A line named by its ends** (京九 + 线): :func:`extend_lines` takes the word
  线 into a LOC the tagger ended right before it.
- **A visit glued to a place** (某省来沪, 某国访华): :func:`split_visits` gives
  back the place and the abbreviation the verb takes (沪, a GPE).
- **A facility taken for a body** (某市会展中心, 某某卫星发射中心 as ORG):
  :func:`facilities_are_places` makes a tagger ORG a LOC when a place suffix
  or a site head (发射中心, :func:`site_heads`) ends it that is longer than any
  ORG suffix ending it (会展中心 over 中心), the rules' own test
  (:func:`pipeline.entities.rules.organizations`).

Pure functions, in the coordinates of the text given.
"""

from __future__ import annotations

import functools
import re

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.loc_rules import DIVISION_NETWORKS, SPLIT_AFTER
from pipeline.entities.tagger_fixes import VISIT_VERBS, country_abbreviations
from pipeline.text.resources import load_lines
from pipeline.text.words import jieba_dictionary

Span = tuple[int, int, str]

#: Tagger tags of the words between a place and its facility's head (nouns, names, verbal nouns).
_FACILITY_RUN_TAGS = frozenset({"n", "nz", "nw", "vn", "an", "j", "LOC"})
#: Most tagger words a facility's name adds after the place.
_MAX_WORDS = 4
#: Ends of towns, villages, streets and zones: a facility after one is a name of its own
#: (某某镇|某某大道, 某某村|某某广场); divisions are the lexicon's (not 某公园中心区: no district).
_NAME_ENDS = tuple(sorted(SPLIT_AFTER, key=len, reverse=True))
#: Directions and parts after a division's name (某市北部, 某区南, 某省大部, 某县城东), and the
#: networks every division has (某省高速公路, 某市路网: the division's, no road of that name).
_DIRECTIONS = ("东北部", "西北部", "东南部", "西南部", "东部", "西部", "南部", "北部", "中部",
               "大部分地区", "大部地区", "大部分", "大部", "全境", "境内", "城东", "城西", "城南", "城北",
               *DIVISION_NETWORKS)
#: Heads of the settlements below a town, generic nouns that still end a name after a place (某某社区).
_SETTLEMENTS = ("社区", "村", "街道")
#: One-character directions: only after a division ending in its suffix (某某区|南).
_SHORT_DIRECTIONS = frozenset("东南西北")
#: Suffixes of divisions after which one direction character is no part of the name.
_DIVISION_ENDS = frozenset("区县市省")
#: What stands before a section's last station: 至 (from … to), 到, a dash, or another place.
_SECTION_OPENERS = frozenset("至到—-~～")


@functools.lru_cache(maxsize=None)
def facility_heads() -> tuple[str, ...]:
    """Place suffixes of two characters or more (广场, 墓地, 产业园), longest first."""
    return tuple(sorted((h for h in load_lines("loc_suffixes.txt") if len(h) >= 2), key=len, reverse=True))


def extend_facilities(text: str, spans: list[Span], words: list[Span], lex: Lexicons,
                      heads: tuple[str, ...]) -> list[Span]:
    """Tagger LOCs widened over the words of the facility named after them (see the module docstring)."""
    word_at = {start: i for i, (start, _end, _tag) in enumerate(words)}
    starts = {start for start, _end, _label in spans}
    out = []
    for start, end, label in spans:
        if (label == "LOC" and text[start:end] not in lex.divisions and not text.endswith(heads, start, end)
                and not text.endswith(_NAME_ENDS, start, end)):
            stop = _facility_end(text, end, words, word_at, starts, heads)
            if stop is not None and (not lex.ends_in_generic(text[start:stop], longer_than=1)
                                     or text.endswith(_SETTLEMENTS, start, stop)):
                # a generic noun ends no facility's name (某洲|市场, 某某|综合市场): the merge drops those;
                # a settlement's does (山堡|社区, 某某|村: the community or village of that name)
                end = stop
        out.append((start, end, label))
    return out


def _facility_end(text: str, end: int, words: list[Span], word_at: dict[int, int], starts: set[int],
                  heads: tuple[str, ...]) -> int | None:
    """End of a run of at most :data:`_MAX_WORDS` noun words after ``end`` whose last ends in a
    facility head, or None; another tagger span in the run stops it."""
    i = word_at.get(end)
    if i is None:
        return None
    for j in range(i, min(i + _MAX_WORDS, len(words))):
        w_start, w_end, tag = words[j]
        if tag not in _FACILITY_RUN_TAGS or (w_start in starts and tag != "LOC"):
            return None
        if text[w_start:w_end].endswith(heads) and (w_end - w_start >= 2):
            return w_end
    return None


def trim_directions(text: str, spans: list[Span], lex: Lexicons) -> list[Span]:
    """A tagger place that is a division and a direction (某市北部, 某区南) is the division; a known mountain's
    or river's part (某山中段山区, 某岭南麓) is the mountain or river."""
    out = []
    for start, end, label in spans:
        name = text[start:end]
        if label in {"GPE", "LOC"} and lex.places.get(name, None) is None:
            cut = _division_before_direction(name, lex)
            if cut:
                known = lex.places.get(name[:cut], None)
                start, end, label = start, start + cut, known[1] if known is not None else "LOC"
        out.append((start, end, label))
    return out


def _division_before_direction(name: str, lex: Lexicons) -> int:
    """Length of the place that ``name`` opens before a direction, or 0: a place of the lexicon or
    of jieba's dictionary (ns: 某某高原) before 东部, 北部 …; a division ending in its suffix before 南, 北 …"""
    for direction in _DIRECTIONS:
        body = name[: -len(direction)]
        if name.endswith(direction) and len(body) >= 2 and (lex.places.get(body, None) is not None
                                                            or jieba_dictionary().get(body, (0, ""))[1] == "ns"):
            return len(body)
    body = name[:-1]
    if name[-1:] in _SHORT_DIRECTIONS and body[-1:] in _DIVISION_ENDS and body in lex.divisions and lex.places.get(body, None) is not None:
        return len(body)
    part = _RANGE_PART.search(name)
    body = name[: part.start()] if part else ""
    if len(body) >= 2 and body.endswith(_natural_heads()) and lex.places.get(body, None) is not None:
        return part.start()  # 某山|中段山区, 某岭|南麓: a part of a known mountain or river (not 某市|段: a road's)
    return 0


@functools.lru_cache(maxsize=None)
def _natural_heads() -> tuple[str, ...]:
    """One-character endings of natural places (山, 岭, 河 …: ``models/loc_natural_heads.txt``)."""
    return load_lines("loc_natural_heads.txt")


#: A part of a mountain range or river after its name: a section, a slope, a foot (中段, 南麓, 东坡),
#: with the region word that may follow (山区, 地区). Written for zhnews from Chinese usage.
_RANGE_PART = re.compile(r"[东西南北中]?[段麓坡](?:山区|地区|一带)?$")


def trim_sections(text: str, spans: list[Span]) -> list[Span]:
    """某站至某某段 -> 某某: a LOC ending in 段 right after 至/到 or another place is a section's last station."""
    ends = {end for _start, end, label in spans if label in {"GPE", "LOC"}}
    out = []
    for start, end, label in spans:
        if (label == "LOC" and end - start >= 3 and text[end - 1] == "段"
                and (start in ends or start and text[start - 1] in _SECTION_OPENERS)):
            end -= 1
        out.append((start, end, label))
    return out


def extend_lines(text: str, spans: list[Span], words: list[Span]) -> list[Span]:
    """A LOC followed by the word 线 (a line named by its ends: 某某 + 线) takes it."""
    line_words = {start for start, end, _tag in words if text[start:end] == "线"}
    return [(start, end + 1, label) if label == "LOC" and end in line_words else (start, end, label)
            for start, end, label in spans]


@functools.lru_cache(maxsize=None)
def site_heads() -> tuple[str, ...]:
    """Place suffixes (:func:`facility_heads`) and the heads of sites bodies run
    (``models/site_heads.txt``: 发射中心), longest first."""
    return tuple(sorted({*facility_heads(), *load_lines("site_heads.txt")}, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _org_suffixes() -> tuple[str, ...]:
    """ORG suffixes of ``models/org_suffixes.txt``, longest first."""
    return tuple(sorted(load_lines("org_suffixes.txt"), key=len, reverse=True))


def facilities_are_places(text: str, spans: list, heads: tuple[str, ...]) -> list:
    """ORGs ending in a place suffix longer than their ORG suffix (某某会展中心) are LOCs; ``spans``:
    tuples opening with start, end, label (a rule may follow); ``heads``: place suffixes, longest first."""
    out = []
    places, bodies = _ending_table(heads), _ending_table(_org_suffixes())
    for span in spans:
        start, end, label = span[:3]
        if label == "ORG":  # only the longest ending's length counts: set lookups, not a scan of every head
            place = _longest_ending(text, start, end, places)
            if place > _longest_ending(text, start, end, bodies) and end - start > place:
                span = (start, end, "LOC", *span[3:])
        out.append(span)
    return out


@functools.lru_cache(maxsize=8)
def _ending_table(endings: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    """``endings`` as a set, and their distinct lengths, longest first (built once per tuple)."""
    return frozenset(endings), tuple(sorted({len(e) for e in endings}, reverse=True))


def _longest_ending(text: str, start: int, end: int, table: tuple[frozenset[str], tuple[int, ...]]) -> int:
    """Length of the longest ending of ``table`` that ``text[start:end]`` ends with, or 0."""
    endings, lengths = table
    return next((n for n in lengths if n <= end - start and text[end - n : end] in endings), 0)


def split_visits(text: str, spans: list[Span], lex: Lexicons) -> list[Span]:
    """A tagger place ending in a verb of coming or going + an abbreviation (某省来沪, 某国访华), whose
    rest is a known place, is that place and the abbreviation (a GPE, as in the word 来沪 alone)."""
    out = []
    abbreviations = country_abbreviations()
    for start, end, label in spans:
        name = text[start:end]
        if (label in {"GPE", "LOC"} and len(name) >= 4 and name[-2] in VISIT_VERBS and name[-1] in abbreviations
                and lex.places.get(name[:-2], None) is not None):
            out.append((start, end - 2, lex.places.get(name[:-2])[1]))
            out.append((end - 1, end, "GPE"))
        else:
            out.append((start, end, label))
    return out
