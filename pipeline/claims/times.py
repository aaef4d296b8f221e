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
- clause time words the DATE finder leaves out: 此前, 届时, graduating
  cohorts 2026届 (``models/claim_time_words.txt``);
- the period of the previous paragraph, in a paragraph that goes on with its
  figures (其中…, 报告显示…: ``models/claim_period_carry.txt``).

Values resolve only where the page's words do: 全年 is the publication
year, 2026届 its year; an event period has no value. No time word, no time.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.claims import rules
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


@functools.lru_cache(maxsize=1)
def _goes_on() -> re.Pattern[str]:
    return guarded(re.compile(r"\s*(?:" + "|".join(f"(?:{r})" for r in load_lines("claim_period_carry.txt")) + ")"))


def goes_on(text: str, start: int) -> bool:
    """True when the paragraph at ``start`` goes on with the previous one's figures (其中…,
    报告显示…: ``models/claim_period_carry.txt``), so the period stated there carries over."""
    return bool(_goes_on().match(text, start))


#: A noun after a time word that makes the time its modifier (全年目标任务, 年度指标; not 今年计划招聘,
#: where 计划 is a verb): the
#: figure measures progress toward it, the period it covers is another.
_MODIFIED = re.compile(r"(?:的)?(?:目标|任务|指标)")


def modifies(text: str, time) -> bool:
    """True when ``time`` only qualifies the noun after it (完成全年目标任务的92%: 全年)."""
    return bool(_MODIFIED.match(text, time.end))


def cohort(figure_text: str) -> bool:
    """True for a graduating class written as its year (2026届): a time, not a quantity."""
    return bool(_COHORT_YEAR.fullmatch(figure_text.strip()))
