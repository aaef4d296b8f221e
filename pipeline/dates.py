"""DATE entities and their normalization against the publication date.

One compiled regex finds every date expression of a text in a single pass;
the match's named groups say which parts were written (year, month, day,
quarter, relative word …) and :func:`_resolve` turns them into ISO values:

- a day ``2025-04-30``, a month ``2025-11``, a year ``2025``;
- an interval ``2025-01-01/2025-03-31`` (quarters, halves, 旬, weeks, ranges),
  ``2021/2025`` for year ranges and five-year plans.

Relative expressions (昨日, 去年11月, 上周, 4月30日 without a year) are
resolved against ``pub_date`` only; without it the value is None and the
reason says so. Vague words (近年来, 近日) stay unresolved with a reason:
a missing value is better than a wrong one.

Word lists are data in ``models/`` (``date_words.tsv``, ``date_named_days.tsv``,
``date_duration_cues.txt``); the regex is built from them on first use.

>>> [(d.text, d.value) for d in find_dates("去年11月,2025年底前完成", datetime.date(2025, 5, 1))]
[('去年11月', '2024-11'), ('2025年底', '2025-12')]
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass

from pipeline.normalize import fold_width
from pipeline.resources import load_lines, load_table


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A DATE span with its ISO value, or the reason it has none."""

    start: int
    end: int
    text: str
    value: str | None
    reason: str | None
    optional: bool = False


NO_PUB = "no publication date"

#: After "N月", these make it a count of months (一月一次, 3月内, 两月来).
_COUNT_AFTER = frozenset("一二三四五六七八九十两内来间多余")

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# Pieces of the grammar, composed into one pattern by _pattern().
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # a month or day number
_RANGE = r"\s*(?:—{1,2}|–|-|~|至|到)\s*"  # joins the two ends of a range
_YEAR = r"(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})"  # 1900-2099, or 二〇二五
_TIME_OF_DAY = r"(?:凌晨|早上|早间|上午|中午|下午|傍晚|晚上|晚间|夜间|晚|夜)"
_CLOCK = r"(?:(?:[01]?\d|2[0-4]|[一二三四五六七八九十]{1,3})[时点](?:[0-5]?\d分|半)?)"  # 10时, 4点半, 9时30分
_QUARTER = r"""(?:
      (?P<q>第?[一二三四1-4])季度                  # 一季度, 第一季度, 4季度
    | 前(?P<qn>[二两三])季度                       # 前三季度
    | (?P<half>上半年|下半年)
    | (?P<ypart>年初|年底|年末|年中)               # 今年年底
)"""

#: Seasons and school terms after a year: (first month, last month); winter runs into the next year.
_SEASONS = {"春季": (3, 5), "夏季": (6, 8), "秋季": (9, 11), "冬季": (12, 14), "春天": (3, 5), "夏天": (6, 8),
            "秋天": (9, 11), "冬天": (12, 14), "暑期": (7, 8), "暑假": (7, 8), "寒假": (1, 2)}
#: Day offsets from Monday of the weekday after 本周/下周 (末 = Saturday and Sunday).
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

