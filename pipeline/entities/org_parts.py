"""Parts of ORG names shared by the suffix rules and the word classes: departments, short names, acronyms.

:func:`sub_units` extends a body by its department (某局 + 某某司), whoever
found the body (:mod:`pipeline.entities.rules` by its suffix,
:mod:`pipeline.entities.word_classes` by jieba's word class);
:func:`known_organizations` finds short names (新华社) and acronyms (CBA)
from ``models/``. Spans are ``(start, end, label, rule)`` in line coordinates.
"""

from __future__ import annotations

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.text import NUMERALS, Candidate, LineHits, crosses_word, prefix_floor, scan_line
from pipeline.text.words import jieba_dictionary

#: Characters before a one-character suffix that make an ordinary word (西部, 干部, 医院 is fine).
BAD_BEFORE_SUFFIX = {"部": set("东西南北中内外全干局俱"), "所": set("场住厕处"), "院": set("剧影庭"), "委": set("")}


def count_or_time(body: str, common: dict[str, str]) -> bool:
    """Does ``body`` start with a count or a time word (一季度, 二季度, 3月, 今年) rather than a name?"""
    if not body:
        return False
    if body[0].isdigit() or body[0] in NUMERALS and body[1:2] in "季月年周日天期批":
        return True
    for k in (2, 3):
        tag = common.get(body[:k])
        if tag and tag[0] in "tm":  # a time word or a numeral (mq: 一批, 两个)
            return True
    return False


def suffix_starts_word(line: str, end: int, common: dict[str, str], lex: Lexicons) -> bool:
    """Does a one-character suffix ending at ``end`` start a word with the next character (局|面, 处|理)?

    Not when a word of its own or a person's title starts right after it:
    某部|副主任, 某司|司长 are a department and its head, though jieba lists 部副, 司司 too.
    """
    if line[end - 1 : end + 1] not in common:
        return False
    words = jieba_dictionary()  # every word, names' classes too
    return line[end : end + 2] not in words and line[end : end + 3] not in words and not lex.person_cues.match(line, end)


def known_organizations(line: str, lex: Lexicons, common: dict[str, str],
                        hits: LineHits | None = None) -> list[Candidate]:
    """Short names (新华社, 美联储) not inside a longer word, and Latin acronyms (CBA, WTO) standing alone."""
    found = []
    hits = hits or scan_line(line, lex)
    for last, name in hits.known_orgs:
        start = last + 1 - len(name)
        if len(name) <= 2 and (crosses_word(line, start, last + 1, common)
                               or line[start - 1:start + 1] in common and line[last:last + 2] in common):
            continue  # 全国|办理: a short name across two words (国办) is neither
        found.append((start, last + 1, "ORG", "org-lexicon"))
    for last, name in hits.org_acronyms:
        start = last + 1 - len(name)
        if not (_latin(line[start - 1 : start]) or _latin(line[last + 1 : last + 2])):
            found.append((start, last + 1, "ORG", "org-lexicon"))  # CBA, not the middle of NCBAX
    return found


def _latin(char: str) -> bool:
    """An ASCII letter or digit (an acronym must not touch one)."""
    return char.isascii() and char.isalnum()


def sub_units(line: str, lex: Lexicons, common: dict[str, str], parents: list[Candidate],
              hits: LineHits | None = None) -> list[Candidate]:
    """Parent ORG + department (国家能源局 + 某某司, 某某大学 + 天文学系): one longer ORG.

    The department's body runs from the parent's end to a sub-unit suffix
    (``models/org_subunits.txt``) over at most 12 name characters; stop
    characters and verbs end it, as in :func:`prefix_floor`. Chains
    (局 + 司 + 处) extend step by step, ends taken in order.
    """
    starts = {}
    for start, end, _label, _rule in parents:
        starts[end] = min(start, starts.get(end, start))
    found = []
    for end, suffix in sorted((hits or scan_line(line, lex)).org_subunits.items()):
        s = end - len(suffix)
        if len(suffix) == 1 and suffix_starts_word(line, end, common, lex):
            continue  # 处|理, 系|统, 台|风: the suffix starts another word
        if len(suffix) == 1 and line[s - 1 : s] in BAD_BEFORE_SUFFIX.get(suffix, ()):
            continue  # 全|部, 内|部: an ordinary word
        floor = prefix_floor(line, s, 12, None, common, lex.and_bodies, through_nouns=True)
        parent = next((p for p in range(floor, s) if p in starts), None)
        if parent is None:
            continue  # a department name may be a generic word (市场部, 城市司): the parent makes it a name
        if any(count_or_time(line[i:s], common) for i in range(parent, s)):
            continue  # 某公司|一季度报告全部: counts and time words end a name
        starts[end] = starts[parent]
        found.append((starts[parent], end, "ORG", "org-suffix"))
    return found
