"""Place bounds read on fresh real pages (round 10), table-driven on sentences written here.

A division's own name before a part of it or a network every division has is the division:
某省大部 (most of the province), 某县城东, 某省境内, 某省高速公路 (its expressways) name no place of
their own. A road named by its ends or its own name (沪昆高速公路, 京港澳高速) stays one place.
A body's two-character short name read across two words (国办 in 全国|办理) is none.
"""

import pytest

from pipeline.entities.recognizer import EntityRecognizer


@pytest.fixture(scope="module", params=["fast", "accurate"])
def recognizer(request):
    return EntityRecognizer(request.param)


@pytest.mark.parametrize("text, expected", [
    ("7月27日起，河北大部出现强降雨过程。", [("河北", "GPE")]),
    ("湖南省境内降雨明显。", [("湖南省", "GPE")]),
    ("项目止于康定城东，全长约135公里。", [("康定", "GPE")]),
    ("四川省高速公路建成总里程达到7238公里。", [("四川省", "GPE")]),
    ("广东高速公路总里程达9002公里。", [("广东", "GPE")]),
    ("沪昆高速公路全线贯通。", [("沪昆高速公路", "LOC")]),
    ("京港澳高速车流量大。", [("京港澳高速", "LOC")]),
    # a body's short name read across two words (全国|办理) is neither
    ("2022年全国办理结婚登记683.5万对。", []),
    ("国办印发通知。", [("国办", "ORG")]),
])
def test_a_division_before_its_part_or_network_is_the_division(recognizer, text, expected):
    assert [(m.text, m.label) for m in recognizer.find(text) if m.label != "DATE"] == expected
