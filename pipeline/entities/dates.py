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

import datetime
import functools
import re
from dataclasses import dataclass

from pipeline.entities.date_values import NO_PUB, SEASONS, date_words, named_days, numeral_value, resolve
from pipeline.text.normalize import fold_width
from pipeline.text.regex_guard import scanner
from pipeline.text.resources import load_lines


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A DATE span with its ISO value, or the reason it has none."""

    start: int
    end: int
    text: str
    value: str | None
    reason: str | None
    optional: bool = False


#: After "N月", these make it a count of months (一月一次, 3月内, 两月来).
_COUNT_AFTER = frozenset("一二三四五六七八九十两内来间多余")

# Pieces of the grammar, composed into one pattern by _pattern().
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # a month or day number
_RANGE = r"\s*(?:—{1,2}|–|-|~|至|到)\s*"  # joins the two ends of a range
_YEAR = r"(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})"  # 1900-2099, or 二〇二五
_TIME_OF_DAY = r"(?:凌晨|清晨|早晨|早上|早间|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜|午夜|晚|夜)"
_CLOCK = r"(?:(?:[01]?\d|2[0-4]|[零一二三四五六七八九十]{1,3})[时点](?:[0-5]?\d分(?:[0-5]?\d秒)?|半|多钟|钟)?许?)"  # 10时, 4点半, 零时01分, 8时许
_HHMM = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"  # 08:46, 08:49:00 (web timestamps)
#: A clock time in Arabic digits standing alone (9时才开始, 5点就要): 时 not opening a word
#: (时间 时期 时代 时速 …), 点 only with a suffix or a word that makes it a time (5点到, 7点前).
_BARE_CLOCK = r"""(?:[01]?\d|2[0-4])(?:时(?:[0-5]?\d分)?(?![间期代段候辰节速薪长差效空尚刻])
                  |点(?:[0-5]?\d分|半|多钟|钟|(?=[前后左到至就才起开整许])))
                  |(?!一点)[二三四五六七八九十]{1,3}点(?:[0-5]?\d分|半|多钟|钟|多(?![余少数]))"""  # 七点多; not 一点多余
#: Time before publication by a count of units (三年前, 20多年前, 两个月前); 日前 alone is a word.
_AGO = r"(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})(?:多|余|来)?个?多?(?:年|月|周|星期|天|小时)多?(?:以?前|间)(?![进往面列线沿台夕提景])"
#: A stretch counted back from now (这两天, 这六天, 过去几周) or on from it (未来一周): vague, with
#: no fixed bounds.
_DEICTIC = (r"(?:这(?!一)|过去的?|最近|未来)(?:\d{1,2}|[一二三四五六七八九十两几]{1,2})个?(?:天|年|月|周|星期)"  # not 这一天 (that day)
            # a count of units up to now (50年来, 10多年以来, 三个月来); not 2020年来看
            r"|(?:\d{1,3}|[一二三四五六七八九十两几]{1,3})(?:多|余)?个?(?:年|月|周|星期|天)以?来(?![看说讲自到])")
#: A holiday break named by its holidays' short names and a head (国庆中秋假期, 端午小长假), and the
#: quoted “十一” and “五一” (bare, 十一 is eleven and 五一 a street's name: 五一路); names from
#: models/date_named_days.tsv.
_HOLIDAY_HEADS = r"(?:黄金周|小长假|长假|假期|假日|佳节|双节)"
#: A day of the lunar new year (大年初二, 正月初八, 正月十五), a range of them (大年初二至初四), and a
#: bare 初三 listed with another (初三、初四; alone, 初三 is also a school year): no Gregorian value.
_LUNAR_DAY = r"初[一二三四五六七八九十]|十[一二三四五]"
_LUNAR = (r"(?:大年|正月)(?:{day})(?:{range}(?:(?:大年|正月)?初[一二三四五六七八九十]|正月十[一二三四五]))?"
          r"|初[一二三四五六七八九十](?=[、和与]初[一二三四五六七八九十](?![年级中学生班]))"
          r"|(?<=初[一二三四五六七八九十][、和与])初[一二三四五六七八九十](?![年级中学生班])")
#: A day written with 号 (截至6号, 到12号上午): only after a word that takes a day (截至, 到, 于, 从, 自,
#: 在) and before a mark or a time of day; 2号线, 6号楼, 旅行者2号 are names.
_DAY_HAO = r"(?:(?<=[至止于到从自在]\d)|(?<=[至止于到从自在]\d\d))号(?=[,，。；;、\s]|[上下中凌早晚]|\d{1,2}[时点]|以来|前|$)"
_QUARTER = r"""(?:
      (?P<q>第?[一二三四1-4])季度                  # 一季度, 第一季度, 4季度
    | 前(?P<qn>[二两三])季度                       # 前三季度
    | (?P<half>上半年|下半年)
    | (?P<ypart>年初|年底|年末|年中|开年)          # 今年年底, 2024年开年
)"""

_TEMPLATE = r"""
(?<![\d.])                                          # not the tail of a longer number
(?:
    (?P<iso>(?P<iy>(?:19|20)\d{{2}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}}))(?![\d.])(?:[ \t]{{1,2}}{hhmm})?  # 2025-04-30 08:46
  | (?P<plan>[“"]?(?P<plann>十[一二三四五六七八九]?|[一二三四五六七八九])五[”"]?
        (?P<plans>期间|时期|以来|初期|末期|初|末))  # "十四五"期间: a five-year plan
  | (?P<bare>(?:19|20)\d{{2}})(?=[“"《])              # 2026"某某消费月": optional bare year
  | (?P<decade>(?:(?P<cent>上个?世纪|(?:二十一?|19|20|21)世纪))?     # 上世纪五十年代, 80年代初
        (?P<dec>[二三四五六七八九]十|[2-9]0)年代(?P<dpart>初期|末期|中期|初|末)?)
  | (?=(?:{year}|{rel_year}|{num}月|{num}{range}{num}月|{rel_month}|{quarter_plain}|(?:{zodiac}年)?{named}|前(?:{num}|两)个?月))
    (?:                                               # a year, or a year range
        (?:(?P<y0>{year})年?{range})?(?P<y>{year})年度?
      | (?<![提之以])(?P<ry>{rel_year})                # not 提前年底
    )?
    (?:
        (?:(?P<rm>{rel_month})                        # 上月
          | (?:(?P<m0>{num})月?{range})?(?P<m>{num})月份?)  # 4月, 1—2月, 1月至4月
        (?:
            (?P<d>{num})(?:[日号]|(?={range}{num}[日号]))  # 30日; 3月1-24日 (the first 日 left out)
            (?:{range}(?:(?P<m2>{num})月)?(?P<d2>{num})[日号])?   # …至5月2日
            (?P<tod>{time_of_day}{clock}?|{clock}|[ \t]?{hhmm})?   # 晚, 上午10时, 7点半, 15:14
            (?P<dsince>以来)?                         # 7月1日以来: from that day to now
          | (?P<mpart>上旬|中旬|下旬|初|底|末)          # 4月底
          | (?P<msince>以来)                          # 4月以来: from the 1st of the month to now
          | 第(?P<mweek>[一二三四五1-5])周               # 6月第二周: days 8-14
        )?
      | (?<=[年度])(?P<ysuf>底|初|末|中(?![考国央心小医华部级学秋]))  # 2025年底; not 2025年中考
      | (?<=[年度])(?P<since>以来)                      # 今年以来: from 1 January to now
      | (?<=年)(?P<same>同期)                          # 去年同期: the same period of that year
      | (?<=[年度])第(?P<yweek>[1-5]?\d|[一二三四五]?十?[一二三四五六七八九十])周(?![年岁期])  # 2023年第27周
      | (?<=[年度])全年                                # 2013年全年, 去年全年: that year, whole
      | (?<=[年度])(?P<season>{season})(?:学期)?        # 去年夏季, 今年秋季学期, 今年暑期
      | (?<![提之以此])[前首](?P<fn>{num}|两)个?月(?!内|以内|之内|后)   # 今年前5个月, 前4个月, 今年首两个月
      | {quarter}(?P<qpart>末|底|初)?(?P<psince>以来)?  # 三季度末; 上半年以来, 年初以来: from then to now
      | (?<![”"])(?:{zodiac}年)?(?P<named>{named})(?P<nhead>(?:{holiday_heads})?期间|{holiday_heads})?(?:首日|第[一二三四五六七八九十]{{1,2}}[周天日]|高峰期|前后)?(?![省约能点目奏俭制棍])  # 元旦, 去年春节黄金周, 春运首日, 龙年春节, 春运高峰期; not 青年节省
    )?
  | (?<![\d月第])(?P<sd>\d{{1,2}})(?:日|{day_hao})(?P<sdtod>{time_of_day}{clock}?|{clock})?(?!内|以内|之内|来|游)   # 30日, 15日零时01分; not 30日内
  | (?P<rd>{rel_day})(?P<rdtod>{time_of_day}{clock}?|{clock})?   # 昨日, 昨日下午, 今天上午9时, 昨天9时
  | (?P<clock_only>{time_of_day}{clock})             # 上午10时, 下午4点半: a time of day alone
  | (?<![\d.第:：])(?P<bare_clock>{bare_clock})      # 9时, 5点半: a clock time without a word before it
  | (?<![\d.第提])(?P<ago>{ago})                      # 三年前, 20多年前
  | (?<![\d])(?P<deictic>{deictic})                    # 这两天, 过去几周, 50年来
  | (?P<holiday>(?:{holiday_names})+{holiday_heads}(?:期间)?)    # 国庆中秋假期, 端午小长假期间
  | (?<=[“"])(?P<eleven>十一|五一)(?=[”"])   # “十一”黄金周, “五一”前: quoted, the holiday (a bare 十一 is eleven)
  | (?P<lunar>{lunar})                                 # 大年初二至初四, 正月十五, 初三、初四
  | (?<![\d月年度周孕])第(?P<week>[1-5]?\d|[一二三四五]?十?[一二三四五六七八九十])周(?![年岁期内])   # 第27周 (of the year)
  | (?P<wk>{rel_week})(?P<wd>末|[一二三四五六日天](?![场个次名家项年月]))?   # 本周, 本周末, 下周一; not 本周三场
  | (?<![节假生每个如])(?P<word>{other})            # 目前, 近年来, 今春; not 节日前, 如今春天
)
"""


def _holiday_names() -> set[str]:
    """Named days and their short forms (国庆节 -> 国庆) that may open a holiday break."""
    names = set()
    for name in named_days():
        names.add(name)
        if name.endswith("节") and len(name) >= 3:
            names.add(name[:-1])
    return names


def _alternation(words) -> str:
    """Regex alternation of literal words, longest first so 上个月 beats 上月."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


#: What may stand right before a named day written short (国庆 of 国庆节): no character of a
#: word, or one that takes a date (今年国庆, 至国庆, 迎国庆); 刘国庆 is a person.
_SHORT_DAY_AFTER = r"(?:(?<![\u4e00-\u9fff])|(?<=[年在至到的从自迎度过]))"
#: What may not follow it: a head or another holiday's short name (国庆中秋长假, 中秋国庆假期 and
#: 国庆假期 are read whole as holiday breaks; 国庆假日旅游市场 names a report's market, no day).
_SHORT_DAY_BEFORE = "(?![假长黄小期节日]|{shorts})"


def _named_alternation(names) -> str:
    """:func:`_alternation` of the named days, a short form (国庆 beside 国庆节) guarded by
    :data:`_SHORT_DAY_AFTER` and :data:`_SHORT_DAY_BEFORE`."""
    full = set(names)
    short = {n for n in full if n + "节" in full}
    before = _SHORT_DAY_BEFORE.format(shorts="|".join(map(re.escape, sorted(short))))
    return "(?:" + "|".join(_SHORT_DAY_AFTER + re.escape(n) + before if n in short else re.escape(n)
                            for n in sorted(full, key=len, reverse=True)) + ")"


@functools.lru_cache(maxsize=None)
def _pattern() -> re.Pattern[str]:
    """The one date regex, built from the word lists on first use (values: pipeline.entities.date_values)."""
    words = date_words()
    by_kind = lambda *kinds: _alternation(w for w, (k, _, _) in words.items() if k in kinds)  # noqa: E731
    return re.compile(
        _TEMPLATE.format(
            year=_YEAR,
            num=_NUM,
            range=_RANGE,
            time_of_day=_TIME_OF_DAY,
            clock=_CLOCK,
            hhmm=_HHMM,
            day_hao=_DAY_HAO,
            bare_clock=_BARE_CLOCK,
            ago=_AGO,
            deictic=_DEICTIC,
            holiday_names=_alternation(_holiday_names()),
            holiday_heads=_HOLIDAY_HEADS,
            lunar=_LUNAR.format(day=_LUNAR_DAY, range=_RANGE),
            quarter=_QUARTER,
            quarter_plain=re.sub(r"\(\?P<\w+>", "(?:", _QUARTER),
            named=_named_alternation(named_days()),
            zodiac="[鼠牛虎兔龙蛇马羊猴鸡狗猪]",  # 龙年春节: the year of the lunar zodiac the festival opens
            rel_year=by_kind("year"),
            rel_month=by_kind("month"),
            rel_day=by_kind("day"),
            rel_week=by_kind("week"),
            season=_alternation(SEASONS),
            other=by_kind("now", "vague", "anaphoric"),
        ),
        re.VERBOSE,
    )


@functools.lru_cache(maxsize=None)
def _duration_cues() -> tuple[str, ...]:
    return load_lines("date_duration_cues.txt")


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
    months = [numeral_value(g[k]) for k in ("m0", "m", "m2") if g[k]]
    days = [numeral_value(g[k]) for k in ("d", "d2", "sd") if g[k]]
    return all(1 <= m <= 12 for m in months) and all(1 <= d <= 31 for d in days)


def _is_optional(g: dict) -> bool:
    """Optional: bare years, vague adverb-like words, names that contain a quoted program."""
    if g["bare"] or (g["plan"] and g["plan"][0] in "“\""):
        return True
    word = g["word"] or g["rd"]
    return bool(word) and date_words()[word][2]


def find_dates(text: str, pub_date: datetime.date | None = None, folded: str | None = None) -> list[DateMatch]:
    """Every DATE span of ``text`` (offsets into it), normalized against ``pub_date``.

    Works on raw or analysis text alike: full-width digits are folded inside,
    and folding keeps the length, so offsets are the caller's. ``folded``:
    ``fold_width(text)`` when the caller has it (saves a scan of the text).
    """
    if folded is None:
        folded = fold_width(text)
    found: list[DateMatch] = []
    # the same non-empty matches as finditer, but the engine skips in C to the characters
    # that can open a date and tries the grammar only where the next one fits too
    for start, end, match in scanner(_pattern()).finditer(folded):
        if "\n" in folded[start:end]:
            continue
        g = match.groupdict()
        if _is_duration(folded, start, end, g) or not _plausible(g):
            continue
        try:
            value, reason = resolve(g, pub_date)
        except ValueError:  # no such day: 13月, 2025年2月30日 are no dates at all
            if g["y"] or g["iso"]:
                continue
            value, reason = None, "no such day in the inferred month"  # 29日 after a short month
        found.append(DateMatch(start, end, text[start:end], value, reason, _is_optional(g)))
    return _join_ranges(text, folded, found)


#: Between the two ends of a period written as two dates (除夕至正月初六, 28日8时至今天9时).
_RANGE_JOIN = re.compile(r"\s?(?:至|到|—{1,2}|–|~|～)\s?")


@functools.lru_cache(maxsize=1)
def _clock_only() -> re.Pattern[str]:
    """A time of day alone (上午10时, 9时): hours are written as two dates (上午10时至下午4时)."""
    return re.compile(rf"{_TIME_OF_DAY}?(?:{_CLOCK}|{_BARE_CLOCK})", re.VERBOSE)


def _joined(folded: str, first: DateMatch, second: DateMatch) -> bool:
    """True when ``first`` and ``second`` are the two ends of one period: only a range word
    between them, neither optional nor an hour alone, and no 从/由/自 opening the first (从X到Y
    is read by the claims as a start and an end)."""
    if first.optional or second.optional or not first.end < second.start:
        return False
    if not _RANGE_JOIN.fullmatch(folded, first.end, second.start):
        return False
    if first.start > 0 and folded[first.start - 1] in "从由自":
        return False
    return not any(_clock_only().fullmatch(folded, x.start, x.end) for x in (first, second))


def _join_ranges(text: str, folded: str, found: list[DateMatch]) -> list[DateMatch]:
    """Two dates joined by 至/到/— are one period as written (除夕至正月初六, 28日8时至今天9时); its
    value runs from the first's start to the second's end when both name days, else it is left
    out. Hours alone stay two dates (上午10时至下午4时), as annotators write them."""
    out: list[DateMatch] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and _joined(folded, prev, d):
            ends = (prev.value or "").split("/")[0], (d.value or "").split("/")[-1]
            days = all(len(v) == 10 for v in ends) and ends[0] <= ends[1]
            out[-1] = DateMatch(prev.start, d.end, text[prev.start:d.end], "/".join(ends) if days else None,
                                None if days else "a period between two dates, not both days")
            continue
        out.append(d)
    return out


def normalize_date(text: str, pub_date: datetime.date | None = None) -> tuple[str | None, str | None]:
    """(value, reason) for one date expression given alone, e.g. ``"去年11月"``."""
    folded = fold_width(text.strip())
    match = _pattern().fullmatch(folded)
    if match is None or not folded:
        return None, f"not a date expression: {text!r}"
    if not _plausible(match.groupdict()):
        return None, f"not a calendar date: {text!r}"
    try:
        return resolve(match.groupdict(), pub_date)
    except ValueError:
        return None, f"not a calendar date: {text!r}"
