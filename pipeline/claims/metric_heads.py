"""A headline's figure measured by the body it heads.

A title or kicker often gives a figure bare (``8天30.9亿元 某市“黄金周”消费火爆``,
``600万人次 地铁人气高涨``) or cut from its noun by a line break; the story under it
states the same figure with what it measures (``累计实现销售额30.9亿元``). GUIDELINES:
Claims — the metric is what the number measures, so a head's figure with no metric of
its own takes the metric of the body's figure it restates: the same kind, unit and value,
in the part the head heads (up to the next head of its role).
"""

from __future__ import annotations

from dataclasses import replace

#: Roles of the lines that head a story or a part of it (as in :mod:`pipeline.claims.find`).
_HEAD_ROLES = frozenset({"title", "subtitle", "kicker", "heading"})


def measured_by_body(claims: list, figures: list, units: list[tuple[str, int, int]]) -> list:
    """``claims`` with each head figure that has no metric given the metric of the first body
    claim whose figure states the same value (:func:`_same`); the others as they are."""
    bodies = [(a, b) for role, a, b in units if role == "body"]
    out = list(claims)
    for role, h_start, h_end in units:
        if role not in _HEAD_ROLES:
            continue
        bare = [i for i, c in enumerate(out) if c.metric is None and h_start <= figures[c.figure_index].start < h_end]
        if not bare:
            continue
        stop = min((a for r, a, _ in units if r == role and a >= h_end), default=None)
        body = [c for c in out if c.metric is not None and figures[c.figure_index].start >= h_end
                and (stop is None or figures[c.figure_index].start < stop)
                and any(a <= figures[c.figure_index].start < b for a, b in bodies)]
        for i in bare:
            same = next((c for c in body if _same(figures[out[i].figure_index], figures[c.figure_index])), None)
            if same is not None:
                out[i] = replace(out[i], metric=same.metric)
    return out


def _same(head, body) -> bool:
    """True when two figures state one quantity: the same kind and unit, an equal value."""
    return (head.kind == body.kind and head.unit == body.unit and head.value is not None
            and body.value is not None and float(head.value) == float(body.value))
