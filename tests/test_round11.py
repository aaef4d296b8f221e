"""Round 11: classes read on fresh real pages (dev set 13), pinned on pages written for this file.

- 全县 or 全市 in an article that names no place of its own takes the page's most named
  place of that level, and none when the page names none: a county's 全县 is never the
  Beijing of the story next to it (``places.own_division``, ``places.fits_division``);
- a paragraph opening 记者从X获悉 (a lead without a dateline) under a heading-like line
  opens a new article in text with no blank lines;
- a wire dateline printed without its agency (湖北鹤峰8月7日电 题：…) is a lead;
- a village, town or township after its city's name is a link of the chain (黄冈|燕窝湾村), as after
  a county's; a facility keeps its city (某市|奥体中心);
- an article whose claims name no subject and which names a place only inside a body (湖北省图书馆)
  is that place's before it is the next story's (``places.with_body_places``);
- a first line of six characters or fewer over a longer headline is its kicker (新春走基层), unless
  the two lines read as one clause (冬运会又产生 / 五枚金牌), as they do when the second is a bare
  quantity (全年计划人工造林 / 1300公顷) or a number qualified by 逾 or 超 (北京上半年开出 / 逾亿元环保罚单);
- 来自, 文章来源 … are web meta fields (原作者: X| 来自: Y);
- a figure inside a quotation that speaks of the speaker's own (我家, 公司, 店里) is the speaker's, or
  the body the speaker heads (某某公司负责人王强说：“…公司发货量…”) (``speakers.quoted_owner``);
- a document (《…工作总结》, 《…统计公报》) reports figures and is no claim's subject; a film stays one;
- names a page lists with commas before 分别 (北京市,广东省,江苏省…分别为) are a list, as with 、;
- a hard-wrapped line a few characters short of the width that stops mid-clause after a comma
  of its own goes on into the next line (a typesetter ends a line early before a word it keeps whole);
- a page label after a section name with a middle dot (社会·公益　A05版) is page furniture;
- 名义增长 and 实际增长 say how a change was computed (like 扣除价格因素): no part of a metric;
- a body right before a quoted name (工信部“绽放杯”大赛) runs that contest or programme: no subject;
- a verb of change and its bound before a number (基站周增超1万) is no person's name.
"""

from __future__ import annotations

import pytest

from pipeline.claims.places import fits_division, own_division, page_place
from pipeline.layout.bylines import lead_source, reporter_lead
from pipeline.layout.split import split_articles
from pipeline.run import process_text
from pipeline.settings import Settings


@pytest.mark.parametrize("text, division", [
    ("今年全县新建公园5个，我县绿地率达40%。", "县"),
    ("全市新增就业1.2万人，居全省第一。", "市"),  # 居全省第一 is a rank against the province
    ("我省粮食产量稳定。", "省"),
    ("占全市的四成，全市平均水平。", None),
    ("记者从省统计局获悉。", None),
])
def test_the_division_an_article_calls_its_own(text, division):
    assert own_division(text) == division


@pytest.mark.parametrize("place, division, fits", [
    ("三门", "县", True), ("北京", "县", False), ("湖北", "县", False), ("义马", "县", False),
    ("仙桃", "市", True), ("苏州", "市", True), ("北京", "市", True), ("三门", "市", False),
    ("湖北", "省", True), ("苏州", "省", False),
    ("东京", "县", True),  # a name the division table does not hold is not ruled out
])
def test_which_places_a_division_word_can_point_to(place, division, fits):
    assert fits_division(place, division) is fits


class _Entity:
    def __init__(self, text: str, label: str = "GPE", start: int = 100):
        self.text, self.label, self.start = text, label, start


def test_the_page_place_of_a_level():
    entities = [_Entity("北京"), _Entity("北京"), _Entity("北京"), _Entity("德化县"), _Entity("泉州")]
    assert page_place(entities) == "北京"
    assert page_place(entities, division="县") == "德化县"
    assert page_place(entities, division="省") == "北京"  # a municipality is a province too
    assert page_place(entities[3:], division="省") is None


