"""Line cues of any outlet: leads, bylines, closing credits, web meta and editor lines, headline shapes.

Table-driven, from sentences written for these tests in the printed
conventions of national, city, evening and county papers, wire services
and news sites. Text is folded as the layout folds it.
"""

from __future__ import annotations

import pytest

from pipeline.layout import bylines, rules, web_lines
from pipeline.layout.roles import surnames as _surnames
from pipeline.text.normalize import fold_width


def _names(text: str, spans) -> list[str] | None:
    return None if spans is None else [text[a:b] for a, b in spans]


@pytest.mark.parametrize("line, names", [
    ("羊城晚报记者 王小川报道", ["王小川"]),
    ("□晚报记者 王小川", ["王小川"]),
    ("■本报记者 李娜 通讯员 周强", ["李娜", "周强"]),
    ("■通讯员周建国、柳永和、钟伟", ["周建国", "柳永和", "钟伟"]),
    ("文/陈晨 图/刘洋", ["陈晨"]),  # the photographer is not a reporter
    ("新华社记者 张三 摄", ["张三"]),
    ("本报记者 石 岚 摄", ["石 岚"]),  # a two-character name padded to width
    ("(记者 韩冬)", ["韩冬"]),
    ("扬子晚报/紫牛新闻记者 宋世锋", ["宋世锋"]),
    ("本报评论员", None),
    ("特派记者 黄一鸣", ["黄一鸣"]),
    ("央视记者 孙可心 李明", ["孙可心", "李明"]),
    ("◎本报驻京记者 曹阳", ["曹阳"]),
    ("图/刘洋", None),
    ("记者从市交通局获悉", None),
    ("县农技站送技术到田头", None),
    ("(刘建平孙海燕)", ["刘建平", "孙海燕"]),  # a closing credit of names run together, no role word
    ("(记者 周文 通讯员 高山林丽红)", ["周文", "高山", "林丽红"]),
    ("(春耕生产忙)", None),
    ("新江城-江城日报记者  胡 敏", ["胡 敏"]),  # a media group's brand before its paper
])
def test_byline_lines(line, names):
    text = fold_width(line)
    assert _names(text, bylines.byline_line(text)) == names


@pytest.mark.parametrize("paragraph, cue, names", [
    ("北京日报客户端北京3月5日电(记者 王芳)今天上午", "北京日报客户端北京3月5日电", ["王芳"]),
    ("新华社北京10月21日电(记者罗晓)记者21日获悉", "新华社北京10月21日电", ["罗晓"]),
    ("中新网3月25日电(张依林) 25日,", "中新网3月25日电", ["张依林"]),
    ("本报讯(黄建明记者张运娇实习生伍仁华)因在去年", "本报讯", ["黄建明", "张运娇", "伍仁华"]),
    ("本报讯 (记者丛林 通讯员李会川)9月24日", "本报讯", ["丛林", "李会川"]),
    ("本报北京5月1日讯(记者 王某某)", "本报北京5月1日讯", ["王某某"]),
    ("北京日报讯(记者 高伟)昨天9时", "北京日报讯", ["高伟"]),
    ("本报讯春回大地,万象更新", "本报讯", []),
    ("据新华社电 记者12日从交通运输部获悉", "据新华社电", []),
    ("据新华社报道,日前", "据新华社报道", []),
    ("央视网消息:今天", "央视网消息", []),
    ("国际在线消息:4月16日", "国际在线消息", []),
    ("南都讯 记者 王某某 昨日,记者从市交通局获悉", "南都讯", []),
    ("央广网北京5月1日消息(记者 任一帆)", "央广网北京5月1日消息", ["任一帆"]),
    ("本报综合消息 近日,", "本报综合消息", []),
    ("国家电网公司供电服务中心", None, None),
    ("通讯员李四说,今年", None, None),
    ("据统计,今年全市", None, None),
])
def test_lead_sources(paragraph, cue, names):
    """``names``: of the parenthetical; an open byline is read by :func:`bylines.open_byline`."""
    text = fold_width(paragraph)
    match = bylines.lead_source(text)
    assert (match and match.group("cue")) == cue
    if match:
        paren = match.group("paren") or ""
        assert _names(paren, bylines.paren_names(paren)) == names


