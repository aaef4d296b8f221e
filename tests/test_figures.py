"""Table-driven cases for pipeline.figures.find.find_figures.

Sentences are written for zhnews (not copied from the corpus or any spec);
each table covers one bullet of issue 3. Expected tuples are
(text, value, unit, kind, qualifier).
"""

from decimal import Decimal

import pytest

from pipeline.figures.find import find_figures


def _brief(text):
    return [(f.text, str(f.value), f.unit, f.kind, f.qualifier) for f in find_figures(text)]


# Numerals: Arabic, separators, full width, Chinese, mixed, multipliers.
NUMERALS = [
    ("全年接待游客1,234人", [("1,234人", "1234", "人", "count", "eq")]),
    ("全年接待游客1，234人", [("1，234人", "1234", "人", "count", "eq")]),
    ("新建学校１２所", [("１２所", "12", "所", "count", "eq")]),
    ("受理案件1.1万件", [("1.1万件", "11000", "件", "count", "eq")]),
    ("投资1008亿元", [("1008亿元", "100800000000", "元", "money", "eq")]),
    ("总额4.78万亿元", [("4.78万亿元", "4780000000000", "元", "money", "eq")]),
    ("全省共有一百二十三个乡镇", [("一百二十三个", "123", "个", "count", "eq")]),
    ("建成两千零五套住房", [("两千零五套", "2005", "套", "count", "eq")]),
    ("面积十五点八平方公里", [("十五点八平方公里", "15.8", "平方公里", "measure", "eq")]),
    ("新增三万四千户", [("三万四千户", "34000", "户", "count", "eq")]),
    ("种植零点五亩", [("零点五亩", "0.5", "亩", "measure", "eq")]),
    ("收到3万4000份问卷", [("3万4000份", "34000", "份", "count", "eq")]),
    ("规模二十万亿元", [("二十万亿元", "20000000000000", "元", "money", "eq")]),
    ("营收1,100.9亿元", [("1,100.9亿元", "110090000000", "元", "money", "eq")]),
    ("存款10.92万元", [("10.92万元", "109200", "元", "money", "eq")]),
    ("人口达224万户", [("224万户", "2240000", "户", "count", "eq")]),
    ("修路35公里", [("35公里", "35", "公里", "measure", "eq")]),
    ("产量120吨", [("120吨", "120", "吨", "measure", "eq")]),
    ("带来百万人次客流", [("百万人次", "1000000", "人次", "count", "eq")]),
    ("募资3000万美元", [("3000万美元", "30000000", "美元", "money", "eq")]),
    ("捐款500欧元", [("500欧元", "500", "欧元", "money", "eq")]),
    ("占地2.5平方公里", [("2.5平方公里", "2.5", "平方公里", "measure", "eq")]),
    ("住宅120平方米", [("120平方米", "120", "平方米", "measure", "eq")]),
    # concentrations and noise levels: the compound unit whole
    ("PM2.5年均浓度为21.3微克/立方米", [("21.3微克/立方米", "21.3", "微克/立方米", "measure", "eq")]),
    ("氨氮浓度0.5毫克/升", [("0.5毫克/升", "0.5", "毫克/升", "measure", "eq")]),
    ("昼间噪声平均为55分贝", [("55分贝", "55", "分贝", "measure", "eq")]),
    ("培训教师800名", [("800名", "800", "名", "count", "eq")]),
    ("举办展会12场", [("12场", "12", "场", "count", "eq")]),
    ("覆盖6个区县", [("6个", "6", "个", "count", "eq")]),
    ("用户规模达350万", [("350万", "3500000", "", "count", "eq")]),
    ("年龄25岁", [("25岁", "25", "岁", "measure", "eq")]),
    ("工期两年", [("两年", "2", "年", "measure", "eq")]),
    ("为期一个月", [("一个月", "1", "个月", "measure", "eq")]),
    ("出版三部专著", [("三部", "3", "部", "count", "eq")]),
    ("用时45分钟", [("45分钟", "45", "分钟", "measure", "eq")]),
    ("耗时3小时", [("3小时", "3", "小时", "measure", "eq")]),
    ("坚持了10天", [("10天", "10", "天", "measure", "eq")]),
    ("价格是原来的2倍", [("2倍", "2", "倍", "count", "eq")]),
    ("租金541元/月", [("541元/月", "541", "元/月", "money", "eq")]),
    ("均价9000元/平方米", [("9000元/平方米", "9000", "元/平方米", "money", "eq")]),
    ("发电量5000千瓦时", [("5000千瓦时", "5000", "千瓦时", "measure", "eq")]),
    ("负债负3.5亿元", [("负3.5亿元", "-350000000", "元", "money", "eq")]),
    ("接入22万台设备", [("22万台", "220000", "台", "count", "eq")]),
    # Measure words and units beyond the basics (issue 3 follow-up).
    ("开行旅客列车320列", [("320列", "320", "列", "count", "eq")]),
    ("话剧共五幕", [("五幕", "5", "幕", "count", "eq")]),
    ("累计服务8万户次", [("8万户次", "80000", "户次", "count", "eq")]),
    ("加息50个基点", [("50个基点", "50", "个基点", "percent", "eq")]),
    ("下调15基点", [("15基点", "15", "基点", "percent", "eq")]),
    ("巡天面积2.4平方度", [("2.4平方度", "2.4", "平方度", "measure", "eq")]),
    ("星系距地球35亿光年", [("35亿光年", "3500000000", "光年", "measure", "eq")]),
    ("全书60万字", [("60万字", "600000", "字", "count", "eq")]),
    ("作文800字", [("800字", "800", "字", "count", "eq")]),
    ("新建风电近亿千瓦", [("亿千瓦", "100000000", "千瓦", "measure", "approx")]),
    ("新增装机两万千瓦", [("两万千瓦", "20000", "千瓦", "measure", "eq")]),
    ("跑完三千米", [("三千米", "3000", "米", "measure", "eq")]),
    ("提前3天预约", [("3天", "3", "天", "measure", "eq")]),
    ("走了三里路", [("三里", "3", "里", "measure", "eq")]),
    ("辖五个村", [("五个", "5", "个", "count", "eq")]),
    ("开了三次会议", [("三次", "3", "次", "count", "eq")]),
]

