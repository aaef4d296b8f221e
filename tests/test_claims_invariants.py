"""Invariants of claim fields on every page we hold (issue #14).

- no claim has a normalized time without a time (the publication date is the
  claim's ``published``, never a guessed time);
- no metric ends inside or on a bound word (不少于, 多在, 约, 超过: the words of
  ``models/figure_qualifiers.tsv`` and the right-edge and comparison words of
  ``models/claim_metric_trim.tsv``, read at jieba's word edges;
  :func:`pipeline.claims.bounds.violation`);
- every part's words are the raw file's (``raw[start:end] == text``);
- one article does not name the same city or province two ways (洛阳 and 洛阳市).

Pages: the samples in ``data/raw``, our golden sets, and (beside developers'
and CI's checkouts only) the shared corpus page and layout pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.claims.bounds import violation
from pipeline.claims.subjects import canonical
from pipeline.text.ingest import read_inputs
from pipeline.text.normalize import fold_width
from pipeline.run import Settings, cached_nlp, process_dump

from conftest import ROOT, SHARED

PAGE_DIRS = [ROOT / "data" / "raw", *sorted((ROOT / "tests" / "golden").glob("*/raw")),
             SHARED / "corpus", SHARED / "layout" / "pages"]


def _pages():
    for folder in PAGE_DIRS:
        if folder.is_dir():
            yield pytest.param(folder, id=str(folder.relative_to(folder.parents[1])))


@pytest.fixture(scope="module")
def runner():
    settings = Settings()
    return settings, cached_nlp(settings)


@pytest.mark.parametrize("folder", list(_pages()))
def test_claim_fields_hold_on_every_page(folder: Path, runner):
    settings, nlp = runner
    problems, claims = [], 0
    for dump in read_inputs([str(folder)]):
        raw = dump.text
        records = process_dump(dump, nlp, settings)
        for article in records:
            names: dict[str, set[str]] = {}
            for claim in article.claims:
                claims += 1
                where = f"{dump.name} {claim.figure.text}"
                if claim.time is not None and claim.time.normalized and not claim.time.text.strip():
                    problems.append(f"{where}: a normalized time without time words")
                for field in ("metric", "subject", "time"):
                    part = getattr(claim, field)
                    if part is not None and part.pieces is None and raw[part.start:part.end] != part.text:
                        problems.append(f"{where}: {field} {part.text!r} is not the raw text at its offsets")
                if claim.metric is not None and claim.metric.pieces is None:
                    text = fold_width(raw)
                    word = violation(text, claim.metric.start, claim.metric.end)
                    if word:
                        problems.append(f"{where}: metric {claim.metric.text!r} ends inside or on {word!r}")
                if claim.subject is not None and claim.subject.normalized:
                    name = claim.subject.normalized
                    names.setdefault(canonical(name) or name, set()).add(name)
            problems += [f"{dump.name}: one place named {sorted(both)}" for both in names.values() if len(both) > 1]
    assert claims > 0
    assert not problems, "\n".join(problems)


def test_no_normalized_time_without_a_time_in_the_schema():
    """The claim record has no separate time value: a time's value lives in the time part."""
    from pipeline import schema

    assert "time_value" not in schema.Claim.model_fields
    assert "normalized" in schema.ClaimPart.model_fields
