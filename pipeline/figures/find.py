"""Find the figures of a text: numbers that state a quantity (GUIDELINES: Figures).

One compiled regex pass finds numeral candidates (Arabic, Chinese, mixed,
百分之…) and attaches the unit; the context checks of
:mod:`pipeline.figures.context` then set the qualifier or throw the candidate
out (dates, names in quotes, titles, idioms, enumeration, codes), and the
change direction is read from the clause. Neighbours are resolved afterwards:
ranges (3至5年) and lists sharing one unit (6.1、3.6个百分点).

>>> [(f.text, f.value, f.unit, f.qualifier) for f in find_figures("超1000场次,近百万,13万余路")]
[('1000场次', Decimal('1000'), '场次', 'gt'), ('百万', Decimal('1000000'), '', 'approx'), ('13万', Decimal('130000'), '路', 'gt')]
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import NamedTuple

from pipeline.figures.context import Candidate, blocked_spans, context_drop, inside, unitless_drop
from pipeline.figures.lexicon import FigureLexicon, figure_lexicon
from pipeline.text.normalize import fold_width
from pipeline.figures.numerals import (BIG_UNITS, CHINESE_DIGIT_CHARS, DIGITS, FINANCIAL_DIGITS, canonical,
                                       parse_fraction, parse_number)
from pipeline.text.regex_guard import guarded


class FigureMatch(NamedTuple):
    """A figure: span (number + multiplier + unit) and its normalized reading.

    A NamedTuple (immutable, built without a frozen dataclass's per-field
    ``object.__setattr__``): a page yields hundreds.
    """

    start: int
    end: int
    text: str
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    unit: str
    kind: str
    qualifier: str
    change: str | None
    change_base: str | None
    optional: bool


_CN = CHINESE_DIGIT_CHARS + "十拾百佰千仟万萬亿億"
_CN_NO_QIAN = _CN.replace("千", "")
_NUMBER = re.compile(
    rf"""
    (?P<neg>[负負]|(?<![\d.,万亿千百萬億%])-)?          # a sign: 负3.9% / -2.1% (not the dash of 1-2, 800万-900万)
    (?P<pct>百分之)?                           # 百分之四十: the percent reads first
    (?P<num>
        \d+(?:,\d{{3}})*(?:\.\d+)?             # Arabic, thousands separators, decimals
        (?:(?:[零十百万亿]|千(?![瓦克米]))+(?:\d+(?:\.\d+)?)?)*  # mixed: 3万4000, 1.72万亿 (not 千瓦)
      | (?:[{_CN_NO_QIAN}]|(?<![万亿萬億])千|千(?![瓦克米]))+   # Chinese: 两千零五; 近亿千瓦 is 亿 + 千瓦
        (?:[点點][{CHINESE_DIGIT_CHARS}]+[万亿萬億]*)?         # 十五点八亿
    )
    (?:(?P<vague>[几多余])(?P<vmult>[万亿]+))?  # 三十几万, 一千多万, 十余万: vague inside the span
    """,
    re.VERBOSE,
)
#: The text up to the last clause end (greedy: one backward scan in C finds it).
_UP_TO_CLAUSE_END = re.compile(r"(?s:.*)[,;:!?。;!?\n]")
#: How far before a figure its clause is searched for change cues: a line of thousands of figures
#: and no clause mark made every figure scan the whole line before it (the square of the figures).
CLAUSE_LOOKBACK = 300
_VAGUE_PAIR = re.compile(r"([一二两三四五六七八九])([二两三四五六七八九])([十百千万亿]+)")
_RANGE = re.compile(r"\s?(?:至|到|~|-|—|–|－|～)\s?")
_LIST_SEP = re.compile(r"(?:、|和|与|及|或)")
#: Nouns opening with the measure word 人: a population counted without a measure word.
_NOUNS_OF_PEOPLE = ("人口", "人民")
_SLASH_FRACTION = re.compile(r"/(\d{1,4})(?![\d.])")  # 1/5: a share, read as 20 %


@functools.lru_cache(maxsize=1)
def _number_scanner() -> re.Pattern[str]:
    """_NUMBER behind a first-character guard: the same matches, but the scan skips
    characters that cannot open a numeral without trying the whole pattern."""
    return guarded(_NUMBER)


def find_figures(text: str) -> list[FigureMatch]:
    """All figures of ``text``, sorted by start and non-overlapping.

    Offsets index ``text`` itself (raw or folded: folding keeps length).
    """
    folded = fold_width(text)
    lex = figure_lexicon()
    out: list[FigureMatch] = []
    for line_start, line in _lines(folded):
        cands = _candidates(line, lex)
        _resolve_neighbours(line, cands, lex)
        for cand in cands:
            if cand.drop is None:
                out.append(_finish(text, line, line_start, cand, lex))
    return out


def _lines(text: str):
    """(offset, line) pairs: figures never cross a newline."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1



