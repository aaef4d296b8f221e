"""Round 15: readings of a fresh real set (dev set 22), pinned on sentences written here.

Layout:

- in PDF text a line of numbers holds more characters than a line of Chinese in the same column
  (digits print narrower), so a wrapped line may run a few characters past the wrap width; it still goes on into the next line when it stops mid-clause;
- the dump's first line coming back lower down (a running head with no date) is page furniture;
- an editor's credit may join its label with a slash (编辑/某某): it closes the article above.
"""

from __future__ import annotations

import pytest

from pipeline.layout.lines import page_lines
from pipeline.layout.split import split_articles
from pipeline.layout.web_lines import is_editor_line
from test_claims import analyse, metrics_of, times_of

def _pdf_wrapped(paragraph: str, cells: int = 22) -> list[str]:
    """A paragraph as a PDF prints it in a column ``cells`` wide: a digit, a Latin letter or an ASCII
    mark takes half a cell, so a line of numbers holds more characters than a line of Chinese."""
    lines, line, used = [], "", 0.0
    for char in paragraph:
        width = 0.5 if char.isascii() else 1.0
        if used + width > cells:
            lines.append(line)
            line, used = "", 0.0
        line, used = line + char, used + width
    return lines + [line]


PDF_NUMBERS = "\n".join([
    "全县秋粮再获丰收",
    *_pdf_wrapped("\u3000\u3000本报讯（记者 周明）记者从县统计局获悉：全县今年秋粮生产克服了夏季持续高温和"
                  "秋季连阴雨等不利天气影响，播种面积128.45万亩，比上年增加1.36万亩，增长1.07%；平均亩产"
                  "412.6公斤，比上年增加3.8公斤；秋粮总产量52.99万吨，比上年增长0.96万吨，增长1.85%。"),
    *_pdf_wrapped("\u3000\u3000县农业农村局负责人表示，明年全县将继续稳定粮食播种面积，加快推进高标准农田建设，"
                  "确保粮食生产稳中有增，农民收入持续提高。"),
]) + "\n"


def test_a_wrapped_line_of_numbers_longer_than_the_column_goes_on():
    widths = [len(line) for line in PDF_NUMBERS.splitlines()]
    assert max(widths) > 23  # the page as the test means it: some number lines run past the width
    paragraphs = [line.text.replace(",", "，") for line in page_lines(PDF_NUMBERS)]
    assert paragraphs[0] == "全县秋粮再获丰收"
    assert "平均亩产412.6公斤" in paragraphs[1] and "秋粮总产量52.99万吨" in paragraphs[1]
    assert paragraphs[1].endswith("增长1.85%。") and paragraphs[2].endswith("农民收入持续提高。")
    assert len(paragraphs) == 3


def test_a_paragraphs_line_a_little_short_without_a_comma_still_goes_on():
    page = "\n".join([
        "全县秋粮再获丰收",
        "本报讯（记者 周明）记者从县统计局农业调查队",  # 22: the wrap width
        "获悉：今年全县秋粮播种面积较上年有所增加",  # 20, no comma of its own: the paragraph's
        "达到128.45万亩，比上年增加1.36万亩。",
        "县农业农村局负责人介绍，今年全县秋粮生产克服",
        "了夏季持续高温等不利天气影响，产量稳中有增。",
        "明年全县将继续稳定粮食播种面积，加快推进高标",
        "准农田建设，确保粮食生产稳中有增。",
    ]) + "\n"
    lines = page_lines(page)
    assert "有所增加达到128.45万亩" in lines[1].text


@pytest.mark.parametrize("headline", [
    "9.84亿人次！重点村带动乡村旅游市场率先恢复",  # longer than the column, no comma: a headline
])
def test_a_long_headline_without_a_comma_stays_a_line(headline):
    page = headline + "\n" + PDF_NUMBERS.split("\n", 1)[1]
    assert page_lines(page)[0].text.replace("!", "！") == headline


def _titles(raw: str) -> list[str]:
    return ["".join(raw[a:b] for a, b in article.first("title").pieces) if article.first("title") else ""
            for article in split_articles(raw)]


RUNNING_HEAD_PAGE = "\n".join([
    "城乡周刊·民生观察",
    "",
    "一、就业",
    "",
    "全市新增城镇就业3.2万人",
    "　　本报讯（记者 林可）记者从市人社局获悉，今年前三季度全市新增城镇就业3.2万人，",
    "完成全年目标的86%。",
    "编辑/吴敏",
    "",
    "城乡周刊·民生观察",
    "",
    "新春走基层",
    "山村客栈住满了城里人",
    "　　本报讯（记者 林可）春节期间，北山村18家客栈天天客满，接待游客1.2万人次。",
]) + "\n"


