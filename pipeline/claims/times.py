"""The time of a claim: the period its figure covers, as the page writes it.

The DATE finder marks calendar words (2025年底, 6月份, 上半年, 前三季度);
a figure's period is often written around them or without them
(GUIDELINES: Claims; issue #14):

- a DATE with a period word after it: 春节 + 假期, 一季度 + 末, 今年春节 + 档
  (``models/claim_time_suffixes.txt``); the span grows, the value stays the
  DATE's (末/底 of a range: its last month, 初: its first; 以来: from its
  start to the publication date);
- a period named by an event or a season: 糖酒会期间, 第十届文博会期间,
  假日期间 (``models/claim_period_heads.txt``: the words before the head,
  back to the clause start or a locative 在/于);
- clause time words the DATE finder leaves out: 此前, 届时, 至今, 前一阶段,
  开馆首日, 三年来, graduating cohorts 2026届 (``models/claim_time_words.txt``);
- pieces of one time written against each other: 今天(29日)8时50分;
- the period stated earlier in the article's body, in a paragraph that states
  none of its own (a wire story names 2023年上半年 once and reports in it).

:func:`sentence_times` gathers a sentence's times; :func:`period` is the one it
states for what follows, and only a time that frames its sentence is
(:mod:`pipeline.claims.frames`: 王志刚表示，过去五年，…; not 增长近一倍，2019年达到…);
days named by pointing back (当日, 闭幕日) are read in :mod:`pipeline.claims.day_refs`;
comparison bases (较上年),
reporting dates (3月12日，记者从…获悉), dates of a telling (:func:`telling`:
今天，某某…指出，…) and a record's window (2015年以来同期最好) are no period.

Values resolve only where the page's words do: 全年 is the publication
year, 2026届 its year; an event period has no value. No time word, no time.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.claims import day_refs, rules
from pipeline.claims.frames import ATTACHED_GAP, frames
from pipeline.claims.time_bases import COMPARE, GAP_FIGURE, compared, share_of_base
from pipeline.claims.time_scopes import report_title
from pipeline.text.regex_guard import guarded
from pipeline.text.resources import load_lines

#: Longest event or season name before 期间 (第114届全国糖酒商品交易会期间 is 16).
_MAX_PERIOD_NAME = 20
#: A locative before a period name (在春节期间, 于展会期间): the name starts after it.
_LOCATIVE = "在于"
#: A figure or a mark inside the words before 期间: a clause, not a period's name.
_NOT_NAME = re.compile(r"[\d%％,，;；:：。、]")
#: 第114届 / 第十届: an event's ordinal is part of its name.
_ORDINAL = re.compile(r"第(?:\d{1,4}|[一二三四五六七八九十百]{1,4})[届次期]")
#: A whole-year word resolved against the publication year.
_WHOLE_YEAR = frozenset({"全年", "今年全年", "全年度"})
_COHORT_YEAR = re.compile(r"((?:19|20)\d{2}|[一二][九〇零][〇零一二三四五六七八九]{2})届")
_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


@dataclass(frozen=True, slots=True)
class TimeWord:
    """A time span of a clause that is not a DATE entity as found: raw text and value (or None)."""

    start: int
    end: int
    text: str
    value: str | None = None


@functools.lru_cache(maxsize=1)
def _suffix() -> re.Pattern[str]:
    return guarded(re.compile("|".join(f"(?:{r})" for r in load_lines("claim_time_suffixes.txt"))))


@functools.lru_cache(maxsize=1)
def _period_head() -> re.Pattern[str]:
    return guarded(re.compile("|".join(f"(?:{r})" for r in load_lines("claim_period_heads.txt"))))


def period_after_date(text: str, at: int) -> bool:
    """True when a period word a date takes opens at ``at`` (暑期档 of 2022年暑期档, 假期 of 春节假期)."""
    return _suffix().match(text, at) is not None


def extend_date(text: str, date, limit: int):
    """The DATE with the period word written right after it (春节 -> 春节假期), else the DATE."""
    m = _suffix().match(text, date.end, limit)
    if not m:
        return date
    value = getattr(date, "value", None)
    word = m.group()
    if value and "/" in value and word in ("末", "底"):
        value = value.split("/")[1][:7]  # 一季度末: the quarter's last month
    elif value and "/" in value and word == "初":
        value = value.split("/")[0][:7]
    elif value and word == "以来":
        value = value.split("/")[0] + "/"  # since its start: the end is the publication date (resolve)
    return TimeWord(date.start, m.end(), text[date.start:m.end()], value)


def event_periods(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of periods named by an event or season in ``text[start:end]`` (糖酒会期间)."""
    spans = []
    for m in _period_head().finditer(text, start, end):
        lo = rules.clause_start(text, m.start(), start)
        cut = max(text.rfind(ch, lo, m.start()) for ch in _LOCATIVE)
        lo = cut + 1 if cut >= 0 else lo
        name = text[lo:m.start()].strip()
        if not name or len(name) > _MAX_PERIOD_NAME or _NOT_NAME.search(_ORDINAL.sub("", name)):
            continue
        while lo < m.start() and text[lo].isspace():
            lo += 1
        spans.append((lo, m.end()))
    return spans


