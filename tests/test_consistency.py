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
    """10 groups of 5,000 claims, one outlier each: one warning a group, naming all of its 5,000 claims."""
    claims = (synthetic_claim(n, f"指标{n % 10}", "200" if n < 10 else "120") for n in range(50_000))
    warnings = find_warnings(claims)
    assert len(warnings) == 10 and {w.kind for w in warnings} == {"conflict"}
    for warning in warnings:
        assert [v.text for v in warning.values] == ["120万户", "200万户"]
        assert [len(v.claim_ids) for v in warning.values] == [4_999, 1]
        assert len(warning.claim_ids) == 5_000 and warning.claim_ids == sorted(warning.claim_ids)
    assert [w.claim_ids[0] for w in warnings] == sorted(w.claim_ids[0] for w in warnings)


@pytest.mark.parametrize("repeats, expected_values", [
    ((("86", 300), ("300", 300)), ["86万户", "300万户"]),       # the 300 + 300
    ((("120", 600),), None),                                   # 600 agreeing repeats: nothing to say
    ((("120", 200), ("150", 200), ("200", 200)), ["120万户", "150万户", "200万户"]),
])
def test_repeated_disagreeing_claims_give_one_warning(repeats, expected_values):
    claims, n = [], 0
    for value, count in repeats:
        for _ in range(count):
            claims.append(synthetic_claim(n, "新建口袋公园", value))
            n += 1
    warnings = find_warnings(claims)
    if expected_values is None:
        assert warnings == []
        return
    (warning,) = warnings
    assert [v.text for v in warning.values] == expected_values
    assert len(warning.claim_ids) == len(claims) and warning.metric == "新建口袋公园" and warning.subject == "洛阳"
    assert "新建口袋公园" in warning.message and all(v in warning.message for v in expected_values)


def pairwise_conflicts(claims: list[schema.Claim]) -> list[list[str]]:
    """The plain definition, every pair compared: the oracle of what is in conflict."""
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


@pytest.mark.parametrize("seed", range(4))
def test_groups_name_exactly_the_claims_pairwise_comparison_finds(seed):
    """Each warning is one group of the pairwise definition: its claims are those of that group's pairs."""
    import random

    rng = random.Random(seed)
    claims = [synthetic_claim(n, rng.choice(["指标甲", "指标乙"]), rng.choice(["100", "100.4", "101", "95", "130"]),
                              rng.choice(["洛阳", "洛阳市", "开封"]), rng.choice(["eq", "eq", "approx", "gt", "lt"]))
              for n in range(150)]
    rng.shuffle(claims)
    by_id = {c.id: c for c in claims}
    groups: dict[tuple, set[str]] = {}
    for a, b in pairwise_conflicts(claims):
        group = (by_id[a].metric.text, by_id[a].subject.text.rstrip("市"))
        groups.setdefault(group, set()).update((a, b))
    warnings = find_warnings(claims)
    assert len(warnings) == len(groups)
    for warning in warnings:
        assert set(warning.claim_ids) == groups[(warning.metric, warning.subject)]
        assert sorted(c for v in warning.values for c in v.claim_ids) == warning.claim_ids
        assert len(warning.values) >= 2


def test_claims_of_one_sentence_do_not_conflict_with_each_other():
    same = [synthetic_claim(n, "指标", v) for n, v in enumerate(["100", "200"])]
    same[1] = same[1].model_copy(update={"article_id": same[0].article_id})
    assert find_warnings(same) == []
    assert len(find_warnings([*same, synthetic_claim(5, "指标", "100")])) == 1  # 100 elsewhere vs 200 here


@pytest.mark.parametrize("body, expected", [
    # the total in the sentence before its 其中 list, the list cut at ； by the sentence splitter
    ("全市规上工业企业共3200家。其中，国有企业1200家；民营企业2500家。", ["parts_exceed_total"]),
    ("全市规上工业企业共3200家。其中，国有企业1200家；民营企业1900家。", []),
    ("今年全市完成投资100亿元，增长8%。其中，交通投资70亿元；水利投资45亿元。", ["parts_exceed_total"]),
    # a total in another paragraph is not this list's total
    ("全市规上工业企业共3200家。\n\n其中，国有企业1200家；民营企业2500家。", []),
    # a list ends at a full stop: the next sentence's figures are not its parts
    ("全市规上工业企业共3200家。其中，国有企业1200家。民营企业2500家，比上年多。", []),
    # an average or a price is not the sum of the items after it
    ("全市28种蔬菜平均零售价格为每500克3.62元。其中，黄瓜每500克1.8元，豆角约2.5元，西红柿2元。", []),
    ("全市蔬菜均价为3.62元，其中黄瓜1.8元、豆角2.5元、西红柿2元。", []),
    # a part of the list before is not the total of the next 其中
    ("全市规上工业企业共3200家，其中国有企业1200家。其中，省属企业700家、市属企业600家。", []),
])
def test_parts_after_the_totals_sentence(body, expected):
    assert kinds(body) == expected


def test_parts_warning_names_total_then_parts():
    (warning,) = find_warnings(batch_claims("全市规上工业企业共3200家。其中，国有企业1200家；民营企业2500家。"))
    assert [(v.role, v.text) for v in warning.values] == [("total", "3200家"), ("part", "1200家"), ("part", "2500家")]
    assert "3200家" in warning.message and "2500家" in warning.message


def test_repeated_impossible_rates_give_one_warning():
    bodies = ["全市旅游满意率为135%。"] * 5 + ["全市旅游满意率为140%。"]
    warnings = find_warnings(batch_claims(*bodies))
    assert [w.kind for w in warnings] == ["conflict", "impossible_percent"]  # 135% and 140% also disagree
    warning = warnings[1]
    assert len(warning.claim_ids) == 6
    assert [v.text for v in warning.values] == ["135%", "140%"]


def test_samples_show_every_warning_kind(tmp_path):
    """The README's first command on data/raw: a new user sees every kind of warning."""
    from pathlib import Path

    from pipeline.batch.run_batch import run_batch

    samples = Path(__file__).resolve().parents[1] / "data" / "raw"
    run_batch([str(samples)], tmp_path)
    lines = (tmp_path / "warnings.jsonl").read_text(encoding="utf-8").splitlines()
    warnings = [schema.ConsistencyWarning.model_validate_json(line) for line in lines]
    assert {w.kind for w in warnings} == {"conflict", "impossible_percent", "parts_exceed_total"}
    claims = {schema.Claim.model_validate_json(line).id
              for line in (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()}
    assert all(set(w.claim_ids) <= claims and w.values for w in warnings)


def test_six_hundred_disagreeing_repeats_give_one_warning_end_to_end(tmp_path):
    """Issue #12's case as a user runs it: 300 articles saying 86个 and 300 saying 300个, one page."""
    from pipeline.batch.run_batch import run_batch

    articles = [f"洛阳口袋公园建设简讯{n}\n\n本报讯 今年以来,洛阳市新建口袋公园{'86' if n % 2 else '300'}个。"
                for n in range(600)]
    (tmp_path / "page.txt").write_text("\n\n\n".join(articles) + "\n", encoding="utf-8")
    manifest = run_batch([str(tmp_path / "page.txt")], tmp_path / "out")
    lines = (tmp_path / "out" / "warnings.jsonl").read_text(encoding="utf-8").splitlines()
    warnings = [schema.ConsistencyWarning.model_validate_json(line) for line in lines]
    assert manifest.counts["claims"] >= 600
    assert len(warnings) == 1 and [v.text for v in warnings[0].values] == ["86个", "300个"]
    assert len(warnings[0].claim_ids) == 600
