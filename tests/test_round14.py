"""Round 14: readings of two real sets read after they were scored, pinned on sentences written here.

Layout and bylines:

- a wire dateline may spell its date in Chinese numerals (某社北京七月二十二日电), as older wire
  copy does: a headline over it opens an article;
- a lead's byline after a colon (某网讯:(记者…)), a dateline with a space after its outlet
  (中新网 广州 11 月 2 日电), a paper's own special dispatch (本报东京今晨专电) give reporters;
- a credit chunk naming a newsroom (某县融媒, 某某日报) is no reporter;
- a lead source may follow a deck or a caption printed over the story (two paragraphs at most);
- a byline in brackets that opens the text with no source before it gives its reporters.

Entities: a transliterated name ends before a title written after it (…·萨巴赫亲王宣布); a
county's short form that jieba counts as a common word of another class (惠民 of 惠民县: 惠民演出)
is no place in an article that names neither the county in full nor its city or province; 国庆
alone is the National Day (今年国庆, 国庆档), not in 刘国庆 nor before another holiday.

Claims:

- a name a figure describes through 的 (位居第三的某国) is who the figure is about;
- 偏多/偏高 rise and 偏少/偏低 fall and end a metric (较常年同期偏多…毫米);
- a classifier inside the noun a 分别 list shares names a class (吃、穿、用商品类零售额);
- a work or a person that is all of a figure's prefix (、《某片》8482万元) is whose figure follows;
- the period a 其中 sentence names is its part's, not the paragraphs' after it;
- a source clause that counts what it surveyed (对28家商场统计显示，国庆长假以来，…) frames
  the time after it;
- a city's nickname is the city (甬城 -> 宁波); a surname alone is named with its title (沈女士);
- 尽管/虽然 open no metric, 多增/少增 state a change; a holiday's length before its break
  (春节7天长假期间) is part of the period.
"""

from __future__ import annotations

import pytest

from pipeline.layout.split import split_articles
from test_claims import analyse, metrics_of, times_of


def _titles(raw: str) -> list[str]:
    return ["".join(raw[a:b] for a, b in article.first("title").pieces) if article.first("title") else ""
            for article in split_articles(raw)]


def _reporters(raw: str) -> list[list[str]]:
    return [[raw[a:b] for a, b in article.reporters] for article in split_articles(raw)]


def _wrapped(paragraph: str, width: int = 26) -> str:
    """A paragraph as PDF text prints it: hard-wrapped at ``width`` characters."""
    return "\n".join(paragraph[i:i + width] for i in range(0, len(paragraph), width))


WIRE_PAGE = "\n".join([
    "“双11”网络销售额再创新高",
    _wrapped("中新社北京11月12日电 (记者 刘明)根据某机构12日发布的对重点电子商务平台的监测,"
             "在刚刚过去的11月11日,全国网络零售额再创历史新高。"),
    _wrapped("随着其他电商数据的陆续披露,可以看到“双11”已经成为全国规模最大的商业促销活动之一。"),
    "上半年全省工业增加值增长百分之九点一",
    _wrapped("中新社南京七月二十日电 江苏省统计局二十日在此间说,上半年全省规模以上工业增加值"
             "比去年同期增长百分之九点一。其中,六月份增长百分之八点七。"),
]) + "\n"


def test_a_dateline_spelling_its_date_in_chinese_numerals_opens_an_article():
    assert _titles(WIRE_PAGE) == ["“双11”网络销售额再创新高", "上半年全省工业增加值增长百分之九点一"]


