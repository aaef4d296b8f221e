"""Page layout: articles, kicker/title/subtitle, bylines, captions, markers, joins.

Each case is a small dump written for these tests in the conventions of a
different kind of paper, with what the layout must find in it.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.layout.split import split_articles
from pipeline.layout.rules import (
    CONTINUED_TO,
    PAGE_LABEL,
    PAGE_NUMBER,
    TEAM_LINE,
    continued_to,
    credit_author_names,
    is_page_furniture,
    is_terminated,
    looks_like_heading,
    page_date,
    reporter_names,
    team_line,
)

LEAD_AT_START = """
市区新增公交线路12条

本报讯(记者 王海燕 通讯员 刘凯)记者昨日从市交通运输局获悉,今年以来全市新开公交线路12条,优化调整线路31条。

下一步,市交通运输局将继续加密公交网络,方便市民出行。
"""

BYLINE_AT_END = """
绿色出行成为新风尚

共享单车日均骑行量突破60万人次,骑行已成为很多市民短途出行的首选。

在地铁站口,记者看到一排排单车摆放整齐,有专人负责调度。

本报记者 陈静 文/图
"""

AGENCY_KICKER_SUBTITLE = """
聚焦春耕生产

小麦长势总体好于常年

——各地加强田间管理确保夏粮丰收

新华社北京3月12日电(记者 张三丰)农业农村部最新调度显示,全国冬小麦一、二类苗比例为87.6%,高于常年水平。
"""

BREAK_WITH_CAPTION = """
老街焕新颜

本报讯(记者 赵敏)经过半年改造,城东老街昨日重新开街。改造后的老街保留了青砖灰瓦的历史风貌,同时增设了



改造后的城东老街夜景

休闲座椅和文化展示墙,吸引了不少市民前来打卡。
"""

BREAK_WITHOUT_CAPTION = """
秋粮收购有序开展

本报讯(记者 孙立)目前全省已累计收购秋粮120万吨,各收购网点运转正常,农民售粮排队时间明显

缩短。粮食部门表示将加强市场监测。
"""

CONTINUED_AND_TRUNCATED = """
(上接一版)在项目建设方面,全市重点项目完成投资进度的62%,新开工项目45个。

各县区要压实责任,确保项目早投产、早见效。

校园足球联赛开赛

本报记者 李想

本届联赛共有86支队伍参加,比赛将持续到6月底,组委会还将评选出最佳球员和
"""

CONTINUED_TO_NEXT_PAGE = """
城市书房覆盖各街道

本报讯(记者 钱文)今年全市新建城市书房28家,实现街道全覆盖,市民在家门口就能借阅图书,读者可通过

(下转第二版)
"""

CREDITS_BLOCK = """
深化改革的基层探索

推进基层治理现代化,关键在于把制度优势转化为治理效能。

市社科联课题组
策 划:王一鸣 陈二
本期执笔:李小三
校 审:赵四
"""

SECTION_HEADINGS = """
青年之家遍布城乡

青年是城市发展的生力军。近年来,各地持续完善青年服务阵地。

一、阵地建设

全市建成青年之家120个,覆盖所有乡镇街道。

(一)服务内容不断丰富

各青年之家开设了技能培训、心理咨询等课程。

