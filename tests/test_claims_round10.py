"""Issue #14, round 10: claim classes read on fresh real pages, pinned on sentences of our own.

Each row is a sentence written for this file (no page's text) with, figure by
figure, what a journalist reads in it (GUIDELINES: Claims). The classes:

- an amount converted in brackets (折合86亿美元) restates the amount before it, and
  so does the change after it;
- a clause right after a level that says which way it moved (同比略有下降) gives
  the level's change; Hong Kong and Macau copy writes 按年/按月 for 同比/环比;
- the lead's credit (本报讯（记者 X）) opens no metric; a number spaced off its word
  (善款 960万元) keeps the word;
- an age-bounded group's share (65岁以上老人占18.2%) measures the group, age and all;
- weather nouns (降雨, 降水) state no fall; 全省平均降雨量 is the province's own figure;
- a place that is all of a figure's prefix (平江县86毫米、…, （岳阳市2人，…）) is the
  figure's subject, the figure before (or the list's header) what it measures;
- a body before a headline's colon (民政部：…) reports, it is no subject; 全市 right after a
  place's name (桐乡全市) is that place;
- a vague stretch before 的 (保持多年来的回暖态势) is no claim's period; verbs of
  reaching a level (冲上, 首破) are no part of the metric.
"""

from __future__ import annotations

import pytest

from test_claims import analyse, metrics_of

METRICS = [
    ("外贸|今年前三季度，湖南对东盟出口612亿元人民币，同比增长8.1%（折合86亿美元，同比增长5.2%）。",
     ["对东盟出口"] * 4),
    ("博彩|上月某地博彩毛收入为98亿元，按年上升12%，按月则下降3%。", ["某地博彩毛收入"] * 3),
    ("慈善|本报讯（记者 张明）城镇调查失业率为5.1%。", ["城镇调查失业率"]),
    ("慈善|去年全市共募集善款 960万元。", ["募集善款"]),
    ("养老|全市常住人口中，65岁以上老人占18.2%。", ["老人", "65岁以上老人"]),
    ("降雨|其中，降雨较多的县：平江县86毫米、浏阳市79毫米。", ["降雨较多的县"] * 2),
    ("灾情|强降雨造成3人死亡（岳阳市2人，常德市1人）。", ["死亡"] * 3),
    ("电影|2023年，全国电影市场保持多年来的回暖态势，全年票房首破500亿元。", ["票房"]),
    ("气温|午后，长沙南郊气象站气温冲上38.6℃。", ["气温"]),
]


@pytest.mark.parametrize("article, expected", METRICS, ids=[m[0].split("|")[-1][:14] for m in METRICS])
def test_metrics(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected


CHANGES = [
    ("就业|三季度末，某市城镇调查失业率为5.1%，同比略有下降。", ["decrease"]),
    ("就业|登记失业率为3.6%，降至多年来低位。", ["decrease"]),
    ("就业|三季度末城镇就业人员为580万人，环比、同比均有所上升。", ["increase"]),
    ("博彩|上月某地博彩毛收入为98亿元，按年上升12%，按月则下降3%。", [None, "increase", "decrease"]),
    ("博彩|较去年同期微升0.3%。", ["increase"]),
    # 稳定增长 is steady growth (定增, a placement, is a noun only on its own); 新开 X grew X
    ("营收|全年营业收入稳定增长8%。", ["increase"]),
    ("航空|上半年，新疆机场集团新开航线19条。", ["increase"]),
    ("天然气|产量保持20%左右的快速增长。", ["increase"]),
    # a level with no word of its move after it stays a level
    ("就业|登记失业率为3.6%，处于合理区间。", [None]),
    # rain is an amount, not a fall (降 inside 降雨 is no cue)
    ("降雨|受冷空气影响，湖南大部出现降雨，全省平均降雨量达52毫米。", [None]),
]


@pytest.mark.parametrize("article, expected", CHANGES, ids=[c[0].split("|")[-1][:14] for c in CHANGES])
def test_changes(recognizer, article, expected):
    _, claims = analyse(article, recognizer)
    assert [c.change for c in claims] == expected


SUBJECTS = [
    ("降雨|受冷空气影响，湖南大部出现降雨，全省平均降雨量达52毫米。", ["湖南"]),
    ("降雨|其中，降雨较多的县：平江县86毫米、浏阳市79毫米。", ["平江县", "浏阳市"]),
    ("灾情|强降雨造成3人死亡（岳阳市2人，常德市1人）。", [None, "岳阳", "常德"]),
    # a place before a count of its own things stays a count of them: the noun after is the metric
    ("疫情|上海两家定点医疗机构共收治患者300人。", ["上海", "上海"]),
    # a body before a headline's colon reports: the national figure is the country's
    ("民政部：去年办理结婚登记683.5万对|民政部日前发布统计公报，2022年全国办理结婚登记683.5万对。",
     ["中国", "中国"]),
    # 全市 written right after a place is that place's, a county-level city's too
    ("人口|2023年末，桐乡全市户籍人口71.79万人。", ["桐乡"]),
]


@pytest.mark.parametrize("article, expected", SUBJECTS, ids=[s[0].split("|")[-1][:14] for s in SUBJECTS])
def test_subjects(recognizer, article, expected):
    _, claims = analyse(article, recognizer)
    assert [c.subject for c in claims] == expected


def test_a_place_before_its_own_count_keeps_the_counted_noun(recognizer):
    text, claims = analyse("疫情|上海两家定点医疗机构共收治患者300人。", recognizer)
    assert metrics_of(text, claims)[0] == "定点医疗机构"


@pytest.mark.parametrize("article, expected", [
    ("电影|2023年，全国电影市场保持多年来的回暖态势，全年票房首破500亿元。", ["2023年"]),
    # a period before 的 that is the figures' own stays theirs
    ("治安|今年以来的8起命案全部告破。", ["今年以来"]),
    ("楼市|2024年第15周，监测的12个城市新房成交1.2万套。", ["2024年第15周", "2024年第15周"]),
])
def test_times(recognizer, article, expected):
    _, claims = analyse(article, recognizer)
    assert [c.time for c in claims] == expected


@pytest.mark.parametrize("article", [
    "景区|本报讯（记者 张明）全市共有A级景区30家。",
    "客流|本报讯（记者 张明）不足70天，北京16条地铁线路客运量首次突破1000万人次。",
    "慈善|本报讯（记者 张明）城镇调查失业率为5.1%。",
])
def test_a_lead_credit_is_no_part_of_any_metric(recognizer, article):
    """The credit's bracket is no gloss of a noun (细颗粒物(PM2.5)年均浓度): the clause starts after it."""
    text, claims = analyse(article, recognizer)
    assert not any(m and ("本报讯" in m or "记者" in m) for m in metrics_of(text, claims))
