"""Consistency warnings on dumps written for zhnews: disagreeing, agreeing, impossible, overflowing.

Each case runs the real pipeline (figures, entities, claims) on short page
dumps, all dated the same day, then :func:`pipeline.claims.consistency.find_warnings`
on the claims of the whole batch.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline import schema
from pipeline.claims.consistency import bounds, find_warnings
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


# -- scale: many claims, large groups ----------------------------------------

def synthetic_claim(n: int, metric: str, value: str, subject: str = "洛阳", qualifier: str = "eq") -> schema.Claim:
    """Claim ``n`` of a generated batch: one article per claim, figures written as ``<value>万户``."""
    text = f"{value}万户"
    figure = schema.Figure(start=10, end=10 + len(text), text=text, id=f"a{n}-f0", value=float(value) * 1e4,
                           value_exact=str(Decimal(value) * 10000), unit="户", kind="count", qualifier=qualifier)
    return schema.Claim(id=f"a{n:06d}-c0", article_id=f"a{n}", figure_id=figure.id, figure=figure,
                        metric=schema.ClaimPart(start=0, end=len(metric), text=metric),
                        subject=schema.ClaimPart(start=0, end=len(subject), text=subject),
                        time=schema.ClaimPart(start=0, end=2, text="今年"),
                        sentence=schema.Span(start=0, end=40, text="全市" + metric + text))


def test_fifty_thousand_claims_in_large_groups():
    """10 groups of 5,000 agreeing claims, one outlier each: pairwise would be 125 million comparisons."""
    claims = (synthetic_claim(n, f"指标{n % 10}", "200" if n < 10 else "120") for n in range(50_000))
    warnings = find_warnings(claims)
    assert len(warnings) == 10 * 4_999
    assert {w.kind for w in warnings} == {"conflict"}
    outliers = {f"a{n:06d}-c0" for n in range(10)}
    assert all(len(set(w.claim_ids) & outliers) == 1 for w in warnings)
    assert [w.claim_ids for w in warnings] == sorted(w.claim_ids for w in warnings)


def pairwise_conflicts(claims: list[schema.Claim]) -> list[list[str]]:
    """The plain definition, every pair compared: the reference the sweep must match."""
    from itertools import combinations

    from pipeline.claims.consistency import metric_key, subject_key

    def key(c):
        period = (c.time and c.time.normalized) or c.published or (c.time and c.time.text)
        return (metric_key(c), subject_key(schema.part_value(c.subject)), period, c.figure.unit, c.figure.kind,
                c.change, c.change_base or "")

    found = []
    for a, b in combinations(sorted(claims, key=lambda c: c.id), 2):
        (lo_a, hi_a), (lo_b, hi_b) = bounds(a.figure), bounds(b.figure)
        if key(a) == key(b) and (hi_a < lo_b or hi_b < lo_a) and a.figure_id != b.figure_id:
            found.append([a.id, b.id])
    return sorted(found)


@pytest.mark.parametrize("seed", range(3))
def test_sweep_finds_what_pairwise_comparison_finds(seed):
    import random

    rng = random.Random(seed)
    claims = [synthetic_claim(n, rng.choice(["指标甲", "指标乙"]), rng.choice(["100", "100.4", "101", "95", "130"]),
                              rng.choice(["洛阳", "洛阳市", "开封"]), rng.choice(["eq", "eq", "approx", "gt", "lt"]))
              for n in range(150)]
    rng.shuffle(claims)
    assert [w.claim_ids for w in find_warnings(claims)] == pairwise_conflicts(claims)
