"""Consistency warnings across a batch of claims: figures that cannot all be right.

Three checks, each general and cheap: the claims are read once, each check keeps
a few fields of each (never whole records, and in SQLite rather than in
memory: :class:`Checks`), and each group is checked in one pass over it:

- ``conflict``: claims with the same metric (normalized text), subject,
  period (normalized time, else publication date, else raw time), unit and
  change reading whose values cannot be reconciled. Each value is widened to
  the interval its writing allows: rounding (1.1万 covers 10500–11500),
  qualifier (近/约 ±10 %, 超/逾 and up, 不到 and down), vague ends
  (三十几万). Claims of different sentences with disjoint intervals are in
  conflict; a group gives **one** warning naming them all by distinct value,
  so k repeats of two values give one warning, not k²/4.
- ``impossible_percent``: a share or rate (率 占比 比重 …, see
  ``models/claim_rate_nouns.txt``) above 100 %, unless it is a change; one
  warning per metric, subject and period.
- ``parts_exceed_total``: a 其中 list's figures in the total's unit add up to
  more than the total allows; the total stands before 其中 in its sentence
  or in the sentence before it in the paragraph (:mod:`.totals`).

>>> find_warnings([])
[]
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from pipeline import schema
from pipeline.text.normalize import fold_width
from pipeline.claims.totals import Part, Sentence, lists, parts_exceeding, per_unit
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
# A claim is reduced to a :class:`ClaimNote` where it is made (in a worker under
# ``-j N``); only the grouping is left to the one process that sees them all.
# ``order`` is (claim id, input position): the order warnings name claims in.

Order = tuple[str, int]
_order = itemgetter(2)  # a _Value's order
#: Distinct values a warning's message spells out; the rest are counted (all stay in ``values``).
MESSAGE_VALUES = 6
_CLAUSE_END = ("；", ";")


class PartNote(NamedTuple):
    """Where a plain figure sits (no change, not a percent, not per unit): a total or item of a 其中 list."""

    cut: int  # offset of 其中 in the sentence text, -1 when it has none
    pieces: str  # the sentence's raw pieces, as a JSON array of [start, end]
    start: int  # the figure's raw start
    unit: str
    kind: str
    sentence_end: int  # the sentence's raw end: the next sentence of its paragraph starts there
    semicolon: bool  # the sentence ends at ； (a 其中 list may run on into the next one)


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
    rate: str | None  # the rate's group (a JSON array: metric, subject, period), when above 100 %
    part: PartNote | None  # a plain figure that may be a total or a part of a 其中 list


def _period(claim: schema.Claim) -> str | None:
    """The period compared: the time's value, else the publication date, else the time as written."""
    time = claim.time
    return (time and time.normalized) or claim.published or (time and time.text) or None


def note(claim: schema.Claim) -> ClaimNote:
    """What the checks need of ``claim``; everything that reads the full record is done here."""
    figure, sentence = claim.figure, claim.sentence
    metric = metric_key(claim)
    subject = subject_key(schema.part_value(claim.subject)) if claim.subject is not None else None
    conflict = None
    if metric is not None and subject is not None:
        conflict = json.dumps([metric, subject, _period(claim), figure.unit, figure.kind, claim.change,
                               claim.change_base or ""], ensure_ascii=False)
    part = None
    if claim.change is None and figure.change is None and figure.kind != "percent" and not per_unit(claim):
        pieces = [list(p) for p in sentence.pieces] if sentence.pieces else [[sentence.start, sentence.end]]
        part = PartNote(sentence.text.find("其中"), json.dumps(pieces), figure.start, figure.unit, figure.kind,
                        sentence.end, sentence.text.rstrip().endswith(_CLAUSE_END))
    is_rate = (metric is not None and figure.unit == "%" and claim.change is None and figure.change is None
               and not _GROWTH.search(metric) and metric.endswith(rate_nouns()))
    limits = bounds(figure) if conflict is not None or part is not None or is_rate else None
    rate = None
    if is_rate and limits[0] > 100:
        rate = json.dumps([metric, subject, _period(claim)], ensure_ascii=False)
    return ClaimNote(claim.id, claim.article_id, claim.figure_id, sentence.start, figure.text,
                     limits and (str(limits[0]), str(limits[1])), conflict, rate, part)


