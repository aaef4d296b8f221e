"""Round 16: readings of fresh real sets (dev sets 24 and 25), pinned on sentences written here.

Layout:

- a PDF page may set a brief in a column narrower than the usual wrap width (13 characters beside a
  lead story of 25): many lines of that length make it a wrap width of its own, and the wider
  column's lines beside it are no lines left whole;
- an indented line opens a paragraph, never a headline: when its last word runs on over a column
  break, it is body.

Claims, entities and figures: one table per field below, each row a reading of a class of sentence.
"""

from __future__ import annotations

import pytest

from pipeline.figures.find import find_figures
from pipeline.layout.split import split_articles
from test_claims import analyse, metrics_of, times_of


from test_round15 import _pdf_wrapped as _column  # a paragraph as a PDF column of so many cells prints it

LEAD = ("\u3000\u3000本报讯（记者 周明）记者从市统计局获悉，今年前三季度全市规模以上工业增加值同比增长6.8%，"
        "高于全省平均水平1.2个百分点，其中装备制造业增加值增长9.1%，电子信息产业增加值增长12.4%。市统计局"
        "有关负责人表示，全市工业生产总体平稳，新动能持续壮大，四季度有望保持稳定增长态势。")
BRIEF = ("\u3000\u3000本报讯（记者 王芳）记者从市科技局获悉，今年全市新认定高新技术企业326家，"
         "累计达到2145家，技术合同成交额突破80亿元，同比增长16.3%。市科技局有关负责人介绍，全市将继续"
         "加大科技型企业培育力度，完善从科技型中小企业到高新技术企业的梯次培育机制，推动更多创新成果在本地转化。")


def test_a_brief_in_a_narrow_column_beside_a_wide_lead_is_rejoined():
    page = "\n".join(["全市工业经济稳中向好", *_column(LEAD, 25), *_column(LEAD, 25), "",
                      "高新技术企业增至2145家", *_column(BRIEF, 13), *_column(BRIEF, 13)]) + "\n"
    articles = split_articles(page)
    assert [page[slice(*a.units[0].pieces[0])] for a in articles] == ["全市工业经济稳中向好", "高新技术企业增至2145家"]
    assert all(len([u for u in a.units if u.role == "body"]) == 2 for a in articles)  # two paragraphs each


def test_an_indented_line_cut_by_a_column_break_is_no_headline():
    page = "\n".join(["高新技术企业增至2145家", *_column(BRIEF, 13), "\u3000\u3000从2018年以来，全市已获",
                      "", "批建设3个省级重点实验室。"]) + "\n"
    articles = split_articles(page)
    assert len(articles) == 1
    assert "已获批建设" in "".join(page[a:b] for u in articles[0].units for a, b in u.pieces if u.role == "body")


