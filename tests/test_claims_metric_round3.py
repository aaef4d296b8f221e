"""Issue #14, round 3: metric and time classes found on real articles, pinned on sentences of our own.

Each row is a sentence written for this file (no page's text) and, figure by
figure, the field a journalist reads. The classes: a count's noun when the next
figure of the clause measures the words after it; 及以上 classes; a noun and
its figure modifying a noun (总投资…的项目); an age before a person; a duration
noun (时间); a range's low end; a figure glossed in parentheses; the N-th time of an
event; the present superseding an earlier period; 从X开始 as a period's start.
Figures: occurrence ranks (第N次), levels on a physical scale (级), lengths in
公分 and m, vague counts of people with no measure word.
"""

from __future__ import annotations

import pytest

from pipeline.figures.find import find_figures
from test_claims import analyse, metrics_of




METRICS = [
    # a count keeps its noun run when the rest is what the next figure of the clause measures
    ("门诊|全市62家医院平均门诊量同比增长12%。", ["医院", "平均门诊量"]),
    ("治理|全省87个县级及以上医院平均住院日为8.2天。", ["县级及以上医院", "平均住院日"]),
    ("法院|今年58家法院审结案件数同比上升9%。", ["法院", "审结案件数"]),
    # a verb opening the next figure's phrase leaves the count's noun whole
    ("乡村|全县建设10个示范村投资5亿元。", ["示范村", "投资"]),
    # a noun and its figure before 的 modify the noun after it: the noun before is measured
    ("物流|总投资3.6亿元的物流园项目、总投资2亿元的冷链中心项目同时开工。", ["总投资", "总投资"]),
    ("港口|年吞吐量80万吨的新码头投入使用。", ["年吞吐量"]),
    # a count followed by a figure and 的 counts the noun after that 的
    ("水利|村里挖了2个直径约3米的蓄水池。", ["蓄水池", "直径"]),
    # an age before its bearer is an age; before 年龄 the phrase names it
    ("敬老|八十多岁的老人每天都来。", ["岁"]),
    ("养老|入住老人已有79岁的平均入住年龄。", ["平均入住年龄"]),
    # a duration with only 时间 to name it, and a manner word that measures nothing
    ("采访|短短三天的时间，走访多地。", ["时间"]),
    ("采访|行程也只有短短三天。", ["行程"]),
    # a range's low end counts what the high end counts; a gloss in parentheses restates
    ("天气|明天沿海有8~9级大风。", ["大风", "大风"]),
    ("台风|中心最大风力达14级(45米/秒)。", ["中心最大风力", "中心最大风力"]),
    # the N-th time of an event: the act after it, verb and all
    ("比赛|这是该队连续第六次夺得冠军。", ["夺得冠军"]),
    # a share before 的 is of the noun after it; a duration before 的 is the event's; a verb
    # link keeps the noun before (the predicate's subject), a lone preposition does not
    ("限行|限行期间，全城30%的货车将停驶。", ["货车"]),
    ("会议|为期两天的研讨会在杭州闭幕。", ["研讨会"]),
    ("物价|居民消费价格涨幅保持在2%左右的温和水平。", ["居民消费价格涨幅"]),
    ("拍卖|这幅画以900万元的价格被一家画廊买下。", ["价格"]),
    # a range before 的 modifies the noun after it
    ("招生|夏令营主要招收8至14周岁的中学生。", ["中学生", "中学生"]),
    # a share right after 的 is of the whole phrase before it, its own figure and all
    ("投资|前三季度，全省完成投资820亿元，完成年度1000亿元投资计划的82%。",
     ["投资", "投资计划", "年度1000亿元投资计划"]),
    # a duration before 才/就 measures the act after it (就业 is a word of its own: no act)
    ("交通|但这次却花了12分钟才通过。", ["才通过"]),
    # a short gloss of the unit (套(间)) does not end the figure's clause
    ("保障房|今年超额完成全年3万套(间)的目标任务。", ["目标任务"]),
    # an age measures age; an age bounding a group (20至39岁人群…) is no claim of age
    ("人物|村里的李大爷今年83岁。", ["岁"]),
    ("体质|60岁以上老年人达标率为81.2%。", ["老年人达标率", "老年人达标率"]),
    # a duration right after V了: the verb is what lasts (its 了 dropped like any particle)
    ("人物|老张在这条街上已经修了30年自行车。", ["修"]),
    # a bare rate noun keeps its group, and 占…的 before 比重
    ("消费|网购用户中25岁以下消费者占比约四成。", ["消费者", "消费者占比"]),
    ("外贸|一季度出口增长12%,占全市外贸总额的比重达到64%。", ["出口", "占全市外贸总额的比重"]),
    # a bracketed gloss inside a noun phrase is part of it
    ("空气|去年全市可吸入颗粒物(PM10)年均浓度为45微克/立方米。", ["可吸入颗粒物(PM10)年均浓度"]),
    # A和B + the noun they share, before 分别; 分别完成计划的 shares of a plan
    # (the items are what is priced: the real-article gold writes 飞机票、宾馆住宿…价格分别… as metrics 飞机票…)
    ("菜价|本周土豆和洋葱价格分别为2.1元/公斤和2.6元/公斤。", ["土豆", "洋葱"]),
    ("春耕|小麦播种800万亩,油菜播种200万亩,分别完成计划的70%和66%。",
     ["小麦播种", "油菜播种", "完成计划", "完成计划"]),
    # a count of holders (企业) before the nouns the next figure measures
    ("企业|另有15家企业利润总额降幅超过20%。", ["企业", "利润总额降幅"]),
    # a light verb keeps itself and its object, the doer before it goes (实现, 设有, 涉及…)
    ("财报|该公司2025年实现营业收入52亿元。", ["实现营业收入"]),
    ("医院|新院区住院楼设有床位600张。", ["设有床位"]),
    # …but a noun that only holds one (拥有量) is no light verb
    ("专利|全市每万人发明专利拥有量达到41件。", ["每万人发明专利拥有量"]),
    # a population counted whole (人口, 人民): the noun, not a measure word
    ("城市|这座城市拥有300万人口。", ["人口"]),
]