def test_a_running_head_that_tops_the_page_and_comes_back_is_no_article():
    assert _titles(RUNNING_HEAD_PAGE) == ["全市新增城镇就业3.2万人", "山村客栈住满了城里人"]


@pytest.mark.parametrize("line, editor", [
    ("编辑/吴敏", True),
    ("责编 / 周立", True),
    ("校对 赵琳", True),  # a space before names alone
    ("文/记者 张三", False),  # a writer's credit, not the editor's
])
def test_an_editor_credit_with_a_slash_closes_the_article(line, editor):
    assert is_editor_line(line) is editor


# Claims ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("article, expected", [
    # a region named by its compass point is who the figure is about; a list shares its head
    ("快递|去年东、中、西部地区快递业务量占比分别为72.1%、18.5%和9.4%。", ["东部地区", "中部地区", "西部地区"]),
    ("快递|与上年相比，东部地区快递业务量占比下降1.2个百分点。", ["东部地区"]),
    ("工业|东北地区规模以上工业增加值增长3.6%。", ["东北地区"]),
    # a group named by its region and a quoted count of its cities is what the figure measures
    ("空气|1月，京津冀及周边地区“2+26”城市PM2.5平均浓度为61微克/立方米。", ["京津冀及周边地区“2+26”城市"]),
    # a part after ； that names nothing of its own goes on with the group before it
    ("空气|1月，全国城市PM2.5平均浓度为53微克/立方米。|1月，京津冀及周边地区“2+26”城市PM2.5平均浓度为61微克/立方米；"
     "平均优良天数比例为68.5%。", ["中国", "京津冀及周边地区“2+26”城市", "京津冀及周边地区“2+26”城市"]),
])
def test_a_compass_region_is_a_subject(recognizer, article, expected):  # (and other groups)
    text, claims = analyse(article, recognizer)
    assert [c.subject for c in claims] == expected


def test_a_lead_that_ends_on_a_verb_and_its_object_names_no_topic(recognizer):
    # 落下帷幕 is the lead sentence's predicate: the article's subject is no "春运落下帷幕"
    text, claims = analyse("2025年暑运落下帷幕 62天发送旅客9.5亿人次|8月31日，2025年暑运落下帷幕。|62天里，铁路累计发送旅客9.5亿人次。",
                           recognizer)
    assert all("帷幕" not in (c.subject or "") for c in claims)


@pytest.mark.parametrize("article, expected", [
    # 对比 opens a comparison like 比: the metric is the one before it
    ("商圈|春节期间，步行街客流86.5万人次，对比2019年增长18.2%。", ["步行街客流", "步行街客流"]),
    # a run of years before a figure says how long it held, not what it measures
    ("粮食|全县粮食总产量连续9年稳定在50万吨以上。", ["粮食总产量"]),
    # a run of years measures how long the phrase before it held, and so does the rank after it
    ("风电|我国风电装机已连续14年位居全球第一。", ["风电装机", "风电装机"]),
    # …, not the number of a time (连续第20次获得…: what is counted follows)
    ("马拉松|这是中国女将连续第20次获得该项目桂冠。", ["获得该项目桂冠"]),
    # 下跌 ends a metric like 下降
    ("租金|6月全国大中城市租金挂牌均价为35.46元/平方米/月，同比下跌2.31%。", ["大中城市租金挂牌均价"] * 2),
    # a noun run and the period it is counted over, its figures in the clause after
    ("技术合同|我省的技术合同成交额在过去五年，从235亿元增至1066亿元。", ["技术合同成交额", "技术合同成交额"]),
    # 近几日 is a time, no metric
    ("亚运会|本届亚运会总体上座率超过92%，近几日能达到95%。", ["本届亚运会总体上座率"] * 2),
    # an average over years measures the metric before it
    ("经济|一季度，全市地区生产总值860亿元，比2019年同期增长9.3%，两年平均增长4.5%。",
     ["地区生产总值", "地区生产总值", "地区生产总值"]),
])
def test_metrics_of_round_15(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims)[-len(expected):] == expected


def test_a_doubling_is_a_figure():
    from pipeline.figures.find import find_figures

    assert [(f.text, f.unit) for f in find_figures("投资来源地达80个，同比增长一倍。")] == [("80个", "个"), ("一倍", "倍")]


