"""Claim subjects, round 3 of issue #14: the default a journalist reads when a clause names no one.

Each table pins one class of :mod:`pipeline.claims.subjects` with sentences
written for these tests (no page's text): the figure's own clause first (全国
before a count, a thing the figure describes through 的, a name opening a
project's name), then the chain of the sentence (an earlier figure's subject,
the target of 对X), and last the page's place for a 全省 the article never
resolves. Every row gives the subjects figure by figure.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.claims.named_things import described_thing
from pipeline.claims.subjects import Mention, _holder_phrase, clause_subject, mentions
from test_claims import analyse




def subjects_of(article: str, recognizer) -> list[str | None]:
    """The claim subjects of a 'headline|body' article, in order."""
    return [c.subject for c in analyse(article, recognizer)[1]]


# with no name of its own, a clause goes on with what an earlier clause of the sentence named
CHAIN = [
    # a figure with no name of its own passes the chain on: the scene 在X reaches the third clause
    ("社区食堂|在株洲市荷塘区，12家社区食堂与周边餐馆结对，每天供餐3000份。", ["株洲市荷塘区", "株洲市荷塘区"]),  # the longest name
]

# a figure describing a named thing through 的: the thing, not the article's place
DESCRIBED = [
    ("招商引资|上半年，全市新开工项目中，总投资8亿元的滨江冷链物流园项目进展最快。", ["滨江冷链物流园项目"]),
    ("科创基金|今年设立的规模30亿元的产业引导基金已投出首批项目。", ["产业引导基金"]),
]

# a place opening a project's name is the project's; a place's firms whose figure is measured are
# the place's firms (topic_phrases.py)
NAME_OPENED = [
    ("城市更新|今年，长沙市五一大道综合改造工程累计完成投资14亿元。", ["长沙市五一大道综合改造工程"]),
    ("外贸|今年一季度，株洲民营企业进出口总额达到120亿元。", ["株洲民营企业"]),
]

# a bare head opening a clause (火箭…, 项目…) points back to the thing a sentence before named
BARE_HEADS = [
    ("卫星发射|新研制的海风二号遥感卫星昨日发射升空。卫星设计寿命为8年，重约1.2吨。",
     ["海风二号遥感卫星", "海风二号遥感卫星"]),
    ("重点项目|城东片区正在建设滨湖数据中心项目。项目总投资36亿元，建成后可容纳机柜8000个。",
     ["滨湖数据中心项目", "滨湖数据中心项目"]),
]

# an event held (嘉年华, 庙会) is what the counts of its clauses after it are about
EVENTS = [
    ("元宵灯会|元宵期间，“古城星光嘉年华”在南门广场连续举办，推出民俗表演180余场。", ["古城星光嘉年华"]),
]

# 对X: what a survey or a search is about is the subject of what it found
TARGETED = [
    ("考古发掘|去年以来，市考古研究所对大河村遗址进行了系统勘探，在2000平方米范围内清理窑炉14座。",
     ["大河村遗址", "大河村遗址"]),
]


@pytest.mark.parametrize("article, expected", CHAIN + DESCRIBED + NAME_OPENED + BARE_HEADS + EVENTS + TARGETED,
                         ids=lambda v: v.split("|")[0] if isinstance(v, str) else None)
def test_subject_defaults(recognizer, article, expected):
    assert subjects_of(article, recognizer) == expected


def _mark(sentence: str, figures: list[str], scope: str | None = None) -> tuple[list, list[Mention]]:
    """The figure spans of ``sentence`` and, for its 全国, the country mention the claims stage makes."""
    spans = [(sentence.index(f), sentence.index(f) + len(f)) for f in figures]
    mentions = [Mention(sentence.index(scope), sentence.index(scope) + 2, "中国", "SCOPE")] if scope else []
    return spans, mentions


# 全国 opening a clause before a count is the country, for that count and the figures after it; an
# article about a city (北京 here) does not take them over
NATIONAL = [
    ("全国300个城市平均优良天数比例为85%", ["300个", "85%"], ["中国", "中国"]),
    ("全国5A级景区共有340家，同比增加12家", ["340家", "12家"], ["中国", "中国"]),
    # a clause naming no one goes on with the earlier clause's subject
    ("本周，全国报告流感样病例超过38000例，涉及25个省份", ["38000例", "25个"], ["中国", "中国"]),
    # a rank or a gap after 全国 still compares: the article's city
    ("北京优良天数比例高于全国3个百分点", ["3个百分点"], ["北京"]),
]


@pytest.mark.parametrize("sentence, figures, expected", NATIONAL)
def test_national_scope(sentence, figures, expected):
    from pipeline.claims import rules

    spans, mentions = _mark(sentence, figures, "全国")
    if "北京" in sentence:
        mentions.append(Mention(0, 2, "北京", "GPE"))
    got = [clause_subject(sentence, a, rules.clause_start(sentence, a, 0), s_start=0, mentions=mentions,
                          fig_spans=spans, article_subject="北京")[0] for a, _ in spans]
    assert got == expected


# the thing a figure describes: only a head named thing, after 的, with no mark between
DESCRIBED_SPANS = [
    ("总投资3亿元的城北污水处理厂扩建工程", "城北污水处理厂扩建工程"),
    ("首期规模20亿元的天使投资基金", "天使投资基金"),
    ("投资300万元的，项目", None),  # a mark after 的: no phrase
    ("面积120平方米的阅览室", None),  # no head of a named thing
    ("投资5000万元建设项目", None),  # no 的: the figure is not describing what follows
]


@pytest.mark.parametrize("text, expected", DESCRIBED_SPANS)
def test_described_thing(text, expected):
    m = re.search(r"[0-9]+(?:万|亿)?(?:元|平方米)", text)
    span = described_thing(text, m.start(), [m.span()])
    assert (text[slice(*span)] if span else None) == expected


# a place or body name followed by a project's name; not before a count, a time or a verb
NAME_PHRASES = [
    ("浏阳市集里片区棚改项目完成签约", "浏阳市", "浏阳市集里片区棚改项目"),
    ("浏阳市棚改项目26个", "浏阳市", "浏阳市"),  # a count follows: the phrase is what is counted
    ("浏阳市开工项目完成投资", "浏阳市", "浏阳市"),  # 开工 is a verb: the name's predicate starts
    ("浏阳市4月项目开工", "浏阳市", "浏阳市"),  # a time after the name ends its phrase
    ("浏阳市企业完成投资", "浏阳市", "浏阳市"),  # a kind of body: the place's own
]


@pytest.mark.parametrize("text, name, expected", NAME_PHRASES)
def test_name_opened_phrase(text, name, expected):
    dates = [m.start() for m in re.finditer(r"[0-9]+月", text)]
    mention = _holder_phrase(text, Mention(0, len(name), name, "GPE"), dates)
    if expected == name:
        assert mention == Mention(0, len(name), name, "GPE")
    else:
        assert mention.name == expected and text[mention.start:mention.end] == expected


class _Entity(NamedTuple):
    start: int
    end: int
    text: str
    label: str


def test_one_character_place_is_no_subject():
    """回港 tagged 港 (LOC): a word's piece, not a candidate; a two-character place stays one."""
    text = "船上人员回港8500人，南通港吞吐量增长"
    entities = [_Entity(4, 5, "港", "LOC"), _Entity(11, 14, "南通港", "LOC")]
    assert [m.name for m in mentions(entities, [], None, text)] == ["南通港"]


