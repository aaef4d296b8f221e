"""The change a claim asserts: which way its figure moved (GUIDELINES: Claims, ``change``).

Three readings, each a pure function over the analysis text: a change cue
before the figure (增长, 下降, 提升至; longest cue wins; a "none" cue such as
由 or 高于 cancels), a pace or level after a base in time (比去年同期快2.1个百分点),
and a rate word naming the figure after it (5%的增幅). The cues are data:
``models/figure_change_cues.tsv`` (shared with the figure finder) and
``models/claim_change_cues.tsv``.
"""

from __future__ import annotations

import functools
import re

from pipeline.text.resources import load_table


@functools.lru_cache(maxsize=1)
def _change_cues() -> tuple[re.Pattern[str], dict[str, str]]:
    """Change cues of the figure finder, with the claims' own verbs and cue-bearing nouns on top."""
    cues = {r["cue"]: r["direction"] for r in load_table("figure_change_cues.tsv") if r["direction"] != "base"}
    cues.update({r["cue"]: r["direction"] for r in load_table("claim_change_cues.tsv")})
    alt = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(alt), cues


def change_in(text: str, start: int, end: int) -> tuple[bool, str | None]:
    """(whether a cue was seen, the direction of the last one) in ``text[start:end]``.

    Longest cues win, so 减税 (a noun) hides 减 and 增加值 hides 增加;
    a "none" cue (由, 高于) cancels the change before it; a "noun:<direction>" cue (降息)
    says nothing unless the figure follows it right away (降息25个基点: a cut).
    """
    pattern, cues = _change_cues()
    seen, direction = False, None
    for m in pattern.finditer(text, start, end):
        kind = cues[m.group()]
        if kind.startswith("noun:") and not text[m.end():end].strip(" 了"):
            seen, direction = True, kind[len("noun:"):]  # 降息25个基点: the noun sizes its figure
            continue
        if kind.startswith("noun"):
            continue
        seen = True
        direction = None if kind == "none" else kind
    return seen, direction


#: 比去年同期快2.1个百分点 / 比成立前高出三成: a pace or level word after a base in time says
#: which way the figure moved; after a group (快于城镇居民, 比不参加的人群高出) it only compares.
_PACE = re.compile(r"""(?:比|较)(?P<base>[^,;:。\n]{1,10}?)
                       (?:(?P<up>快|高出|多出|高|多)|(?P<down>慢|低|少))(?!于)""", re.VERBOSE)
_TIME_BASE = re.compile(r"[年月季周届]|同期|[以之]?前$")


#: A rate word naming the figure after it (保持20%的增长速度, 5%的增幅, 20%左右的快速增长): a rise or fall.
_RATE_NAMED_AFTER = re.compile(r"(?:左右|以上)?的?年?(?:(?P<up>增长速度|增长速率|增长率|增速|增幅|涨幅|(?:快速|较快|高速|稳定|平稳)?\s*增长)"
                               r"|(?P<down>下降幅度|下降速率|下降速度|降幅|跌幅|减幅))")


def rate_named_after(text: str, fig_end: int) -> str | None:
    """increase / decrease when the words right after a percentage name it a growth or fall rate."""
    m = _RATE_NAMED_AFTER.match(text, fig_end)
    return None if m is None else "increase" if m.group("up") else "decrease"


#: A clause after a level that says which way it moved, with no figure of its own
#: (失业率为4.9%，同比略有下降 / 登记失业率为3.82%，降至多年来低位): the level is where it moved to;
#: its bases in time, one or two (环比、同比均有所上升).
_BASE = r"(?:同比|环比|较上年同期|较上年|比上年同期|比上年|较去年同期|较去年|比去年|按年|按月)"
_LEVEL_MOVED = re.compile(r"""[,，]\s*(?:""" + _BASE + r"(?:[、和与]" + _BASE + r""")?)?
    (?:均|也|亦|则|已)?(?:略有|有所|小幅|明显|大幅|继续|持续)?
    (?:(?P<up>上升|增长|提高|回升|上涨|增加)(?=[,，;；。]|$)|(?P<up_to>升至|上升至|回升至)(?![0-9零一二三四五六七八九十两百千万])
      |(?P<down>下降|减少|降低|回落|下跌|下滑)(?=[,，;；。]|$)|(?P<down_to>降至|下降至|回落至)(?![0-9零一二三四五六七八九十两百千万]))""",
                          re.VERBOSE)


def level_moved(text: str, after_pos: int) -> str | None:
    """increase / decrease when the clause right after a level (``after_pos``: past its unit)
    states, without a figure, which way it moved; else None."""
    m = _LEVEL_MOVED.match(text, after_pos)
    if m is None:
        return None
    return "increase" if m.group("up") or m.group("up_to") else "decrease"


def pace_change(text: str, start: int, end: int) -> str | None:
    """increase / decrease for 比<time>快|高出, 比<time>慢|低 (同比低46.9%) in ``text[start:end]``, else None."""
    found = None
    for m in _PACE.finditer(text, start, end):
        if _TIME_BASE.search(m.group("base")):
            found = "increase" if m.group("up") else "decrease"
    for m in _BASED_PACE.finditer(text, start, end):
        found = "increase" if m.group("up") else "decrease"
    return found


#: 同比低46.9%, 环比高出2个百分点: a level against its own past, the base a word of its own.
_BASED_PACE = re.compile(r"(?:同比|环比)(?:(?P<up>高出|多出|高|多)|(?P<down>低|少))(?!于)\s*$")


def moved_to(text: str, start: int, end: int) -> str | None:
    """The direction of a move to the figure (跃升至2024年的第12位, 降至第5位) in ``text[start:end]``,
    else None: a rank or a count picked by its rate states no change of its own."""
    m = _MOVED_TO.search(text, start, end)
    return change_in(text, m.start(), m.end())[1] if m else change_in(text, max(start, end - 3), end)[1]  # 前移3位


#: A verb of change and the 至/到 of where it moved to (跃升至, 下降到), then at most a time before the figure.
_MOVED_TO = re.compile(r"(?:上升|下降|提升|提高|跃升|升|降|回升|下滑|前移|后移)(?:至|到)[^，,。；;]{0,8}$")


def rate_in_modifier(text: str, start: int, end: int) -> bool:
    """True when the clause's last change cue is a rate noun inside a 的 phrase before the figure
    (增幅在100%以上的运输机场有6个): it says which airports are counted, not that the count grew."""
    last = None
    for m in _RATE_NOUNS.finditer(text, start, end):
        last = m
    of = text.find("的", last.end(), end) if last is not None else -1
    return of >= 0 and not change_in(text, of, end)[0]


#: Nouns naming a rate of change (增幅在…以上的): a modifier's words, not a verb of the clause.
_RATE_NOUNS = re.compile("增幅|增速|降幅|涨幅|跌幅|减幅")


def base_between(text: str, start: int, end: int) -> str | None:
    """The comparison base (同比, 环比) written in ``text[start:end]``, or None."""
    return next((base for base in ("同比", "环比") if base in text[start:end]), None)
