"""The third blind set, scored with the shared scorer: an honest estimate on unseen papers.

tests/golden/blind2/raw holds four invented page dumps in kinds of paper the
other sets do not cover: a provincial daily's education & health page
(full-width punctuation, 本报讯（记者 X 通讯员 Y）, 本报九江讯, 个百分点,
不少于/约/近), an ecology page in ASCII punctuation with one paragraph a line
(kicker, PM2.5 and 微克/立方米, 万亩/公顷, a plain column break), a city
evening paper's tourism & culture page (人次, 旅游收入, 《》 works, festivals in
quotes, a picture caption inside a column break, a 本报记者 X 文/图 end line),
and a finance & tech page (亿元/万亿元, 同比, 个百分点, 专利件数, 研发投入强度,
三成/三分之一, a truncated last article).  Its gold (tests/golden/blind2/gold,
built by tests/golden/blind2/annotate.py from tests/golden/blind2/annotations)
was written by hand from ../shared/gold/GUIDELINES.md and committed (20e05a4)
before zhnews ever ran on these pages; after the one scoring run only two
plain omissions were fixed (今年 inside a quote and 去年 before
陶瓷产业总产值 had not been annotated as DATE).  Nobody tunes on this set: the
floors below record the first measurement, and whoever fixes a rule from its
errors must say so here, because the set is then no longer blind.

First (and only) measurement, default pipeline, tree at 3f6c743:
  articles f1 1.0 (12/12)  reporters_acc 0.8333  captions_acc 1.0  truncated_acc 1.0
  joins acc 1.0 (2/2)
  figures f1 0.9754 (p 0.9754 r 0.9754)  unit_acc 0.9832  qualifier_acc 0.9916  kind_acc 1.0
  entities micro f1 0.864: DATE 0.946  GPE 0.889  LOC 0.571  ORG 0.723  PERSON 0.976
                           PROGRAM 0.762  WORK 1.0
  claims metric 0.8852  subject 0.686  time 0.8  change 0.8966
Floors sit 0.05 below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_scoring import run_and_score

BLIND = Path(__file__).resolve().parent / "golden" / "blind2"
MARGIN = 0.05

MEASURED = {
    ("articles", "f1"): 1.0, ("articles", "reporters_acc"): 0.8333, ("articles", "captions_acc"): 1.0,
    ("articles", "truncated_acc"): 1.0, ("joins", "acc"): 1.0,
    ("figures", "f1"): 0.9754, ("figures", "unit_acc"): 0.9832, ("figures", "qualifier_acc"): 0.9916,
    ("figures", "kind_acc"): 1.0,
}
MEASURED_ENTITIES = {"micro": 0.864, "DATE": 0.946, "GPE": 0.889, "LOC": 0.571, "ORG": 0.723,
                     "PERSON": 0.976, "PROGRAM": 0.762, "WORK": 1.0}
MEASURED_CLAIMS = {"metric": 0.8852, "subject": 0.686, "time": 0.8, "change": 0.8966}


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
