"""A list of places that opens a clause holds its figure together, and the clauses after it go on
with the list; a body before a headline's speaker label is who speaks, not the article's subject.
Sentences written for this file."""

from __future__ import annotations

import pytest

from test_claims import figure_subjects

CASES = [
    ("冰雹灾害|据省民政厅报告，定西市安定区和通渭县、平凉市静宁县1.2万人受灾，农作物受灾面积3.1千公顷。",
     [("1.2万人", "定西市安定区和通渭县、平凉市静宁县"), ("3.1千公顷", "定西市安定区和通渭县、平凉市静宁县")]),
    ("秋粮收获|今年天水市秋粮再获丰收，全市秋粮产量达到86万吨。",
     [("86万吨", "天水")]),  # no list: the city
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0].split("|")[0] for c in CASES])
def test_a_listed_topic_holds_its_figures(article, expected):
    got = figure_subjects(article)
    assert set(expected) <= set(got), got


def test_a_body_before_a_headline_speakers_label_is_not_the_subject():
    assert figure_subjects("人社部部长：养老保险基金运行平稳|今年全国基本养老保险参保人数达到10.5亿人。") == [
        ("10.5亿人", "中国")]