TWO_STORIES = """首都冬奥场馆迎来游客高峰

本报讯（记者 王明）记者从北京市文化和旅游局获悉，北京冬奥场馆上周接待游客12万人次，北京各区文旅消费持续回暖。

全县完成植树造林两万亩

本报讯（记者 李青）今年，全县完成植树造林面积19806亩，占年度任务的107.8%。全县森林覆盖率达到78%。
"""


def test_a_countys_figures_never_take_the_city_of_the_story_next_to_it():
    records = process_text(TWO_STORIES, name="page.txt", settings=Settings(mode="fast"))
    county = records[1]
    assert {"19806亩", "107.8%"} <= {c.figure.text for c in county.claims}
    assert all(c.subject is None or c.subject.normalized != "北京" for c in county.claims)
    for claim in (c for r in records for c in r.claims if c.subject is not None):
        assert TWO_STORIES[claim.subject.start:claim.subject.end] == claim.subject.text


TIGHT = """全省个体工商户突破三百万户
记者10月13日从省市场监管局获悉,截至9月底,全省登记在册个体工商户达312万户,同比增长8.1%。
个体工商户主要集中在批发和零售业,占比超过五成。
上半年农民人均可支配收入增长7.2%
日前,记者从省农业农村厅半年经济分析会获悉,上半年,全省农村居民人均可支配收入9860元,同比增长7.2%。
"""


def test_a_lead_without_a_dateline_opens_the_next_article_in_tight_text():
    assert reporter_lead("日前,记者从省农业农村厅半年经济分析会获悉,上半年")
    assert reporter_lead("记者10月13日从省市场监管局获悉,截至9月底")
    assert not reporter_lead("个体工商户主要集中在批发和零售业,占比超过五成。")
    titles = [TIGHT[a.first("title").start:a.first("title").end] for a in split_articles(TIGHT)]
    assert titles == ["全省个体工商户突破三百万户", "上半年农民人均可支配收入增长7.2%"]


def test_a_wire_dateline_without_its_agency_is_a_lead():
    assert lead_source("湖北鹤峰8月7日电 题:湖北鹤峰:山乡来了个带货达人")
    page = "山乡来了个带货达人\n湖北鹤峰8月7日电 题：山乡来了个带货达人\n每天下午，黄凯准时开播，一场直播卖出腊肉300斤。\n"
    [article] = split_articles(page)
    assert page[article.first("title").start:article.first("title").end] == "山乡来了个带货达人"


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_village_after_its_city_is_a_link_of_the_chain_not_a_facility(mode):
    from pipeline.entities.recognizer import EntityRecognizer

    found = [(m.text, m.label) for m in EntityRecognizer(mode=mode).find("黄冈燕窝湾村曾经是远近闻名的贫困村。")]
    assert ("黄冈", "GPE") in found and ("燕窝湾村", "LOC") in found


LIBRARY_PAGE = """泸州夜间文旅消费持续升温

本报讯（记者 王明）泸州市文化广电旅游局介绍，泸州今年夜间游客达到86万人次，泸州各区县新增夜市12个。

省图发布年度阅读报告

本报讯（记者 李青）4月23日，湖北省图书馆发布该馆年度阅读报告。去年共有120万人次读者到馆，平均每月外借图书8万册次。
"""


def test_an_article_naming_its_place_only_inside_a_body_is_that_places():
    records = process_text(LIBRARY_PAGE, name="page.txt", settings=Settings(mode="fast"))
    library = records[1]
    subjects = {c.figure.text: c.subject for c in library.claims}
    assert subjects["120万人次"] is not None and subjects["120万人次"].normalized != "泸州"
    for claim in (c for r in records for c in r.claims if c.subject is not None):
        assert LIBRARY_PAGE[claim.subject.start:claim.subject.end] == claim.subject.text


