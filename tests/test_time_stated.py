"""Issue #14, round 9: times stated where the figures' own sentence does not state them, on sentences written for this file.

Each row is an article ('title|body|body…', no page's text) and, figure by
figure, the time a journalist reads. The classes: a paragraph with no figure
still states the period of the paragraphs after it (截至某时统计，各县灾情如下：);
现在 is the present, like 目前; a stretch standing as a clause of its own (7天时间，
5年内，) is the period its clause's figures are counted over (a month or a day
named so, 5月，3日，, is a date); a closing day named 收官日 is an event's day;
a time a copula names (昨天是…首日) is the day before it, under a second name; a
span from an event's start (入汛以来, 整治行动开展以来), that evening (当晚), a
stretch back written without 来 (近一周, 过去24小时), the time of filing (截至发稿时) and a
season (本赛季, 去冬今春) are times.
"""

from __future__ import annotations

import pytest

from test_claims_time_round4 import _times

TIME_CASES = [
    # a figure-free paragraph ending in a colon: its 截至 time is the tallies' after it
    ("某省风雹灾情|5月2日至3日，某省北部遭受冰雹袭击。|截至5月4日8时统计，各县灾情如下："
     "|甲县3000人受灾，农作物受灾面积500公顷。|乙县1200人受灾，直接经济损失80万元。",
     [("3000人", "5月4日8时"), ("500公顷", "5月4日8时"), ("1200人", "5月4日8时"), ("80万元", "5月4日8时")]),
    # … and one that only tells what happened hands its date on too
    ("某县春播|4月10日，某县召开春耕生产现场会。|全县已播种小麦12万亩。", [("12万亩", "4月10日")]),
    # … but a date of reporting (昨日，记者从…获悉) only says when the story was told
    ("某市工业|2023年，全市工业产值增长6%。|昨日，记者从市统计局获悉了有关情况。|全市规上企业达1200家。",
     [("6%", "2023年"), ("1200家", "2023年")]),
    # a figure-free paragraph opening with 目前 leaves the period stated before for the present
    ("某市医保|2022年，全市医保基金支出30亿元。|目前，医保改革仍在推进。|全市参保人数超过400万人。",
     [("30亿元", "2022年"), ("400万人", "目前")]),
    # 现在, the present, like 目前: the figures of its clause are of now, not of the year before
    ("某省社保|到2020年，全省参保人数达3000万人。|厅长说，现在全省参保人数已超过3500万人，失业保险参保人数在500万人以上。",
     [("3000万人", "2020年"), ("3500万人", "现在"), ("500万人", "现在")]),
    # … and a span ending now (从…到现在) is no time of its own
    ("某县志愿服务|某县志愿队从成立到现在服务群众2万人次。", [("2万人次", None)]),
    # … nor is the 现在 of a verb and 在 (表现在, 体现在)
    ("某县医改|医改成效主要体现在门诊量上，全县门诊量下降5%。", [("5%", None)]),
    # a stretch standing as a clause: its clause's figures are counted over it
    ("某市国庆假期旅游|今年国庆假期，全市旅游市场火爆。其中，城区景点方面，7天时间，古镇接待游客20万人次，同比增长5%。",
     [("7天", "今年国庆假期"), ("20万人次", "7天"), ("5%", "7天")]),
    ("某机场规划|按照规划，到2030年，机场年旅客吞吐量将达到5000万人次；5年内，新航站楼将能接待3000万人次。",
     [("5000万人次", "2030年"), ("5年", "2030年"), ("3000万人次", "5年内")]),
    # the end of a range (期限1-3年，) is a term, not a stretch standing as a clause
    ("某行贷款|某行发放贷款5000万元，期限1-3年，利率较市场低0.5个百分点。",
     [("5000万元", None), ("1", None), ("3年", None), ("0.5个百分点", None)]),
    # a month or a day standing as a clause is a date, not a stretch
    ("某市外贸|今年以来，全市外贸稳定。5月，全市进出口总额120亿元。", [("120亿元", "5月")]),
    # 收官日 names an event's day: the time of its clause, as written
    ("某市运动会|本届市运会15日闭幕。|游泳项目产生10枚金牌，田径项目在收官日决出全部12枚金牌。",
     [("10枚", "15日"), ("12枚", "收官日")]),
    # a span from an event's start to now, its name opening the clause: the period of its figures
    ("某市防汛|入汛以来，全市平均降雨量达520毫米。", [("520毫米", "入汛以来")]),
    ("某县整治行动|整治行动开展以来，全县共查处违法案件120起。", [("120起", "整治行动开展以来")]),
    ("某厂生产|投产以来，该厂累计生产汽车10万辆。", [("10万辆", "投产以来")]),
    # … not when its name starts with the subject (该厂), nor as a record's window (以来…最多)
    ("某厂生产|2024年，该厂投产以来累计生产汽车10万辆。", [("10万辆", "2024年")]),
    ("某县运动会|某县代表团今天获得5枚金牌，是开赛以来得金最多的一天。", [("5枚", "今天"), ("一天", "今天")]),
    # that evening, a stretch back from now written without 来, a season
    ("某镇灯会|2月24日，镇上举办灯会。当晚，镇上接待游客5000人次。", [("5000人次", "当晚")]),
    ("某市病例|近一周，全市新增病例20例。", [("20例", "近一周")]),
    ("某队战绩|本赛季，某队共取得15场胜利。", [("15场", "本赛季")]),
    ("某市造林|去冬今春，全市完成植树造林5万亩。", [("5万亩", "去冬今春")]),
    # the time of filing after 截至 (截至 left out, as of 截至目前), a stretch of hours back from now,
    # the first months of a year
    ("某县防汛|截至发稿时，全县已转移群众3000人。", [("3000人", "发稿时")]),
    ("某省降雨|过去24小时，全省平均降雨量达50毫米。", [("50毫米", "过去24小时")]),
    ("某市外贸|今年头两个月，全市出口额增长5%。", [("5%", "今年头两个月")]),
    # a time a copula names is the day before it: the first name is the figures' time
    ("春季招聘会|昨天是全市春季招聘会举办首日，全市各高校3000名毕业生到场求职。", [("3000名", "昨天")]),
]


@pytest.mark.parametrize(("article", "expected"), TIME_CASES)
def test_stated_times(article, expected, recognizer):
    assert _times(article, recognizer) == expected