def resolve(text: str, value: str | None, published: str | None) -> str | None:
    """A claim time's value: the DATE's, else what the words fix against the publication date
    (全年 -> its year; 2026届, 二〇二六届 -> 2026), else None."""
    if value is not None and value.endswith("/"):  # 二季度以来: from its start to the publication date
        return value + published if published and published >= value[:-1] else None
    if value is not None:
        return value
    m = _COHORT_YEAR.fullmatch(text.strip())
    if m:
        return m.group(1).translate(_DIGITS)
    if text.strip() in _WHOLE_YEAR and published:
        return published[:4]
    return None


#: A noun after a time word that makes the time its modifier (全年目标任务, 年度指标; not 今年计划招聘,
#: where 计划 is a verb): the
#: figure measures progress toward it, the period it covers is another.
_MODIFIED = re.compile(r"(?:[0-9.０-９]+[万亿千百]*[^0-9,，;；:：。\s]{0,4}?(?:[(（][^()（）]{1,3}[)）])?)?"
                       r"(?:的)?(?:目标|任务|指标)")


#: A name in quotes or title marks that a time opens (“2010年浙江省…招聘大会”, 《2023年政府工作报告》):
#: the opening mark right before the time, name words after it up to the closing mark; a figure
#: in them makes a quoted statement (“2025年全省快递累计业务量突破100亿件”), whose time it is.
_NAME_QUOTES = ("“", "《", '"')
_NAME_OPENED = re.compile(r"[^“”\"《》\n,，。;；\d０-９]{2,30}[”》\"]")
#: A quoted name right after a time: the time is part of the name (举办2026年“春风行动”招聘会).
_NAMED_AFTER = re.compile(r"[“\"][^“”\"\n]{1,15}[”\"]")
#: A superlative or a first after a span reaching now, its measure between or not (2015年以来同期最好位次,
#: 50年来最强台风, 多年来首次下降, 开赛以来产金最多): the span is the window a record is set in, not
#: the period of any figure.
_RECORD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:同期|历史)?(?:最[高低好大小多少快慢强弱佳差长短优]|首次|首度|新高|新低)")


#: A count and its classifier written right before a time: the time opens the counted noun
#: (12个春运重点城市, 3家2024年新开门店), it does not date the count.
_COUNTED_BEFORE = re.compile(r"(?:\d|[一二三四五六七八九十两百千万])(?:个|家|所|座|项|条|支|处|批|类|种)$")


#: Stretches of no stated length (多年来, 近年来, 历年来, 长期以来).
_VAGUE_STRETCH = ("多年", "近年", "近些年", "近几年", "历年", "长期", "这些年", "几年", "数年")