@pytest.mark.parametrize("page, kicker, title", [
    ("新春走基层\n江城某村：农产品快递进城 年轻人返乡创业\n本报讯（记者 李青）今年春节前，村里的快递站日均发件300件。\n",
     "新春走基层", "江城某村：农产品快递进城 年轻人返乡创业"),
    ("今年前10个月\n全省新登记市场主体逾六十万户\n本报讯（记者 王明）全省新登记市场主体61.2万户，同比增长9%。\n",
     "今年前10个月", "全省新登记市场主体逾六十万户"),
])
def test_a_first_line_of_six_characters_or_fewer_over_a_headline_is_its_kicker(page, kicker, title):
    [article] = split_articles(page)
    assert page[article.first("kicker").start:article.first("kicker").end] == kicker
    assert page[article.first("title").start:article.first("title").end] == title


@pytest.mark.parametrize("first, second, one", [
    ("北京上半年开出", "逾亿元环保罚单", True),  # 逾 qualifies the number: the line is the verb's object
    ("全年计划人工造林", "1300公顷", True),  # a bare quantity is no headline of its own
    ("民生实事加速落地", "某市今年新建公园86个", False),  # a time word and a statistic: a title of its own
    ("城区三所学校如期开学", "新增学位2000多个", False),
])
def test_two_lines_that_read_as_one_headline(first, second, one):
    from pipeline.layout.roles import one_headline

    assert one_headline(first, second) is one


@pytest.mark.parametrize("line, meta", [
    ("原作者: 张大鹏| 来自: 西部法制报", True),
    ("文章来源:某某日报 发布时间:2024-01-02", True),  # as the layout reads it: width-folded
    ("他来自:北京", False),
])
def test_a_cms_meta_line_with_来自_or_文章来源(line, meta):
    from pipeline.layout.web_lines import is_meta_line

    assert is_meta_line(line) is meta


QUOTED = [
    ("芒果|江城县中和镇芒果种植户杨达慧告诉记者：“从前年开始做线上销售以后，我家的芒果从原来每年卖3万多元到现在每年可以卖10多万元。”",
     [("3万", "杨达慧"), ("10多万元", "杨达慧")]),
    ("发货|云岭凯达商贸有限公司负责人王强说：“今年1-2月公司农产品发货量达到3万多件，比去年同期增长了50%。”",
     [("3万", "云岭凯达商贸有限公司"), ("50%", "云岭凯达商贸有限公司")]),
    ("营业额|“店里的营业额一天最多增加了1000元。”江城某某面馆老板李明说。", [("1000元", "李明")]),
    # a quotation about the country (我国) is the speaker's claim about it, not the speaker's own
    ("就业|人社部部长张三表示：“我国城镇新增就业1200万人。”", [("1200万人", "中国")]),
]


@pytest.mark.parametrize("article, expected", QUOTED, ids=[q[0].split("|")[0] for q in QUOTED])
def test_a_quotations_own_figures_are_its_speakers(recognizer, article, expected):
    from test_claims import figure_subjects

    assert set(expected) <= set(figure_subjects(article, recognizer))


@pytest.mark.parametrize("article, figure, not_subject, subject", [
    ("婚姻登记|湖南省民政厅今年2月印发《2022年湖南民政工作总结》，其中提到，2022年婚姻登记总量为9.7万对。",
     "9.7万对", "2022年湖南民政工作总结", None),
    ("电影|国庆档期间，电影《山河故人》票房突破10亿元。", "10亿元", None, "山河故人"),  # a film's own box office
])
def test_a_document_reports_figures_a_film_earns_them(recognizer, article, figure, not_subject, subject):
    from test_claims import figure_subjects

    got = dict(figure_subjects(article, recognizer))
    assert got[figure] != not_subject
    if subject is not None:
        assert got[figure] == subject


@pytest.mark.parametrize("article", [
    "软件|北京市、广东省、江苏省软件收入分别为12259亿元、9730亿元、6598亿元。",
    "软件|北京市,广东省,江苏省软件收入分别为 12259 亿元、9730 亿元、6598 亿元。",  # commas for 、
    "软件|北京市,广东省,江苏省软件收入分别为12259亿元,9730亿元,6598亿元。",
])
def test_a_respectively_list_written_with_commas(recognizer, article):
    from test_claims import figure_subjects

    assert [s for _, s in figure_subjects(article, recognizer)] == ["北京", "广东", "江苏"]


