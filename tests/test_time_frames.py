"""Issue #14, round 7: periods a story states once and its figures go on in, on sentences written for this file.

Each row is an article ('title|body|body…', no page's text) and, figure by
figure, the time a journalist reads. The classes: 此外 adds figures in the
period stated before; a source clause (据统计, 记者从…获悉) opens what is told, so
a time after it frames the sentence; a day named by pointing back (当日, 闭幕日)
is the time as written in its paragraph, and a later paragraph going on in it
reads the date it points to; an event's day (闭幕日, 最后一个比赛日, 运动会次日)
is a time, and after a date in its sentence it restates that day, as 全年 restates
the year of its sentence; 今天 followed by what happened (not by a telling) is the
day of the figures; a base listed after a base (比2023年、2022年同期) is one too; a time opening a
counted noun (8个春运重点站点) dates nothing; a day written
with 号 after a word that takes a day (截至6号) is a DATE, and so is a year with
全年 after it (2019年全年) a named break with 期间 (黄金周期间),
two dates joined by 至 (除夕至正月初三; not hours alone) and a stretch on from now (未来一周).
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.claims import day_refs
from pipeline.claims.times import TimeWord
from pipeline.entities.dates import find_dates
from test_claims_time_round4 import _times

TIME_CASES = [
    # 此外 goes on in the period of the paragraph before
    ("某市接种进展|截至5月3日24时，全市累计接种疫苗300万剂次。"
     "|此外，60岁以上人群接种率为85%。",
     [("300万剂次", "5月3日24时"), ("60岁", "5月3日24时"), ("85%", "5月3日24时")]),
    # a source clause opens what is told: the time after it frames the sentence and is carried
    ("某省券商年报|券商年报披露已经结束，根据协会数据统计，上半年，全省券商营业收入120亿元。"
     "|据统计，其中3家券商净利润增长超过10%。",
     [("120亿元", "上半年"), ("3家", "上半年"), ("10%", "上半年")]),
    # 当日 in its own paragraph; the paragraph after it goes on in the date it points to
    ("某省运动会闭幕|第九届省运会15日在某市闭幕。|某市代表团当日再获3枚金牌。"
     "|至此，某市代表团共获得金牌48枚。",
     [("3枚", "当日"), ("48枚", "15日")]),
    # an event's day in its own clause; after the date of its sentence it restates that day
    ("某省运动会闭幕|第九届省运会15日在某市闭幕，最后一个比赛日某市代表团再获2枚金牌，"
     "最终以48枚金牌位列第一。",
     [("2枚", "最后一个比赛日"), ("48枚", "15日"), ("第一", "15日")]),
    # 全年 after the year of its sentence restates that year
    ("某港口年报|2024年，全港全年集装箱吞吐量比上年多20万标箱。", [("20万标箱", "2024年")]),
    # 当年 after the year of its sentence points back to it
    ("某县茶叶|2015年是全县茶叶统计的第一年，当年的产量仅有300吨。", [("300吨", "2015年")]),
    # a time opening a counted noun (12个春运重点城市) names what is counted, it dates nothing
    ("某省春运|2月3日，全省8个春运重点站点客流量达50万人次。", [("8个", "2月3日"), ("50万人次", "2月3日")]),
    # a compared time with its measure before the base's level: the level is the base period's
    ("某院门诊|截至昨日下午5时，门诊量为2000人次，比4月日均门诊量的2500人次略少。",
     [("2000人次", "昨日下午5时"), ("2500人次", "4月")]),
    # two comparison bases listed: neither is the figures' period
    ("某市假日消费|3月1日至7日，全市商场销售额5亿元，比2023年、2022年同期分别增长8%、12%。",
     [("5亿元", "3月1日至7日"), ("8%", "3月1日至7日"), ("12%", "3月1日至7日")]),
    # 今天 followed by what happened, not by a telling: the day of the figures
    ("某县举重队再夺金|继首日夺得两枚金牌后，县举重队今天再获三枚金牌。", [("两枚", "首日"), ("三枚", "今天")]),
    ("某市汽车产量|2020年产量为20万辆，直到今天，全市汽车产量首次突破50万辆。",
     [("20万辆", "2020年"), ("50万辆", "今天")]),
    # … and followed by a telling it dates the telling, not the figures
    ("某市经济|上半年，全市工业增加值增长6%。|记者今天从市统计局获悉，全市社零总额达800亿元。",
     [("6%", "上半年"), ("800亿元", "上半年")]),
    # a dateline's date is the filing date, even with no space after its 电
    ("省运会又产生八枚金牌|本报某市3月5日电今天的省运会产生了8枚金牌。|某市代表团又获3枚金牌。",
     [("八枚", "今天"), ("8枚", "今天"), ("3枚", "今天")]),
    # the closing day, written after the games' name: the day alone is the time
    ("某市代表团收官|本届省运会闭幕日，某市代表团再获5枚金牌。", [("5枚", "闭幕日")]),
    # the next day is a day of its own: named as written, not the date before it
    ("某景区客流|10月1日，景区接待游客2万人次。次日，景区接待游客3万人次。",
     [("2万人次", "10月1日"), ("3万人次", "次日")]),
    # the n-th day of a games named by its short name frames the story
    ("省运次日金牌分流|本报讯 省运次日，8个代表团获得金牌。|某市代表团以三金位列第一。",
     [("8个", "省运次日"), ("三金", "省运次日"), ("第一", "省运次日")]),
]


@pytest.mark.parametrize(("article", "expected"), TIME_CASES)
def test_frame_times(article, expected, recognizer):  # noqa: F811
    assert _times(article, recognizer) == expected


DAY_CASES = [
    # (time word, dates before it with values, the date handed on)
    ("当日", [("10月", "2025-10"), ("27日", "2025-10-27")], "27日"),
    ("闭幕日", [("27日", "2025-10-27"), ("今年", "2025")], "27日"),
    ("当天", [("今年", "2025")], "当天"),  # no day written: the word as it is
    ("次日", [("27日", "2025-10-27")], "次日"),  # the next day: a date the page does not write
    ("上半年", [("27日", "2025-10-27")], "上半年"),  # no pointing word: unchanged
]


@pytest.mark.parametrize(("word", "before", "handed"), DAY_CASES)
def test_written_day(word, before, handed):
    dates, pos = [], 0
    for text, value in before:
        dates.append(TimeWord(pos, pos + len(text), text, value))
        pos += len(text) + 1
    time = TimeWord(pos, pos + len(word), word)
    assert day_refs.written_day(time, dates).text == handed


# DATE shapes: (text, expected (text, value) pairs) against a publication date of 2021-05-08
DATE_CASES = [
    ("截至6号，全市接种疫苗500万剂次。", [("6号", "2021-05-06")]),
    ("从3号上午开始试运行。", [("3号上午", "2021-05-03")]),
    ("截至6号24时，累计接种500万剂次。", [("6号24时", "2021-05-06")]),
    ("地铁2号线客流增长。", []),  # a line's number
    ("他住在6号楼。", []),
    ("“探索者”2号已升空。", []),  # a craft's name
    ("港口2019年全年吞吐量增长。", [("2019年全年", "2019")]),  # the year, whole: one DATE
    ("比去年全年还多。", [("去年全年", "2020")]),
    ("全年完成投资。", [("全年", None)]),
    ("黄金周期间，景区客流平稳。", [("黄金周期间", None)]),  # a named break with 期间: one DATE
    ("除夕至正月初三，商场客流大增。", [("除夕至正月初三", None)]),  # two dates joined: one period
    ("3日8时至今天6时，全市降雨。", [("3日8时至今天6时", "2021-05-03/2021-05-08")]),
    ("展馆上午9时至下午5时开放。", [("上午9时", None), ("下午5时", None)]),  # hours stay two
    ("预计未来一周，气温回升。", [("未来一周", None)]),  # a stretch on from now
    ("今年国庆长假期间接待游客。", [("今年国庆长假期间", "2021-10-01/2021-10-07")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_date_shapes(text, expected):
    found = find_dates(text, datetime.date(2021, 5, 8))
    assert [(d.text, d.value) for d in found] == expected
    assert all(text[d.start:d.end] == d.text for d in found)


_PIECES = ["除夕", "至", "正月初三", "6号", "截至", "24时", "，", "3日8时", "到", "今天", "上午9时", "—",
           "2019年", "全年", "黄金周", "期间", "未来一周", "同期", "去年", "2号线", " ", "从"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_date_spans_are_raw_slices(pieces):
    """Joined ranges, 号 days and 期间 keep every DATE a slice of the text, in order, not overlapping."""
    text = "".join(pieces)
    found = find_dates(text, datetime.date(2021, 5, 8))
    assert all(text[d.start:d.end] == d.text and d.start < d.end for d in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
