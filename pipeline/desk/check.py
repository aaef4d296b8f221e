"""The journalist's desk: a run folder's claims and warnings, filtered and located.

Plain functions shared by ``zhnews check`` (the terminal table) and
``zhnews report`` (the HTML page): load what a run wrote, keep the claims a
user asks for, map a span to its place inside a sentence or paragraph, and
say where a raw offset sits in the dump so an editor can jump there
(``file:line:col``, or ``file#id:offset`` for a line of a JSON Lines input,
whose offsets count inside that line's ``text``).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import schema
from pipeline.records.export import read_articles
from pipeline.text.normalize import fold_width

WARNINGS_FILE = "warnings.jsonl"


@dataclass(slots=True)
class Desk:
    """Everything the desk shows of one run folder."""

    articles: dict[str, schema.ArticleRecord]
    claims: list[schema.Claim]
    warnings: list[schema.ConsistencyWarning]


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """What the user asked to see; ``None`` (or False) means no constraint."""

    metric: str | None = None
    subject: str | None = None
    min_value: float | None = None
    warnings_only: bool = False


def read_warnings(out_dir: Path) -> list[schema.ConsistencyWarning]:
    """Warning records of a run folder; a run made before warnings existed has none."""
    path = out_dir / WARNINGS_FILE
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [schema.ConsistencyWarning.model_validate_json(line) for line in handle if line.strip()]


def load_desk(out_dir: Path) -> Desk:
    """Articles, their claims (in article order) and warnings of a run folder.

    Claims come from ``articles.jsonl`` rather than ``claims.jsonl``: the desk
    needs each claim's article anyway (its source file, paragraphs,
    highlights), and the two files hold the same claims.
    """
    articles = {article.id: article for article in read_articles(out_dir)}
    claims = [claim for article in articles.values() for claim in article.claims]
    return Desk(articles, claims, read_warnings(out_dir))


def warned_claim_ids(warnings: Iterable[schema.ConsistencyWarning]) -> set[str]:
    """Ids of every claim some warning names."""
    return {claim_id for warning in warnings for claim_id in warning.claim_ids}


def _contains(haystack: str | None, needle: str) -> bool:
    """Substring test that ignores case and full-width forms (`ＧＤＰ` finds `GDP`)."""
    return haystack is not None and fold_width(needle).casefold() in fold_width(haystack).casefold()


def claim_matches(claim: schema.Claim, wanted: ClaimFilter, warned: set[str] = frozenset()) -> bool:
    """Does one claim pass every constraint of the filter?"""
    if wanted.metric and not _contains(claim.metric.text if claim.metric else None, wanted.metric):
        return False
    if wanted.subject and not _contains(schema.part_value(claim.subject), wanted.subject):
        return False
    # compared exactly: a figure too big for a float has value null and its value_exact only
    if wanted.min_value is not None and Decimal(claim.figure.value_exact) < Decimal(str(wanted.min_value)):
        return False
    return not wanted.warnings_only or claim.id in warned


def filter_claims(desk: Desk, wanted: ClaimFilter) -> list[schema.Claim]:
    """The desk's claims that pass the filter, in their original order."""
    warned = warned_claim_ids(desk.warnings)
    return [claim for claim in desk.claims if claim_matches(claim, wanted, warned)]


def span_intervals(span: schema.Span) -> list[tuple[int, int]]:
    """Raw ``[start, end)`` intervals of a span: its pieces, or its one extent."""
    return [tuple(piece) for piece in span.pieces] if span.pieces else [(span.start, span.end)]


def local_intervals(container: schema.Span, span: schema.Span) -> list[tuple[int, int]]:
    """Where ``span`` lies inside ``container.text``, as offsets into that text.

    A container that crosses a column break has pieces, and its text is the
    pieces joined, so a raw offset maps to "length of earlier pieces +
    distance into this piece". Parts of ``span`` outside the container are
    dropped.

    >>> from pipeline.schema import Span
    >>> local_intervals(Span(start=10, end=20, text="x" * 6, pieces=[(10, 13), (17, 20)]), Span(start=12, end=18, text=""))
    [(2, 4)]
    """
    found: list[tuple[int, int]] = []
    offset = 0
    for c_start, c_end in span_intervals(container):
        for s_start, s_end in span_intervals(span):
            start, end = max(c_start, s_start), min(c_end, s_end)
            if start < end:
                found.append((offset + start - c_start, offset + end - c_start))
        offset += c_end - c_start
    return _merge(found)


def _merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted intervals with touching or overlapping neighbours joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset`` in ``text``.

    Lines end at "\\n" (a CRLF line's "\\r" counts as its last column), which
    is how editors number lines of the file.

    >>> line_col("ab\\ncd", 4)
    (2, 2)
    """
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} is outside a text of {len(text)} characters")
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _python_codec(encoding: str) -> str:
    """The codec that decodes a file as ingest did: 'utf-8-bom' keeps U+FEFF at offset 0."""
    return "utf-8" if encoding == "utf-8-bom" else encoding


@dataclass(slots=True)
class RawLocator:
    """Says where raw offsets sit in the dumps; reads each dump once per locator.

    Relative source paths are tried as given (the run's working folder), then
    against ``base`` (e.g. the folder the user runs from). A dump that is gone,
    unreadable or changed since the run (its decoded text no longer hashes to
    ``text_sha256``) falls back to ``path@offset``.
    """

    bases: tuple[Path, ...] = ()
    _texts: dict[str, str | None] = field(default_factory=dict)

    def locate(self, article: schema.ArticleRecord, offset: int) -> str:
        """``file:line:col`` of a raw offset, ``file#id:offset`` for JSON Lines, ``file@offset`` as a fallback."""
        source = article.source
        if source.record_id is not None:
            return f"{source.path}#{source.record_id}:{offset}"
        text = self._text(source)
        if text is None or not 0 <= offset <= len(text):
            return f"{source.path}@{offset}"
        line, col = line_col(text, offset)
        return f"{source.path}:{line}:{col}"

    def _text(self, source: schema.SourceInfo) -> str | None:
        key = f"{source.path}\0{source.text_sha256}"
        if key not in self._texts:
            self._texts[key] = self._read(source)
        return self._texts[key]

    def _read(self, source: schema.SourceInfo) -> str | None:
        candidates = [Path(source.path)] + [base / source.path for base in self.bases]
        for path in candidates:
            try:
                text = path.read_bytes().decode(_python_codec(source.encoding))
            except (OSError, LookupError, UnicodeDecodeError):
                continue
            if hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() == source.text_sha256:
                return text
        return None


def claim_location(locator: RawLocator, desk: Desk, claim: schema.Claim) -> str:
    """Where a claim's figure starts in its raw dump."""
    article = desk.articles.get(claim.article_id)
    if article is None:
        return f"?@{claim.figure.start}"
    return locator.locate(article, claim.figure.start)


def sentence_id_of(article: schema.ArticleRecord, claim: schema.Claim) -> str | None:
    """The id of the sentence holding a claim's figure (for anchors)."""
    if claim.figure.sentence_id:
        return claim.figure.sentence_id
    for paragraph in article.paragraphs:
        for sentence in paragraph.sentences:
            if local_intervals(sentence, claim.figure):
                return sentence.id
    return None