@pytest.mark.parametrize("paragraph, names", [
    ("…比去年增长一成。(董建平)", ["董建平"]),
    ("…同比上升3.5%。方琳", ["方琳"]),
    ("…投入使用。 记者 钟建国 通讯员 丁晓明 摄影报道", ["钟建国", "丁晓明"]),
    ("…迎来新学期。 记者 张扬帆 陈静/摄", ["张扬帆", "陈静"]),
    ("…连夜转移。羊城晚报记者 王小川报道", ["王小川"]),
    ("…增长。(完)", None),
    ("…他说。(据新华社)", None),
    ("…他说。(图片来源:网络)", None),
    ("…记者说:我们好的", None),
    ("…大家都说好。真好", None),  # 真 is no surname: no credit
])
def test_closing_credits(paragraph, names):
    text = fold_width(paragraph)
    found = bylines.trailing_credit(text, _surnames())
    assert _names(text, found and found[1]) == names


@pytest.mark.parametrize("line, meta, authors, editor", [
    ("来源:江城晚报     记者:罗水平     作者:罗水平     编辑:裘一琼", True, ["罗水平", "罗水平"], False),
    ("2019-06-02 10:31:00|来源:江城在线|编辑:张明", True, [], False),  # an editor is no reporter
    ("2021年07月09日 16:20 来源:江城新闻网", True, [], False),
    ("作者:本网记者 发布时间:2020-11-02 09:05", True, [], False),
    ("(责任编辑:裘一琼)", False, [], True),
    ("【责任编辑:裘一琼】", False, [], True),
    ("责编:王芳", False, [], True),
    ("记者从市交通局获悉,今年以来", False, [], False),
])
def test_meta_and_editor_lines(line, meta, authors, editor):
    text = fold_width(line)
    assert web_lines.is_meta_line(text) is meta
    assert _names(text, web_lines.meta_authors(text)) == authors
    assert web_lines.is_editor_line(text) is editor


@pytest.mark.parametrize("line, shape", [
    ("路灯不亮,何时修好?", "head"),
    ("“这才是我们的家乡!”", "head"),
    ("代表委员热议:发展新质生产力", "head"),
    ("第三比赛日:", "label"),
    ("微视点", "head"),
    ("来自市统计局的数据显示,", None),  # a paragraph cut at a column end
    ("“这两年家门口的展会很多,自己的爱好被更多", None),  # an unclosed quote
    ("城市更新的成效与经验,归根结底是", None),  # a clause cut after 是
    ("喝上了热汤。", None),
    ("问:你们什么时候开始准备的?", None),  # an interview's question
    ("记者:效果怎么样?", None),
    ("调整后全市月人均养老金达到", None),  # a sentence cut before its figure
    ("全年新建保障房共计", None),
    ("养老金标准再提高", "head"),
])
def test_headline_shapes(line, shape):
    assert rules.headline_shape(fold_width(line)) == shape


@pytest.mark.parametrize("line, furniture", [
    ("江城晚报 2022年8月3日 星期三 第A6版 民生 责编:周岚 美编:吴桐", True),
    ("江城日报 2025年9月21日 第A2版", True),
    ("责任编辑:王芳 美术编辑:李华 校对:赵六", True),
    ("(责任编辑:王芳)", False),  # an article's editor line
    ("第3版", True),
    ("2025年9月21日,全市召开大会。", False),
    ("2021年07月09日 16:20 来源:江城新闻网", False),  # a web meta line, read apart
    ("- 2 -", True),  # page numbers PDF text extraction prints on a line of their own
    ("— 14 —", True),
    ("第 3 页", True),
    ("第3页 共8页", True),
    ("5/12", True),
    ("Page 6 of 9", True),
    ("7", True),
    ("12万人参加", False),
    ("第3届", False),
    ("首页 > 新闻中心 > 本地要闻", True),  # a web page's furniture, saved with the text
    ("当前位置:首页 > 社会", True),
    ("您当前的位置:河湾在线 > 房产 > 国内新闻", True),
    ("河湾网首页 > 新闻", True),
    ("河湾在线 > 房产 > 国内新闻", True),
    ("收入>支出", False),
    ("【打印】【关闭】", True),
    ("分享到:", True),
    ("字号:大 中 小", True),
    ("扫一扫在手机打开当前页", True),
    ("浏览次数:1234", True),
    ("【字体:大 中 小】", True),
    ("下一篇:河湾区今秋新增学位1350个", True),
    ("版权所有 河湾日报社 京ICP备00000000号", True),
    ("打印机销量增长三成", False),  # a headline that opens on a button's word
    ("微博热搜背后的生意", False),
])
def test_page_furniture(line, furniture):
    assert rules.is_page_furniture(line) is furniture