本报记者 周全
"""

ONE_LINE_PER_PARAGRAPH = """\
老旧小区加装电梯提速
今年全市计划加装电梯600台,比去年增加近五成。
审批时限由30个工作日压缩到15个工作日。
居民在新装的电梯前合影留念
本报记者 孙悦
夜市经济红火
本报讯(记者 韩梅)全市12个夜市本周客流量超过30万人次。
"""

PAREN_BYLINE_AND_JUMP = """\
老街区焕发新活力
(上接一版)改造后街区日均客流量增长至2.5万人次。
(记者 韩冬)
新增学位1.2万个
本报讯(记者 韩冬)今年全市将新建学校23所,逐步构建起覆盖全域、可复制可推广的(下转六版)
新能源汽车下乡活动启幕
本报讯(记者 钟琳)活动将于本周六启幕,30余家车企参展。
"""

TRAILING_PAREN_BYLINE = """\
保险理赔提速
本报讯 全省小额案件平均理赔周期由15天缩短至6天。(记者 马晓军)
合作社"托管"撂荒地 户均增收2100元
本报讯(记者 苏雅琴)
全县今年已推广土地托管服务9.6万亩。
"""

SAME_REPORTER_TWICE = """\
古城夜游火了
本报讯(记者 陈思远)春节假期,古城夜游接待游客12万人次。
本报记者 陈思远 文/图
"""

CASES = {
    "lead line at start": (LEAD_AT_START, [dict(
        title="市区新增公交线路12条", kicker=None, subtitle=None, source_line="本报讯",
        reporters=["王海燕", "刘凯"], captions=[], continued_from=None, continued_to=None, truncated=False)]),
    "byline at end": (BYLINE_AT_END, [dict(
        title="绿色出行成为新风尚", source_line=None, reporters=["陈静"], truncated=False)]),
    "agency dateline with kicker and subtitle": (AGENCY_KICKER_SUBTITLE, [dict(
        kicker="聚焦春耕生产", title="小麦长势总体好于常年", subtitle="——各地加强田间管理确保夏粮丰收",
        source_line="新华社北京3月12日电", reporters=["张三丰"])]),
    "break with caption": (BREAK_WITH_CAPTION, [dict(
        title="老街焕新颜", captions=["改造后的城东老街夜景"], truncated=False,
        joins=["改造后的老街保留了青砖灰瓦的历史风貌,同时增设了休闲座椅和文化展示墙"])]),
    "break without caption": (BREAK_WITHOUT_CAPTION, [dict(
        title="秋粮收购有序开展", captions=[], truncated=False, joins=["农民售粮排队时间明显缩短。"])]),
    "continued, then a truncated article": (CONTINUED_AND_TRUNCATED, [
        dict(title=None, continued_from="一版", truncated=False),
        dict(title="校园足球联赛开赛", reporters=["李想"], truncated=True),
    ]),
    "continued on another page": (CONTINUED_TO_NEXT_PAGE, [dict(
        title="城市书房覆盖各街道", continued_to="第二版", truncated=False)]),
    "credits name the author only": (CREDITS_BLOCK, [dict(
        title="深化改革的基层探索", reporters=["李小三"], truncated=False)]),
    "one paragraph a line: caption before the closing byline": (ONE_LINE_PER_PARAGRAPH, [
        dict(title="老旧小区加装电梯提速", captions=["居民在新装的电梯前合影留念"], reporters=["孙悦"], truncated=False),
        dict(title="夜市经济红火", reporters=["韩梅"]),
    ]),
    "parenthesized closing byline, then a jump to another page": (PAREN_BYLINE_AND_JUMP, [
        dict(title="老街区焕发新活力", reporters=["韩冬"], continued_from="一版"),
        dict(title="新增学位1.2万个", continued_to="六版", captions=[], truncated=False),
        dict(title="新能源汽车下乡活动启幕", reporters=["钟琳"]),
    ]),
    "closing (记者 X) at the end of the last paragraph": (TRAILING_PAREN_BYLINE, [
        dict(title="保险理赔提速", reporters=["马晓军"], captions=[], truncated=False),
        dict(title='合作社"托管"撂荒地 户均增收2100元', reporters=["苏雅琴"], source_line="本报讯", truncated=False),
    ]),
    "a reporter named in the lead and the closing byline counts once": (SAME_REPORTER_TWICE, [
        dict(title="古城夜游火了", reporters=["陈思远"]),
    ]),
    "section headings stay in their article": (SECTION_HEADINGS, [dict(
        title="青年之家遍布城乡", headings=["一、阵地建设", "(一)服务内容不断丰富"], reporters=["周全"])]),
}


def _describe(raw: str):
    text = lambda span: raw[span[0]:span[1]] if span else None
    for article in split_articles(raw):
        unit_text = lambda role: next((raw[u.start:u.end] for u in article.units if u.role == role), None)
        yield dict(
            title=unit_text("title"), kicker=unit_text("kicker"), subtitle=unit_text("subtitle"),
            source_line=text(article.source_line), reporters=[text(r) for r in article.reporters],
            captions=[raw[u.start:u.end] for u in article.units if u.role == "caption"],
            headings=[raw[u.start:u.end] for u in article.units if u.role == "heading"],
            continued_from=text(article.continued_from), continued_to=text(article.continued_to),
            truncated=article.truncated,
            joins=["".join(raw[a:b] for a, b in u.pieces) for u in article.units if len(u.pieces) > 1],
        )


@pytest.mark.parametrize("raw, expected", CASES.values(), ids=CASES.keys())
def test_layout_cases(raw, expected):
    found = list(_describe(raw))
    assert len(found) == len(expected), [f["title"] for f in found]
    for got, want in zip(found, expected):
        for key, value in want.items():
            if key == "joins":
                assert any(fragment in joined for fragment in value for joined in got["joins"]), got["joins"]
            else:
                assert got[key] == value, (key, got)


def test_article_spans_cover_title_to_last_line():
    (article,) = split_articles(BYLINE_AT_END)
    assert BYLINE_AT_END[article.start:article.end].startswith("绿色出行成为新风尚")
    assert BYLINE_AT_END[article.start:article.end].endswith("本报记者 陈静 文/图")


def test_crlf_and_bom_keep_raw_offsets():
    raw = "\ufeff" + LEAD_AT_START.replace("\n", "\r\n")
    (article,) = split_articles(raw)
    title = next(u for u in article.units if u.role == "title")
    assert raw[title.start:title.end] == "市区新增公交线路12条"
    assert [raw[a:b] for a, b in article.reporters] == ["王海燕", "刘凯"]


@pytest.mark.parametrize("line, terminated", [
    ("他说。", True), ("“很好。”", True), ("真的吗?", True), ("如下:", True),
    ("我们将继续", False), ("占比提高", False), ("标题", False),
    ("“这是好事。”■新华社", True), ("增长两成。□据河湾日报", True), ("招聘■新华社", False),
])
def test_is_terminated(line, terminated):
    assert is_terminated(line) is terminated


@pytest.mark.parametrize("line, heading", [
    ("青春奋斗正当时 此心安处是郑州", True), ("筑稳安居港湾", True),
    ("“八个统一”的成效,本质上是", False),  # a clause comma: a broken body line
    ("全年完成投资120亿元。", False),
    ("这是一个非常非常长的句子它没有任何标点符号但是长度已经超过了标题可能的最大长度所以不是标题", False),
])
def test_looks_like_heading(line, heading):
    assert looks_like_heading(line) is heading


@pytest.mark.parametrize("line, names", [
    ("本报记者 杨柳文/图", ["杨柳"]),
    ("(记者 李四 王五 通讯员 赵六)", ["李四", "王五", "赵六"]),
    ("本报记者 梁晨 实习生 唐悦", ["梁晨", "唐悦"]),
    ("文/图 本报记者 马可", ["马可"]),
    ("记者 欧阳明月 摄", ["欧阳明月"]),
])
def test_reporter_names(line, names):
    assert [line[a:b] for a, b in reporter_names(line)] == names


@pytest.mark.parametrize("line, names", [
    ("本期执笔:李玲", ["李玲"]), ("执 笔:王一 张二", ["王一", "张二"]),
    ("策 划:王超 谭鹏辉", []), ("校 审:张昕", []),
])
def test_credit_author_names(line, names):
    assert [line[a:b] for a, b in credit_author_names(line)] == names


PAGE_FURNITURE = """
2026年5月1日 星期五
第3版

