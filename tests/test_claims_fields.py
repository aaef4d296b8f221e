"""Table-driven cases for the claim fields of issue #14, one table per class.

Every sentence is written for these tests (no page's text); each row gives,
figure by figure, what a journalist reads as the metric, the subject or the
time. ``analyse`` (tests/test_claims.py) runs the pipeline's own finders.
"""

from __future__ import annotations

import pytest

from pipeline.claims.bounds import violation
from pipeline.claims.subjects import canonical
from pipeline.claims.times import cohort, resolve
from test_claims import analyse




def _field(text, claims, name):
    if name == "metric":
        return [text[slice(*c.metric)] if c.metric else None for c in claims]
    return [getattr(c, name) for c in claims]


METRICS = [
    # never ending inside a bound word (不少于) or on one (多在…以上)
    ("老旧小区改造|今年全市将加装电梯不少于600部。", ["加装电梯"]),
    ("社区食堂|新建的社区食堂单个面积多在200平方米以上。", ["新建的社区食堂单个面积"]),
    ("招生计划|今年全市招收新生不超过3000人。", ["招收新生"]),
    # never a whole clause: a target (力争到…, 计划…) is not what is measured
    ("口袋公园|力争到2027年底建成口袋公园300个。", ["建成口袋公园"]),
    ("城市更新|今年计划改造老旧小区186个。", ["改造老旧小区"]),
    # a long prefix is a clause: its closing noun phrase, verbs between nouns kept
    ("林业碳汇|近年来当地累计完成林业碳汇项目开发面积12万亩。", ["林业碳汇项目开发面积"]),
    ("数字化改造|据统计，全市规上工业企业数字化改造覆盖率达到85%。", ["工业企业数字化改造覆盖率"]),
    ("进博会|本届展会企业商业展展览面积预计超过36万平方米。", ["企业商业展展览面积"]),
    # no uninformative metric: a rate noun (标准) or a modal (可) measures nothing
    ("就业补贴|按每人1500元标准给予一次性补贴。", ["一次性补贴"]),
    ("营商环境|企业可在3个工作日内完成注册。", ["完成注册"]),
    ("营商环境|符合条件的企业可在3天内领到退税。", ["领到退税"]),
    # a reference (全市) is the subject, not the metric: the thing counted after the figure is
    ("假日旅游|假日期间，全市31家A级景区开展民俗活动420余场。", ["A级景区", "开展民俗活动"]),
    # a time or a reference is never the metric (去年全市为…), a divisor (每500克) measures the price
    ("惠民体检|去年全市为42.6万名老年人提供免费健康体检。", ["老年人"]),
    ("菜价监测|全市蔬菜平均零售价格为每500克3.62元。", ["蔬菜平均零售价格", "蔬菜平均零售价格"]),
    # a from-to span is what is measured (从…到…), a starting level (由20天) is not
    ("开封金融|企业从申请到放款最快只需3天。", ["企业从申请到放款"]),
    ("岳阳政务|审批时限由20天压缩至8天。", ["审批时限", "审批时限"]),
    ("社区食堂|一荤两素只要12元。", ["一荤两素"]),
    # how a change was computed (按可比口径) is not what changed
    ("假日出游|全国国内出游8.9亿人次，按可比口径同比增长6.3%。", ["国内出游", "国内出游"]),
    # a compound comparison word (相较) ends the metric before it; 这一数字 restates the figure before
    ("高考报名|今年报考人数为95万人，这一数字比去年多出2万人。", ["报考人数", "报考人数"]),
    # 分别占X的 A%和B%: each share is of its own earlier figure; the 占 phrase where it names
    # that figure's noun (项目), else the earlier figure's metric (the investment's share)
    ("招商|工业项目12个,投资总额56亿元,分别占全部项目的40%和62%。", ["工业项目", "投资总额", "占全部项目", "投资总额"]),
    # a sentence that only says how much the stock of the sentence before grew measures that stock
    ("柳州信贷|三季度末，柳州涉农贷款余额820亿元，同比增长9%；前三季度增加64亿元。",
     ["涉农贷款余额", "涉农贷款余额", "涉农贷款余额"]),
    # what a measure word counts is a noun whatever its tag (名选手); a verb with 了 is the predicate
    ("柳州技能赛|来自14个县区的320名选手参加了决赛。", ["县区", "选手"]),
    ("柳州马拉松|来自30多个国家的2万名选手参加了角逐。", ["国家", "选手"]),
    # an adverb closing the prefix (首次, 一般) qualifies the predicate, not what is measured
    ("柳州汽车|今年，柳州新能源汽车渗透率首次超过50%。", ["新能源汽车渗透率"]),
    ("柳州基金|柳州引导资金出资比例一般不超过20%。", ["引导资金出资比例"]),
    # a rank whose prefix is a whole clause is ranked by its cue (排名)
    ("县域经济|该县在全省县域经济高质量发展综合考核中排名第三。", ["排名"]),
    # the phrase after a count stops before a place named inside it (选手云集|柳州体育中心)
    ("柳州马拉松|3万余名选手云集柳州体育中心。", ["选手云集"]),
    # a trim word cut from the end of a noun of the sentence (违法行|为) goes back with it
    ("交通整治|节日期间柳州共查处交通违法行为520起。", ["查处交通违法行为"]),
    # the actor before the verb leaves the metric (个体工商户|享受优惠金额占比)
    ("南宁税收|其中，个体工商户享受优惠金额占比近六成。", ["享受优惠金额占比"]),
]

