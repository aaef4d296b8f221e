"""How far a place runs into a singular thing's name (pipeline.claims.named_things.thing_name_end),
on phrases written for these tests."""

import pytest

from pipeline.claims.named_things import thing_name_end


@pytest.mark.parametrize("text, place, expected", [
    ("洪山区滨湖数字产业园总投资12亿元", "洪山区", "洪山区滨湖数字产业园"),
    ("宜昌市各大景区共接待游客52万人次", "宜昌市", None),  # every such thing: the place's own
    ("宜昌市所有景区共接待游客52万人次", "宜昌市", None),
    ("宜昌市新增项目12个", "宜昌市", None),  # a verb after the place
])
def test_thing_name_end(text, place, expected):
    end = thing_name_end(text, len(place))
    assert (text[:end] if end is not None else None) == expected
