"""Fast mode on unseen text (issue #13, round 3): a place prefix never starts inside another name,
district short forms by the article's evidence, places by their context words, place memory.

Sentences are written for these tests; none is copied from a gold set.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.entities.names import common_words
from pipeline.entities.place_cues import cued_places
from pipeline.entities.place_floor import settled_floor
from pipeline.entities.word_classes import tagged_words
from pipeline.entities.recognizer import EntityRecognizer
from pipeline.entities.tagger_fixes import common_surnames


@pytest.fixture(scope="module")
def fast() -> EntityRecognizer:
    return EntityRecognizer(mode="fast")


def _spans(recognizer: EntityRecognizer, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in recognizer.find(text)}


# (line, where the rule's floor fell, where the suffix starts, places of the line, known name ends, expected floor)
FLOORS = [
    # a county's full name cut by the floor: the place starts after the county
    ("宁都县翠微峰森林游憩步道", 2, 8, {0: [(3, "GPE", "宁都县")]}, set(), 3),
    # a county's name cut right before a one-character village: the county whole (the rule then drops 余村)
    ("安吉县余村", 2, 4, {0: [(2, "GPE", "安吉"), (3, "GPE", "安吉县")]}, {2}, 3),
    # a short form (no level character) cut by the floor: a proper noun, no name
    ("宁都翠微峰游憩步道", 1, 7, {0: [(2, "GPE", "宁都")]}, set(), None),
    # a floor inside a proper noun of jieba's dictionary: no name can be built
    ("访问以色列总理府邸", 3, 8, {}, set(), None),
    # a town's end one character before the suffix: the floor moves there (the rule then refuses 石 + 塔)
    ("岩头镇石塔", 0, 4, {}, {3}, 3),
    # … but not to a lexicon place read across the town's end (镇平 inside 某镇|平塔)
    ("昆阳镇平塔", 0, 4, {2: [(4, "GPE", "镇平")]}, {3, 4}, 3),
    # a floor at a known name's edge stays
    ("宁都县翠微峰森林游憩步道", 3, 8, {0: [(3, "GPE", "宁都县")]}, {3}, 3),
    # a floor between two words stays
    ("市民喜爱的滨江公园", 5, 7, {}, set(), 5),
]


@pytest.mark.parametrize("line, floor, stop, places, edges, expected", FLOORS)
def test_settled_floor(line: str, floor: int, stop: int, places, edges: set[int], expected) -> None:
    assert settled_floor(line, floor, stop, places, common_words(), edges) == expected


def test_county_town_village_chain(fast: EntityRecognizer) -> None:
    found = _spans(fast, "志愿者走访了永嘉岩头镇石塔村。")
    assert {("永嘉", "GPE"), ("岩头镇", "LOC"), ("石塔村", "LOC")} <= found


def test_county_kept_whole_before_a_long_memorial_name(fast: EntityRecognizer) -> None:
    found = _spans(fast, "学生们走进宁都县翠微峰红军烈士纪念园参观。")
    assert ("宁都县", "GPE") in found
    assert ("翠微峰红军烈士纪念园", "LOC") in found
    assert not any(text.startswith("县") for text, _label in found)


# (article, names fast mode must find, names it must not): a district's short form in a local article
DISTRICT_SHORTS = [
    # a zone named on the short form establishes it; the bare mention later is the district (LOC)
    ("记者近日走进东西湖经济开发区，企业满负荷运转。今年东西湖工业产值有望再创新高。",
     {("东西湖经济开发区", "LOC"), ("东西湖", "LOC")}, set()),
    # the rule cut the short form after a stop character (从): the place is read from the short form on
    ("十余位市民代表的见证下,从化客运站举行了通车仪式。从化迈入了地铁时代。",
     {("从化客运站", "LOC"), ("从化", "LOC")}, {("化客运站", "LOC")}),
    # the short form after a verb, as the rule left it (曾都 + 经济开发区), then bare
    ("记者来到曾都经济开发区，只见车间里一派繁忙。曾都工业经济持续攀升。",
     {("曾都经济开发区", "LOC"), ("曾都", "LOC")}, {("经济开发区", "LOC")}),
    # the full name establishes the short form
    ("海淀区今年新开放两座公园，海淀的绿地面积继续增加。", {("海淀区", "LOC"), ("海淀", "LOC")}, set()),
    # nothing establishes it: a short form that is also a common word stays a word
    ("各地竞相开发新城，新城建设提速。", set(), {("新城", "LOC")}),
    # established, but a short form jieba knows as another word class is not tagged bare (和平 nz)
    ("和平区举办读书节，和平与发展是时代主题。", {("和平区", "LOC")}, {("和平", "LOC")}),
]


@pytest.mark.parametrize("text, wanted, unwanted", DISTRICT_SHORTS)
def test_district_short_forms(fast: EntityRecognizer, text: str, wanted, unwanted) -> None:
    found = _spans(fast, text)
    assert wanted <= found
    assert not unwanted & found


def test_district_shorts_spans_are_exact(fast: EntityRecognizer) -> None:
    text = "记者来到曾都经济开发区，只见车间里一派繁忙。曾都工业经济持续攀升。"
    for match in fast.find(text):
        assert text[match.start : match.end] == match.text


# (text, places the context cues add, words they must leave alone)
CUED_PLACES = [
    ("考察队一路途经科索沃，最后抵达巴尔干。", {"科索沃", "巴尔干"}, set()),
    ("援建的学校就在撒哈拉以南。", {"撒哈拉"}, set()),
    # after a "before" cue the proper noun must end the place: a longer name follows here
    ("酒店位于阿卡普尔科湾北端。", set(), {"阿卡普尔科"}),
    # a person's name after a travel verb stays a person, not a place
    ("代表团前往王府拜会了李明。", set(), {"李明"}),
]


@pytest.mark.parametrize("text, wanted, unwanted", CUED_PLACES)
def test_places_by_context(fast: EntityRecognizer, text: str, wanted: set[str], unwanted: set[str]) -> None:
    words = tagged_words(text)
    cued = {text[s:e] for s, e, label, _rule in cued_places(words, fast.lex, frozenset(common_surnames())) if label == "LOC"}
    assert wanted <= cued
    assert not unwanted & cued


def test_place_memory_in_fast_mode(fast: EntityRecognizer) -> None:
    """A named place the rules found once is tagged where its context hid it (考察 + 某某墓地)."""
    text = "专家们考察黄土岗墓地发掘现场。考古队对黄土岗墓地进行了清理。"
    places = [(m.start, m.text) for m in fast.find(text) if m.label == "LOC"]
    assert [name for _start, name in places] == ["黄土岗墓地", "黄土岗墓地"]
    assert all(text[start : start + len(name)] == name for start, name in places)


#: Pieces of text that exercise this round's classes: district short forms, their full names, place
#: suffixes, towns and villages, locative cues, verbs and punctuation (joined at random below).
_PIECES = ["曾都", "曾都区", "从化", "海淀", "新城", "经济开发区", "客运站", "纪念园", "宁都县", "岩头镇",
           "石塔村", "途经", "以南", "附近", "科索沃", "来到", "考察", "墓地", "黄土岗", "，", "。", "的", "从", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_fast_spans_are_exact_and_disjoint(pieces: list[str]) -> None:
    recognizer = _shared_fast()
    text = "".join(pieces)
    matches = recognizer.find(text)
    for match in matches:
        assert text[match.start : match.end] == match.text
    for before, after in zip(matches, matches[1:]):
        assert before.end <= after.start


@functools.lru_cache(maxsize=1)
def _shared_fast() -> EntityRecognizer:
    """One fast recognizer for the property test (hypothesis does not take pytest fixtures per example)."""
    return EntityRecognizer(mode="fast")


# (text, person): a three-character name jieba's dictionary lists whole as nr is a name even when a
# given character is also a function word (其, 之), which otherwise marks a run-on phrase
LISTED_NAMES = [
    ("书法课上，老师讲起王羲之的故事。", "王羲之"),
    ("钱其琛会见了来访的代表团。", "钱其琛"),
]


@pytest.mark.parametrize("text, name", LISTED_NAMES)
def test_names_jieba_lists_whole(fast: EntityRecognizer, text: str, name: str) -> None:
    assert (name, "PERSON") in _spans(fast, text)


def test_function_character_still_ends_an_unlisted_name(fast: EntityRecognizer) -> None:
    assert not any(label == "PERSON" and "其" in text for text, label in _spans(fast, "张其中一项工作已经完成。"))
