"""The whole pipeline on arbitrary and on written text: offsets always read back."""

from __future__ import annotations

import spacy
from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline import process_text, schema
from pipeline.records.invariants import offset_violations

PIECES = [
    "标题新闻", "本报讯(记者 张三)", "全市新增就业1.2万人,", "同比增长12.5%。", "\n", "\n\n", "\r\n",
    "“八个统一”", "《春天的故事》", "(上接一版)", "本报记者 李四", "图为活动现场", "近百万", "第八位",
    "郑州市", "省发展改革委", "２０２５年４月３０日", "　", " ", "……", "！", "？", "ab12", "😀", "\x07",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=25).map("".join))
def test_every_span_of_arbitrary_text_reads_back(process, text):
    for record in process(text):
        assert offset_violations(record, text) == []


def test_public_api_matches_pipeline():
    text = "洛阳新建公园\n\n本报讯(记者 王五)今年全市新建口袋公园86个,总数达到312个。\n"
    (article,) = process_text(text, date="2026-05-01")
    assert article.title.text == "洛阳新建公园"
    assert [r.text for r in article.reporters] == ["王五"]
    assert {f.text for f in article.figures} == {"86个", "312个"}
    assert offset_violations(article, text) == []


def test_components_run_on_a_plain_blank_zh_pipeline():
    """A spaCy user gets the same figure spans from spacy.blank('zh') plus our components."""
    text = "全市新建口袋公园86个,新增绿地42.5万平方米,同比增长18.6%。"
    nlp = spacy.blank("zh")
    nlp.add_pipe("zhnews_figures")
    nlp.add_pipe("zhnews_entities")
    doc = nlp(text)
    assert [span.text for span in doc.spans["figures"]] == ["86个", "42.5万平方米", "18.6%"]
    (article,) = process_text("标题\n\n" + text)
    assert [f.text for f in article.figures] == [span.text for span in doc.spans["figures"]]


def test_claims_without_a_subject_take_the_page_place():
    text = ("绍兴新建口袋公园30个\n\n本报讯(记者 王五)记者从绍兴市园林局获悉,今年绍兴新建口袋公园30个。\n\n"
            "夜市经济红火\n\n本报讯(记者 赵六)全市12个夜市本周客流量超过30万人次。\n")
    articles = process_text(text)
    night_market = articles[1]
    assert night_market.claims and all(schema.part_value(c.subject) == "绍兴" for c in night_market.claims)


def test_the_page_place_is_the_city_its_counties_lie_in():
    """Two items on 德化 (a county of 泉州) and one on 泉州 itself: the page is a 泉州 paper."""
    text = ("泉州港口吞吐量增长\n\n本报讯(记者 王五)今年泉州港完成货物吞吐量1.2亿吨。\n\n"
            "夜市经济红火\n\n本报讯(记者 赵六)本周我市12个夜市客流量超过30万人次。\n\n"
            "德化陶瓷出口回暖\n\n本报讯(记者 钱七)今年德化陶瓷出口额增长12%,德化县新增陶瓷企业40家。\n")
    articles = process_text(text)
    assert articles[1].claims and {schema.part_value(c.subject) for c in articles[1].claims} == {"泉州"}


def test_the_title_names_the_subject_before_the_kicker():
    """A kicker names a series (聚焦美丽湖南建设); the headline under it names what the article is about."""
    text = "聚焦美丽湖南建设\n株洲空气质量持续向好\n本报讯(记者 张三)据介绍,去年共淘汰老旧柴油货车1200余辆,新增新能源公交车300辆。\n"
    (article,) = process_text(text)
    assert article.kicker is not None and article.kicker.text == "聚焦美丽湖南建设"
    assert article.claims and {schema.part_value(c.subject) for c in article.claims} == {"株洲"}
