"""A time written right before a figure dates that figure (pipeline/claims/times.py: attached).

With 的/为/是 between them (2015年的8.4万人, 上年为3.2%) or nothing (比去年全年95万辆): a level
after its time is that time's, comparison base or not; a gap or rate after a base time
(快于去年同期3个百分点) measures the difference, and keeps the sentence's period.
Sentences written for this file.
"""

from __future__ import annotations

import pytest

from test_claims_time_round4 import _times

CASES = [
    ("某市汽车产量|截至10月底，全市汽车产量比去年全年95万辆的产量增长了4%。",
     [("95万辆", "去年全年"), ("4%", "10月底")]),
    ("某省春播进度|截至5月10日，全省春播进度快于去年同期3个百分点。", [("3个百分点", "5月10日")]),
    ("某县就业|今年全县新增就业1.2万人，上年为1.1万人。", [("1.2万人", "今年"), ("1.1万人", "上年")]),
]


@pytest.mark.parametrize(("article", "expected"), CASES)
def test_time_right_before_a_figure(article, expected, recognizer):  # noqa: F811
    assert _times(article, recognizer) == expected