def modifies(text: str, time) -> bool:
    """True when ``time`` only qualifies the noun after it (完成全年目标任务的92%: 全年), a
    target's figure between them or not (超额完成全年5万套(间)的目标任务), opens a quoted
    name or stands first in one (2026年“春风行动”, “2010年…招聘大会”: an edition, not the
    period of the figures), opens a counted noun (12个春运重点城市), or is the window of a
    record (2015年以来同期最好: the figures' period is stated elsewhere)."""
    if time.text.endswith("来") and _RECORD_AFTER.match(text, time.end):
        return True  # 2015年以来同期最好位次: a record's window
    if time.text.startswith(_VAGUE_STRETCH) and text.startswith("的", time.end):
        return True  # 保持多年来的增长态势: a trend's stretch (今年以来的8起命案 is the figures' period)
    if _COUNTED_BEFORE.search(text, max(0, time.start - 8), time.start):
        return True  # 12个春运重点城市: the time names what is counted
    if (_NAME_OPENED.match(text, time.end) and text[time.start - 1:time.start] in _NAME_QUOTES
            and not report_title(text, time.start)):
        return True  # “2010年浙江省大中专毕业生就业招聘大会”: the edition in a name (a report's year is its period)
    return bool(_MODIFIED.match(text, time.end) or _NAMED_AFTER.match(text, time.end))


def restates_year(time, earlier: list) -> bool:
    """True for a bare year word (今年, 当年) after a time of the sentence that names a period
    inside a year without naming the year (截至8月底，全市今年…): it restates that period's
    year. After another year (去年…，今年…) it is a time of its own. 全年 after a year of the
    sentence (2013年，两大机场全年旅客吞吐量…) restates that year, and so does 当年 (that year)."""
    before = [t for t in earlier if t.end <= time.start]
    if time.text in _WHOLE_YEAR or time.text == "当年":  # 2013年是…，当年的产量…: that year
        return any(names_year(t) for t in before)
    return time.text in _BARE_YEAR and any("年" not in t.text for t in before)


def whole_year_of(time, carried):
    """``time``, or the year the sentence before named when ``time`` is 全年 (2021年…。全年共检查…)."""
    restated = carried is not None and time is not None and time.text in _WHOLE_YEAR and names_year(carried)
    return carried if restated else time


#: A time naming a whole year (2019年, 今年, 2025年度): 全年 after it restates it.
_YEAR_NAMED = re.compile(r"(?:(?:19|20)\d{2}|[今去明本当上前])年度?")


def names_year(time) -> bool:
    """True for a time that names a whole year (2019年, 去年, 2025年度)."""
    return bool(_YEAR_NAMED.fullmatch(time.text.strip()))


def cohort(figure_text: str) -> bool:
    """True for a graduating class written as its year (2026届): a time, not a quantity."""
    return bool(_COHORT_YEAR.fullmatch(figure_text.strip()))


def sentence_times(text: str, start: int, end: int, dates: list, sources: list) -> tuple[list, list]:
    """(the sentence's DATE entities with their period words, its times by start): those dates
    (春节假期, 一季度末: :func:`~pipeline.claims.times.extend_date`) plus the clause time words
    and event periods (此前, 糖酒会期间) that overlap no date and sit in no source."""
    dates = _joined_ranges(text, _glued(text, [e for e in (extend_date(text, d, end) for d in dates
                                              if start <= d.start < end and not modifies(text, d)
                                              and d.text not in _ANAPHORIC) if not modifies(text, e)]))
    sources = [(a, b) for a, b in sources if start <= a < end]
    words = sorted(w for w in set(rules.time_words(text, start, end)) | set(event_periods(text, start, end))
                   if not modifies(text, TimeWord(*w, text[w[0]:w[1]])))
    # a period phrase around a DATE is the time as written (“十一”黄金周期间 around 十一): the longer span
    dates = [next((TimeWord(a, b, text[a:b], getattr(d, "value", None)) for a, b in words
                   if a <= d.start and d.end <= b and b - a > d.end - d.start), d) for d in dates]
    taken = [(d.start, d.end) for d in dates]
    kept: list = []
    for a, b in words:
        if any(x < b and a < y for x, y in taken) or any(x <= a < y for x, y in sources):
            continue
        if kept and kept[-1].end > a:  # 假日期间 inside 国庆假日期间: the longer one
            if b - a <= kept[-1].end - kept[-1].start:
                continue
            kept.pop()
        kept.append(TimeWord(a, b, text[a:b]))
    times = sorted(dates + kept, key=lambda d: d.start)
    # 国庆期间（10月1日-7日）: a date glossing the time word before it is no time of its own
    glosses = [t for t in times if text[t.start - 1:t.start] in ("(", "（") and text[t.end:t.end + 1] in (")", "）")
               and any(o.end == t.start - 1 for o in times)]
    return [d for d in dates if d not in glosses], [t for t in times if t not in glosses]


