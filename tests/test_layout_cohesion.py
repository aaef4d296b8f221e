"""Lexical cohesion tells a sub-head from the next article's title on a page with no other cue.

Pages written for this test: no blank lines, no lead, no byline; only the words
of a heading say whether it goes on with its article or starts another.
"""

from __future__ import annotations

import pytest

from pipeline.layout import cohesion
from pipeline.layout.split import split_articles

COURTS = (
    "全市法院审结案件数量创新高\n"
    "去年全市法院共审结各类案件八十余万件，法官人均结案数同比上升。\n"
    "市高级人民法院负责人介绍，法院推进繁简分流，简易案件审理周期明显缩短。\n"
)
SUBHEAD = (
    "法院线上诉讼服务覆盖各类案件\n"
    "全市法院线上立案占比过半，当事人通过诉讼服务平台即可完成立案和缴费。\n"
)
NEXT_TITLE = (
    "春运首日铁路客流平稳\n"
    "春运首日，全国铁路发送旅客一千多万人次，各大车站秩序井然，旅客候车时间缩短。\n"
)


@pytest.mark.parametrize("page, titles", [
    (COURTS + SUBHEAD, ["全市法院审结案件数量创新高"]),  # the sub-head shares 法院, 案件, 立案…
    (COURTS + NEXT_TITLE, ["全市法院审结案件数量创新高", "春运首日铁路客流平稳"]),  # nothing shared
    (COURTS + SUBHEAD + NEXT_TITLE, ["全市法院审结案件数量创新高", "春运首日铁路客流平稳"]),
])
def test_a_change_of_topic_opens_an_article(page, titles):
    found = [page[a.first("title").start:a.first("title").end] for a in split_articles(page)]
    assert found == titles


@pytest.mark.parametrize("article, new, shares", [
    ("全市法院审结案件八十余万件", "法院线上立案占比过半", True),
    ("全市法院审结案件八十余万件", "铁路发送旅客一千多万人次", False),
])
def test_shared_content_words(article, new, shares):
    share, words = cohesion.shared_share(article, new)
    assert words >= 2 and (share > 0) is shares
