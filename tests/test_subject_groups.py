"""Group subjects (pipeline/claims/topic_phrases.py) on sentences written for this file.

A clause's topic noun phrase ending in a group head is the subject when the figure measures
the group's attribute (its sales, its rate, its share); the place opening it is written as
the page's place (全国 -> 中国). When the figure counts the group itself, or the phrase is a
kind of thing, a list item, a name or a place and its time, the place stays the subject.
"""

from __future__ import annotations

import pytest

from pipeline.claims import topic_phrases
from pipeline.claims.subjects import Mention

from test_claims import figure_subjects

CASES = [
    # the group measured, a place word opening it
    ("家电消费|国庆假期，全国重点家电企业实现销售额约95亿元，同比增长6%。",
     [("95亿元", "中国重点家电企业"), ("6%", "中国重点家电企业")]),
    # a population with its age range, no place: the group alone
    ("疫苗接种|截至9月底，湘潭市累计接种疫苗420万剂次，其中，高龄老年人全程接种率达到了93.5%。",
     [("93.5%", "高龄老年人")]),
    # a relative clause closed by 的; the clauses after it with no topic of their own go on with
    # the group it counts (the count itself is the country's)
    ("港口|年货物吞吐量1亿吨以上的沿海码头有15个，较上年净增加3个，完成货物吞吐量占全国码头的62.5%。",
     [("15个", "中国"), ("62.5%", "年货物吞吐量1亿吨以上的沿海码头")]),
    # a clause naming a metric of its own goes on with the group the clause before measured
    ("体检|城镇常住人口体检覆盖率为82.4%，比上年提高3个百分点。",
     [("82.4%", "城镇常住人口"), ("3个百分点", "城镇常住人口")]),
]

PLACE_STAYS = [
    # the figure counts the group: the place holds it
    ("高校|今年全国高考报名考生共1100万人，比上年增加20万人。", [("1100万人", "中国")]),
    ("园区|湖南省今年新设园区12家。全省专业园区已突破80家。", [("80家", "湖南")]),
    # a kind of thing, not a group
    ("水利|湖南省今年雨水偏多。全省大中型水库蓄水量已达12亿立方米。", [("12亿立方米", "湖南")]),
    # a place and its time: the place is the topic
    ("外贸|数据显示，日本5月非农部门新增就业岗位12万个。", [("12万个", "日本")]),
]


_subjects = figure_subjects


@pytest.mark.parametrize("article, expected", CASES + PLACE_STAYS,
                         ids=[c[0].split("|")[0] + str(n) for n, c in enumerate(CASES + PLACE_STAYS)])
def test_subject(article, expected):
    got = _subjects(article)
    for pair in expected:
        assert pair in got, got


READINGS = [
    # (clause, figure, mentions as (start, end, name, label), expected name or None)
    ("全国重点零售企业实现销售额8000亿元", "8000", [(0, 2, "中国", "SCOPE")], "中国重点零售企业"),
    ("80岁以上老年人接种率达到95%", "95", [], "80岁以上老年人"),
    ("工业园区和高新区完成投资39亿元", "39", [], "工业园区和高新区"),
    ("运输机场有38个", "38", [], None),  # counted
    ("企业实现销售额8亿元", "8", [], None),  # a bare head points back
    ("各大景区接待游客80万人次", "80", [], None),  # spread over the whole place
    ("为提供线索的群众兑现奖励10万元", "10", [], None),  # a predicate opens the clause
    ("著名景区黄山日接待游客5万人次", "5", [(4, 6, "黄山", "LOC")], None),  # the name after the head
    ("乡村教师参加培训3000人次", "3000", [], None),  # 村 is no head of a group
]


@pytest.mark.parametrize("clause, figure, spans, expected", READINGS, ids=[r[0][:8] for r in READINGS])
def test_group_phrase(clause, figure, spans, expected):
    mentions = [Mention(a, b, name, label) for a, b, name, label in spans]
    at = clause.index(figure)
    found = topic_phrases.group_phrase(clause, 0, at, mentions, fig_end=len(clause))
    assert (found[0] if found else None) == expected
    if found:
        a, b = found[1]
        assert clause[a:b] in clause and b <= at
