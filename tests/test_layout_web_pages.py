"""Web copy and news-photo pages: a site's banner, links to other stories, a long caption above the lead.

Pages written for this test in the shapes saved web pages and e-papers print.
"""

from __future__ import annotations

from pipeline.layout.split import split_articles

WEB_PAGE = """江城新闻网

全市春季招聘会提供岗位三万个

2024年03月12日 08:35　来源：江城日报

本报讯（记者王小明）昨日，全市春季招聘会在会展中心举行，三百余家企业提供岗位三万个。

（编辑：李华）

相关新闻
高校毕业生就业服务周启动
夜市经济带动就业

江城网财经

一季度全市外贸进出口增长一成

2024年04月15日 09:10　来源：江城日报

本报讯（记者陈东）记者从市商务局获悉，一季度全市外贸进出口总值同比增长一成。
"""


def _titles(page: str) -> list[tuple[str, int]]:
    return [(page[a.first("title").start:a.first("title").end], a.start) for a in split_articles(page)]


def test_a_site_banner_and_related_links_belong_to_no_article():
    found = _titles(WEB_PAGE)
    assert [title for title, _ in found] == ["全市春季招聘会提供岗位三万个", "一季度全市外贸进出口增长一成"]
    assert [start for _, start in found] == [WEB_PAGE.index("全市春季"), WEB_PAGE.index("一季度全市外贸")]
    first = split_articles(WEB_PAGE)[0]
    assert WEB_PAGE[first.start:first.end].endswith("（编辑：李华）")  # the links after it are not its text


PHOTO_FIRST = """春运首周客流平稳

1月20日，在某站候车厅，民警为旅客书写春联。每到春节前，民警都会在候车厅为旅客写春联。这是该站的传统。王 东摄

江城日报北京1月20日讯 记者齐小慧从市交通运输局获悉：春运第一周，全市客流总体平稳。
"""


def test_a_lead_after_a_news_photos_long_caption_still_names_the_reporter():
    [article] = split_articles(PHOTO_FIRST)
    assert [PHOTO_FIRST[a:b] for a, b in article.reporters] == ["齐小慧"]
    assert article.source_line is not None
    bodies = [u for u in article.units if u.role == "body"]
    assert len(bodies) == 2  # the caption ended with its credit: not rejoined with the lead


ORIGINAL_TITLE_PAGE = """当前位置：首页 > 财经

江城新材料产业园二期开工

2024-07-18 10:26:05　来源：江城日报

原标题：总投资80亿元　江城新材料产业园二期昨日开工建设

本报讯（记者 林海）昨日，江城新材料产业园二期项目开工，总投资80亿元。

【纠错】

【责任编辑：王静】
"""

SECTION_LABELS_PAGE = "第B03版：经济\r\n江城上半年外贸增长8%\r\n本报讯（记者 周涛）上半年全市外贸进出口同比增长8%。\r\n\r\n第B03版：经济\r\n港口吞吐量创新高\r\n本报讯（记者 吴凡）上半年江城港集装箱吞吐量同比增长12%。\r\n"


def test_a_web_pages_original_title_line_is_meta_not_a_new_article():
    [article] = split_articles(ORIGINAL_TITLE_PAGE)
    assert ORIGINAL_TITLE_PAGE[article.first("title").start:article.first("title").end] == "江城新材料产业园二期开工"
    assert [ORIGINAL_TITLE_PAGE[a:b] for a, b in article.reporters] == ["林海"]


def test_a_page_label_with_its_section_after_a_colon_is_furniture_not_a_kicker():
    articles = split_articles(SECTION_LABELS_PAGE)
    assert [a.first("kicker") for a in articles] == [None, None]
    assert [SECTION_LABELS_PAGE[a.first("title").start:a.first("title").end] for a in articles] == [
        "江城上半年外贸增长8%", "港口吞吐量创新高"]
