"""A section's label alone between two blocks opens the next article even when both articles speak of
the same thing; a web CMS's editor login closes its article. Pages written for this test."""

from __future__ import annotations

import pytest

from pipeline.layout.split import split_articles

# two stories of one subject (生猪稳产保供), no lead, no byline: only the label tells them apart
FIRST = (
    "甲市生猪稳产保供再发力\n"
    "\u3000\u3000今年前三季度，甲市生猪出栏一百二十万头，同比增长百分之三，生猪稳产保供成效明显。\n"
    "\u3000\u3000市农业农村局介绍，全市规模养猪场达到四百余个，生猪产能保持稳定，保供能力增强。\n"
)
SECOND = (
    "乙县生猪稳产保供取得新突破\n"
    "\u3000\u3000生猪稳产保供是重中之重。近日，乙县最大的生猪养殖场建成投产，首批引进后备母猪九百余头。\n"
    "\u3000\u3000该养殖场年可出栏生猪两万头，填补了全县规模化养殖的空白，生猪稳产保供能力增强。\n"
)


@pytest.mark.parametrize("label", ["第B02版：财经", "第3版　经济", "A5版·农业"])
def test_a_section_label_between_articles_opens_the_next(label):
    page = f"{label}\n\n{FIRST}\n{label}\n\n{SECOND}"
    titles = [page[a.first("title").start:a.first("title").end] for a in split_articles(page)]
    assert titles == ["甲市生猪稳产保供再发力", "乙县生猪稳产保供取得新突破"]


def test_without_the_label_the_second_story_reads_as_a_sub_head():
    assert len(split_articles(f"{FIRST}\n{SECOND}")) == 1  # same words, one blank line: no cue to open


@pytest.mark.parametrize("editor", ["【责任编辑：zmh】", "（责任编辑：王芳）", "责任编辑: editor01"])
def test_an_editor_line_closes_a_web_article(editor):
    page = ("甲市夜间消费活力提升\n\n来源：甲市日报　2024-02-18 09:30\n\n"
            "春节假期，甲市夜间消费订单同比增长三成。\n\n" + editor + "\n\n\n首页 > 新闻\n\n"
            "乙市发放消费券五千万元\n\n来源：乙市晚报　2024-02-19 10:00\n\n乙市今起分三批发放消费券。\n")
    titles = [page[a.first("title").start:a.first("title").end] for a in split_articles(page)]
    assert titles == ["甲市夜间消费活力提升", "乙市发放消费券五千万元"]
