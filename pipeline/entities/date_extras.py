"""DATE spans the date grammar leaves out: clock times, relative periods, holiday periods, quarter ends.

GUIDELINES count dates *and times*, absolute or relative, as DATE. The grammar
of :mod:`pipeline.entities.dates` reads calendar dates; real articles also
write (each class measured missing on the real-text dev gold):

- a clock time after a day or alone: 昨天|9时, 15日|零时01分, 2025-04-30| 13:29,
  9时, 凌晨4点多钟, 五点多 (a bare 5点 is a time only with a clock's tail or a
  word of time before it: 三点意见 is three points);
- a relative period: 十几天前, 20多年前, 10年间, 过去几周, 这六天 (not 3年来, a
  duration, nor 近3年: see :mod:`pipeline.entities.dates`);
- a holiday period: 国庆黄金周, 十一长假, 中秋佳节, and the quoted “十一” of
  “十一”黄金周 (a bare 十一 is eleven);
- the end or start of a quarter: 三季度|末, 上季末;
- a day range inside one month: 3月1-24日 (the grammar reads 3月 and 24日).

:func:`with_extras` extends the grammar's matches and adds the new spans;
added spans carry no normalized value (a reason says why), extended ones keep
their day's value. Patterns are named constants; the holiday names come from
``models/date_named_days.tsv``.
"""

from __future__ import annotations

import functools
import re
from typing import Protocol

from pipeline.entities.date_values import named_days
from pipeline.text.regex_guard import scanner

#: Chinese and Arabic numerals of counts (十几, 两, 20多).
_COUNT = r"(?:\d{1,3}|[一二三四五六七八九十两几]{1,3})多?"
#: A clock reading: 9时, 4点半, 9时30分, 零时01分, 五点多, 4点多钟.
_CLOCK = r"(?:(?:[01]?\d|2[0-4]|零|[一二三四五六七八九十]{1,3})[时点](?:[0-5]?\d分|半|多钟|多|钟)?)"
#: A clock after a day: the grammar's day, then a time (no space) or an ISO clock (one space).
CLOCK_AFTER_DAY = re.compile(rf"(?:凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|晚间|夜间)?{_CLOCK}|[ \u3000]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?")
#: Part-of-day words before a clock (清晨5点).
_PART_OF_DAY = r"(?:凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|晚间|夜间)"
#: Heads that make a holiday's short name a period: 国庆|黄金周, 十一|长假, 中秋|佳节.
_HOLIDAY_HEADS = r"(?:黄金周|小长假|长假|假期|佳节)"
#: Every extra class in one pattern (one pass over the text; no alternative opens on a lookbehind,
#: so the engine skips in C to a character that can open one). What must not come before a
#: match is checked afterwards (:data:`_NOT_BEFORE`).
_EXTRAS_TEMPLATE = r"""
    (?P<clock>{part}{clock})                                          # 清晨5点
  | (?P<hour>(?:[01]?\d|2[0-4])时(?:[0-5]?\d分|半|许)?)(?![代间期候刻段速])  # 9时, 8时30分; not 5时代
  | (?P<dot>(?!一点)(?:[01]?\d|2[0-4]|[一二三四五六七八九十]{{1,3}})点(?:[0-5]?\d分|半|多钟|多|钟))  # 5点半; not 一点多余
  | (?P<range>\d{{1,2}}月\d{{1,2}}[-—–~]\d{{1,2}}日)                    # 3月1-24日
  | (?P<ago>{count}个?(?:天|周|星期|个月|年)(?:前|以前|间))(?![提往夕])     # 三年前, 10年间; not 年前提
  | (?P<past>(?:过去|最近)的?{count}个?(?:天|周|星期|个月|年))             # 过去几周
  | (?P<this>这(?!一){count}(?:天|周|个月))                             # 这六天; not 这一天
  | (?P<holiday>(?:{holidays})+{heads})                               # 国庆黄金周, 国庆中秋假期
  | (?P<quarter>[上本下]个?季度?[末初])                                 # 上季末, 上季度末
  | (?P<eleven>十一)(?=[”"]{heads})                                   # “十一”黄金周: the quoted 十一
"""
#: Characters that may not come right before a match of a class: the tail of a number (24小时,
#: 2024年前), an ordinal or a distributive (第3年, 每3天), 近 (近3年: a duration), an unquoted 十一.
_NOT_BEFORE = {"hour": "0123456789.:小", "dot": "0123456789.:", "range": "0123456789",
               "ago": "0123456789第每近"}
