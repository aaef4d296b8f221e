"""Consistency warnings on dumps written for zhnews: disagreeing, agreeing, impossible, overflowing.

Each case runs the real pipeline (figures, entities, claims) on short page
dumps, all dated the same day, then :func:`pipeline.consistency.find_warnings`
on the claims of the whole batch.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline import schema
from pipeline.consistency import bounds, find_warnings
from pipeline.run import DEFAULT_COMPONENTS, Settings, process_text

SETTINGS = Settings(date="2026-03-02", components=tuple(dict.fromkeys(DEFAULT_COMPONENTS + ("zhnews_claims",))))


def batch_claims(*bodies: str) -> list[schema.Claim]:
    """Claims of one dump per body, each dump a titled article with a byline."""
    claims = []
    for n, body in enumerate(bodies):
        text = f"洛阳经济观察第{n + 1}期\n\n本报讯(记者 张三)" + body
        claims += [c for a in process_text(text, name=f"d{n}.txt", settings=SETTINGS) for c in a.claims]
    return claims


def kinds(*bodies: str) -> list[str]:
    return [w.kind for w in find_warnings(batch_claims(*bodies))]


@pytest.mark.parametrize("first, second, expected", [
    # two articles state one metric of one place in one period differently
    ("今年一季度，洛阳接待游客1860万人次。", "今年一季度，洛阳接待游客1500万人次。", ["conflict"]),
    ("截至2025年底，洛阳市场主体总量达120万户。", "截至2025年底，洛阳市场主体总量达98万户。", ["conflict"]),
    # they agree once qualifiers and rounding are allowed for
    ("今年一季度，洛阳接待游客1860万人次。", "今年一季度，洛阳接待游客近1900万人次。", []),
    ("今年一季度，洛阳接待游客1860万人次。", "今年一季度，洛阳接待游客约1800万人次。", []),
    ("今年一季度，洛阳接待游客1860万人次。", "今年一季度，洛阳接待游客超1500万人次。", []),
    ("今年一季度，洛阳接待游客1860万人次。", "今年一季度，洛阳接待游客1.86千万人次。", []),
    ("截至2025年底，洛阳市场主体总量达120万户。", "截至2025年底，洛阳市场主体总量达120.4万户。", []),
    # different periods, places or units are not compared
    ("今年一季度，洛阳接待游客1860万人次。", "去年一季度，洛阳接待游客1500万人次。", []),
    ("今年一季度，洛阳接待游客1860万人次。", "今年一季度，开封接待游客1500万人次。", []),
    ("今年一季度，洛阳接待游客1860万人次。", "今年一季度，洛阳接待游客1500万人。", []),
])
def test_conflicts(first, second, expected):
    assert kinds(first, second) == expected


@pytest.mark.parametrize("body, expected", [
    ("全市旅游满意率为135%。", ["impossible_percent"]),
    ("全市新能源汽车占比达到120%。", ["impossible_percent"]),
    ("全市旅游满意率为95%。", []),
    ("全市新能源汽车产量增长135%。", []),   # a growth rate may exceed 100
    ("全市快递业务量增长率达135%。", []),
])
def test_impossible_percent(body, expected):
    assert kinds(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("全市规上工业企业共3200家，其中国有企业1200家、民营企业2500家。", ["parts_exceed_total"]),
    ("全市规上工业企业共3200家，其中国有企业1200家、民营企业1900家。", []),
    ("全市规上工业企业共3200家，其中国有企业1200家、民营企业约2100家。", []),
    # parts in another unit are not parts of this total
    ("全市规上工业企业共3200家，其中国有企业占比45%、民营企业占比60%。", []),
])
def test_parts_exceed_total(body, expected):
    assert kinds(body) == expected


def test_warnings_name_claims_and_read_well():
    claims = batch_claims("今年一季度，洛阳接待游客1860万人次。", "今年一季度，洛阳接待游客1500万人次。")
    (warning,) = find_warnings(claims)
    assert sorted(warning.claim_ids) == sorted(c.id for c in claims)
    assert "接待游客" in warning.message and "1860万人次" in warning.message and "1500万人次" in warning.message


def test_order_is_deterministic():
    claims = batch_claims("今年一季度，洛阳接待游客1860万人次。全市旅游满意率为135%。",
                          "今年一季度，洛阳接待游客1500万人次。")
    assert find_warnings(claims) == find_warnings(list(reversed(claims)))


@pytest.mark.parametrize("text, value, qualifier, low, high", [
    ("1.1万件", "11000", "eq", "10500", "11500"),
    ("224万户", "2240000", "eq", "2235000", "2245000"),
    ("95%", "95", "eq", "94.5", "95.5"),
    ("百万", "1000000", "approx", "900000", "1100000"),
    ("1000场次", "1000", "gt", "999.5", "Infinity"),
])
def test_bounds(text, value, qualifier, low, high):
    figure = schema.Figure(start=0, end=len(text), text=text, id="f", value=float(value), value_exact=value,
                           unit="", kind="count", qualifier=qualifier)
    assert bounds(figure) == (Decimal(low), Decimal(high))
