"""LAC's entity spans after the general fixes, before the merge (see :mod:`pipeline.entities.merge`).

:func:`refine_tagged` runs, per tagger span, the fixes of
:mod:`pipeline.entities.tagger_fixes` (edges, affixes, abbreviations), teams
(:func:`extend_team`), bare sub-units, runs of names and address chains
(:mod:`pipeline.entities.place_chains`); then, over the article, the name
bounds of :mod:`pipeline.entities.name_bounds` and the bodies' fixes of
:mod:`pipeline.entities.tagged_bodies`. Pure functions on spans ``(start, end,
label)`` of the text given.
"""

from __future__ import annotations

import functools
import re

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.loc_rules import SPLIT_AFTER
from pipeline.entities.name_bounds import complete_given_names, join_latin_names, known_person_names, resegment_runs
from pipeline.entities.place_chains import opens_on_division, place_heads, split_chain
from pipeline.entities.tagged_bodies import join_modifier_fragments, join_place_bodies, trim_dispatch, with_term_ordinals
from pipeline.entities.tagger_checks import (division_levels, foreign_chars, kind_of_product, name_heads,
                                             trim_bare_subunit, trim_glued_tail)
from pipeline.entities.tagger_fixes import (PLACES, common_surnames, country_abbreviations, is_known_place,
                                            org_heads, split_abbreviations, split_name_run, sub_heads, trim_affixes,
                                            trim_edges)
from pipeline.text.resources import load_lines
from pipeline.text.words import jieba_dictionary

Span = tuple[int, int, str]

#: Labels LAC tags; on these, LAC's spans win conflicts with pattern rules (see the merge).
TAGGER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})

#: A team: a place followed by 队 (中国队, 中国女队), a sport's team word (男篮, 女排,
#: 男足), 俱乐部 or a delegation (某市代表队, 某省代表团: the body it sends, ORG in
#: GUIDELINES, MSRA and People's Daily) is an ORG; 队伍 and 队员 are not teams.
_TEAM = re.compile(r"[男女]?队(?![伍员列友])|[男女][篮排足曲手水]|俱乐部|代表[团队](?![员长])")


def extend_team(text: str, span: Span) -> Span:
    """中国 + 队 -> 中国队 (ORG): a place followed by (男|女)队, 男篮, 俱乐部 … names a team.

    Used by both modes: on LAC's spans here, on the lexicon's places in
    :func:`pipeline.entities.recognizer.line_candidates`.
    """
    start, end, label = span
    if label not in PLACES:
        return span
    if text[start:end].endswith("队"):
        return (start, end, "ORG")  # LAC took the team as a place
    team = _TEAM.match(text, end)
    if team:
        return (start, team.end(), "ORG")
    sport = _sport_team(text, end) if end - start >= 2 else 0  # not 中俄|边防部队: one-character abbreviations
    return (start, sport, "ORG") if sport else span


#: Armed forces (边防部队, 某某军队): a country's forces, not a team it sends.
_FORCES = ("部队", "军队")


def _sport_team(text: str, end: int) -> int:
    """End of a team noun jieba's dictionary holds whole (射击队, 乒乓球队, 医疗队) opening at ``end``, or 0.

    Three characters at least: a two-character 某队 word is a verb or a common
    noun (排队, 带队, 军队), not a team a place sends.
    """
    words = jieba_dictionary()
    for size in (5, 4, 3):
        word = text[end : end + size]
        if len(word) == size and word.endswith("队") and not word.endswith(_FORCES) and word in words:
            return end + size
    return 0


def _extend_tagged_team(text: str, span: Span, lex: Lexicons) -> Span:
    """:func:`extend_team` on a tagger span, also when the tagger called the place an ORG or a PERSON.

    The tagger often labels a country before 队 an ORG (英国|队) or takes the
    whole team as a person (某某队): a known place followed by a team word,
    and a tagger name ending in 队, are teams all the same.
    """
    start, end, label = span
    if label in PLACES:
        return extend_team(text, span)
    if label == "PERSON" and text[start:end].endswith("队"):
        return (start, end, "ORG")
    if label == "PERSON" and _ends_in_body_head(text[start:end]):
        return (start, end, "ORG")  # 某某·某某大学, 某某儿童医院: a body named after a person
    if is_known_place(text[start:end], lex):
        team = extend_team(text, (start, end, "GPE"))
        if team[1] > end:
            return team
    return span


def _place_label(text: str, span: Span, lex: Lexicons) -> Span:
    """A tagger place the lexicon knows takes the lexicon's label (新疆: GPE, even cut out of 新疆古尔);
    a district's or county's short form takes its level's (城口 of 城口县: GPE)."""
    start, end, label = span
    if label not in PLACES:
        return span
    known = lex.places.get(text[start:end])
    level_label = known[1] if known is not None else division_levels().get(text[start:end])
    return (start, end, level_label) if level_label else span


#: Ends of zones and towns (新区, 开发区, 镇 …; ``loc_rules.SPLIT_AFTER``) that end a place before its industry.
SPLIT_AFTER_LONG = tuple(sorted(SPLIT_AFTER, key=len, reverse=True))