# Percentages and shares.
PERCENTS = [
    ("满意率为45.1%", [("45.1%", "45.1", "%", "percent", "eq")]),
    ("满意率为４５％", [("４５％", "45", "%", "percent", "eq")]),
    ("占比百分之四十", [("百分之四十", "40", "%", "percent", "eq")]),
    ("同比增长7.4 %,高于全省", [("7.4 %", "7.4", "%", "percent", "eq")]),  # web copy: a space before the sign
    ("覆盖率百分之百", [("百分之百", "100", "%", "percent", "eq")]),
    ("约有三成居民", [("三成", "30", "%", "percent", "approx")]),
    ("九成以上的企业", [("九成", "90", "%", "percent", "gt")]),
    ("两成受访者", [("两成", "20", "%", "percent", "eq")]),
    ("提高4.1个百分点", [("4.1个百分点", "4.1", "个百分点", "percent", "eq")]),
    ("下降0.3个百分点", [("0.3个百分点", "0.3", "个百分点", "percent", "eq")]),
    ("降幅为三成半", [("三成半", "35", "%", "percent", "eq")]),
    ("出生率0.8‰", [("0.8‰", "0.8", "‰", "percent", "eq")]),
    ("增速为-2.1%", [("-2.1%", "-2.1", "%", "percent", "eq")]),
    ("完成近六成三", [("六成三", "63", "%", "percent", "approx")]),
    ("占比七成五", [("七成五", "75", "%", "percent", "eq")]),
    ("两成三个月未还款", [("两成", "20", "%", "percent", "eq"), ("三个月", "3", "个月", "measure", "eq")]),
    ("高出3个百分点", [("3个百分点", "3", "个百分点", "percent", "eq")]),
    ("合格率达99.5%", [("99.5%", "99.5", "%", "percent", "eq")]),
    ("回报率超过8%", [("8%", "8", "%", "percent", "gt")]),
]

