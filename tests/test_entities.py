"""Table-driven tests of the entity recognizer (fast mode), per label, with negatives.

Sentences here are written for the tests; none is copied from the corpus page.
"""

from __future__ import annotations

import pytest

from pipeline.entities.recognizer import EntityMatch, EntityRecognizer, merge_spans, resolve
from pipeline.entities.gazetteer import load_lexicons




def spans(recognizer: EntityRecognizer, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in recognizer.find(text)}


FOUND = [
    # LOC: regions of national plans, burial and memorial sites
    ("推进京津冀协同发展。", ("京津冀", "LOC")),
    ("珠三角九市联合招商。", ("珠三角", "LOC")),
    ("考古队在柳湾墓地清理出陶罐。", ("柳湾墓地", "LOC")),
    ("市民到龙山烈士陵园祭扫。", ("龙山烈士陵园", "LOC")),  # bare, 烈士陵园 is a kind (jieba: n), no name
    # ORG: a department extends its parent body; the longest name wins
    ("省交通运输厅综合规划处负责人说。", ("省交通运输厅综合规划处", "ORG")),
    ("国家统计局城市司发布数据。", ("国家统计局城市司", "ORG")),
    ("国家统计局能源统计司发布数据。", ("国家统计局能源统计司", "ORG")),
    ("南方航空集团客运部透露。", ("南方航空集团客运部", "ORG")),
    ("复旦大学物理学系教授说。", ("复旦大学物理学系", "ORG")),
    ("中国科学院上海天文台发布成果。", ("中国科学院上海天文台", "ORG")),
    # ORG: suffixes and known short names
    ("据省气象台预报,明天有雨。", ("省气象台", "ORG")),
    ("市住房和城乡建设局印发通知。", ("市住房和城乡建设局", "ORG")),
    ("县农业技术推广中心主任介绍。", ("县农业技术推广中心", "ORG")),
    ("中新社东京5月3日电 日本央行决定维持利率。", ("中新社", "ORG")),
    ("法国驻华大使馆举办招待会。", ("法国驻华大使馆", "ORG")),
    ("由市话剧院出品的新戏首演。", ("市话剧院", "ORG")),
    # GPE: foreign capitals and cities; a place inside a longer name
    ("论坛在巴黎举行,随后移师柏林。", ("巴黎", "GPE")),
    ("论坛在巴黎举行,随后移师柏林。", ("柏林", "GPE")),
    ("代表团抵达英国曼彻斯特。", ("英国", "GPE")),
    # LOC: towns, villages, streets, stations, markets with a proper name
    ("记者来到青石镇白马村,看到新修的路。", ("青石镇", "LOC")),
    ("记者来到青石镇白马村,看到新修的路。", ("白马村", "LOC")),
    ("他家住在解放路。", ("解放路", "LOC")),  # streets are often named by a verb
    ("家住东城区柳荫街道的居民。", ("柳荫街道", "LOC")),
    ("在翠湖苑小区门口排队。", ("翠湖苑小区", "LOC")),
    ("乘客在松林路站换乘。", ("松林路站", "LOC")),
    ("演出在市会展中心举行。", ("市会展中心", "LOC")),
    ("他们沿着长江一路向东。", ("长江", "LOC")),
    # PERSON: job titles, several byline names, kin nouns, transliterated names
    ("项目首席科学家孙立民说。", ("孙立民", "PERSON")),
    ("编剧赵一帆透露了创作初衷。", ("赵一帆", "PERSON")),
    ("（记者 陈思远 周雨）本报讯", ("周雨", "PERSON")),
    ("今年82岁的李桂芝老人说。", ("李桂芝", "PERSON")),
    ("退休后李桂芝老人每天练字。", ("李桂芝", "PERSON")),
    ("馆长安娜·施密特在开幕式上致辞。", ("安娜·施密特", "PERSON")),
    # PROGRAM: ASCII quotes; a quoted name before a noun
    ('市里推出"四季课堂"计划。', ("四季课堂", "PROGRAM")),
    ("全省公布首批“绿色校园”名单。", ("绿色校园", "PROGRAM")),
    ("出台促进消费“十条措施”。", ("十条措施", "PROGRAM")),
    # GPE: full names, short forms, countries
    ("洛阳市今年新建三座图书馆。", ("洛阳市", "GPE")),
    ("来自开封的游客越来越多。", ("开封", "GPE")),
    ("河南加快建设现代化产业体系。", ("河南", "GPE")),
    ("她从法国留学归来后回到成都创业。", ("法国", "GPE")),
    ("她从法国留学归来后回到成都创业。", ("成都", "GPE")),
    # LOC: districts and named places with a place suffix
    ("金水区新开一家书店。", ("金水区", "LOC")),
    ("周末,人民公园里游客如织。", ("人民公园", "LOC")),
    # ORG: place or head word + body + suffix; companies; standalone 市委
    ("记者从省生态环境厅获悉,新规下月实施。", ("省生态环境厅", "ORG")),
    ("根据国家统计局发布的数据,物价平稳。", ("国家统计局", "ORG")),
    ("由杭州市某某网络科技有限公司开发。", ("杭州市某某网络科技有限公司", "ORG")),
    ("洛阳市文物保护研究院发布了成果。", ("洛阳市文物保护研究院", "ORG")),
    ("会上,市委提出新的工作要求。", ("市委", "ORG")),
    ("他毕业于南京大学。", ("南京大学", "ORG")),
    # PERSON: cues, bylines, credit lines, leaders
    ("本报讯(记者 王小明)近日,新馆开放。", ("王小明", "PERSON")),
    ("协会主席刘志强介绍说,展览将持续一个月。", ("刘志强", "PERSON")),
    ("编 辑:赵敏 钱伟", ("钱伟", "PERSON")),
    ("本报记者 周雨文/图", ("周雨", "PERSON")),
    ("习近平强调,要坚持人民至上。", ("习近平", "PERSON")),
    # PROGRAM: quoted names near cues, numbered plans, strong-cue names
    ("实施“青苗培育”计划,扶持初创团队。", ("青苗培育", "PROGRAM")),
    ("“十四五”期间,全省完成目标。", ("十四五", "PROGRAM")),
    ("推动“三个转变”落地见效。", ("三个转变", "PROGRAM")),
    ("构建“2+3+N”工作体系。", ("2+3+N", "PROGRAM")),
    ("市民可通过“一码通”APP预约。", ("一码通", "PROGRAM")),
    ("全面启动乡村文化振兴行动。", ("乡村文化振兴行动", "PROGRAM")),
    # WORK: titles in 《》, brackets outside
    ("动画片《森林物语》昨日首播。", ("森林物语", "WORK")),
    # teams: a place + 队 / 男篮 / 女排 / 俱乐部 is an ORG
    ("四川女排3比1战胜对手。", ("四川女排", "ORG")),
    ("上周江苏队客场告负。", ("江苏队", "ORG")),
    ("广州俱乐部宣布签约。", ("广州俱乐部", "ORG")),
    ("本场比赛山东男篮发挥出色。", ("山东男篮", "ORG")),
    # persons after descriptor nouns (models/person_descriptors.txt)
    ("养殖大户刘春生介绍了经验。", ("刘春生", "PERSON")),
    ("18岁的小将陈宇航夺冠。", ("陈宇航", "PERSON")),
    ("老将赵强全场拿下20分。", ("赵强", "PERSON")),
    ("河南选手周婷以微弱优势胜出。", ("周婷", "PERSON")),
    ("主教练杜宏斌表示满意。", ("杜宏斌", "PERSON")),
    # facilities: terminals, airports, expressways, squares, streets, rivers after a place
    ("西安咸阳国际机场迎来客流高峰。", ("西安咸阳国际机场", "LOC")),
    ("新建的T2航站楼投入使用。", ("T2航站楼", "LOC")),
    ("沪昆高速长沙段车流平稳。", ("沪昆高速", "LOC")),
    ("游客沿西湖路步行。", ("西湖路", "LOC")),
    ("工程穿越南阳河。", ("南阳河", "LOC")),
    ("决赛在南京体育中心游泳馆举行。", ("南京体育中心游泳馆", "LOC")),
    # a street named after a place is one name (longest wins over the place inside it)
    ("夜市设在南京路步行街入口。", ("南京路步行街", "LOC")),
    ("游行队伍经过杭州路。", ("杭州路", "LOC")),
    ("新店开在中山路北段。", ("中山路", "LOC")),
    # a direction alone names a street (东街, 北路)
    ("老字号集中在东街一带。", ("东街", "LOC")),
    ("市民在南街排队买小吃。", ("南街", "LOC")),
    # temples, kilns, towers and reserves
    ("香客前往灵隐寺祈福。", ("灵隐寺", "LOC")),
    ("考古队在龙泉窑遗址发掘。", ("龙泉窑遗址", "LOC")),
    ("卧龙国家级自然保护区发布监测数据。", ("卧龙国家级自然保护区", "LOC")),
    # a province before a place is an address in both modes (某省|某某过江通道 in the real-text gold)
    ("四川卧龙国家级自然保护区的大熊猫。", ("卧龙国家级自然保护区", "LOC")),
    # 省/市/县 + X和Y + 局/厅/委: the 和 is inside the body's name
    ("记者从省水利和水土保持厅获悉。", ("省水利和水土保持厅", "ORG")),
    ("县农业农村和水利局发布通知。", ("县农业农村和水利局", "ORG")),
    ("市体育和旅游局举办比赛。", ("市体育和旅游局", "ORG")),
    ("省财政厅和省教育厅联合发文。", ("省教育厅", "ORG")),
    # a company or brand before a city's unit is part of the name
    ("腾讯深圳研究院发布报告。", ("腾讯深圳研究院", "ORG")),
    ("记者走访了比亚迪西安研发中心。", ("比亚迪西安研发中心", "ORG")),
    # acronyms of leagues and bodies (models/org_acronyms.txt)
    ("NBA季后赛今日开打。", ("NBA", "ORG")),
    ("中国加入WTO以来。", ("WTO", "ORG")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds(recognizer, text, expected):
    assert expected in spans(recognizer, text)


NOT_FOUND = [
    # generic nouns are not entities
    ("社区工作人员走访企业,搭建服务平台。", "社区"),
    ("社区工作人员走访企业,搭建服务平台。", "企业"),
    ("社区工作人员走访企业,搭建服务平台。", "平台"),
    # references are not GPE
    ("全省经济运行稳中向好。", "全省"),
    ("我市将举办文化节。", "我市"),
    # a short form inside a common word
    ("特大城市治理面临新挑战。", "大城"),
    # a one-character suffix that starts another word
    ("按照统一部署推进工作。", "统一部署"),
    # quoted speech is not a program
    ("他说,要做到“放得开、管得住”。", "放得开、管得住"),
    ("这里成了年轻人心中的“打卡地”。", "打卡地"),
    # generic facilities, counts and descriptions are not places
    ("小区新增口袋公园5个。", "口袋公园"),
    ("全市12家收费公园免费开放。", "家收费公园"),
    ("全市12家收费公园免费开放。", "收费公园"),
    ("启动老旧街区改造。", "老旧街区"),
    ("推动城镇居民增收。", "比城镇"),
    ("覆盖学校、大型社区等场所。", "大型社区"),
    ("建立村集体经济台账。", "建立村"),
    ("作为国家中心城市,这里交通便利。", "国家中心"),
    ("多家银行推出低息贷款。", "多家银行"),
    # a place word inside another word or a route
    ("线路西起甲站,东至蜀山区。", "东至"),
    ("这本书已有西班牙语版。", "西班牙"),
    # scare quotes followed by a verb are not programs
    ("城市治理从“各自为战”走向协同。", "各自为战"),
    # the document pass does not tag a short name glued to a noun
    ("启动“星图”计划。\n完成全天光谱星图测绘。", "全天光谱星图"),
    # an ordinary word after a cue is not a name
    ("总书记强调,要坚持人民至上。", "强调"),
    ("34岁的平均年龄让城市充满活力。", "平均年"),
    # a place + team word only: 队伍, 队员 are not teams
    ("四川队伍建设成效明显。", "四川队"),
    # class nouns ending in an ORG or LOC suffix are not names
    ("全县组建强村公司带动增收。", "强村公司"),
    ("本地上市公司数量增加。", "本地上市公司"),
    ("浙江上市公司业绩向好。", "浙江上市公司"),
    ("该镇下辖12个行政村。", "行政村"),
    ("全线设地下站5座,其中换乘站2座。", "地下站"),
    ("全线设地下站5座,其中换乘站2座。", "换乘站"),
    ("部分乡镇农贸市场完成改造。", "乡镇农贸市场"),
    # a clause that ends in a place word is not a name: a verb inside, a measure word before it
    ("“老字号”借直播打开新市场", "借直播打开新市场"),
    ("村里筹钱修条路,方便村民出行。", "修条路"),
    # a level word + an institution is a class of bodies, not one
    ("多家乡镇卫生院配备了新设备。", "乡镇卫生院"),
    ("专家下沉到县级医院坐诊。", "县级医院"),
    ("市级医院牵头组建医联体。", "市级医院"),
    # an ordinary word before a city's unit is not a brand
    ("他说杭州研究院很好。", "他说杭州研究院"),
    ("推动杭州研究院建设。", "推动杭州研究院"),
    ("新建的杭州研究院投用。", "新建的杭州研究院"),
    # two bodies joined by 和 stay two
    ("省财政厅和省教育厅联合发文。", "省财政厅和省教育厅"),
    # counts and time words end an ORG: no span runs across them
    ("某某电子公司三季度报告全部公布。", "某某电子公司三季度报告全部"),
    ("四季度上市公司业绩回升。", "四季度上市公司"),
    # 高速 before a verb describes, it names no road
    ("经济高速发展。", "经济高速"),
    # a direction or position + 路 that is an ordinary word
    ("他给自己留了后路。", "后路"),
    ("前路漫漫仍需努力。", "前路"),
    ("中路突破后打进一球。", "中路"),
    ("山路崎岖难行。", "山路"),
    # a place + 河 where 河 starts another place
    ("湖北河南两省联合开展。", "湖北河"),
    # a date's tail or a dateline opens no name
    ("2024年光明日报发行工作会议召开。", "年光明日报"),
    ("新华社北京5月3日电中国外交部发言人说", "日电中国外交部"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_does_not_find(recognizer, text, absent):
    assert absent not in {t for t, _ in spans(recognizer, text)}


def test_longest_name_wins(recognizer):
    found = spans(recognizer, "成都市文物考古研究院发布新成果。")
    assert ("成都市文物考古研究院", "ORG") in found and ("成都市", "GPE") not in found


def test_quotes_and_brackets_stay_outside(recognizer):
    for match in recognizer.find("以“五个一”为抓手,推出《城市之光》系列节目。"):
        assert not set(match.text) & set("“”《》")


def test_document_pass_tags_other_mentions(recognizer):
    text = "实施“春风计划”扶持计划。\n目前,春风计划已惠及千户。"
    found = recognizer.find(text)
    assert [m.start for m in found if m.text == "春风计划"] == [3, 17]


def test_spans_match_text_and_do_not_overlap(recognizer):
    text = "郑州市委宣传部联合某某文化传媒有限公司,在二七广场举办活动。\n记者 李华"
    found = recognizer.find(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_full_width_input_gives_same_spans(recognizer):
    folded = "本报讯(记者 王小明)1+1行动启动。"
    raw = "本报讯（记者 王小明）1＋1行动启动。"
    assert [(m.start, m.end, m.label) for m in recognizer.find(raw)] == [
        (m.start, m.end, m.label) for m in recognizer.find(folded)
    ]


REFERENCES = [
    ("洛阳市召开会议。我省将推进改革,全市上下齐心。", {"我省": "河南省", "全市": "洛阳市"}),
    ("金水区推出新举措。该区将扩大试点。", {"该区": "金水区"}),
    ("全县上下齐心协力。", {"全县": None}),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_references(recognizer, text, expected):
    refs = recognizer.references(text, recognizer.find(text))
    assert {r.text: r.refers_to for r in refs} == expected


def test_resolve_prefers_longest_then_priority():
    cands = [(0, 2, "GPE", "place"), (0, 6, "ORG", "org-suffix"), (7, 9, "PERSON", "cue"), (7, 9, "GPE", "place")]
    assert resolve(cands) == [(0, 6, "ORG", "org-suffix"), (7, 9, "PERSON", "cue")]


def test_merge_with_fake_tagger_fills_gaps_only():
    text = "中国共产党中央委员会和张三在北京会见了王五。"
    rules = [(0, 2, "GPE", "place"), (13, 15, "GPE", "place")]
    tagged = [(0, 10, "ORG"), (11, 13, "PERSON"), (13, 15, "LOC"), (19, 21, "PERSON")]
    merged = merge_spans(text, rules, tagged, load_lexicons())
    assert merged == [(0, 10, "ORG", "lac"), (11, 13, "PERSON", "lac"), (13, 15, "GPE", "place"),
                      (19, 21, "PERSON", "lac")]


def test_user_words_include_places(recognizer):
    words = set(recognizer.user_words())
    assert {"郑州", "郑州市", "河南", "习近平"} <= words


def test_unknown_mode_is_an_error():
    with pytest.raises(ValueError, match="fast"):
        EntityRecognizer(mode="slow")


def test_entity_match_is_frozen():
    match = EntityMatch(0, 2, "郑州", "GPE")
    with pytest.raises(AttributeError):
        match.start = 1  # type: ignore[misc]


# Accurate-mode merge (pipeline.entities.merge) with a fake tagger: (text, rule spans, tagger spans, expected).
MERGE_CASES = [
    # the tagger wins a conflict over a person's bounds (the cue rule cut the name short)
    ("外长谢苗诺娃说。", [(2, 5, "PERSON", "cue")], [(2, 6, "PERSON")], [(2, 6, "PERSON", "lac")]),
    # ... unless it ran the cued name on into a word that ends names (杨柳|文/图)
    ("记者 杨柳文/图", [(3, 5, "PERSON", "cue")], [(3, 6, "PERSON")], [(3, 5, "PERSON", "cue")]),
    # programs, works and leaders stay whatever the tagger says inside them
    ("实施“中国行动”计划。", [(3, 7, "PROGRAM", "quoted-program")], [(3, 5, "GPE")],
     [(3, 7, "PROGRAM", "quoted-program")]),
    # a compound of country abbreviations is one place per character
    ("中美关系稳定。", [], [(0, 2, "LOC")], [(0, 1, "GPE", "lac"), (1, 2, "GPE", "lac")]),
    # ... but a known country is kept whole
    ("巴西经济回暖。", [(0, 2, "GPE", "place")], [(0, 2, "LOC")], [(0, 2, "GPE", "place")]),
    # a place followed by (男|女)队 is a team
    ("中国女队获胜。", [(0, 2, "GPE", "place")], [(0, 2, "GPE")], [(0, 4, "ORG", "lac")]),
    # a rule name the tagger cut in adjacent pieces is kept whole
    ("中原万达广场开业。", [(0, 6, "LOC", "loc-suffix")], [(0, 2, "LOC"), (2, 6, "LOC")],
     [(0, 6, "LOC", "loc-suffix")]),
    # same bounds: the lexicon's GPE/LOC choice wins; ORG from the tagger beats a lexicon place
    ("郑州发布新规。", [(0, 2, "GPE", "place")], [(0, 2, "LOC")], [(0, 2, "GPE", "place")]),
    # a place ending in a generic noun is a description, not a name; the lexicon place fills in
    ("郑州特大城市治理。", [(0, 2, "GPE", "place")], [(0, 6, "LOC")], [(0, 2, "GPE", "place")]),
    # edge punctuation is trimmed, one-character non-abbreviations are dropped
    ("·约翰逊说,张", [], [(0, 4, "PERSON"), (6, 7, "PERSON")], [(1, 4, "PERSON", "lac")]),
    # rule spans fill the gaps the tagger left
    ("他在金水区工作。", [(2, 5, "LOC", "place")], [], [(2, 5, "LOC", "place")]),
]


@pytest.mark.parametrize(("text", "rules", "tagged", "expected"), MERGE_CASES)
def test_merge_rules(text, rules, tagged, expected):
    assert merge_spans(text, rules, tagged, load_lexicons()) == expected


WORD_BOUND_CASES = [
    # a lexicon name cutting a tagger word at both ends is inside a longer word
    ("发展中国家增多。", [(2, 4, "GPE", "place")], [(0, 5, "n"), (5, 7, "v")], []),
    # one cut is allowed: the segmenter errs too (新|乡上)
    ("正在新乡上大学。", [(2, 4, "GPE", "place")], [(0, 2, "d"), (2, 3, "s"), (3, 5, "s"), (5, 7, "n")],
     [(2, 4, "GPE", "place")]),
]


@pytest.mark.parametrize(("text", "rules", "words", "expected"), WORD_BOUND_CASES)
def test_merge_respects_tagger_words(text, rules, words, expected):
    from pipeline.entities.merge import merge

    assert merge(text, rules, [], load_lexicons(), {}, words) == expected


@pytest.mark.parametrize("text, unwanted", [
    ("南阳培育市场主体再上新台阶", "南阳培育市场"),
    ("企业在杭州开拓市场", "杭州开拓市场"),
])
def test_place_plus_verb_plus_suffix_is_not_a_place(text, unwanted):
    from pipeline.entities.recognizer import EntityRecognizer

    assert unwanted not in {e.text for e in EntityRecognizer().find(text)}


@pytest.mark.parametrize("text, unwanted", [("全省已建成县域医共体97个", "成县")])
def test_two_character_place_split_across_two_words_is_not_a_place(text, unwanted):
    from pipeline.entities.recognizer import EntityRecognizer

    assert unwanted not in {e.text for e in EntityRecognizer().find(text)}


# Quoted event and campaign names, short policy names; the quotes stay outside the span.
QUOTED_PROGRAMS = [
    # event heads at the end of a quoted name
    ("周末,“滨江夏日音乐季”在江边开幕。", "滨江夏日音乐季"),
    ("市里启幕“书香满城读书月”。", "书香满城读书月"),
    ("“青山湖·稻香嘉年华”吸引游客。", "青山湖·稻香嘉年华"),
    ("“未来城市发展论坛”今天举行。", "未来城市发展论坛"),
    ("本届“数字丝路博览会”签约项目多。", "数字丝路博览会"),
    ("“古镇非遗文化节”持续三天。", "古镇非遗文化节"),
    # a middle dot between two name parts
    ("“江城·夜读空间”开放。", "江城·夜读空间"),
    # short names after a policy verb or before 理念/战略/行动/政策
    ("全县践行“绿色优先”理念。", "绿色优先"),
    ("各校围绕“健康校园”开展活动。", "健康校园"),
    ("落实“轻负高质”政策。", "轻负高质"),
    # ASCII quotes before a cue
    ('"以新换优"活动开展后,销量上升。', "以新换优"),
]


@pytest.mark.parametrize(("text", "name"), QUOTED_PROGRAMS)
def test_quoted_event_and_policy_names(recognizer, text, name):
    assert (name, "PROGRAM") in spans(recognizer, text)


QUOTED_NOT_PROGRAMS = [
    ("他笑着说“明天见”。", "明天见"),  # speech
    ("抽检发现三批次产品“不合格”。", "不合格"),  # an ordinary word in quotes
    ("这个“黄金周”格外忙。", "黄金周"),  # a holiday period, one-character head too short
    ("“春节”前后车票紧张。", "春节"),
    ("老街变成了“网红”打卡点。", "网红"),  # scare quotes
    ("双方“各退一步”达成协议。", "各退一步"),
    ("他在“第三周”才到岗。", "第三周"),  # a count, not an event
    ("馆长“安娜·施密特”致辞。", "安娜·施密特"),  # a transliterated person's name
    pytest.param("落实“3天”办结要求。", "3天", marks=pytest.mark.xfail(
        strict=True, reason="is_program_quote's verb-in-clause rule takes any quote after 落实, figures too")),
    ("9500名“五老”人员参与调解。", "五老"),  # a numeral shorthand of a group
]


@pytest.mark.parametrize(("text", "name"), QUOTED_NOT_PROGRAMS)
def test_quoted_ordinary_words_are_not_programs(recognizer, text, name):
    assert (name, "PROGRAM") not in spans(recognizer, text)


def _lexicon_lines(lex, count: int = 400) -> list[str]:
    """Random lines of lexicon words (suffixes, names, cues, places) and filler, overlaps included."""
    import random

    words = [w for w, _v in lex.line_words.items()] + sorted(lex.places.keys())[::7]
    rng = random.Random(6)
    return ["".join(rng.choice(words) if rng.random() < 0.6 else rng.choice("的在和了，。 A1某省市") for _ in range(25))
            for _ in range(count)]


def test_one_pass_scan_equals_separate_automata():
    """scan_line and the word tables give what separate automata and the cue regex gave (the speed-ups keep output)."""
    import ahocorasick

    from pipeline.entities.text import longest_suffixes, scan_line

    from pipeline.text.resources import load_lines

    def automaton(words) -> ahocorasick.Automaton:
        built = ahocorasick.Automaton()
        for word, value in (words.items() if isinstance(words, dict) else ((w, w) for w in words)):
            built.add_word(word, value)
        built.make_automaton()
        return built

    lex = load_lexicons()
    places = automaton(dict(lex.places.items()))
    suffixes = {name: automaton(load_lines(f"{name}.txt")) for name in ("org_suffixes", "loc_suffixes", "org_subunits")}
    known, acronyms, leaders = (automaton(load_lines(f)) for f in ("org_short_names.txt", "org_acronyms.txt", "leaders.txt"))
    for line in _lexicon_lines(lex):
        hits = scan_line(line, lex)
        for name, table in (("org_suffixes", hits.org_suffixes), ("loc_suffixes", hits.loc_suffixes),
                            ("org_subunits", hits.org_subunits)):
            assert list(table.items()) == list(longest_suffixes(line, suffixes[name]).items())
        assert hits.known_orgs == list(known.iter(line))
        assert hits.org_acronyms == list(acronyms.iter(line))
        assert hits.leaders == list(leaders.iter(line))
        assert hits.person_cues == [(m.end(), m.group()) for m in lex.person_cues.finditer(line)]
        assert lex.places.iter(line) == list(places.iter(line))
