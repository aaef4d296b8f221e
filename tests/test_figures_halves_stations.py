"""A half after a duration belongs to the figure (5年半, 3个半月); stations count a line's stops;
a multiplier spaced off its number (312.5 万头) still scales it.
Sentences written for this file."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.figures.find import find_figures

CASES = [
    ("新线建设工期3年半。", "3年半", Decimal("3.5"), "年"),
    ("整治历时2个半月。", "2个半月", Decimal("2.5"), "个月"),
    ("全程用时1个半小时。", "1个半小时", Decimal("1.5"), "小时"),
    ("该线路共设车站23站。", "23站", Decimal("23"), "站"),
    ("中欧班列运送货物6.2万标箱。", "6.2万标箱", Decimal("62000"), "标箱"),
    ("该党在选举中获得112席。", "112席", Decimal("112"), "席"),
    # PDF copy spaces a multiplier off its number: one figure all the same
    ("全年生猪出栏 312.5 万头。", "312.5 万头", Decimal("3125000"), "头"),
]


@pytest.mark.parametrize("sentence, text, value, unit", CASES)
def test_halves_and_stations(sentence, text, value, unit):
    found = [(sentence[f.start:f.end], f.value, f.unit) for f in find_figures(sentence)]
    assert (text, value, unit) in found, found


@pytest.mark.parametrize("sentence", ["开通一站式服务。", "半年来客流稳步回升。", "相隔3个半球。", "赢得一席之地。"])
def test_no_figure_of_a_half_or_an_idiom(sentence):
    found = [(sentence[f.start:f.end], f.value) for f in find_figures(sentence)]
    assert all("半" not in text for text, _ in found) and all(text != "一站" for text, _ in found), found
