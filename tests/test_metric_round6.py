"""Issue #14, round 6: metric classes seen on real pages, pinned on sentences of our own.

Each row is a sentence written for this file (no page's text) and, figure by
figure, the metric a journalist reads (GUIDELINES: Claims, the shortest substring
naming what is measured). The classes: a medal tally whose measure word is the
medal counted (unless a verb governs the figure); a bracketed gloss closing a
metric left out; 完成 a light verb; a qualified holder opening a metric cut off
(a bare head kept); a headline's clipped change (同比增逾) trimmed; a count after
有 followed by a verb measuring the act, kept whole; an averaging word (日均) kept whole; a headline's bare figure measured by the
body's figure it restates.
"""

from __future__ import annotations

import pytest

from test_claims import analyse, metrics_of

from pipeline.claims import metric_nouns

METRICS = [
    # a medal tally: the measure word is the medal counted, after 以, in brackets, in a run
    ("运动会|闭幕时，甲国代表团以86金52银40铜位居奖牌榜首位。", ["金", "银", "铜"]),
    ("亚运会|乙地代表团以两金五铜的成绩结束本届比赛。", ["金", "铜"]),
    ("亚运会|其后依次是丙国（六金）、丁国（三金）。", ["金", "金"]),
    # …unless a verb governs the figure: the verb is what the count measures
    ("运动会|闭幕前一天，中国队又夺得三金。", ["又夺得"]),
    # a gloss closing the metric restates it; one inside it stays
    ("疫苗|全市加强免疫接种率（第三剂次/第二剂次）为90.1%。", ["加强免疫接种率"]),
    ("疫苗|全市老年人全程接种率（第二剂次/第一剂次）达到了92.15%。", ["老年人全程接种率"]),
    # 完成 carries no measure of its own: what stands before it is the doer
    ("工业|一季度，全县产业园区和开发区（不含某某集团）完成工业总产值120.5亿元。", ["工业总产值"]),
    # a qualified holder opening the metric is who has it; a bare head names the metric's kind
    ("消费|节日期间，江西、广东重点监测零售企业销售额同比分别增长12.1%和9.5%。", ["销售额", "销售额"]),
    ("收入|全市农村居民人均纯收入12000元。", ["人均纯收入"]),
    ("民生|全区群众满意率达97.5%。", ["群众满意率"]),
    ("交通|全年新开工公路项目总投资2100亿元。", ["总投资"]),
    ("交通|这批公路建成通车，项目总投资2100亿元。", ["项目总投资"]),
    ("贷款|占同期企事业单位贷款的10.5%。", ["占同期企事业单位贷款"]),
    # a headline's clipped change after 同比 is no part of the noun
    ("春节期间全市百货和超市企业销售额同比增逾两成", ["销售额"]),
    # an averaging word keeps its 均 (not the trim word 均 of 均为); alone it is the metric
    ("铁路|全国铁路旅客日均2800万人次。", ["铁路旅客日均"]),
    ("铁路|假期全国铁路预计发送旅客1.5亿人次，日均超过2800万人次。", ["铁路预计发送旅客", "日均"]),
    ("价格|两地价格均为每斤3元。", ["两地价格"]),
    # a headline's bare figure takes the metric of the body's figure it restates
    ("600万人次 某市地铁人气高涨|春节期间，某市地铁已累计运送旅客超过600万人次。",
     ["某市地铁已累计运送旅客", "某市地铁已累计运送旅客"]),
    # a count after 有 followed by a verb counts those who act: the act, whole
    ("经济|全省16个地市中已经有12个公布了一季度数据。", ["地市", "公布了一季度数据"]),
    ("医院|专家说，就诊者中有近七成表现为咳嗽、发热等常见症状。", ["表现为咳嗽、发热等常见症状"]),
    ("高考|今年有6.1万人报名参加高考。", ["报名参加高考"]),
]


@pytest.mark.parametrize("article, expected", METRICS, ids=[m[0].split("|")[-1][:14] for m in METRICS])
def test_metrics(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected


#: past_holder on its own: (phrase, what stays).
HOLDERS = [
    ("重点监测商贸企业销售额", "销售额"),
    ("项目总投资", "项目总投资"),          # a bare head
    ("市场主体总量", "市场主体总量"),      # a bare head of four characters
    ("占在建项目总数", "占在建项目总数"),  # a share opens with 占
    ("城市商业银行存款余额", "存款余额"),
    ("工业企业数字化改造覆盖率", "工业企业数字化改造覆盖率"),  # jieba's 改造 is a verb: no cut
    ("企业职工人数", "企业职工人数"),      # a count of the holders keeps them
]


@pytest.mark.parametrize("phrase, kept", HOLDERS)
def test_past_holder(phrase, kept):
    a, b = metric_nouns.past_holder(phrase, 0, len(phrase))
    assert phrase[a:b] == kept
