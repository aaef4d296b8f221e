"""Change words of market and price reports read as the direction they state (GUIDELINES: change).
Sentences written for this file."""

from __future__ import annotations

import pytest

from pipeline.claims.changes import change_in

CASES = [
    ("降幅收窄0.3个百分点", "decrease"),
    ("出口增速回升至5.1%", "increase"),
    ("股指反弹12%", "increase"),
    ("猪肉价格走低4%", "decrease"),
    ("客流激增3倍", "increase"),
    ("订单锐减两成", "decrease"),
    ("鸡蛋价格下跌6%", "decrease"),
    ("金价跌至每克450元", "decrease"),
    ("工业品价格下行1.2%", "decrease"),
]


@pytest.mark.parametrize("phrase, direction", CASES)
def test_change_words(phrase, direction):
    cut = next(i for i, ch in enumerate(phrase) if ch.isdigit() or ch in "两三每")
    seen, got = change_in(phrase, 0, cut)
    assert seen and got == direction, (phrase, got)
