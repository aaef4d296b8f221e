"""Fast mode: the bounds of a name jieba suggests (word_classes.people): the noun it modifies, a byline marker."""

import pytest

from pipeline.entities import word_classes
from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.name_followers import modifies_noun, names_a_place, names_a_site
from pipeline.entities.names import common_words
from pipeline.text.words import jieba_dictionary


def _people(text: str) -> list[str]:
    """The spans people() finds, as text (a person) or text/label (a place it makes of a name and a head)."""
    words = word_classes.tagged_words(text)
    return [text[s:e] if label == "PERSON" else f"{text[s:e]}/{label}"
            for s, e, label, _rule in word_classes.people(words, load_lexicons(), common_words())]


@pytest.mark.parametrize(("text", "expected"), [
    # a place's or a body's head after the "name": no person, at a single mention; a place's head makes one place
    ("民工抵达柳溪灌区施工。", ["柳溪灌区/LOC"]),
    ("秦岚研究所发布了报告。", []),
    # a "name" the HMM found that ends in a town's suffix is the town
    ("近年来，潘家镇依托旅游发展。", ["潘家镇/LOC"]),
    ("游客走进郭家村参观。", ["郭家村/LOC"]),
    # a noun in apposition or a title written after the name keeps the person
    ("韩晓东先生昨天说，天气晴。", ["韩晓东"]),
    ("崔永波团队研发了新药。", ["崔永波"]),
    ("孙振宇夫妇回到家乡。", ["孙振宇"]),
    ("冯德伦总统会见了代表团。", ["冯德伦"]),
    # document memory: a "name" that modifies nouns at most of its mentions is none at any
    ("今年完成林草生态修复，林草产业产值上涨，林草生态稳定。", []),
    # a byline marker ends a name only at the end of its text: before a word it is the name's
    ("住在城东的何宗文和弟弟都来了。", ["何宗文"]),
    ("照片由何宗摄", ["何宗"]),
])
def test_people_before_nouns(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(("word", "tag", "expected"), [
    ("生态", "n", True),     # a common noun the name would modify
    ("先生", "n", False),    # apposition
    ("记者", "n", False),    # a person cue
    ("参赛", "vn", False),   # a verbal noun acts as the verb after a name
    ("说", "v", False),
])
def test_modifies_noun(word, tag, expected):
    assert modifies_noun(word, tag, load_lexicons(), jieba_dictionary()) is expected


@pytest.mark.parametrize(("word", "expected"), [("机场", True), ("灌区", True), ("集团", True), ("单位", True),
                                                ("事迹", False), ("画集", False)])
def test_names_a_site(word, expected):
    assert names_a_site(word, load_lexicons()) is expected


@pytest.mark.parametrize(("word", "expected"), [("机场", True), ("灌区", True), ("群岛", True), ("自然保护区", True),
                                                ("集团", False), ("研究所", False), ("单位", False)])
def test_names_a_place(word, expected):
    assert names_a_place(word, load_lexicons()) is expected
