"""Issue #14, round 5: metric classes seen on real pages, pinned on sentences of our own.

Each row is a sentence written for this file (no page's text) and, figure by
figure, the metric a journalist reads (GUIDELINES: Claims). The classes: a list
of figures after 分别为：/分别达 whose metric is named once before it; a mark the
figure reaches (大关, 目标, 新高) after a figure whose noun stands before it; a
counted noun that stops at the verb or the adverb after it (unless the count is
of doers: 有…); a fixed phrase kept whole (规模以上, a one-character verb glued
inside a compound); a link verb before a figure that is no counted noun; the noun
run of the clause before a figure whose own clause names only a time and a link;
the act a duration is spent on (用9天时间穿越…, 连续5年获评…); a rank within a
scope (在…中排名); a closing gloss left out, an inner one kept; a coordination kept whole; 从严 no comparison;
a place counted by its measure word (10省市); a headline's noun phrase across its space;
a lone adverb (首次) or a mark (里程碑) yields to the sentence's metric; 这一数字 across sentences;
每小时 divides; a gloss of an optional figure; X的有N个 counts those that X; A、B等C counts C.
"""

from __future__ import annotations

import pytest

from test_claims import analyse, metrics_of




METRICS = [
    # a 分别 list after a colon or a comma: the noun named before the list, for every figure
    ("法院|该庭2022年、2023年受理案件分别为：1200件、1500件。", ["受理案件", "受理案件"]),
    ("法院|该庭2022年、2023年收结案分别为：1200件、1100件，1500件、1450件。",
     ["收结案", "收结案", "收结案", "收结案"]),
    ("执法|其中南平、宁德查获量最多，分别达120起和95起。", ["查获量", "查获量"]),
    # a mark reached after a figure whose noun stands before it; with no noun before, the mark
    ("汽车|全市汽车产量首次突破300万辆大关。", ["汽车产量"]),
    ("就业|一季度新增就业20万人，完成全年80万目标的25%。", ["新增就业", "目标", "80万目标"]),
    # a counted noun ends at the verb or the adverb after it
    ("地铁|今天本市2条新线开通运营。", ["新线"]),
    ("公交|每天加开300部车接送旅客。", ["车"]),
    ("地铁|全网8条线路全部刷新单日纪录。", ["线路"]),
    # …unless the count is of doers (有…): what they do is what is counted
    ("泳坛|共有24人次达到奥运参赛标准。", ["达到奥运参赛标准"]),
    # a fixed phrase stays whole: 规模以上, a one-character verb glued inside a compound
    ("工业|全区新增40家规模以上工业企业。", ["规模以上工业企业"]),
    ("汽车|园区引进20家智能网联汽车企业。", ["智能网联汽车企业"]),
    # a link verb right before a figure is no counted noun
    ("高考|全省考生比去年增加近3万人达到61万人。", ["考生", "考生"]),
    ("门诊|日均门诊量为2100人次，比上月的2300人次略有下降。", ["日均门诊量", "日均门诊量"]),
    # a mark reached closing a noun phrase (客流新高) leaves the noun; alone it measures nothing
    ("地铁|上周创下85万客流新高仅两天，昨日达到88万人次。", ["客流", "客流", "客流"]),
    # a figure's clause naming only its time and link: the noun run opening the clause before
    ("科研|研发经费投入翻了一番，2024年达到520亿元。", ["研发经费"]),
    # the act a duration is spent on: after 时间, after 连续
    ("旅游|自驾车队用9天时间穿越河西走廊。", ["穿越河西走廊"]),
    ("荣誉|该校连续5年获评省级文明校园。", ["获评省级文明校园"]),
    # a rank taken within a scope (在…中排名): what ranks is the phrase before the scope
    ("工业|今年全市工业投资增速在全省各市中排名第二。", ["工业投资增速"]),
    # a coordination (A和B) names one thing: a long metric keeps both conjuncts
    ("防汛|全市主要河道预泄和外调水量近1.5亿立方米。", ["主要河道预泄和外调水量"]),
    # 从严/从快 are manners, not the start of a from-to span
    ("司法|全市法院依法从严从快审结哄抬物价、制假售假等刑事案件60件。", ["刑事案件"]),
    # a count whose measure word is the place counted measures it, gloss and all
    ("汛情|苏皖赣7省市近1000万人受灾", ["省市", "受灾"]),
    ("汛情|暴雨已波及江苏、安徽等7省（区）。", ["省（区）"]),
    # a headline's space sets the noun phrase apart from its change
    ("产量|今年全省油菜总产量　同比增长3.1%|据统计，全省油菜播种面积稳中有增。", ["油菜总产量"]),
    # a mark reached (里程碑) after a lone adverb (首次): the sentence's metric goes on
    ("汽车|去年年产量超过800万辆，今年首次突破了1000万辆的里程碑。", ["年产量", "年产量"]),
    # 这一数字 opening a sentence restates the metric of the sentence before
    ("汽车|今年全市汽车产量为95万辆。专家预计，这一数字到年底还有望超过110万辆。", ["汽车产量", "汽车产量"]),
    # an adverb of extent before the change verb is no part of the metric
    ("地铁|全网客流大幅增长12%。", ["全网客流"]),
    # a per-hour rate (每小时) divides, the noun after 的 is measured
    ("台风|台风中心正以每小时25公里左右的速度向北移动。", ["速度"]),
    # a gloss of a figure with no claim of its own (级 on a wind scale) takes the noun before it
    ("台风|台风登陆后，近中心最大风力仍有14级（45米/秒）。", ["近中心最大风力"]),
    # X的有N个: the things counted are those that X (its own figure and all)
    ("降雨|全市降水量超过80毫米的有12个乡镇，超过150毫米的有3个乡镇。",
     ["降水量", "降水量超过80毫米", "降水量超过80毫米", "超过150毫米"]),
    # A、B等C after a count: the kind C is counted, not the first item
    ("人才|今年引进博士、硕士等高层次人才120名。", ["高层次人才"]),
    ("会展|本周3场汽车、家电等消费展览相继开幕。", ["消费展览"]),
    # a bracketed gloss closing a metric restates it and is left out; one inside it stays
    ("经济|上半年我县实现地区生产总值（GDP）210亿元。", ["地区生产总值"]),
    ("环境|今年全市细颗粒物（PM2.5）年均浓度为28微克/立方米。", ["细颗粒物（PM2.5）年均浓度"]),
]


@pytest.mark.parametrize("article, expected", METRICS, ids=[m[0].split("|")[1][:14] for m in METRICS])
def test_metrics(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected


@pytest.mark.parametrize("article", [m[0] for m in METRICS], ids=[m[0].split("|")[1][:14] for m in METRICS])
def test_metric_spans_end_on_no_bound_word_and_no_later_sentence(recognizer, article):
    """A metric is a span of the text ending on no bound word; it may be carried from an
    earlier sentence (这一数字…), never taken from a later one."""
    from pipeline.claims import bounds

    text, claims = analyse(article, recognizer)
    for c in claims:
        if c.metric:
            a, b = c.metric
            assert 0 <= a < b <= c.sentence[1]
            assert bounds.violation(text, a, b) is None
