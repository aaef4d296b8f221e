"""Table-driven cases for pipeline.claims.find.find_claims.

Sentences are written for zhnews (not copied from the corpus); each row
gives, figure by figure, the expected (metric, subject, time, change).
``analyse`` runs the same finders the pipeline runs (figures, entities,
dates, references), so these cases test the claims rules on real inputs.
"""

from __future__ import annotations

import datetime

import pytest

from pipeline.claims.find import find_claims
from pipeline.components import names_and_dates
from pipeline.entities.dates import find_dates
from pipeline.entities.recognizer import EntityRecognizer
from pipeline.figures.find import find_figures

PUB = datetime.date(2026, 3, 2)




def metrics_of(text: str, claims) -> list[str | None]:
    """Each claim's metric as text (None where it has none)."""
    return [text[slice(*c.metric)] if c.metric else None for c in claims]


def times_of(text: str, claims) -> list[str | None]:
    """Each claim's time as written, after checking that its span reads it back from the text."""
    for claim in claims:
        if claim.time_span is not None:
            assert text[slice(*claim.time_span)] == claim.time
    return [claim.time for claim in claims]


def analyse(article: str, recognizer: EntityRecognizer | None = None, pub_date=PUB):
    """(text, claims) of an article written as 'title|body|body…' (units joined by newlines)."""
    recognizer = recognizer or EntityRecognizer()
    parts = article.split("|")
    text = "\n".join(parts)
    units, pos = [], 0
    for n, part in enumerate(parts):
        units.append(("title" if n == 0 and len(parts) > 1 else "body", pos, pos + len(part)))
        pos += len(part) + 1
    names = recognizer.find(text)
    entities = names_and_dates(names, find_dates(text, pub_date))
    claims = find_claims(text, figures=find_figures(text), entities=entities,
                         references=recognizer.references(text, names), units=units)
    return text, claims


def figure_subjects(article: str, recognizer: EntityRecognizer | None = None) -> list[tuple[str, str | None]]:
    """(figure text, subject) of each claim of an article written as 'title|body|…'."""
    text, claims = analyse(article, recognizer)
    figures = find_figures(text)
    return [(figures[c.figure_index].text, c.subject) for c in claims]


def brief(text: str, claims) -> list[tuple]:
    return [(text[slice(*c.metric)] if c.metric else None, c.subject, c.time, c.change) for c in claims]