def test_the_years_an_average_is_taken_over_are_no_figure():
    from pipeline.figures.find import find_figures

    figures = find_figures("两年平均增长4.5%，三年年均增速超过6%。")
    assert [(f.text, f.optional) for f in figures] == [("两年", True), ("4.5%", False), ("三年", True), ("6%", False)]


@pytest.mark.parametrize("article, expected", [
    # Hong Kong copy writes its region 全港; a port's 全港 is the port
    ("急症室|香港医院管理局数字显示，全港17间公立医院中，7间内科病床占用率超过100%。", "香港"),
    # a group followed by a noun that counts it (总数) is counted: the place is whose count it is
    ("创新|江苏万人发明专利拥有量超过49件，高新技术企业总数达4.4万家。", "江苏"),
    # units above the designated size bound the place's statistic: no group of their own
    ("消费|前两个月，郑州市社会消费品零售总额975.1亿元；其中限额以上单位消费品零售额增长6.2%。", "郑州"),
    # a company's bare head opening a clause is the company named just before
    ("产线|一旁的王建平是安徽省青山食品有限公司总经理，2022年公司产线扩至26条，相较2019年运营初期，产值翻了三番。",
     "安徽省青山食品有限公司"),
    # a community named before, then 该社区
    ("避暑游|今年夏天，贵州某县九坝镇山堡社区涌入游客6万人次。现在，该社区乡村旅馆共514家。", "山堡社区"),
])
def test_subjects_of_round_15(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert claims[-1].subject == expected


def test_a_ports_whole_is_no_region():
    from pipeline.entities.recognizer import EntityRecognizer

    text = "宁波舟山港今年全港完成集装箱吞吐量3500万标准箱。"
    recognizer = EntityRecognizer()
    assert [r.refers_to for r in recognizer.references(text, recognizer.find(text)) if r.text == "全港"] == [None]


@pytest.mark.parametrize("article, expected", [
    # 全年 after a sentence that named its year is that year
    ("专项整治|2023年全市开展专项整治行动。全年共检查药店1200家，查处违规问题86起。", ["2023年", "2023年"]),
    # a report whose title opens on its year states that year for the figures it shows
    ("机场|日前，民航局发布《2023年全国民用运输机场生产统计公报》。《公报》显示，旅客吞吐量1000万人次以上的机场有38个。",
     ["2023年", "2023年"]),
    # a bracketed aside's time dates the aside only
    ("学位|2022年秋季学期全市新增学位9.2万个（今年使用学位3.2万个），其中小学新增学位4.6万个。",
     ["2022年秋季学期", "今年", "2022年秋季学期"]),
])
def test_claim_times_of_round_15(recognizer, article, expected):
    assert times_of(*analyse(article, recognizer))[-len(expected):] == expected


def test_a_village_the_headline_writes_short_is_the_articles_subject(recognizer):
    article = ("桃源分红六连增|本报讯 经村民代表大会表决，桃源村今年为每名股民分红800元。|"
               "从2019年首次分红至今，桃源村每名股民年分红从300元增至800元。|与之相应，村集体经济年收入增至1500万元。")
    text, claims = analyse(article, recognizer)
    assert claims[-1].subject == "桃源村"


# Entities -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dates", [
    ("年初以来，全市快递业务量稳步增长。", [("年初以来", "2024-01-01/2024-09-01")]),
    ("今年上半年以来，全区新开工项目86个。", [("今年上半年以来", "2024-01-01/2024-09-01")]),
    ("一季度以来，出口持续回升。", [("一季度以来", "2024-01-01/2024-09-01")]),
    ("2024年开年以来，全市签约项目120个。", [("2024年开年以来", "2024-01-01/2024-09-01")]),
    ("龙年春节假期，全国出游人次增长。", [("龙年春节假期", None)]),  # the festival's year is not written
    ("春运高峰期，车站日均发送旅客5万人次。", [("春运高峰期", None)]),
])
def test_dates_of_round_15(text, dates):
    import datetime

    from pipeline.entities.dates import find_dates

    assert [(d.text, d.value) for d in find_dates(text, datetime.date(2024, 9, 1))] == dates


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_settlements_name_ends_on_its_head(mode):
    from pipeline.entities.recognizer import EntityRecognizer

    names = [(e.text, e.label) for e in EntityRecognizer(mode=mode).find("九坝镇山堡社区涌入游客6万人次。")]
    assert ("山堡社区", "LOC") in names


