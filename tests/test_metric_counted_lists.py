"""What a count counts may be listed short kinds (国家、地区和国际组织), not groups of their own
(市民代表、建设者代表) nor a list of figures. Sentences written for this file."""

from __future__ import annotations

import pytest

from pipeline.figures.find import find_figures
from test_claims import analyse


def metrics_of(article: str) -> list[tuple[str, str | None, str | None]]:
    """(figure text, metric text, subject) of each claim of an article written as 'title|body'."""
    text, claims = analyse(article)
    figures = find_figures(text)
    return [(figures[c.figure_index].text, text[slice(*c.metric)] if c.metric else None, c.subject) for c in claims]

CASES = [
    ("博览会|本届博览会共吸引了86个国家和地区参会，2800多家企业参展。", "86个", "国家和地区"),
    ("统计|全国31个省、自治区、直辖市开展了统计调查。", "31个", "省、自治区、直辖市"),
    ("仪式|在300名居民代表、志愿者代表的见证下，新馆开馆。", "300名", "居民代表"),
    ("驿站|今年建成39家驿站、20个服务点。", "39家", "驿站"),
]


@pytest.mark.parametrize("article, figure, metric", CASES, ids=[c[0].split("|")[0] for c in CASES])
def test_what_a_count_counts(article, figure, metric):
    got = {fig: metric for fig, metric, _ in metrics_of(article)}
    assert got.get(figure) == metric, got


@pytest.mark.parametrize("article, figure, metric", [
    # a currency after a money figure's unit restates it: the metric is the noun before the figure
    ("外资|1至7月，全国实际使用外资4967.1亿元人民币，同比增长2.3%。", "4967.1亿元", "实际使用外资"),
    ("外资|今年一季度，全市实际利用外资2.45亿美元，同比增长4.6%。", "2.45亿美元", "实际利用外资"),
])
def test_a_currency_after_the_unit_is_no_metric(article, figure, metric):
    got = {fig: metric for fig, metric, _ in metrics_of(article)}
    assert got.get(figure) == metric, got


def test_a_subtitles_dash_is_no_metric():
    text, claims = analyse("前4月全市实际利用外资2.45亿美元|——同比增长4.6%，位居全省第四|今年前4月，全市实际利用外资2.45亿美元，同比增长4.6%。")
    assert all(c.metric is None or text[slice(*c.metric)].strip("—") for c in claims)


def test_a_place_written_with_diqu_is_one_item_of_a_named_list():
    got = metrics_of("外资|1至7月，香港地区、新加坡、日本、韩国实际投入金额同比分别增长1.5%、23.5%、30.6%和36.5%。")
    assert got == [("1.5%", "实际投入金额", "香港"), ("23.5%", "实际投入金额", "新加坡"),
                   ("30.6%", "实际投入金额", "日本"), ("36.5%", "实际投入金额", "韩国")]


def test_listed_kinds_sharing_a_bare_measure_are_the_metrics():
    got = [(fig, metric) for fig, metric, _ in metrics_of("工业|前三季度，高技术制造业、装备制造业增加值分别增长8.5%和6.3%。")]
    assert got == [("8.5%", "高技术制造业"), ("6.3%", "装备制造业")]


def test_the_sectors_listed_by_ordinal_share_what_follows():
    assert [(fig, metric) for fig, metric, _ in metrics_of("主体|前三季度，第一、二、三产业新设企业分别增长12.1%、8.3%和4.2%。")] == [
        ("12.1%", "新设企业"), ("8.3%", "新设企业"), ("4.2%", "新设企业")]


def test_a_mark_inside_a_listed_name_splits_nothing():
    got = metrics_of("专利|呼和浩特市、包头市和鄂尔多斯市专利授权量分别为1569件、1037件和861件。")
    assert [(fig, subject) for fig, _, subject in got] == [
        ("1569件", "呼和浩特"), ("1037件", "包头"), ("861件", "鄂尔多斯")]


@pytest.mark.parametrize("article, expected", [
    # 和/及 inside an item of a 、 list: the items are as many as the figures
    ("工业|其中，无纺布、新材料及医药制造、纺织服装产值分别增长12.5%、12.3%和10.6%。",
     [("12.5%", "无纺布"), ("10.6%", "纺织服装产值")]),
    # 大项 is no numeral after a measure word, whatever jieba's dictionary says
    ("运动会|本届运动会竞技体育组设32个大项、523个小项比赛。", [("32个", "大项")]),
])
def test_list_items_and_counted_words(article, expected):
    got = [(fig, metric) for fig, metric, _ in metrics_of(article)]
    assert set(expected) <= set(got), got


@pytest.mark.parametrize("article, figure, metric", [
    ("生猪|能繁母猪存栏占生猪存栏的猪群比为9.6%。", "9.6%", "猪群比"),
])
def test_a_shares_noun_after_its_de(article, figure, metric):
    got = {fig: metric for fig, metric, _ in metrics_of(article)}
    assert got.get(figure) == metric, got


def test_months_listed_before_a_kind_are_no_kinds():
    got = metrics_of("餐饮|分月看，1月、2月、3月住宿和餐饮业分别实现零售额943.5亿元、825.7亿元、781.5亿元。")
    assert all(metric != "住宿和餐饮业" for _, metric, _ in got), got
