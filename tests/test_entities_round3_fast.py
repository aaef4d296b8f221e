"""Fast mode on unseen text (issue #13, round 3): where a place prefix may start, ….

Sentences are written for these tests; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from pipeline.entities.names import common_words
from pipeline.entities.place_floor import settled_floor
from pipeline.entities.recognizer import EntityRecognizer


@pytest.fixture(scope="module")
def fast() -> EntityRecognizer:
    return EntityRecognizer(mode="fast")


def _spans(recognizer: EntityRecognizer, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in recognizer.find(text)}


# (line, where the rule's floor fell, where the suffix starts, places of the line, expected floor)
FLOORS = [
    # a county's full name cut by the floor: the place starts after the county
    ("宁都县翠微峰森林游憩步道", 2, 8, {0: [(3, "GPE", "宁都县")]}, 3),
    # a floor at a known name's edge stays
    ("宁都县翠微峰森林游憩步道", 3, 8, {0: [(3, "GPE", "宁都县")]}, 3),
    # a county's name cut right before a one-character village: the county whole (the rule then drops 余村)
    ("安吉县余村", 2, 4, {0: [(2, "GPE", "安吉"), (3, "GPE", "安吉县")]}, 3),
    # a short form (no level character) cut by the floor: a proper noun, no name
    ("宁都翠微峰游憩步道", 1, 7, {0: [(2, "GPE", "宁都")]}, None),
    # a floor inside a proper noun of jieba's dictionary: no name can be built
    ("访问以色列总理府邸", 3, 8, {}, None),
    # a floor between two words stays
    ("市民喜爱的滨江公园", 5, 7, {}, 5),
]


@pytest.mark.parametrize("line, floor, stop, places, expected", FLOORS)
def test_settled_floor(line: str, floor: int, stop: int, places, expected) -> None:
    assert settled_floor(line, floor, stop, places, common_words()) == expected


def test_county_kept_whole_before_a_long_memorial_name(fast: EntityRecognizer) -> None:
    found = _spans(fast, "学生们走进宁都县翠微峰红军烈士纪念园参观。")
    assert ("宁都县", "GPE") in found
    assert ("翠微峰红军烈士纪念园", "LOC") in found
    assert not any(text.startswith("县") for text, _label in found)
