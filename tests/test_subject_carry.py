"""Subjects that come from a sentence or a town named before, on sentences written for this file.

- 全镇 / 本乡 name the last town or township named before them (the division tables stop at
  counties, so the article's county would otherwise stand in for the town);
- a sentence that opens with an adverb (共决定起诉…) has no topic of its own and goes on with
  the subject the sentence before named; one opening with a source (据了解，…) does not.
"""

from __future__ import annotations

import pytest

from test_claims import figure_subjects

CASES = [
    ("乡村振兴|平利县：特色产业助增收|走进长安镇，茶园连片。长安镇是平利县的茶叶主产区，全镇辖12个行政村，茶园面积3.2万亩。",
     [("12个", "长安镇"), ("3.2万亩", "长安镇")]),
    ("检察工作|最高检发布数据。今年前三季度，全国检察机关共批准逮捕犯罪嫌疑人10.2万人。共决定起诉25.6万人，不起诉9.1万人。",
     [("10.2万人", "中国检察机关"), ("25.6万人", "中国检察机关"), ("9.1万人", "中国检察机关")]),
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0].split("|")[0] for c in CASES])
def test_subject_carried(article, expected):
    got = figure_subjects(article)
    assert set(expected) <= set(got), got


def test_source_opened_sentence_takes_no_carry():
    got = dict(figure_subjects("科学奖|某某科学奖今日揭晓，青年学者张明获奖。据了解，该奖项每年评选不超过40人。"))
    assert got.get("40人") != "张明", got