FRACTIONS = [
    ("三分之一的居民", "三分之一", "33.33333333333333333333333333"),
    ("四分之三的土地", "四分之三", "75"),
    ("近1/5的样本", "1/5", "20"),
    ("2/5的席位", "2/5", "40"),
]

# Ranges (two figures, ge / le) and vague amounts (one span with low/high).
RANGES = [
    ("工期3至5年", [("3", "3", "年", "measure", "ge"), ("5年", "5", "年", "measure", "le")]),
    ("每场3000张~4000张", [("3000张", "3000", "张", "count", "ge"), ("4000张", "4000", "张", "count", "le")]),
    ("投资1-2万元", [("1", "10000", "元", "money", "ge"), ("2万元", "20000", "元", "money", "le")]),
    ("招聘20到30人", [("20", "20", "人", "count", "ge"), ("30人", "30", "人", "count", "le")]),
    ("面积10—15公顷", [("10", "10", "公顷", "measure", "ge"), ("15公顷", "15", "公顷", "measure", "le")]),
    ("价格回落一到两成", [("一", "10", "%", "percent", "ge"), ("两成", "20", "%", "percent", "le")]),
    ("补贴2至3.5万元", [("2", "20000", "元", "money", "ge"), ("3.5万元", "35000", "元", "money", "le")]),
]
VAGUE = [
    ("三四十人", "三四十人", "30", "30", "40"),
    ("三十几万元", "三十几万元", "300000", "300000", "400000"),
    ("一千多万元", "一千多万元", "10000000", "10000000", "20000000"),
    ("损失80多万元", "80多万元", "800000", "800000", "900000"),  # Arabic: the place below the last written digit
    ("120多万人次", "120多万人次", "1200000", "1200000", "1300000"),
    ("十余万人", "十余万人", "100000", "100000", "200000"),
    ("五六百名", "五六百名", "500", "500", "600"),
]

# Qualifiers: outside the span, recorded on the figure.
QUALIFIERS = [
    ("超1000场次活动", [("1000场次", "1000", "场次", "count", "gt")]),
    ("超过500家企业", [("500家", "500", "家", "count", "gt")]),
    ("逾200名志愿者", [("200名", "200", "名", "count", "gt")]),
    ("近3000支队伍", [("3000支", "3000", "支", "count", "approx")]),
    ("约60公里", [("60公里", "60", "公里", "measure", "approx")]),
    ("2000人左右", [("2000人", "2000", "人", "count", "approx")]),
    ("10余类诉求", [("10", "10", "类", "count", "gt")]),
    ("13万余路监控", [("13万", "130000", "路", "count", "gt")]),
    ("500多家客户", [("500", "500", "家", "count", "gt")]),
    ("92%以上", [("92%", "92", "%", "percent", "gt")]),
    ("规模突破8000亿元", [("8000亿元", "800000000000", "元", "money", "ge")]),
    ("不到50人", [("50人", "50", "人", "count", "lt")]),
    ("不足三成", [("三成", "30", "%", "percent", "lt")]),
    ("最高50万元补贴", [("50万元", "500000", "元", "money", "le")]),
    ("最低仅800元/月", [("800元/月", "800", "元/月", "money", "ge")]),
    ("6小时内完成", [("6小时", "6", "小时", "measure", "le")]),
    ("3个月以内", [("3个月", "3", "个月", "measure", "le")]),
    ("上千套房源", [("千套", "1000", "套", "count", "gt")]),
    ("上万名观众", [("万名", "10000", "名", "count", "gt")]),
    ("近百万人", [("百万人", "1000000", "人", "count", "approx")]),
    ("人才近百万,", [("百万", "1000000", "", "count", "approx")]),
    ("融资达120亿元", [("120亿元", "12000000000", "元", "money", "eq")]),
    ("不少于30学时的培训", []),
    ("不超过5000元", [("5000元", "5000", "元", "money", "le")]),
    ("至少20所学校", [("20所", "20", "所", "count", "ge")]),
    ("大约15吨", [("15吨", "15", "吨", "measure", "approx")]),
    ("将近两年", [("两年", "2", "年", "measure", "approx")]),
    ("5000人上下", [("5000人", "5000", "人", "count", "approx")]),
    ("年满18岁以下", [("18岁", "18", "岁", "measure", "lt")]),
    ("最多30人", [("30人", "30", "人", "count", "le")]),
    # Bound words a few characters before the number.
    ("每户最高可领取3000元", [("3000元", "3000", "元", "money", "le")]),
    ("每位读者最多可借五本书", [("五本", "5", "本", "count", "le")]),
    ("约占全国总产量的四成", [("四成", "40", "%", "percent", "approx")]),
    ("每年至少投入8%的预算", [("8%", "8", "%", "percent", "ge")]),
    ("补贴最高可达500元", [("500元", "500", "元", "money", "le")]),
    ("最低需缴纳200元", [("200元", "200", "元", "money", "ge")]),
    ("房贷利率低至3.05%", [("3.05%", "3.05", "%", "percent", "ge")]),
    ("票价高达800元", [("800元", "800", "元", "money", "eq")]),
    ("最高气温将达36℃", [("36℃", "36", "℃", "measure", "eq")]),
    ("最近获得20万元投资", [("20万元", "200000", "元", "money", "eq")]),
    ("占全省的30%", [("30%", "30", "%", "percent", "eq")]),
]