#: Between two pieces of one time as written: nothing, or a bracket of a gloss (今天(29日)8时50分).
_GLUE = re.compile(r"[(（)）]?")


def _glued(text: str, dates: list) -> list:
    """Times written against each other are one time as written (今天(29日)8时50分: 今天, its
    date in brackets, the hour); its value is the most specific of the pieces' (the day)."""
    out: list = []
    for d in dates:
        prev = out[-1] if out else None
        if prev is not None and prev.end <= d.start and _GLUE.fullmatch(text, prev.end, d.start) \
                and (d.start > prev.end or not text[d.start - 1:d.start].isdigit()):
            end = d.end + (1 if prev.end < d.start and text[prev.end] in "(（" and text[d.end:d.end + 1] in ")）" else 0)
            if end > d.end and text.startswith("期间", end):  # 端午小长假（6月6日至9日）期间: the period word after the gloss
                end += 2
            values = [v for v in (getattr(prev, "value", None), getattr(d, "value", None)) if v]
            out[-1] = TimeWord(prev.start, end, text[prev.start:end], max(values, key=len) if values else None)
            continue
        out.append(d)
    return out


#: A time ending in its gloss in brackets (春节期间（1月21日-27日）, 3月1日（正月十一）).
_END_GLOSS = re.compile(r"[（(][^（()）]{1,20}[)）]$")


def unglossed(text: str, time):
    """A claim's time as named, without the gloss in brackets that ends it (春节期间（1月21日-27日）:
    春节期间; the real-article sets' annotators cut such a gloss in 8 articles of 10), the gloss's
    value kept; a day named by pointing (昨天（3月31日）) is the date its gloss writes; a gloss
    inside the time (今天(29日)8时50分) stays. Cut when a claim is written, not before: the
    sentence's reading goes on past the whole time (2023年第27周（6月26日~7月2日）监测重点城市…)."""
    m = _END_GLOSS.search(time.text)
    if m is None or m.start() < 2:
        return time
    value = getattr(time, "value", None)
    if time.text[:m.start()] in _REPORTING:
        if _REPORTED_AFTER.match(text, time.end):
            return time  # 笔者昨日（5日）从…获悉: when it was told, whatever the date
        start, end = time.start + m.start() + 1, time.start + m.end() - 1
        return TimeWord(start, end, text[start:end], value)
    end = time.start + m.start()
    return TimeWord(time.start, end, text[time.start:end], value)


#: What joins two times into one period (28日8时至今天9时, 去年到今年).
_RANGE_JOIN = re.compile(r"\s?(?:至|到|—|–|-|~|～)\s?")


def _joined_ranges(text: str, dates: list) -> list:
    """Two times joined by 至/到/— are one period, as written (28日8时至今天9时); its value is
    left unresolved (the ends may be of different kinds), never guessed."""
    out: list = []
    for d in dates:
        prev = out[-1] if out else None
        if prev is not None and prev.end < d.start and _RANGE_JOIN.fullmatch(text, prev.end, d.start) \
                and not text[prev.start - 1:prev.start] in ("从", "由", "自"):
            out[-1] = TimeWord(prev.start, d.end, text[prev.start:d.end], None)
            continue
        out.append(d)
    return out


