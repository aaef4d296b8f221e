"""其中 lists against their totals: the ``parts_exceed_total`` check of :mod:`.consistency`.

A total is a plain figure (no change reading, not a percent, not a price,
average or per-unit value: :func:`per_unit`); the items listed after 其中 in
its unit and kind must not add up to more than it allows. The total stands
before 其中 in the same sentence, or in the sentence just before it in the
same paragraph (a sentence that ends exactly where the 其中 sentence starts,
with no 其中 of its own); the list runs on through the sentences the splitter
cut at a semicolon (其中，出口1386亿元；进口829.6亿元。).

:mod:`.consistency` keeps the plain figures of every sentence in SQLite and
hands this module one article's sentences at a time (:class:`Sentence`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from pipeline import schema
from pipeline.text.resources import load_lines

#: Characters before a figure searched for a per-unit cue (为每500克3.62元).
PER_UNIT_WINDOW = 6


@functools.lru_cache(maxsize=1)
def _per_unit_cues() -> re.Pattern:
    return re.compile("|".join(map(re.escape, load_lines("claim_nonadditive_cues.txt"))))


def position(pieces: tuple[tuple[int, int], ...], start: int) -> int | None:
    """Offset of raw position ``start`` inside a sentence's text (pieces joined), or None.

    >>> position(((10, 13), (20, 25)), 21), position(((10, 13),), 15)
    (4, None)
    """
    offset = 0
    for a, b in pieces:
        if a <= start < b:
            return offset + start - a
        offset += b - a
    return None


def per_unit(claim: schema.Claim) -> bool:
    """A price, average or per-unit value (its metric or the words just before it say so): never a sum."""
    cues = _per_unit_cues()
    if claim.metric is not None and cues.search(claim.metric.text):
        return True
    sentence = claim.sentence
    at = position(tuple(sentence.pieces or [(sentence.start, sentence.end)]), claim.figure.start)
    return at is not None and cues.search(sentence.text[max(0, at - PER_UNIT_WINDOW):at]) is not None


class Part(NamedTuple):
    """One plain figure of a sentence; ``order`` is (claim id, input position)."""

    low: Decimal
    high: Decimal
    order: tuple[str, int]
    start: int
    unit: str
    kind: str
    text: str


@dataclass(slots=True)
class Sentence:
    """A sentence holding plain figures: its raw extent, where its 其中 is (-1: none), its figures."""

    start: int
    end: int
    cut: int
    semicolon: bool  # ends at ；: a list may run on into the next sentence
    pieces: tuple[tuple[int, int], ...]
    members: list[Part]

    def placed(self) -> list[tuple[int, Part]]:
        """Its figures with their offsets in the sentence text, in text order."""
        found = [(position(self.pieces, p.start), p) for p in self.members]
        return sorted(((pos, p) for pos, p in found if pos is not None), key=lambda item: (item[0], item[1].order))


def lists(sentences: list[Sentence]) -> Iterator[tuple[Part, list[Part]]]:
    """(total, parts) of every 其中 list of one article's sentences (in text order)."""
    for number, sentence in enumerate(sentences):
        if sentence.cut < 0:
            continue
        placed = sentence.placed()
        totals = [p for pos, p in placed if pos < sentence.cut]
        before = sentences[number - 1] if number else None
        if not totals and before is not None and before.end == sentence.start and before.cut < 0:
            totals = [p for _, p in before.placed()]  # not a list's part: a sentence with its own 其中
        if not totals:
            continue
        parts = [p for pos, p in placed if pos > sentence.cut]
        chain = sentence
        for following in sentences[number + 1:]:
            if not chain.semicolon or following.start != chain.end or following.cut >= 0:
                break
            parts += [p for _, p in following.placed()]
            chain = following
        total = totals[-1]
        yield total, [p for p in parts if p.unit == total.unit and p.kind == total.kind]


def parts_exceeding(total: Part, parts: list[Part]) -> schema.ConsistencyWarning | None:
    """A warning when the parts add up to more than the total allows."""
    if not parts or sum(p.low for p in parts) <= total.high:
        return None
    values = [schema.WarningValue(text=total.text, role="total", claim_ids=[total.order[0]])]
    values += [schema.WarningValue(text=p.text, role="part", claim_ids=[p.order[0]]) for p in parts]
    return schema.ConsistencyWarning(
        kind="parts_exceed_total", claim_ids=[cid for v in values for cid in v.claim_ids], unit=total.unit,
        values=values, message=f"其中各项 {'、'.join(p.text for p in parts)} 之和超过总数 {total.text}")