# A unit shared by a list goes to every number.
LISTS = [
    ("分别提高6.1、3.6个百分点", ["个百分点", "个百分点"]),
    ("分别为12和15家", ["家", "家"]),
    ("增长45%和38%", ["%", "%"]),
    ("有3、4、5个", ["个", "个", "个"]),
]

RANKS = [
    ("位居全国第8位", [("第8位", "8", "位", "rank", "eq")]),
    ("排名全国第五", [("第五", "5", "", "rank", "eq")]),
    ("总量位列第3名", [("第3名", "3", "名", "rank", "eq")]),
    ("居全省第二", [("第二", "2", "", "rank", "eq")]),
]

# Change direction and base.
CHANGES = [
    ("同比下降26.8%", "decrease", "同比"),
    ("同比增长5.2%", "increase", "同比"),
    ("环比上升3%", "increase", "环比"),
    ("较上年减少200人", "decrease", "较上年"),
    ("提升至45%", "increase", None),
    ("降至3%", "decrease", None),
    ("新增就业1.2万人", "increase", None),
    ("提高4.1个百分点", "increase", None),
    ("降低了15%", "decrease", None),
    ("收入为300亿元", None, None),
    ("高于全国2个百分点", None, None),
    ("较“十四五”初增长45%", "increase", "较“十四五”初"),
    ("比去年同期增加12家", "increase", "比去年同期"),
    ("实现增加值300亿元", None, None),
]

