"""Named entities of one article: PROGRAM ORG PERSON GPE LOC WORK (DATE: see dates.py).

Accurate mode (the default, see :data:`pipeline.settings.DEFAULT_MODE`) and fast mode share
the rules (:mod:`pipeline.entities.gazetteer`, :mod:`pipeline.entities.rules`,
:mod:`pipeline.entities.loc_rules`, :mod:`pipeline.entities.names`). Fast mode fills the
rules' gaps with names jieba's word classes suggest and evidence keeps
(:mod:`pipeline.entities.word_classes`: one jieba-rs tagging pass); accurate mode adds
Baidu LAC's statistical tagger (:mod:`pipeline.entities.lac`), which wins
conflicts over PERSON/ORG/GPE/LOC bounds (:mod:`pipeline.entities.merge`). Every span is in the coordinates of the text given, which may
be raw or width-folded: folding keeps length, so both give the same spans.

The recognizer works one "\\n"-separated unit at a time (no name crosses a
unit), then makes a document pass: a name established once in the article
(a quoted program, a cued person, an ORG built from its suffix) is tagged at
its other mentions too.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from pipeline.entities import rules
from pipeline.entities import loc_rules
from pipeline.entities.merge import extend_team, merge
from pipeline.entities.routes import route_names
from pipeline.entities.org_tails import org_tails
from pipeline.entities.place_chains import (chain_links, city_facilities, opens_on_division, remember_places,
                                            settlement_chains)
from pipeline.entities.tagged_bodies import join_place_candidates
from pipeline.entities.clause_roles import byline_people, drop_scoped
from pipeline.entities.bracketed_companies import bracketed_companies
from pipeline.entities.counted_kinds import without_counted_kinds
from pipeline.entities.kinds import without_kinds
from pipeline.entities.known_programs import known_programs
from pipeline.entities.party_committees import party_committees
from pipeline.entities.listed_places import listed_places
from pipeline.entities.water_regions import water_regions
from pipeline.entities.place_bounds import facilities_are_places, site_heads
from pipeline.entities.tagger_fixes import common_surnames, org_heads
from pipeline.entities.text import covered
from pipeline.entities.gazetteer import Lexicons, load_lexicons
from pipeline.entities.names import common_words, credit_names, cued_names, spaced_names
from pipeline.entities import division_shorts, name_lists, outlet_credits, word_classes
from pipeline.settings import DEFAULT_MODE, MODES
from pipeline.text.normalize import fold_width
from pipeline.text.resources import MODELS_DIR

LABELS = ("PROGRAM", "ORG", "PERSON", "GPE", "LOC", "WORK")
#: Which rule wins when two candidates have the same length (lower first).
_PRIORITY = {"work": 0, "quoted-program": 1, "quoted-owner": 1, "credit": 2, "cue": 2, "leader": 2,
             "org-suffix": 3, "org-lexicon": 3, "unquoted-program": 4, "place": 5, "loc-suffix": 6, "document": 7, "word-class": 7, "name-list": 4, "numbered-school": 3, "lac": 8, "line": 6,
             outlet_credits.RULE: 2}
#: Nouns that introduce a program name rather than modify it (平台|某某, 品牌|某某).
LEAD_NOUNS = frozenset({"平台", "品牌", "项目", "活动", "计划"})
#: Labels whose established names the document pass spreads to other mentions.
_SPREAD = {"PROGRAM", "PERSON", "ORG"}


class EntityMatch(NamedTuple):
    """A named entity span; ``rule`` says which rule or lexicon produced it.

    A named tuple (immutable, same fields, repr and field-wise equality as the
    frozen dataclass it was): an article makes dozens of them, and a frozen
    dataclass paid ``object.__setattr__`` per field. Being a tuple, it also
    unpacks and compares equal to a plain tuple of its fields.
    """

    start: int
    end: int
    text: str
    label: str
    optional: bool = False
    rule: str = ""


class Reference(NamedTuple):
    """A reference such as 我省, 全市, 该区: not an entity, but what it points to (or None).

    A named tuple, like :class:`EntityMatch` (was a frozen dataclass: same fields and repr).
    """

    start: int
    end: int
    text: str
    refers_to: str | None


#: ``EntityMatch`` from a tuple of all six fields in one C call (no keyword handling in ``__new__``).
_new_match = partial(tuple.__new__, EntityMatch)


def resolve(candidates: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping candidates, longest first, ties by rule priority; sorted by start."""
    chosen: list[tuple[int, int, str, str]] = []
    taken = bytearray(max(map(_END, candidates), default=0))
    for cand in sorted(candidates, key=_resolve_order):
        start, end = cand[0], cand[1]
        if taken.find(1, start, end) >= 0:  # a taken character inside: one C scan
            continue
        taken[start:end] = _ONES[end - start] if end - start < 64 else b"\1" * (end - start)
        chosen.append(cand)
    chosen.sort()
    return chosen


