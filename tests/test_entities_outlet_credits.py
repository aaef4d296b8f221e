"""Outlets named by a credit line (pipeline.entities.outlet_credits): own sentences, both modes' rules."""

import pytest

from pipeline.entities.names import common_words
from pipeline.entities.outlet_credits import crossing, outlets


@pytest.fixture(scope="module")
def common():
    return common_words()


@pytest.mark.parametrize("line, expected", [
    ("南江晚报讯（记者 林一）昨天，", ["南江晚报"]),
    ("据北川日报记者统计，", ["北川日报"]),
    ("青禾网5月3日讯 本周末", ["青禾网"]),
    ("远山社长沙6月1日电 当天", ["远山社"]),
    ("东岭都市报/红杉新闻记者赶到现场", ["东岭都市报", "红杉新闻"]),
    ("松江证券报松江证券网讯（记者 王二）", ["松江证券报", "松江证券网"]),
    ("河西在线记者了解到，", ["河西在线"]),
    # a described kind, a reference or a common noun before a loose head: no outlet
    ("当地电视台记者说，", []),
    ("本报讯 昨天", []),
    ("他说，体育新闻记者也来了。", []),
    ("合作社记者看到", []),
    ("他在网上看到报道。", []),
    ("两国合作本报讯 昨天", []),  # run-on text before the paper's own 本报讯
    ("这才使新闻记者很忙。", []),  # an adverb opens no outlet
    ("市长会见客人据远山社电", ["远山社"]),  # a title run on into the credit: 据 opens the outlet
])
def test_outlets(common, line, expected):
    found = outlets(line, common)
    assert [line[s:e] for s, e, _label, _rule in found] == expected
    assert all(label == "ORG" for _s, _e, label, _r in found)


def test_no_name_runs_through_a_credit(common):
    line = "远山社电某某省统计局发布"
    credits = outlets(line, common)
    spans = [(0, 10, "ORG", "org-suffix"), (4, 10, "ORG", "org-suffix")]
    assert [line[s:e] for s, e, _l, _r in crossing(spans, credits)] == ["某某省统计局"]
