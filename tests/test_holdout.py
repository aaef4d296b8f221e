"""The hand-annotated holdout pages scored with the shared scorer, with floors that fail on a drop.

tests/golden/holdout/raw holds six page dumps written for this test in other
papers' conventions (provincial economy page, evening-paper livelihood page
without blank lines, Xinhua wire copy with 　　 indentation, science/culture
page, county page with 一、（一） headings and column breaks, an inner page in
full-width digits with 上接/下转 and a truncated last article).  Their gold,
built by tests/golden/holdout/annotate.py from hand annotations, follows
../shared/gold/GUIDELINES.md.  The scorer is ../shared/tools/score.py, which
only developers and CI have, so the test imports it when present and skips
otherwise.

First measured (before any rule was fixed from this set's errors):
  articles f1 0.9259, entities micro 0.7326, claims subject 0.3236, figures f1 0.9752.
The set was then used for error analysis, so these floors are a regression
guard, not an unbiased estimate (tests/golden/blind is the set nobody tunes on).
Measured on the default (fast) pipeline when the floors were last raised:
  articles f1 0.963  reporters_acc 1.0  captions_acc 0.9615  truncated_acc 1.0
  joins acc 1.0 (3/3)
  figures f1 1.0  unit_acc 1.0  qualifier_acc 1.0  kind_acc 0.9969
  entities micro f1 0.976: DATE 0.995  GPE 0.926  LOC 0.923  ORG 1.0  PERSON 0.979  PROGRAM 0.957  WORK 1.0
  claims metric 0.8464  subject 0.4655  change 0.9859  time 0.9636
Floors sit 0.03 below; raise them when the rules improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_scoring import run_and_score

HOLDOUT = Path(__file__).resolve().parent / "golden" / "holdout"
MARGIN = 0.03

MEASURED = {
    ("articles", "f1"): 0.963, ("articles", "reporters_acc"): 1.0, ("articles", "captions_acc"): 0.9615,
    ("articles", "truncated_acc"): 1.0, ("joins", "acc"): 1.0,
    ("figures", "f1"): 1.0, ("figures", "unit_acc"): 1.0, ("figures", "qualifier_acc"): 1.0,
    ("figures", "kind_acc"): 0.9969,
}
MEASURED_ENTITIES = {"micro": 0.976, "DATE": 0.995, "GPE": 0.926, "LOC": 0.923, "ORG": 1.0,
                     "PERSON": 0.979, "PROGRAM": 0.957, "WORK": 1.0}
MEASURED_CLAIMS = {"metric": 0.8464, "subject": 0.4655, "change": 0.9859, "time": 0.9636}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return run_and_score(HOLDOUT, tmp_path_factory)


def test_gold_spans_read_back():
    """Every gold span is the raw text it claims to be (the gold itself is sound)."""
    import json

    raws = {p.name: p.read_text(encoding="utf-8") for p in (HOLDOUT / "raw").glob("*.txt")}
    for name in ("figures", "entities"):
        for line in (HOLDOUT / "gold" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert raws[row["doc"]][row["start"]:row["end"]] == row["text"], row


@pytest.mark.parametrize("part, metric", MEASURED, ids=[f"{p}.{m}" for p, m in MEASURED])
def test_layout_and_figure_floors(report, part, metric):
    assert report[part][metric] >= MEASURED[(part, metric)] - MARGIN, report[part]


@pytest.mark.parametrize("label", MEASURED_ENTITIES)
def test_entity_floors(report, label):
    assert report["entities"][label]["f1"] >= MEASURED_ENTITIES[label] - MARGIN, report["entities"][label]


@pytest.mark.parametrize("field", MEASURED_CLAIMS)
def test_claim_floors(report, field):
    assert report["claims"][field]["acc"] >= MEASURED_CLAIMS[field] - MARGIN, report["claims"][field]