_END = itemgetter(1)
#: Runs of taken marks by length (one lookup instead of a bytes product per chosen span).
_ONES = [b"\1" * n for n in range(64)]


def _resolve_order(cand: tuple[int, int, str, str]) -> tuple[int, int, int]:
    """Longest first, then the rule's priority, then leftmost."""
    return cand[0] - cand[1], _PRIORITY.get(cand[3], 9), cand[0]


def line_candidates(line: str, lex: Lexicons, common: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """Every rule's candidates on one unit of text, in line coordinates."""
    places = rules.place_starts(line, lex, common)
    hits = rules.scan_line(line, lex)  # every suffix, short name and cue of the line in one pass
    found = rules.works(line)
    found += rules.quoted(line, lex, common)
    found += rules.unquoted_programs(line, lex)
    found += rules.organizations(line, lex, places, common, hits)
    found += loc_rules.locations(line, lex, common, places, hits)
    found += loc_rules.rivers(line, places)
    found += loc_rules.numbered_lines(line)
    found += rules.numbered_schools(line)
    found += [(s, e, "PERSON", r) for s, e, r in cued_names(line, lex, common, hits)]
    found += [(s, e, "PERSON", r) for s, e, r in credit_names(line, lex, common)]
    found += [(s, e, "PERSON", r) for s, e, r in spaced_names(line, lex)]  # 记者 王 某: a name set to three widths
    found += [(last + 1 - len(n), last + 1, "PERSON", "leader") for last, n in hits.leaders]
    for start, ends in places.items():
        for end, label, _text in ends:
            if end - start >= 2:
                s, e, lab = extend_team(line, (start, end, label))  # 某省 + 男篮 is a team (ORG)
                found.append((s, e, lab, "place"))
    credits = outlet_credits.outlets(line, common)  # 某某网讯, 某某报记者: no name runs on through the credit
    return outlet_credits.crossing(found, credits) + credits if credits else found


def _inside_brackets(text: str) -> bytearray:
    """Mask of characters inside 《》 or “”: the document pass must not tag there unless whole."""
    mask = bytearray(len(text))
    for pattern in (rules.WORK,):
        for m in pattern.finditer(text):
            mask[m.start() : m.end()] = b"\1" * (m.end() - m.start())
    return mask


def document_pass(text: str, found: list[tuple[int, int, str, str]], lex: Lexicons,
                  common: dict[str, str] | None = None, unspread: frozenset[str] = frozenset({"lac", "place"})
                  ) -> list[tuple[int, int, str, str]]:
    """Other mentions of names established in the article (same label, rule ``document``).

    ``unspread``: rules whose names are not spread (the tagger's, in the first pass).
    """
    established = {text[s:e]: label for s, e, label, rule in found
                   if label in _SPREAD and rule not in unspread and e - s >= 2}
    if not established:
        return []
    mentions = []  # every occurrence, overlaps included: a C search per name beats an automaton per article
    for name, label in established.items():
        at = text.find(name)
        while at >= 0:
            mentions.append((at + len(name), -len(name), label))
            at = text.find(name, at + 1)
    mentions.sort()  # an automaton's order: by end, the longest first ((end, -length) is one name: no ties)
    mask = _inside_brackets(text)
    extra = []
    for end, minus_size, label in mentions:
        start = end + minus_size
        if mask.find(1, start, end) < 0 and not (label == "PROGRAM" and _glued(text, start, end, common or {})):
            extra.append((start, end, label, "document"))
    return extra


def remembered(text: str, merged: list[tuple[int, int, str, str]], lex: Lexicons,
               common: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """Accurate mode's document memory: the tagger's people and bodies at their other mentions too.

    The tagger reads each sentence alone and may find 某某 in one and miss it
    in the next (a result list, a name without a cue); a name it found once
    is tagged wherever it recurs in the article, where nothing else was found.
    Only names that look sure are spread (:func:`_sure_name`): one wrong
    reading of a slogan's word (德治 as a person) must not be copied.
    """
    surnames = frozenset(common_surnames())
    sure = [c for c in merged if c[3] != "lac" or _sure_name(text[c[0] : c[1]], c[2], surnames)]
    extra = document_pass(text, sure, lex, common, unspread=frozenset({"place"}))
    if not extra:
        return merged
    taken = covered(len(text), merged)
    added = []
    for start, end, label, rule in sorted(extra, key=lambda c: (c[0] - c[1], c[0])):
        if taken.find(1, start, end) < 0:
            added.append((start, end, label, rule))
            taken[start:end] = b"\1" * (end - start)
    return sorted(merged + added) if added else merged


def _sure_name(name: str, label: str, surnames: frozenset[str]) -> bool:
    """A tagger name safe to spread: a three-character person's name on a common surname,
    or a body ending in an ORG head (某某委员会)."""
    if label == "PERSON":
        return len(name) == 3 and name[0] in surnames
    return label == "ORG" and name.endswith(org_heads())


def _new_mentions(found: list[tuple[int, int, str, str]],
                  extra: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The document pass's spans that some rule did not already give with the same bounds.

    Most of them are the established mentions themselves. A span of ``found``
    with the same bounds sorts first in :func:`resolve` (same length, a rule's
    priority before ``document``'s, ``found`` ahead of ``extra`` on ties), so
    the copy is never chosen: when nothing else is left, the first resolution stands.
    """
    ceiling = _PRIORITY["document"]
    known = {(c[0], c[1]) for c in found if _PRIORITY.get(c[3], 9) <= ceiling}
    return [c for c in extra if (c[0], c[1]) not in known]


def _gaps(chosen: list[tuple[int, int, str, str]], extra: list[tuple[int, int, str, str]],
          replaceable: frozenset[str] = frozenset({"place"})) -> list[tuple[int, int, str, str]]:
    """The spans of ``extra`` that overlap no span of ``chosen`` but spans of ``replaceable`` rules
    they hold whole (某地 inside 某地新闻网: the longest name wins when resolved)."""
    if not extra:
        return []
    size = max(max(map(_END, extra)), max(map(_END, chosen), default=0)) + 1
    taken, inner = bytearray(size), bytearray(size)
    for start, end, _label, rule in chosen:
        (inner if rule in replaceable else taken)[start:end] = b"\1" * (end - start)
        if rule in replaceable:
            taken[start] = 2  # a start mark: two replaceable spans side by side are not one
    return [c for c in extra if _holds_whole(taken, inner, c[0], c[1])]


def _holds_whole(taken: bytearray, inner: bytearray, start: int, end: int) -> bool:
    """Does ``start:end`` overlap no taken span and cut no replaceable one (at either edge)?"""
    if taken.find(1, start, end) >= 0:
        return False
    cuts_left = start > 0 and inner[start - 1] and inner[start] and taken[start] != 2
    cuts_right = inner[end - 1] and inner[end] and taken[end] != 2
    return not (cuts_left or cuts_right)


def _glued(text: str, start: int, end: int, common: dict[str, str]) -> bool:
    """Is a short name at ``start:end`` the tail of a longer ordinary phrase (无缝光谱|巡天)?

    A program name of three characters or less right after a noun or
    adjective (not a verb, which may take the name as object) is part of
    that phrase; people and organizations are not checked.
    """
    if end - start > 3 or start < 2 or not rules.is_cjk(text[start - 1]):
        return False
    return common.get(text[start - 2 : start], "v")[:1] in {"n", "a", "b"} and text[start - 2 : start] not in LEAD_NOUNS


class EntityRecognizer:
    """Finds entities in one article's analysis text; lexicons are loaded once per models folder."""

    def __init__(self, mode: str = DEFAULT_MODE, models_dir: Path | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.mode = mode
        self.lex = load_lexicons(models_dir or MODELS_DIR)
        self.common = common_words()
        self._tagger = None
        self._places: set[str] | None = None

    def _place_names(self) -> set[str]:
        """Names of the divisions and places the lexicons hold (built once per recognizer)."""
        if self._places is None:
            self._places = set(self.lex.divisions) | {name for _, (name, _l, _d) in self.lex.places.items()}
        return self._places

    def user_words(self) -> list[str]:
        """Place names, countries and leaders the word segmenter must keep whole."""
        words = set(self.lex.divisions)
        words.update(name for _, (name, _l, _d) in self.lex.places.items())
        words.update(self.lex.leaders)
        return sorted(words)

    def find(self, text: str, words: list[tuple[int, int, str]] | None = None, *,
             folded: str | None = None) -> list[EntityMatch]:
        """Sorted, non-overlapping entities of one article (``words`` is accepted, not needed).

        ``folded``: ``fold_width(text)`` when the caller has it (saves a scan of the text).
        """
        return self.find_batch([text], None if folded is None else [folded])[0]

    def find_batch(self, texts: list[str], folded: list[str] | None = None) -> list[list[EntityMatch]]:
        """:meth:`find` over several articles; accurate mode tags them in one batch (much faster).

        ``folded``: the texts' ``fold_width`` when the caller has them.
        """
        if folded is None:
            folded = [fold_width(text) for text in texts]
        chosen = [self._rule_spans(text, self.mode == "fast") for text in folded]
        if self.mode == "accurate":
            if self._tagger is None:
                from pipeline.entities.lac import LacTagger  # optional dependency: accurate mode only

                self._tagger = LacTagger()
            tagged = self._tagger.tag_with_words(folded)
            chosen = [merge(f, c, t, self.lex, self.common, words)
                      for f, c, (t, words) in zip(folded, chosen, tagged)]
            chosen = [remembered(f, c, self.lex, self.common) for f, c in zip(folded, chosen)]
        chosen = [division_shorts.without_cut_shorts(f, c, self.lex) for f, c in zip(folded, chosen)]  # 十|大城市
        chosen = [listed_places(f, c) for f, c in zip(folded, chosen)]  # 某某寺、某某园: a list of places
        chosen = [water_regions(f, c, self.lex) for f, c in zip(folded, chosen)]  # 某河系|某某水库, 华北, 东北地区
        chosen = [city_facilities(f, c, self.lex) for f, c in zip(folded, chosen)]  # 某市|某某机场: one place
        chosen = [byline_people(f, drop_scoped(f, c), self.lex) for f, c in zip(folded, chosen)]
        chosen = [without_counted_kinds(f, c) for f, c in zip(folded, chosen)]  # 3家|城商行: a kind of bank
        places = self._place_names()
        chosen = [bracketed_companies(f, c, places) for f, c in zip(folded, chosen)]  # 某某（嘉兴）某某有限公司
        chosen = [party_committees(f, settlement_chains(f, known_programs(f, c))) for f, c in zip(folded, chosen)]
        chosen = [org_tails(f, route_names(f, c)) for f, c in zip(folded, chosen)]  # 某地至某地高铁; 某局|党组
        return [[_new_match((s, e, text[s:e], lab, False, r)) for s, e, lab, r in spans]
                for text, spans in zip(texts, chosen)]

    def _rule_spans(self, folded: str, with_word_classes: bool = False) -> list[tuple[int, int, str, str]]:
        """Lexicon and pattern spans of one folded article, after the document pass.

        ``with_word_classes``: fast mode's names from jieba's word classes
        (:mod:`pipeline.entities.word_classes`) fill the rules' gaps.
        """
        found: list[tuple[int, int, str, str]] = []
        offset = 0
        for line in folded.split("\n"):
            found += [(s + offset, e + offset, lab, r) for s, e, lab, r in line_candidates(line, self.lex, self.common)]
            offset += len(line) + 1
        chosen = resolve(found)
        if with_word_classes:
            found = chosen + _gaps(chosen, word_classes.candidates(folded, self.lex, self.common))
            found += division_shorts.candidates(folded, chosen, self.common)  # 从|化客运站, then 从化 bare
            chosen = resolve(found)
            listed = _gaps(chosen, name_lists.listed_people(folded, chosen, self.lex, self.common),
                           frozenset({"place", word_classes.RULE}))
            if listed:
                found = chosen + listed
                chosen = resolve(found)
            found = chosen = remember_places(folded, chosen)  # accurate mode's memory of 某某村, 某某路
            chosen = join_place_candidates(folded, chain_links(folded, chosen, self.lex),
                                           partial(opens_on_division, lex=self.lex))
            found = chosen = without_kinds(folded, chosen, self.lex)  # 重点|市场: no name
            found = chosen = facilities_are_places(folded, chosen, site_heads())  # 某某发射中心: a place, as in accurate mode
        extra = document_pass(folded, chosen, self.lex, self.common)
        if extra:
            extra = _new_mentions(found, extra)
        return resolve(found + extra) if extra else chosen  # nothing new: the same resolution

    def references(self, text: str, entities: list[EntityMatch], folded: str | None = None) -> list[Reference]:
        """我省 -> the article's province, 全市/本市 -> its city, 该区 -> the last district named before …

        ``folded``: ``fold_width(text)`` when the caller has it.
        """
        if folded is None:
            folded = fold_width(text)
        inside = bytearray(len(folded))
        for ent in entities:
            inside[ent.start : ent.end] = b"\1" * (ent.end - ent.start)
        provinces, cities = Counter(), Counter()
        for ent in entities:
            division = self.lex.divisions.get(ent.text)
            if division is None or ent.label not in {"GPE", "LOC"}:
                continue
            if division.level == "province":
                provinces[division.name] += 1
                if division.name.endswith("市"):  # 北京市, 重庆市: a municipality is its own city (全市)
                    cities[division.name] += 1
            elif division.province:
                provinces[division.province] += 1
            if division.level == "city":
                cities[division.name] += 1
            elif division.level in {"county", "district"} and division.parent:
                cities[division.parent] += 0.5
        found = []
        for last, word in self.lex.references_ac.iter(folded):
            start = last + 1 - len(word)
            if inside.find(1, start, last + 1) >= 0:  # inside an entity: one C scan
                continue
            target = self._refers_to(self.lex.references[word], word, start, entities, provinces, cities)
            found.append(Reference(start, last + 1, text[start : last + 1], target))
        return found

    def _refers_to(self, level, word, start, entities, provinces, cities) -> str | None:
        """What a reference of ``level`` points to, or None when the article does not say."""
        if level == "country":
            return "中国"
        if level.startswith("named:"):  # 全港 -> 香港, in an article that names Hong Kong (not a port's 全港)
            name = level.split(":", 1)[1]
            return name if any(e.text.startswith(name) for e in entities) else None
        if level == "province":
            return _top(provinces)
        if level == "city" and not word.startswith("该"):
            return _top(cities)
        for ent in reversed([e for e in entities if e.end <= start]):
            division = self.lex.divisions.get(ent.text)
            if division is not None and division.level == level:
                # the article's own full form (东乡县 for 东乡族自治县), so its claims name one place one way
                return ent.text if ent.text[-1] == division.name[-1] else division.name
            suffix = _LEVEL_SUFFIX.get(level)
            if (suffix and division is None and ent.label in {"GPE", "LOC"} and len(ent.text) >= 3
                    and ent.text.endswith(suffix)):
                # 东乡县…，全县; 天津高新区…，全区: a county or district by its name, one the division
                # table writes otherwise (东乡族自治县) or does not hold (a development zone)
                return ent.text
        return None


#: The suffix that names a place of a level when the division table does not hold the name.
_LEVEL_SUFFIX = {"county": "县", "district": "区"}


def _top(counts: Counter) -> str | None:
    """The most frequent key if it is clearly ahead of the next, else None."""
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def merge_spans(text: str, chosen, tagged, lex: Lexicons, common: dict[str, str] | None = None):
    """Accurate mode's merge of rule spans and tagger spans (see :mod:`pipeline.entities.merge`).

    On PERSON/ORG/GPE/LOC conflicts the tagger wins; rules keep programs,
    works, quoted names, bylines and leaders, and fill the tagger's gaps.
    """
    return merge(text, chosen, tagged, lex, common)