class _Value(NamedTuple):
    """One claim of a conflict group."""

    low: Decimal
    high: Decimal
    order: Order
    sentence: tuple[str, int]  # (article id, sentence start): figures of one sentence are not compared
    text: str


def _other_sentence_extremes(members: list[_Value], key, pick) -> tuple[_Value, _Value | None]:
    """The member with the extreme ``key``, and the extreme one among the members of other sentences."""
    best = pick(members, key=key)
    others = [v for v in members if v.sentence != best.sentence]
    return best, (pick(others, key=key) if others else None)


def in_conflict(members: list[_Value]) -> list[_Value]:
    """The members some member of another sentence contradicts (disjoint intervals), in O(n).

    ``v`` conflicts iff the smallest high end among other sentences' values is
    below ``v.low``, or their largest low end above ``v.high``: the extreme of
    all and the extreme outside its sentence tell that for every ``v``.
    """
    if len(members) < 2:
        return []
    lowest, lowest_other = _other_sentence_extremes(members, lambda v: v.high, min)
    highest, highest_other = _other_sentence_extremes(members, lambda v: v.low, max)
    found = []
    for v in members:
        below = lowest if lowest.sentence != v.sentence else lowest_other
        above = highest if highest.sentence != v.sentence else highest_other
        if (below is not None and below.high < v.low) or (above is not None and above.low > v.high):
            found.append(v)
    return found


def _distinct_values(members: list[_Value], role: str = "value") -> list[schema.WarningValue]:
    """Members by figure text, in value order; each value's claims in id order."""
    texts: dict[str, list[_Value]] = {}
    for v in sorted(members, key=lambda v: (v.low, v.high, v.order)):
        texts.setdefault(v.text, []).append(v)
    return [schema.WarningValue(text=text, role=role, claim_ids=[v.order[0] for v in sorted(group, key=_order)])
            for text, group in texts.items()]


def _spelled(values: list[schema.WarningValue]) -> str:
    """86个（300处）、300个（2处）…: the first values with their counts, the rest counted."""
    shown = "、".join(f"{v.text}（{len(v.claim_ids)}处）" if len(v.claim_ids) > 1 else v.text
                     for v in values[:MESSAGE_VALUES])
    return shown + (f" 等{len(values)}个数值" if len(values) > MESSAGE_VALUES else "")


def _named(values: list[schema.WarningValue]) -> list[str]:
    return [claim_id for value in values for claim_id in value.claim_ids]


def _group_conflict(key: list, members: list[_Value]) -> tuple[Order, schema.ConsistencyWarning] | None:
    """The one warning of a conflict group, or None when every value there can hold."""
    named = in_conflict(members)
    if not named:
        return None
    metric, subject, period = key[:3]
    values = _distinct_values(named)
    when = f"，{period}" if period else ""
    return min(v.order for v in named), schema.ConsistencyWarning(
        kind="conflict", claim_ids=sorted(_named(values)), metric=metric, subject=subject, period=period,
        unit=key[3], values=values,
        message=f"{subject}的“{metric}”{when}：{_spelled(values)} 不一致")


def _group_rates(key: list, members: list[_Value]) -> tuple[Order, schema.ConsistencyWarning]:
    """One warning for every rate above 100 % of one metric, subject and period."""
    metric, subject, period = key
    values = _distinct_values(members)
    return min(v.order for v in members), schema.ConsistencyWarning(
        kind="impossible_percent", claim_ids=sorted(_named(values)), metric=metric, subject=subject,
        period=period, unit="%", values=values, message=f"“{metric}”是比率，{_spelled(values)} 超过100%")


