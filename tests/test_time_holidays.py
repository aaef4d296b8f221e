"""Issue #14, round 5: holiday periods as the times of claims, on sentences written for this file.

The classes seen on real articles: days of the lunar new year (大年初二至初四,
初三、初四) and festivals the calendar grammar did not know (古尔邦节假期) are
DATEs; a holiday in quotes (“超级黄金周”) or swallowed by a place name is a
DATE, not a program or a place; a holiday named with its length (假期8天) and a
business season (旅游旺季) are claim times; a dateline closing in 消息 dates the
filing, not the figures; a 其中 sentence counts parts of the whole the sentence
before counted, in its period (framed there or not: the time most of its claims
take), and so does a sentence going on after the ； of the one before.
"""

from __future__ import annotations

import datetime

import pytest

from test_claims_time_round4 import _times

PUB = datetime.date(2025, 2, 5)

# (text, expected (text, value) DATE pairs): checked by test_dates_real_classes with the other date tables
DATES = [
    # the Spring Festival travel season, and a named period's first day or n-th week
    ("春运第一周，全省铁路发送旅客300万人次。", [("春运第一周", None)]),
    ("今年春运首日，机场客流平稳。", [("今年春运首日", None)]),
    ("大年初二至初四，景区游客明显增多。", [("大年初二至初四", None)]),
    ("正月十五晚上，灯会开幕。", [("正月十五", None)]),
    ("地铁初三、初四的客流创新高。", [("初三", None), ("初四", None)]),
    ("某县开斋节假期接待游客5万人次。", [("开斋节假期", None)]),
    ("中秋节假期，全市商场人气旺。", [("中秋节假期", None)]),
    ("2024年中秋节假期，全市接待游客80万人次。", [("2024年中秋节假期", None)]),
    ("去年春节黄金周，全县旅游收入过亿。", [("去年春节黄金周", None)]),
    ("2024年国庆节，广场举行升旗仪式。", [("2024年国庆节", "2024-10-01")]),
    ("抢抓“双节”时机开业。", [("双节", None)]),
]

# a school year, a weapon, a saving: no date
NOT_DATES = ["初三学生参加体检", "初一、初二年级的同学", "他在练双节棍", "青年节省下的钱"]


TIME_CASES = [
    # a holiday in quotes is the period of the figures after it, not the year before it
    ("某市假日消费火爆|在2024年长达8天的“超级黄金周”期间，全市重点商场实现销售额12亿元。",
     [("8天", "2024年"), ("12亿元", "超级黄金周")]),  # 8天 measures the break in 2024年
    # a festival named with the place that keeps it
    ("某区节日旅游|某区古尔邦节假期累计接待游客20万人次。", [("20万人次", "古尔邦节假期")]),
    # a holiday with its length, after the name of who counts (the shops counted in it too)
    ("某市商圈|全市监测的30家商场假期7天实现销售额5亿元。",
     [("30家", "假期"), ("7天", "假期"), ("5亿元", "假期")]),
    # a dateline closing in 消息: the filing date is no period; the holiday after it is
    ("某市假日消费|央广网某市10月8日消息（记者王明）国庆假期，全市商场销售额达9亿元。", [("9亿元", "国庆假期")]),
    # 其中: the parts of what the sentence before counted, in its period
    ("博物馆春节人气旺|“博物馆热”持续升温，今年春节假期，全省博物馆接待观众300万人次。"
     "其中，5家博物馆接待观众均超过20万人次。",
     [("300万人次", "今年春节假期"), ("5家", "今年春节假期"), ("20万人次", "今年春节假期")]),
    # … and in the period most of its figures take, not an aside's base year
    ("博物馆春节人气旺|“博物馆热”持续升温，今年春节假期，全省博物馆接待观众300万人次，同比增长20%"
     "（2024年接待观众250万人次）。其中，5家博物馆接待观众均超过20万人次。",
     [("300万人次", "今年春节假期"), ("20%", "今年春节假期"), ("250万人次", "2024年"),
      ("5家", "今年春节假期"), ("20万人次", "今年春节假期")]),
    # a sentence going on after the ； of the one before: its period
    ("某州冰雪游|本报讯 1至3月全州接待游客900万人次。滑雪成为冬季时尚，一季度某县接待游客50万人次；"
     "实现旅游收入5亿元。",
     [("900万人次", "1至3月"), ("50万人次", "一季度"), ("5亿元", "一季度")]),
    ("景区客流|大年初二至初四，全市景区客流明显上升。景区日接待游客最高达3万人次。",
     [("3万人次", "大年初二至初四")]),
]


@pytest.mark.parametrize(("article", "expected"), TIME_CASES)
def test_holiday_times(article, expected, recognizer):  # noqa: F811
    assert _times(article, recognizer) == expected