def test_listed_names_count_for_the_whole():
    """杭州、宁波等五个市: the clause lists names of its own, so the 台州 of the clause before is not
    whom the count is about; the article's subject is."""
    text = "省防指通报，台州市启动三级响应，杭州、宁波等五个市启动四级响应"
    names = [("台州市", "GPE"), ("杭州", "GPE"), ("宁波", "GPE")]
    found = [Mention(text.index(n), text.index(n) + len(n), n, label) for n, label in names]
    fig = (text.index("五个"), text.index("五个") + 3)
    got = clause_subject(text, fig[0], text.index("杭州"), s_start=0, mentions=found, fig_spans=[fig],
                         article_subject="浙江")
    assert got == ("浙江", None)


def test_the_rest_is_not_the_part_named_before():
    """其中A段今天开通，其余两条线路明天开通: the rest belongs to the whole, not to A段."""
    text = "其中，滨江段今天开通，其余两条线路明天开通"
    part = Mention(text.index("滨江段"), text.index("滨江段") + 3, "滨江段", "LOC")
    fig = (text.index("两条"), text.index("两条") + 2)
    got = clause_subject(text, fig[0], text.index("其余"), s_start=0, mentions=[part], fig_spans=[fig],
                         article_subject="广州")
    assert got == ("广州", None)


# 县里/区里 speak of the article's county or district as 全县/全区 would; 城市里, 夜市里 do not
LOCAL_WORDS = [
    ("今年县里将新建茶园800亩", {"县": "岳西县"}, ["岳西县"]),
    ("今年县里将新建茶园800亩", {}, [""]),  # no county named: the page's place fills it in
    ("城市里新增绿道20公里", {"市": "合肥"}, []),
    ("夜市里摊位增加30个", {"市": "合肥"}, []),
]


@pytest.mark.parametrize("text, place, expected", LOCAL_WORDS)
def test_colloquial_place_words(text, place, expected):
    assert [m.name for m in mentions([], [], place, text) if m.label == "REF"] == expected


def test_body_named_by_level_alone_is_the_place_of_that_level():
    """县农业农村局 in an article naming no county: the page's county fills it in ("" here)."""
    body = _Entity(0, 6, "县农业农村局", "ORG")
    assert [m.name for m in mentions([body], [], {"县": "岳西县"}, "县农业农村局核实土地")] == ["岳西县"]
    assert [m.name for m in mentions([body], [], {"市": "安庆"}, "县农业农村局核实土地")] == [""]


def test_unresolved_province_word_leaves_the_subject_to_the_page(process):
    """全省 in an article that names no province: the page's city's province, not another name of
    the sentence or the article's topic (a road project here)."""
    page = ("定西马铃薯丰收\n\n本报讯 定西市是甘肃马铃薯主产区。定西各县加快收储。\n\n"
            "临大高速扩容工程过半\n\n本报讯 临大高速扩容工程进展顺利，临大高速改造段下月通车。"
            "省交通运输厅表示，今年全省计划完成交通投资620亿元。\n")
    subjects = [c.subject.normalized if c.subject else None
                for a in process(page, date="2026-05-01") for c in a.claims if c.figure.text == "620亿元"]
    assert subjects == ["甘肃"]


_CJK = st.text(alphabet="城区县市项目工程基金的投资总规模亿元万，、。在对与", min_size=0, max_size=30)


@settings(max_examples=150, deadline=None)
@given(before=_CJK, after=_CJK)
def test_subject_span_is_the_text_it_names(before, after):
    """Whatever clause_subject returns with a span, that span lies inside the text; the described
    thing (after 的) is read from the raw text itself."""
    text = before + "总投资2亿元" + after
    fig = (len(before) + 3, len(before) + 6)
    name, span = clause_subject(text, fig[0], 0, s_start=0, mentions=[], fig_spans=[fig],
                                article_subject="某地")
    if span is not None:
        assert 0 <= span[0] < span[1] <= len(text)
        if name is not None and name != "某地":
            assert text[span[0]:span[1]] == name
