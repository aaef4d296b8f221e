"""Round 13: page conventions of a fresh blind set, read after it was scored, pinned on pages written here.

- a headline run over a ``(上接第1版)`` paragraph, after an article's body, is the jump head of
  another article's rest: the marker opens the article as a lead does (not under a title still
  being stacked, where a sub-head may stand over the marker);
- a first headline line set off by a wider gap above than below is the top of a title stack,
  not a caption at the foot of the article before;
- 近日，从X了解到 opens a lead like 记者从X了解到: the reporter left out after a time word;
- a site's page header names its page by a word (X网·Y新闻　就业版　2018年3月2日);
- a broadcast transcript's part markers (【配音】, 【同期】) are furniture, not headline lines.

Claim times, from the same set's errors:

- 今年以来 in the figure's own clause is its period, not a restatement of an event day in an
  earlier clause (8月21日，随着…开出，今年以来…累计开行…);
- a base period a multiple is of is no time, with 的 dropped in a headline (是去年同期3倍多) or
  its measure named (为去年投资的1.3倍);
- 五一节 is May Day as 劳动节 is (今年五一节假期); 长假 before its length (长假7天) is the break
  the article reports on, as 假期 is;
- a time ends before the gloss in brackets that ends it (春节期间（1月21日-27日）: 春节期间; the
  read sets' annotators cut it in 8 articles of 10); a pointing day glossed with its date is that
  date (昨天（3月31日）: 3月31日), unless it dates the telling (笔者昨日（5日）从…获悉);
- 今春, 今夏, 今秋, 今冬 and 去冬 are dates (vague: no source says which year's winter 今冬 is);
- a year that opens a quoted name is its edition (“2010年…招聘大会”今天举行: 今天); a quoted
  statement with a figure keeps its year (“2025年全省快递业务量突破100亿件”).

Subjects and entities: a reporter's outlet (《工人日报》记者看到) tells the figures and is no subject;
a span reaching now (今年以来, 三年来) before a name is no locative 来 that makes the name a
setting; 中欧班列 and its like are programmes (``models/program_names.txt``), not the
country abbreviation 中; a town run into its village (城关镇小沟村) is two names, as the read
sets' gold splits all 17 such chains; a quoted “五一” is a date as a quoted “十一” is; a road named
by its class alone (断头路) is no place; a place's Party committee (惠民县委) is one ORG in both modes
(LAC read the county and a title); a lead clause that tells the news (市交通运输局发布消息，…) is no topic.

Input: a JSON line's own ``title`` field (a crawler's ``{"title", "content"}``) is the title of
its first article when the text prints none (``source.title``: no span, it is not in the text).

Metrics: a 其中 sentence's part with no metric word (其中，A景区1.5万人次) counts what the
sentence before counted in that unit; 车 counts wagons loaded (日均装车16.89万车), where no
noun follows it (1万车主 is no figure of 车); a metric ending in a verb after a preposition's phrase
is the verb (在中亚地区出口: 出口); a 分别 list of kinds that holds no name (核电、风电、太阳能发电, 飞机票、
宾馆住宿…价格) gives each figure its kind as the metric, the place staying the subject, as the read
sets' gold writes them.
"""

from __future__ import annotations

import pytest

from pipeline.layout import rules
from pipeline.layout.bylines import reporter_lead
from pipeline.layout.split import split_articles
from test_claims import analyse, times_of


def _titles(raw: str) -> list[str]:
    return ["".join(raw[a:b] for a, b in article.first("title").pieces) if article.first("title") else ""
            for article in split_articles(raw)]


JUMP_PAGE = (
    "河湾镇秋收过半 机收率超九成\n"
    "本报讯(通讯员周明)入秋以来,河湾镇抢抓晴好天气组织秋收,\n"
    "全镇已收获玉米3.2万亩,占播种面积的百分之五十六。\n"
    "镇农技站调配收割机140台,分片包村作业,确保颗粒归仓。\n"
    "河湾镇玉米秋收 亩产再创新高\n"
    "(上接第1版)河湾镇农技站测产结果显示,今年玉米平均亩产\n"
    "达到610公斤,比去年增加35公斤,秋收进度快于往年。\n"
)


def test_a_headline_over_a_continued_paragraph_opens_an_article():
    assert _titles(JUMP_PAGE) == ["河湾镇秋收过半 机收率超九成", "河湾镇玉米秋收 亩产再创新高"]


SUBHEAD_OVER_MARKER = (
    "老城菜市场改造完工\n"
    "改造后的菜市场里,摊位整齐划一。 本报记者 林木 摄\n"
    "现场直击\n"
    "(上接第1版)老城菜市场改造工程昨日完工,新增摊位120个,\n"
    "市场内设置了公平秤和农残快检点。\n"
)


def test_a_sub_head_over_the_marker_under_a_title_stays_in_its_article():
    assert _titles(SUBHEAD_OVER_MARKER) == ["老城菜市场改造完工"]