@pytest.mark.parametrize("article, expected", METRICS, ids=[m[0].split("|")[1][:14] for m in METRICS])
def test_metrics(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected


TIMES = [
    # the present supersedes an earlier period of the sentence
    ("站点|自2019年以来，全市累计建成站点120个，目前已投用95个，服务居民3万人。",
     ["2019年以来", "目前", "目前"]),
    # 从X开始: the start of the period the figure covers, not a comparison base
    ("消费|从上周开始，全市累计发放消费券2000万元。", ["上周"]),
    # a time of day or a festival after a date refines or restates the day: the date stays
    ("长跑|5月3日，环湖长跑上午7点30分开跑，近8000名选手参赛。", ["5月3日"]),
    ("植树|4月2日上午，在植树节前夕，600余名干部群众参加义务植树。", ["4月2日上午"]),
    # a year stated with a period word is one time (2026年全年), not its last word
    ("旅游|2026年全年，全市接待游客9000万人次。", ["2026年全年"]),
    # a year opening a quoted name is the name's (2026年“春风行动”), not the period
    ("招聘|昨日，人社局举办2026年“春风行动”招聘会，210家企业提供岗位6000余个。", ["昨日", "昨日"]),
    # a bare 假期 opening a clause is the holiday the story is about
    ("文旅|这台晚会，假期连演12场。", ["假期"]),
    # a bare year after a period inside a year restates it; after another year it is its own
    ("公园|截至7月底，全区今年已建成游园36个，新增绿地9.5公顷。", ["7月底", "7月底"]),
    ("春运|去年只有3天客流超过10万人，今年有8天。", ["去年", "去年", "今年"]),
    # two times joined by 至/到 are one period, as written
    ("天气|本周五至下周二，全市最高气温将达38℃。", ["本周五至下周二"]),
    # a comparison base stays no time of the figure
    ("消费|今年一季度社零总额比去年同期增长8%。", ["今年一季度"]),
]


@pytest.mark.parametrize("article, expected", TIMES, ids=[t[0].split("|")[1][:14] for t in TIMES])
def test_times(recognizer, article, expected):
    _, claims = analyse(article, recognizer)
    assert [c.time for c in claims] == expected


FIGURES = [
    # (text, [(figure text, unit, optional)])
    ("这是该队连续第六次夺得冠军。", [("第六次", "次", False)]),
    ("这是他第一次来到这里。", [("第一次", "次", True)]),  # for the first time: a manner word
    ("第三批试点名单公布。", [("第三批", "批", True)]),  # an edition's name stays optional
    ("协会召开第五次会员代表大会。", [("第五次", "次", True)]),  # a session's name, like 第N届
    ("阵风达9级。", [("9级", "级", False)]),
    ("预计有7级大风。", [("7级", "级", False)]),
    ("当地发生5.2级地震。", [("5.2级", "级", False)]),
    ("建成三级医院两家。", [("三级", "级", True), ("两家", "家", False)]),  # a level as a label
    ("伤口长约3公分。", [("3公分", "公分", False)]),
    ("河道水位超警戒0.35m。", [("0.35m", "m", False)]),
    ("村里800多村民参加了义务劳动。", [("800", "", False)]),
    ("全省常住人口达到4000万人口。", [("4000万", "", False)]),
    ("现场有300余名志愿者。", [("300", "名", False)]),
]


@pytest.mark.parametrize("text, expected", FIGURES, ids=[f[0][:10] for f in FIGURES])
def test_figures(text, expected):
    assert [(f.text, f.unit, f.optional) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text", ["村里800多间房屋", "共有200多个项目", "3000余元"])
def test_vague_counts_without_people_keep_their_reading(text):
    """A vague count with a measure word keeps it; without one and without people, no new figure."""
    found = [(f.text, f.unit) for f in find_figures(text)]
    assert all(unit for _, unit in found)