@pytest.mark.parametrize("article, expected", [
    # an interview's speaker label opens a quotation; its 我们厂 is the company the speaker heads
    ("储备肉|某市食品有限公司总经理 张伟：我们厂从1月11日开始投放市级储备肉280吨。", "某市食品有限公司"),
    # 分析, 提到 close a speaker's clause: the figures after are not the speaker's
    ("价格|国家统计局城市司高级统计师董明分析，9月份，扣除食品和能源价格的核心CPI同比上涨1.2%。", None),
    # a place passed is no subject (超越上海): the one that passes is
    ("地铁|随着三段新线开通，北京城市轨道交通运营总里程达836公里，超越上海。", "北京"),
    # the members of a list its count closes (…、西城及南开区3个区) are what it counts
    ("管网|天津市本次改造项目主要涉及东城、西城及南开区3个区。", "天津"),
    # a place the clause sets aside (除金华外) is not whose figure the rest is
    ("浙江空气质量改善|浙江41个城市中，除金华外40个城市完成了改善目标。", "浙江"),
])
def test_subjects_of_round_16(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert claims[-1].subject == expected


@pytest.mark.parametrize("article, expected", [
    # list items that hold their own figures hand each change to that figure's claim
    ("技术合同|2023年某省登记技术合同5万项、成交额达2000亿元，分别比上年增长30%和25%。",
     ["某省登记技术合同", "成交额", "某省登记技术合同", "成交额"]),
    # a verb and its result after a figure count nothing: the noun before 由 is measured
    ("油价|我市汽油最高零售价格每吨由9725元调整为9985元，上调260元。", ["汽油最高零售价格"] * 3),
    # 出现 ends a metric; the noun run of the clause before goes on (its predicate an adjective-adverb)
    ("猪价|目前徐州猪肉价格普遍在2月中旬的最高点上，出现了每斤2到3元的回落。", ["猪肉价格", "猪肉价格"]),
    # an abbreviation in brackets glosses the noun run it stands in
    ("研发|公报显示，2023年我国研究与试验发展（R&D）经费投入总量突破3.3万亿元。", ["试验发展（R&D）经费投入总量"]),
    # a count of the group the sentence opened with counts those that do what follows the noun
    ("空气|80个城市中，76个城市PM2.5平均浓度降幅满足目标要求。", ["城市", "PM2.5平均浓度降幅满足目标要求"]),
    # a measure's name right before its value is the metric, whatever follows the unit
    ("高铁|某高铁兰州至西宁段完成改造，实现时速250公里高标运营。", ["时速"]),
    # a route named by its ends is whose length it is: the metric is the length alone
    ("高速|其中，铜梁至安岳全长48.8公里，江津至泸州北线全长71.6公里。", ["全长", "全长"]),
    # a place passed (超越上海) ends no metric: the rank is of the metric before
    ("地铁|北京城市轨道交通运营总里程达836公里，超越上海跃居全国第一。", ["城市轨道交通运营总里程"] * 2),
    # a definition in brackets closing a metric is stepped over: its 比 compares nothing
    ("研发|从投入强度看，2023年我国研究与试验发展（R&D）经费投入强度（R&D经费与GDP之比）为2.65%。",
     ["试验发展（R&D）经费投入强度"]),
    # a dash after a figure opens an aside, no noun of the figure's
    ("演唱会|30万人次涌入，带动收入10亿元——刚刚过去的演唱会激活了一座城。", ["涌入", "带动收入"]),
])
def test_metrics_of_round_16(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected


@pytest.mark.parametrize("article, expected", [
    # 以来 after the verb of an event's start: from that start to now
    ("村超|自“村超”出圈以来，某县累计接待游客超2300万人次。", ["自“村超”出圈以来"]),
    ("村超|“村超”举办以来，某县新增各类经营主体近9000家。", ["“村超”举办以来"]),
    # 年内: within this year
    ("铁路|全国铁路预计年内投产新线3000公里以上。", ["年内"]),
    # a business season's name takes no function word before it (也是|淡季 is a predicate)
    ("猪价|节后猪肉销售也是淡季，当日的白条猪每斤价格在7.8元到8元之间。", ["当日", "当日"]),
])
def test_claim_times_of_round_16(recognizer, article, expected):
    assert times_of(*analyse(article, recognizer)) == expected


def test_these_few_days_are_a_time(recognizer):
    # 这几日, as a trader says it, dates the figure like 近几日
    text, claims = analyse("菜价|春节后，我市鸡蛋价格明显下降。这几日我市鸡蛋价格每斤下降了1元左右。", recognizer)
    assert times_of(text, claims) == ["这几日"]


def test_the_whole_year_resolved_goes_on_into_the_sentences_after(recognizer):
    # 全年 resolved to the year the sentence before named goes on as that year
    article = "专项整治|2021年专项整治行动成效显著。全年共检查机构7万家。医保部门共协助侦破案件2031起。"
    assert times_of(*analyse(article, recognizer)) == ["2021年", "2021年"]


def test_a_subtitles_figure_is_dated_by_the_title_over_it(recognizer):
    from pipeline.claims.find import find_claims
    from pipeline.entities.dates import find_dates
    from pipeline.components import names_and_dates
    from test_claims import PUB

    lines = ["前7月铁路发送旅客创历史同期新高", "——超25亿人次",
             "本报北京8月12日电（记者张三）今年1至7月，全国铁路累计发送旅客25.7亿人次。"]
    text, units, pos = "\n".join(lines), [], 0
    for role, line in zip(("title", "subtitle", "body"), lines):
        units.append((role, pos, pos + len(line)))
        pos += len(line) + 1
    names = recognizer.find(text)
    claims = find_claims(text, figures=find_figures(text), entities=names_and_dates(names, find_dates(text, PUB)),
                         references=recognizer.references(text, names), units=units)
    assert times_of(text, claims) == ["前7月", "今年1至7月"]


@pytest.mark.parametrize("article, expected", [
    # a rank states no change of its own; a verb of change before it still moves it
    ("经济|该区地区生产总值同比增长6.8%，增速位居全市第2位。", ["increase", None]),
    ("排名|某市创新指数排名跃升至2024年的第12位。", ["increase"]),
    # a count of things picked by their rate grows with no verb of its own
    ("机场|增幅在100%以上的运输机场有6个，降幅在50%以内的有7个。", ["increase", None, "decrease", None]),
    # 同比低 is a fall; a rate named after the figure says which way
    ("猪价|猪肉周均价每公斤23.36元，同比低46.9%。", [None, "decrease"]),
    ("江豚|其种群以约13.7%的年下降速率急剧减少。", ["decrease"]),
    # a 其中 share takes no change from its total
    ("票房|暑期档电影总票房达91.35亿元，同比增长23.8%，其中国产影片占比82.7%。", [None, "increase", None]),
    # 起降 (takeoffs and landings) is a noun, no fall
    ("机场|今年春运，某机场共完成起降航班5.2万架次。", [None]),
])
def test_changes_of_round_16(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert [c.change for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("粮食产量连续13年增长。", [("13年", False)]),  # a run of years is a stated duration
    ("实际利用外资连续三年翻番。", [("三年", False)]),
    ("五年增长超过50%。", [("50%", False)]),  # (a span framing a change is its period, as before)
    ("随着三段地铁线开通试运营。", [("三段", False)]),
    ("包括东方白鹳4453羽、白鹤35羽。", [("4453羽", False), ("35羽", False)]),
    ("猪肉7元一斤、鸡蛋8毛。", [("7元", False), ("一斤", True), ("8毛", False)]),
    ("景宁城市水质指数为2.41。", [("2.41", False)]),
    ("城乡居民收入倍差由2.71缩小到2.5。", [("2.71", False), ("2.5", False)]),
    ("这本百科全书。", []),  # (科 is no measure word)
])
def test_figures_of_round_16(text, expected):
    assert [(f.text, f.optional) for f in find_figures(text)] == expected


@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("text, names", [
    ("建成后将国道353线与省道S438线相连。", [("国道353线", "LOC"), ("省道S438线", "LOC")]),
    ("乘坐地铁3号线到站。", [("地铁3号线", "LOC")]),
    ("大桥采用双向六车道标准。", []),  # lanes are a width, no place
    ("该校是一所新建公办小学。", []),  # who runs a kind of school names none
    ("加速完善华北路网，重振千年古都。", [("华北", "LOC")]),  # a region's road network; an ancient capital is a kind
])
def test_entities_of_round_16(mode, text, names):
    from pipeline.entities.recognizer import EntityRecognizer

    assert [(e.text, e.label) for e in EntityRecognizer(mode=mode).find(text)] == names


def test_a_tagger_name_ending_a_noun_for_people_is_none():
    from pipeline.entities.merge import acceptable
    from pipeline.entities.gazetteer import load_lexicons
    from pipeline.text.words import jieba_dictionary

    text = "来自163个代表团的残奥健儿结束了赛程。"
    start = text.index("奥健儿")
    assert not acceptable(text, (start, start + 3, "PERSON"), load_lexicons(), jieba_dictionary())


def test_a_list_of_holders_gives_each_its_own_figure(recognizer):
    # 分别 after a list of holders (高校, 科研院所) sharing one noun: each holder's amount of it
    text, claims = analyse("技术市场|从技术交易主体看，高校、科研院所技术合同成交额分别为69.27亿元、146.6亿元。", recognizer)
    assert [(c.subject, text[slice(*c.metric)]) for c in claims] == [("高校", "技术合同成交额"), ("科研院所", "技术合同成交额")]


def test_the_period_a_date_opens_is_no_topic(recognizer):
    # 2022年|暑期档 is a time, not what the story is about; the national body reporting makes it the country's
    text, claims = analyse("2022年暑期档票房达91.35亿元|本报北京9月3日电（记者刘阳）来自国家电影局的数据显示：2022年暑期档"
                           "（6月1日至8月31日）电影总票房达91.35亿元，较去年同比增长23.8%。", recognizer)
    assert {c.subject for c in claims} == {"中国"}
    assert {c.time for c in claims} == {"2022年暑期档"}


def test_an_editor_line_above_the_text_closes_nothing():
    page = ("一场演唱会带动10亿收入\n来源：某某日报\n责任编辑：刘克\n30万人次涌入，带动收入10亿元，再次诠释了演唱会经济的活力。\n"
            "为爱发电 一场演唱会的“情绪账单”\n“这并非单纯卖票。”近两年来，演唱会经济持续火爆，门票瞬间售罄的情形已成常态。\n")
    assert len(split_articles(page)) == 1


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_railway_named_by_its_ends_abbreviations_is_one_place(mode):
    from pipeline.entities.recognizer import EntityRecognizer

    text = "全长的贵南高铁、福厦高铁和昌景黄高铁开通，沪宁沿江高铁通车。今年，新开通高铁2776公里，安吉高铁大道。"
    found = [(e.text, e.label) for e in EntityRecognizer(mode=mode).find(text) if e.label == "LOC"]
    assert found[:4] == [("贵南高铁", "LOC"), ("福厦高铁", "LOC"), ("昌景黄高铁", "LOC"), ("沪宁沿江高铁", "LOC")]
    assert not any("开通" in name or name.endswith("高铁大道") and len(name) > 4 for name, _ in found)


def test_a_line_as_many_cells_wide_as_the_column_runs_on_without_a_comma():
    from pipeline.layout.lines import page_lines

    page = "\n".join([  # a column 20 cells wide, its paragraphs indented
        "\u3000\u3000他说，全省知识产权工作交出一份优秀答",
        "卷，体现出质量有提升、产业有新意等特点，",
        "也体现出企业有活力、区域有支撑的新特点。",
        "\u3000\u3000质量有提升方面，截至2025年底，全省有",
        "",  # a column break
        "（含分支）高价值发明专利拥有量达到2229.2",  # 23 characters, 20 cells, no comma
        "万件，占有效发明专利总量的比重达到43.1%，",
        "较上年末提高2.9个百分点，结构持续优化。",
        "\u3000\u3000全省专利结构正在向优转变，技术含量更",
        "高的发明专利占比不断提升，市场价值持续显",
        "现，权利状态更加稳定的发明专利越来越多。",
    ]) + "\n"
    paragraphs = [line.text for line in page_lines(page)]
    assert any("2229.2万件" in paragraph for paragraph in paragraphs)


@pytest.mark.parametrize("text, dates", [
    ("秋冬季，京津冀城市PM2.5平均浓度同比下降4%。", ["秋冬季"]),  # two seasons named together: a period
    ("入汛以来，主汛期降雨偏多。", ["主汛期"]),  # the flood season
])
def test_seasons_of_round_16(text, dates):
    import datetime

    from pipeline.entities.dates import find_dates

    assert [d.text for d in find_dates(text, datetime.date(2024, 4, 22))] == dates
