"""PDF text: a page break inside a sentence, with the next page's running head, is stepped over.

Pages written for this test: paragraphs wrapped at a fixed width with
U+3000 indents, a page number line, then a form feed and a running head that
no rule knows by its words (a paper's name and a section), in the middle of
a sentence.
"""

from __future__ import annotations

import pytest

from pipeline.layout.split import split_articles

WIDTH = 26
PARAGRAPHS = [
    "本报讯（记者王小明）全市去年完成固定资产投资一千二百亿元，同比增长百分之八，其中工业投资增长较快。",
    "市统计局有关负责人介绍，全年规模以上工业增加值增长百分之九，高技术制造业增加值增长百分之十五，新能源汽车产量翻了一番。",
    "该负责人表示，今年全市将继续扩大有效投资，加快重点项目建设，力争全年固定资产投资增长百分之七以上，工业投资增长百分之十以上。",
]


def _page(number_line: str, running_head: str, header: str = "") -> str:
    lines = [header] if header else []
    lines.append("全市投资稳步增长")
    for paragraph in PARAGRAPHS:
        text = "\u3000\u3000" + paragraph
        lines += [text[i:i + WIDTH] for i in range(0, len(text), WIDTH)]
    cut = lines.index(next(l for l in lines if l.startswith("\u3000\u3000市统计局"))) + 1  # inside its sentence
    lines[cut:cut] = [number_line, "\f" + running_head]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("number_line, running_head, header", [
    ("第 6 页", "江城日报　经济", ""),
    ("- 5 -", "城市晚报　民生新闻", "城市晚报　第5版"),
    ("12", "江城日报", "江城日报 第A2版 要闻"),
])
def test_a_running_head_inside_a_sentence_is_furniture(number_line, running_head, header):
    page = _page(number_line, running_head, header)
    [article] = split_articles(page)
    assert page[article.first("title").start:article.first("title").end] == "全市投资稳步增长"
    assert article.first("kicker") is None  # the page header above is no kicker
    text = "".join(page[a:b] for u in article.units if u.role == "body" for a, b in u.pieces)
    assert running_head not in text and number_line not in text
    assert "高技术制造业增加值增长百分之十五，新能源汽车产量翻了一番。" in text