夜市经济激发消费活力

本报讯(记者 韩梅)五一假期首日,全市12个夜市客流量超过30万人次。
"""


#: PDF text: lines hard-wrapped at 20, a page number and a form feed, then the next page's running head.
PDF_PAGE_BREAK = (
    "河湾新区夜市开张\n\n"
    "本报讯（记者 郑一帆）周六晚，河湾新区滨河路夜\n"
    "市正式开张，首批入驻摊位86个，当晚接待市民约\n"
    "1.2万人次。\n\n"
    "- 2 -\n"
    "\f河湾日报  2026年5月2日  星期六  第2版\n\n"
    "老城区供水管网改造完工\n\n"
    "本报讯（记者 韩露）记者昨日从市水务集团获悉，老\n"
    "城区供水管网改造工程已全部完工，共更换管道38\n"
    "公里。\n"
)


def test_pdf_page_number_and_form_feed_belong_to_no_article():
    titles = [PDF_PAGE_BREAK[t.start:t.end] for a in split_articles(PDF_PAGE_BREAK)
              for t in [a.first("title")]]
    assert titles == ["河湾新区夜市开张", "老城区供水管网改造完工"]
    for article in split_articles(PDF_PAGE_BREAK):
        text = PDF_PAGE_BREAK[article.start:article.end]
        assert "- 2 -" not in text and "\f" not in text


#: Web copy saved as text with the site's furniture: breadcrumb, buttons, QR-code prompt (CRLF).
WEB_FURNITURE = (
    "首页 > 新闻中心 > 本地要闻\r\n"
    "河湾区新建5所幼儿园今秋招生\r\n"
    "来源：河湾日报  2024-05-12 09:31  字号：大 中 小\r\n"
    "分享到：\r\n"
    "本报讯（记者 郑一帆）记者昨日从河湾区教育局获悉，区内新建的5所公办幼儿园将于9月开园。\r\n"
    "据介绍，5所幼儿园总投资1.2亿元，每所设12个班。\r\n"
    "编辑：王芳\r\n"
    "【打印】【关闭】\r\n"
    "扫一扫在手机打开当前页\r\n"
)


def test_web_page_furniture_belongs_to_no_article():
    (article,) = split_articles(WEB_FURNITURE)
    title = article.first("title")
    assert WEB_FURNITURE[title.start:title.end] == "河湾区新建5所幼儿园今秋招生"
    assert [WEB_FURNITURE[a:b] for a, b in article.reporters] == ["郑一帆"]
    assert WEB_FURNITURE[article.start:article.end].endswith("编辑：王芳")


#: A closing byline over three lines (通讯员, 记者, a bare name), then a pointer to related stories.
BYLINE_OVER_LINES = (
    "河湾大桥今日合龙\n\n"
    "本报讯 历时两年建设，河湾大桥主桥今日合龙，全长1.8公里。\n"
    "本报通讯员 方小岚\n"
    "本报记者 韩露\n"
    "曹文博\n\n"
    "（相关报道见A3版·城建）\n\n"
    "新区两所学校秋季开学\n\n"
    "本报讯（记者 郑一帆）新区两所新建学校将于9月1日开学，提供学位2400个。\n"
)


def test_byline_over_lines_and_see_also_line_close_their_article():
    first, second = split_articles(BYLINE_OVER_LINES)
    text = lambda span: BYLINE_OVER_LINES[span[0]:span[1]]
    assert [text(r) for r in first.reporters] == ["方小岚", "韩露", "曹文博"]
    assert text((first.start, first.end)).endswith("（相关报道见A3版·城建）")
    title = second.first("title")
    assert text((title.start, title.end)) == "新区两所学校秋季开学"
    assert [text(r) for r in second.reporters] == ["郑一帆"]


def test_page_dateline_and_label_belong_to_no_article():
    from pipeline.layout.split import dump_date

    (article,) = split_articles(PAGE_FURNITURE)
    title = next(u for u in article.units if u.role == "title")
    assert PAGE_FURNITURE[title.start:title.end] == "夜市经济激发消费活力"
    assert dump_date(PAGE_FURNITURE) == "2026-05-01"
    assert dump_date(LEAD_AT_START) is None


@pytest.mark.parametrize("raw", ["(上接一版)", "\n(下转第二版)\n", "2026年5月1日 星期五\n第3版\n", "   \n\n"])
def test_dumps_without_article_text_give_no_articles(raw):
    assert split_articles(raw) == []


# The end-anchored patterns searched from where a match can start give what a full search gives.
_TAIL_PARTS = ["(下转第3版)", "(转二版)", "(下转第一二三四版)", "(转第12版)", "联合课题组", "评论员", "课题组",
               "\n", " ", "。", "(", ")", "下转", "第", "版", "记者", "张三", "联合"]


@given(st.lists(st.sampled_from(_TAIL_PARTS), max_size=8))
def test_tail_searches_match_full_searches(parts):
    text = "".join(parts)
    for full, tail in ((CONTINUED_TO, continued_to), (TEAM_LINE, team_line)):
        expected, got = full.search(text), tail(text)
        assert (expected and expected.span()) == (got and got.span())


_DATELINE_PARTS = ["2026", "年", "5", "月", "1", "日", " ", "星期五", "农历三月十五", "第3版", "人民日报", "要闻",
                   "A2版", "。", ",", "全市", "10", "-", "."]


@given(st.lists(st.sampled_from(_DATELINE_PARTS), min_size=1, max_size=8))
@example(["人民日报", " ", "2026", "年", "5", "月", "1", "日", " ", "星期五"])
@example(["2026", "-", "5", "-", "1", " ", "农历三月十五"])
@example(["2026", ".", "5", ".", "1", "第3版"])
def test_page_furniture_guard_keeps_every_dateline(parts):
    text = "".join(parts).strip()
    expected = page_date(text) is not None or bool(PAGE_LABEL.match(text) or PAGE_NUMBER.match(text))
    assert is_page_furniture(text) is expected
    assert is_page_furniture(text, folded=True) is expected
