"""Issue #14, round 5: claim subjects of three classes seen on real articles, on articles written here.

- 全区 in a story of an autonomous region is the region (pipeline/claims/places.py): in
  新疆, 广西, 西藏, 宁夏 and 内蒙古 the province level is a 自治区 and the page says 全区
  for it; with no district of the story's own, 全区 points to the region;
- a body named by its level alone includes the level's government (县政府: the county);
- a reporter credited in a bracket without marks between the names (（记者张三通讯员李四王五）)
  is a byline, not the person a later figure is about;
- a counted group opening a clause (120家医院门诊量…, 15个城市失业率为…) is the subject of
  the clause's other figures (pipeline/claims/actors.py: counted_group);
- a figure that counts provinces (有20个省份…, 浙皖等8省市) is the country's
  (pipeline/claims/scopes.py: counted_provinces), whoever surveys them;
- a clause with no name of its own goes on with the holder an earlier clause of the sentence
  opened with (高新区企业实现营收…，利润总额…), not with a counted group (that stays its own clause's).
"""

from __future__ import annotations

import pytest

from pipeline.claims.actors import counted_group
from pipeline.claims.candidates import byline
from pipeline.claims.scopes import counted_provinces
from pipeline.claims.subjects import Mention

from test_claims_time_round4 import _figure
from test_claims import analyse

CASES = [
    ("某区旅游市场回暖|本报乌鲁木齐4月2日讯 一季度全区接待游客3000万人次，同比增长12%。",
     [("3000万人次", "新疆"), ("12%", "新疆")]),
    ("某区外贸|本报南宁5月6日讯 前4个月，全区外贸进出口总值达2000亿元。", [("2000亿元", "广西")]),
    # a district named in the story: 全区 is that district, as before
    ("某区经济|本报乌鲁木齐4月2日讯 天山区一季度经济平稳，全区完成投资50亿元。", [("50亿元", "天山区")]),
    ("某县粮食丰收|本报讯 某省的安平县粮食丰收。近年来，县政府每年向国家提供商品粮1亿公斤以上。今年，全县农业投入增加31%。",
     [("1亿公斤", "安平县"), ("31%", "安平县")]),
]


@pytest.mark.parametrize(("article", "expected"), CASES)
def test_region_word_is_the_region(article, expected, recognizer):  # noqa: F811
    text, claims = analyse(article, recognizer)
    assert [(_figure(text, c), c.subject) for c in claims] == expected


# (text, the person's name, is it a byline's)
BYLINES = [
    ("本报讯（记者张明通讯员刘洋孙志刚）今年春节假期，地铁客流先松后紧。", "孙志刚", True),
    ("本报讯（记者 张明 刘洋）地铁客流先松后紧。", "刘洋", True),
    ("本报讯（记者张明）站长孙志刚介绍，地铁客流先松后紧。", "孙志刚", False),
    ("（图为孙志刚在车站值守）", "孙志刚", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), BYLINES)
def test_byline_names(text, name, expected):
    start = text.index(name)
    assert byline(text, 0, Mention(start, start + len(name), name, "PERSON")) is expected


# (clause, the figure, the counted group opening the clause or None)
GROUPS = [
    ("120家医院门诊量同比下降超过10%", "10%", "120家医院"),
    ("15个大城市城镇调查失业率为4.8%", "4.8%", "15个大城市"),
    ("其中，36家基层法院结案数超过2万件", "2万件", "36家基层法院"),
    ("有9个景区日接待游客超过1万人次", "1万人次", "9个景区"),
    ("其中，湖北、湖南等6省份图书馆接待读者均超过50万人次", "50万人次", "6省份图书馆"),
    ("3名嫌疑人被当场抓获，缴获赃款2万元", "2万元", None),  # people counted are no holder of figures
    ("5000万元以上项目投资增长8%", "8%", None),  # a threshold, not a count of things
    ("120家门诊量下降10%", "10%", None),
]


@pytest.mark.parametrize(("clause", "figure", "expected"), GROUPS)
def test_counted_group(clause, figure, expected):
    span = counted_group(clause, 0, clause.rindex(figure))
    assert (clause[span[0]:span[1]] if span else None) == expected


# (text, the figure, the province word read as the country's, or None)
PROVINCES = [
    ("8月份，有20个省份工业生产保持增长", "20个", "省份"),
    ("湖北、湖南等8省（市）300万人受灾", "8省", "省"),
    ("晋冀鲁5省市降雨偏多", "5省市", "省市"),
    ("近六成省份出口增长", "六成", "省份"),
    ("全省11个市完成目标", "11个", None),  # a province's cities
    ("3个省会城市房价上涨", "3个", None),
]


@pytest.mark.parametrize(("text", "figure", "expected"), PROVINCES)
def test_counted_provinces(text, figure, expected):
    start = text.index(figure)
    span = counted_provinces(text, start, start + len(figure))
    assert (text[span[0]:span[1]] if span else None) == expected


def test_province_count_is_the_country(recognizer):  # noqa: F811
    text, claims = analyse("多数省份工业回暖|据某报记者统计，9月份，有20个省份工业生产保持增长。", recognizer)
    assert [(_figure(text, c), c.subject, text[slice(*c.subject_span)]) for c in claims] == [("20个", "中国", "省份")]


CARRIED = [
    ("园区经济|上半年，国家级开发区实现营业收入800亿元，同比增长12%，利润总额60亿元。",
     [("800亿元", "国家级开发区"), ("12%", "国家级开发区"), ("60亿元", "国家级开发区")]),
]


@pytest.mark.parametrize(("article", "expected"), CARRIED)
def test_holder_carried_to_later_clauses(article, expected, recognizer):  # noqa: F811
    text, claims = analyse(article, recognizer)
    assert [(_figure(text, c), c.subject) for c in claims] == expected
