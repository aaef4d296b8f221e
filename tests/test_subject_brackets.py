"""A figure glossed in brackets right after a name is that name's (candidates.bracketed_by), on
sentences written for this file: a medal table or a ranking lists each holder with its figure."""

from __future__ import annotations

import pytest

from test_claims import figure_subjects

CASES = [
    ("奖牌榜|中国代表团获得金牌120枚。紧随其后的是泰国（九金）、越南（五金）、新加坡（三金）。",
     [("九金", "泰国"), ("五金", "越南"), ("三金", "新加坡")]),
    ("出口|今年前两月，出口额居前三位的是广东（3200亿元）、江苏（1800亿元）。",
     [("3200亿元", "广东"), ("1800亿元", "江苏")]),
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0].split("|")[0] for c in CASES])
def test_bracketed_figure_is_the_names(article, expected):
    got = figure_subjects(article)
    assert set(expected) <= set(got), got
