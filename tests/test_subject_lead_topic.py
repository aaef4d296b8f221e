"""The topic noun phrase of a lead (pipeline.claims.lead_topic), on sentences written for these tests."""

import pytest

from pipeline.claims.deictics import Mention
from pipeline.claims.lead_topic import lead_topic, supported

CASES = [
    # a named event opens the lead after a dateline given as a skip span
    ("新华社南宁3月2日电第五届全国青年运动会2日在南宁闭幕，", ("新华社南宁3月2日电",), "第五届全国青年运动会"),
    # a group noun phrase, a period word after it (一季报) is no count
    ("城商行一季报陆续发布，多数实现增长。", (), "城商行"),
    # a time clause and a time word with 的 come first
    ("立夏时节，滨湖数字农业示范园，一片繁忙景象。", (), "滨湖数字农业示范园"),
    ("今天的省运会共决出九枚金牌。", (), "省运会"),
    # a craft's name in quotes with its 号
    ("“远航”号科考船5日抵达港口。", (), "“远航”号科考船"),
    # the paper's own opener and a byline in brackets
    ("本报讯（记者 李明）连日来，环城绿道进入收尾阶段。", (), "环城绿道"),
    # no topic: a counted phrase, a body that reports, a quotation, a verb first
    ("去年以来，全区新建口袋公园45个。", (), None),
    ("区统计局昨日发布数据，", (), None),
    ("“雨下得太大了”，村民说。", (), None),
    ("开展专项整治行动，查处违法行为12起。", (), None),
]


@pytest.mark.parametrize("text, skipped, expected", CASES)
def test_lead_topic(text, skipped, expected):
    skip = [(text.index(s), text.index(s) + len(s)) for s in skipped]
    found = lead_topic(text, 0, len(text), skip)
    assert (found[0] if found else None) == expected
    if found:  # the span is where the phrase is written
        a, b = found[1]
        assert expected.endswith(text[a:b]) or text[a:b].endswith(expected)


def test_a_place_opening_the_topic_is_written_as_the_page_writes_it():
    text = "7月以来我国北方地区多次出现强降雨，"
    at = text.index("我国")
    found = lead_topic(text, 0, len(text), (), [Mention(at, at + 2, "中国", "REF")])
    assert found == ("中国北方地区", (at, at + 6))


@pytest.mark.parametrize("topic, heads, expected", [
    ("第五届全国青年运动会", ["青运会闭幕 东道主居奖牌榜首位"], True),
    ("城商行", ["城商行一季报出炉"], True),
    ("环城绿道建设", ["市领导调研城建工程"], False),
    ("环城绿道", ["环城绿道全线贯通"], True),
    ("区统计局", [], False),
])
def test_supported_by_the_headline(topic, heads, expected):
    assert supported(topic, heads) is expected
