"""Claim subjects, round 4 of issue #14: pages that mix papers, speakers, bodies and national stories.

Each table pins one class with sentences written for these tests (no page's
text): a name after a clause mark is not what the figure before it counts; who
speaks is the source, not the subject; 全市法院 and 浙江公安机关 are a place's system
of bodies; a body named by its level stands for its place; a lead about the
whole country makes the article the country's; a clause with no subject of its own
goes on with the name that opened the clause before; 我市 resolves through a
national body's local office or the city's own outlet. Rows give the subjects
figure by figure, as :func:`test_claims.analyse` reads them (no page fill).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from pipeline.claims import scopes, speakers
from pipeline.claims.candidates import byline, listed, quantified
from pipeline.claims.places import article_place
from test_claims_subject_round3 import subjects_of


SUBJECTS = [
    # a place after a clause mark opens its own clause: each place its own figure's subject
    ("防汛|截至今天上午，全省共转移群众1200人，湖州转移300人，嘉兴转移260人。", ["浙江", "湖州", "嘉兴"]),
    # a speaker (院长李明…指出，) is the source: the courts' figures are the courts'
    ("南昌法院工作报告|南昌市中级人民法院院长李明在市人代会上作报告时指出，全市法院去年新收案件5.2万件，审结4.9万件。",
     ["南昌法院", "南昌法院"]),
    # a spokesman who speaks is no subject; the article names no city, so the page's place fills it in
    ("平安建设|新闻发布会上，市公安局副局长、新闻发言人王强表示，今年以来的6起命案全部告破。", [None]),
    # 全省 + a system of bodies: the province's
    ("浙江经侦|今年以来，全省公安经侦部门共抓获犯罪嫌疑人900余名。", ["浙江公安经侦部门"]),
    # a body named by its level is the article's city's
    ("九江警方|九江市公安局召开发布会。市公安局今年共破获电信诈骗案件320起。", ["九江"]),
    # a national lead: the country's, and a province the story names as an example stays its own
    ("农机|今年1至6月，全国新增农机合作社1.2万家，其中，山东省新增1800家。", ["中国", "山东"]),
    # a ministry before a headline's colon reports; 我国 in the lead is the subject
    # (过去五年 is the period, no figure of its own)
    ("科技部：研发投入持续增长|科技部部长表示，过去五年，我国研发经费支出增长到3万亿元。", ["中国"]),
    # clauses opening with a verb go on with the name that opened the clause before, not the shop it named
    ("沧州|沧州市公安局破获青县永康副食品店盗窃案，抓获2名犯罪嫌疑人，追缴赃款3万元。",
     ["沧州市公安局", "沧州市公安局"]),
    # 我市 through a national body's local office
    ("国家统计局新乡调查队发布数据|上半年我市居民人均可支配收入1.3万元。", ["新乡"]),
    # a headline's own place word (登陆我省) names the article's place over the cities its body counts
    ("强台风登陆我省|台风在温州登陆，温州转移群众2万人。目前台风中心以每小时15公里的速度移动。",
     ["温州", "浙江"]),
    # the second reporter of a byline is a reporter too, not the subject of the lead's figures
    ("新能源|新华社北京5月2日电（记者 王立 陈刚）今年1至3月，全国新增风电装机1200万千瓦，占新增装机的35%。",
     ["中国", "中国"]),
    # a zone as a clause's actor, as 园区 and 开发区 are (models/claim_actor_heads.txt)
    ("高新区|今年上半年，国家高新区实现营业收入2.1万亿元。", ["国家高新区"]),
    # the last place of a group (…、江西3省) is not the group's subject: the listed group is
    ("暴雨|7月以来，湖北、湖南、江西3省150万人受灾。", ["湖北、湖南、江西3省"]),
]


@pytest.mark.parametrize("article, expected", SUBJECTS, ids=[a.split("|")[1][:12] for a, _ in SUBJECTS])
def test_subjects(recognizer, article, expected):
    assert subjects_of(article, recognizer) == expected


class _M(NamedTuple):
    start: int
    end: int
    name: str
    label: str


# a body named by its level alone stands for the article's place of that level
LEVEL_BODIES = [
    ("市公安局", {"市": "随州"}, "随州"),
    ("省教育厅", {"省": "江西省"}, "江西省"),
    ("县农业农村局", {"县": "岳西县"}, "岳西县"),
    ("省防指", {"省": "浙江省"}, "浙江省"),
    ("区教育局", {"市": "合肥"}, "合肥"),  # which district is unsaid: the city
    ("团市委", {"市": "合肥"}, "合肥"),
    ("市公安局", {}, ""),  # no city named: the page's place fills it in
    ("北京市公安局", {"市": "北京"}, "北京市公安局"),  # named with its place already
]


@pytest.mark.parametrize("name, place, expected", LEVEL_BODIES)
def test_level_body_name(name, place, expected):
    assert scopes.level_body_name(name, place) == expected


SCOPE_BODIES = [
    ("全市法院新收案件", "全市", "法院"),
    ("全省公安经侦部门开展行动", "全省", "公安经侦部门"),
    ("全国公安机关开展专项行动", "全国", "公安机关"),
    ("全市银行业金融机构", "全市", None),  # a sector of firms, not one system of bodies
    ("全市新建公园", "全市", None),
    ("我市法院", "我市", None),  # only a whole-place word speaks for the system
]


@pytest.mark.parametrize("text, word, expected", SCOPE_BODIES)
def test_scope_body(text, word, expected):
    assert scopes.scope_body(text, word, len(word)) == expected


def test_place_body_needs_a_place():
    text = "浙江公安机关挽回损失"
    assert scopes.place_body(text, _M(0, 2, "浙江", "GPE")) == "公安机关"
    assert scopes.place_body(text, _M(0, 2, "浙江", "ORG")) is None


class _Ref(NamedTuple):
    start: int
    end: int
    text: str
    refers_to: str | None


NATIONAL_LEADS = [
    ("今年1至9月，全国新开工项目299个", "中国"),
    ("过去五年，我国研发经费支出增长", "中国"),
    ("全市生产总值增速居全国第一", None),  # compares: not the lead's scope
    ("该市增速高于全国平均水平", None),
    ("今年，全国文明城市测评中该市得分95分", None),  # a title 全国 opens, not the lead's scope
]


@pytest.mark.parametrize("lead, expected", NATIONAL_LEADS)
def test_national_lead(lead, expected):
    refs = [_Ref(i, i + 2, lead[i:i + 2], "中国") for i in range(len(lead) - 1) if lead[i:i + 2] in {"全国", "我国"}]
    assert scopes.national_lead(lead, (0, len(lead)), refs) == expected


def test_national_lead_needs_a_lead():
    assert scopes.national_lead("全国新增100家", None, []) is None


def test_a_local_story_is_never_national():
    text = "今日，全国高考开考。我市考生8万人。"
    refs = [_Ref(3, 5, "全国", "中国"), _Ref(11, 13, "我市", None)]
    assert scopes.national_lead(text, (0, 10), refs) is None
    assert scopes.national_lead(text, (0, 10), refs[:1]) == "中国"


SPEAKERS = [
    ("院长李明在会上作报告时指出，全市法院", 4, True),
    ("新闻发言人王强表示，今年以来", 7, True),
    ("张三说：", 2, True),
    ("张三获得冠军，", 2, False),
    ("张三带领村民种植茶叶300亩，", 2, False),
]


@pytest.mark.parametrize("text, end, expected", SPEAKERS)
def test_speaks(text, end, expected):
    assert speakers.speaks(text, end) is expected


VERB_OPENINGS = [
    ("抓获2名犯罪嫌疑人", True),
    ("还追缴赃款3万元", True),
    ("164家企业提供岗位", False),
    ("企业营收增长", False),
]


@pytest.mark.parametrize("clause, expected", VERB_OPENINGS)
def test_opens_with_verb(clause, expected):
    assert speakers.opens_with_verb(clause, 0, len(clause)) is expected


QUANTIFIED = [
    ("8个乐业小站", 2, True),  # counted: what is measured
    ("转移1200人，湖州转移", 8, False),  # after a clause mark: a clause of its own
    ("过去五年，我国", 5, False),
]


@pytest.mark.parametrize("text, at, expected", QUANTIFIED)
def test_quantified(text, at, expected):
    figure = {"8个乐业小站": (0, 2), "转移1200人，湖州转移": (2, 7), "过去五年，我国": (2, 4)}[text]
    assert quantified(text, _M(at, at + 2, text[at:at + 2], "GPE"), [figure]) is expected


LISTED = [
    ("湖北、湖南、江西3省受灾", "江西", True),  # the last place before its group
    ("集中在宜昌、荆州地区", "荆州", True),
    ("湖北、湖南两地", "湖南", True),
    ("湖北、湖南", "湖北", True),  # an item before 、
    ("2025年跨年夜、二七塔商圈启动", "二七塔商圈", False),  # a time and a place, no group after
    ("湖北、湖南启动应急响应", "湖南", False),  # no group word: the clause's own place
]


@pytest.mark.parametrize("text, name, expected", LISTED)
def test_listed(text, name, expected):
    at = text.index(name)
    assert listed(text, _M(at, at + len(name), name, "GPE")) is expected


class _Ent(NamedTuple):
    start: int
    end: int
    text: str
    label: str


BRANCHES = [
    ("国家统计局新乡调查队", {"市": "新乡"}),
    ("国家税务总局郑州市税务局", {"市": "郑州"}),
    ("郑州日报", {"市": "郑州"}),
    ("人民日报", {}),
    ("吉林大学", {"省": "吉林省"}),  # a province named inside a body, as before
]


@pytest.mark.parametrize("name, expected", BRANCHES)
def test_article_place_from_offices_and_outlets(name, expected):
    assert article_place(name, [_Ent(0, len(name), name, "ORG")], datelines=[]) == expected


BYLINES = [
    ("电（记者 周立新 陈刚）今年", "陈刚", True),  # the second reporter of a byline
    ("电（记者 王立）今年", "王立", True),
    ("村民王立今年种茶", "王立", False),
]


@pytest.mark.parametrize("text, name, expected", BYLINES)
def test_byline(text, name, expected):
    at = text.index(name)
    assert byline(text, 0, _M(at, at + len(name), name, "PERSON")) is expected


TITLED_HOLDERS = [
    ("苏州上市公司一季报出炉", "苏州", "上市公司"),  # the city's listed firms are the article's topic
    ("株洲民营企业进出口增长", "株洲", "民营企业"),
    ("糖酒会期间成都签约项目136个", "成都", None),  # a verb, and a count after: what is counted
    ("四川2026届高校毕业生达61万人", "四川", None),  # a cohort's graduates, not the colleges
    ("郑州小微企业贷款增长", "郑州", None),  # the noun phrase runs on: the city's loans
]


@pytest.mark.parametrize("title, place, expected", TITLED_HOLDERS)
def test_titled_holders(title, place, expected):
    at = title.index(place)
    assert scopes.titled_holders(title, _M(at, at + len(place), place, "GPE"), len(title)) == expected


def test_titled_holders_in_an_article(recognizer):
    assert subjects_of("苏州上市公司一季报出炉|截至4月30日，一季报全部披露完毕，合计实现营业收入2800亿元。", recognizer) == ["苏州上市公司"]