class Checks:
    """The batch checks fed one :class:`ClaimNote` at a time, in output order; :meth:`warnings` at the end.

    A batch of years of dumps has millions of claims, and a conflict can join
    the first with the last, so the checks see them all. What they compare is
    kept in SQLite (``path``: a file, removed by :meth:`close`; by default in
    memory), not as Python objects (~0.85 KB a claim): at the end each group —
    the claims of one metric, subject and period, or the sentences of one
    article that has a 其中 — is read back and checked on its own, so memory
    holds one group at a time. The claims of one article come together (as
    every writer and reader of claims gives them): its plain figures are held
    until the next article starts, and kept only when it has a 其中 list.
    """

    _FLUSH = 10_000

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        if path is not None:
            path.unlink(missing_ok=True)
        self._db = sqlite3.connect(":memory:" if path is None else str(path))
        self._db.execute("CREATE TABLE value (key TEXT, position INTEGER, claim_id TEXT, "
                         "article_id TEXT, sentence_start INTEGER, text TEXT, low TEXT, high TEXT)")
        self._db.execute("CREATE TABLE part (article_id TEXT, sentence_start INTEGER, position INTEGER, "
                         "claim_id TEXT, cut INTEGER, pieces TEXT, start INTEGER, unit TEXT, kind TEXT, "
                         "sentence_end INTEGER, semicolon INTEGER, text TEXT, low TEXT, high TEXT)")
        self._rows: dict[str, list[tuple]] = {"value": [], "part": []}
        self._article: list[tuple] = []  # the plain figures of the article being read
        self._article_has_list = False
        self.count = 0

    def add(self, note: ClaimNote) -> None:
        position = self.count
        self.count += 1
        if note.bounds is None:
            return
        low, high = note.bounds
        rows = self._rows
        if note.conflict is not None:
            rows["value"].append((note.conflict, position, note.claim_id, note.article_id, note.sentence_start,
                                  note.text, low, high))
        if note.rate is not None:  # a group of its own kind: "rate" cannot start a conflict key (a JSON array)
            rows["value"].append(("rate" + note.rate, position, note.claim_id, note.article_id,
                                  note.sentence_start, note.text, low, high))
        if (part := note.part) is not None:
            if self._article and self._article[0][0] != note.article_id:
                self._end_article()
            self._article.append((note.article_id, note.sentence_start, position, note.claim_id, part.cut,
                                  part.pieces, part.start, part.unit, part.kind, part.sentence_end, part.semicolon,
                                  note.text, low, high))
            self._article_has_list |= part.cut >= 0
        if len(rows["value"]) + len(rows["part"]) >= self._FLUSH:
            self._flush()

    def _end_article(self) -> None:
        """Keep the plain figures of an article that has a 其中 list; drop those of any other."""
        if self._article_has_list:
            self._rows["part"].extend(self._article)
        self._article.clear()
        self._article_has_list = False

    def _flush(self) -> None:
        with self._db:
            for table, rows in self._rows.items():
                if rows:
                    self._db.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
                rows.clear()

    def _groups(self) -> Iterator[tuple[Order, schema.ConsistencyWarning]]:
        """Conflicts (groups of two or more) and rates above 100 % (any group)."""
        rows = self._db.execute(
            "SELECT key, position, claim_id, article_id, sentence_start, text, low, high FROM value "
            "WHERE key IN (SELECT key FROM value GROUP BY key HAVING COUNT(*) > 1 OR key LIKE 'rate%') "
            "ORDER BY key, position")
        for key, group in groupby(rows, itemgetter(0)):
            members = [_Value(Decimal(low), Decimal(high), (claim_id, position), (article_id, start), text)
                       for _, position, claim_id, article_id, start, text, low, high in group]
            if key.startswith("rate"):
                yield _group_rates(json.loads(key[4:]), members)
            elif (found := _group_conflict(json.loads(key), members)) is not None:
                yield found

    def _articles(self) -> Iterator[list[Sentence]]:
        """The sentences with plain figures of each article that has a 其中, in text order."""
        rows = self._db.execute("SELECT * FROM part ORDER BY article_id, sentence_start, position")
        for _, article in groupby(rows, itemgetter(0)):
            sentences = []
            for _, group in groupby(article, itemgetter(1)):
                members, first = [], None
                for _, start, position, claim_id, cut, pieces, fig, unit, kind, end, semi, text, low, high in group:
                    members.append(Part(Decimal(low), Decimal(high), (claim_id, position), fig, unit, kind, text))
                    if first is None:
                        first = (start, end, cut, bool(semi), tuple(tuple(p) for p in json.loads(pieces)))
                sentences.append(Sentence(*first, members))
            yield sentences

    def warnings(self) -> list[schema.ConsistencyWarning]:
        """All warnings, ordered by kind, then by the first claim each names."""
        self._end_article()
        self._flush()
        grouped = sorted(self._groups(), key=lambda item: (item[1].kind != "conflict", item[0]))
        overflows = sorted(((total.order, w) for sentences in self._articles() for total, parts in lists(sentences)
                            if (w := parts_exceeding(total, parts)) is not None), key=itemgetter(0))
        return [w for _, w in grouped] + [w for _, w in overflows]

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
