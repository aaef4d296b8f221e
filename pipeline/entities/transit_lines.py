"""Metro and rail lines by number (某市地铁3号线, 3号线): places fast mode's suffix rules miss.

City news names a metro line by its number, with or without the network
before it. The place suffix rule never builds such a name (a count or digit
before a suffix ends a name's prefix: 14家|收费公园), and no lexicon lists
them. A line is a LOC by the guidelines (a facility), so the pattern
:data:`LINE` gives one; a city's name right before the network (某市 +
地铁3号线) opens it. Spans are ``(start, end, label, rule)`` in the text's coordinates.
"""

from __future__ import annotations

import re

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.text import Candidate

#: A numbered line: an optional network word, then the number in digits or Chinese numerals, then 号线.
LINE = re.compile(
    r"""(?P<network>地铁|轨道交通|轻轨|城轨)?  # the network (地铁3号线), often left out (3号线)
        (?<![\d第一二三四五六七八九十])       # not the tail of a longer number or an ordinal (第3号线)
        (?:\d{1,2}|[一二三四五六七八九十]{1,3})  # the line's number
        号线""",
    re.VERBOSE,
)
#: The rule name of a line's span (the recognizer ranks unknown rule names last on ties).
RULE = "transit-line"
#: Lengths of a city's name right before the network (广州 + 地铁, 乌鲁木齐 + 地铁).
_CITY_SIZES = (4, 3, 2)


def lines(text: str, lex: Lexicons) -> list[Candidate]:
    """Every numbered line of ``text``; a city's name right before its network opens the span."""
    if "号线" not in text:
        return []
    found = []
    for match in LINE.finditer(text):
        start = match.start()
        if match.group("network"):
            start = next((start - size for size in _CITY_SIZES
                          if start >= size and text[start - size : start] in lex.divisions), start)
        found.append((start, match.end(), "LOC", RULE))
    return found