CASES = [
    # predicate: the noun phrase before the figure, verbs and qualifiers trimmed
    ("洛阳推进城市更新|今年，全市新建游园120个。",
     [("新建游园", "洛阳", "今年", "increase")]),  # 新建 X, like 新增 X, states growth
    ("洛阳推进城市更新|全市群众满意率达到96.5%。",
     [("群众满意率", "洛阳", None, None)]),
    ("开封文旅市场升温|开封接待游客突破800万人次。",
     [("接待游客", "开封", None, None)]),
    # attributive: the noun after the measure word (and 的)
    ("许昌发展养老服务|许昌今年建成46家社区食堂。",
     [("社区食堂", "许昌", "今年", None)]),
    ("许昌发展养老服务|许昌各家养老机构已有81岁的平均入住年龄。",
     [("平均入住年龄", "许昌", None, None)]),
    # time: 截至… and a DATE earlier in the sentence
    ("南阳培育市场主体|截至2025年底，全市市场主体总量达120万户，居全省第3位。",
     [("市场主体总量", "南阳", "2025年底", None), ("市场主体总量", "南阳", "2025年底", None)]),
    # 分别: listed places pair with figures in order
    ("中部城市经济观察|郑州和武汉的地区生产总值分别增长5.6%和4.8%。",
     [("地区生产总值", "郑州", None, "increase"), ("地区生产总值", "武汉", None, "increase")]),
    # 分别 with no list in its clause: the earlier claims of the sentence, in order
    ("安阳科技创新提速|目前，全市高新技术企业达860家，科技型中小企业达1500家，较上年分别增长18%和25%。",
     [("高新技术企业", "安阳", "目前", None), ("科技型中小企业", "安阳", "目前", None),
      ("高新技术企业", "安阳", "目前", "increase"), ("科技型中小企业", "安阳", "目前", "increase")]),
    # 分别 with listed metrics and a unit shared by the list
    ("焦作农业生产|焦作粮食播种面积和蔬菜播种面积分别扩大2.1、0.6个百分点。",
     [("粮食播种面积", "焦作", None, "increase"), ("蔬菜播种面积", "焦作", None, "increase")]),
    # 由X提升至Y: the start level has no change, the level reached is an increase
    ("信阳生态建设|信阳森林覆盖率由38.2%提升至42.6%。",
     [("森林覆盖率", "信阳", None, None), ("森林覆盖率", "信阳", None, "increase")]),
    # comparison with the country: no change for the gap
    ("周口消费市场|周口社会消费品零售总额同比增长6.2%，高于全国1.1个百分点。",
     [("社会消费品零售总额", "周口", None, "increase"), ("社会消费品零售总额", "周口", None, None)]),
    ("西安经济运行|2025年，西安实现地区生产总值1.35万亿元，同比增长5.6%。",
     [("地区生产总值", "西安", "2025年", None), ("地区生产总值", "西安", "2025年", "increase")]),
    # a comparison base (比去年同期) is not the time of the figure
    ("外贸形势|前三季度，郑州进出口总值6200亿元，比去年同期增长8.3%。",
     [("进出口总值", "郑州", "前三季度", None), ("进出口总值", "郑州", "前三季度", "increase")]),
    ("商丘就业形势|今年一季度，商丘城镇调查失业率降至4.9%。",
     [("城镇调查失业率", "商丘", "今年一季度", "decrease")]),
    # a person named before the figure, a place after a locative preposition
    ("返乡创业故事|创业者王晓明在洛阳开了5家民宿。",
     [("民宿", "王晓明", None, None)]),
    ("返乡创业故事|28岁的王晓明从北京回乡创业。",
     [("岁", "王晓明", None, None)]),
    # 该区: the last place named with the same level
    ("高新区优化营商环境|郑州高新区去年新增企业3200家。|今年该区新增市场主体1.2万户。",
     [("新增企业", "郑州高新区", "去年", "increase"), ("新增市场主体", "郑州高新区", "今年", "increase")]),
    # a source (记者从X获悉, X表示) is not the subject; 全省 points to the title's province
    ("湖南秋粮丰收|记者从省农业农村厅获悉，全省秋粮产量达到1200万吨。",
     [("秋粮产量", "湖南", None, None)]),
    ("邵阳旅游|邵阳市文旅局局长李华表示，邵阳全年接待游客4000万人次。",
     [("接待游客", "邵阳", "全年", None)]),
    # 全市 after a city's own body is named (even as the source) is that city
    ("楼市回暖|记者从常德市住房和城乡建设局获悉，4月份全市新房成交3200套。",
     [("新房成交", "常德", "4月份", None)]),
    # a comparison ends the metric; a gap between groups is no change
    ("株洲居民收入|株洲农村居民收入增速快于城镇居民1.3个百分点。",
     [("农村居民收入增速", "株洲", None, None)]),
    # 减税 is a noun: 新增 decides; 压缩至 / 延长至 state the level reached
    ("岳阳税收|岳阳新增减税降费38亿元。",
     [("新增减税降费", "岳阳", None, "increase")]),
    ("岳阳政务|岳阳审批时限由20天压缩至8天。",
     [("审批时限", "岳阳", None, None), ("审批时限", "岳阳", None, "decrease")]),
    # a 其中 part with no verb of its own takes its total's change
    ("益阳停车|益阳新增停车位3000个，其中充电车位800个。",
     [("新增停车位", "益阳", None, "increase"), ("充电车位", "益阳", None, "increase")]),
    # clause time words that are not DATE entities
    ("郴州博物馆|郴州博物馆改扩建完成。|此前，郴州博物馆已接待游客50万人次。",
     [("接待游客", "郴州博物馆", "此前", None)]),
    ("永州公交|届时，永州公交线路将达到300条。",
     [("公交线路", "永州", "届时", None)]),
    # A、B两大行业X分别…: A and B are subjects, X the metric
    ("湘潭工业|湘潭钢铁、化工两大行业利润分别增长6%和9%。",
     [("利润", "钢铁", None, "increase"), ("利润", "化工", None, "increase")]),
    # 新建/新设/新签约/增设 X: X grew by the figure
    ("娄底充电|今年娄底新建充电桩800个，增设公交站台40处。",
     [("新建充电桩", "娄底", "今年", "increase"), ("增设公交站台", "娄底", "今年", "increase")]),
    ("常德外资|一季度常德新设外资企业12家，新签约项目30个。",
     [("新设外资企业", "常德", "一季度", "increase"), ("新签约项目", "常德", "一季度", "increase")]),
    # 快/慢 after a base in time give the direction; after a group they only compare
    ("怀化春耕|截至4月20日，怀化春耕进度达六成，比去年同期快3个百分点。",
     [("春耕进度", "怀化", "4月20日", None), ("春耕进度", "怀化", "4月20日", "increase")]),
    ("怀化春耕|怀化春耕进度比去年同期慢2个百分点。", [("春耕进度", "怀化", None, "decrease")]),
    # the period stated beats the reporting date (昨日 发布 2025年 data)
    ("株洲体检|株洲市卫健委昨日发布2025年体检数据，全市共体检老人3.2万名。",
     [("体检老人", "株洲", "2025年", None)]),
    # a follow-on sentence of the paragraph (其中…) keeps its period, and so does a later
    # paragraph stating none (the lead's period: real articles' gold reads them so)
    ("衡阳蔬菜|上周衡阳蔬菜均价每公斤4.1元，环比下降2%。其中，辣椒均价为每公斤6.2元。|衡阳新建菜市场5个。",
     [("蔬菜均价", "衡阳", "上周", None), ("蔬菜均价", "衡阳", "上周", "decrease"),
      ("辣椒均价", "衡阳", "上周", None), ("新建菜市场", "衡阳", "上周", "increase")]),
    # a headline's space parts two phrases: the metric stays in the figure's own phrase;
    # its time is the body's (今年)
    ("甘南青稞丰收 亩产增至400公斤|甘南青稞今年喜获丰收。", [("亩产", "甘南", "今年", "increase")]),
    # an age before a described person (…选手X以…): the person is the subject, the unit the metric
    ("泳联赛事|21岁的湖北运动员王小明以52秒10夺冠。", [("岁", "王小明", None, None), ("运动员", "王小明", None, None)]),
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0].split("|")[1][:12] for c in CASES])
def test_claims(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert brief(text, claims) == expected


@pytest.mark.parametrize("article, source", [
    ("平顶山工业运行|据市统计局统计，全市规上工业增加值同比增长7.2%。", "据市统计局统计"),
    ("平顶山就业|记者从市人社局获悉，全市城镇新增就业2.4万人。", "记者从市人社局获悉"),
    ("平顶山就业|市人社局负责人表示，全市城镇新增就业2.4万人。", "市人社局负责人表示"),
    ("平顶山就业|全市城镇新增就业2.4万人。", None),
])
def test_source(recognizer, article, source):
    text, claims = analyse(article, recognizer)
    assert [text[slice(*c.source)] if c.source else None for c in claims] == [source]


def test_change_base_and_time_value(recognizer):
    text, claims = analyse("鹤壁外贸|今年一季度，鹤壁进出口总值同比增长12.5%。", recognizer)
    (claim,) = claims
    assert claim.change_base == "同比"
    assert claim.time == "今年一季度" and claim.time_value and claim.time_value.startswith("2026")


def test_no_time_word_means_no_time_value(recognizer):
    """The publication date is context, not the claim's time: a claim with no time has no value either."""
    text, claims = analyse("鹤壁外贸|鹤壁进出口总值增长12.5%。", recognizer)
    assert (claims[0].time, claims[0].time_span, claims[0].time_value) == (None, None, None)


def test_headline_figures_are_claims_and_optional_ones_are_not(recognizer):
    text, claims = analyse("全市新增城镇就业12万人|全市四级平台全部建成。", recognizer)
    assert [text[slice(*c.metric)] for c in claims] == ["新增城镇就业"]


def test_credits_and_bylines_are_skipped():
    text = "新建学校12所\n摄影 张三 3幅"
    units = [("title", 0, 6), ("credits", 7, len(text))]
    claims = find_claims(text, figures=find_figures(text), entities=[], references=[], units=units)
    assert [c.figure_index for c in claims] == [0]


def test_spans_are_offsets_into_unfolded_text(recognizer):
    text, claims = analyse("漯河物流|漯河快递业务量达到１２３４万件，同比增长１５％。", recognizer)
    assert [text[slice(*c.metric)] for c in claims] == ["快递业务量", "快递业务量"]
    assert all(c.sentence[0] <= c.metric[0] < c.sentence[1] for c in claims)


@pytest.mark.parametrize("article, metric", [
    # a noun linked to the figure (低至, 为) is the metric, not the words after the unit
    ("怀化金融|怀化多家银行推出年化利率低至3.1%的创业贷款。", "年化利率"),
    # 每500克 divides the price: the metric is the thing priced
    ("衡阳菜价|衡阳猪肉平均价格为每500克14.2元。", "猪肉平均价格"),
])
def test_last_metric(recognizer, article, metric):
    text, claims = analyse(article, recognizer)
    assert text[slice(*claims[-1].metric)].endswith(metric)


def test_dateline_is_neither_time_nor_subject(recognizer):
    text, claims = analyse("湖南外贸|新华社长沙3月5日电 今年前两个月，湖南外贸进出口总值980亿元。", recognizer)
    assert [(c.subject, c.time) for c in claims] == [("湖南", "今年前两个月")]


def test_time_span_is_set_whenever_time_is(recognizer):
    text, claims = analyse("永州公交|届时，永州公交线路将达到３００条。", recognizer)
    assert all((c.time is None) == (c.time_span is None) for c in claims)
    assert [text[slice(*c.time_span)] for c in claims] == ["届时"]
