"""Fast mode's names from jieba's word classes (pipeline/entities/word_classes.py).

Sentences written for these tests; each row says what a word class must
yield, or must not, and why.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.entities import word_classes
from pipeline.entities.gazetteer import load_lexicons
from pipeline.entities.names import common_words
from pipeline.entities.recognizer import EntityRecognizer


@pytest.fixture(scope="module")
def fast():
    return EntityRecognizer(mode="fast")


def _found(recognizer, text):
    return {(m.text, m.label) for m in recognizer.find(text)}


FOUND = [
    # people without a cue word: a result list, an occupation after the name
    ("男子组冠军是刘振宇、第二名赵一鸣。", ("刘振宇", "PERSON")),
    ("骨科医生钱慧敏介绍了手术过程。", ("钱慧敏", "PERSON")),
    ("孙海峰带领学生完成了实验。", ("孙海峰", "PERSON")),
    # a list spreads a found person to its other items, even one jieba reads as a place
    ("队员王丽娜、张常宁、罗川三人入选。", ("张常宁", "PERSON")),
    ("队员王丽娜、张常宁、罗川三人入选。", ("罗川", "PERSON")),
    ("选手李明阳、罗沙分别获得第二、第三名。", ("罗沙", "PERSON")),
    # a surname the tagger cut off a name-class word (赵|景阳 ns, 刘 zg + 锡安 ns)
    ("外来工赵景阳说起当年。", ("赵景阳", "PERSON")),
    ("青年刘锡安则表示赞同。", ("刘锡安", "PERSON")),
    # a bounded list item keeps a final 和; a byline name jieba lists as a place
    ("摄影周建业、柳庭和、钟伟", ("柳庭和", "PERSON")),
    ("新华社北京3月2日电（记者罗沙）", ("罗沙", "PERSON")),
    ("统计局新闻发言人盛来运表示", ("盛来运", "PERSON")),
    # a ministry named alone, a body jieba's dictionary knows
    ("这份通知由教育部印发。", ("教育部", "ORG")),
    ("最高人民法院发布了典型案例。", ("最高人民法院", "ORG")),
    ("据国家统计局数据，物价平稳。", ("国家统计局", "ORG")),
    # a body found by its word class + its department; a body before a two-character verb
    ("教育部基础教育司负责人介绍", ("教育部基础教育司", "ORG")),
    ("教育部发布了新规定。", ("教育部", "ORG")),
    # a media outlet: a place opening a kind of body is one body
    ("青岛新闻网报道了这场比赛。", ("青岛新闻网", "ORG")),
    # a department before its head's title; a facility's name opening a company; a place's public service
    ("省广播电台新闻部副主任说", ("省广播电台新闻部", "ORG")),
    ("广州机场集团发布了通知。", ("广州机场集团", "ORG")),
    ("上海邮政推出了新服务。", ("上海邮政", "ORG")),
    # a street after a division is a name of its own (the division is one too)
    ("记者来到武汉市江汉区解放大道。", ("解放大道", "LOC")),
    ("记者来到武汉市江汉区解放大道。", ("江汉区", "LOC")),
    # national administrations, a zone's committee, the short forms of associations
    ("国家市场监督管理总局发布新规。", ("国家市场监督管理总局", "ORG")),
    ("南阳高新技术产业开发区管委会召开会议。", ("南阳高新技术产业开发区管委会", "ORG")),
    ("中国足协和省作协联合举办", ("中国足协", "ORG")),
    ("中国足协和省作协联合举办", ("省作协", "ORG")),
    # accurate mode's media and army checks, on jieba's words (pipeline/entities/tagged_bodies.py)
    ("一架美军侦察机飞过海峡。", ("美军", "ORG")),
    ("来源：大河在线|编辑：某某", ("大河在线", "ORG")),
    # a quoted name right after an app or account noun is a program
    ("市民可通过邮政App“早知道”下单。", ("早知道", "PROGRAM")),
    ("关注公众号“郑州发布”了解详情。", ("郑州发布", "PROGRAM")),
    # a place + a region head jieba keeps as its own word is one region
    ("江汉地区的企业加快转型。", ("江汉地区", "LOC")),
    ("长三角地区的企业加快转型。", ("长三角", "LOC")),  # a region of the lexicon: 地区 after it is a common noun
    ("黄河流域生态保护持续推进。", ("黄河流域", "LOC")),
    # a place jieba classes ns with a natural head
    ("游客登上凤凰岭看日出。", ("凤凰岭", "LOC")),
]

NOT_FOUND = [
    ("严肃处理违规行为。", "严肃处理"),  # jieba's dictionary tags it nr: no evidence
    ("会场响起雷鸣般的掌声。", "雷鸣般"),  # a word run on by a character
    ("村干部走访了农户。", "村干部"),  # 干部 is a word, not 干 + 部
    ("机关干部参加培训。", "机关干部"),
    ("提升国际化服务水平。", "国际化"),  # an nt without any ORG head
    ("推动网上网下协同。", "网上网"),  # 网 starts 网下
    ("对此，精准施策、分类指导。", "施策"),  # a four-character phrase's close, not a name
    ("这家广播电台很受欢迎。", "广播电台"),  # a kind of body, no name opens it
    ("参会的有北京、上海、广州等地。", "上海"),  # stays a place: a list of places holds no person
    ("如王海、吕昆等成名之后", "吕昆等"),  # 等 closes the list, it is no given name
    ("就业促进司司长说", "司司长"),  # a lone surname before a title is no name
    ("桌上摊开一张常宁市地图", "张常宁"),  # 张 a measure word after a count
    ("本报记者 郑州 摄", "郑州"),  # a lexicon place after a byline cue stays a place
    ("市民可拨打交警电话求助。", "市民可拨打交警"),  # 交警 makes a body only after a place
    ("市民可通过邮政寄送。", "市民可通过邮政"),
    ("推动互联网和物流发展。", "互联网"),  # a verb + 网 is a thing, not a site
    ("乡镇卫生院的医生下乡。", "卫生院"),  # a level word makes a kind of body
    ("中部崛起的河南所散发出的活力", "河南所"),  # 所 before a verb is a particle, not an institute
    ("加强与周边地区的合作。", "周边地区"),
    ("开封地区生产总值稳步增长。", "开封地区"),
    ("数千名跑者云集开封体育中心。", "开封体育中心"),  # a facility (a place suffix as long as the ORG one), no body  # a division + 地区生产总值 is its GDP, no region
    ("可下载新闻客户端查看。", "客户端"),  # a bare-name suffix alone names nothing  # a common word before a place head describes, it names nothing
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_fast_mode_finds_names_by_word_class(fast, text, expected):
    assert expected in _found(fast, text)


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_fast_mode_keeps_only_names_with_evidence(fast, text, absent):
    found = _found(fast, text)
    assert absent not in {name for name, label in found if label in {"PERSON", "ORG", "LOC"}}


def test_word_classes_only_fill_the_rules_gaps(fast):
    # the cue rule gives the name; the tagger's longer word (name + 据) must not replace it
    text = "记者王海涛据此写成报道。"
    assert ("王海涛", "PERSON") in _found(fast, text)


def test_word_classes_are_fast_mode_only(fast):
    text = "孙海峰带领学生完成了实验。"
    assert any(rule == word_classes.RULE for *_span, rule in fast._rule_spans(text, with_word_classes=True))
    assert all(rule != word_classes.RULE for *_span, rule in fast._rule_spans(text))


@pytest.mark.parametrize("text", [
    "男子组冠军是刘振宇、第二名赵一鸣。",
    "青岛新闻网报道了这场比赛。\n游客登上凤凰岭看日出。",
    "",
    "ABC 123，。",
])
def test_tagged_words_cover_the_text(text):
    words = word_classes.tagged_words(text)
    assert "".join(w for _s, _e, w, _t in words) == text
    assert all(text[s:e] == w for s, e, w, _t in words)
    lex, common = load_lexicons(), common_words()
    for start, end, _label, rule in word_classes.candidates(text, lex, common):
        assert 0 <= start < end <= len(text) and rule == word_classes.RULE


_ALPHABET = "王李张刘赵常宁罗川教育部网局司新闻青岛地区流域、，。和等 \n记者说"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_fast_spans_are_sorted_disjoint_and_match_the_text(text):
    matches = EntityRecognizer(mode="fast").find(text)
    assert all(text[m.start : m.end] == m.text and m.start < m.end for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:]))