def _place_before_product(text: str, span: Span, lex: Lexicons) -> Span:
    """A tagger ORG that is a known place or a zone + a kind of product (某市 + 新能源汽车, 某某新区 +
    智能网联汽车) is the place: the industry of a place is no company (a company's name holds a name
    or a brand)."""
    start, end, label = span
    if label != "ORG":
        return span
    for size in range(end - start - 2, 1, -1):
        known = lex.places.get(text[start : start + size])
        zone = known is None and text.endswith(SPLIT_AFTER_LONG, start, start + size)  # 某某新区, 某某镇
        if (known is not None or zone) and kind_of_product(text[start + size : end], jieba_dictionary(), name_heads()):
            return (start, start + size, known[1] if known is not None else "LOC")
    return span


def _place_before_word(text: str, span: Span, lex: Lexicons) -> Span:
    """A tagger name that is a known place + one or two characters opening a word with the text after
    it (中国全|社会, 南京化|工) is the place: the tagger glued the word's first characters to it."""
    start, end, label = span
    if label not in PLACES or lex.places.get(text[start:end]) is not None:
        return span
    words = jieba_dictionary()
    for size in (end - start - 1, end - start - 2):
        known = lex.places.get(text[start : start + size]) if size >= 2 else None
        tail = text[start + size : end]
        if known is None or tail in _place_heads():
            continue  # 某某|河, 某某|塔: a place's own head
        if any(tail + text[end : end + n] in words for n in (1, 2) if end + n <= len(text)):
            return (start, start + size, known[1])
    return span


@functools.lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """Heads of natural places and facilities (河, 山, 塔; ``models/loc_natural_heads.txt``, ``loc_suffixes.txt``)."""
    return frozenset(load_lines("loc_natural_heads.txt")) | frozenset(load_lines("loc_suffixes.txt"))


def _ends_in_body_head(name: str) -> bool:
    """Does a name end in an ORG head of two characters or more (大学, 公司; ``org_heads``) or in 医院,
    with two characters before it? No person's name does."""
    return any(name.endswith(head) and len(name) >= len(head) + 2 for head in (*_long_org_heads(), "医院"))


@functools.lru_cache(maxsize=1)
def _long_org_heads() -> tuple[str, ...]:
    """The ORG heads of two characters or more (one-character ones, 局 or 委, end given names too)."""
    return tuple(head for head in org_heads() if len(head) >= 2)


def run_surnames(lex: Lexicons) -> frozenset[str]:
    """Surnames that open a name inside a run of names: every one-character surname of the lexicon
    (a list names rare ones too: 钮, 逄), the known names deciding between cuts."""
    return surnames_of_length(lex.surnames, 1)


@functools.lru_cache(maxsize=8)
def surnames_of_length(surnames: frozenset[str], size: int) -> frozenset[str]:
    """The surnames of ``size`` characters (computed once per lexicon, not once per article)."""
    return frozenset(name for name in surnames if len(name) == size)


#: Endings of a country's or a body's mission abroad: a staffed body (ORG), not the building.
_MISSIONS = ("使馆", "领事馆", "办事处", "代表处", "代表团")


def _missions_are_bodies(text: str, span: Span) -> Span:
    """某国驻华大使馆 -> ORG: the tagger takes an embassy for a place; GUIDELINES count bodies as ORG."""
    start, end, label = span
    return (start, end, "ORG") if label in PLACES and text[start:end].endswith(_MISSIONS) else span


def refine_tagged(text: str, tagged: list[Span], lex: Lexicons) -> list[Span]:
    """LAC's spans after the general fixes of the module docstring, sorted."""
    abbreviations = country_abbreviations()
    surnames = common_surnames()
    out: list[Span] = []
    for span in tagged:
        if span[2] not in TAGGER_LABELS:
            continue
        trimmed = trim_edges(text, span)
        if trimmed is None:
            continue
        trimmed = _extend_tagged_team(text, trim_dispatch(text, trim_affixes(text, trimmed, lex)), lex)
        trimmed = trim_bare_subunit(text, _missions_are_bodies(text, trimmed), org_heads(), sub_heads())
        trimmed = trim_glued_tail(text, trimmed, name_heads())
        for piece in split_name_run(text, trimmed, surnames):
            for link in split_chain(text, piece, lex, place_heads()):
                out.extend(_place_label(text, cut, lex) for cut in split_abbreviations(text, link, abbreviations, lex))
    known, openings = known_person_names(), frozenset(surnames)
    compound = surnames_of_length(lex.surnames, 2)
    runs = resegment_runs(text, sorted(out), run_surnames(lex), known, foreign_chars(), compound)
    people = complete_given_names(text, runs, known, openings)
    bodies = join_modifier_fragments(text, with_term_ordinals(text, people), jieba_dictionary())
    bodies = join_place_bodies(text, bodies, lambda name: opens_on_division(name, lex),
                               lambda name: kind_of_product(name, jieba_dictionary(), name_heads()))
    return [_place_before_product(text, _place_before_word(text, span, lex), lex) for span in join_latin_names(text, bodies)]
