"""The offset map: analysis text folds widths, spans map back to raw pieces."""

from __future__ import annotations

from hypothesis import given, strategies as st

from pipeline.normalize import TextMap, fold_width
from pipeline.sentences import split_sentences


def test_fold_width_preserves_length_and_chinese_punctuation():
    raw = "１２．５％，“八个统一”。（一）ＡＩ　小郑"
    folded = fold_width(raw)
    assert folded == "12.5%,“八个统一”。(一)AI 小郑"
    assert len(folded) == len(raw)


def test_joined_pieces_map_back_with_pieces():
    raw = "第一段的前半\n\n图片说明\n\n后半句。"
    textmap = TextMap(raw)
    textmap.add(0, 6)
    textmap.add(14, 18)
    assert textmap.text == "第一段的前半后半句。"
    span = textmap.to_raw(3, 8)
    assert span.text == "的前半后半" and span.pieces == ((3, 6), (14, 16))
    assert "".join(raw[a:b] for a, b in span.pieces) == span.text


def test_separator_never_part_of_a_span():
    textmap = TextMap("标题\n正文")
    textmap.add(0, 2)
    textmap.add_separator()
    textmap.add(3, 5)
    span = textmap.to_raw(0, 5)
    assert span.pieces == ((0, 2), (3, 5)) and span.text == "标题正文"


@given(st.text(alphabet=list("今年增长１２％。！？”“…\n ab,;"), max_size=80))
def test_sentences_cover_text_without_overlap(text):
    spans = split_sentences(text)
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    covered = "".join(text[a:b] for a, b in spans)
    assert covered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
