"""A figure's neighbours in its clause: the figures around it that change what it measures.

Split from :mod:`pipeline.claims.sentence` (one sentence's figures left to right): a
range's two ends count one thing (10~12级大风), a figure glossed in parentheses restates
the one before (风力12级(33米/秒)), a count before a figure-with-的 counts the noun after
that 的 (1个直径约4公分的操作孔), a share right after 的 is of the whole phrase before it
(完成全年1100万人目标任务的27%); an amount converted in brackets restates the one before it
(折合86亿美元); a place that is all of a figure's prefix (、保定市350毫米) is whose the figure is, the
list's header (降雨较大市：) what it measures. GUIDELINES: Claims.
"""

from __future__ import annotations

import re

from pipeline.claims import metric_after, rules

#: What joins the two ends of a range (10~12级, 3至5年): the figure finder's range marks.
_RANGE_MARK = re.compile(r"\s?(?:至|到|~|-|—|–|－|～)\s?")
#: Marks that list figures (500万青年人口、34.7岁的平均年龄): each figure has its own noun.
_LIST_MARKS = "、和与及或"


def _at(figures: list, start: int):
    return next((f for f in figures if f.start == start), None)


def range_high(text: str, figures: list, fig, next_fig: int, c_end: int):
    """The high end of a range whose low end is ``fig`` (10~12级, 3000张至4000张), else None."""
    if next_fig >= c_end or not _RANGE_MARK.fullmatch(text, fig.end, next_fig):
        return None
    return _at(figures, next_fig)


def rank_at(figures: list, start: int) -> bool:
    """True when the figure at ``start`` is a rank (位列第二: its cue, not a metric, stands before it)."""
    found = _at(figures, start)
    return found is not None and found.kind == "rank"


def modifies_after(text: str, fig, c_end: int) -> bool:
    """True when 的 follows the figure (and its unit): figure and noun before it modify a noun."""
    return text.startswith("的", rules.skip_after(text, fig.end, c_end, fig.unit, fig.text))


def glosses(text: str, before, fig) -> bool:
    """风力12级(33米/秒): a figure opening a parenthesis right after another restates it."""
    return text[before.end:fig.start].strip() in {"(", "（"}


#: A conversion opening a parenthesis (571亿元人民币（折合81.2亿美元）): the amount before it again.
_CONVERTED = re.compile(r"[(（]\s*(?:约合|折合|合|约折)(?:人民币|美元|欧元|港元|港币|澳门元|日元|英镑|卢布)?(?:约|近|超过|超|逾)?\s*$")


def converted(text: str, earlier: list, fig) -> int | None:
    """571亿元人民币，同比增长23.8%（折合81.2亿美元，…）: the index in ``earlier`` (the
    sentence's figures before ``fig``) of the amount a converted one restates: the last
    one of its kind (money in money), which need not be the figure right before it."""
    if not _CONVERTED.search(text, max(0, fig.start - 12), fig.start):
        return None
    return next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].kind == fig.kind), None)


#: Between an age and a share: the group the age bounds, then 占 (40岁以下占43%, 60岁以上老人占87%).
_AGE_GROUP_SHARE = re.compile(r"(?:及?以下|及?以上)的?[\u4e00-\u9fff]{0,6}?(?=占(?:约|近|超过|逾)?$)")


def age_group_share(text: str, before, fig) -> tuple[int, int] | None:
    """面上项目负责人40岁以下占43.14%: a share whose group an age bounds measures that group,
    age and all (40岁以下, 60岁以上老人); the span, else None."""
    if fig.kind != "percent" or before is None or before.unit != "岁":
        return None
    m = _AGE_GROUP_SHARE.match(text, before.end, fig.start)
    return (before.start, m.end()) if m else None


