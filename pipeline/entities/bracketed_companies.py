"""Companies registered with their place in brackets: 品牌（地名）行业有限公司.

China's rules on the registration of enterprise names let a company put the
place of its registration in brackets after its trade name (某某（嘉兴）半导体有限公司,
某某（广州）能源科技有限公司): the whole string is one name. Taggers and suffix rules
cut it at the brackets into a short name, a city and a bare 有限公司. Both modes
read it whole here, after every other pass, when the brackets hold a known place.
"""

from __future__ import annotations

import re

from pipeline.entities.text import Candidate

#: Trade name, （place）, trade, and a company form's ending.
_BRACKETED = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}[(（](?P<place>[\u4e00-\u9fff]{2,6})[)）]"
                        r"[\u4e00-\u9fffA-Za-z]{0,16}?(?:股份有限公司|有限责任公司|有限公司)")
RULE = "bracketed-company"
#: Characters taken as the trade name when no entity was found before the brackets (两字至四字的字号).
_BARE_TRADE_NAME = 4
#: Function characters that open no trade name (由某某…, 和某某…).
_FUNCTION_CHARS = frozenset("由在和的与为将是向对从把被及")


def bracketed_companies(text: str, found: list[Candidate], places: set[str]) -> list[Candidate]:
    """``found`` with each bracketed company name (its place in ``places``, the known places'
    names) as one ORG in place of the spans inside it."""
    if "公司" not in text:
        return found
    spans = []
    for m in _BRACKETED.finditer(text):
        start = _trade_name_start(text, m, found)
        if m.group("place") in places or m.group("place").rstrip("市省县区") in places:
            spans.append((start, m.end()))
    if not spans:
        return found
    kept = [c for c in found if not any(c[0] < b and a < c[1] for a, b in spans)]
    return sorted(kept + [(a, b, "ORG", RULE) for a, b in spans])


def _trade_name_start(text: str, m: re.Match, found: list[Candidate]) -> int:
    """Where the trade name opens: at an entity found there (中晶|（嘉兴）), else where the match does."""
    bracket = m.start("place") - 1
    inside = [c for c in found if c[0] >= m.start() and c[1] <= bracket]
    if inside:
        return min(c[0] for c in inside)
    start = max(m.start(), bracket - _BARE_TRADE_NAME)
    while start < bracket - 2 and text[start] in _FUNCTION_CHARS:  # 由|某某（广州）…: the trade name after it
        start += 1
    return start
