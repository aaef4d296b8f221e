"""Round 15: readings of a fresh real set (dev set 22), pinned on sentences written here.

Layout: in PDF text a line of numbers holds more characters than a line of Chinese in the same
column (digits print narrower), so a wrapped line may run a few characters past the wrap width; it
still goes on into the next line when it stops mid-clause.
"""

from __future__ import annotations

import pytest

from pipeline.layout.lines import page_lines

def _pdf_wrapped(paragraph: str, cells: int = 22) -> list[str]:
    """A paragraph as a PDF prints it in a column ``cells`` wide: a digit, a Latin letter or an ASCII
    mark takes half a cell, so a line of numbers holds more characters than a line of Chinese."""
    lines, line, used = [], "", 0.0
    for char in paragraph:
        width = 0.5 if char.isascii() else 1.0
        if used + width > cells:
            lines.append(line)
            line, used = "", 0.0
        line, used = line + char, used + width
    return lines + [line]


PDF_NUMBERS = "\n".join([
    "全县秋粮再获丰收",
    *_pdf_wrapped("\u3000\u3000本报讯（记者 周明）记者从县统计局获悉：全县今年秋粮生产克服了夏季持续高温和"
                  "秋季连阴雨等不利天气影响，播种面积128.45万亩，比上年增加1.36万亩，增长1.07%；平均亩产"
                  "412.6公斤，比上年增加3.8公斤；秋粮总产量52.99万吨，比上年增长0.96万吨，增长1.85%。"),
    *_pdf_wrapped("\u3000\u3000县农业农村局负责人表示，明年全县将继续稳定粮食播种面积，加快推进高标准农田建设，"
                  "确保粮食生产稳中有增，农民收入持续提高。"),
]) + "\n"


def test_a_wrapped_line_of_numbers_longer_than_the_column_goes_on():
    widths = [len(line) for line in PDF_NUMBERS.splitlines()]
    assert max(widths) > 23  # the page as the test means it: some number lines run past the width
    paragraphs = [line.text.replace(",", "，") for line in page_lines(PDF_NUMBERS)]
    assert paragraphs[0] == "全县秋粮再获丰收"
    assert "平均亩产412.6公斤" in paragraphs[1] and "秋粮总产量52.99万吨" in paragraphs[1]
    assert paragraphs[1].endswith("增长1.85%。") and paragraphs[2].endswith("农民收入持续提高。")
    assert len(paragraphs) == 3


@pytest.mark.parametrize("headline", [
    "9.84亿人次！重点村带动乡村旅游市场率先恢复",  # longer than the column, no comma: a headline
])
def test_a_long_headline_without_a_comma_stays_a_line(headline):
    page = headline + "\n" + PDF_NUMBERS.split("\n", 1)[1]
    assert page_lines(page)[0].text.replace("!", "！") == headline
