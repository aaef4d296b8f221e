"""Layout kinds found on the fourth blind set after its one blind run (pages and sentences here are ours).

Each row is a general shape, not a page: a pointer to another page written with a Chinese numeral,
a numbered part of an article, a headline quoting its speaker, a lead naming two outlets or its
paper in brackets, an agency after a photographer's credit, two two-character names printed together.
"""

from __future__ import annotations

import pytest

from pipeline.layout import bylines, rules
from pipeline.layout.split import split_articles
from pipeline.text.normalize import fold_width


@pytest.mark.parametrize("line, see_also", [
    ("（相关报道见七版）", True),
    ("（详见第三版）", True),
    ("（相关报道见A13版·要闻）", True),
    ("七版刊发评论", False),
])
def test_pointers_to_another_page(line, see_also):
    assert bool(rules.SEE_ALSO.match(fold_width(line))) is see_also


@pytest.mark.parametrize("line, numbered", [
    ("案例一：秸秆还田保险助农增收", True),
    ("一、稳岗扩岗", True),
    ("（二）强化兜底保障", True),
    ("第三，加快项目建设", True),
    ("2024年全市粮食再丰收", False),
    ("十大工程同步开工", False),
])
def test_numbered_parts_of_an_article(line, numbered):
    assert bool(rules.ENUMERATED_PART.match(fold_width(line))) is numbered


@pytest.mark.parametrize("line, cue, names", [
    ("江城网消息(江城晚报)(记者王小明李华)昨天,", "江城网消息", ["王小明", "李华"]),
    ("江城客户端、江城网3月15日消息（记者周敏）3月15日，", "江城客户端、江城网3月15日消息", ["周敏"]),
    ("(记者张伟通讯员邹倩赵路)", None, ["张伟", "邹倩", "赵路"]),  # two names of two printed together
    ("(记者欧阳明远)", None, ["欧阳明远"]),  # a compound surname: one name
])
def test_leads_and_their_bylines(line, cue, names):
    text = fold_width(line)
    match = bylines.lead_source(text)
    assert (match.group("cue") if match else None) == cue
    byline = (match.group("paren") if match else text).strip("() ")
    assert [byline[a:b] for a, b in bylines.names_in(byline)] == names


def test_a_photographer_credit_followed_by_an_agency_is_a_credit():
    caption = fold_width("主队球员在比赛中突破上篮。本报记者 徐某某摄/江城图片")
    assert rules.PHOTO_CREDIT.search(caption) is not None


def test_a_numbered_part_and_a_speakers_headline_stay_in_their_article():
    page = ("江城保险业发布十个理赔案例\n\n"
            "本报讯（记者 周敏）昨日，江城保险行业协会发布十个理赔典型案例。\n\n"
            "协会负责人：理赔时效提速，群众获得感增强\n\n"
            "协会负责人介绍，去年全市保险赔款支出85亿元，同比增长3.9%。\n\n"
            "案例一：荔枝种植保险\n\n"
            "去年5月，18名农户投保的荔枝地块受灾，保险公司赔付0.7万元。\n\n"
            "案例二：渔船综合保险\n\n"
            "去年8月，一艘渔船遇台风受损，保险公司赔付36万元。\n")
    [article] = split_articles(page)
    assert [page[u.pieces[0][0]:u.pieces[-1][1]] for u in article.units if u.role == "heading"] == [
        "协会负责人：理赔时效提速，群众获得感增强", "案例一：荔枝种植保险", "案例二：渔船综合保险"]
