"""A city's name printed right before its facility's is one place, on sentences written for this file."""

from __future__ import annotations

import pytest

from pipeline.entities.recognizer import EntityRecognizer


@pytest.fixture(scope="module", params=["fast", "accurate"])
def any_mode(request) -> EntityRecognizer:
    return EntityRecognizer(mode=request.param)


@pytest.mark.parametrize(("text", "place"), [
    ("旅客从郑州新郑机场出发。", "郑州新郑机场"),  # a city + its airport
    ("天津滨海机场客流增长。", "天津滨海机场"),  # a municipality + its airport
])
def test_a_city_and_its_facility_are_one_place(any_mode, text, place):
    assert (place, "LOC") in [(e.text, e.label) for e in any_mode.find(text)]


@pytest.mark.parametrize(("text", "spans", "merged"), [
    ("郑州新郑机场", [(0, 2, "GPE", "r"), (2, 6, "LOC", "r")], True),
    ("河南新郑机场", [(0, 2, "GPE", "r"), (2, 6, "LOC", "r")], False),  # a province is an address
    ("郑州市区", [(0, 2, "GPE", "r"), (2, 4, "LOC", "r")], False),  # a generic area, no facility
])
def test_only_a_city_opens_its_facility(any_mode, text, spans, merged):
    from pipeline.entities.place_chains import city_facilities

    assert (len(city_facilities(text, spans, any_mode.lex)) == 1) is merged
