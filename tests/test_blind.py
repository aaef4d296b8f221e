"""The blind held-out pages scored with the shared scorer: a second holdout that nobody tunes on.

tests/golden/blind/raw holds five page dumps written for this test in kinds of
paper the first holdout does not cover: a municipal party-paper front page
(kicker + title, 一、二、三、 sections, a 策划/统筹/执笔 credits block), an
agriculture page in ASCII punctuation with one paragraph a line (亩, 公斤,
元/公斤, 户均, 环比), a sports & health page (medals, ranks, ages, match
scores as optional figures, clock times as dates), a transport page with a
caption inside a column break, a (下转3版) and a truncated last article, and a
city evening paper's business page (股份有限公司/集团, 分别…和…, 约/近/超/逾/
以上/不足).  Their gold (tests/golden/blind/gold, built by
tests/golden/blind/annotate.py from tests/golden/blind/annotations) was
written by hand from ../shared/gold/GUIDELINES.md and committed before zhnews
ever ran on these pages.  Its first measurement (below) is our honest
estimate for unseen papers.  One round of general rules was then written from
its error analysis (trailing (记者 X) bylines, teams, facilities, 新建 as an
increase …), so it is no longer blind: the floors now guard the current
scores, and a new blind set is what a future estimate needs.  The scorer is
../shared/tools/score.py, which only developers and CI have, so the test
imports it when present and skips otherwise.

First measurement, default (fast) pipeline, tree at 8431e09:
  articles f1 0.9412 (24/27 found)  reporters_acc 0.8333  captions_acc 0.875  truncated_acc 0.9583
  joins acc 1.0 (1/1)
  figures f1 0.991 (p 0.9964 r 0.9857)  unit_acc 0.9782  qualifier_acc 0.9927  kind_acc 0.9891
  entities micro f1 0.801: DATE 0.920  GPE 0.758  LOC 0.588  ORG 0.697  PERSON 0.915  PROGRAM 0.800
  claims metric 0.7885  subject 0.3872  time 0.75  change 0.8472
After the round of fixes (the floors, 0.05 below):
  articles f1 1.0 (27/27)  reporters_acc 1.0  captions_acc 1.0  truncated_acc 1.0
  figures f1 1.0  unit_acc 1.0  qualifier_acc 1.0  kind_acc 1.0
  entities micro f1 0.952: DATE 0.988  GPE 0.966  LOC 0.851  ORG 0.954  PERSON 0.990  PROGRAM 0.800
  claims metric 0.8244  subject 0.4474  time 0.9097  change 1.0
Floors sit 0.05 below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_scoring import run_and_score

BLIND = Path(__file__).resolve().parent / "golden" / "blind"
MARGIN = 0.05

MEASURED = {
    ("articles", "f1"): 1.0, ("articles", "reporters_acc"): 1.0, ("articles", "captions_acc"): 1.0,
    ("articles", "truncated_acc"): 1.0, ("joins", "acc"): 1.0,
    ("figures", "f1"): 1.0, ("figures", "unit_acc"): 1.0, ("figures", "qualifier_acc"): 1.0,
    ("figures", "kind_acc"): 1.0,
}
MEASURED_ENTITIES = {"micro": 0.952, "DATE": 0.988, "GPE": 0.966, "LOC": 0.851, "ORG": 0.954,
                     "PERSON": 0.990, "PROGRAM": 0.800}
MEASURED_CLAIMS = {"metric": 0.8244, "subject": 0.4474, "time": 0.9097, "change": 1.0}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return run_and_score(BLIND, tmp_path_factory)


@pytest.mark.parametrize("name", ["figures", "entities"])
def test_gold_spans_read_back(name):
    """Every gold span is the raw text it claims to be (the gold itself is sound)."""
    raws = {p.name: p.read_text(encoding="utf-8") for p in (BLIND / "raw").glob("*.txt")}
    for line in (BLIND / "gold" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert raws[row["doc"]][row["start"]:row["end"]] == row["text"], row


def test_join_breaks_and_claims_point_at_gold():
    """Join breaks fall inside their page and every claim hangs on a non-optional gold figure."""
    raws = {p.name: p.read_text(encoding="utf-8") for p in (BLIND / "raw").glob("*.txt")}
    rows = lambda name: [json.loads(x) for x in (BLIND / "gold" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    figures = {(f["doc"], f["start"]) for f in rows("figures") if not f["optional"]}
    for claim in rows("claims"):
        assert (claim["doc"], claim["figure_start"]) in figures, claim
        assert claim["metric"] in raws[claim["doc"]], claim
    for join in rows("joins"):
        assert all(0 < b < len(raws[join["doc"]]) for b in join["breaks"]), join


@pytest.mark.parametrize("part, metric", MEASURED, ids=[f"{p}.{m}" for p, m in MEASURED])
def test_layout_and_figure_floors(report, part, metric):
    assert report[part][metric] >= MEASURED[(part, metric)] - MARGIN, report[part]


@pytest.mark.parametrize("label", MEASURED_ENTITIES)
def test_entity_floors(report, label):
    assert report["entities"][label]["f1"] >= MEASURED_ENTITIES[label] - MARGIN, report["entities"][label]


@pytest.mark.parametrize("field", MEASURED_CLAIMS)
def test_claim_floors(report, field):
    assert report["claims"][field]["acc"] >= MEASURED_CLAIMS[field] - MARGIN, report["claims"][field]
