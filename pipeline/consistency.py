"""Consistency warnings across a batch of claims: figures that cannot all be right.

Three checks, each general and cheap: the claims are read once, each check keeps
a few fields of each (never whole records), and conflicts are found by a
sweep over each group rather than pair by pair:

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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

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


# -- compact records: what each check keeps of a claim ------------------------
#
# A batch's claims are read once and dropped; each check keeps only the few
# fields it compares, so memory grows with small tuples, not whole records.
# ``order`` is (claim id, input position): the claims' order by id, ties kept
# in input order, which is the order warnings and pairs are reported in.

Order = tuple[str, int]


@dataclass(frozen=True, slots=True)
class _Value:
    """One claim of a conflict group: its interval and what the message and the skip rules read."""

    low: Decimal
    high: Decimal
    order: Order
    figure_id: str
    sentence: tuple[str, int]  # (article id, sentence start): figures of one sentence are not compared
    text: str


@dataclass(frozen=True, slots=True)
class _Part:
    """One claim of a sentence that has 其中: where its figure sits and what it allows."""

    order: Order
    start: int
    unit: str
    kind: str
    plain: bool  # no change reading
    text: str
    low: Decimal
    high: Decimal


@dataclass(slots=True)
class _Sentence:
    """A sentence with 其中, read from its first claim (by order); the claims on it."""

    order: Order
    cut: int
    pieces: tuple[tuple[int, int], ...]
    members: list[_Part]


def _conflict_key(claim: schema.Claim) -> tuple | None:
    metric = metric_key(claim)
    if metric is None or claim.subject is None:
        return None
    period = claim.time_normalized or claim.time
    return (metric, subject_key(claim.subject), period, claim.figure.unit, claim.figure.kind, claim.change,
            claim.change_base or "")


def _disjoint_pairs(members: list[_Value]) -> Iterator[tuple[_Value, _Value]]:
    """Every pair whose intervals do not meet, each once, in O(n log n + pairs).

    Sweep the values by low end; those whose high end lies below the current
    low end are a prefix of the values sorted by high end, and a pointer only
    moves forward through it.
    """
    by_high = sorted(members, key=lambda v: v.high)
    below = 0
    for b in sorted(members, key=lambda v: v.low):
        while below < len(by_high) and by_high[below].high < b.low:
            below += 1
        for a in by_high[:below]:
            yield a, b


def _group_conflicts(key: tuple, members: list[_Value]) -> Iterator[tuple[tuple, schema.ConsistencyWarning]]:
    """Conflicts of one group, each with the key that restores the pairwise order (by id)."""
    metric, subject, period = key[:3]
    when = f"，{period}" if period else ""
    first = min(v.order for v in members)
    for a, b in _disjoint_pairs(members):
        if b.order < a.order:
            a, b = b, a
        if a.figure_id == b.figure_id or a.sentence == b.sentence:
            continue
        ids = [a.order[0], b.order[0]]
        yield (ids, first, a.order, b.order), schema.ConsistencyWarning(
            kind="conflict", claim_ids=ids,
            message=f"{subject}的“{metric}”{when}：{a.text}（{ids[0]}） 与 {b.text}（{ids[1]}） 不一致",
        )


def _impossible_percent(claim: schema.Claim) -> schema.ConsistencyWarning | None:
    metric = metric_key(claim)
    figure = claim.figure
    if metric is None or figure.unit != "%" or claim.change is not None or figure.change is not None:
        return None
    if _GROWTH.search(metric) or not metric.endswith(rate_nouns()):
        return None
    if bounds(figure)[0] <= 100:
        return None
    return schema.ConsistencyWarning(kind="impossible_percent", claim_ids=[claim.id],
                                     message=f"“{metric}”是比率，{_fmt(claim)} 超过100%")


def _position(pieces: tuple[tuple[int, int], ...], start: int) -> int | None:
    """Offset of raw position ``start`` inside a sentence's text (pieces joined), or None."""
    offset = 0
    for a, b in pieces:
        if a <= start < b:
            return offset + start - a
        offset += b - a
    return None


def _note_part(sentences: dict[tuple[str, int], _Sentence], claim: schema.Claim, order: Order) -> None:
    """Keep a claim whose sentence has 其中 (only those can give parts_exceed_total)."""
    sentence = claim.sentence
    cut = sentence.text.find("其中")
    if cut < 0:
        return
    figure = claim.figure
    low, high = bounds(figure)
    part = _Part(order, figure.start, figure.unit, figure.kind, claim.change is None, figure.text, low, high)
    key = (claim.article_id, sentence.start)
    pieces = tuple(tuple(p) for p in sentence.pieces) if sentence.pieces else ((sentence.start, sentence.end),)
    found = sentences.get(key)
    if found is None:
        sentences[key] = _Sentence(order, cut, pieces, [part])
        return
    found.members.append(part)
    if order < found.order:
        found.order, found.cut, found.pieces = order, cut, pieces


def _parts_exceeding(sentence: _Sentence) -> schema.ConsistencyWarning | None:
    """The figures after 其中 in the total's unit add up to more than the last total before it allows."""
    placed = [(_position(sentence.pieces, p.start), p) for p in sorted(sentence.members, key=lambda p: p.order)]
    placed = sorted(((pos, p) for pos, p in placed if pos is not None), key=lambda item: item[0])
    totals = [p for pos, p in placed if pos < sentence.cut and p.kind != "percent" and p.plain]
    if not totals:
        return None
    total = totals[-1]
    parts = [p for pos, p in placed if pos > sentence.cut and p.unit == total.unit and p.kind == total.kind
             and p.plain]
    if not parts or sum(p.low for p in parts) <= total.high:
        return None
    return schema.ConsistencyWarning(
        kind="parts_exceed_total", claim_ids=[total.order[0]] + [p.order[0] for p in parts],
        message=f"其中各项 {'、'.join(p.text for p in parts)} 之和超过总数 {total.text}（{total.order[0]}）",
    )


def find_warnings(claims: Iterable[schema.Claim]) -> list[schema.ConsistencyWarning]:
    """All warnings of a batch, ordered by kind, then by the claim ids they name.

    The claims are read once (a generator or a file read back line by line
    will do); conflicts are found per group by a sweep, never pair by pair.
    """
    groups: dict[tuple, list[_Value]] = defaultdict(list)
    percents: list[tuple[Order, schema.ConsistencyWarning]] = []
    sentences: dict[tuple[str, int], _Sentence] = {}
    for position, claim in enumerate(claims):
        order = (claim.id, position)
        key = _conflict_key(claim)
        if key is not None:
            low, high = bounds(claim.figure)
            groups[key].append(_Value(low, high, order, claim.figure_id, (claim.article_id, claim.sentence.start),
                                      claim.figure.text))
        if (warning := _impossible_percent(claim)) is not None:
            percents.append((order, warning))
        _note_part(sentences, claim, order)
    conflicts = sorted((item for key, members in groups.items() if len(members) > 1
                        for item in _group_conflicts(key, members)), key=lambda item: item[0])
    overflows = sorted(((w.claim_ids, s.order, w) for s in sentences.values()
                        if (w := _parts_exceeding(s)) is not None), key=lambda item: item[:2])
    return ([w for _, w in conflicts] + [w for _, w in sorted(percents, key=lambda item: item[0])]
            + [w for *_, w in overflows])