# Bare multipliers before a count word, further measure words, ASCII units,
# 个 inside duration units, 过 as a bound word, ranks spread over a list.
MORE = [
    # spans that frame a period are DATEs, not figures; a measured span stays one
    ("从近三年的增速看", []),
    ("预计未来一周客流回落", []),
    ("出口额五年增长超过40%", [("40%", "40", "%", "percent", "gt")]),
    ("与上次纪录仅一天之隔", []),
    ("工程历时近三年建成", [("三年", "3", "年", "measure", "approx")]),
    # names: a lone financial digit opening a name, an event's edition, a project's phase
    ("副市长陆克明表示", []),
    ("第十三届省运会开幕", []),
    ("园区三期项目开工", []),
    ("培训班已举办三期", [("三期", "3", "期", "count", "eq")]),
    # a sports tally: medals counted by their own character, only in a tally
    ("代表团以58金40银33铜居首", [("58金", "58", "金", "count", "eq"), ("40银", "40", "银", "count", "eq"),
                             ("33铜", "33", "铜", "count", "eq")]),
    ("女队共获五金。", [("五金", "5", "金", "count", "eq")]),
    ("甲乙两队各取一金，", [("一金", "1", "金", "count", "eq")]),  # a tally's one medal is counted
    ("代表团以20金11银9铜高居榜首", [("20金", "20", "金", "count", "eq"), ("11银", "11", "银", "count", "eq"),
                               ("9铜", "9", "铜", "count", "eq")]),
    ("主队下半场连入两球，", [("两球", "2", "球", "count", "eq")]),
    ("一球员受伤", []),
    ("位列奖牌榜第四。", [("第四", "4", "", "rank", "eq")]),
    # place words counted (8省份) before a verb of the sentence, not only before a mark
    ("受灾的6省份超过200万人", [("6省份", "6", "省份", "count", "eq"), ("200万人", "2000000", "人", "count", "gt")]),
    ("全省11市相继出台办法", [("11市", "11", "市", "count", "eq")]),
    # a bare multiplier after a count's measure word names a class (5个千亿元产业): only the count
    ("全省培育4个千亿元产业集群", [("4个", "4", "个", "count", "eq")]),
    ("展会吸引千人到场", [("千人", "1000", "人", "count", "eq")]),
    ("活动邀请百名志愿者", [("百名", "100", "名", "count", "eq")]),
    ("隧道每天推进8环", [("8环", "8", "环", "count", "eq")]),
    ("仓库运出3.4万箱货物", [("3.4万箱", "34000", "箱", "count", "eq")]),
    ("累计发放药品1200盒", [("1200盒", "1200", "盒", "count", "eq")]),
    ("铺设管道600余根", [("600", "600", "根", "count", "gt")]),
    ("投入设备45台套", [("45台套", "45", "台套", "count", "eq")]),
    ("地铁日均客流120万乘次", [("120万乘次", "1200000", "乘次", "count", "eq")]),
    ("储能电站容量达200MWh", [("200MWh", "200", "MWh", "measure", "eq")]),
    ("电池产能12GWh", [("12GWh", "12", "GWh", "measure", "eq")]),
    ("宽带提速到1000Mbps", [("1000Mbps", "1000", "Mbps", "measure", "eq")]),
    ("每户每月用电300kWh", [("300kWh", "300", "kWh", "measure", "eq")]),
    ("三个小时内完成", [("三个小时", "3", "个小时", "measure", "le")]),
    ("用了两个星期", [("两个星期", "2", "个星期", "measure", "eq")]),
    ("完成率过八成", [("八成", "80", "%", "percent", "gt")]),
    ("日均访客过万", [("万", "10000", "", "count", "gt")]),
    ("曾获得过3次冠军", [("3次", "3", "次", "count", "eq")]),
    ("通过3年攻关", [("3年", "3", "年", "measure", "eq")]),
    ("两地分列第四、五位", [("第四", "4", "位", "rank", "eq"), ("五位", "5", "位", "rank", "eq")]),
    ("这是该市今年引进的第5家总部企业", [("第5家", "5", "家", "rank", "eq")]),
]