def _candidates(line: str, lex: FigureLexicon) -> list[Candidate]:
    """Scan the line left to right; each candidate consumes its unit and fraction."""
    cands: list[Candidate] = []
    pos = 0
    blocked = None  # found at the first numeral: most lines have none
    scanner = _number_scanner()
    while True:
        m = scanner.search(line, pos)
        if m is None:
            return cands
        cand = _read(line, m, lex)
        pos = max(cand.end, m.end()) if cand is not None else m.end()
        if cand is None:
            continue
        if blocked is None:
            blocked = blocked_spans(line, lex)
        if blocked and inside(m.start("num"), blocked):
            cand.drop = "name, title or idiom"
        elif cand.drop is None:
            cand.drop = context_drop(line, m, cand, lex)
        cands.append(cand)


#: A multiplier spaced off an Arabic number, then the unit it scales (692.24 万头, 3.5 亿元).
_SPACED_MULTIPLIER = re.compile(r" ([万亿])(?=[\u4e00-\u9fff])")
#: A half after a duration (5年半) or between 个 and its time unit (3个半月, 1个半小时).
_HALF_AFTER = re.compile(r"半(月|小时)?")


def _read(line: str, m: re.Match, lex: FigureLexicon) -> Candidate | None:
    """Value, unit and in-span qualifier of one regex match (None: not a number)."""
    neg, num, vague, vmult = m.group("neg", "num", "vague", "vmult")  # vague and vmult: both or neither
    if num in FINANCIAL_DIGITS:
        return None  # a lone financial digit is a word or a name (陆某华 said…), as in find_numerals
    low = high = None
    value = parse_number(num + vague + vmult if vague else num)
    if vague:
        low, high = _vague_bounds(num, vague, vmult)
    if value is None:
        pair = _VAGUE_PAIR.fullmatch(num)
        if pair is None:
            return None
        low = parse_number(pair[1] + pair[3])
        high = parse_number(pair[2] + pair[3])
        if low is None or high is None or DIGITS[pair[2]] != DIGITS[pair[1]] + 1:
            return None
        value = low
    if neg:
        value = -value
    start, num_end = m.span()
    multiplied, digitless = _numeral_facts(num)
    cand = Candidate(start=start, num_end=num_end, end=num_end, value=value, low=low, high=high,
                     multiplied=multiplied or bool(vmult),  # vmult is 万/亿: a multiplier
                     arabic=num[0].isdigit(), digitless=digitless)
    if vague:
        cand.qualifier = "gt"
    elif low is not None:
        cand.qualifier = "approx"
    if m.group("pct"):
        cand.unit, cand.kind = "%", "percent"
        return cand
    nxt = line[num_end:num_end + 1]
    if nxt == "分" and line.startswith("分之", num_end):
        return _fraction(line, m, cand)
    slash = _SLASH_FRACTION.match(line, num_end) if nxt == "/" else None
    if slash and cand.arabic and not cand.multiplied and 0 < value < Decimal(slash[1]):
        cand.value = canonical(value * 100 / Decimal(slash[1]))
        cand.unit, cand.kind, cand.optional, cand.end = "%", "percent", True, slash.end()
        return cand
    if nxt == "成" and 0 < value <= 10:
        tenth = _tenths(line, num_end + 1, lex)
        cand.value = canonical(value * 10 + (tenth or 0))
        cand.unit, cand.kind, cand.end = "%", "percent", num_end + (2 if tenth is not None else 1)
        cand.cheng = True
        return cand
    at = num_end
    spaced_sign = line.startswith((" %", " ％"), at)  # 11.2 %: web and PDF copy may space the sign off
    spaced_mult = _SPACED_MULTIPLIER.match(line, at) if cand.arabic and not cand.multiplied else None
    if spaced_sign:
        at += 1
    elif spaced_mult:  # 692.24 万头: PDF copy may space the multiplier off its number too
        cand.value = canonical(value * BIG_UNITS[spaced_mult.group(1)])
        cand.multiplied, at = True, spaced_mult.end()
        spaced_sign = True  # the span runs on over the space to the unit, as for a spaced sign
        if line[at:at + 1] in lex.middle and not vague:  # 3 万余人: the span stops at 万, as in 3万余人
            cand.qualifier, cand.end, at, spaced_sign = lex.middle[line[at]], at, at + 1, False
    elif nxt in lex.middle and not vague:
        cand.qualifier, at = lex.middle[nxt], at + 1
    unit_m = lex.unit_re.match(line, at)
    if unit_m is None and at == num_end and cand.arabic and line.startswith(" ", at):
        unit_m = lex.unit_re.match(line, at + 1)  # 300 户: web copy spaces the measure word off too
        spaced_sign = unit_m is not None
    if unit_m is not None and line.startswith(_NOUNS_OF_PEOPLE, unit_m.start()):
        unit_m = None  # 500万人口, 12亿人民: the noun is counted whole, 人 is no measure word of it
    if spaced_mult and unit_m is None:  # 3 万余人: no unit right after it, so no spaced multiplier either
        cand.value, cand.multiplied, at, spaced_sign = value, multiplied, num_end, False
    if unit_m is not None:
        unit = lex.units[unit_m.group()]
        cand.unit, cand.kind, cand.optional = unit.text, unit.kind, unit.optional
        if unit.date:
            cand.drop = "date or clock time"
        if at == num_end or spaced_sign:
            cand.end = unit_m.end()
            half = _HALF_AFTER.match(line, cand.end) if not cand.multiplied else None
            if half and (unit.duration and not half.group(1) or unit.text == "个" and half.group(1)):
                # 5年半, 3个半月, 1个半小时: the half is the figure's, in the unit after it
                cand.value, cand.end = canonical(cand.value + Decimal("0.5")), half.end()
                cand.unit = {"月": "个月", "小时": "小时"}.get(half.group(1) or "", cand.unit)
                cand.kind = "measure" if half.group(1) else cand.kind
    return cand


