"""Line primitives shared by the ORG, program and LOC rules: where a name may start, and which places a line holds.

:mod:`pipeline.entities.rules` (ORG and program rules) and :mod:`pipeline.entities.loc_rules`
(LOC rules) both build a name backwards from a suffix, so both need the same
answer to "how far back can this name reach" (:func:`prefix_floor`), the same
suffix scan (:func:`longest_suffixes`) and the same lexicon places of a line
(:func:`place_starts`). They live here so the two rule modules import one
neutral module instead of each other. Spans are ``(start, end, label, rule)``
in line coordinates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.entities.gazetteer import Lexicons
from pipeline.text.normalize import is_cjk  # noqa: F401  (re-exported: the entity modules read it here)

Candidate = tuple[int, int, str, str]

#: Function characters that cannot sit inside an ORG or LOC name: a backward
#: scan for the name's start stops at them (记者从|省知识产权局, 由|深圳市…公司).
STOP_CHARS = frozenset("的了在是和与及或从由对向为把被将于等据同跟给让使并也都就而又还但且其之这那该此各每个位名项场次到至以按沿")
#: Two-character verbs that end a name's prefix the same way (建设|城市公园).
STOP_VERBS = frozenset(
    "建设 打造 推动 推进 加快 实施 开展 建成 来到 位于 走进 前往 举办 参加 提升 形成 建立 依托 发展 培育 引进 "
    "新建 新增 新开 鼓励 支持 完善 强化 优化 落实 围绕 根据 按照 通过 获悉 联合 出品 发布 启动 上线 设立 成立 组建 携手 牵头 "
    "指导 主办 承办 协办 召开 印发 出台 部署 要求 提出 表示 介绍 认为 毕业 入驻 落户 来自 位居 成为 作为 "
    # a person's title: no body's name runs back over it (重庆市长|某某作政府工作报告)
    "市长 省长 县长 区长 镇长 书记 主席 局长 部长 主任 总理".split()
)
#: Chinese numerals and measure words: 三座 before a suffix is a count, not a name.
NUMERALS = frozenset("一二三四五六七八九十百千万两几多数余")
MEASURES = frozenset("座个家所名项条批支位处间栋")
#: Measure words and big-number characters that end a count before a name (14家, 23万).
COUNT_WORDS = MEASURES | frozenset("万千百亿片块户")
#: Characters that end a date (1998年, 3月, 27日): after a digit they end a name's prefix.
_DATE_TAILS = frozenset("年月日")
#: A dateline's end after a day (27日电, 15日讯).
_DATELINE_TAILS = frozenset({"日电", "日讯"})
#: Characters that may stop :func:`prefix_floor` by themselves (checked together first).
_SPECIAL_CHARS = COUNT_WORDS | STOP_CHARS | NUMERALS
#: A direction and 至/到 ("east to …"): a route, not a place, when a place follows.
ROUTE = re.compile(r"^[东西南北][至到]$")
ROUTES = frozenset(d + t for d in "东西南北" for t in "至到")  # the words ROUTE matches, for a set test


def prefix_floor(line: str, end: int, limit: int, places=None, common=None, and_bodies=(),
                 through_nouns: bool = False) -> int:
    """Earliest start of a name ending at ``end``: back over CJK to a stop char, verb or ``limit`` chars.

    A time word (今年) or a count (三座, 14家) also stops the scan; a place
    name that straddles the stop (成都 over 都) is kept whole; 和 inside a
    known body (文化和旅游) does not stop it. A verb right before the suffix
    is part of the name (发展中心, 研究所). ``through_nouns``: a body's name runs on over a noun
    ending in a measure-like character (市场监督管理总局, 机场集团), as a place's does not.
    """
    start = end
    lowest = max(0, end - limit)
    while start > lowest:
        char = line[start - 1]
        if not "\u4e00" <= char <= "\u9fff" and (not (char.isascii() and char.isalnum()) or char.isdigit() and not (
                start >= 2 and line[start - 2].isascii() and line[start - 2].isalpha())):
            break  # T3航站楼, A1馆: a digit only after a Latin letter
        if date_tail(line, start - 1):
            break  # 1998年|人民日报, 27日|电: a date's tail, not a name's first character
        if start >= 3 and line[start - 2 : start] in _DATELINE_TAILS and line[start - 3].isdigit():
            break  # 27日电|某某: a dateline
        if char in _SPECIAL_CHARS:  # one set test for the usual character, which none of these stops
            if char in COUNT_WORDS and start >= 2 and (line[start - 2].isdigit() or line[start - 2] in NUMERALS):
                break  # 14家|收费公园, 23万|人: a count, not part of a name
            if char == "和" and _inside_body(line, start - 1, and_bodies):
                start -= 1
                continue
            if char in STOP_CHARS and not (through_nouns and _noun_end(line, start, common)) or (
                    char in NUMERALS and start < end and line[start] in MEASURES):
                break
        if start >= 2:
            pair = line[start - 2 : start]
            if start < end and pair in STOP_VERBS or common is not None and common.get(pair) == "t":
                break
        start -= 1
    for place_start, ends in (places or {}).items():
        if place_start < start < max(e for e, _l, _t in ends):
            start = place_start
    return start


def _noun_end(line: str, start: int, common: dict[str, str] | None) -> bool:
    """Is the measure-like stop character before ``start`` the end of a noun (市|场, 机|场: not 一|场)?"""
    return (common is not None and line[start - 1] in MEASURES | {"场"} and start >= 2
            and common.get(line[start - 2 : start], "")[:1] == "n" and not line[start - 2] in NUMERALS)


def date_tail(line: str, pos: int) -> bool:
    """Is ``line[pos]`` the 年, 月 or 日 of a date (after a digit or a numeral: 1998年, 三月)?"""
    return line[pos] in _DATE_TAILS and pos >= 1 and (line[pos - 1].isdigit() or line[pos - 1] in NUMERALS)


def _inside_body(line: str, pos: int, bodies) -> bool:
    """Is the 和 at ``pos`` inside one of ``bodies`` (文化和旅游, 住房和城乡建设)?"""
    for body in bodies:
        i = body.find("和")
        if i >= 0 and line[pos - i : pos - i + len(body)] == body:
            return True
    return False


#: One character after a place that jieba joins to it without making it an ordinary word:
#: a team (某国队). Not 籍 (某国籍选手): the gold sets disagree on whether its place is named.
_NAME_TAILS = frozenset("队")


def crosses_word(line: str, start: int, end: int, common: dict[str, str]) -> bool:
    """Is ``line[start:end]`` part of a longer common word (大城 in 大城市)?

    A short place name inside an ordinary word is not a name there. Words
    that only overlap it (州立 in 郑州立足) do not count: jieba's dictionary
    holds too many such fragments. Nor do a place + 队 (jieba's 某国队,
    a team) and two places jieba writes as one word (某省某市): the
    place is still named there.
    """
    size = end - start
    for i in range(max(0, start - 2), start + 1):
        for j in range(max(end, i + size + 1), min(i + 4, len(line)) + 1):  # words longer than the name
            tag = common.get(line[i:j])
            if tag is None or line[j - 1 : j + 1] in common:
                continue  # 意大利文|化部: the word's last character belongs to the next word (文化)
            if i == start and j == end + 1 and line[end] in _NAME_TAILS:
                continue  # 某国|队: the word is the place and a team, still named
            if j == end and tag[:2] == "ns" and common.get(line[i:start], "")[:2] == "ns":
                continue  # 某省|某市 written as one word (jieba's ns): two places, each a name
            if i < start or tag[:2] not in {"ns", "nt"}:
                return True  # 特大城市 over 大城; 英国伦敦 (ns from 英国 on) still holds 英国
    return False


def straddled(line: str, start: int, end: int, common: dict[str, str]) -> bool:
    """Is a two-character "X县"-style name two halves of other words (建成|县域 over 成县)?

    Only names ending in an administrative suffix: that suffix starts many
    words of its own (县域, 市场, 区域), so the name is a reading accident there.
    """
    return (end - start == 2 and start > 0 and line[end - 1] in "省市县区州"
            and line[start - 1 : start + 1] in common and line[end - 1 : end + 1] in common)


def place_starts(line: str, lex: Lexicons, common: dict[str, str]) -> dict[int, list[tuple[int, str, str]]]:
    """Lexicon places in the line: start -> [(end, label, text)].

    Short forms (and two-character names) are dropped where they are part of
    a common word (大城 in 大城市); full names with their suffix are kept.
    """
    starts: dict[int, list[tuple[int, str, str]]] = {}
    routes = []
    for last, (surface, label, division) in lex.places.iter(line):
        start = last + 1 - len(surface)
        is_short = division is None or surface != division.name or len(surface) <= 2
        if is_short and (crosses_word(line, start, last + 1, common) or straddled(line, start, last + 1, common)):
            continue
        starts.setdefault(start, []).append((last + 1, label, surface))
        if surface in ROUTES:
            routes.append((start, last + 1))
    for start in {s for s, e in routes if e in starts}:
        del starts[start]  # 东至|包河区: "east to" a place, not the county 东至
    return starts


def longest_suffixes(line: str, automaton) -> dict[int, str]:
    """Suffix matches keyed by end: at each end only the longest suffix."""
    best: dict[int, str] = {}
    for last, suffix in automaton.iter(line):
        if len(suffix) > len(best.get(last + 1, "")):
            best[last + 1] = suffix
    return best


@dataclass(slots=True)
class LineHits:
    """The lexicon words of one line, from one automaton pass (:func:`scan_line`).

    Suffix tables map an end to the longest suffix of that list ending there
    (as :func:`longest_suffixes` gives them); the other lists hold
    ``(last index, word)`` in the automaton's order (by end, longest first).
    """

    org_suffixes: dict[int, str]
    loc_suffixes: dict[int, str]
    org_subunits: dict[int, str]
    known_orgs: list[tuple[int, str]]
    org_acronyms: list[tuple[int, str]]
    leaders: list[tuple[int, str]]
    person_cues: list[tuple[int, str]]  # (end, cue): leftmost-longest, not overlapping, like a regex's finditer


def scan_line(line: str, lex: Lexicons) -> LineHits:
    """Every suffix, short name, acronym, leader and person cue of ``line`` in one pass.

    Six automata and a regex of person cues each walked the whole line; one
    table over all the lists (``lex.line_words``, a :class:`~pipeline.entities.gazetteer.WordTable`
    that skips to possible word starts in C) walks it once.
    """
    found: tuple = ({}, {}, {}, [], [], [], [])  # one bucket per list, in the order of gazetteer.LINE_KINDS
    for last, (word, kinds) in lex.line_words.iter(line):
        for kind in kinds:
            bucket = found[kind]
            if kind >= 3:
                bucket.append((last, word))
            elif last + 1 not in bucket:  # a suffix list: the automaton gives the longest word ending here first
                bucket[last + 1] = word
    cues = found[6]
    return LineHits(*found[:6], _leftmost_longest(cues) if cues else cues)


def _leftmost_longest(matches: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``(end, word)`` of the matches a regex alternation (longest first) finds with ``finditer``.

    The regex takes, from left to right, the longest word starting at each
    position and resumes after it; overlapping matches are skipped.
    """
    longest: dict[int, str] = {}
    for last, word in matches:
        start = last + 1 - len(word)
        if len(word) > len(longest.get(start, "")):
            longest[start] = word
    found = []
    resume = 0
    for start in sorted(longest):
        if start >= resume:
            resume = start + len(longest[start])
            found.append((resume, longest[start]))
    return found


def without_overlaps(spans: list[tuple], *, longest_first: bool = True) -> list[tuple]:
    """Spans ``(start, end, ...)`` sorted by start, a later one dropped where it overlaps one kept.

    ``longest_first``: at one start the longest span is kept (a body over the name inside it);
    else the shortest (a run of names cut into names: the first name keeps its characters).
    """
    order = (lambda s: (s[0], -s[1])) if longest_first else (lambda s: s)
    out: list[tuple] = []
    for span in sorted(spans, key=order):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def covered(length: int, spans) -> bytearray:
    """Characters covered by ``spans`` (tuples opening with start, end): one mask for every stage
    that asks which characters a kept span already holds."""
    mask = bytearray(length)
    for start, end, *_ in spans:
        mask[start:end] = b"\1" * (end - start)
    return mask
