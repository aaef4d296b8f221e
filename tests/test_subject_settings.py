"""Clauses that only set the scene (pipeline.claims.subjects._SETTING), on sentences written for these tests."""

import pytest

from pipeline.claims.subjects import Mention, clause_subject


@pytest.mark.parametrize("text, name, figure, expected", [
    # a body inside 在…会上 says where it was said: the figure goes to the article's subject
    ("在昨日召开的省政府新闻发布会上，农业农村厅负责人介绍，今年将新建高标准农田120万亩", "省政府", "120万亩", "江西"),
    ("在昨日举行的省农科院年度工作会议上，新品种推广面积达到120万亩", "省农科院", "120万亩", "江西"),
    # a clause naming the body as its topic keeps it
    ("省农科院组织专家攻关，今年已推广新品种120万亩", "省农科院", "120万亩", "省农科院"),
])
def test_a_setting_clause_names_no_subject(text, name, figure, expected):
    mention = Mention(text.index(name), text.index(name) + len(name), name, "ORG")
    at = text.index(figure)
    clause = max(text.rfind("，", 0, at), -1) + 1
    got = clause_subject(text, at, clause, s_start=0, mentions=[mention], fig_spans=[(at, at + len(figure))],
                         article_subject="江西")
    assert got[0] == expected
