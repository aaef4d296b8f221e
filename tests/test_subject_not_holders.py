"""Names near a figure that are never what it is about, on sentences written for this file.

From the errors of a blind set (read after its one blind run): a 分别 list whose items are the
bases compared with (比上年、前年同期分别增长…) lists no holders; a document reporting the figures
(《某某公报》显示) is their source, not their subject; a name a bracket leaves out of the figures
（不含某某集团） is not what they are about; a newspaper or site is never an article's topic.
"""

from __future__ import annotations

import pytest

from pipeline.claims.candidates import excluded
from pipeline.claims.subjects import Mention

from test_claims import analyse
from test_claims_time_round4 import _figure

CASES = [
    ("浙江春节消费|浙江省商务厅数据显示，春节假期全省重点商贸企业实现销售额约120亿元，比上年、前年同期分别增长12%、5%。",
     [("120亿元", "浙江重点商贸企业"), ("12%", "浙江重点商贸企业"), ("5%", "浙江重点商贸企业")]),
    ("民航数据|日前，民航局发布《2024年民航行业发展统计公报》。《公报》显示，全国共有运输机场260个。",
     [("260个", "中国")]),
    # any paper's dated dateline says where the story was filed, not what its figures are about; the
    # whole place opening a list of its systems is the subject, and a 其中 sentence counts its parts
    ("春运|江城日报北京1月20日讯 据初步统计，全国铁路、公路发送旅客约2.1亿人次。其中铁路发送旅客3000万人次。|"
     "热点线路为：广州—赣州，广州—衡阳，广州—桂林。",
     [("2.1亿人次", "中国铁路"), ("3000万人次", "中国铁路")]),
]


@pytest.mark.parametrize(("article", "expected"), CASES)
def test_no_base_or_document_is_a_subject(article, expected, recognizer):
    text, claims = analyse(article, recognizer)
    assert [(_figure(text, c), c.subject) for c in claims] == expected


@pytest.mark.parametrize(("text", "name", "left_out"), [
    ("全市园区（不含某某集团）完成产值20亿元", "某某集团", True),
    ("全市园区（除某某集团外）完成产值20亿元", "某某集团", True),
    ("某某集团完成产值20亿元", "某某集团", False),
])
def test_a_bracket_leaving_a_name_out(text, name, left_out):
    start = text.index(name)
    assert excluded(text, Mention(start, start + len(name), name, "ORG")) is left_out


@pytest.mark.parametrize(("name", "canonical_name"), [("沪", "上海"), ("粤", "广东"), ("上海市", "上海"), ("四川省", "四川")])
def test_a_province_by_its_abbreviation_is_the_province(name, canonical_name):
    from pipeline.claims.places import canonical

    assert canonical(name) == canonical_name
