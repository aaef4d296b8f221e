"""A body named by its level alone (pipeline.claims.scopes.level_body_name), on names written for these tests."""

import pytest

from pipeline.claims.scopes import level_body_name

PLACE = {"省": "江西省", "市": "赣州", "县": "兴国县"}


@pytest.mark.parametrize("name, expected", [
    ("市公安局", "赣州"),  # a government body: the place's figures
    ("省卫生健康委", "江西省"),
    ("县农业农村局", "兴国县"),
    ("省儿童医院", "江西省儿童医院"),  # an institution: that one hospital, written with its place
    ("市中医院", "赣州市中医院"),
    ("赣州市人民医院", "赣州市人民医院"),  # a full name stays as written
])
def test_level_body_name(name, expected):
    assert level_body_name(name, PLACE) == expected


def test_no_place_of_that_level_leaves_it_to_the_page():
    assert level_body_name("市儿童医院", {"省": "江西省"}) == ""
