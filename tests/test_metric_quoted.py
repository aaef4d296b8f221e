"""Issue #14, round 7: a quoted name right before a figure is what the figure counts.

Rows are sentences written for this file (no page's text). After a figure, 300个“乐业小站”
counts the quoted name (pipeline.claims.metric_after); before one, 建成“口袋公园”50个 does
too: the name is no scope to trim off like a place or a date (GUIDELINES: Claims).
"""

from __future__ import annotations

import pytest

from test_claims import analyse, metrics_of

METRICS = [
    ("城建|今年全区将建成“口袋公园”50个。", ["口袋公园"]),
    ("暑期|团区委今年开设\"暑期课堂\"120个,比去年多20个。", ["暑期课堂", "暑期课堂"]),
    ("评选|本届活动共评出‘最美家庭’80户。", ["最美家庭"]),
]


@pytest.mark.parametrize("article, expected", METRICS, ids=[m[0].split("|")[-1][:14] for m in METRICS])
def test_metrics(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected
