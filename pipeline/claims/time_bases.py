"""Comparison bases: the periods a sentence compares its figures with, which are no claim's time.

Split from :mod:`pipeline.claims.times`. 较上年, 比去年同期, 与2020年相比 name a base; so
does a period a share or multiple is taken of (为2019年同期的59.73%, 是去年同期3倍多, 为去年
投资的1.3倍). The figure's time is the period stated elsewhere in its sentence or before it.
"""

from __future__ import annotations

import re

#: After 从 + a date: the start of the period the figure covers (从昨天开始, 从3月起), no base.
_SINCE = re.compile(r"(?:开始|起|以来)")
#: Words that make the next DATE a comparison base (较上年, 与2020年相比), not the figure's time.
COMPARE = ("较", "比", "与", "同", "由", "较之", "高于", "低于", "早于", "晚于", "多于", "少于", "快于", "慢于")
#: A figure that measures a gap or a rate (3个百分点, 12%, 1.5倍, 两成): after a base time, not its level.
GAP_FIGURE = re.compile(r"[0-9.０-９一二三四五六七八九十两几]+(?:个?百分点|%|％|倍|成)")
#: What stands between a base period and the share or multiple of it: its measure and 的 (投资的, 水平的).
_BASE_OF = re.compile(r"[\u4e00-\u9fff]{0,6}?的")
#: Copulas before a base period a share or multiple is of: 为, 是, 相当于, 恢复到.
_COPULAS = ("为", "是", "相当于", "恢复到", "恢复至", "达到")
#: What lists two comparison bases (比去年、前年同期): nothing, or a list mark or word.
_BASE_LIST = frozenset({"", "、", "和", "与", "及", "或"})


def share_of_base(text: str, date) -> bool:
    """为2019年同期的59.73%, 恢复到去年同期的1.5倍, 是去年同期3倍多 (a headline drops 的), 为去年
    投资的1.3倍: the period a share or multiple is taken of."""
    if text.endswith("同期", date.start, date.end):
        at = date.end + text.startswith("的", date.end)
        return GAP_FIGURE.match(text, at) is not None
    # 为去年投资的1.3倍, 相当于2019年水平的八成: any base period, its measure named, after a copula
    base = _BASE_OF.match(text, date.end)
    return base is not None and text[max(0, date.start - 3):date.start].endswith(_COPULAS) \
        and GAP_FIGURE.match(text, base.end()) is not None


def compared(text: str, s_start: int, dates: list, date) -> bool:
    """较上年, 比去年同期, 与2020年相比: a comparison base, not the time of the figure; so is a base
    period a share or multiple is of (为2019年同期的59.73%, 恢复到去年同期的1.5倍)."""
    if share_of_base(text, date):
        return True
    if text[max(s_start, date.start - 2):date.start].endswith(COMPARE):
        return not _SINCE.match(text, date.end)  # 从昨天开始: a period's start, not a base
    # 比去年同期: a date right after a compared date belongs to the same base, and so does one
    # listed after it (比2020年、2019年同期分别增长…: two bases)
    return any(d.end <= date.start and text[d.end:date.start] in _BASE_LIST and compared(text, s_start, dates, d)
               for d in dates)
