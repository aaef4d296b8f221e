"""Consistency warnings across a batch of claims: figures that cannot all be right.

Three checks, each general and cheap: the claims are read once, each check keeps
a few fields of each (never whole records, and in SQLite rather than in
memory: :class:`Checks`), and conflicts are found by a sweep over each group
rather than pair by pair:

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
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from pipeline import schema
from pipeline.text.normalize import fold_width
from pipeline.text.resources import load_lines

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


# -- notes: what the checks keep of a claim ----------------------------------
#
# A claim is reduced to a :class:`ClaimNote` where it is made (in a worker
# process under ``-j N``), so the batch never parses its claims back and only
# the grouping is left to the one process that sees them all. ``order`` is
# (claim id, input position): the claims' order by id, ties kept in input
# order, which is the order warnings and pairs are reported in.

Order = tuple[str, int]


class PartNote(NamedTuple):
    """Where a claim of a sentence with 其中 sits, for ``parts_exceed_total``."""

    cut: int  # offset of 其中 in the sentence text
    pieces: str  # the sentence's raw pieces, as a JSON array of [start, end]
    start: int  # the figure's raw start
    unit: str
    kind: str
    plain: bool  # no change reading


class ClaimNote(NamedTuple):
    """The few fields of one claim that the batch checks compare (:func:`note`).

    Already in the form :class:`Checks` stores (strings, not Decimals and
    tuples): a note is made in a worker, and the one process that sees every
    claim should only have to file it.
    """

    claim_id: str
    article_id: str
    figure_id: str
    sentence_start: int
    text: str  # the figure as written
    bounds: tuple[str, str] | None  # the exact interval its wording allows, when a check needs it
    conflict: str | None  # the conflict group (a JSON array), when it has metric and subject
    rate: str | None  # the metric, when the figure is a share or rate above 100 %
    part: PartNote | None  # when the sentence has 其中


def note(claim: schema.Claim) -> ClaimNote:
    """What the checks need of ``claim``; everything that reads the full record is done here."""
    figure, sentence = claim.figure, claim.sentence
    metric = metric_key(claim)
    conflict = None
    if metric is not None and claim.subject is not None:
        time = claim.time
        # the period compared: the time's value, else the publication date, else the time as written
        period = (time and time.normalized) or claim.published or (time and time.text)
        conflict = json.dumps([metric, subject_key(schema.part_value(claim.subject)), period, figure.unit,
                               figure.kind, claim.change, claim.change_base or ""], ensure_ascii=False)
    cut = sentence.text.find("其中")
    part = None
    if cut >= 0:
        pieces = [list(p) for p in sentence.pieces] if sentence.pieces else [[sentence.start, sentence.end]]
        part = PartNote(cut, json.dumps(pieces), figure.start, figure.unit, figure.kind, claim.change is None)
    is_rate = (metric is not None and figure.unit == "%" and claim.change is None and figure.change is None
               and not _GROWTH.search(metric) and metric.endswith(rate_nouns()))
    limits = bounds(figure) if conflict is not None or part is not None or is_rate else None
    rate = metric if is_rate and limits[0] > 100 else None
    return ClaimNote(claim.id, claim.article_id, claim.figure_id, sentence.start, figure.text,
                     limits and (str(limits[0]), str(limits[1])), conflict, rate, part)


class _Value(NamedTuple):
    """One claim of a conflict group."""

    low: Decimal
    high: Decimal
    order: Order
    figure_id: str
    sentence: tuple[str, int]  # (article id, sentence start): figures of one sentence are not compared
    text: str


class _Part(NamedTuple):
    """One claim of a sentence that has 其中."""

    order: Order
    start: int
    unit: str
    kind: str
    plain: bool
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


def _position(pieces: tuple[tuple[int, int], ...], start: int) -> int | None:
    """Offset of raw position ``start`` inside a sentence's text (pieces joined), or None."""
    offset = 0
    for a, b in pieces:
        if a <= start < b:
            return offset + start - a
        offset += b - a
    return None


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