def share_of_phrase(text: str, fig_spans: list, fig, c_start: int, skip: list) -> bool:
    """True for a percent right after 的 whose clause holds a figure before it: the share
    is of the phrase that figure sits in (完成全年1100万人目标任务的27%); not after a time
    (从1996年的39%下降到2020年的37%: the level of a year)."""
    return (fig.kind == "percent" and text[fig.start - 1:fig.start] == "的"
            and not any(e == fig.start - 1 for _, e in skip)
            and any(c_start <= s < fig.start - 1 for s, _ in fig_spans))


def modifier_figure(text: str, figures: list, fig, after_pos: int, next_fig: int, c_end: int):
    """1个直径约4公分的操作孔: a count followed, in its clause, by a figure and 的 counts the
    noun after that 的; the span of that noun, else None."""
    if fig.kind != "count" or next_fig >= c_end or not 0 < next_fig - after_pos <= 6:
        return None
    if any(mark in text[after_pos:next_fig] for mark in _LIST_MARKS):
        return None
    nxt = _at(figures, next_fig)
    if nxt is None:
        return None
    starts = [f.start for f in figures if not f.optional]
    high = range_high(text, figures, nxt, min([s for s in starts if s > next_fig] + [c_end]), c_end)
    nxt = high or nxt  # 90条流域面积300至1000平方公里的河流: the range modifies as one
    de = rules.skip_after(text, nxt.end, c_end, nxt.unit, nxt.text)
    if not text.startswith("的", de):
        return None
    later = min([s for s in starts if s > nxt.start] + [c_end])
    return metric_after.after_phrase(text, de + 1, min(c_end, later), True, counted=True)


def glossed_optional(text: str, figures: list, fig):
    """近中心最大风力仍有17级（60米/秒）: the figure a gloss restates when that figure is
    optional (no claim of its own to lean on); None otherwise."""
    if text[fig.start - 1:fig.start] not in {"(", "（"}:
        return None
    return next((f for f in figures if f.optional and f.end == fig.start - 1), None)


#: Names that measure nothing: one that is all of a figure's prefix is whose figure follows.
_HOLDERS = frozenset({"GPE", "LOC", "WORK", "PERSON"})
#: Marks that close a name before its figure (《某片》9790万元, “某队”3金).
_CLOSERS = "》”\"’」)）"


def place_prefix(text: str, mentions: list, p_start: int, fig_start: int):
    """The name that is all of a figure's prefix (保定市 of 、保定市350毫米; 《某片》 of 、《某片》8482万元),
    else None: a place, a work or a person measures nothing, it is whose figure follows."""
    a, b = p_start, fig_start
    while a < b and text[a] in rules.EDGE_JUNK:
        a += 1
    while b > a and text[b - 1] in _CLOSERS:
        b -= 1
    return next((m for m in mentions if (m.start, m.end) == (a, b) and m.label in _HOLDERS and m.name), None)


def list_header(text: str, s_start: int, fig_start: int, fig_spans: list, skip: list) -> tuple[int, int] | None:
    """The words before the colon that opens a list holding the figure (降雨较大市：保定市350毫米、…),
    when that header holds no figure of its own; else None."""
    colon = max(text.rfind("：", s_start, fig_start), text.rfind(":", s_start, fig_start))
    if colon < 0:
        return None
    h_start = rules.clause_start(text, colon, s_start)
    if any(h_start <= s < colon for s, _ in fig_spans):
        return None
    return rules.trim_prefix(text, h_start, colon, skip)


#: An average over years before a change (两年平均增长, 年均增长): how the change is counted.
_AVERAGED = re.compile(r"(?:[两三四五六七八九十0-9]+年)?(平均|年均)(?=增长|下降|提高|增速|降低|上涨)")


def averaging(text: str, start: int, end: int) -> set[tuple[int, int]]:
    """Spans of ``text[start:end]`` that say how a change was averaged (两年平均, 平均 of 两年平均增长4.5%):
    no metric of their own, the figure's is the one before."""
    return {span for m in _AVERAGED.finditer(text, start, end) for span in (m.span(), m.span(1))}

