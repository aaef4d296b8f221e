"""Issue #14, round 5: 全区 in a story of an autonomous region is the region (pipeline/claims/places.py).

In 新疆, 广西, 西藏, 宁夏 and 内蒙古 the province level is a 自治区, and the page
says 全区 for it; with no district of the story's own, 全区 points to the region,
not to the page's place. Articles written for this file.
"""

from __future__ import annotations

import pytest

from test_claims_time_round4 import _figure, recognizer  # noqa: F401 (fixture)
from test_claims import analyse

CASES = [
    ("某区旅游市场回暖|本报乌鲁木齐4月2日讯 一季度全区接待游客3000万人次，同比增长12%。",
     [("3000万人次", "新疆"), ("12%", "新疆")]),
    ("某区外贸|本报南宁5月6日讯 前4个月，全区外贸进出口总值达2000亿元。", [("2000亿元", "广西")]),
    # a district named in the story: 全区 is that district, as before
    ("某区经济|本报乌鲁木齐4月2日讯 天山区一季度经济平稳，全区完成投资50亿元。", [("50亿元", "天山区")]),
]


@pytest.mark.parametrize(("article", "expected"), CASES)
def test_region_word_is_the_region(article, expected, recognizer):  # noqa: F811
    text, claims = analyse(article, recognizer)
    assert [(_figure(text, c), c.subject) for c in claims] == expected
