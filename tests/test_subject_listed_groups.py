"""A count inside a list of groups is part of the group a figure measures
(pipeline.claims.topic_phrases.group_phrase), on sentences written for these tests."""

import pytest

from pipeline.claims.topic_phrases import group_phrase


@pytest.mark.parametrize("text, figure, expected", [
    ("开发区和三个省级工业园区完成工业产值86.2亿元", "86.2亿元", "开发区和三个省级工业园区"),
    # a count opening the phrase, or a figure that counts the group: no group phrase
    ("12家重点企业完成工业产值86.2亿元", "86.2亿元", None),
    ("开发区和三个省级工业园区共有企业420家", "420家", None),
])
def test_a_listed_count_stays_in_the_group(text, figure, expected):
    at = text.index(figure)
    found = group_phrase(text, 0, at, [], fig_end=at + len(figure))
    assert (found[0] if found else None) == expected


def test_the_group_goes_on_into_a_sentence_opening_with_its_predicate():
    from pipeline.run import process_text
    text = ("园区经济稳中有进\n\n"
            "本报讯 截至一季度，开发区和三个省级工业园区完成工业产值86.2亿元。"
            "完成固定资产投资20.5亿元，同比增长8%。\n")
    records = process_text(text, date="2026-04-20", name="parks.txt")
    subjects = {c.figure.text: c.subject and c.subject.text for r in records for c in r.claims}
    assert subjects["86.2亿元"] == subjects["20.5亿元"] == "开发区和三个省级工业园区"
