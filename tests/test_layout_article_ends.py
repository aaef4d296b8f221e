"""Where an article ends when no blank line says so: marks after its last sentence, the line
under its closing byline, and a lead that cannot continue a sentence cut before a headline.

Pages and sentences written for this test; no blank lines (the tight convention), so only
these cues tell the articles apart.
"""

from __future__ import annotations

import pytest

from pipeline.layout import rules
from pipeline.layout.split import split_articles


@pytest.mark.parametrize("text, terminated", [
    ("村民们说:“日子越过越有奔头!”②9", True),  # an editing code kept from the print page
    ("新馆明年开放。③", True),
    ("新馆明年开放。❷12", True),
    ("他们计划再建③", False),  # no sentence ended before the circled number
    ("这边雪还没化,那边杏花已开。20", False),  # a year cut at the line end: 20 / 23年…
    ("今年共接待游客三万人次。(相关报道见A3版)", True),
    ("全年共种植苗木", False),
])
def test_a_mark_after_the_last_sentence_does_not_cut_it(text, terminated):
    assert rules.is_terminated(text) is terminated


@pytest.mark.parametrize("text, see_also", [
    ("全县新建公园十二个。(相关报道见A3版)", True),
    ("全县新建公园十二个。(详见第5版)", True),
    ("全县新建公园十二个。(图片由县园林局提供)", False),
    ("全县新建公园十二个。", False),
])
def test_a_pointer_to_another_page_ends_a_paragraph(text, see_also):
    assert rules.see_also_at_end(text) is see_also


FERRY = (
    "江心岛渡口恢复夜航\n"
    "连日来,江心岛渡口调整了航班时间,末班船推迟到晚上十点。\n"
    "船工老周告诉记者,夜航开通后,岛上居民下班回家再也不用赶时间。\n"
)
LIBRARY_TITLE = "社区图书馆开设周末课堂\n"
LIBRARY_TEXT = "每到周六上午,社区图书馆的阅览室里坐满了孩子,志愿者带着他们读绘本、做手工。\n"


LAST = "船工老周笑着说,以前岛上的年轻人下了班要在码头等上一个多小时,"


def _roles(page: str) -> list[list[tuple[str, str]]]:
    return [[(u.role, page[u.start:u.end]) for u in a.units] for a in split_articles(page)]


@pytest.mark.parametrize("ending", [
    "“现在晚上也能回家吃饭了!”②9",  # an editing code after the last sentence
    "现在好了。(相关报道见A3版)",  # a pointer to another page
])
def test_a_headline_after_a_marked_article_end_opens_the_next(ending):
    """Not a caption dropped into a column break: the paragraph before it ended."""
    page = FERRY + LAST + ending + "\n" + LIBRARY_TITLE + LIBRARY_TEXT
    assert _roles(page)[1] == [("title", LIBRARY_TITLE.strip()), ("body", LIBRARY_TEXT.strip())]
    assert _roles(page)[0][-1] == ("body", LAST + ending)


def test_a_lead_after_a_headline_is_no_rest_of_a_cut_sentence():
    """The article before breaks off mid-sentence (the dump cut it); a headline with a lead under it
    still opens the next article: a lead cannot be the rest of that sentence."""
    page = FERRY + LAST + "岛上还要新建一座候船\n" + LIBRARY_TITLE + "本报讯(记者 邵佳音)" + LIBRARY_TEXT
    articles = split_articles(page)
    assert [page[a.first("title").start:a.first("title").end] for a in articles] == [
        "江心岛渡口恢复夜航", "社区图书馆开设周末课堂"]
    assert ["".join(page[s:e].split()) for s, e in articles[1].reporters] == ["邵佳音"]
    assert articles[0].truncated


@pytest.mark.parametrize("label, reporters", [
    ("时事", ["汪晓云"]),  # a column label over the next headline, not a second name
    ("焦点", ["汪晓云"]),
])
def test_a_column_label_under_a_closing_byline_is_the_next_kicker(label, reporters):
    page = (FERRY + "本报记者 汪晓云\n" + label + "\n" + LIBRARY_TITLE
            + "据新华社电 " + LIBRARY_TEXT)
    articles = split_articles(page)
    assert ["".join(page[s:e].split()) for s, e in articles[0].reporters] == reporters
    kicker = articles[1].first("kicker")
    assert kicker is not None and page[kicker.start:kicker.end] == label


def test_a_name_under_a_closing_byline_stays_a_reporter():
    page = FERRY + "本报记者 汪晓云\n邵佳音\n" + LIBRARY_TITLE + "据新华社电 " + LIBRARY_TEXT
    articles = split_articles(page)
    assert ["".join(page[s:e].split()) for s, e in articles[0].reporters] == ["汪晓云", "邵佳音"]