def test_a_cued_three_character_name_is_not_cut_by_the_tagger():
    from pipeline.entities.recognizer import EntityRecognizer

    assert [e.text for e in EntityRecognizer().find("记者刘保锁报道。")] == ["刘保锁"]


def test_a_market_of_a_kind_of_trade_is_no_place():
    from pipeline.entities.recognizer import EntityRecognizer

    names = [(e.text, e.label) for e in EntityRecognizer().find("武汉市技术市场交易成交额1357亿元，上海资本市场活跃。")]
    assert names == [("武汉市", "GPE"), ("上海", "GPE")]


def test_a_measure_is_no_place():
    from pipeline.entities.recognizer import EntityRecognizer

    text = "全市商品房竣工面积为320.9万平方米，其中住宅竣工面积为157.3万平方米。"
    assert EntityRecognizer().find(text) == []


@pytest.mark.parametrize("article, expected", [
    # a municipality is its own city: 全市 in a story of Beijing is Beijing
    ("双节期间北京举办体育赛事16项|本报讯 据北京市体育竞赛管理和国际交流中心统计，双节期间，全市共举办体育赛事16项。",
     ["北京", "北京"]),
])
def test_subjects_of_a_municipality(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert [c.subject for c in claims] == expected


def test_a_place_a_thing_stands_in_is_not_whose_figures_follow(recognizer):
    article = ("新建学校|今年秋季，新区新增学位2010个；城南幼儿园是一所新建公办幼儿园，位于云龙社区，占地10.69亩，"
               "设计规模12个班，学位360个。")
    text, claims = analyse(article, recognizer)
    assert "云龙社区" not in [c.subject for c in claims]


def test_a_crawled_record_keeps_its_headline_apart():
    content = "\n".join([
        "某某晚报·某某客户端 王小明",  # a byline, not a headline: the record's title is above
        "9月19日至21日，某歌手巡回演唱会在泉城开唱，三场演出吸引观众15万人次。",
        "15万人次奔赴",  # a sub-head pair: no lead after it, so no new article
        "省外观众占59%",
        "据初步统计，三场演出每场吸引观众5万名，场场满座。",
    ])
    titled = split_articles(content, "15万人次！一场演唱会为何引爆泉城？")
    assert len(titled) == 1 and titled[0].first("title") is None
    assert len(split_articles(content)) >= 2  # a page dump with no title field reads its runs as headlines


def test_a_record_whose_text_repeats_its_title_keeps_it():
    content = "全市新增城镇就业3.2万人\n本报讯（记者 林可）今年前三季度全市新增城镇就业3.2万人。"
    [article] = split_articles(content, "全市新增城镇就业3.2万人")
    assert content[slice(*article.first("title").pieces[0])] == "全市新增城镇就业3.2万人"


def test_a_titled_thing_the_story_keeps_naming_is_its_subject(recognizer):
    article = ("四川再添世界之最！东江大桥建成通车|本报讯 今日，位于四川省泸州市的东江大桥建成通车。"
               "|据介绍，东江大桥于2020年4月开建，历时4年建成。全桥总长1420米，主跨长507米。"
               "|东江大桥建成后，两岸通行时间由1小时缩短至5分钟。")
    text, claims = analyse(article, recognizer)
    metrics = metrics_of(text, claims)
    assert [c.subject for c, m in zip(claims, metrics) if m and "总长" in m] == ["东江大桥"]


def test_a_page_with_two_column_widths_rejoins_both():
    wide = _pdf_wrapped("\u3000\u3000本报讯（记者 周明）全县今年秋粮生产克服了夏季持续高温和秋季连阴雨等不利天气影响，"
                        "播种面积稳中有增，单产水平继续提高，为全年粮食丰收打下了坚实的基础，农民种粮收益稳步增加，"
                        "全县粮食总产量再创历史新高，农业农村局负责人表示明年将继续扩大高标准农田建设规模。", 24)
    narrow = _pdf_wrapped("\u3000\u3000本报讯（记者 林可）今年以来，全市城镇新增就业岗位持续增加，重点群体就业保持稳定，"
                          "高校毕业生就业去向落实情况好于上年同期，零就业家庭实现动态清零，就业形势总体平稳向好。", 20)
    page = "\n".join(["全县秋粮再获丰收", *wide, "全市就业形势平稳", *narrow]) + "\n"
    paragraphs = [line.text for line in page_lines(page)]
    assert len(paragraphs) == 4 and paragraphs[3].endswith("总体平稳向好。")