GAPPED_STACK = (
    "北湖港吞吐量创新高\n\n"
    "本报讯(记者 王川)前三季度,北湖港完成货物吞吐量8600万吨,同比增长12.4%。\n\n"
    "港口新建的两个集装箱泊位已投入试运行。\n\n\n"
    "前10个月东站发送旅客破千万人次\n\n"
    "比去年提前两个月跨过这道关口\n\n"
    "本报讯(记者 陈雨)今年前10个月,东站累计发送旅客1016万人次。\n"
)


def test_a_first_headline_line_closer_to_the_line_under_it_tops_a_stack():
    titles = _titles(GAPPED_STACK)
    assert titles[0] == "北湖港吞吐量创新高"
    assert len(titles) == 2 and titles[1] in ("前10个月东站发送旅客破千万人次", "比去年提前两个月跨过这道关口")
    second = split_articles(GAPPED_STACK)[1]
    assert GAPPED_STACK[second.start:].startswith("前10个月东站")


@pytest.mark.parametrize("text, lead", [
    ("近日，从市交通运输局了解到，全市新开通公交线路6条。", True),
    ("日前，从省统计局获悉，全省粮食产量再创新高。", True),
    ("记者从市统计局获悉，一季度全市生产总值增长5%。", True),
    ("此外，从市教育局了解到，新学期将新增学位3000个。", False),  # no time word: a paragraph goes on
    ("近日，从严从实抓好安全生产的通知印发。", False),  # 从 of 从严, no source cue
])
def test_a_source_formula_after_a_time_word_opens_a_lead(text, lead):
    assert reporter_lead(text) is lead


@pytest.mark.parametrize("line, furniture", [
    ("东江新闻网·本地新闻　就业版　2018年3月2日", True),
    ("晨报　要闻版　2024年5月6日　星期一", True),
    ("新版教材今年9月起在全市投入使用", False),
    ("2024年5月6日,市民在再版书展上选购图书", False),
])
def test_a_page_named_by_a_word_heads_a_page(line, furniture):
    assert rules.is_page_furniture(line) is furniture


TRANSCRIPT = (
    "招聘会送岗八千个\n"
    "【配音】\n"
    "3月1日,城南体育馆举行春季招聘会,312家企业带来岗位8000余个。\n"
    "【同期】\n"
    "求职者 刘洋:专业对口的岗位不少,准备多投几家。\n"
)


def test_a_transcripts_part_markers_are_no_headline_lines():
    assert _titles(TRANSCRIPT) == ["招聘会送岗八千个"]


@pytest.mark.parametrize("article, expected", [
    ("班列|9月2日，随着一列货运班列从东港站开出，今年以来东港站累计开行班列达5000列。", ["今年以来"]),
    ("汽车|某车企8月产销量均超过3万辆 是去年同期2倍多", ["8月", "8月"]),
    ("物流|1-9月，18个重点物流项目完成投资8.6亿元，为去年投资的1.4倍。", ["1-9月", "1-9月", "1-9月"]),
    ("旅游|今年五一节假期，全县接待游客5.2万人次。", ["今年五一节假期"]),
    ("招聘|“2019年全省大中专毕业生（公益性）就业招聘大会”今天在省城举行，吸引了1.2万名毕业生进场。", ["今天"]),
    ("快递|大屏幕上，“2024年全省快递业务量突破80亿件”的字样定格。", ["2024年"]),
    ("交通|国庆期间（10月1日-7日），全市对外交通客运量86.2万人次。", ["国庆期间"]),
    ("交通|昨天（3月31日），全市地铁客运量达到310万人次。", ["3月31日"]),
    ("交通|今天(29日)8时50分，全市降雨量达到50毫米。", ["今天(29日)8时50分"]),
    ("交通|4月4日至6日（清明节假期期间），全市客运量96.5万人次。", ["4月4日至6日"]),
    ("地铁|据统计，长假7天全市地铁总客运量达410.6万人次。", ["长假", "长假"]),  # 7天 measures the break
])
def test_claim_times_of_round_13(recognizer, article, expected):
    assert times_of(*analyse(article, recognizer)) == expected


@pytest.mark.parametrize("article, expected", [
    ("旅游|五一假期，全县乡村旅游接待人数达到6.6万人次，旅游收入为3709万元。其中，北山景区1.5万人次，收入128万元。",
     ["乡村旅游接待人数", "旅游收入", "乡村旅游接待人数", "收入"]),
    ("铁路|一季度，全省铁路日均装车3.2万车，同比增加1500车。", ["铁路日均装车", "铁路日均装车"]),
    # a verb after a preposition's phrase measures the act: 在中亚地区|出口, 向种植公司|赔付
    ("出口|长安汽车在中亚地区出口4.2万辆。", ["出口"]),
    ("保险|保险公司向种植公司赔付120万元。", ["赔付"]),
    ("招聘|今年向社会公开招聘人数达到300人。", ["向社会公开招聘人数"]),  # a noun after the verb: kept
    # a 分别 list of kinds no name is in measures the kinds (核电、风电…发电): the place is the subject
    ("电力|10月当月，全省火电同比增长1.2%，水电、风电、光伏发电同比分别增长3.2%、8.5%和11.4%。",
     ["火电", "水电", "风电", "光伏"]),
])
def test_metrics_of_round_13(recognizer, article, expected):
    from test_claims import metrics_of

    text, claims = analyse(article, recognizer)
    assert metrics_of(text, claims) == expected


