"""Values of date expressions: the match groups of :mod:`pipeline.entities.dates` -> ISO strings.

Split from the grammar so each module stays small: :func:`resolve` takes the
named groups of one match of the date regex and the publication date, and
returns ``(value, reason)`` — an ISO day, month, year or interval, or None
with the reason it cannot be known (no publication date, a vague word, a
lunar holiday …). A wrong value is worse than a missing one.
"""

from __future__ import annotations

import calendar
import datetime
import functools

from pipeline.text.resources import load_table

NO_PUB = "no publication date"

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

#: Seasons and school terms after a year: (first month, last month); winter runs into the next year.
SEASONS = {"春季": (3, 5), "夏季": (6, 8), "秋季": (9, 11), "冬季": (12, 14), "春天": (3, 5), "夏天": (6, 8),
            "秋天": (9, 11), "冬天": (12, 14), "暑期": (7, 8), "暑假": (7, 8), "寒假": (1, 2)}
#: Day offsets from Monday of the weekday after 本周/下周 (末 = Saturday and Sunday).
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


@functools.lru_cache(maxsize=None)
def date_words() -> dict[str, tuple[str, int, bool]]:
    """word -> (kind, offset, optional) from models/date_words.tsv."""
    return {r["word"]: (r["kind"], int(r["offset"]), r["optional"] == "1") for r in load_table("date_words.tsv")}


@functools.lru_cache(maxsize=None)
def named_days() -> dict[str, str]:
    """name -> month-day (or "lunar", "varies") from models/date_named_days.tsv."""
    return {r["name"]: r["month_day"] for r in load_table("date_named_days.tsv")}


def numeral_value(text: str) -> int:
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
    n = numeral_value(numeral)
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
        return numeral_value(g["y"])
    if g["ry"]:
        if pub is None:
            raise _Unresolved(NO_PUB)
        return pub.year + date_words()[g["ry"]][1]
    if pub is None:
        raise _Unresolved(NO_PUB)
    if month is not None and month - pub.month > 6:
        return pub.year - 1
    return pub.year


def _resolve_calendar(g: dict, pub: datetime.date | None) -> str | None:
    """Value of the year/month/day/quarter branch."""
    if g["named"]:
        month_day = named_days()[g["named"]]
        if month_day in ("lunar", "varies"):
            raise _Unresolved(f"{'lunar calendar' if month_day == 'lunar' else 'date varies by year'}: {g['named']}")
        if not (g["y"] or g["ry"]):  # 元旦 alone: the last one or the next one?
            raise _Unresolved(f"year not stated: {g['named']}")
        if g["nhead"] and "/" not in month_day:  # 2025年国庆节假期: a break around the day, its days not written
            raise _Unresolved(f"a holiday period around a day: {g['named']}{g['nhead']}")
    if g["rm"]:
        if pub is None:
            raise _Unresolved(NO_PUB)
        year, month = _shift_month(pub.year, pub.month, date_words()[g["rm"]][1])
        if date_words()[g["rm"]][0] == "anaphoric":
            raise _Unresolved(f"anaphoric: {g['rm']}")
    elif g["m"]:
        month = numeral_value(g["m"])
        year = _year_of(g, pub, month)
    else:
        month = None
        year = _year_of(g, pub, None) if (g["y"] or g["ry"] or g["q"] or g["qn"] or g["half"] or g["ypart"]
                                          or g["named"] or g["since"] or g["season"] or g["fn"] or g["same"]) else None
    if g["y0"]:
        return f"{numeral_value(g['y0'])}/{year}"
    if month is not None:
        if g["m0"]:
            return _span(year, numeral_value(g["m0"]), 1, month)
        if g["d"]:
            day = datetime.date(year, month, numeral_value(g["d"])).isoformat()
            if g["d2"]:
                m2 = numeral_value(g["m2"]) if g["m2"] else month
                return f"{day}/{datetime.date(year, m2, numeral_value(g['d2'])).isoformat()}"
            if g["dsince"]:  # 7月1日以来: that day to the page's date
                if pub is None:
                    raise _Unresolved(NO_PUB)
                if not (g["y"] or g["ry"]) and day > pub.isoformat() and (month, g["d"]) != (2, "29"):
                    day = datetime.date(year - 1, month, numeral_value(g["d"])).isoformat()  # since last July
                return f"{day}/{pub.isoformat()}"
            return day
        if g["msince"]:
            if pub is None:
                raise _Unresolved(NO_PUB)
            if not (g["y"] or g["ry"]) and month > pub.month:
                year = pub.year - 1  # 11月以来 in May: since last November
            return f"{year}-{month:02d}-01/{pub.isoformat()}"
        if g["mweek"]:
            first = 7 * numeral_value(g["mweek"]) - 6
            return _span(year, month, first, month, min(first + 6, _last_day(year, month)))
        part = g["mpart"]
        if part in ("上旬", "中旬", "下旬"):
            first = {"上旬": 1, "中旬": 11, "下旬": 21}[part]
            return _span(year, month, first, month, first + 9 if part != "下旬" else None)
        return f"{year}-{month:02d}"
    if g["q"]:
        q = numeral_value(g["q"].lstrip("第"))
        if g["qpart"]:  # 三季度末: the quarter's last month; 一季度初: its first
            return f"{year}-{3 * q - 2 if g['qpart'] == '初' else 3 * q:02d}"
        return _span(year, 3 * q - 2, 1, 3 * q)
    if g["qn"]:
        return _span(year, 1, 1, 3 * numeral_value(g["qn"]))
    if g["half"]:
        return _span(year, 1, 1, 6) if g["half"] == "上半年" else _span(year, 7, 1, 12)
    if g["since"]:
        if pub is None:
            raise _Unresolved(NO_PUB)
        return f"{year}-01-01/{pub.isoformat()}"
    if g["season"]:
        first, last = SEASONS[g["season"]]
        end_year, end_month = _shift_month(year, last, 0) if last <= 12 else (year + 1, last - 12)
        return f"{year}-{first:02d}-01/{datetime.date(end_year, end_month, _last_day(end_year, end_month)).isoformat()}"
    if g["fn"]:
        return _span(year, 1, 1, numeral_value(g["fn"]))
    part = g["ysuf"] or {"开年": "初"}.get(g["ypart"], (g["ypart"] or "")[-1:])
    if part:
        return f"{year}-" + {"初": "01", "中": "06", "底": "12", "末": "12"}[part]
    if g["named"]:  # 国庆节 10-01, or a holiday week 10-01/10-07
        return "/".join(f"{year}-{month_day}" for month_day in named_days()[g["named"]].split("/"))
    return str(year)