_TEMPLATE = r"""
(?<![\d.])                                          # not the tail of a longer number
(?:
    (?P<iso>(?P<iy>(?:19|20)\d{{2}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}}))(?![\d.])   # 2025-04-30
  | (?P<plan>[“"]?(?P<plann>十[一二三四五六七八九]?|[一二三四五六七八九])五[”"]?
        (?P<plans>期间|时期|以来|初期|末期|初|末))  # "十四五"期间: a five-year plan
  | (?P<bare>(?:19|20)\d{{2}})(?=[“"《])              # 2026"某某消费月": optional bare year
  | (?P<decade>(?:(?P<cent>上个?世纪|(?:二十一?|19|20|21)世纪))?     # 上世纪五十年代, 80年代初
        (?P<dec>[二三四五六七八九]十|[2-9]0)年代(?P<dpart>初期|末期|中期|初|末)?)
  | (?=(?:{year}|{rel_year}|{num}月|{num}{range}{num}月|{rel_month}|{quarter_plain}|{named}|前(?:{num}|两)个?月))
    (?:                                               # a year, or a year range
        (?:(?P<y0>{year})年?{range})?(?P<y>{year})年度?
      | (?<![提之以])(?P<ry>{rel_year})                # not 提前年底
    )?
    (?:
        (?:(?P<rm>{rel_month})                        # 上月
          | (?:(?P<m0>{num})月?{range})?(?P<m>{num})月份?)  # 4月, 1—2月, 1月至4月
        (?:
            (?P<d>{num})[日号]                          # 30日
            (?:{range}(?:(?P<m2>{num})月)?(?P<d2>{num})[日号])?   # …至5月2日
            (?P<tod>{time_of_day}{clock}?)?           # 晚, 上午, 上午10时
          | (?P<mpart>上旬|中旬|下旬|初|底|末)          # 4月底
          | (?P<msince>以来)                          # 4月以来: from the 1st of the month to now
          | 第(?P<mweek>[一二三四五1-5])周               # 6月第二周: days 8-14
        )?
      | (?<=[年度])(?P<ysuf>底|初|末|中)                # 2025年底
      | (?<=[年度])(?P<since>以来)                      # 今年以来: from 1 January to now
      | (?<=年)(?P<same>同期)                          # 去年同期: the same period of that year
      | (?<=[年度])(?P<season>{season})(?:学期)?        # 去年夏季, 今年秋季学期, 今年暑期
      | (?<![提之以此])前(?P<fn>{num}|两)个?月(?!内|以内|之内|后)   # 今年前5个月, 前4个月
      | {quarter}
      | (?P<named>{named})(?![省约能点目奏俭制])          # 跨年夜, 元旦; not 青年节省
    )?
  | (?<![\d月第])(?P<sd>\d{{1,2}})日(?P<sdtod>{time_of_day})?(?!内|以内|之内|来|游)   # 30日; not 30日内
  | (?P<rd>{rel_day})(?P<rdtod>{time_of_day}{clock}?)?   # 昨日, 昨日下午, 今天上午9时
  | (?P<clock_only>{time_of_day}{clock})             # 上午10时, 下午4点半: a time of day alone
  | (?P<wk>{rel_week})(?P<wd>末|[一二三四五六日天](?![场个次名家项年月]))?   # 本周, 本周末, 下周一; not 本周三场
  | (?<![节假生每个])(?P<word>{other})                # 目前, 近年来; not 节日前
)
"""