#: Reasons of the added spans (no normalized value: the period is relative to an unstated time).
_REASONS = {"clock": "a time of day", "hour": "a time of day", "dot": "a time of day",
            "range": "a day range without its year", "ago": "a period relative to an unstated time",
            "past": "a period relative to an unstated time", "this": "a period relative to an unstated time",
            "holiday": "a holiday period without its year", "quarter": "a quarter relative to an unstated time",
            "eleven": "a holiday period without its year"}


class DateSpan(Protocol):
    """What :func:`with_extras` reads of a date match: its bounds and value."""

    start: int
    end: int
    value: str | None


@functools.lru_cache(maxsize=1)
def extras_pattern() -> re.Pattern[str]:
    """The one pattern of the extra classes, with the holiday names of ``models/date_named_days.tsv``
    and their short forms (国庆节 -> 国庆), and 十一 (the National Day holiday before a head)."""
    names = {"十一"}
    for name in named_days():
        names.add(name)
        if name.endswith("节") and len(name) >= 3:
            names.add(name[:-1])
    holidays = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(_EXTRAS_TEMPLATE.format(part=_PART_OF_DAY, clock=_CLOCK, count=_COUNT, holidays=holidays,
                                              heads=_HOLIDAY_HEADS), re.VERBOSE)


def extra_spans(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every extra DATE span of ``folded``, before any overlap is settled."""
    found = []
    # the engine skips in C to characters that can open an extra (see pipeline.text.regex_guard)
    for _start, _end, match in scanner(extras_pattern()).finditer(folded):
        kind = next(name for name in _REASONS if match.group(name) is not None)
        start, end = match.span(kind)
        before = folded[start - 1 : start]
        if before and before in _NOT_BEFORE.get(kind, ""):
            continue
        if kind == "eleven" and before not in "“\"":
            continue  # a bare 十一 is eleven
        found.append((start, end, _REASONS[kind]))
    return found


def with_extras(folded: str, matches: list, make) -> list:
    """The grammar's ``matches`` extended by a clock or a quarter edge after them, plus the extra spans.

    ``make(start, end, value, reason)`` builds a match of the caller's type.
    Longer spans win where they overlap (3月1-24日 over 3月 and 24日; 国庆黄金周
    over a bare 国庆 the grammar may read); the result is sorted.
    """
    extended = []
    for m in matches:
        last = folded[m.end - 1 : m.end]
        tail = (CLOCK_AFTER_DAY.match(folded, m.end) if last in "日号天" or last.isdigit()
                else QUARTER_EDGE_AFTER.match(folded, m.end) if last == "度" else None)
        if tail and tail.end() > m.end:
            extended.append(make(m.start, tail.end(), _edge_value(m.value, folded[tail.end() - 1]), m.reason))
        else:
            extended.append(m)
    extras = [make(s, e, None, reason) for s, e, reason in extra_spans(folded)]
    chosen, taken = [], bytearray(len(folded))
    for m in sorted(extended + extras, key=lambda m: (m.start - m.end, m.start)):
        if taken.find(1, m.start, m.end) < 0:
            chosen.append(m)
            taken[m.start : m.end] = b"\1" * (m.end - m.start)
    return sorted(chosen, key=lambda m: m.start)


#: 末 or 初 right after a quarter the grammar read (三季度|末).
QUARTER_EDGE_AFTER = re.compile(r"(?<=季度)[末初]")



def _edge_value(value: str | None, last: str) -> str | None:
    """The value of a date extended by a clock (its day's) or by a quarter's 末/初 (its interval's end/start)."""
    if value is None or "/" not in value or last not in "末初":
        return value
    first, final = value.split("/", 1)
    return final if last == "末" else first