# What is not a figure.
NEGATIVES = [
    "全市3银行联合放贷", "提炼5金属元素",
    "汽车零部件企业", "精密零件加工", "沪深两市全天成交",
    "推进“八个统一”建设", "迎接“十五五”开局", "构建“1+7+7+7”体系", "建设“七个强市”",
    "出版《三体》", "改编自《九鼎传奇》", "把问题一网打尽", "提供一站式服务", "千方百计稳就业",
    "培育一批企业", "一方面要发展", "一是加强领导", "二是完善制度", "2025年", "4月30日", "2025年底",
    "1—2月", "第一,加强学习", "(一)总体要求", "二、主要任务", "拨打12345热线", "面临两道必答题",
    "从两个维度展开", "这两年变化很大", "一个重要的方向", "破解千年密码", "万达广场", "十分重要",
    "晚上8时30分", "四点半下课", "一体推进", "百姓生活", "万人空巷", "一切为了群众",
    "二〇二五年", "90年代", "一季度", "6月8日晚", "5G网络", "编号20250101",
    "每一个人", "数十家企业", "打造“15分钟生活圈”", "上一级部门", "走出了一条新路", "一套制度",
    "零和博弈", "“最后一公里”", "一起努力", "第一时间",
    # Calendar periods (DATE entities), rate bases, idioms, names, fixed terms.
    "今年前7个月", "前三个月", "此前两年", "头三个月", "一年到头没休息", "一天能走完",
    "一年可节约不少", "住在五里墩社区", "在十字路口", "八字方针", "十里铺村", "二次供水改造", "十年如一日",
    # Lone multipliers in set phrases, 两 + a collective noun naming two parties, clause numbers.
    "万一出现险情", "千万不要大意", "成千上万的观众", "文章千篇一律", "千头万绪的工作", "万分感谢",
    "亿万群众", "两队将在下周再战", "两国签署协议", "依照第2条规定", "开到三环路", "接入5GBps网络",
]

OPTIONALS = [
    ("建立四级平台", "四级"),
    ("一件件落实", None),
    ("万亿级城市", "万亿级"),
    ("第八批人才公寓", "第八批"),
    ("三分之一", "三分之一"),
]


@pytest.mark.parametrize("text, expected", NUMERALS + PERCENTS + QUALIFIERS + RANGES + RANKS + MORE)
def test_figures(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text, span, value", FRACTIONS)
def test_fractions_are_optional_percents(text, span, value):
    (fig,) = find_figures(text)
    assert (fig.text, str(fig.value), fig.unit, fig.kind, fig.optional) == (span, value, "%", "percent", True)


@pytest.mark.parametrize("text, span, value, low, high", VAGUE)
def test_vague_amounts(text, span, value, low, high):
    (fig,) = find_figures(text)
    assert (fig.text, str(fig.value), str(fig.low), str(fig.high)) == (span, value, low, high)


@pytest.mark.parametrize("text, units", LISTS)
def test_list_shares_unit(text, units):
    assert [f.unit for f in find_figures(text)] == units


@pytest.mark.parametrize("text, change, base", CHANGES)
def test_change(text, change, base):
    fig = find_figures(text)[-1]
    assert (fig.change, fig.change_base) == (change, base)


def test_start_of_change_is_none():
    first, second = find_figures("由3.2%提高至4.5%")
    assert (first.change, second.change) == (None, "increase")


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_figures(text):
    assert [f for f in find_figures(text) if not f.optional] == []


@pytest.mark.parametrize("text, span", OPTIONALS)
def test_optional(text, span):
    figs = find_figures(text)
    assert all(f.optional for f in figs)
    if span is not None:
        assert [f.text for f in figs] == [span]


@pytest.mark.parametrize("text", ["第一行\n3000人", "超\n1000人", "3至\n5年"])
def test_never_across_newline(text):
    for fig in find_figures(text):
        assert "\n" not in fig.text


def test_exact_decimal_and_offsets():
    text = "全市有１.１万件,响应率100%"
    figs = find_figures(text)
    assert figs[0].value == Decimal("11000") and str(figs[0].value) == "11000"
    for fig in figs:
        assert text[fig.start:fig.end] == fig.text


def test_sorted_non_overlapping():
    figs = find_figures("超1000场次、近百万人次、3至5年、6.1、3.6个百分点、第8位")
    for a, b in zip(figs, figs[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize("text", ["累计接待读者[12]万人次", "共有(3)万人参加"])
def test_bare_multiplier_after_a_marked_up_number_is_not_a_figure(text):
    assert not any(f.text.startswith("万") for f in find_figures(text))