@pytest.mark.parametrize("raw, names", [
    ("湖城老街改造完工\n湖城网讯:(记者王小明通讯员李强)昨天,湖城老街改造工程完工,新增商铺40间。\n",
     ["王小明", "李强"]),
    ("江州法院发放执行款12亿元\n中新网 江州 3 月 5 日电（张红 刘伟）江州法院5日举行执行款集中发放活动。\n",
     ["张红", "刘伟"]),
    ("亚洲杯闭幕 中国队列第二\n本报东京今晨专电(特派记者王明)第三届亚洲杯昨晚闭幕,中国队获得金牌12枚。\n",
     ["王明"]),
    # a newsroom is no reporter
    ("山区暴雨转移群众3000人\n山区县遭遇暴雨,当地紧急转移群众3000人。\n(总台记者 王明 青川融媒 北川融媒)\n",
     ["王明"]),
    # a deck or a caption over the lead
    ("市医院新住院楼开工\n\n新建一栋18层大楼，计划新增600张床位，预计2026年底竣工投用\n\n"
     "本报讯（记者 赵兰 通讯员 孙平）12月5日，市医院新住院楼开工。\n", ["赵兰", "孙平"]),
    ("省运会在江城闭幕\n（市领导和各代表团负责同志出席闭幕式。）\n"
     "　　江城网9月15日讯（记者 陈宗明）今天下午，省第十届运动会闭幕，共产生金牌420枚。\n", ["陈宗明"]),
    # a byline in brackets with no source before it
    ("全市新建绿地120公顷\n（记者 钱进 通讯员 吴亮）今年以来,全市新建和改造绿地120公顷。\n",
     ["钱进", "吴亮"]),
])
def test_bylines_of_round_14(raw, names):
    assert _reporters(raw) == [names]


def test_a_title_after_a_transliterated_name_ends_it(recognizer):
    text = "大会主席艾哈迈德·法赫德·萨巴赫亲王宣布比赛开幕。"
    people = [e.text for e in recognizer.find(text) if e.label == "PERSON"]
    assert people == ["艾哈迈德·法赫德·萨巴赫"]


@pytest.mark.parametrize("text, place", [
    ("各地开展惠民演出活动,全年送戏下乡200场。", None),  # the word, in an article with no place of the county
    ("惠民县今年种植小麦80万亩。", "惠民县"),
    ("滨州市今年丰收,惠民种植小麦80万亩。", "惠民"),  # its city named: the county
    ("项目止于康定城东,全长约135公里。", "康定"),  # a county-level city is named bare as a city is
])
def test_a_county_short_form_that_is_a_common_word_needs_its_place(recognizer, text, place):
    found = [e.text for e in recognizer.find(text) if e.label == "GPE" and e.text.startswith(("惠民", "康定"))]
    assert found == ([place] if place else [])


@pytest.mark.parametrize("text, dates", [
    ("今年国庆,全市接待游客80万人次。", ["今年国庆"]),
    ("刘国庆说,今年苹果卖得好。", ["今年"]),
    ("国庆中秋长假期间,景区客流大增。", ["国庆中秋长假期间"]),
    ("中秋国庆假期,景区客流大增。", ["中秋国庆假期"]),
    ("今年中秋,月饼销量增长两成。", ["今年中秋"]),
    ("国庆假日期间,全市接待游客80万人次。", ["国庆假日期间"]),  # 假日 heads a break as 假期 does
    ("今年首两个月,全市出口增长5%。", ["今年首两个月"]),
    ("5月7日上午8时许,火势被扑灭。", ["5月7日上午8时许"]),
])
def test_national_day_written_short(text, dates):
    from pipeline.entities.dates import find_dates

    assert [d.text for d in find_dates(text)] == dates


