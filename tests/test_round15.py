"""Round 15: readings of a fresh real set (dev set 22), pinned on sentences written here.

Layout:

- in PDF text a line of numbers holds more characters than a line of Chinese in the same column
  (digits print narrower), so a wrapped line may run a few characters past the wrap width; it still goes on into the next line when it stops mid-clause;
- the dump's first line coming back lower down (a running head with no date) is page furniture;
- an editor's credit may join its label with a slash (编辑/某某): it closes the article above.
"""

from __future__ import annotations

import pytest

from pipeline.layout.lines import page_lines
from pipeline.layout.split import split_articles
from pipeline.layout.web_lines import is_editor_line

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


def _titles(raw: str) -> list[str]:
    return ["".join(raw[a:b] for a, b in article.first("title").pieces) if article.first("title") else ""
            for article in split_articles(raw)]


RUNNING_HEAD_PAGE = "\n".join([
    "城乡周刊·民生观察",
    "",
    "一、就业",
    "",
    "全市新增城镇就业3.2万人",
    "　　本报讯（记者 林可）记者从市人社局获悉，今年前三季度全市新增城镇就业3.2万人，",
    "完成全年目标的86%。",
    "编辑/吴敏",
    "",
    "城乡周刊·民生观察",
    "",
    "新春走基层",
    "山村客栈住满了城里人",
    "　　本报讯（记者 林可）春节期间，北山村18家客栈天天客满，接待游客1.2万人次。",
]) + "\n"


def test_a_running_head_that_tops_the_page_and_comes_back_is_no_article():
    assert _titles(RUNNING_HEAD_PAGE) == ["全市新增城镇就业3.2万人", "山村客栈住满了城里人"]


@pytest.mark.parametrize("line, editor", [
    ("编辑/吴敏", True),
    ("责编 / 周立", True),
    ("文/记者 张三", False),  # a writer's credit, not the editor's
])
def test_an_editor_credit_with_a_slash_closes_the_article(line, editor):
    assert is_editor_line(line) is editor
