"""Big dumps without blank lines (PDF text wrapped at a fixed width) are cut between paragraphs."""

from __future__ import annotations

from pipeline.batch.chunks import find_cut


def test_a_wrapped_dump_without_blank_lines_is_cut_before_an_indented_line():
    paragraph = "\u3000\u3000" + "市区新增公交线路十二条，优化调整线路三十一条，方便市民出行。" * 6
    wrapped = "\n".join(paragraph[i:i + 26] for i in range(0, len(paragraph), 26))
    text = "\n".join([wrapped] * 40)
    target = text.index("\n\u3000", 1000) + 30  # the next line break is a wrap inside a paragraph
    cut = find_cut(text, target)
    assert cut > target and text[cut:].startswith("\u3000\u3000") and text[cut - 1] == "\n"
