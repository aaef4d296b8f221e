"""Round 12: errors two independent annotators agreed on, pinned on sentences written for this file.

A second annotator labelled the claims of two dev sets again, blind to the first gold. Where
both agreed and zhnews did not, the error is ours rather than a convention; these are the
general ones:

- web copy spaces a number off its measure word as it spaces it off a multiplier or a percent
  sign (惠及300 户家庭, 3 万余人): the figure keeps its unit, and a bound word after the spaced
  multiplier qualifies it, as in 3万余人;
- a space beside a list word (19%、14.7% 和 8.1%) separates items of one list, never two
  clauses, so a 分别 list written that way keeps all its figures;
- a modal verb (可供, 能容纳) after a measured noun opens the predicate: 290公里绿道可供骑行
  measures 绿道.

Three page conventions were checked by rewriting the thirteen real sets into them, gold
remapped (metamorphic: the same articles must give the same claims): full-width marks as
ASCII and CRLF line ends gave identical claims; pangu-spaced web copy (收入 55170 亿元,
2023 年 5 月) and &nbsp; spaces did not. Now:

- an article spaced the pangu way is read without those spaces (``records.build.analysis_text``),
  spans mapping back over them; a headline's single space after a percent sign still parts
  two phrases (增长6.3% 工业生产恢复加快);
- a dateline with its digits spaced off (湖北鹤峰 8 月 7 日电) is a lead;
- U+00A0 and the thin Unicode spaces fold to a plain space, one for one.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.claims import rules
from pipeline.figures.find import find_figures
from pipeline.layout.bylines import lead_source
from pipeline.records.invariants import offset_violations
from pipeline.run import process_text
from pipeline.settings import Settings
from pipeline.text.normalize import fold_width


@pytest.mark.parametrize("text, expected", [
    ("惠及全市300 户残疾家庭。", [("300 户", "户", Decimal(300), "eq")]),
    ("全区 45 名学生参加。", [("45 名", "名", Decimal(45), "eq")]),
    ("新建 12 个项目，增长 5.2 %。", [("12 个", "个", Decimal(12), "eq"), ("5.2 %", "%", Decimal("5.2"), "eq")]),
    ("约有 3 万余人参加。", [("3 万", "人", Decimal(30000), "gt")]),
    ("3万余人参加。", [("3万", "人", Decimal(30000), "gt")]),  # the unspaced form it now matches
    ("收入 38769 亿元。", [("38769 亿元", "元", Decimal(3876900000000), "eq")]),
    ("2024 年 5 月开工。", []),  # a spaced date is still no figure
])
def test_a_number_spaced_off_its_measure_word_keeps_its_unit(text, expected):
    got = [(f.text, f.unit, f.value, f.qualifier) for f in find_figures(text)]
    assert got == expected


@pytest.mark.parametrize("text, figure, clause", [
    ("分别增长 19%、14.7% 和 8.1%。", "8.1%", "分别增长 19%、14.7% 和 8.1%"),
    ("分别增长19%、14.7%和8.1%。", "8.1%", "分别增长19%、14.7%和8.1%"),
    ("销量 12 万辆 同比增长", "同比", "同比增长"),  # a headline's space still ends a clause
])
def test_a_space_beside_a_list_word_ends_no_clause(text, figure, clause):
    pos = text.index(figure)
    start = rules.clause_start(text, pos, 0)
    assert text[start:rules.clause_end(text, pos, len(text))] == clause


def test_a_respectively_list_spaced_as_web_copy_keeps_its_order(recognizer):
    from test_claims import figure_subjects

    article = ("软件|北京市,广东省,江苏省软件收入分别为 12259 亿元、9730 亿元和 6598 亿元,"
               "分别增长 19%、14.7% 和 8.1%。")
    assert [s for _, s in figure_subjects(article, recognizer)] == ["北京", "广东", "江苏"] * 2


@pytest.mark.parametrize("article, expected", [
    ("绿道|环湖建成290公里绿道可供市民骑行。", ["绿道"]),
    ("步道|南岸建成12公里步道能满足周边居民散步需要。", ["步道"]),
    ("调解|全区有12支专业调解队伍。", ["专业调解队伍"]),  # a verb inside the noun phrase stays
])
def test_a_modal_verb_after_a_measured_noun_opens_the_predicate(recognizer, article, expected):
    from test_claims import analyse, metrics_of

    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected


TYPESET = """全市去年新增就业岗位
本报讯（记者 王林）2023年5月，全市新增就业岗位1.2万个，同比增长8.5%。其中300户家庭领到创业补贴，5G基站达到2600个。
"""
PANGU = """全市去年新增就业岗位
本报讯（记者 王林）2023 年 5 月，全市新增就业岗位 1.2 万个，同比增长 8.5%。其中 300 户家庭领到创业补贴，5G 基站达到 2600 个。
"""


def _claims(page: str) -> list[tuple[str, ...]]:
    records = process_text(page, name="page.txt", settings=Settings(mode="fast"))
    for record in records:
        assert offset_violations(record, page) == []
    squeeze = lambda span: span.text.replace(" ", "").replace("\u00a0", "") if span is not None else None
    return [(squeeze(c.figure), squeeze(c.metric), c.subject and c.subject.normalized, squeeze(c.time))
            for record in records for c in record.claims]


def test_pangu_spaced_copy_gives_the_claims_of_its_typeset_twin():
    typeset = _claims(TYPESET)
    assert len(typeset) == 4
    assert _claims(PANGU) == typeset


def test_a_nonbreaking_space_reads_as_a_space():
    assert fold_width("收入\u00a0100\u2009亿元") == "收入 100 亿元"
    page = PANGU.replace(" ", "\u00a0")
    assert _claims(page) == _claims(TYPESET)


def test_a_headline_space_after_a_percent_sign_still_parts_two_phrases():
    page = "规上工业增加值增长6.3% 工业生产恢复加快\n本报讯 9月份，全市规模以上工业增加值同比增长6.3%。\n"
    records = process_text(page, name="page.txt", settings=Settings(mode="fast"))
    title_claims = [c for c in records[0].claims if c.figure.start < page.index("\n")]
    assert [c.metric.text for c in title_claims] == ["规上工业增加值"]


@pytest.mark.parametrize("line", ["湖北鹤峰 8 月 7 日电 题：山乡来了带货主播", "新华社北京 5 月 7 日电（记者 张三）今天"])
def test_a_dateline_with_spaced_digits_is_a_lead(line):
    assert lead_source(fold_width(line)) is not None


COUNTY = """山区县加快易地扶贫搬迁
本报讯 东乡县把易地扶贫搬迁作为脱贫攻坚的重点任务。“十三五”期间，全县计划搬迁贫困人口5285户。该县已完成搬迁3743户。
"""


ZONE = """开发区引进海外人才
本报讯 天津高新区近年来引进海外人才项目200余人。目前，全区已吸引留学人员600多名。
"""


def test_whole_district_words_point_to_a_zone_named_by_its_suffix():
    records = process_text(ZONE, name="page.txt", settings=Settings())
    assert {r.text: r.refers_to for r in records[0].references} == {"全区": "天津高新区"}
    assert {c.subject.normalized for c in records[0].claims} == {"天津高新区"}


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_an_autonomous_county_by_the_name_news_writes(mode):
    # 东乡县 is how news writes 东乡族自治县 (models/ethnic_groups.txt gives each autonomous division
    # its short form), so both modes find it and 全县/该县 resolve to it
    records = process_text(COUNTY, name="page.txt", settings=Settings(mode=mode))
    assert ("东乡县", "GPE") in {(e.text, e.label) for e in records[0].entities}
    assert {r.text: r.refers_to for r in records[0].references} == {"全县": "东乡县", "该县": "东乡县"}
    assert {c.subject.normalized for c in records[0].claims} == {"东乡县"}  # one place written one way


@pytest.mark.parametrize("text, place", [("临夏州", "临夏回族自治州"), ("伊犁州", "伊犁哈萨克自治州"),
                                         ("鄂伦春旗", "鄂伦春自治旗"), ("龙胜县", "龙胜各族自治县")])
def test_autonomous_divisions_have_their_short_forms(text, place):
    from pipeline.entities.gazetteer import load_lexicons

    assert load_lexicons().divisions[text].name == place


@pytest.mark.parametrize("kind", ["ascii", "nbsp", "crlf", "pangu", "wrap"])
def test_the_convention_rewrite_moves_every_character_with_its_offset(kind):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parent.parent / "benchmarks" / "page_conventions.py"
    spec = importlib.util.spec_from_file_location("page_conventions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = ("全市新增就业岗位1.2万个\n本报讯（记者 王林）2023年5月，全市新增就业岗位1.2万个，同比增长8.5%，"
            "其中300户家庭领到创业补贴，5G基站达到2600个，较去年同期增加400个。\n")
    text, moved = module.rewrite(page, kind)
    assert len(moved) == len(page) + 1
    folded = {"ascii": str.maketrans("，（）", ",()"), "nbsp": str.maketrans(" ", "\u00a0")}.get(kind, {})
    assert all(text[moved[i]] == char.translate(folded) for i, char in enumerate(page))


@pytest.mark.parametrize("line, editor", [
    ("【纠错】 【责任编辑:周靖杰】", True),  # the site's button before the editor on one line
    ("【责任编辑:李颖】", True),
    ("【打印】【关闭】", False),
    ("【纠错】 合肥市今年新能源汽车产量突破100万辆", False),
])
def test_an_editor_line_after_the_sites_buttons(line, editor):
    from pipeline.layout.web_lines import is_editor_line

    assert is_editor_line(line) is editor


@pytest.mark.parametrize("line, furniture", [
    ("产经新闻·快递物流 3", True),  # section names with a middle dot and the page number
    ("3 要闻·综合", True),
    ("河北快递年业务量突破百亿件", False),
    ("聚焦·两会", False),  # a kicker with a dot but no page number
])
def test_section_names_and_a_bare_page_number_are_page_furniture(line, furniture):
    from pipeline.layout import rules

    assert rules.is_page_furniture(line) is furniture


@pytest.mark.parametrize("article, expected", [
    # the actor before a totalling 共 is no part of the metric (the subject stage reads it)
    ("快递|当天各邮政、快递企业共处理2.51亿件。", ["处理"]),
    ("法院|全市法院共审结案件1.2万件。", ["审结案件"]),
    ("资产|全市银行业资产规模合计超1万亿元。", ["银行业资产规模"]),  # 合计 with no verb after: no cut
    # an adverb or adjective alone measures nothing: the clause's last metric goes on
    ("汽车|7月份,该企业生产8862辆燃油汽车,销售6918辆,远不及去年同期的16260辆。", ["燃油汽车", "销售", "销售"]),
])
def test_a_metric_starts_after_its_actors_totalling_adverb(recognizer, article, expected):
    from test_claims import analyse, metrics_of

    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected
