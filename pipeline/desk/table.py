"""``zhnews export OUT --format csv``: a run's claims as one spreadsheet.

One row per claim, one column per field (:data:`COLUMNS`), in article order.
The file is UTF-8 with a byte-order mark, because spreadsheet programs read
a CSV without one in the system's legacy code page and show the Chinese as
mojibake; rows end in CRLF (RFC 4180). Column names are the record fields'
names (stable, for code that reads the file); values are the records' own,
with the place of each figure as ``file:line:col`` (:class:`.check.RawLocator`).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula, and article text is untrusted: such a text cell gets a leading
``'`` (shown by no spreadsheet, kept by code that reads the file). Control
characters are taken out and line breaks made spaces (:func:`.sanitize.cell`).
"""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline import schema
from pipeline.desk.check import Desk, RawLocator, claim_location, load_desk
from pipeline.desk.present import article_label
from pipeline.desk.sanitize import cell

COLUMNS = (
    "claim_id", "article_id", "figure_id", "location", "article", "figure_text", "value", "value_low",
    "value_high", "qualifier", "unit", "kind", "metric", "subject", "subject_normalized", "time",
    "time_normalized", "change", "change_base", "source", "published", "warnings", "sentence",
)
#: Columns holding numbers, written as they are (a leading minus is a sign there, not a formula).
NUMERIC = frozenset({"value", "value_low", "value_high"})
_FORMULA_START = ("=", "+", "-", "@")


def _part(part: schema.ClaimPart | None) -> tuple[str, str]:
    return ("", "") if part is None else (part.text, part.normalized or "")


def claim_row(desk: Desk, claim: schema.Claim, locator: RawLocator, warned: dict[str, list[str]]) -> dict[str, str]:
    """The CSV fields of one claim, as plain strings (not yet made spreadsheet-safe)."""
    figure = claim.figure
    article = desk.articles.get(claim.article_id)
    subject, subject_normalized = _part(claim.subject)
    time, time_normalized = _part(claim.time)
    return {
        "claim_id": claim.id, "article_id": claim.article_id, "figure_id": claim.figure_id,
        "location": claim_location(locator, desk, claim), "article": article_label(article) if article else "",
        "figure_text": figure.text, "value": figure.value_exact, "value_low": figure.low or "",
        "value_high": figure.high or "", "qualifier": figure.qualifier, "unit": figure.unit, "kind": figure.kind,
        "metric": claim.metric.text if claim.metric else "", "subject": subject,
        "subject_normalized": subject_normalized, "time": time, "time_normalized": time_normalized,
        "change": claim.change or "", "change_base": claim.change_base or "",
        "source": claim.source.text if claim.source else "", "published": claim.published or "",
        "warnings": ";".join(warned.get(claim.id, [])), "sentence": claim.sentence.text,
    }


def safe_cell(column: str, value: str) -> str:
    """A value as a spreadsheet may show it: no control character, no line break, never a formula.

    >>> safe_cell("metric", "=HYPERLINK(1)"), safe_cell("value", "-5"), safe_cell("sentence", "a\\nb")
    ("'=HYPERLINK(1)", '-5', 'a b')
    """
    value = cell(value)
    if column not in NUMERIC and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(desk: Desk, path: Path, locator: RawLocator) -> int:
    """Write the desk's claims to ``path``; return the number of rows."""
    warned: dict[str, list[str]] = {}
    for warning in desk.warnings:
        for claim_id in warning.claim_ids:
            kinds = warned.setdefault(claim_id, [])
            if warning.kind not in kinds:
                kinds.append(warning.kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for claim in desk.claims:
            row = claim_row(desk, claim, locator, warned)
            writer.writerow([safe_cell(column, row[column]) for column in COLUMNS])
    return len(desk.claims)


def export_csv(out_dir: Path, path: Path) -> dict[str, int]:
    """``zhnews export OUT --format csv``: the run folder's claims to one CSV file."""
    return {"claims": write_csv(load_desk(out_dir), path, RawLocator(bases=(out_dir.parent,)))}