SUBJECTS = [
    # national figures: 全国/我国 opening the phrase is the country
    ("统计公报|前三季度，全国规上工业增加值同比增长5.8%。", ["中国"]),
    ("消费观察|上半年，我国社会消费品零售总额增长4.5%。", ["中国"]),
    ("收入数据|国家统计局数据显示，全国居民人均可支配收入31200元，同比增长5.1%。", ["中国", "中国"]),
    # 全国 + a system of bodies (法院, 铁路) is the country's system as a whole
    ("铁路客运|5月1日，全国铁路发送旅客1800万人次。", ["中国铁路"]),
    # 全国 as a comparison base, an average or a rank is not the subject
    ("郑州经济|郑州地区生产总值增长5.6%，高于全国平均水平0.6个百分点，居全国第五。", ["郑州", "郑州", "郑州"]),
    ("郑州粮食|郑州粮食产量占全国的6%。", ["郑州"]),
    # one name per city and province (洛阳市 and 洛阳 are one subject)
    ("洛阳文旅|洛阳市文旅局发布数据，全市接待游客300万人次，洛阳旅游收入18亿元。", ["洛阳", "洛阳"]),
    ("四川就业|四川省今年新增城镇就业82万人。", ["四川"]),
    # 全省 resolves through a body named by the province's short name (甘肃金融监管局)
    ("农业保险|甘肃金融监管局日前通报。今年以来，全省农业保险支付赔款14.7亿元。", ["甘肃"]),
    # a body named by its level alone (省教育厅, 团市委) speaks for the place of that level
    ("江西教育|江西省教育厅日前发布通知。省教育厅今年计划招聘特岗教师2000名。", ["江西"]),
    ("合肥托管|合肥市教育局发布消息。团市委今年开设爱心托管班120个。", ["合肥"]),
    # 该公司 / 该企业: the company named before
    ("企业半年报|河北华峰电缆有限公司日前发布半年报。该公司上半年实现营业收入8.6亿元。", ["河北华峰电缆有限公司"]),
    ("企业半年报|河北华峰电缆有限公司日前发布半年报。上半年，该企业利润增长12%。", ["河北华峰电缆有限公司"]),
    # 该项目 with no entity to point to: the last phrase written before with that head
    ("柳州储能|昨天动工的江北储能项目，是本省规模最大的储能工程。该项目全部投产后，每年可发电30亿千瓦时。",
     ["江北储能项目"]),
    # the place a sentence opens with is whom its later clauses speak of; a speaker is not
    ("滨江强村|滨江区试点新模式，由区属国企与15家村公司共同出资，盘活闲置厂房8万平方米。", ["滨江区", "滨江区"]),
    ("南宁地铁|“项目建成后将方便出行。”南宁轨道交通集团有限公司相关负责人表示，届时全市地铁运营里程将突破200公里，"
     "线网日均客运量将达150万人次。", ["南宁", "南宁"]),
    ("洛阳城建|洛阳市住房和城乡建设局表示，全年将加装电梯不少于300部。", ["洛阳"]),
    # a fragment of a predicate tagged as a place (再建社区) is no subject, nor cut from the metric
    ("社区食堂|今年将再建社区食堂60家。", [None]),
    # a program of an earlier clause is what is done, not who does it
    ("郑州开放|郑州推进“一带一路”建设，全市中欧班列开行1200列。", ["郑州"]),
    ("郑州开放|郑州在“一带一路”框架下，开行中欧班列1200列。", ["郑州"]),
    # the noun phrase before the clause's verb, when it names who holds the figure (企业, 基金, 载体…)
    ("南宁税收|一季度，制造业企业享受研发费用加计扣除减免税额增长18%。", ["制造业企业"]),
    ("创业扶持|柳州市政府投资的创业载体拿出20%免费工位。", ["柳州市政府投资的创业载体"]),
    ("母基金|省级母基金对单个子基金的出资比例不超过25%。", ["省级母基金"]),
    # a place opening a group whose attribute the figure measures: the place's group (README
    # "Claim subjects": the group, not only the place; topic_phrases.py)
    ("南宁税收|南宁制造业企业享受研发费用加计扣除减免税额增长18%。", ["南宁制造业企业"]),
    # a kind of thing before the verb (风电新增装机) or a reference (全市) stays with the place
    ("柳州能源|柳州今年风电新增装机30万千瓦。", ["柳州"]),
    ("柳州金融|柳州日前发布数据。全市银行业金融机构实现营业收入210亿元。", ["柳州银行业金融机构"]),
    # a clause that only sets the scene (而在柳州，…) names the subject; 在X举行 names where
    ("柳州中考|南宁的考场外挤满了送考的家长。而在柳州，今年有4.6万人报名参加中考。", ["柳州"]),
    # 这一数字 restates the figure before it: the same subject
    ("考研报名|今年全国报名参加研究生考试的考生共388万人，这一数字比上一年少了十万。", ["中国", "中国"]),
    # in an article naming no place, a clause counting holders (工业项目12个) is whom the next figures are about
    ("招商|一季度,新签约项目30个。其中,工业项目12个,投资总额56亿元,分别占全部项目的40%和62%。",
     [None, None, "工业项目", "工业项目", "工业项目"]),
    # where the article names its place, the place stays the subject
    ("柳州招商|一季度,柳州新签约项目30个。其中,工业项目12个,投资总额56亿元。", ["柳州", "柳州", "柳州"]),
    # the reporter in a dateline's parentheses (…电（王芳）) is no subject
    ("就业|新华社南宁3月5日电（李华）全国今年新增城镇就业1200万人。", ["中国"]),
    # a body whose official speaks (X局副局长、新闻发言人张三介绍) is the source, not the subject
    ("统计|柳州市统计局副局长、新闻发言人韦明介绍，全市规上工业增加值增长6%。", ["柳州"]),
    # a part's sentence (其中柳州市…) is about the part, for each of its figures
    ("广西疫情|广西累计报告病例900例。其中柳州市病例较多，累计报告病例320例，多日来每天新增病例超过10例。",
     ["广西", "柳州", "柳州"]),
    # clauses after a ； go on with the body the sentence before it named; after a 。 they do not
    ("柳州法院|柳州市中级人民法院新收案件1.2万件，同比上升8%；审结9800件，结案率为82%。",
     ["柳州市中级人民法院", "柳州市中级人民法院", "柳州市中级人民法院", "柳州市中级人民法院"]),
    ("柳州法院|柳州市中级人民法院新收案件1.2万件；审结9800件；结案率为82%。",
     ["柳州市中级人民法院", "柳州市中级人民法院", "柳州市中级人民法院"]),
    ("柳州案件|柳州今年新收案件5万件。柳州市中级人民法院新收案件1.2万件。审结9800件。",
     ["柳州", "柳州市中级人民法院", "柳州"]),
    # a contest the headline and lead speak of is the subject of its counts, not the host city
    ("南宁电工技能大赛举行|9月20日，2025年南宁市青年电工技能大赛在南宁举行。来自12个城区的86名选手参加比赛。",
     ["2025年南宁市青年电工技能大赛", "2025年南宁市青年电工技能大赛"]),
    ("柳州马拉松开跑|柳州马拉松赛昨日在柳州会展中心鸣枪起跑，来自20个国家的1.5万名选手参赛。",
     ["柳州马拉松赛", "柳州马拉松赛"]),
    ("柳州龙舟赛开赛|本报讯 6月1日，2025年柳州龙舟邀请赛在柳江鸣锣开赛。来自32个单位的48支队伍参赛。",
     ["2025年柳州龙舟邀请赛", "2025年柳州龙舟邀请赛"]),
    # a head inside another noun (比赛日) or a time phrase (运动会开幕后首个比赛) names no event
    ("柳州举重夺金|在第二届市运会的首个比赛日，柳州队拿下3枚金牌。", ["柳州队"]),
    # an event held in an earlier clause of the sentence is what its later figures are about, not its organizers
    ("柳州技能竞赛|柳州市总工会、市人社局联合举办了焊工职业技能竞赛，来自18家企业的60名选手参赛。",
     ["焊工职业技能竞赛", "焊工职业技能竞赛"]),
    # an event still to come (计划举办) leaves the figures with the host
    ("柳州旅游|今年暑期，柳州计划举办第三届螺蛳粉文化节，预计接待游客超过30万人次。", ["柳州"]),
    # a festival named in passing in a story whose headline is the city's stays the city's
    ("柳州春节接待游客300万人次|春节期间，第五届柳州螺蛳粉文化节在柳州开幕。柳州接待游客300万人次。", ["柳州", "柳州"]),
    # a national story's title body the text never names again (普惠 of 普惠小微贷款) is no topic
    ("前三季度普惠养老贷款增加1.2万亿元|数据显示，我国普惠养老贷款余额增长21%。|三季度末，贷款余额30万亿元。",
     ["中国", "中国", "中国"]),
]

