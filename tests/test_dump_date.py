"""The page's own date read from its dateline or masthead (layout.split.dump_date).

Relative times (昨日, 今年) are normalized against it, so a masthead that
carries the paper's name, page and section around the date must give it too.
The page-header recogniser is layout.rules' (is_header_line/header_date);
these cases pin the forms it reads. Sentences written for this test.
"""

from __future__ import annotations

import pytest

from pipeline.layout.split import dump_date

BODY = "新城公园今日开园\n本报讯(记者 周林)新城公园昨日迎来首批游客3000人次。\n"

MASTHEADS = [
    ("2026年5月1日 星期五\n", "2026-05-01"),                             # the bare dateline
    ("东江晚报 2026年2月25日 星期三 A05 城事\n", "2026-02-25"),          # paper, page, section
    ("2026年2月25日 星期三 第A05版\n", "2026-02-25"),
    ("A05 城事 2026年2月25日 星期三\n", "2026-02-25"),                  # page first
    ("东江晚报 | 2026年2月25日 | 星期三 | A05\n", "2026-02-25"),
    ("东江日报  2026年02月25日  星期三  A05  城事  责编：李明\n", "2026-02-25"),
    ("2026年2月25日　星期三　Ａ０５　城事\n", "2026-02-25"),            # full width
    ("东江日报 2026-02-25 第3版\n", "2026-02-25"),
    ("东江日报\n2026年7月20日 星期一 第3版 要闻\n", "2026-07-20"),       # name on a line of its own
    ("\n\n东江晚报 2026年2月25日 星期三 A05 城事\n\n", "2026-02-25"),    # blank lines first
]

NO_DATE = [
    "",                                                  # the article starts at once
    "2026年2月25日,全市召开会议部署春耕工作。\n",          # a sentence that opens with a date
    "东江晚报 A05 城事\n",                                 # a header without a date
]


@pytest.mark.parametrize("top, iso", MASTHEADS)
def test_masthead_dates(top, iso):
    assert dump_date(top + BODY) == iso


@pytest.mark.parametrize("top", NO_DATE)
def test_no_page_date(top):
    assert dump_date(top + BODY) is None
