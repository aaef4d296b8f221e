"""An article's subject when its headline names a counted list of places and its lead a part of
the country (pipeline.claims.subjects, scopes, find), on text written for these tests."""

from typing import NamedTuple

import pytest

from pipeline.claims import scopes


class _Ref(NamedTuple):
    start: int
    end: int
    text: str
    refers_to: str | None


@pytest.mark.parametrize("lead, expected", [
    ("截至10日，6月以来我国东部地区遭遇强降雨，", "中国东部地区"),
    ("今年以来，我国中西部地区新增就业120万人。", "中国中西部地区"),
    ("今年以来，全国新增就业120万人。", "中国"),
    ("今年以来，我国南方的雨水偏多。", "中国"),  # 南方 alone, no region word: the country
])
def test_a_national_lead_names_the_part_of_the_country_it_opens_with(lead, expected):
    refs = [_Ref(i, i + 2, lead[i:i + 2], "中国") for i in range(len(lead) - 1) if lead[i:i + 2] in {"全国", "我国"}]
    assert scopes.national_lead(lead, (0, len(lead)), refs) == expected


@pytest.mark.parametrize("headline, listed", [
    ("苏浙沪8省市近500万人受灾", True),
    ("京津冀等3省市联合治污", True),
    ("苏州新增就业3万人", False),
])
def test_a_headline_place_opening_a_counted_list(headline, listed):
    from pipeline.claims.subjects import _COUNTED_PLACES
    assert bool(_COUNTED_PLACES.match(headline, 2)) is listed


def test_claims_point_where_the_lead_writes_the_region():
    from pipeline.run import process_text
    text = ("苏浙沪8省市近500万人受灾\n\n"
            "本报讯 记者从应急管理部获悉，截至7月10日，6月以来我国东部地区遭遇持续强降雨，"
            "已造成江苏、浙江、上海等8省（市）486万人受灾，紧急转移安置12万人。\n")
    records = process_text(text, date="2026-07-11", name="flood.txt")
    claims = [c for r in records for c in r.claims if c.figure.text in {"486万人", "12万人"}]
    assert claims and all(c.subject is not None and c.subject.normalized == "中国东部地区" for c in claims)
    for c in claims:
        assert text[c.subject.start:c.subject.end] == c.subject.text == "我国东部地区"
