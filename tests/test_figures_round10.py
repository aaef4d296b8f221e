"""Figures, dates and script read on fresh real pages (round 10), pinned on text written here.

- the dash between two amounts (300万-350万人次) is a range, not a minus sign;
- a project's phase after its name (二期、…三期等) is part of the name, no count; a phase
  counted (分两期) stays a figure;
- 长三角/珠三角 are regions, not three 角 of money;
- a rank cue with what is ranked between (位居涨幅第二, 全球票房第一) ranks;
- a week of the year (2024年第15周, 第15周) is a DATE whose value is left open;
- traditional script folds to simplified one character for one, simplified text untouched.
"""

from __future__ import annotations

import datetime

import pytest

from pipeline.entities.dates import find_dates
from pipeline.figures.find import find_figures
from pipeline.text.normalize import fold_width


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, float(f.value), f.kind) for f in find_figures(text) if not f.optional]


@pytest.mark.parametrize("text, expected", [
    ("预计日均客流量将达300万-350万人次。", [("300万", 3e6, "count"), ("350万人次", 3.5e6, "count")]),
    ("增速为-2.1%。", [("-2.1%", -2.1, "percent")]),
    ("岳阳至常德高速二期、长沙绕城高速三期等项目建成通车。", []),
    ("工程分两期建设，一期投资5亿元。", [("两期", 2.0, "count"), ("5亿元", 5e8, "money")]),
    ("长三角地区一季度生产总值7.3万亿元。", [("7.3万亿元", 7.3e12, "money")]),
    ("长沙成交3200套，位居涨幅第二。", [("3200套", 3200.0, "count"), ("第二", 2.0, "rank")]),
    ("中国内地成为全球票房第一。", [("第一", 1.0, "rank")]),
])
def test_figures(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2024年第15周，新房成交1.2万套。", [("2024年第15周", None)]),
    ("第15周，成交量回落。", [("第15周", None)]),
    ("怀孕第27周的孕妇", []),
    ("6月第二周", [("6月第二周", "2024-06-08/2024-06-14")]),
])
def test_weeks_of_the_year(text, expected):
    found = find_dates(text, datetime.date(2024, 7, 1))
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize("text, folded", [
    ("四川省今年普通高考報名人數為67萬餘人", "四川省今年普通高考报名人数为67万余人"),
    ("「免費午餐」惠及１０萬學生", "“免费午餐”惠及10万学生"),
    # characters simplified text also writes stay as written
    ("著名的乾坤湾", "著名的乾坤湾"),
])
def test_traditional_script_folds_one_for_one(text, folded):
    assert fold_width(text) == folded
    assert len(fold_width(text)) == len(text)


def test_simplified_text_comes_back_unchanged():
    text = "全市城镇新增就业3.2万人"
    assert fold_width(text) is text


def test_traditional_pages_find_their_figures():
    assert _figures("四川省今年普通高考報名人數為67萬餘人，較上年增加2萬人。") == [
        ("67萬", 6.7e5, "count"), ("2萬人", 2e4, "count")]
