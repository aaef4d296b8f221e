"""Accurate-mode merge rules (pipeline.entities.merge, pipeline.entities.tagger_fixes) on fake tagger output.

Every sentence is written for the test; words are (start, end, LAC tag) as
LAC would give them, so no model is needed.
"""

from __future__ import annotations

import pytest

from pipeline.entities.merge import acceptable, fits_words, joins_pieces, merge, refine_tagged
from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.tagger_fixes import abbreviation_words, country_abbreviations, org_heads, organize, trim_affixes
from test_entities_accurate import words_of


@pytest.fixture(scope="module")
def lex():
    return load_lexicons()


def _words(text: str, pieces: str) -> list[tuple[int, int, str]]:
    """'甲乙/n 丙/v' -> [(0, 2, 'n'), (2, 3, 'v')] over ``text``."""
    return words_of(text, [tuple(piece.rsplit("/", 1)) for piece in pieces.split()])


# (text, span, expected span) for trim_affixes
AFFIXES = [
    ("5月3日电德国队获胜", (4, 8, "ORG"), (5, 8, "ORG")),  # a dateline's 电
    ("电视台报道", (0, 3, "ORG"), (0, 3, "ORG")),  # 电 not after 日: kept
    ("东京多云28", (0, 4, "LOC"), (0, 2, "LOC")),  # weather after a city
    ("某某城小到中雨20", (0, 7, "LOC"), (0, 3, "LOC")),
    ("淮阴晴", (0, 3, "LOC"), (0, 2, "LOC")),  # 淮阴 + 晴
    ("淮阴", (0, 2, "LOC"), (0, 2, "LOC")),  # a one-character place would be left: kept
    ("东京多云天气", (0, 4, "LOC"), (0, 4, "LOC")),  # no forecast table: a word follows
    ("张主席说", (0, 3, "PERSON"), (0, 1, "PERSON")),  # a title after a bare surname
    ("王先生来了", (0, 3, "PERSON"), (0, 1, "PERSON")),
    ("张三丰说", (0, 3, "PERSON"), (0, 3, "PERSON")),  # a full name: kept
    ("张主席说", (0, 3, "ORG"), (0, 3, "ORG")),  # only persons
]


@pytest.mark.parametrize(("text", "span", "expected"), AFFIXES)
def test_trim_affixes(lex, text, span, expected) -> None:
    assert trim_affixes(text, span, lex) == expected


# (text, LAC words, expected places)
ABBREVIATION_WORDS = [
    ("中葡人民友好", "中葡/f 人民/n 友好/a", ["中", "葡"]),
    ("他来华访问", "他/r 来华/v 访问/vn", ["华"]),
    ("代表团抵京", "代表团/n 抵京/v", ["京"]),
    ("中方表示", "中方/n 表示/v", ["中"]),
    ("加以解决", "加以/v 解决/v", []),  # a verb made of abbreviation characters is a verb
    ("来信收到", "来信/n 收到/v", []),  # 信 is no abbreviation
    ("对方表示", "对方/n 表示/v", []),
]


@pytest.mark.parametrize(("text", "pieces", "expected"), ABBREVIATION_WORDS)
def test_abbreviation_words(lex, text, pieces, expected) -> None:
    spans = abbreviation_words(text, _words(text, pieces), country_abbreviations(), lex)
    assert [text[s:e] for s, e, _ in spans] == expected
    assert all(label == "GPE" for _, _, label in spans)


# (text, tagger spans, LAC words, expected spans after organize)
ORGANIZE = [
    # a place followed by content words ending in an ORG head is one ORG
    ("甲国最高文物委员会开会", [(0, 2, "GPE")], "甲国/LOC 最高/a 文物/n 委员会/n 开会/v", [("甲国最高文物委员会", "ORG")]),
    ("某某学院歌舞团演出", [(0, 4, "ORG")], "某某学院/ORG 歌舞团/n 演出/v", [("某某学院歌舞团", "ORG")]),
    # a tagger place ending in an ORG head is an ORG
    ("甲国文物委员会", [(0, 7, "LOC")], "甲国文物委员会/LOC", [("甲国文物委员会", "ORG")]),
    # 部长 is one word: a minister, no ministry; 南部 is a direction; 部署 is a verb
    ("甲国外交部长说", [(0, 2, "GPE")], "甲国/LOC 外交/n 部长/n 说/v", [("甲国", "GPE")]),
    ("甲国南部下雨", [(0, 4, "LOC")], "甲国南部/LOC 下雨/v", [("甲国南部", "LOC")]),
    ("落实某局工作部署", [(2, 4, "ORG")], "落实/v 某局/ORG 工作/n 部署/vn", [("某局", "ORG")]),
    # a verb breaks the run
    ("甲国发展银行", [(0, 2, "GPE")], "甲国/LOC 发展/v 银行/n", [("甲国", "GPE")]),
]


