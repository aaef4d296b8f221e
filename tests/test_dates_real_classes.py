"""DATE spans of real articles the calendar grammar once missed (clock times, relative and holiday periods,
quarter edges, day ranges): pipeline/entities/dates.py, on sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from pipeline.entities.dates import find_dates
from test_time_holidays import DATES as HOLIDAYS, NOT_DATES as NOT_HOLIDAYS, PUB as HOLIDAY_PUB

PUB = datetime.date(2025, 10, 20)

# (text, expected (text, value) pairs)
FOUND = [
    ("昨天8时，列车准点出发。", [("昨天8时", "2025-10-19")]),  # a clock after a relative day keeps its value
    ("12日零时30分，船队靠岸。", [("12日零时30分", "2025-10-12")]),
    ("发布时间：2025-10-18 09:05", [("2025-10-18 09:05", "2025-10-18")]),
    ("展览10时开幕，清晨6点就有人排队。", [("10时", None), ("清晨6点", None)]),
    ("他七点多就到了。", [("七点多", None)]),
    ("二十多年前，这里还是荒地。", [("二十多年前", None)]),
    ("过去几个月，订单翻了一番。", [("过去几个月", None)]),
    ("这三天，游客络绎不绝。", [("这三天", None)]),
    ("端午小长假，景区人气旺。", [("端午小长假", None)]),
    ("国庆中秋假期，全市接待游客百万人次。", [("国庆中秋假期", None)]),
    ("“十一”黄金周期间客流创新高。", [("十一", None)]),
    ("二季度末，存款余额增长。", [("二季度末", "2025-06")]),
    ("增速比上季末高0.5个百分点。", [("上季末", None)]),
    ("5月2-9日举办。", [("5月2-9日", "2025-05-02/2025-05-09")]),
]

# a count of things, a duration, a number before 点 that is no clock
NOT_DATES = ["提出三点建议", "全天24小时营业", "同时推进", "十一位代表", "近3年", "第5年前"]


@pytest.mark.parametrize(("text", "expected", "pub"),
                         [(t, e, PUB) for t, e in FOUND] + [(t, e, HOLIDAY_PUB) for t, e in HOLIDAYS])
def test_extra_dates_found(text, expected, pub):
    got = find_dates(text, pub)
    assert [(d.text, d.value) for d in got] == expected
    assert all(text[d.start : d.end] == d.text for d in got)


@pytest.mark.parametrize("text", NOT_DATES + NOT_HOLIDAYS)
def test_not_extra_dates(text):
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize("text", ["有一点多余的时间", "这一天终于来了"])
def test_a_little_and_that_day_are_no_extra_dates(text):
    assert [d.text for d in find_dates(text, PUB)] == []
