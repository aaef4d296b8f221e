"""The offset map: analysis text folds widths, spans map back to raw pieces."""

from __future__ import annotations

from hypothesis import given, strategies as st

from pipeline.text.normalize import TextMap, fold_width
from pipeline.text.sentences import split_sentences


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


def _per_character(raw: str, offsets: list[int], start: int, end: int) -> tuple[int, int, tuple]:
    """The definition of ``to_raw``, one character at a time: the reference the run walk must match."""
    kept = [o for o in offsets[start:end] if o >= 0]
    pieces = [[kept[0], kept[0] + 1]]
    for offset in kept[1:]:
        last = pieces[-1]
        if offset == last[1] or (offset > last[1] and "\n" not in raw[last[1]:offset]):
            last[1] = offset + 1
        else:
            pieces.append([offset, offset + 1])
    return pieces[0][0], pieces[-1][1], tuple(map(tuple, pieces))


_RAW = "标题一行\n\n正文 第一段的前半\n图片说明文字\n后半句。  \n(上接一版)续文在此。"


@given(st.lists(st.one_of(st.tuples(st.integers(0, len(_RAW)), st.integers(0, 12)), st.none()),
                min_size=1, max_size=8),
       st.integers(0, 2), st.data())
def test_run_walk_matches_the_per_character_definition(parts, base, data):
    textmap, offsets = TextMap(_RAW, base), []
    for part in parts:
        if part is None:
            textmap.add_separator()
            offsets.append(-1)
        else:
            start = part[0]
            end = min(len(_RAW), start + part[1])
            textmap.add(start, end)
            offsets += range(start, end)
    assert len(textmap) == len(offsets) == len(textmap.text)
    if not any(o >= 0 for o in offsets):
        return
    start = data.draw(st.integers(0, len(offsets) - 1))
    end = data.draw(st.integers(start + 1, len(offsets)))
    if all(o < 0 for o in offsets[start:end]):
        return
    span = textmap.to_raw(start, end)
    first, final, pieces = _per_character(_RAW, offsets, start, end)
    assert (span.start, span.end) == (first + base, final + base)
    assert span.text == "".join(_RAW[a:b] for a, b in pieces)
    assert span.pieces == (None if len(pieces) == 1 else tuple((a + base, b + base) for a, b in pieces))
    assert [textmap.raw_offset(i) for i in range(len(offsets))] == offsets