@pytest.mark.parametrize("after_cue, names", [
    (" 记者李四、通讯员王五报道:昨日", ["李四", "王五"]),
    (" 全媒体记者闵小萍 通讯员龚红兵 徐佩佩 11月8日,由", ["闵小萍", "龚红兵", "徐佩佩"]),
    (" 记者 王某某 昨日,记者从市交通局获悉", ["王某某"]),
    (" 记者7日从最高人民法院获悉", None),
    (" 5月17日,全民健步走大赛", None),
    # a byline running into the lead's first sentence: the name length the sourcing verb confirms
    (" 记者姚强从市统计局获悉,今年", ["姚强"]),
    (" 云端/江城日报记者王晓东在市统计局了解到,", ["王晓东"]),
    (" 记者刘小军 陈东近日走访发现,", ["刘小军", "陈东"]),
    (" 记者从市统计局获悉,今年", None),
    (" 今年以来,全市从严", None),
])
def test_open_bylines_after_a_lead(after_cue, names):
    text = fold_width(after_cue)
    found = bylines.open_byline(text)
    assert _names(text, found and found[1]) == names


@pytest.mark.parametrize("line, caption", [
    ("市民在公园游玩。新华社发", True),
    ("航拍的新城区(资料图片)", True),
    ("夜色中的古城。视觉中国供图", True),
    ("10月3日,志愿者帮老人搬运物资。江城日报记者 胡小勇 通讯员 郑小龙 摄", True),
    ("图说:市民在书展现场挑选图书", True),
    ("▲新建成的口袋公园。记者 王某 摄", True),
    ("记者走访发现,菜价回落。市场人员说,货源充足。 记者 王某 摄", False),  # text with a closing credit
])
def test_photo_captions(line, caption):
    assert rules.is_photo_caption(fold_width(line)) is caption


@pytest.mark.parametrize("line, credit", [
    ("中新社发 王 东摄", True),
    ("新华社发 李小梅 摄", True),
    ("张华 摄影", True),
    ("江城日报供图", False),  # no name: a caption's source, not a credit of names
    ("全市新增绿道120公里", False),
])
def test_photo_credit_lines(line, credit):
    assert bylines.photo_credit(fold_width(line)) is credit


@pytest.mark.parametrize("stack, roles", [
    (["某省医改首日", "大医院人少了 小医院没变化"], ["kicker", "title"]),  # a topic over its news
    # spelled out (a first line of six characters or fewer is a kicker: roles._KICKER_MAX)
    (["跨江新桥今日通车", "两岸通勤时间由四十分钟缩短到十分钟以内"], ["title", "subtitle"]),
    (["新春走基层", "江城某村：农产品快递进城 年轻人返乡创业"], ["kicker", "title"]),
    (["城区三所学校如期开学", "新增学位2000多个"], ["title", "subtitle"]),
    (["——各地抓紧田间管理", "夏粮丰收在望"][::-1], ["title", "subtitle"]),
    # one title printed over two lines: the second line is the first's object
    (["省运会又决出", "六枚金牌"], ["title", "title"]),
    (["统计局公布上半年", "全省工业主要数据"], ["title", "title"]),
    (["市民期盼已久", "滨江大桥今日通车"], ["kicker", "title"]),  # the second states its news
    (["民生工程加速推进", "某市今年新建公园30个"], ["kicker", "title"]),  # a time word and a statistic
    (["义务植树添新绿", "干部群众一起在某山植树"], ["kicker", "title"]),  # 一起在…: a clause of its own
])
def test_headline_stacks(stack, roles):
    from pipeline.layout.lines import Line
    from pipeline.layout.roles import title_roles

    lines = [Line(pieces=[(0, len(text))], text=fold_width(text), gap=0 if i else 1) for i, text in enumerate(stack)]
    assert title_roles(lines) == roles


