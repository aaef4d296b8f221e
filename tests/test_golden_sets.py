"""Our hand-annotated golden sets, scored with the shared scorer, with floors that fail on a drop.

Each set is a folder ``tests/golden/<set>/`` with ``raw/`` page dumps written
for these tests (never copied from a real paper) and ``gold/`` annotated by
hand from ../shared/gold/GUIDELINES.md before zhnews ran on them. The scorer
is ../shared/tools/score.py, which only developers and CI have: where it is
absent these tests skip.

- ``holdout`` (6 pages: provincial economy page, evening paper with one
  paragraph a line, Xinhua wire with 　　 indentation, science/culture page,
  county page with 一、（一） headings and column breaks, inner page in
  full-width digits with 上接/下转). First run: articles 25/27, figures F1
  0.975, entities 0.733, claims metric/subject/time/change .78/.32/.81/.82.
  Rules were then fixed from its error analysis: a regression guard now.
- ``blind`` (5 pages: party-paper front page with credits, agriculture page in
  ASCII punctuation, sports & health, transport page with a caption in a
  column break and a truncated article, evening business page). First run:
  articles 24/27, figures .991, entities .801, claims .79/.39/.75/.85. One
  round of general rules followed its error analysis: a regression guard now.
- ``blind2`` (4 pages: education & health, ecology, tourism & culture,
  finance & tech). First run, our honest estimate for unseen papers: articles
  12/12 (reporters .83), figures .975, entities .864, claims
  .885/.686/.80/.897. General fixes followed (each reporter once; 建成|县域
  is no place; streets named after a place, 寺/保护区 suffixes, brand names
  before a place in an ORG, 乡镇/县级 + institution is a class), so it too is
  a regression guard now.

- ``fresh`` (4 pages for the claim fields of issue #14: evening paper with a
  masthead date line, provincial economic daily with a 本报成都X月X日讯 dateline,
  wire page with 　　 indentation, city daily; claims, figures and articles
  annotated, no entities). Half (fa, fb) was used while working, half (fc, fd)
  held out. First run: dev .892/.943/.677/1.0, held-out .969/.586/.667/1.0
  (metric/subject/time/change); held-out at the end, before any fix from it:
  .938/.759/.933/1.0. A few general fixes followed its error analysis (dateline
  places, national articles, 全年目标任务), so it too is a regression guard now.

Claims floors were raised for issue #14 (tree after the claim-field work):
holdout .881/.564/.991/.986, blind .860/.496/.972/1.0, blind2 .926/.917/.978/.931;
and again after the real-text dev gold work (actors, events, ； carries, the
lead's period): holdout .878/.622/1.0/.986, blind .885/.665/.972/1.0.

Floors sit ``MARGIN`` below the scores measured when they were last set
(tree 3a0bcfc). Raise them when rules improve; lower one only with a reason.

Entity floors were reset when the default mode became ``accurate`` (rules +
LAC, issue 13): the rules were tuned on these pages, so the rules alone score
higher here (micro .978/.963/.945) than the merge (.954/.936/.949), while the
merge scores far higher on text nobody tuned on (MSRA .78 vs .53, real
articles of other papers .875 vs .79). The floors guard the default.
Holdout entity micro/ORG raised to .959/.912 when tagger spans began to need
evidence of a name (tagger_checks.py: a department's name no longer yields to
the tagger's cut).
Blind LOC lowered .857 -> .819 when address chains began to be split into their
names (南京市|建邺区|庐山路, pipeline/entities/place_chains.py), as the real-text
dev gold, MSRA and People's Daily annotate them; this set keeps one venue after
its city whole (杭州奥体中心游泳馆), written before that convention was measured.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_scoring import run_and_score

GOLDEN = Path(__file__).resolve().parent / "golden"
MARGIN = 0.03

#: set -> {(part, metric): score}; entity labels under ("entities", LABEL), claims under ("claims", FIELD).
FLOORS = {
    "holdout": {
        ("articles", "f1"): 0.963, ("articles", "reporters_acc"): 1.0, ("articles", "captions_acc"): 0.9615,
        ("articles", "truncated_acc"): 1.0, ("joins", "acc"): 1.0,
        ("figures", "f1"): 1.0, ("figures", "unit_acc"): 1.0, ("figures", "qualifier_acc"): 1.0,
        ("figures", "kind_acc"): 0.9969,
        ("entities", "micro"): 0.959, ("entities", "DATE"): 0.995, ("entities", "GPE"): 0.912,
        ("entities", "LOC"): 0.955, ("entities", "ORG"): 0.912, ("entities", "PERSON"): 0.968,
        ("entities", "PROGRAM"): 0.957, ("entities", "WORK"): 1.0,
        ("claims", "metric"): 0.8777, ("claims", "subject"): 0.6218, ("claims", "time"): 1.0,
        ("claims", "change"): 0.9859,
    },
    "blind": {
        ("articles", "f1"): 1.0, ("articles", "reporters_acc"): 1.0, ("articles", "captions_acc"): 1.0,
        ("articles", "truncated_acc"): 1.0, ("joins", "acc"): 1.0,
        ("figures", "f1"): 1.0, ("figures", "unit_acc"): 1.0, ("figures", "qualifier_acc"): 1.0,
        ("figures", "kind_acc"): 1.0,
        ("entities", "micro"): 0.936, ("entities", "DATE"): 0.988, ("entities", "GPE"): 0.906,
        ("entities", "LOC"): 0.819, ("entities", "ORG"): 0.889, ("entities", "PERSON"): 0.971,
        ("entities", "PROGRAM"): 0.941,
        ("claims", "metric"): 0.8853, ("claims", "subject"): 0.6654, ("claims", "time"): 0.9722,
        ("claims", "change"): 1.0,
    },
    "blind2": {
        ("articles", "f1"): 1.0, ("articles", "reporters_acc"): 1.0, ("articles", "captions_acc"): 1.0,
        ("articles", "truncated_acc"): 1.0, ("joins", "acc"): 1.0,
        ("figures", "f1"): 0.9879, ("figures", "unit_acc"): 0.9836, ("figures", "qualifier_acc"): 0.9918,
        ("figures", "kind_acc"): 1.0,
        ("entities", "micro"): 0.949, ("entities", "DATE"): 0.946, ("entities", "GPE"): 1.0,
        ("entities", "LOC"): 0.909, ("entities", "ORG"): 0.917, ("entities", "PERSON"): 1.0,
        ("entities", "PROGRAM"): 0.870, ("entities", "WORK"): 1.0,
        ("claims", "metric"): 0.9262, ("claims", "subject"): 0.8843, ("claims", "time"): 0.9778,
        ("claims", "change"): 0.931,
    },
    "fresh": {
        ("articles", "f1"): 0.9091, ("figures", "f1"): 0.9787,
        ("claims", "metric"): 1.0, ("claims", "subject"): 0.9531, ("claims", "time"): 0.9836,
        ("claims", "change"): 1.0,
    },
}


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Scorer reports by set name, each computed once."""
    cache: dict[str, dict] = {}

    def report(name: str) -> dict:
        if name not in cache:
            cache[name] = run_and_score(GOLDEN / name, tmp_path_factory)
        return cache[name]

    return report


