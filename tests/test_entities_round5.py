"""Round 5 entity classes, both modes where the rules decide: own sentences, table-driven.

- a county's bare short form that a jieba dictionary word runs over is no place;
- the short forms of courts (某省高院, 某市中院) and abbreviated bodies on 委 (某市住建委) are ORG,
  a title (常委) is not.
"""

import pytest

from pipeline.entities.recognizer import EntityRecognizer


@pytest.fixture(scope="module")
def fast():
    return EntityRecognizer("fast")


def _names(recognizer, text, label):
    return [m.text for m in recognizer.find(text) if m.label == label]


@pytest.mark.parametrize("text, places", [
    ("这座城市跻身十大城市之列。", []),  # 大城 of 大城县 inside 大城市
    ("我们要把好质量关和安全关。", []),  # 和安 of 和安县 across 和|安全
    ("农机往返于田间地头。", []),  # 于田 of 于田县 across 于|田间
    ("商家加大新品推广力度。", []),  # 大新 of 大新县 across 加大|新品
    ("他去大城县看望老人。", ["大城县"]),  # the full name stays
    ("这条高速从赣州至龙南段将扩容。", ["赣州", "龙南"]),  # a locative (南段) or an HMM guess is no word over it
])
def test_bare_short_forms_inside_words(fast, text, places):
    assert _names(fast, text, "GPE") == places


@pytest.mark.parametrize("text, bodies", [
    ("南江省高院昨天发布了白皮书。", ["南江省高院"]),
    ("案件由北川市中院审理。", ["北川市中院"]),
    ("市住建委相关负责人表示，", ["市住建委"]),
    ("北川市住建委发布通知。", ["北川市住建委"]),
    ("自治区文化和旅游厅发布通知。", ["自治区文化和旅游厅"]),  # the autonomous region's level word opens its body
    ("自治州人民政府召开会议。", ["自治州人民政府"]),
])
def test_short_forms_of_bodies(fast, text, bodies):
    assert _names(fast, text, "ORG") == bodies


@pytest.mark.parametrize("text, people", [
    ("会后，袁昉在会上说。", ["袁昉"]),  # a given name jieba reads as a bound morpheme (zg) after a lone surname
    ("会后，王晞说。", ["王晞"]),
])
def test_given_names_of_rare_characters(fast, text, people):
    assert _names(fast, text, "PERSON") == people


def test_standing_committee_member_is_a_title(fast):
    found = fast.find("中共中央政治局常委、国务院总理出席会议。")
    bodies = [m.text for m in found if m.label == "ORG"]
    assert "中共中央政治局" in bodies and "中共中央政治局常委" not in bodies


@pytest.mark.parametrize("text, people", [
    ("本报记者 林 川 摄", ["林 川"]),
    ("（南江日报记者  周 岚）昨天，", ["周 岚"]),
    ("远山社发 郭 宁摄", ["郭 宁"]),
    ("本报记者 林川", ["林川"]),
    ("记者 的 是", []),  # no surname: no name
    ("本报记者 ", []),  # a byline cue at the end of a line: nothing after it
])
def test_two_character_names_set_with_a_space(fast, text, people):
    found = [m for m in fast.find(text) if m.label == "PERSON"]
    assert [m.text for m in found] == people
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize("text, places", [
    ("台风登陆平阳县马站镇。", ["马站镇"]),  # 站 inside the town's name, not a station
    ("他从郑州站乘车。", ["郑州站"]),
    ("郑州站村民说", ["郑州站"]),  # 村民 is a word: the station stays
])
def test_a_facility_character_inside_a_town_name(fast, text, places):
    assert _names(fast, text, "LOC") == places


@pytest.mark.parametrize("text, places", [
    ("去年在该县青石镇试种成功。", ["青石镇"]),  # the floor stops after 该: 县 is the reference's, not the town's
    ("我市中山路将改造。", ["中山路"]),
    ("全市各小区都已完成。", []),
    ("全市人均体育场地面积增加。", []),  # 全市 speaks of every place: no name after it
])
def test_a_reference_opens_no_place_name(fast, text, places):
    assert _names(fast, text, "LOC") == places