def test_a_web_article_takes_its_date_from_its_meta_line():
    from pipeline.layout.split import split_articles

    raw = ("地铁新线今日开通\n\n2025-03-12 09:15:06 来源:江城新闻网 作者:程佳宁\n\n"
           "今天上午,地铁5号线正式开通运营。\n\n(责任编辑:方一鸣)\n\n\n"
           "夜市重新开放\n\n市民晚上又能逛夜市了。\n")
    first, second = split_articles(raw)
    assert (first.date, second.date) == ("2025-03-12", None)
    assert [raw[a:b] for a, b in first.reporters] == ["程佳宁"]


@pytest.mark.parametrize("page, caption", [
    # a dated caption dropped into a column break after a comma
    ("台风过后道路积水\n\n本报讯 受灾群众被转移到体育馆,领到了棉被,\n\n9月4日,城东一处道路积水严重。\n\n还吃上了热乎的盒饭。\n", "9月4日,城东一处道路积水严重。"),
    # a paragraph cut inside a phrase goes on with a date: no caption
    ("全市接待游客超百万\n\n本报讯 假期全市接待游客的人数截至\n\n9月4日,已超过100万人次。\n\n旅游收入同比增长两成。\n", None),
])
def test_a_dated_line_in_a_column_break(page, caption):
    from pipeline.layout.split import split_articles

    (article,) = split_articles(page)
    found = [page[u.start:u.end] for u in article.units if u.role == "caption"]
    assert found == ([caption] if caption else [])


def test_a_short_piece_after_a_column_break_keeps_its_closing_credit():
    from pipeline.layout.split import split_articles

    page = ("夜市烟火气回来了\n　　今年夜市统一规划了120个摊位，实行垃圾分类，\n\n"
            "噪声问题也有了改善。 记者 司马云 实习生 黄蕾\n（下转第4版）\n")
    (article,) = split_articles(page)
    assert [page[a:b] for a, b in article.reporters] == ["司马云", "黄蕾"]
    assert not [u for u in article.units if u.role == "caption"]
    (body,) = [u for u in article.units if u.role == "body"]
    assert len(body.pieces) == 2  # the sentence cut by the break is rejoined


def test_the_examples_in_the_docstrings_hold():
    import doctest

    for module in (bylines, rules, web_lines):
        assert doctest.testmod(module).failed == 0, module.__name__


def test_a_title_printed_over_two_lines_is_one_title_in_the_eval_export():
    """One title unit of two pieces; the scorer's row joins its lines by a space, as a reader writes it."""
    from pipeline.records.export import eval_rows
    from pipeline.run import process_text

    raw = "省运会又决出\n六枚金牌\n本报讯（记者 王明）昨天，省运会游泳比赛决出六枚金牌，东道主队获得其中三枚。\n"
    from pipeline.settings import Settings

    article = process_text(raw, name="page.txt", settings=Settings(mode="fast"))[0]
    assert article.title.pieces and [raw[a:b] for a, b in article.title.pieces] == ["省运会又决出", "六枚金牌"]
    assert eval_rows(article)["articles"][0]["title"] == "省运会又决出 六枚金牌"


@pytest.mark.parametrize("before, after, runs_on", [
    ("区卫健委相关负责", "人表示,", True),  # 负责|人: a word cut at a column end
    ("全区共有托育机构1", "42家,", True),  # a number cut
    ("全区托育服务提质扩容", "今年以来,全区新增托位800个。", False),  # a sub-head, then its paragraph
    ("滨江新区再添一所学校", "本报讯 9月1日,", False),
])
def test_words_running_on_across_a_line_end(before, after, runs_on):
    from pipeline.layout.roles import word_runs_on

    assert word_runs_on(fold_width(before), fold_width(after)) is runs_on


def test_a_paragraph_cut_mid_word_is_rejoined_not_split_into_a_new_article():
    from pipeline.layout.split import split_articles

    page = ("区托育服务扩容提速\n本报讯(记者 韩梅)今年以来,全区新增托位800个,托育机构入托率达到61%。\n"
            "区卫健委相关负责\n人表示,全区共有托育机构1\n42家,其中普惠性机构96家。\n")
    [article] = split_articles(page)
    bodies = [[page[a:b] for a, b in unit.pieces] for unit in article.units if unit.role == "body"]
    assert bodies[1] == ["区卫健委相关负责", "人表示,全区共有托育机构1", "42家,其中普惠性机构96家。"]
