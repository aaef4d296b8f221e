"""Table-driven cases for pipeline.figures.numerals (written for zhnews, not copied from any spec)."""

from decimal import Decimal

import pytest

from pipeline.figures.numerals import find_numerals, parse_fraction, parse_number

PARSE = [
    ("一百二十三", "123"), ("1.72万亿", "1720000000000"), ("3万4000", "34000"),
    ("1,100.9亿", "110090000000"), ("两千零五", "2005"), ("十五点八", "15.8"), ("零点五", "0.5"),
    ("百万", "1000000"), ("三万四千", "34000"), ("二十万亿", "20000000000000"), ("1.1万", "11000"),
    ("1008亿", "100800000000"), ("10.92万", "109200"), ("十", "10"), ("十二", "12"), ("二十", "20"),
    ("一万三", "13000"), ("九十二万四", "924000"), ("两千四百五", "2450"), ("一千零一", "1001"),
    ("一百零一万一千", "1011000"), ("五亿零六", "500000006"), ("四万万", "400000000"),
    ("二〇二五", "2025"), ("1千零20", "1020"), ("25万6千", "256000"), ("十五点八亿", "1580000000"),
    ("负三十二", "-32"), ("-10000", "-10000"), ("1，234", "1234"), ("１２３", "123"),
    ("肆佰陆拾", "460"), ("三十几万", "300000"), ("一千多万", "10000000"), ("十余万", "100000"),
    ("两千万点五五四四", "20000000.5544"), ("4.800", "4.8"), ("0.5", "0.5"),
]
INVALID = ["八个统一", "", "三四十", "万年", "abc", "十百"]


@pytest.mark.parametrize("text, expected", PARSE)
def test_parse_number(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", INVALID)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_exact_decimal():
    assert str(parse_number("1.1万")) == "11000"


@pytest.mark.parametrize("den, num, expected", [("三", "一", "33.33333333333333333333333333"), ("五", "二", "40"), ("4", "1", "25")])
def test_parse_fraction(den, num, expected):
    assert parse_fraction(den, num) == Decimal(expected)


@pytest.mark.parametrize("text, values", [
    ("九年八吨", ["9", "8"]), ("陆地", []), ("五分之一", ["0.2"]), ("3/5", ["0.6"]), ("百分之四十", ["40"]),
])
def test_find_numerals(text, values):
    assert [str(v) for _, _, v in find_numerals(text)] == values