def test_a_clause_before_respectively_that_is_no_name_is_no_list_item(recognizer):
    from test_claims import figure_subjects

    assert [s for _, s in figure_subjects("软件|今年以来,江苏省软件收入分别为12259亿元和9730亿元。", recognizer)] \
        == ["江苏", "江苏"]


# a page wrapped at 20 characters; the second paragraph's first line stops two short of the width
# before a word the typesetter would not break, after a comma of its own
def _wrap(paragraph: str, width: int = 20) -> str:
    return "".join(paragraph[i:i + width] + "\n" for i in range(0, len(paragraph), width))


WRAPPED = ("市残联春节慰问困难家庭\n"
           + _wrap("本报讯（记者李青）近日，市残联走访慰问全市困难残疾人家庭，送去慰问金和慰问品，送上新春祝福。")
           + _wrap("此次活动共走访困难残疾人家庭三百户，发放慰问金二十万元，惠及全市各县区的残疾人群众。")
           + "为了把这件好事办好，工作人员从去年底\n"
           + _wrap("开始逐户登门核实情况，建立台账，做到底数清楚、对象准确、不漏一户，让每一笔钱都用在实处。")
           + _wrap("下一步，市残联将建立常态化帮扶机制，持续关注困难残疾人家庭的生产生活，及时解决他们的实际困难。"))


def test_a_wrapped_line_a_little_short_of_the_width_goes_on_into_the_next():
    articles = split_articles(WRAPPED)
    assert len(articles) == 1
    assert WRAPPED[articles[0].first("title").start:articles[0].first("title").end] == "市残联春节慰问困难家庭"


@pytest.mark.parametrize("line", ["社会·公益　A05版", "A05版　社会·公益", "社会 A05版"])
def test_a_page_label_after_a_section_name_with_a_middle_dot(line):
    from pipeline.layout import rules

    assert rules.is_page_furniture(line)


@pytest.mark.parametrize("article, expected", [
    ("数字经济|2021年中国数字经济规模达到45.5万亿元，同比名义增长16.2%。", ["数字经济规模", "数字经济规模"]),
    ("工业|全市规模以上工业增加值300亿元，同比实际增长6.1%。", ["规模以上工业增加值", "规模以上工业增加值"]),
    ("外资|全市实际使用外资2.45亿美元。", ["实际使用外资"]),  # 实际 opening a noun stays
])
def test_nominal_or_real_growth_is_how_a_change_was_computed(recognizer, article, expected):
    from test_claims import analyse, metrics_of

    assert metrics_of(*analyse(article, recognizer)) == expected


def test_the_division_opening_a_bodys_name():
    from pipeline.claims.places import with_body_places

    bodies = [_Entity(name, "ORG") for name in ("湖北省图书馆", "东方电气集团", "北京大学", "亳州市法律援助中心")]
    assert [e.text for e in with_body_places(bodies)[len(bodies):]] == ["湖北省", "北京", "亳州市"]


def test_a_body_before_a_quoted_contest_runs_it_and_holds_no_prize(recognizer):
    from test_claims import figure_subjects

    got = figure_subjects("5G|亳州市累计探索5G应用场景21个，共揽获工信部“绽放杯”5G应用征集大赛二等奖2个、三等奖4个。", recognizer)
    assert [s for _, s in got] == ["亳州", "亳州", "亳州"]


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_move_and_its_bound_before_a_number_is_no_name(mode):
    from pipeline.entities.recognizer import EntityRecognizer

    recognizer = EntityRecognizer(mode=mode)
    assert not [m for m in recognizer.find("我国5G基站周增超1万") if m.label == "PERSON"]
    assert ("李超", "PERSON") in [(m.text, m.label) for m in recognizer.find("记者李超1日从市统计局获悉。")]


def test_an_officials_quotation_about_firms_is_not_the_officials(recognizer):
    from test_claims import figure_subjects

    got = figure_subjects("企业|商务部门负责人王建国说：“今年新增注册公司3000家，企业活力持续增强。”", recognizer)
    assert got and all(subject != "王建国" for _, subject in got)