#: A base's measure and 的 between a compared time and its level (比3月日均客流的3万人次).
_BASE_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,8}的")


def attached(text: str, times: list, fig_start: int):
    """The time written right before a figure (2015年的8.4万人, 去年同期为5.1%, 去年全年95万辆),
    comparison word or not: whatever base it is for the sentence, it is that figure's own period, and
    so is a compared time's with its measure between (比3月日均门诊量的3442人次). None
    when no time stands there; of two ending together, the longer (去年全年, not its 全年)."""
    before = [t for t in times if t.end <= fig_start]
    if not before:
        return None
    last = max(t.end for t in before)
    time = min((t for t in before if t.end == last), key=lambda t: t.start)
    if share_of_base(text, time):
        return None  # 为2019年同期的59.73%: a share of the base period's level, not a level in it
    gap = ATTACHED_GAP.match(text, time.end, fig_start)
    if gap and gap.end() == fig_start:
        return time
    if text[max(0, time.start - 2):time.start].endswith(COMPARE) and _BASE_LEVEL.fullmatch(text, time.end, fig_start):
        return time  # 比3月日均门诊量的3442人次: the base's level, in the base's period
    # 比去年全年95万辆: a level right after its time is that time's; a gap (快于去年同期3个百分点) is not
    return time if time.end == fig_start and not GAP_FIGURE.match(text, fig_start) else None


#: Time words that point back to the period already stated (占同期各项贷款的12.3%): no time
#: of their own, so the figure keeps the sentence's (三季度末).
_ANAPHORIC = frozenset({"同期", "同一时期", "同时期"})


#: A telling verb and the mark that opens what is told (…作报告时指出，/ 张莹说：); 据介绍 is a source.
_TELLING = re.compile(r"(?<!据)(?:表示|指出|介绍|透露|宣布|披露|通报|强调|说|称)[，,:：“]")


def telling(text: str, times: list, fig_starts: list[int], end: int) -> list:
    """The times that date a telling (今天（1月25日），某某在…会议上作报告时指出，全市法院新收案件…):
    a telling verb follows them before any figure does, so the figures told are of another
    period, the one stated elsewhere (the title's 去年, an earlier 上半年)."""
    told = []
    for time in times:
        limit = min((s for s in fig_starts if s >= time.end), default=end)
        if _TELLING.search(text, time.end, limit):
            told.append(time)
    return told


def period(text: str, s_start: int, dates: list, times: list, fig_starts: list[int] = ()):
    """The time a sentence states for what follows it (its first time that is no comparison
    base, a stated period before a reporting date), or None. Only a time that frames the
    sentence (:func:`~pipeline.claims.frames.frames`) is stated for what follows: 基础研究经费增长近一倍，2019年达到…
    dates one figure, the paragraph's 过去五年 goes on."""
    times = [d for d in times if not compared(text, s_start, dates, d) and frames(text, s_start, d, fig_starts, times)]
    return period_first(text, times) if times else None


#: Dates that say when a story was reported (记者昨日获悉, 近日…公布), not the period its
#: figures cover; another date of the sentence (2025年, 2026年度) wins over them.
_REPORTING = frozenset({"昨日", "昨天", "昨晚", "近日", "日前", "今天", "今日", "前天", "前日", "当天", "当日"})
#: A reporting date with its hour (今日上午9时, 昨天下午): still when the story was told.
_REPORTING_OPENERS = tuple(_REPORTING)


#: Words of telling or publishing after a date of reporting (昨日，记者从…获悉; 近日，某局发布…).
_TOLD_AFTER = re.compile(r"获悉|了解到|发布|公布|通报|表示|介绍|透露|宣布|召开|举行|记者|消息|报道|显示|指出|称|说")
#: How far after such a date its telling is looked for; a figure written first ends the search.
_TOLD_REACH = 40
_FIGURE_DIGIT = re.compile(r"\d")


def _reporting(text: str, time) -> bool:
    """True for a date of reporting (昨日, 今天上午) followed by a telling before any figure (记者今天
    获悉…, 近日，某局发布…); one glossed with its date in brackets (今天(29日)8时50分) dates an
    event the story tells, and so does one followed by what happened (射击队今天再夺四枚金牌,
    直到今天，产量首次突破1000万辆)."""
    if not time.text.startswith(_REPORTING_OPENERS) or any(ch in time.text for ch in "(（"):
        return False
    end = min(len(text), time.end + _TOLD_REACH)
    digit = _FIGURE_DIGIT.search(text, time.end, end)
    return bool(_TOLD_AFTER.search(text, time.end, digit.start() if digit else end))
#: A sentence opener that names a part of the whole the sentence before counted (其中，江苏…):
#: the part is counted in that whole's period, framed there or not.
PART = re.compile(r"\s*其中")
#: Sentence openers that leave the paragraph's period behind (plans, the present). 此外 (besides)
#: adds figures of the same period, so it is no shift (截至某日…。此外，老年人接种率为…).
SHIFT = re.compile(r"\s*(?:下一步|今后|未来|目前|现在|如今|当前|截至目前)")
#: What follows a date of reporting (3月12日，记者从省教育厅获悉 / 5日召开的发布会上).
_REPORTED_AFTER = re.compile(r"[,，\s]*(?:记者|从|据|获悉|召开|举行|举办的|发布|公布|通报|印发|出台)")


#: A time of day (上午6点55分, 9时30分, 凌晨) or a festival day (植树节): after a date it
#: refines or restates that day, the figure's period stays the date.
_FINER = re.compile(r"""(?:上午|下午|中午|晚上|晚间|凌晨|早上|早晨|清晨|傍晚|夜间|当晚)?
                        (?:[0-9一二三四五六七八九十零〇两]{1,3}[时点](?:[0-9一二三四五六七八九十零〇]{1,3}分?)?(?:许|左右)?)?
                        |[^\d]{1,6}节""", re.VERBOSE)
#: Year words that name no period finer than the year a sentence already dates (今年首轮, 全市今年).
_BARE_YEAR = frozenset({"今年", "本年", "当年", "年内"})


def period_last(text: str, times: list):
    """The time of a figure among the sentence's times before it: the latest one stated (自2020年
    以来…，目前已发掘…; 从5月8日起…，5月14日，再次投入…), reporting dates aside; a bare year
    word after a period inside a year only restates its year (截至8月底，全市今年已建成…: 8月底), and
    a day named by pointing back (当日, 最后一个比赛日) restates the date before it."""
    for time in reversed(times):
        if time is not times[0] and (restates_year(time, times) or _FINER.fullmatch(time.text)
                                     or day_refs.points_back(time) or _named_after(text, time, times)):
            continue  # 今年 / 上午6点55分 / 植树节 / 最后一个比赛日 / 昨天是…首日: that period restated
        if any(o is not time and o.start <= time.start and time.end <= o.end for o in times):
            continue  # 全年 inside 2025年全年: the longer time as written
        if not reported(text, time):
            return time
    return period_first(text, times)


#: A copula from a time to what names it, in one clause (昨天是某招聘会举办首日).
_COPULA = re.compile(r"\s*(?:是|为|系)[^,，;；:：。！？!?]*")


def _named_after(text: str, time, times: list) -> bool:
    """True for a time a copula says another time is (昨天是招聘会举办首日: 首日 names 昨天):
    one day under two names; the figure's time is the one the sentence is about, the first."""
    return any(t.end <= time.start and _COPULA.fullmatch(text, t.end, time.start) for t in times)


def reported(text: str, time) -> bool:
    """True for a date of reporting (记者昨日获悉, 3月12日，记者从…): when a story was told."""
    return _reporting(text, time) or bool(_REPORTED_AFTER.match(text, time.end))


def period_first(text: str, times: list):
    """The first of ``times`` that is not a reporting date, else the first."""
    return next((d for d in times if not reported(text, d)), times[0])
