"""Issue #14, round 4: claim time and change classes found on real articles, pinned on sentences of our own.

Each row is an article written for this file ('title|body|body…', no page's
text) and, figure by figure, the time (or change) a journalist reads. The
classes: the date of a telling is no period of the figures told; a span
reaching now before a record (以来…最好) is no period; only a time that frames
its sentence is carried on; a headline's figure takes the body's time; 至今,
前一阶段, 首日, 半年, N年来 are times; rank moves and named growth rates are
changes. Figures: a duration that is a period (50年来, 过去三年) is no figure.
"""

from __future__ import annotations

import pytest

from pipeline.figures.find import find_figures
from test_claims import analyse




def _times(article: str, recognizer) -> list[tuple[str, str | None]]:
    text, claims = analyse(article, recognizer)
    for c in claims:
        if c.time_span is not None:
            assert text[slice(*c.time_span)] == c.time  # every time is a raw span of the page
    return [(text[c.sentence[0]:c.sentence[1]] and _figure(text, c), c.time) for c in claims]


def _figure(text: str, claim) -> str:
    return next(f.text for i, f in enumerate(find_figures(text)) if i == claim.figure_index)


TIME_CASES = [
    # (a) the date of a telling: the figures told take the period stated before it
    ("全县去年粮食再获丰收|去年全县农业形势如何？昨天（3月1日），县长李明在县人代会上作报告时指出，"
     "全县粮食总产量达52万吨。", [("52万吨", "去年")]),
    ("全省旅游市场回暖|省文旅厅负责人5日表示，国庆假期，全省接待游客1200万人次。",
     [("1200万人次", "国庆假期")]),
    # (c) a span reaching now before a record is the record's window, not the figures' period
    ("某市上半年经济运行|上半年，全市工业增加值增长6%，增速为2018年以来同期最高。其中，制造业增加值增长7%。",
     [("6%", "上半年"), ("7%", "上半年")]),
    # only a time that frames its sentence is carried: a time after a statement dates its own clause
    ("某省科技投入观察|厅长王华表示，过去三年，全省研发经费从300亿元增长到420亿元。"
     "技术合同成交额翻了一番，2024年达到900亿元。高新技术企业从5000家增长到8000家。",
     [("300亿元", "过去三年"), ("420亿元", "过去三年"), ("900亿元", "2024年"),
      ("5000家", "过去三年"), ("8000家", "过去三年")]),
    # (d) times the DATE finder leaves out
    ("县医院义诊持续开展|县医院开展免费义诊活动，至今已为120位老人检查身体。", [("120位", "至今")]),
    ("某市打击电信诈骗|在前一阶段，警方破获电信诈骗案件45起。", [("45起", "前一阶段")]),
    ("市博物馆新馆开放|新馆开馆首日接待观众8000人次。", [("8000人次", "开馆首日")]),
    ("某市法院工作通报|某市法院半年受理案件近9万件。", [("9万件", "半年")]),
    ("某县生态建设|三年来，全县新增造林面积12万亩。", [("12万亩", "三年来")]),
    # a target's 全年 is its own period inside a part of the year; after a year named, it restates it
    ("某市就业形势|数据显示，一季度，全市新增就业3万人，完成全年12万人目标任务的25%。",
     [("3万人", "一季度"), ("12万人", "全年"), ("25%", "一季度")]),
    ("某市住房建设|2024年，全市建成保障房2.2万套，超额完成全年2万套的目标任务。",
     [("2.2万套", "2024年"), ("2万套", "2024年")]),
    # 从 + a time starts a period (从凌晨…就…), it is no comparison base
    ("暴雨袭城|“从凌晨3点多钟大雨就下起来了，不到三个小时，水就漫进了院子。”", [("三个小时", "凌晨3点多钟")]),
    # pieces of one time written against each other are the time as written
    ("台风再次登陆|台风于今天(12日)6时30分在沿海再次登陆，登陆时中心附近最大风力14级。",
     [("14级", "今天(12日)6时30分")]),
    # (b) a headline figure with no time of its own takes the body's
    ("县医院 免费手术已做40例|县医院启动百例免费手术以来，至今已为40位患者实施手术。",
     [("40例", "至今"), ("百例", None), ("40位", "至今")]),
    ("全市8万考生 今日高考|本报讯 今日，全国高考开考。", [("8万", "今日")]),
]


