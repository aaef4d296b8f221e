"""Repairs of the tagger's bounds: name runs, cut given names, address chains (sentences written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.name_bounds import complete_given_names, known_person_names, resegment_runs
from pipeline.entities.place_chains import place_heads, split_chain
from pipeline.entities.recognizer import EntityRecognizer
from test_entities_accurate import words_of

SURNAMES = frozenset("王李张刘陈杨赵周吴孙")


@pytest.fixture(scope="module")
def lex():
    return load_lexicons()


def spans_of(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """PERSON spans of ``names`` found left to right in ``text``."""
    out, at = [], 0
    for name in names:
        at = text.index(name, at)
        out.append((at, at + len(name), "PERSON"))
        at += len(name)
    return out


# (text, the tagger's person spans, known three-character names, expected names)
RUNS = [
    # the tagger cut a run of three names at the wrong places
    ("出席的有王小明李大力赵国栋。", ["王小明李", "大力赵国栋"], set(), ["王小明", "李大力", "赵国栋"]),
    # a known name decides a two-character cut (王海|李群力, not 王海李|群力)
    ("名单：王海李群力张伟。", ["王海李群", "力张伟"], {"李群力"}, ["王海", "李群力", "张伟"]),
    # a conjunction between two names is not a given name's character
    ("王小明和李大力出席。", ["王小明", "李大力"], set(), ["王小明", "李大力"]),
    # a piece that cannot open on a surname: the run is left as the tagger gave it
    ("出席的有王小明鲍勃。", ["王小明", "鲍勃"], set(), ["王小明", "鲍勃"]),
]


@pytest.mark.parametrize("text, tagged, known, expected", RUNS)
def test_runs_of_names_are_cut_again(text, tagged, known, expected):
    got = resegment_runs(text, spans_of(text, tagged), SURNAMES, frozenset(known))
    assert [text[s:e] for s, e, _ in got] == expected


# (text, the tagger's person spans, known names, expected names)
COMPLETIONS = [
    ("会上，李国能出任主席。", ["李国"], {"李国能"}, ["李国能"]),  # a name the dictionary knows
    ("会上，李国能出任主席。", ["李国"], set(), ["李国"]),  # no evidence: the tagger's cut stands
    ("李国能说，李国能出任主席。", ["李国能", "李国"], set(), ["李国能", "李国能"]),  # the article names him whole
]


@pytest.mark.parametrize("text, tagged, known, expected", COMPLETIONS)
def test_cut_given_names_are_completed(text, tagged, known, expected):
    got = complete_given_names(text, spans_of(text, tagged), frozenset(known), SURNAMES)
    assert [text[s:e] for s, e, _ in got] == expected


def test_known_person_names_come_from_the_dictionary():
    names = known_person_names()
    assert names and all(len(name) == 3 for name in names)


# (text, span text, label, expected (text, label) links)
CHAINS = [
    ("家住南京市建邺区庐山路。", "南京市建邺区庐山路", "LOC", [("南京市", "GPE"), ("建邺区", "LOC"), ("庐山路", "LOC")]),
    ("来自山东招远的工人。", "山东招远", "LOC", [("山东", "GPE"), ("招远", "GPE")]),
    ("山东济宁市总工会发布通知。", "山东济宁市总工会", "ORG", [("山东", "GPE"), ("济宁市总工会", "ORG")]),
    # a body named after its city keeps the city; an official name in full forms stays whole
    ("上海市浦东新区人民法院宣判。", "上海市浦东新区人民法院", "ORG", [("上海市浦东新区人民法院", "ORG")]),
    ("郑州市文物考古研究院发布报告。", "郑州市文物考古研究院", "ORG", [("郑州市文物考古研究院", "ORG")]),
    # a direction, a common word or a continued name after the city: one name
    ("地铁南京东路站。", "南京东路站", "LOC", [("南京东路站", "LOC")]),
    ("去长春体育公园散步。", "长春体育公园", "LOC", [("长春体育公园", "LOC")]),
    ("位于杭州湾新区。", "杭州湾新区", "LOC", [("杭州湾新区", "LOC")]),
    # a place that is no division or country opens no address
    ("大西洋新城小区。", "大西洋新城小区", "LOC", [("大西洋新城小区", "LOC")]),
    # a bank named after a river keeps it (the river lies in no division's table)
    ("江苏长江商业银行开业。", "江苏长江商业银行", "ORG", [("江苏长江商业银行", "ORG")]),
]


@pytest.mark.parametrize("text, name, label, expected", CHAINS)
def test_address_chains_are_split(lex, text, name, label, expected):
    start = text.index(name)
    links = split_chain(text, (start, start + len(name), label), lex, place_heads())
    assert [(text[s:e], lab) for s, e, lab in links] == expected
    assert links[0][0] == start and links[-1][1] == start + len(name)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="南京市建邺区庐山路山东济宁总工会大道东西站", min_size=1, max_size=14),
       st.sampled_from(["LOC", "GPE", "ORG", "PERSON"]))
def test_chain_links_tile_the_span(text, label):
    lex = load_lexicons()
    links = split_chain(text, (0, len(text), label), lex, place_heads())
    assert links[0][0] == 0 and links[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(links, links[1:]))
    assert all(e > s for s, e, _ in links)


def test_the_default_mode_splits_a_suffix_rules_chain():
    found = EntityRecognizer().find("当晚，南京市建邺区庐山路上人很多。")
    assert [(m.text, m.label) for m in found][:3] == [("南京市", "GPE"), ("建邺区", "LOC"), ("庐山路", "LOC")]
    assert all(m.text == "当晚，南京市建邺区庐山路上人很多。"[m.start : m.end] for m in found)


# (text, tagger words as (word, tag), expected ORG texts)
BODY_WORDS = [
    ("据东江新闻网报道。", [("据", "p"), ("东江新闻网", "nz"), ("报道", "v"), ("。", "w")], ["东江新闻网"]),
    ("来源：南湖在线 | 编辑：某某", [("来源", "n"), ("：", "w"), ("南湖", "nz"), ("在线", "vn"), (" ", "w"), ("|", "w"),
                               (" ", "w"), ("编辑", "n"), ("：", "w"), ("某某", "n")], ["南湖在线"]),
    ("来源：本报", [("来源", "n"), ("：", "w"), ("本报", "r")], []),  # the page itself
    ("推行一网通办。", [("推行", "v"), ("一网", "nz"), ("通办", "v"), ("。", "w")], []),  # a slogan's word
    ("读奥运新闻。", [("读", "v"), ("奥运", "nz"), ("新闻", "n"), ("。", "w")], []),  # 新闻 after a word: plain news
]


@pytest.mark.parametrize("text, cuts, expected", BODY_WORDS)
def test_media_outlets_from_the_tagger_words(text, cuts, expected):
    from pipeline.entities.tagged_bodies import media_outlets

    assert [text[s:e] for s, e, _ in media_outlets(text, words_of(text, cuts))] == expected


def test_armies_and_dispatches():
    from pipeline.entities.tagged_bodies import armies, trim_dispatch

    text = "美军和中军帐"
    words = words_of(text, [("美军", "n"), ("和", "c"), ("中军", "n"), ("帐", "n")])
    assert armies(text, words, frozenset("美中")) == [(0, 2, "ORG")]
    assert trim_dispatch("东江日报讯", (0, 5, "ORG")) == (0, 4, "ORG")
    assert trim_dispatch("通讯", (0, 2, "ORG")) == (0, 2, "ORG")




def test_a_name_closing_a_list_item_takes_its_last_character():
    text = "通讯员王大力、刘庭和、陈晓"
    got = complete_given_names(text, spans_of(text, ["王大力", "刘庭", "陈晓"]), frozenset(), SURNAMES)
    assert [text[s:e] for s, e, _ in got] == ["王大力", "刘庭和", "陈晓"]
    text = "刘庭等、陈晓"  # 等 stands alone after a name
    got = complete_given_names(text, spans_of(text, ["刘庭", "陈晓"]), frozenset(), SURNAMES)
    assert [text[s:e] for s, e, _ in got] == ["刘庭", "陈晓"]


# (text, Latin person spans given, expected names)
LATIN = [
    ("选手Maria Lopez夺冠", ["Maria", "Lopez"], ["Maria Lopez"]),
    ("选手Maria Lopez夺冠", ["Lopez"], ["Maria Lopez"]),
    ("据The Daily Star报道", ["The"], ["The"]),  # a title's article widens nothing
]


@pytest.mark.parametrize("text, tagged, expected", LATIN)
def test_latin_names_are_joined(text, tagged, expected):
    from pipeline.entities.name_bounds import join_latin_names

    got = join_latin_names(text, spans_of(text, tagged))
    assert [text[s:e] for s, e, _ in got] == expected


def test_a_cued_person_fills_a_gap_the_tagger_read_as_words(lex):
    from pipeline.entities.merge import merge

    text = "（记者丛民）"
    words = words_of(text, [("（", "w"), ("记者", "n"), ("丛民", "n"), ("）", "w")])
    assert merge(text, [(3, 5, "PERSON", "cue")], [], lex, {}, words) == [(3, 5, "PERSON", "cue")]


# (text, ORG spans given as texts, expected ORG texts)
TERMS = [
    ("第十届全国人民代表大会开幕。", ["全国人民代表大会"], ["第十届全国人民代表大会"]),
    ("某某党第五次全国代表大会召开。", ["某某党", "全国代表大会"], ["某某党第五次全国代表大会"]),
    ("三次会议后，研究院发布报告。", ["研究院"], ["研究院"]),  # no body elected by term
]


@pytest.mark.parametrize("text, orgs, expected", TERMS)
def test_bodies_take_their_term(text, orgs, expected):
    from pipeline.entities.tagged_bodies import with_term_ordinals

    spans, at = [], 0
    for name in orgs:
        at = text.index(name, at)
        spans.append((at, at + len(name), "ORG"))
        at += len(name)
    assert [text[s:e] for s, e, _ in with_term_ordinals(text, spans)] == expected


def test_an_adjective_the_tagger_tags_org_opens_the_body():
    from pipeline.entities.tagged_bodies import join_modifier_fragments
    from pipeline.entities.tagger_fixes import org_heads, organize, sub_heads

    text = "从最高人民检察院获悉"
    assert join_modifier_fragments(text, [(1, 3, "ORG"), (3, 8, "ORG")], {"最高": (1, "a")}) == [(1, 8, "ORG")]
    assert join_modifier_fragments(text, [(1, 3, "ORG"), (3, 8, "ORG")], {"最高": (1, "nt")}) == [(1, 3, "ORG"), (3, 8, "ORG")]
    words = words_of(text, [("从", "p"), ("最高", "ORG"), ("人民检察院", "n"), ("获悉", "v")])
    assert organize(text, [(1, 3, "ORG")], words, org_heads(), sub_heads()) == [(1, 8, "ORG")]  # jieba: 人民检察院 nt


def test_a_named_road_is_found_at_its_other_mentions(lex):
    from pipeline.entities.merge import merge

    text = "家住安吉高铁大道。高铁大道很宽。"
    words = words_of(text, [("家", "n"), ("住", "v"), ("安吉", "LOC"), ("高铁大道", "n"), ("。", "w"),
                            ("高铁大道", "n"), ("很", "d"), ("宽", "a"), ("。", "w")])
    got = merge(text, [(2, 8, "LOC", "loc-suffix")], [], lex, {}, words)
    assert [(text[s:e], label) for s, e, label, _ in got] == [("安吉", "GPE"), ("高铁大道", "LOC"), ("高铁大道", "LOC")]


def test_an_embassy_keeps_its_country(lex):
    text = "意大利驻华大使馆举办活动。"
    links = split_chain(text, (0, 8, "LOC"), lex, place_heads())
    assert links == [(0, 8, "LOC")]


# (text, spans as (text, label), expected (text, label))
PLACE_BODIES = [
    ("某国总统会见智利共产党代表。", [("智利", "GPE"), ("共产党", "ORG")], [("智利共产党", "ORG")]),
    ("秘鲁—中国文化协会成立。", [("秘鲁", "GPE"), ("中国文化协会", "ORG")], [("秘鲁—中国文化协会", "ORG")]),
    ("中美代表团会谈。", [("美", "GPE"), ("代表团", "ORG")], [("美", "GPE"), ("代表团", "ORG")]),  # one character
    ("中国-东盟贸易额增长。", [("中国", "GPE"), ("东盟", "ORG")], [("中国", "GPE"), ("东盟", "ORG")]),  # a pair
    ("山东济宁市总工会发布。", [("山东", "GPE"), ("济宁市总工会", "ORG")], [("山东", "GPE"), ("济宁市总工会", "ORG")]),
]


@pytest.mark.parametrize("text, given, expected", PLACE_BODIES)
def test_a_place_before_a_body_names_it(lex, text, given, expected):
    from pipeline.entities.place_chains import opens_on_division
    from pipeline.entities.tagged_bodies import join_place_bodies

    spans, at = [], 0
    for name, label in given:
        at = text.index(name, at)
        spans.append((at, at + len(name), label))
        at += len(name)
    got = join_place_bodies(text, spans, lambda name: opens_on_division(name, lex))
    assert [(text[s:e], label) for s, e, label in got] == expected


# (text, village span text as the tagger found it, expected village)
VILLAGES = [
    ("走进某县大河镇柳之西村。", "西村", "柳之西村"),  # the tagger cut the village's name
    ("走进大河乡北村。", "北村", "北村"),  # nothing cut off: the town is right before
    ("在乡村振兴中，某地东村。", "东村", "东村"),  # no town before
]


@pytest.mark.parametrize("text, found, expected", VILLAGES)
def test_villages_take_the_name_the_tagger_cut(text, found, expected):
    from pipeline.entities.place_chains import village_start

    start = text.index(found)
    assert text[village_start(text, start, start + len(found)) : start + len(found)] == expected


def test_a_village_named_once_in_full_replaces_the_taggers_cut_later(lex):
    from pipeline.entities.merge import merge

    text = "大河镇柳之西村建成。柳之西村村民"
    words = words_of(text, [("大河镇", "LOC"), ("柳之", "n"), ("西村", "LOC"), ("建成", "v"), ("。", "w"),
                            ("柳之", "n"), ("西村", "LOC"), ("村民", "n")])
    tagged = [(0, 3, "LOC"), (5, 7, "LOC"), (12, 14, "LOC")]
    got = [(text[s:e], label) for s, e, label, _ in merge(text, [], tagged, lex, {"大河镇": "ns"}, words)]
    assert got[-2:] == [("柳之西村", "LOC"), ("柳之西村", "LOC")]


@pytest.mark.parametrize("text, expected", [
    ("市民可用邮政App“订报通”下单。", ["订报通"]),
    ("下载“云上某城”客户端即可办理。", ["云上某城"]),
    ("他说：“好的”，然后离开。", []),  # a quote beside no app word
])
def test_quoted_apps_are_programs(text, expected):
    from pipeline.entities.recognizer import EntityRecognizer

    for mode in ("fast", "accurate"):  # one rule (entities/rules.py) serves both modes
        found = EntityRecognizer(mode=mode).find(text)
        assert [m.text for m in found if m.label == "PROGRAM"] == expected, mode


def test_a_mission_abroad_is_a_body():
    from pipeline.entities.refine import _missions_are_bodies

    assert _missions_are_bodies("某国驻华大使馆", (0, 7, "LOC")) == (0, 7, "ORG")
    assert _missions_are_bodies("某某博物馆", (0, 5, "LOC")) == (0, 5, "LOC")


def test_a_credit_word_is_no_given_name():
    text = "图为新建的站房。王芳摄\n"
    got = complete_given_names(text, spans_of(text, ["王芳"]), frozenset(), SURNAMES)
    assert [text[s:e] for s, e, _ in got] == ["王芳"]


def test_a_compound_surname_keeps_a_four_character_name():
    text = "欧阳振华说，会议开始。"
    got = resegment_runs(text, spans_of(text, ["欧阳振华"]), SURNAMES | {"欧", "华"}, frozenset(), frozenset(),
                         frozenset({"欧阳"}))
    assert [text[s:e] for s, e, _ in got] == ["欧阳振华"]


def test_no_cut_inside_a_name_after_a_city(lex):
    text = "罗马威尼斯宫国家博物馆"
    links = split_chain(text, (0, len(text), "LOC"), lex, place_heads())
    assert [(text[s:e], label) for s, e, label in links] == [("罗马", "GPE"), ("威尼斯宫国家博物馆", "LOC")]


def test_one_long_span_is_cut_only_with_a_known_name():
    text = "他见到王大力李小刚。"
    assert [text[s:e] for s, e, _ in resegment_runs(text, spans_of(text, ["王大力李小刚"]), SURNAMES,
                                                   frozenset({"王大力"}))] == ["王大力", "李小刚"]
    assert [text[s:e] for s, e, _ in resegment_runs(text, spans_of(text, ["王大力李小刚"]), SURNAMES,
                                                   frozenset())] == ["王大力李小刚"]


def test_a_port_is_not_remembered_inside_a_word(lex):
    from pipeline.entities.merge import merge

    text = "某州港口吞吐量增长。某州港完成任务。"
    words = words_of(text, [("某州", "LOC"), ("港口", "n"), ("吞吐量", "n"), ("增长", "v"), ("。", "w"),
                            ("某州港", "LOC"), ("完成", "v"), ("任务", "n"), ("。", "w")])
    got = merge(text, [], [(0, 2, "LOC"), (10, 13, "LOC")], lex, {"某州": "ns", "某州港": "ns"}, words)
    assert [(text[s:e], label) for s, e, label, _ in got] == [("某州", "LOC"), ("某州港", "LOC")]