def _value(report: dict, part: str, metric: str) -> float:
    if part == "entities":
        return report["entities"][metric]["f1"]
    if part == "claims":
        return report["claims"][metric]["acc"]
    return report[part][metric]


CASES = [(name, part, metric) for name, floors in FLOORS.items() for part, metric in floors]


@pytest.mark.parametrize("name, part, metric", CASES, ids=[f"{n}.{p}.{m}" for n, p, m in CASES])
def test_floor(reports, name, part, metric):
    score = _value(reports(name), part, metric)
    assert score >= FLOORS[name][(part, metric)] - MARGIN, f"{name} {part}.{metric} = {score}"


def _rows(name: str, stem: str) -> list[dict]:
    path = GOLDEN / name / "gold" / f"{stem}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", FLOORS)
def test_gold_is_sound(name):
    """Every gold span reads back, joins break inside their page, claims hang on required figures."""
    raws = {p.name: p.read_text(encoding="utf-8") for p in (GOLDEN / name / "raw").glob("*.txt")}
    for stem in ("figures", "entities"):
        for row in _rows(name, stem):
            assert raws[row["doc"]][row["start"]:row["end"]] == row["text"], row
    figures = {(f["doc"], f["start"]) for f in _rows(name, "figures") if not f["optional"]}
    for claim in _rows(name, "claims"):
        assert (claim["doc"], claim["figure_start"]) in figures, claim
    for join in _rows(name, "joins"):
        assert all(0 < b < len(raws[join["doc"]]) for b in join["breaks"]), join
