"""Consistency warnings across a batch of claims: figures that cannot all be right.

Three checks, each general and cheap (one pass to group, then small groups):

- ``conflict``: claims with the same metric (normalized text), subject,
  period (normalized time, else raw time), unit and change reading whose
  values cannot be reconciled. Each value is widened to the interval its
  writing allows: its rounding (1.1万 covers 10500–11500), its qualifier
  (近/约 ±10 %, 超/逾 and up, 不到 and down) and its vague ends
  (三十几万). Disjoint intervals conflict.
- ``impossible_percent``: a share or rate (率 占比 比重 …, see
  ``models/claim_rate_nouns.txt``) above 100 %, unless it is a change.
- ``parts_exceed_total``: after a total, the figures of a 其中 list in the same
  sentence with the total's unit add up to more than the total allows.

>>> find_warnings([])
[]
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from itertools import combinations

from pipeline import schema
from pipeline.normalize import fold_width
from pipeline.resources import load_lines

#: Relative slack of 近/约/左右 figures.
APPROX = Decimal("0.1")
_DIGITS = re.compile(r"(\d+(?:,\d{3})*)(?:\.(\d+))?")
_METRIC_JUNK = re.compile(r"[\s“”\"'‘’《》()（）「」]")
#: Growth rates may exceed 100 %: 增长率150% is possible, 满意率150% is not.
_GROWTH = re.compile(r"增长|增速|增幅|涨幅|同比|环比")
INF = Decimal("Infinity")


@functools.lru_cache(maxsize=1)
def rate_nouns() -> tuple[str, ...]:
    return load_lines("claim_rate_nouns.txt")


def metric_key(claim: schema.Claim) -> str | None:
    """The metric text compared across articles: width-folded, quotes and brackets dropped."""
    if claim.metric is None:
        return None
    key = _METRIC_JUNK.sub("", fold_width(claim.metric.text))
    return key or None


def subject_key(subject: str) -> str:
    """河南省 and 河南 are one subject: a level suffix after a longer name is dropped."""
    return subject[:-1] if len(subject) > 2 and subject.endswith(("省", "市")) else subject


def bounds(figure: schema.Figure) -> tuple[Decimal, Decimal]:
    """The interval of values a figure's wording allows (rounding, qualifier, vague ends)."""
    value = Decimal(figure.value_exact)
    step = _rounding(figure.text, value)
    low, high = value - step, value + step
    if figure.low is not None:
        low = min(low, Decimal(figure.low))
    if figure.high is not None:
        high = max(high, Decimal(figure.high))
    if figure.qualifier == "approx":
        low, high = min(low, value * (1 - APPROX)), max(high, value * (1 + APPROX))
    elif figure.qualifier in {"gt", "ge"}:
        high = INF
    elif figure.qualifier in {"lt", "le"}:
        low = min(low, Decimal(0))
    return low, high


def _rounding(text: str, value: Decimal) -> Decimal:
    """Half the last written digit's place, scaled by the multiplier: 1.1万 -> 500, 224万户 -> 5000."""
    match = _DIGITS.search(fold_width(text))
    if not match:
        return Decimal(0)  # Chinese numerals (百万, 三成) are exact as written, qualifiers widen them
    try:
        written = Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:
        return Decimal(0)
    if written == 0:
        return Decimal(0)
    scale = value / written
    decimals = len(match.group(2) or "")
    return abs(scale) * Decimal(5) * Decimal(10) ** -(decimals + 1)


def _fmt(claim: schema.Claim) -> str:
    f = claim.figure
    return f"{f.text}（{claim.id}）"


def _conflicts(claims: list[schema.Claim]) -> list[schema.ConsistencyWarning]:
    groups: dict[tuple, list[schema.Claim]] = defaultdict(list)
    for claim in claims:
        metric = metric_key(claim)
        if metric is None or claim.subject is None:
            continue
        period = claim.time_normalized or claim.time
        key = (metric, subject_key(claim.subject), period, claim.figure.unit, claim.figure.kind, claim.change,
               claim.change_base or "")
        groups[key].append(claim)
    out = []
    for (metric, subject, period, unit, *_), members in groups.items():
        for a, b in combinations(members, 2):
            if a.figure_id == b.figure_id or (a.article_id == b.article_id and a.sentence.start == b.sentence.start):
                continue
            (lo_a, hi_a), (lo_b, hi_b) = bounds(a.figure), bounds(b.figure)
            if hi_a < lo_b or hi_b < lo_a:
                when = f"，{period}" if period else ""
                out.append(schema.ConsistencyWarning(
                    kind="conflict", claim_ids=[a.id, b.id],
                    message=f"{subject}的“{metric}”{when}：{_fmt(a)} 与 {_fmt(b)} 不一致",
                ))
    return out


def _impossible_percents(claims: list[schema.Claim]) -> list[schema.ConsistencyWarning]:
    out = []
    for claim in claims:
        metric = metric_key(claim)
        figure = claim.figure
        if metric is None or figure.unit != "%" or claim.change is not None or figure.change is not None:
            continue
        if _GROWTH.search(metric) or not metric.endswith(rate_nouns()):
            continue
        if bounds(figure)[0] > 100:
            out.append(schema.ConsistencyWarning(
                kind="impossible_percent", claim_ids=[claim.id],
                message=f"“{metric}”是比率，{_fmt(claim)} 超过100%",
            ))
    return out


def _position(sentence: schema.Span, start: int) -> int | None:
    """Offset of raw position ``start`` inside the sentence's text (pieces joined), or None."""
    pieces = sentence.pieces or [(sentence.start, sentence.end)]
    offset = 0
    for a, b in pieces:
        if a <= start < b:
            return offset + start - a
        offset += b - a
    return None


def _parts_exceeding(claims: list[schema.Claim]) -> list[schema.ConsistencyWarning]:
    by_sentence: dict[tuple[str, int], list[schema.Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim.article_id, claim.sentence.start)].append(claim)
    out = []
    for members in by_sentence.values():
        sentence = members[0].sentence
        cut = sentence.text.find("其中")
        if cut < 0:
            continue
        placed = sorted(((_position(sentence, c.figure.start), c) for c in members
                         if _position(sentence, c.figure.start) is not None), key=lambda p: p[0])
        totals = [c for pos, c in placed if pos < cut and c.figure.kind != "percent" and c.change is None]
        if not totals:
            continue
        total = totals[-1]
        parts = [c for pos, c in placed if pos > cut and c.figure.unit == total.figure.unit
                 and c.figure.kind == total.figure.kind and c.change is None]
        if not parts:
            continue
        floor = sum(bounds(c.figure)[0] for c in parts)
        if floor > bounds(total.figure)[1]:
            out.append(schema.ConsistencyWarning(
                kind="parts_exceed_total", claim_ids=[total.id] + [c.id for c in parts],
                message=f"其中各项 {'、'.join(c.figure.text for c in parts)} 之和超过总数 {_fmt(total)}",
            ))
    return out


def find_warnings(claims: Iterable[schema.Claim]) -> list[schema.ConsistencyWarning]:
    """All warnings of a batch, ordered by kind, then by the claim ids they name."""
    claims = sorted(claims, key=lambda c: c.id)
    warnings = _conflicts(claims) + _impossible_percents(claims) + _parts_exceeding(claims)
    order = {"conflict": 0, "impossible_percent": 1, "parts_exceed_total": 2}
    return sorted(warnings, key=lambda w: (order[w.kind], w.claim_ids))