class Checks:
    """The batch checks fed one :class:`ClaimNote` at a time, in output order; :meth:`warnings` at the end.

    A batch of years of dumps has millions of claims, and a conflict can pair
    the first with the last, so the checks see them all. What they compare is
    kept in SQLite (``path``: a file, removed by :meth:`close`; by default in
    memory), not as Python objects (~0.85 KB a claim): at the end each group —
    the claims of one metric, subject and period, or of one sentence with 其中 —
    is read back and checked on its own, so memory holds one group at a time.
    Rates above 100 % are warnings already and stay in memory.
    """

    _FLUSH = 10_000

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        if path is not None:
            path.unlink(missing_ok=True)
        self._db = sqlite3.connect(":memory:" if path is None else str(path))
        self._db.execute("CREATE TABLE value (key TEXT, position INTEGER, claim_id TEXT, figure_id TEXT, "
                         "article_id TEXT, sentence_start INTEGER, text TEXT, low TEXT, high TEXT)")
        self._db.execute("CREATE TABLE part (article_id TEXT, sentence_start INTEGER, position INTEGER, "
                         "claim_id TEXT, cut INTEGER, pieces TEXT, start INTEGER, unit TEXT, kind TEXT, "
                         "plain INTEGER, text TEXT, low TEXT, high TEXT)")
        self._values: list[tuple] = []
        self._parts: list[tuple] = []
        self.percents: list[tuple[Order, schema.ConsistencyWarning]] = []
        self.count = 0

    def add(self, note: ClaimNote) -> None:
        position = self.count
        self.count += 1
        if note.bounds is None:
            return
        low, high = note.bounds
        if note.conflict is not None:
            self._values.append((note.conflict, position, note.claim_id, note.figure_id, note.article_id,
                                 note.sentence_start, note.text, low, high))
        if note.rate is not None:
            self.percents.append(((note.claim_id, position), schema.ConsistencyWarning(
                kind="impossible_percent", claim_ids=[note.claim_id],
                message=f"“{note.rate}”是比率，{note.text}（{note.claim_id}） 超过100%")))
        if (part := note.part) is not None:
            self._parts.append((note.article_id, note.sentence_start, position, note.claim_id, part.cut,
                                part.pieces, part.start, part.unit, part.kind, part.plain, note.text, low, high))
        if len(self._values) + len(self._parts) >= self._FLUSH:
            self._flush()

    def _flush(self) -> None:
        with self._db:
            self._db.executemany("INSERT INTO value VALUES (?,?,?,?,?,?,?,?,?)", self._values)
            self._db.executemany("INSERT INTO part VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", self._parts)
        self._values.clear()
        self._parts.clear()

    def _conflicts(self) -> Iterator[tuple[tuple, schema.ConsistencyWarning]]:
        rows = self._db.execute(
            "SELECT key, position, claim_id, figure_id, article_id, sentence_start, text, low, high FROM value "
            "WHERE key IN (SELECT key FROM value GROUP BY key HAVING COUNT(*) > 1) ORDER BY key, position")
        for key, group in groupby(rows, itemgetter(0)):
            members = [_Value(Decimal(low), Decimal(high), (claim_id, position), figure_id, (article_id, start), text)
                       for _, position, claim_id, figure_id, article_id, start, text, low, high in group]
            yield from _group_conflicts(tuple(json.loads(key)), members)

    def _sentences(self) -> Iterator[_Sentence]:
        rows = self._db.execute("SELECT * FROM part ORDER BY article_id, sentence_start, position")
        for _, group in groupby(rows, itemgetter(0, 1)):
            members, first = [], None
            for _, _, position, claim_id, cut, pieces, start, unit, kind, plain, text, low, high in group:
                order = (claim_id, position)
                members.append(_Part(order, start, unit, kind, bool(plain), text, Decimal(low), Decimal(high)))
                if first is None or order < first[0]:
                    first = (order, cut, pieces)
            order, cut, pieces = first
            yield _Sentence(order, cut, tuple(tuple(p) for p in json.loads(pieces)), members)

    def warnings(self) -> list[schema.ConsistencyWarning]:
        """All warnings, ordered by kind, then by the claim ids they name."""
        self._flush()
        conflicts = sorted(self._conflicts(), key=lambda item: item[0])
        overflows = sorted(((w.claim_ids, s.order, w) for s in self._sentences()
                            if (w := _parts_exceeding(s)) is not None), key=lambda item: item[:2])
        return ([w for _, w in conflicts] + [w for _, w in sorted(self.percents, key=lambda item: item[0])]
                + [w for *_, w in overflows])

    def close(self) -> None:
        """Drop what was kept (and the file, if any)."""
        self._db.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)


def find_warnings(claims: Iterable[schema.Claim]) -> list[schema.ConsistencyWarning]:
    """All warnings of a batch of claims, read once (a generator or a file read back line by line will do)."""
    checks = Checks()
    try:
        for claim in claims:
            checks.add(note(claim))
        return checks.warnings()
    finally:
        checks.close()
