"""Numbers that name a time or sit inside a word are no figures; counts next to them stay.

- a class or an edition named by its year (2026届, 二〇二五届, 2024级, 2025版):
  a time (GUIDELINES: dates and times are not figures), read from
  ``models/figure_year_followers.txt``;
- a numeral cut out of a dictionary word (上一年, 同一天, 长三角), read from
  ``models/figure_host_words.txt``.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.figures.find import find_figures


def _spans(text):
    return [(f.text, str(f.value), f.unit) for f in find_figures(text) if not f.optional]


NAMED_YEARS = [
    ("今年2026届高校毕业生达1200人", [("1200人", "1200", "人")]),
    ("二〇二五届学生共有850名", [("850名", "850", "名")]),
    ("一九九八届校友捐赠图书3000册", [("3000册", "3000", "册")]),
    ("面向2024级新生开设课程12门", [("12门", "12", "门")]),
    ("2025版目录新增药品91种", [("91种", "91", "种")]),

]

COUNTS_KEPT = [
    # a count keeps its number: only a year before 届/级/版 is a time; 款 is left out of the
    # list, since 2000款 is as often a count of products as a model year
    ("该校连续三届获评文明校园", [("三届", "3", "届")]),
    ("已连续举办十三届", [("十三届", "13", "届")]),
    ("全市2000多名教师参加培训", [("2000", "2000", "名")]),
    ("新版共收录1900款游戏", [("1900款", "1900", "款")]),
]

INSIDE_WORDS = [
    ("销售额比上一年增长8%", [("8%", "8", "%")]),
    ("队伍在同一天抵达", []),
    ("长三角地区新增企业320家", [("320家", "320", "家")]),
    ("老三届同学聚会", []),
    # the same numeral standing as a word of its own is still a figure
    ("他在当地工作了一年", [("一年", "1", "年")]),
    ("用了一天时间", [("一天", "1", "天")]),
]


@pytest.mark.parametrize("text, expected", NAMED_YEARS + COUNTS_KEPT + INSIDE_WORDS)
def test_named_years_and_words_are_not_figures(text, expected):
    assert _spans(text) == expected


def test_ordinal_before_a_year_is_left_to_the_rank_rules():
    """第N届 names an edition whatever N is (part of the event's name, never a required figure in
    the real-text gold): no figure, and no year either; 第N批 stays an optional rank."""
    assert find_figures("第2026届") == []
    (fig,) = find_figures("第2026批")
    assert (fig.kind, fig.optional) == ("rank", True)
