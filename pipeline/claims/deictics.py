"""Subject candidates (:class:`Mention`) and deictic references to a body or thing named before
(该公司, 此项目, 该行): who they point to.

Split from :mod:`pipeline.claims.subjects`: a 该/此 + head word (``models/claim_deictic_heads.tsv``)
points back to the last organization, place or program named before it with a matching
ending, else to the last phrase written with that head (昨天动工的江北储能项目 for a later
该项目). :func:`deictic_mentions` returns them as subject candidates.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from pipeline.claims.named_things import PHRASE_STOP as _PHRASE_STOP
from pipeline.text.resources import load_table


class Mention(NamedTuple):
    """A candidate subject: an entity, or a reference with what it points to.

    A NamedTuple (immutable, and built without a frozen dataclass's per-field
    ``object.__setattr__``): every entity of an article becomes one.
    """

    start: int
    end: int
    name: str
    label: str


@functools.lru_cache(maxsize=1)
def _deictic_heads() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    rows = load_table("claim_deictic_heads.tsv")
    heads = {r["head"]: tuple(r["endings"].split("|")) for r in rows}
    alt = "|".join(sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?:该|此)(?:家|个|所)?({alt})"), heads


def deictic_mentions(text: str, entities: list) -> list[Mention]:
    """该公司 / 此项目 / 该行: the last organization, place or program named before with a
    matching ending (``models/claim_deictic_heads.tsv``), as a mention of it."""
    pattern, heads = _deictic_heads()
    named = [e for e in entities if getattr(e, "label", "") in {"ORG", "LOC", "PROGRAM"}]
    found = []
    for m in pattern.finditer(text):
        target = _named_before(named, m, heads, 0) or _written_antecedent(text, m.start(), m.group(1))
        if target is not None:
            found.append(Mention(m.start(), m.end(), target, "REF"))
    if "公司" in text or "集团" in text:  # a bare head points back only to a name, and not far
        for m in _BARE_BODY.finditer(text):
            target = _named_before(named, m, heads, m.start() - _BARE_REACH)
            if target is not None:
                found.append(Mention(m.start(), m.end(), target, "REF"))
    return found


def _named_before(named: list, m: re.Match, heads: dict[str, tuple[str, ...]], floor: int) -> str | None:
    """The last of ``named`` starting at ``floor`` or later and ending before ``m`` whose name ends
    as the head ``m`` holds may end (该公司: 某某公司, 某某集团)."""
    endings = heads[m.group(1)]
    return next((e.text for e in reversed(named) if floor <= e.start and e.end <= m.start()
                 and e.text.endswith(endings)), None)


#: A company's bare head opening a clause (…某某有限公司总经理，2022年公司产线扩至26条): the company
#: named before, as 该公司 would be; inside a clause (上市公司, 公司名称) it names a kind.
_BARE_BODY = re.compile(r"(?:(?<=[，,。；;])|(?<=\d年))(公司|集团)(?![的名])")
#: How far back (characters) a bare head looks for the company it points to.
_BARE_REACH = 200


def _written_antecedent(text: str, before: int, head: str) -> str | None:
    """The last phrase ending in ``head`` written before ``before`` (昨天动工的江北储能项目 for
    a later 该项目) when no entity names it: two to ten characters back to a mark or 的."""
    end = text.rfind(head, max(0, before - 300), before)
    while end > 0 and text[end - 1] in "该此":
        end = text.rfind(head, max(0, before - 300), end)  # 该项目 itself points back, it names nothing
    if end < 0:
        return None
    a = end
    while a > 0 and end - a < 10 and text[a - 1] not in _PHRASE_STOP:
        a -= 1
    return text[a:end + len(head)] if end - a >= 2 else None