def _resolve_word(word: str, pub: datetime.date | None) -> str | None:
    """Value of a relative or vague word from date_words.tsv."""
    kind, offset, _ = date_words()[word]
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


#: Units of a count before 前 (三年前) and how far back each goes; 周 and 小时 stay unresolved.
_AGO_UNITS = {"年": "year", "月": "month", "天": "day"}


def _resolve_ago(text: str, pub: datetime.date | None) -> str:
    """三年前 -> the publication year less 3; 两个月前 -> that month; 十几天前, 20多年前: approximate, unresolved."""
    if text.endswith("间"):  # 10年间: a stretch of that length, not a point back in time
        raise _Unresolved(f"a stretch of time: {text}")
    number = text.rstrip("前以多").rstrip("年月周星期天小时").rstrip("多个余来")
    unit = next((u for u in _AGO_UNITS if u in text[len(number):]), None)
    if unit is None or not number or any(c in number for c in "几半") or number != text[: len(number)] \
            or any(c in text[len(number):] for c in "多余来"):
        raise _Unresolved(f"approximate: {text}")
    if pub is None:
        raise _Unresolved(NO_PUB)
    n = numeral_value(number)
    if unit == "年":
        return str(pub.year - n)
    if unit == "月":
        year, month = _shift_month(pub.year, pub.month, -n)
        return f"{year}-{month:02d}"
    return (pub - datetime.timedelta(days=n)).isoformat()


def _decade(g: dict) -> str:
    """上世纪五十年代 -> 1950/1959; a decade without a century is taken in the 1900s (80年代)."""
    century = 2000 if g["cent"] and g["cent"].startswith(("二十一", "21")) else 1900
    start = century + numeral_value(g["dec"])
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
    monday = pub - datetime.timedelta(days=pub.weekday()) + datetime.timedelta(weeks=date_words()[word][1])
    if day is None:
        return f"{monday.isoformat()}/{(monday + datetime.timedelta(days=6)).isoformat()}"
    if day == "末":
        return f"{(monday + datetime.timedelta(days=5)).isoformat()}/{(monday + datetime.timedelta(days=6)).isoformat()}"
    return (monday + datetime.timedelta(days=_WEEKDAYS[day])).isoformat()


def resolve(g: dict, pub: datetime.date | None) -> tuple[str | None, str | None]:
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
        if g.get("week") or g.get("yweek"):  # 第27周: sources number a year's weeks in more than one way
            raise _Unresolved(f"week of the year, numbered by the source: 第{g.get('week') or g.get('yweek')}周")
        if g["wk"]:
            return _resolve_week(g["wk"], g["wd"], pub), None
        if g["clock_only"] or g["bare_clock"]:
            raise _Unresolved(f"time of day without a date: {g['clock_only'] or g['bare_clock']}")
        if g["ago"]:
            return _resolve_ago(g["ago"], pub), None
        if g["deictic"]:
            raise _Unresolved(f"vague: {g['deictic']}")
        if g["lunar"]:
            raise _Unresolved(f"lunar calendar: {g['lunar']}")
        if g["holiday"] or g["eleven"]:
            raise _Unresolved(f"a holiday period without its year: {g['holiday'] or g['eleven']}")
        if g["rd"] or g["word"]:
            return _resolve_word(g["rd"] or g["word"], pub), None
        value = _resolve_calendar(g, pub)
        if g["psince"]:  # 上半年以来: from the period's first day to the page's date
            if pub is None:
                raise _Unresolved(NO_PUB)
            first = value.split("/")[0]
            return (first if len(first) == 10 else first[:7] + "-01" if len(first) == 7 else first + "-01-01") \
                + "/" + pub.isoformat(), None
        return value, None
    except _Unresolved as why:
        return None, str(why)
    except OverflowError:  # 明日 against a publication date of 9999-12-31
        return None, "outside the calendar (years 1-9999) once resolved"
