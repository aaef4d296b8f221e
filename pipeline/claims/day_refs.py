"""Days a story names by pointing back (当日, 当天, 闭幕日): which written date they mean.

A report dates its lead (某运动会27日在某市闭幕) and then says 当日 or 闭幕日
for the same day. Within the paragraph that says it, the word is the time
as written (GUIDELINES: the claim's time is the page's words). A later
paragraph that states no time of its own reports in the period handed on
to it (:mod:`pipeline.claims.find`); there the word would no longer point
anywhere, so the period handed on is the written day it refers to: the
last DATE with a day's value written before it in the body (27日), with
that date's own span and value. A day that names no date written before
(亚运次日 after a dateline only) is handed on as it is written: nothing is
guessed.

Words are data: ``models/claim_day_refs.txt``.
"""

from __future__ import annotations

import functools
import re

from pipeline.text.resources import load_lines

#: A value naming one calendar day (2019-10-27), not a month, a range or a year.
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.lru_cache(maxsize=1)
def _day_refs() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r})" for r in load_lines("claim_day_refs.txt")))


def points_back(time) -> bool:
    """True for a time that names its day by pointing back (当日, 当天, 闭幕日, 最后一个比赛日)."""
    return time is not None and bool(_day_refs().fullmatch(time.text.strip()))


def written_day(time, dates: list):
    """The DATE among ``dates`` (start-ordered, the body's) that ``time`` points back to: the last
    one with a single day's value ending before it; ``time`` itself when it points nowhere or
    no such date was written."""
    if not points_back(time):
        return time
    before = [d for d in dates if d.end <= time.start and _DAY_VALUE.fullmatch(getattr(d, "value", None) or "")]
    return before[-1] if before else time