@functools.lru_cache(maxsize=4096)
def _numeral_facts(num: str) -> tuple[bool, bool]:
    """(holds a large unit such as 万, has no digit at all: 百万) of a numeral string.
    Cached: a page repeats the same few numerals."""
    return (not BIG_UNITS.keys().isdisjoint(num),
            not any(c.isdigit() or c in DIGITS or c in "十拾" for c in num))


def _tenths(line: str, at: int, lex: FigureLexicon) -> Decimal | None:
    """The digit after 成: 三成半 = 35 %, 九成七 = 97 % (None: no second digit).

    A digit that opens a count of its own (两成三个月, 九成五万人) is left alone.
    """
    nxt = line[at:at + 1]
    if nxt == "半":
        return Decimal(5)
    if not nxt or nxt not in DIGITS or not DIGITS[nxt] or nxt in "两兩倆俩":
        return None
    follow = line[at + 1:at + 2]
    if follow and (follow in _CN or follow.isdigit() or lex.unit_re.match(line, at + 1)):
        return None
    return Decimal(DIGITS[nxt])


def _vague_bounds(num: str, marker: str, mult: str) -> tuple[Decimal | None, Decimal | None]:
    """三十几万 -> (30万, 40万); 一千多万 -> (1000万, 2000万); 80多万 -> (80万, 90万): the vague
    word stands for the digits below the number's last written place (its trailing zeros)."""
    low = parse_number(num + mult)
    if num.isascii() and num.isdigit():
        zeros = len(num) - len(num.rstrip("0"))
        place = 10 ** zeros if zeros < len(num) else 1
    else:
        place = {"十": 10, "百": 100, "千": 1000}.get(num[-1], 1)
    scale = parse_number("1" + mult)
    if low is None or scale is None:
        return None, None
    return low, canonical(low + place * scale)