@pytest.mark.parametrize("article, expected", [
    ("亚运会|位居第三的日本收获47枚金牌。", "日本"),
])
def test_subjects_of_round_14(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert claims[-1].subject == expected


@pytest.mark.parametrize("name, city", [("甬城", "宁波"), ("榕城", "福州"), ("江城", "江城"), ("宁波市", "宁波")])
def test_a_citys_nickname_is_the_city(name, city):
    from pipeline.claims.places import canonical

    assert canonical(name) == city  # 江城 names several cities: left as written


def test_a_work_that_is_all_of_a_figures_prefix_is_its_subject(recognizer):
    text, claims = analyse("票房|上半年,《山海行》9790万元、《江城往事》8482万元、《春雷》5389万元。", recognizer)
    assert [c.subject for c in claims] == ["山海行", "江城往事", "春雷"]


def test_a_surname_is_named_with_its_title():
    from pipeline.claims.deictics import Mention
    from pipeline.claims.subject_mentions import _addressed

    text = "旅客沈女士成为第10亿名旅客。"
    assert _addressed(text, Mention(2, 3, "沈", "PERSON")).name == "沈女士"
    assert _addressed(text, Mention(2, 5, "沈女士", "PERSON")).name == "沈女士"


@pytest.mark.parametrize("article, expected", [
    ("降水|今年以来,全市平均降水量327.6毫米,较常年同期偏多103.2毫米,偏多46%。",
     ["平均降水量", "平均降水量", "平均降水量"]),
    ("零售|限额以上批发零售业中,吃、穿、用商品类零售额同比分别增长16.9%、20.5%和18%。", ["吃", "穿", "用"]),
    ("存款|上半年,新增存款192.7亿元,同比多增85.7亿元。", ["新增存款", "新增存款"]),
    ("保费|1至2月全省保费收入420亿元,尽管同比下降8.8%,降幅仍在收窄。", ["保费收入", "保费收入"]),
    # a run of changes with no 分别: as many as the figures before them, in order
    ("电影|上半年,全市放映影片15.7万场、观影241万人次、总票房8.28亿元,同比增长12.6%、9.3%、15.9%。",
     ["放映影片", "观影", "总票房", "放映影片", "观影", "总票房"]),
    ("经济|全市生产总值1200亿元,增长5.2%、6.1%。", ["生产总值", "生产总值", "生产总值"]),  # two for one: no run
])
def test_metrics_of_round_14(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected


@pytest.mark.parametrize("article, expected", [  # guards: these directions held before the round
    ("降水|今年以来,全市平均降水量327.6毫米,较常年同期偏多103.2毫米,较去年同期偏少12毫米。",
     [None, "increase", "decrease"]),
    ("存款|上半年,新增存款192.7亿元,同比多增85.7亿元。", ["increase", "increase"]),
])
def test_changes_of_round_14(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert [c.change for c in claims] == expected


@pytest.mark.parametrize("article, expected", [
    ("票房|据统计,今年国庆档(10月1日至7日)全国电影票房为21.04亿元。", ["今年国庆档"]),
    ("医院|数据显示,春节7天长假期间,市儿童医院门诊量达到1.2万人次。", [None, "春节7天长假期间"]),  # 7天 measures the break
    ("旅游|端午小长假(6月6日至6月9日)期间,全省接待游客1200万人次。", ["端午小长假(6月6日至6月9日)期间"]),
    # a 其中 part's month is the part's; the paragraph after goes back to the half-year
    ("零售|上半年,全省社会消费品零售总额达2961亿元。其中,6月份增长12.9%。|城市消费品零售额1988亿元。",
     ["上半年", "6月份", "上半年"]),
    # a source clause counting what it surveyed frames the time after it, for the paragraph after too
    ("商场|对28家商场、8家购物中心统计显示,国庆长假以来,每天销售额都超过1亿元。|8家购物中心每天销售额最高达到1910万元。",
     [None, None, "国庆长假以来", "国庆长假以来", "国庆长假以来"]),
])
def test_claim_times_of_round_14(recognizer, article, expected):
    assert times_of(*analyse(article, recognizer)) == expected


@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("text, names", [
    ("今年,宣城至绩溪高铁开通运营。", [("宣城至绩溪高铁", "LOC")]),
    ("南宁至凭祥高铁崇左至凭祥段开工建设。", [("南宁至凭祥高铁崇左至凭祥段", "LOC")]),
    ("包头至银川高铁乌海黄河特大桥合龙。", [("包头至银川高铁乌海黄河特大桥", "LOC")]),
    ("从北京至上海的高铁票价为553元。", [("北京", "GPE"), ("上海", "GPE")]),  # no line's name
    ("郑州至北京航线开通。", [("郑州", "GPE"), ("北京", "GPE")]),  # a route of flights: no line kind
    ("上海市轨道交通15号线开通。", [("上海市轨道交通15号线", "LOC")]),
    ("重庆市轨道交通5号线一期南段开通。", [("重庆市轨道交通5号线一期南段", "LOC")]),
])
def test_a_line_named_by_its_ends_is_one_place(mode, text, names):
    from pipeline.entities.recognizer import EntityRecognizer

    found = [(e.text, e.label) for e in EntityRecognizer(mode=mode).find(text)]
    assert found == names


def test_a_line_named_by_its_ends_abbreviations_is_one_place():
    """LAC reads the abbreviations (渝厦, 沪杭甬) as a place; the kind after them makes the line."""
    from pipeline.entities.recognizer import EntityRecognizer

    found = [(e.text, e.label) for e in EntityRecognizer(mode="accurate").find("沪杭甬客运专线与渝厦高铁重庆东至黔江段接轨。")]
    assert found == [("沪杭甬客运专线", "LOC"), ("渝厦高铁重庆东至黔江段", "LOC")]
    found = [(e.text, e.label) for e in EntityRecognizer(mode="accurate").find("中老铁路开通以来,中美两国游客增加。")]
    assert found == [("中老铁路", "LOC"), ("中", "GPE"), ("美", "GPE")]  # two countries' abbreviations and a line


@pytest.mark.parametrize("line, credit", [
    ("(新华网 2006-11-01)", True), ("(来源:人民日报)", True), ("(中新网)", True),
    ("(记者 王明)", False), ("(完)", False), ("(上接第1版)", False), ("(图片来源:网络)", False),
])
def test_a_closing_credit_naming_only_the_outlet_is_no_headline(line, credit):
    """(新华网 2006-11-01) after a record's last paragraph closes it, as an editor's line does."""
    from pipeline.layout.bylines import source_credit_line

    assert source_credit_line(line) is credit


@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("text, bodies", [
    ("市统计局党组书记张明说,全市经济稳中有进。", ["市统计局"]),  # its Party group is no part of its name
    ("据国家卫生健康委官网消息,全国新增病例减少。", ["国家卫生健康委"]),
    ("定州市应急管理局联合市教育局开展演练。", ["定州市应急管理局", "市教育局"]),  # two bodies, one act
    ("省委省政府高度重视粮食生产。", ["省委", "省政府"]),
])
def test_a_bodys_name_ends_at_its_head(mode, text, bodies):
    from pipeline.entities.recognizer import EntityRecognizer

    assert [e.text for e in EntityRecognizer(mode=mode).find(text) if e.label == "ORG"] == bodies


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_persons_title_ends_a_bodys_name_and_to_ends_a_name(mode):
    from pipeline.entities.recognizer import EntityRecognizer

    found = [(e.text, e.label) for e in EntityRecognizer(mode=mode).find("县委书记李明到县农业农村局调研。")]
    assert ("李明", "PERSON") in found and ("县农业农村局", "ORG") in found
    found = [e.text for e in EntityRecognizer(mode=mode).find("重庆市长黄奇帆作政府工作报告。") if e.label == "ORG"]
    assert found == []


@pytest.mark.parametrize("text, figures", [
    ("截至3月23日,西南5省区市耕地受旱面积9654万亩。", ["5省区市", "9654万亩"]),
    ("全国15省份博物馆接待观众100万人次。", ["15省份", "100万人次"]),
    ("闽宁两省区坚持联席会议制度。", []),  # a pair of places named, no count
    ("沪深两市成交额8000亿元。", ["8000亿元"]),
    ("亚运会闭幕 中国151金收官", ["151金"]),  # a tally's medals before a verb of ending or ranking
    ("甲队以46金、37银和38铜占据金牌榜首位。", ["46金", "37银", "38铜"]),
    ("5金属价格上涨。", []),
])
def test_a_count_of_provinces_needs_no_mark_after_it(text, figures):
    from pipeline.figures.find import find_figures

    assert [f.text for f in find_figures(text)] == figures


def test_a_headline_as_wide_as_the_column_over_a_dated_lead_is_no_wrapped_line():
    page = "\n".join([
        "前10个月全省铁路完成固定资产投资635亿元",  # as wide as the column, no mark of running text
        _wrapped("11月13日,记者从省铁路建设公司获悉,1月份至10月份,全省铁路完成固定资产投资635亿元、"
                 "同比增长10.9%,投产铁路新线274公里。", 22),
        _wrapped("来自该公司的数据显示,目前全省铁路营业里程超过1.6万公里,其中高铁超过4600公里。", 22),
    ]) + "\n"
    assert _titles(page) == ["前10个月全省铁路完成固定资产投资635亿元"]
