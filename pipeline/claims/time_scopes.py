"""How far a stated time reaches: not out of a bracketed aside, and into a report's figures.

Split from :mod:`pipeline.claims.times`. A time written inside a bracketed aside
(新增学位9.2万个（今年使用学位3.2万个）) dates only the aside; a report cited by its title
(《2023年全国民用运输机场生产统计公报》显示…) states the year the title opens on for the
figures it shows, although a year inside a name is otherwise no time of its own.
"""

from __future__ import annotations

import re

from pipeline.entities.dates import DateMatch

#: A bracketed aside (…9.2万个（今年使用3.2万个），其中…): what it dates stays inside it.
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def outside_asides(text: str, times: list, pos: int) -> list:
    """``times`` less those inside a bracketed aside closed before ``pos``: an aside's time dates
    only the aside (新增学位9.2万个（今年使用学位3.2万个），其中幼儿园48所: not 今年)."""
    first = min((t.start for t in times), default=pos)
    if "(" not in text[first:pos] and "（" not in text[first:pos] and text[first - 1:first] not in ("(", "（"):
        return times  # most sentences hold no bracket: no search
    closed = [m.span() for m in _ASIDE.finditer(text, max(0, first - 1), pos)]
    return [t for t in times if not any(a < t.start and t.end < b <= pos for a, b in closed)]


#: A report or bulletin whose title opens on the year it covers (《2023年全国民用运输机场生产统计公报》).
_REPORT_YEAR = re.compile(r"((?:19|20)\d{2})年(?:度)?[^《》]{0,40}(?:公报|年报|报告|白皮书|年鉴|蓝皮书)$")


def report_title(text: str, start: int) -> bool:
    """Does a report's title (《2023年…统计公报》) open at ``start``?"""
    close = text.find("》", start, start + 50)
    return close > 0 and _REPORT_YEAR.match(text, start, close) is not None


def report_years(entities: list) -> list:
    """The years that open the titles of reports (WORK entities), as DATE spans: a sentence that
    cites 《2023年…统计公报》 states that year for the figures the report shows."""
    found = []
    for e in entities:
        m = _REPORT_YEAR.match(e.text) if getattr(e, "label", "") == "WORK" else None
        if m is not None:
            found.append(DateMatch(e.start, e.start + len(m.group(1)) + 1, m.group(1) + "年", m.group(1), None))
    return found