def _alternation(words) -> str:
    """Regex alternation of literal words, longest first so 上个月 beats 上月."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@functools.lru_cache(maxsize=None)
def _words() -> dict[str, tuple[str, int, bool]]:
    """word -> (kind, offset, optional) from models/date_words.tsv."""
    return {r["word"]: (r["kind"], int(r["offset"]), r["optional"] == "1") for r in load_table("date_words.tsv")}


@functools.lru_cache(maxsize=None)
def _named_days() -> dict[str, str]:
    return {r["name"]: r["month_day"] for r in load_table("date_named_days.tsv")}


@functools.lru_cache(maxsize=None)
def _pattern() -> re.Pattern[str]:
    """The one date regex, built from the word lists on first use."""
    words = _words()
    by_kind = lambda *kinds: _alternation(w for w, (k, _, _) in words.items() if k in kinds)  # noqa: E731
    return re.compile(
        _TEMPLATE.format(
            year=_YEAR,
            num=_NUM,
            range=_RANGE,
            time_of_day=_TIME_OF_DAY,
            clock=_CLOCK,
            quarter=_QUARTER,
            quarter_plain=re.sub(r"\(\?P<\w+>", "(?:", _QUARTER),
            named=_alternation(_named_days()),
            rel_year=by_kind("year"),
            rel_month=by_kind("month"),
            rel_day=by_kind("day"),
            rel_week=by_kind("week"),
            season=_alternation(_SEASONS),
            other=by_kind("now", "vague", "anaphoric"),
        ),
        re.VERBOSE,
    )


@functools.lru_cache(maxsize=None)
def _duration_cues() -> tuple[str, ...]:
    return load_lines("date_duration_cues.txt")


def _number(text: str) -> int:
    """Arabic or Chinese numeral (一 … 九十九, 二〇二五) as an int."""
    if text.isdigit() and text.isascii():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_DIGITS.get(tens, 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    value = 0
    for char in text:
        value = value * 10 + _CN_DIGITS[char]
    return value


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _span(year: int, m1: int, d1: int, m2: int, d2: int | None = None) -> str:
    """ISO interval from m1-d1 to m2-d2 (d2 None: end of month m2)."""
    end = d2 if d2 is not None else _last_day(year, m2)
    return f"{datetime.date(year, m1, d1).isoformat()}/{datetime.date(year, m2, end).isoformat()}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _plan_years(numeral: str) -> tuple[int, int]:
    """Five-year plan N -> (first, last) year; the 3rd started in 1966 after a gap."""
    n = _number(numeral)
    first = {1: 1953, 2: 1958}.get(n, 1966 + 5 * (n - 3))
    return first, first + 4


class _Unresolved(Exception):
    """Raised inside resolution with the reason the value stays None."""


def _year_of(g: dict, pub: datetime.date | None, month: int | None) -> int | None:
    """The year a match refers to: written, relative to pub, or inferred from pub.

    A month without a year is taken in the publication year, except when it
    lies more than six months after the publication month (an article of
    January speaking of 12月 means last December).
    """
    if g["y"]:
        return _number(g["y"])
    if g["ry"]:
        if pub is None:
            raise _Unresolved(NO_PUB)
        return pub.year + _words()[g["ry"]][1]
    if pub is None:
        raise _Unresolved(NO_PUB)
    if month is not None and month - pub.month > 6:
        return pub.year - 1
    return pub.year


def _resolve_calendar(g: dict, pub: datetime.date | None) -> str | None:
    """Value of the year/month/day/quarter branch."""
    if g["named"]:
        month_day = _named_days()[g["named"]]
        if month_day in ("lunar", "varies"):
            raise _Unresolved(f"{'lunar calendar' if month_day == 'lunar' else 'date varies by year'}: {g['named']}")
        if not (g["y"] or g["ry"]):  # 元旦 alone: the last one or the next one?
            raise _Unresolved(f"year not stated: {g['named']}")
    if g["rm"]:
        if pub is None:
            raise _Unresolved(NO_PUB)
        year, month = _shift_month(pub.year, pub.month, _words()[g["rm"]][1])
        if _words()[g["rm"]][0] == "anaphoric":
            raise _Unresolved(f"anaphoric: {g['rm']}")
    elif g["m"]:
        month = _number(g["m"])
        year = _year_of(g, pub, month)
    else:
        month = None
        year = _year_of(g, pub, None) if (g["y"] or g["ry"] or g["q"] or g["qn"] or g["half"] or g["ypart"]
                                          or g["named"] or g["since"] or g["season"] or g["fn"] or g["same"]) else None
    if g["y0"]:
        return f"{_number(g['y0'])}/{year}"
    if month is not None:
        if g["m0"]:
            return _span(year, _number(g["m0"]), 1, month)
        if g["d"]:
            day = datetime.date(year, month, _number(g["d"])).isoformat()
            if g["d2"]:
                m2 = _number(g["m2"]) if g["m2"] else month
                return f"{day}/{datetime.date(year, m2, _number(g['d2'])).isoformat()}"
            return day
        if g["msince"]:
            if pub is None:
                raise _Unresolved(NO_PUB)
            if not (g["y"] or g["ry"]) and month > pub.month:
                year = pub.year - 1  # 11月以来 in May: since last November
            return f"{year}-{month:02d}-01/{pub.isoformat()}"
        if g["mweek"]:
            first = 7 * _number(g["mweek"]) - 6
            return _span(year, month, first, month, min(first + 6, _last_day(year, month)))
        part = g["mpart"]
        if part in ("上旬", "中旬", "下旬"):
            first = {"上旬": 1, "中旬": 11, "下旬": 21}[part]
            return _span(year, month, first, month, first + 9 if part != "下旬" else None)
        return f"{year}-{month:02d}"
    if g["q"]:
        q = _number(g["q"].lstrip("第"))
        return _span(year, 3 * q - 2, 1, 3 * q)
    if g["qn"]:
        return _span(year, 1, 1, 3 * _number(g["qn"]))
    if g["half"]:
        return _span(year, 1, 1, 6) if g["half"] == "上半年" else _span(year, 7, 1, 12)
    if g["since"]:
        if pub is None:
            raise _Unresolved(NO_PUB)
        return f"{year}-01-01/{pub.isoformat()}"
    if g["season"]:
        first, last = _SEASONS[g["season"]]
        end_year, end_month = _shift_month(year, last, 0) if last <= 12 else (year + 1, last - 12)
        return f"{year}-{first:02d}-01/{datetime.date(end_year, end_month, _last_day(end_year, end_month)).isoformat()}"
    if g["fn"]:
        return _span(year, 1, 1, _number(g["fn"]))
    part = g["ysuf"] or (g["ypart"] or "")[-1:]
    if part:
        return f"{year}-" + {"初": "01", "中": "06", "底": "12", "末": "12"}[part]
    if g["named"]:
        return f"{year}-{_named_days()[g['named']]}"
    return str(year)


def _resolve_word(word: str, pub: datetime.date | None) -> str | None:
    """Value of a relative or vague word from date_words.tsv."""
    kind, offset, _ = _words()[word]
    if kind == "vague":
        raise _Unresolved(f"vague: {word}")
    if kind == "anaphoric":
        raise _Unresolved(f"anaphoric: {word}")
    if pub is None:
        raise _Unresolved(NO_PUB)
    if kind in ("day", "now"):
        return (pub + datetime.timedelta(days=offset)).isoformat()
    if kind == "week":
        monday = pub - datetime.timedelta(days=pub.weekday()) + datetime.timedelta(weeks=offset)
        return f"{monday.isoformat()}/{(monday + datetime.timedelta(days=6)).isoformat()}"
    raise _Unresolved(f"unknown kind {kind!r} for {word}")  # pragma: no cover - data error


def _decade(g: dict) -> str:
    """上世纪五十年代 -> 1950/1959; a decade without a century is taken in the 1900s (80年代)."""
    century = 2000 if g["cent"] and g["cent"].startswith(("二十一", "21")) else 1900
    start = century + _number(g["dec"])
    part = g["dpart"] or ""
    if part.startswith("初"):
        return f"{start}/{start + 3}"
    if part.startswith("末"):
        return f"{start + 7}/{start + 9}"
    return f"{start}/{start + 9}"


def _resolve_week(word: str, day: str | None, pub: datetime.date | None) -> str:
    """本周 (the week), 本周末 (its Saturday and Sunday), 下周一 (one day) against ``pub``."""
    if pub is None:
        raise _Unresolved(NO_PUB)
    monday = pub - datetime.timedelta(days=pub.weekday()) + datetime.timedelta(weeks=_words()[word][1])
    if day is None:
        return f"{monday.isoformat()}/{(monday + datetime.timedelta(days=6)).isoformat()}"
    if day == "末":
        return f"{(monday + datetime.timedelta(days=5)).isoformat()}/{(monday + datetime.timedelta(days=6)).isoformat()}"
    return (monday + datetime.timedelta(days=_WEEKDAYS[day])).isoformat()


def _resolve(g: dict, pub: datetime.date | None) -> tuple[str | None, str | None]:
    """(value, reason) for the groups of one match."""
    try:
        if g["iso"]:
            return datetime.date(int(g["iy"]), int(g["im"]), int(g["id"])).isoformat(), None
        if g["plan"]:
            first, last = _plan_years(g["plann"])
            value = {"初": str(first), "初期": str(first), "末": str(last), "末期": str(last)}.get(g["plans"])
            return value or f"{first}/{last}", None
        if g["bare"]:
            return g["bare"], None
        if g["sd"]:
            if pub is None:
                raise _Unresolved(NO_PUB)
            day = int(g["sd"])
            year, month = (pub.year, pub.month) if day <= pub.day else _shift_month(pub.year, pub.month, -1)
            return datetime.date(year, month, day).isoformat(), None
        if g["decade"]:
            return _decade(g), None
        if g["wk"]:
            return _resolve_week(g["wk"], g["wd"], pub), None
        if g["clock_only"]:
            raise _Unresolved(f"time of day without a date: {g['clock_only']}")
        if g["rd"] or g["word"]:
            return _resolve_word(g["rd"] or g["word"], pub), None
        return _resolve_calendar(g, pub), None
    except _Unresolved as why:
        return None, str(why)


def _is_duration(text: str, start: int, end: int, g: dict) -> bool:
    """A number + 年/月/日 right after 连续, 近, 为期 … is a quantity, not a date."""
    if not (g["y"] or g["m"] or g["sd"]) or g["ry"]:
        return False
    head = text[max(0, start - 4) : start]
    if head.endswith(_duration_cues()):
        return True
    # 一月一次, 3月内: a count of months, not a month of the calendar.
    tail = text[end : end + 1]
    return text[end - 1 : end] == "月" and tail != "" and tail in _COUNT_AFTER


def _plausible(g: dict) -> bool:
    """Month and day numbers within calendar bounds (the year may still rule the day out)."""
    months = [_number(g[k]) for k in ("m0", "m", "m2") if g[k]]
    days = [_number(g[k]) for k in ("d", "d2", "sd") if g[k]]
    return all(1 <= m <= 12 for m in months) and all(1 <= d <= 31 for d in days)


def _is_optional(g: dict) -> bool:
    """Optional: bare years, vague adverb-like words, names that contain a quoted program."""
    if g["bare"] or (g["plan"] and g["plan"][0] in "“\""):
        return True
    word = g["word"] or g["rd"]
    return bool(word) and _words()[word][2]


def find_dates(text: str, pub_date: datetime.date | None = None) -> list[DateMatch]:
    """Every DATE span of ``text`` (offsets into it), normalized against ``pub_date``.

    Works on raw or analysis text alike: full-width digits are folded inside,
    and folding keeps the length, so offsets are the caller's.
    """
    folded = fold_width(text)
    found: list[DateMatch] = []
    for match in _pattern().finditer(folded):
        start, end = match.span()
        if start == end or "\n" in folded[start:end]:
            continue
        g = match.groupdict()
        if _is_duration(folded, start, end, g) or not _plausible(g):
            continue
        try:
            value, reason = _resolve(g, pub_date)
        except ValueError:  # no such day: 13月, 2025年2月30日 are no dates at all
            if g["y"] or g["iso"]:
                continue
            value, reason = None, "no such day in the inferred month"  # 29日 after a short month
        found.append(DateMatch(start, end, text[start:end], value, reason, _is_optional(g)))
    return found


def normalize_date(text: str, pub_date: datetime.date | None = None) -> tuple[str | None, str | None]:
    """(value, reason) for one date expression given alone, e.g. ``"去年11月"``."""
    folded = fold_width(text.strip())
    match = _pattern().fullmatch(folded)
    if match is None or not folded:
        return None, f"not a date expression: {text!r}"
    if not _plausible(match.groupdict()):
        return None, f"not a calendar date: {text!r}"
    try:
        return _resolve(match.groupdict(), pub_date)
    except ValueError:
        return None, f"not a calendar date: {text!r}"
