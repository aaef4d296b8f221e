"""Issue #14, round 7: a metric holds no subject noun phrase, and a share measures its figure.

Each row is a sentence written for this file (no page's text) and, figure by figure, the
metric a journalist reads (GUIDELINES: Claims, the shortest substring naming what is
measured). The classes: a listed subject (甲、乙等…, 甲和乙…) before the predicate is who,
not what (the verb after it, or the nouns after its head); a counted group stops at its
head noun (8座大型水库|蓄水); a share after a figure, its 占 phrase holding a figure of the
same unit, measures the earlier figure; a 分别 list of shares keeps the 占 phrase only
where it names the earlier figure's noun; the act a duration is spent on keeps its place
(用9天时间环游青海湖). And the rows that must stay whole: lists that are
the metric itself.
"""

from __future__ import annotations

import pytest

from test_claims import analyse, metrics_of

from pipeline.claims import metric_subjects

METRICS = [
    # a list of names and the noun run closing it: the verb after the run is the metric
    ("夏收|甲县、乙县、丙县三县已收割小麦78%。", ["已收割小麦"]),
    ("旅游|东湖西湖等城郊景区共接待游客12万人次。", ["共接待游客"]),
    # no verb after the run: the nouns after its head (a holder, a kind of place)
    ("消费|节日期间全省商场和超市企业营业额同比增长8%。", ["营业额"]),
    ("水利|甲湖、乙湖等部分中型水库蓄水超过3亿立方米。", ["蓄水"]),
    # a list of places closed by a noun-verb: the act
    ("治安|民警对车站、码头、重点路段巡查200余次。", ["巡查"]),
    # one word after 等 closing the metric is the kind listed (jieba tags 演出 a verb); a change is not
    ("文旅|节日期间推出皮影戏、木偶戏、川剧等演出150余场。", ["演出"]),
    # a counted place noun keeps its gloss in brackets
    ("教育|省里支持40个县（市、区）改善高中办学条件。", ["县（市、区）"]),
    # a counted group stops at its head: the rest is what the next figure measures
    ("水利|全省8座大型水库蓄水约12亿立方米。", ["大型水库", "蓄水"]),
    # lists that are the metric stay whole
    ("交通|全年新开工高速公路和普通国省道项目45个。", ["新开工高速公路和普通国省道项目"]),
    ("会展|今年展会现场销售和订单金额达3.2亿元。", ["展会现场销售和订单金额"]),
    ("防汛|大中型水库预泄及泄洪水量20亿立方米。", ["大中型水库预泄及泄洪水量"]),
    # the act a duration is spent on keeps the place it is done in
    ("旅游|这趟专列将用9天时间环游青海湖。", ["环游青海湖"]),
    ("营商|该区连续3年入列全省营商环境评价优秀等次。", ["入列全省营商环境评价优秀等次"]),
    # a share whose 占 phrase holds a figure of the earlier figure's unit measures that figure
    ("造林|去年全县完成人工造林面积1.2万亩，占计划1万亩的120%。", ["人工造林面积", "占计划", "人工造林面积"]),
    # 分别占…: the phrase where it names the earlier figure's noun, else the earlier metric
    ("招商|新兴产业项目15个,投资总额80亿元,分别占全部项目总数的30%和45%。",
     ["新兴产业项目", "投资总额", "占全部项目总数", "投资总额"]),
    # a share with no figure inside its 占 phrase keeps the phrase
    ("贷款|某行小微贷款余额500亿元，占全部贷款的12%。", ["某行小微贷款余额", "占全部贷款"]),
]


@pytest.mark.parametrize("article, expected", METRICS, ids=[m[0].split("|")[-1][:14] for m in METRICS])
def test_metrics(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected


CUTS = [
    # (text, expected metric after past_listed_subject)
    ("甲县、乙县两县已收割", "已收割"),
    ("城区和郊区企业用电量", "用电量"),
    ("旅游咨询及投诉电话", "旅游咨询及投诉电话"),  # a verb right after the list: acts listed
    ("失业、工伤保险的参保人数", "失业、工伤保险的参保人数"),  # 的 ends the run: no subject
    ("批准和决定逮捕", "批准和决定逮捕"),
    ("城镇新增就业", "城镇新增就业"),
    ("工业、服务业等增长", "工业、服务业等增长"),  # a change after 等 is no kind listed  # no list: a noun before a verb may be the metric's own
    ("软件和信息服务业收入", "软件和信息服务业收入"),  # 收入 is a term of statistics, no verb
]


@pytest.mark.parametrize("text, expected", CUTS, ids=[c[0] for c in CUTS])
def test_past_listed_subject(text, expected):
    a, b = metric_subjects.past_listed_subject(text, 0, len(text))
    assert text[a:b] == expected
