"""Subjects of this round: lists closed by their group word, places written with the place
that holds them, a national ministry's story about the country, 据X预计 as a source.
Sentences written for this file."""

from __future__ import annotations

import pytest

from test_claims import figure_subjects

CASES = [
    # a list its group word closes (等市, 三省, 等N座水库) is the figures' subject, whatever follows it
    ("迎峰度夏|据省电力公司介绍，芜湖、蚌埠、淮南等市用电负荷增长率超过12%。",
     [("12%", "芜湖、蚌埠、淮南等市")]),
    ("晚稻收获|截至10月8日，湖南、江西、广西三省已收获四成，进度快于上年。",
     [("四成", "湖南、江西、广西三省")]),
    # a place written with the place that holds it is one subject, as the page writes it
    ("冰雹|受强对流天气影响，果洛藏族自治州玛多县200余人受灾。",
     [("200", "果洛藏族自治州玛多县")]),
    # 全省第一: the province the figure ranks in, not whose figure it is
    ("工业|去年，绵阳全市规模以上工业增加值增速居全省第一，连续3年保持两位数增长。",
     [("第一", "绵阳")]),
    # a verb jieba's dictionary calls a noun (产生) still ends the clause's actor
    ("运动会|运动会进入第五个比赛日。当天，射击项目产生6枚金牌，多个项目决出冠军。",
     [("6枚", "射击项目")]),
    # a title that opens with an event (首届X博会…) is the story of that event's parts
    ("首届消博会意向交易额超200亿元|本届消博会共吸引2800家企业参展，累计进场观众32万人次。",
     [("2800家", "首届消博会"), ("32万人次", "首届消博会")]),
    # a route's ends (西至X，东至Y) are where the road runs, not the road
    ("新路通车|据了解，华丰路新建道路西至横山路，东至李渔路，总长度290米，路宽30米。",
     [("290米", "华丰路"), ("30米", "华丰路")]),
    # the last of a list its count closes (朝晖路、凯旋路两条断头路) is counted, not the counter
    ("断头路|今年，兰溪市区还打通了朝晖路、凯旋路两条断头路。", [("两条", "兰溪市区")]),
    # a list closed by its group word after 其中 is the topic of the clause after it too
    ("消费券|全国已有多地发放消费券。其中，济南、青岛、烟台等多地选择线上发放，发放金额超过12亿元。",
     [("12亿元", "济南、青岛、烟台等多地")]),
    # an outlet's lead credit (某某网讯) carried the story: it is not what the figures are about
    ("工业|光明网讯（记者 张三）据国家统计局数据，9月份，全国规模以上工业增加值同比增长6.3%。",
     [("6.3%", "中国")]),
    # a short name the page declares (以下简称“某运会”) stands for the full one
    ("运动会闭幕|某省第十届运动会（以下简称“省运会”）今日闭幕。本届省运会吸引了1.2万名运动员参赛。",
     [("1.2万名", "某省第十届运动会")]),
    # a one-character abbreviation (中 of 中欧班列) is no subject; trains and railways hold figures
    ("中欧班列开行|今年1至4月，中欧班列累计开行5611列，同比增长17%。", [("5611列", "中欧班列")]),
    # a ministry that every paragraph names reports on the country
    ("高校毕业生|教育部今天召开新闻发布会。2025届高校毕业生预计达1222万人。教育部将开展百日冲刺行动。",
     [("1222万人", "中国")]),
]


# only a national ministry reports: the country's figures (written where the ministry is named)
NATIONAL = ("城市轨道交通|交通运输部数据显示，4月份，全国城市轨道交通完成客运量24.8亿人次。",
            "地铁客运|交通运输部数据显示，4月份，城市轨道交通完成客运量24.8亿人次，环比增长3%。")
# a county's own news site over a story that says only 全县: that county (and 全市 its city)
COUNTY_PAGE = ("上半年全县经济稳中向好\n\n来源：岱山新闻网　2025-08-01 09:30\n\n"
               "上半年，全县实现地区生产总值400亿元。分产业看，第二产业增加值317亿元，增速领跑全市。\n\n"
               "全县规上工业总产值156亿元，占全市规上工业总产值的比重为69.3%。\n")


@pytest.mark.parametrize("article", NATIONAL, ids=["全国", "no 全国"])
def test_a_national_ministrys_report_is_the_countrys(article):
    assert ("24.8亿人次", "中国") in figure_subjects(article)


def test_a_county_news_sites_story_is_that_countys():
    from pipeline.run import process_text
    claims = process_text(COUNTY_PAGE)[0].claims
    assert [(c.figure.text, c.subject.normalized) for c in claims] == [("400亿元", "岱山县"), ("317亿元", "岱山县"),
                                                                                   ("156亿元", "岱山县"), ("69.3%", "岱山县")]
    assert all(COUNTY_PAGE[c.subject.start:c.subject.end] == c.subject.text for c in claims)


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0].split("|")[0] for c in CASES])
def test_round9_subjects(article, expected):
    got = figure_subjects(article)
    assert set(expected) <= set(got), got


def test_a_body_that_forecasts_is_a_source_not_the_subject():
    got = figure_subjects("秋粮|据农业农村部预计，全年粮食产量将达到1.4万亿斤以上。")
    assert ("1.4万亿斤", "中国") in got or all(subject != "农业农村部" for _, subject in got), got
