"""Layout classes read on fresh real pages (round 10), pinned on pages written for this test.

- 相关新闻：<headline> on one line is a link to another story, not a headline;
- a bracketed editor with a space for the colon (（编辑　李华）) closes a web article;
- a 【…】 tag over a headline, and a short line that only dates the news (截至7月底),
  are kickers;
- an outlet's name alone under a story's last paragraph (新华社) is its credit;
- X摄影报道 is a picture's credit;
- the line right over a web page's meta line is its title, commas and all;
- 原标题：… restates the headline: its figures are claims (a heading unit).
"""

from __future__ import annotations

import pytest

from pipeline.layout.split import split_articles


def _titles(page: str) -> list[str]:
    return [page[a.first("title").start:a.first("title").end] for a in split_articles(page)]


WEB_LINKS = """全市春季招聘会提供岗位三万个
2024年03月12日 08:35　来源：江城日报
本报讯（记者王小明）昨日，全市春季招聘会在会展中心举行，三百余家企业提供岗位三万个。
（编辑　李华）
相关新闻：高校毕业生就业服务周启动
相关新闻：夜市经济带动就业

一季度全市外贸进出口增长一成
2024年04月15日 09:10　来源：江城日报
本报讯（记者陈东）记者从市商务局获悉，一季度全市外贸进出口总值同比增长一成。
"""


def test_one_line_links_and_a_spaced_editor_end_a_web_article():
    assert _titles(WEB_LINKS) == ["全市春季招聘会提供岗位三万个", "一季度全市外贸进出口增长一成"]
    first = split_articles(WEB_LINKS)[0]
    assert WEB_LINKS[first.start:first.end].endswith("（编辑　李华）")


@pytest.mark.parametrize("page, kicker, title", [
    ("【奋进新征程】\n江城物流园年分拣快件超百万件\n近日，江城物流园正式投运，年分拣快件100万件以上。\n",
     "【奋进新征程】", "江城物流园年分拣快件超百万件"),
    ("截至6月底\n全省发电装机容量超8000万千瓦\n\n本报讯（记者李青）全省发电装机容量超8000万千瓦，同比增长9%。\n",
     "截至6月底", "全省发电装机容量超8000万千瓦"),
])
def test_tags_and_dating_lines_over_a_headline_are_kickers(page, kicker, title):
    [article] = split_articles(page)
    assert page[article.first("kicker").start:article.first("kicker").end] == kicker
    assert page[article.first("title").start:article.first("title").end] == title


OUTLET_UNDER = """电网投资稳步增长
本报讯（记者李青）今年以来，全省电网工程完成投资120亿元，同比增长9%。
新华社

江城冬季供暖保障有力
本报讯（记者王明）全市储备供暖用煤50万吨，可满足一个采暖季需要。
张三李四摄影报道
"""


def test_an_outlet_under_the_last_paragraph_and_a_photo_report_credit_open_nothing():
    assert _titles(OUTLET_UNDER) == ["电网投资稳步增长", "江城冬季供暖保障有力"]


WEB_TITLE = """江城新闻网
去年全市结婚登记2.1万对，比前一年下降一成，系十年来最低
时间：2024-01-18 10:02　来源：江城日报
本报讯 记者从市民政局获悉，去年全市结婚登记2.1万对，比前一年下降一成。
"""


def test_a_line_over_a_meta_line_is_the_title_commas_and_all():
    assert _titles(WEB_TITLE) == ["去年全市结婚登记2.1万对，比前一年下降一成，系十年来最低"]


ORIGINAL_TITLE = """江城公布一季度就业数据
时间：2024-04-18 10:02　来源：江城日报
原标题：江城一季度城镇新增就业3.2万人
本报讯 一季度，全市城镇新增就业3.2万人，完成全年目标的32%。
"""


def test_an_original_title_is_a_heading_its_claims_are_read():
    [article] = split_articles(ORIGINAL_TITLE)
    headings = [ORIGINAL_TITLE[u.pieces[0][0]:u.pieces[-1][1]] for u in article.units if u.role == "heading"]
    assert headings == ["原标题：江城一季度城镇新增就业3.2万人"]
