"""Names that are no subject where they stand (pipeline.claims.candidates), on sentences written for these tests."""

from typing import NamedTuple

import pytest

from pipeline.claims.candidates import defeated, each_list, excluded


class Span(NamedTuple):
    start: int
    end: int


def _at(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name))


@pytest.mark.parametrize("text, name, expected", [
    ("北京时间6日8时，探测器飞越木星。", "北京", True),  # a clock's time zone
    ("美国东部时间3日，探测器发回图像。", "美国", True),
    ("北京今年新增绿地300公顷。", "北京", False),
    ("全省（不含深圳）新增就业12万人。", "深圳", True),
])
def test_excluded(text, name, expected):
    assert excluded(text, _at(text, name)) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("山东队在决赛中2:0击败江苏队，夺得两金。", "江苏队", True),  # the loser, the verb's object
    ("山东队在决赛中2:0击败江苏队，夺得两金。", "山东队", False),
    ("上海队负于广东队，排名第三。", "广东队", True),
    ("浙江队收获三枚银牌。", "浙江队", False),
])
def test_defeated(text, name, expected):
    assert defeated(text, _at(text, name)) is expected


class Named(NamedTuple):
    start: int
    end: int
    name: str
    label: str


@pytest.mark.parametrize("text, names, expected", [
    ("德国、荷兰和挪威队各取一金", ["德国", "荷兰", "挪威队"], "德国、荷兰和挪威队"),
    ("山东队和江苏队各得两分", ["山东队", "江苏队"], "山东队和江苏队"),
    ("山东队夺得两金，江苏队各项目均有奖牌", ["山东队", "江苏队"], None),  # one name before 各
    ("德国获得一金", ["德国"], None),  # no 各
])
def test_each_list(text, names, expected):
    mentions = [Named(*_at(text, n), n, "GPE") for n in names]
    fig = max(text.find("一"), text.find("两"))
    found = each_list(text, 0, fig, mentions)
    assert (found[0] if found else None) == expected
