"""A place's Party committee (惠民县委, 洛阳市委) is one body: ORG, the place's name and all.

GUIDELINES count 市委 among bodies (ORG). LAC reads 惠民县委书记 as the county 惠民 and a
title 县委书记, so accurate mode gave the place and no body; the real-article gold writes the
committee whole (20 of its 21 such names). A committee word right after a place joins it
into one ORG; alone (县委书记李明说) it is the body of the article's place, an ORG of its own.
"""

from __future__ import annotations

import re

#: The committee words after a place's name (its level's short form and 委).
_COMMITTEE = re.compile(r"(?:省委|市委|县委|区委|州委|盟委|旗委)")
#: What may follow a committee word as the rest of a word: not 省委托 (entrusted by the province).
_NOT_AFTER = ("托", "员会")

Candidate = tuple[int, int, str, str]
RULE = "party-committee"


def party_committees(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with each place (or a place the tagger read as a body) followed by its committee
    word made one ORG, and each bare committee word no span covers made an ORG (module docstring)."""
    spans = sorted(spans)
    out: list[Candidate] = []
    for start, end, label, rule in spans:
        stop = _committee_end(text, start, end) if label in ("GPE", "LOC", "ORG") else None
        if stop is not None and not any(s < stop and end < e for s, e, _, _ in spans if (s, e) != (start, end)):
            out.append((start, stop, "ORG", RULE))  # 惠民|县委, 惠民县|委
            continue
        out.append((start, end, label, rule))
    for m in _COMMITTEE.finditer(text):
        if not text.startswith(_NOT_AFTER, m.end()) and not any(s < m.end() and m.start() < e for s, e, _, _ in out):
            out.append((m.start(), m.end(), "ORG", RULE))  # 县委书记李明说: the county's committee
    return sorted(out)


def _committee_end(text: str, start: int, end: int) -> int | None:
    """Where a place's committee word ends when one follows the place (惠民|县委, or 惠民县|委), else None."""
    m = _COMMITTEE.match(text, end)
    if m is None and text.startswith("委", end) and end - start >= 2 and text[end - 1] in _LEVELS:
        m = _COMMITTEE.match(text, end - 1)
    if m is None or text.startswith(_NOT_AFTER, m.end()):
        return None
    return m.end()


#: Level characters a place's name may end with before its committee's 委 (惠民县|委).
_LEVELS = "省市县区州盟旗"