TIMES = [
    # holiday periods: the DATE and its period word
    ("桂林旅游|春节假期，桂林接待游客210万人次。", ["春节假期"]),
    ("桂林旅游|“五一”假期期间，桂林共接待游客150万人次。", ["“五一”假期期间"]),
    ("假日出游|国庆中秋假期，全国国内出游7.6亿人次。", ["国庆中秋假期"]),
    ("景区客流|“十一”黄金周期间，景区接待游客30万人次。", ["“十一”黄金周期间"]),  # the phrase around the DATE 十一
    ("电影市场|今年春节档，全国电影票房达80亿元。", ["今年春节档"]),
    # event periods: X期间, X会期间, with an ordinal in the name
    ("东盟博览会|第十届东盟博览会期间，南宁签约项目96个。", ["第十届东盟博览会期间"]),
    ("马拉松|在马拉松赛期间，柳州酒店入住率达92%。", ["马拉松赛期间"]),
    ("东盟博览会|会期间，南宁累计接待客商4.2万人次。", ["会期间"]),
    # months written X月份, and ranges of them
    ("柳州工业|8月份，柳州汽车产量6.2万辆。", ["8月份"]),
    ("南宁投资|1—7月份，南宁固定资产投资增长4.1%。", ["1—7月份"]),
    # 全年 of the article's year
    ("南宁就业|全年，南宁计划新增城镇就业8万人。", ["全年"]),
    # cohorts: the class is the time, its year no figure
    ("广西就业|广西2026届高校毕业生达31万人。", ["2026届"]),
    ("南宁就业|二〇二五届毕业生中，南宁留桂就业1.2万人。", ["二〇二五届"]),
    # relative parts of a period
    ("柳州经济|上半年，柳州地区生产总值1600亿元。", ["上半年"]),
    ("南宁外贸|前三季度，南宁进出口总值980亿元。", ["前三季度"]),
    ("南宁金融|一季度末，南宁贷款余额突破2.3万亿元。", ["一季度末"]),
    ("南宁企业|前两个月，南宁新设企业1.1万户。", ["前两个月"]),
    ("南宁金融|二季度以来，南宁新增贷款600亿元。", ["二季度以来"]),
    ("南宁旅游|2025年全年，南宁接待游客1.5亿人次。", ["2025年全年"]),
    # a dateline's date says when the story was filed, not what the figure covers
    ("成都会展|本报成都7月19日讯 成都共签约项目136个。", [None]),
    # later paragraphs that state no period of their own report in the lead's (其中… or not)
    ("南宁外贸|前三季度，南宁进出口总值980亿元。|其中，出口560亿元。|南宁新建码头2个。",
     ["前三季度", "前三季度", "前三季度"]),
    ("柳州法院|今年上半年，柳州法院受理案件3.1万件。|据介绍，柳州法院审结民事案件1.2万件。",
     ["今年上半年", "今年上半年"]),
    # a paragraph with a period of its own keeps it
    ("南宁外贸|前三季度，南宁进出口总值980亿元。|9月份，南宁出口增长4%。", ["前三季度", "9月份"]),
    # a time written right before its figure is that figure's own, after a comparison word too
    ("柳州招生|今年柳州报名考生5.1万人，比起2015年的6.3万人少了不少。", ["今年", "2015年"]),
    ("柳州物价|上月柳州猪肉均价每公斤24元，上年同期为21元。", ["上月", "上年同期"]),
    # a day range after a month is part of the period (3月 + 1-24日)
    ("柳州疫情|3月1-24日，柳州累计报告病例320例。", ["3月1-24日"]),
    # 同期 inside a share points back to the period stated (三季度末)
    ("柳州信贷|三季度末，柳州绿色贷款余额820亿元，占同期各项贷款的12.3%。", ["三季度末", "三季度末"]),
    # a reporting date with its hour (今日上午9时) yields to the period the figures cover
    ("中考|今日上午8时，2025年中考开考，柳州4.6万名考生走进考场。", ["2025年"]),
    # a target's year with its figure (超额完成全年1万个的目标任务) is not the figure's period
    ("南宁充电桩|2024年南宁新建充电桩1.2万个，超额完成全年1万个的目标任务。", ["2024年", "2024年"]),
    # a date of reporting (5月8日，记者从…获悉) is not the period the figures cover
    ("柳州工业|5月8日，记者从市统计局获悉，一季度柳州工业增加值增长6%，工业用电量增长4%。", ["一季度", "一季度"]),
    # a time that qualifies a target (全年目标任务) is not the period of the progress toward it
    ("襄阳就业|1—8月份，全市城镇新增就业4.6万人，完成全年目标任务的92%。", ["1—8月份", "1—8月份"]),
    ("江西教育|今年计划招聘特岗教师2000名。", ["今年"]),
    # no time word, no time
    ("南宁企业|南宁参展企业120家。", [None]),
]