@pytest.mark.parametrize("article, expected", [
    ("班列|9月2日，随着一列中欧班列从东港站开出，今年以来中欧班列累计开行达5000列。", ["中欧班列"]),
    ("新区|三年来滨江新区累计引进企业120家。", ["滨江新区"]),
])
def test_subjects_of_round_13(recognizer, article, expected):
    text, claims = analyse(article, recognizer)
    assert [claim.subject for claim in claims] == expected


@pytest.mark.parametrize("article", [
    "欠薪|在镇政府，《工人日报》记者看到一份签名表，上面按着42个红指印。",
    "餐厅|东城网记者看到，餐厅的粥品2元一份，汤品免费。",
])
def test_a_reporters_outlet_is_no_subject(recognizer, article):
    text, claims = analyse(article, recognizer)
    assert claims and not any(claim.subject and claim.subject.endswith(("日报", "网")) for claim in claims)


def test_a_known_programme_is_one_entity(recognizer):
    text = "今年以来中欧班列累计开行5000列。"
    found = [(e.text, e.label) for e in recognizer.find(text)]
    assert ("中欧班列", "PROGRAM") in found and ("中", "GPE") not in found


def test_a_json_lines_records_title_field_is_its_articles_title(tmp_path):
    """A crawler's record keeps its headline in a field of its own: no span, but the title."""
    import json

    from pipeline.records.export import headline
    from pipeline.run import cached_nlp, process_dump
    from pipeline.settings import Settings
    from pipeline.text.ingest import read_inputs

    record = {"id": "r1", "title": "全县秋粮喜获丰收", "content": "今年以来，全县秋粮播种面积稳定在45万亩。\n全县秋粮总产达到12.6万吨。"}
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    dump = next(iter(read_inputs([str(path)])))
    settings = Settings(mode="fast")
    records = process_dump(dump, cached_nlp(settings), settings)
    assert records[0].source.title == "全县秋粮喜获丰收" and records[0].title is None
    assert headline(records[0]) == "全县秋粮喜获丰收"
    assert all(c.figure.text in dump.text for r in records for c in r.claims)


def test_a_lead_clause_that_tells_the_news_is_no_topic():
    from pipeline.claims.lead_topic import lead_topic

    text = "市交通运输局发布消息，春节期间，全市对外交通客运量96.48万人次。"
    assert lead_topic(text, 0, len(text)) is None
    text = "上市银行一季报业已收官，净利润合计增长6%。"
    assert lead_topic(text, 0, len(text)) == ("上市银行", (0, 4))


@pytest.mark.parametrize("text, names", [
    ("游客来到城关镇小沟村采摘。", [("城关镇", "LOC"), ("小沟村", "LOC")]),
    ("土城镇土城村迎来众多游客。", [("土城镇", "LOC"), ("土城村", "LOC")]),
    ("新镇村村民人均增收。", [("新镇村", "LOC")]),  # a village named 新镇村: no town before it
    # ports of entry and bonded zones are places named after their city (models/loc_suffixes.txt)
    ("经满洲里口岸进出境的班列达3073列。", [("满洲里口岸", "LOC")]),
    ("乌鲁木齐综保区进出口额突破100亿元。", [("乌鲁木齐综保区", "LOC")]),
])
def test_a_town_run_into_its_village_is_two_names(recognizer, text, names):
    found = [(e.text, e.label) for e in recognizer.find(text)]
    assert all(name in found for name in names)


@pytest.mark.parametrize("text, dates", [
    ("陇南“五一”乡村旅游持续火爆。", ["五一"]),  # quoted, the holiday
    ("“十一”前，景区推出优惠。", ["十一"]),
    ("五一路上车流量大。", []),  # bare: a street's name
    ("今春全省共完成造林绿化面积778万亩。", ["今春"]),  # a season of this year in one word
    ("如今春天来了，游客多了起来。", ["如今"]),
    ("全县新建十一个项目。", []),
])
def test_holiday_and_season_words_are_dates(text, dates):
    from pipeline.entities.dates import find_dates

    assert [d.text for d in find_dates(text)] == dates


def test_a_road_named_by_its_class_alone_is_no_place(recognizer):
    assert "断头路" not in [e.text for e in recognizer.find("今年全市打通断头路12条。")]


@pytest.mark.parametrize("mode", ["fast", "accurate"])
@pytest.mark.parametrize("text, names", [
    ("惠民县委书记殷梅英走进直播间。", [("惠民县委", "ORG"), ("殷梅英", "PERSON")]),
    ("县委书记李明说，全县新增岗位3000个。", [("县委", "ORG")]),
    ("受省委托，市里开展调查。", []),  # 省委托: entrusted by the province, no committee
])
def test_a_places_party_committee_is_one_body(mode, text, names):
    from pipeline.entities.recognizer import EntityRecognizer

    found = [(e.text, e.label) for e in EntityRecognizer(mode=mode).find(text)]
    assert all(name in found for name in names) and not any(t.endswith("委") and not names for t, _ in found)