def _fraction(line: str, m: re.Match, cand: Candidate) -> Candidate | None:
    """三分之一: an optional percent figure (GUIDELINES: fractions are optional)."""
    numer = _NUMBER.match(line, m.end() + 2)
    if numer is None or numer.group("pct"):
        return None
    value = parse_fraction(m.group("num"), numer.group("num"))
    if value is None:
        return None
    cand.value, cand.unit, cand.kind, cand.optional = value, "%", "percent", True
    cand.end = numer.end()
    return cand



def _resolve_neighbours(line: str, cands: list[Candidate], lex: FigureLexicon) -> None:
    """Ranges (3至5年 -> ge/le) and lists sharing a unit; then drop unitless numbers."""
    for a, b in reversed(list(zip(cands, cands[1:]))):  # right to left: 3、4、5个
        gap = line[a.end:b.start]
        if a.drop or (b.drop and b.drop != "date or clock time"):
            continue
        if _RANGE.fullmatch(gap) and (not a.unit or a.unit == b.unit or a.kind == b.kind):
            if b.drop:
                a.drop = b.drop  # 1—2月: a date range
                continue
            _share(a, b, line)
            a.qualifier, b.qualifier = "ge", "le"
        elif _LIST_SEP.fullmatch(gap) and not a.unit and a.arabic == b.arabic and b.unit and not b.drop:
            _share(a, b, line)
    for cand in cands:
        if cand.drop is None:
            cand.drop = unitless_drop(line, cand, lex)


def _share(a: Candidate, b: Candidate, line: str) -> None:
    """Give the first of a range or list the second's unit and multiplier (一到两成, 3至5万)."""
    if b.cheng and not a.unit and not a.multiplied and 0 < a.value <= 10:
        a.value, a.cheng = canonical(a.value * 10), True
    if not a.unit and b.unit:
        rank = a.kind == "rank"
        a.unit, a.kind, a.optional = b.unit, b.kind, b.optional
        if rank:  # 第二、三名: 第 governs the whole list, both are ranks
            a.kind = b.kind = "rank"
    if b.multiplied and not a.multiplied:
        scale = _multiplier(b, line)
        if scale is not None:
            a.value = canonical(a.value * scale)
            a.multiplied = True


def _multiplier(cand: Candidate, line: str) -> Decimal | None:
    """The power of ten a large unit gave: 2万 -> 10000, 2.5万 -> 10000, 1.2万亿 -> 10^12."""
    tail = re.search(r"[万亿萬億]+$", line[cand.start:cand.num_end])
    if tail is not None:
        return parse_number("1" + tail.group())
    for power in (12, 8, 4):
        scale = Decimal(10) ** power
        if cand.value % scale == 0 and cand.value != 0:
            return scale
    return None



def _finish(text: str, line: str, line_start: int, cand: Candidate, lex: FigureLexicon) -> FigureMatch:
    """Add after-unit qualifiers and the change, then shift to text offsets."""
    after = lex.after_re.match(line, cand.end if cand.end > cand.num_end else cand.num_end)
    if after is not None and cand.qualifier == "eq":
        word = after.group()
        unit = lex.units.get(cand.unit)
        if word != "内" or (unit is not None and unit.duration):
            cand.qualifier = lex.after[word]
    change, base = _change(line, cand.start, lex)
    start, end = line_start + cand.start, line_start + cand.end
    return FigureMatch(start=start, end=end, text=text[start:end], value=cand.value, low=cand.low,
                       high=cand.high, unit=cand.unit, kind=cand.kind, qualifier=cand.qualifier,
                       change=change, change_base=base, optional=cand.optional)


def _change(line: str, start: int, lex: FigureLexicon) -> tuple[str | None, str | None]:
    """Direction and base asserted in the clause before the figure (增长 同比 …)."""
    window = max(0, start - CLAUSE_LOOKBACK)
    last_mark = _UP_TO_CLAUSE_END.match(line, window, start)
    clause_start = last_mark.end() if last_mark else window
    direction = base = None
    for m in lex.cue_re.finditer(line, clause_start, start):
        word = m.group()
        kind = lex.cues.get(word, "base")
        if kind == "base":
            base = word
        elif kind == "none":
            direction = None
        else:
            direction = kind
    return direction, base