@pytest.mark.parametrize("article, expected", TIME_CASES, ids=[c[0] for c in TIME_CASES])
def test_claim_time(recognizer, article, expected):
    assert _times(article, recognizer) == expected


CHANGE_CASES = [
    ("全市经济排名前移|全市地区生产总值居全省第4位，较去年同期前移3位。", {"3位": "increase"}),
    ("某市排名跃升|某市创新指数排名从2020年的第30位跃升至2024年的第12位。",
     {"第30位": None, "第12位": "increase"}),
    ("某区排名后移|某区营商环境排名后移2位。", {"2位": "decrease"}),
    ("某市法院收案预计|按照收案保持15%的增长速度，预计全年收案将达12万件。", {"15%": "increase"}),
    ("某市物价|猪肉价格保持3%的降幅。", {"3%": "decrease"}),
    ("某公司定增|某公司拟定增募资不超过30亿元。", {"30亿元": None}),
    # a rate move named as a noun sizes the figure right after it, nothing further away
    ("央行调整利率|央行宣布降息20个基点。降息后，房贷利率为3.2%。", {"20个基点": "decrease", "3.2%": None}),
    # a bound word holding a comparison word (不少于) leaves the change before it standing
    ("某市湿地保护|全市力争到2030年新增湿地面积不少于2万亩。", {"2万亩": "increase"}),
    ("某保护区监测|保护区内白鹤种群数量已恢复至约500只。", {"500只": "increase"}),
]


@pytest.mark.parametrize("article, expected", CHANGE_CASES, ids=[c[0] for c in CHANGE_CASES])
def test_claim_change(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    got = {_figure(text, c): c.change for c in claims}
    assert {k: got.get(k, "missing") for k in expected} == expected


@pytest.mark.parametrize("text, kept", [
    ("50年来最强的寒潮昨天抵达。", []),
    ("报名人数在10年间减少了3万人。", ["3万人"]),
    ("两年前已建成公园3个。", ["3个"]),
    ("过去五年，全市新建学校20所。", ["20所"]),
    ("项目5年内建成，工期历时3年。", ["5年", "3年"]),  # a bound and a duration stay figures
    ("等了5个小时过后才出发。", ["5个小时"]),
])
def test_period_durations_are_no_figures(text, kept):
    assert [f.text for f in find_figures(text) if not f.optional] == kept


@pytest.mark.parametrize("text, expected", [
    ("对东城、西城等六市的调研结束。", [("六市", "市")]),
    ("全国12省市近500万人受益。", [("12省市", "省市"), ("500万人", "人")]),
    ("甲、乙等4省（区）120万人受灾。", [("4省", "省"), ("120万人", "人")]),
    ("沪深两市成交额1万亿元。", [("1万亿元", "元")]),  # the two exchanges: no count of places
    ("全市有5县、2区。", [("5县", "县")]),
])
def test_counts_of_places(text, expected):
    assert [(f.text, f.unit) for f in find_figures(text) if not f.optional] == expected


@pytest.mark.parametrize("text, expected", [
    ("新馆开馆首日接待三千读者", ["三千"]),
    ("两万群众连夜转移", ["两万"]),
    ("工程涉及百万移民", ["百万"]),
    ("数以万计的学子赶来", []),  # a set phrase
    ("万民欢腾", []),
    ("百姓生活", []),
])
def test_round_counts_of_people(text, expected):
    assert [f.text for f in find_figures(text) if not f.optional] == expected