@pytest.mark.parametrize("article, expected", METRICS, ids=[c[0].split("|")[1][:10] for c in METRICS])
def test_metric(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert _field(text, claims, "metric") == expected
    for c in claims:
        assert c.metric is None or violation(text, *c.metric) is None


@pytest.mark.parametrize("article, expected", SUBJECTS, ids=[c[0].split("|")[1][:10] for c in SUBJECTS])
def test_subject(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert _field(text, claims, "subject") == expected


@pytest.mark.parametrize("article, expected", TIMES, ids=[c[0].split("|")[1][:10] for c in TIMES])
def test_time(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert _field(text, claims, "time") == expected
    for c in claims:
        assert (c.time is None) == (c.time_span is None)
        assert c.time_span is None or text[slice(*c.time_span)] == c.time
        assert c.time is not None or c.time_value is None  # no value without time words


@pytest.mark.parametrize("words, value, published, expected", [
    ("全年", None, "2026-03-02", "2026"),  # the article's year
    ("全年", None, None, None),  # no publication date: no guess
    ("2026届", None, "2026-03-02", "2026"),
    ("二〇二五届", None, None, "2025"),
    ("会期间", None, "2026-03-02", None),  # an event period has no calendar value
    ("一季度末", "2026-03", "2026-03-02", "2026-03"),  # a DATE's own value wins
    ("二季度以来", "2026-04-01/", "2026-05-20", "2026-04-01/2026-05-20"),  # since: to the publication date
    ("二季度以来", "2026-04-01/", None, None),
])
def test_time_values(words, value, published, expected):
    assert resolve(words, value, published) == expected


@pytest.mark.parametrize("figure, expected", [("2026届", True), ("二〇二六届", True), ("第114届", False),
                                              ("36届", False), ("300人", False)])
def test_cohort_years_are_no_claims(figure, expected):
    assert cohort(figure) is expected


@pytest.mark.parametrize("name, expected", [("洛阳市", "洛阳"), ("洛阳", "洛阳"), ("四川省", "四川"),
                                            ("郑州经开区", "郑州经开区"), ("河北华峰电缆有限公司", "河北华峰电缆有限公司"),
                                            (None, None)])
def test_one_name_per_place(name, expected):
    assert canonical(name) == expected


@pytest.mark.parametrize("text, end, word", [
    ("将加装电梯不少于600部", 6, "不少于"),  # ends inside 不少于
    ("单个面积多在200平方米", 5, "多"),  # ends on 多
    ("将加装电梯不少于600部", 5, None),
    ("行政村占比提高到90%", 5, None),  # 占比 is a noun, its 比 no comparison
    ("营业收入达到1万元", 4, None),  # the metric ends where 达到 starts
    ("营业收入达到1万元", 5, "达到"),  # ends inside 达到
])
def test_bound_word_violation(text, end, word):
    assert violation(text, 0, end) == word


def test_record_times_resolve_against_the_publication_date(process):
    """Through the whole pipeline: 全年 is the article's year, an event period has no value,
    a figure with no time word has no time (the publication date is ``published``)."""
    page = ("南宁就业形势\n\n本报讯 全年，南宁计划新增城镇就业8万人。会展期间，南宁签约项目96个。\n\n"
            "南宁企业\n\n本报讯 南宁参展企业120家。\n")
    claims = [c for article in process(page, date="2026-03-02") for c in article.claims]
    times = [(c.figure.text, c.time and c.time.text, c.time and c.time.normalized, c.published) for c in claims]
    assert times == [("8万人", "全年", "2026", "2026-03-02"), ("96个", "会展期间", None, "2026-03-02"),
                     ("120家", None, None, "2026-03-02")]


def test_page_place_counts_one_name_per_city_and_no_dateline(process):
    """A page whose items say 全市 takes its city, 襄阳 and 襄阳市 counted as one; a wire
    dateline's filing place (新华社北京…电) is where a story was sent from, not its place."""
    page = ("襄阳新增就业4.6万人\n\n本报讯 襄阳市人社局发布数据。\n\n"
            "外贸稳中有进\n\n新华社北京3月1日电 湖北外贸保持增长。\n\n"
            "口袋公园建设提速\n\n本报讯 截至8月底，全市建成口袋公园58个。\n")
    subjects = [c.subject.normalized for a in process(page, date="2026-09-03") for c in a.claims
                if c.figure.text == "58个"]
    assert subjects == ["襄阳"]


def test_an_article_of_national_figures_is_about_the_country(process):
    page = "假日出游\n\n新华社北京10月8日电 国庆假期，全国国内出游8.9亿人次，按可比口径同比增长6.3%。\n"
    subjects = [c.subject.normalized for a in process(page, date="2026-10-09") for c in a.claims]
    assert subjects == ["中国", "中国"]


@pytest.mark.parametrize("place, sentence, expected", [
    ("定西", "今年以来，全省农业保险支付赔款14.7亿元。", "甘肃"),  # 全省 on a city's page: its province
    ("定西", "我省今年新增险种8个。", "甘肃"),
    ("绍兴", "入选数量居全省第一。", "绍兴"),  # 全省 as a scope: the page's place
    ("绍兴", "全市新增项目12个。", "绍兴"),
    (None, "全省新增项目12个。", None),
])
def test_page_place_at_the_sentence_level(place, sentence, expected):
    from pipeline.claims.subjects import page_level

    assert page_level(place, sentence) == expected


@pytest.mark.parametrize(("text", "start", "fig_start", "skip"), [
    ("今年两个小时内完成120件", 0, 4, [(0, 8)]),  # a skipped time runs over the figure
    ("完成120件", 5, 2, []),  # the clause would open after its figure
])
def test_clause_actor_without_room_before_the_figure(text, start, fig_start, skip):
    from pipeline.claims.actors import clause_actor

    assert clause_actor(text, start, fig_start, skip) is None