@pytest.mark.parametrize(("text", "spans", "pieces", "expected"), ORGANIZE)
def test_organize(text, spans, pieces, expected) -> None:
    got = organize(text, spans, _words(text, pieces), org_heads())
    assert [(text[s:e], label) for s, e, label in got] == expected


# (candidate, word pieces of the text, fits?)
FITS = [
    # a lexicon place cutting one end must start a content word
    ("和政治", (0, 2, "GPE", "place"), "和/c 政治/n", False),
    ("新乡上学", (0, 2, "GPE", "place"), "新/s 乡上/s 学/v", True),
    # a place that is exactly one common-noun word is that noun
    ("友谊长存", (0, 2, "GPE", "place"), "友谊/n 长存/v", False),
    ("郑州很好", (0, 2, "GPE", "place"), "郑州/LOC 很/d 好/a", True),
    # a suffix rule must start on a name
    ("国际市场上", (0, 4, "LOC", "loc-suffix"), "国际/n 市场/n 上/f", False),
    ("尽管保险公司", (0, 6, "ORG", "org-suffix"), "尽管/c 保险公司/n", False),
    ("某某万达广场", (0, 6, "LOC", "loc-suffix"), "某某/nz 万达广场/n", True),
    ("曾高兴地说", (0, 3, "PERSON", "cue"), "曾/d 高兴/a 地/u 说/v", False),
    # other rules only need one bound
    ("世贸组织成立", (0, 4, "ORG", "org-lexicon"), "世贸/j 组织/n 成立/v", True),
]


@pytest.mark.parametrize(("text", "cand", "pieces", "fits"), FITS)
def test_fits_words(text, cand, pieces, fits) -> None:
    words = _words(text, pieces)
    bounds = {b for s, e, _ in words for b in (s, e)}
    starts = {s: (e, tag) for s, e, tag in words}
    assert fits_words(cand, bounds, starts) is fits


TEAMS = [
    ("英国队获胜", [(0, 2, "ORG")], [(0, 3, "ORG")]),  # LAC called the country an ORG
    ("某某队获胜", [(0, 3, "PERSON")], [(0, 3, "ORG")]),  # ... or the team a person
    ("英国宣布", [(0, 2, "ORG")], [(0, 2, "ORG")]),  # no team word: untouched here
    ("张三队员", [(0, 2, "PERSON")], [(0, 2, "PERSON")]),
]


@pytest.mark.parametrize(("text", "tagged", "expected"), TEAMS)
def test_refine_tagged_teams(lex, text, tagged, expected) -> None:
    assert refine_tagged(text, tagged, lex) == expected


ACCEPTABLE = [
    ("人事部发文", (0, 3, "ORG"), {"人事部": "n"}, True),  # an ORG head makes the dictionary word a name
    ("保险发文", (0, 2, "ORG"), {"保险": "n"}, False),
    ("合肥发文", (0, 2, "GPE"), {"合肥": "n"}, True),  # a lexicon place
    ("张主席说", (0, 1, "PERSON"), {}, True),  # a surname before a title
    ("张说", (0, 1, "PERSON"), {}, False),
]


@pytest.mark.parametrize(("text", "span", "common", "ok"), ACCEPTABLE)
def test_acceptable(lex, text, span, common, ok) -> None:
    assert acceptable(text, span, lex, common) is ok


def test_dateline_agency_and_city_are_not_joined() -> None:
    tagged = [(0, 3, "ORG"), (3, 6, "GPE")]
    assert not joins_pieces((0, 6, "ORG", "org-suffix"), tagged)
    assert joins_pieces((0, 6, "ORG", "org-suffix"), [(0, 3, "GPE"), (3, 6, "ORG")])


def test_lexicon_place_labels_a_tagger_org_with_the_same_bounds(lex) -> None:
    text = "本报北京电"
    merged = merge(text, [(2, 4, "GPE", "place")], [(2, 4, "ORG")], lex, {}, _words(text, "本报/n 北京/ORG 电/n"))
    assert merged == [(2, 4, "GPE", "place")]
