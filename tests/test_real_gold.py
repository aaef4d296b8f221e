"""benchmarks/real_gold is well formed: every span holds on the shared layout dumps, every claim has its figure.

The gold lives in this repository; the dumps it points into do not (``../shared/layout/pages``),
so the span checks skip where ``../shared`` is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "real_gold"
PAGES = ROOT.parent / "shared" / "layout" / "pages"
SPLITS = ("dev", "held")


def rows(split: str, name: str) -> list[dict]:
    text = (GOLD / split / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def raw_of(doc: str) -> str:
    """A dump as stored; for JSON Lines, the ``text`` of the page ``file#id``."""
    name, _, ident = doc.partition("#")
    if ident:
        for line in (PAGES / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["id"] == ident:
                return json.loads(line)["text"]
        raise KeyError(doc)
    with open(PAGES / name, encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.mark.parametrize("split", SPLITS)
def test_claims_point_at_required_figures(split):
    figures = {(f["doc"], f["start"]) for f in rows(split, "figures.jsonl") if not f.get("optional")}
    claims = rows(split, "claims.jsonl")
    assert claims and all((c["doc"], c["figure_start"]) in figures for c in claims)
    assert all(c["metric"] for c in claims)


@pytest.mark.parametrize("split", SPLITS)
def test_splits_share_no_dump(split):
    other = SPLITS[1 - SPLITS.index(split)]
    docs = lambda s: {r["doc"].split("#")[0] for r in rows(s, "articles.jsonl")}  # noqa: E731
    assert docs(split) and not docs(split) & docs(other)


@pytest.mark.skipif(not PAGES.is_dir(), reason="needs ../shared/layout/pages")
@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("name", ["entities.jsonl", "figures.jsonl"])
def test_every_span_holds_on_the_raw_dump(split, name):
    cache: dict[str, str] = {}
    for row in rows(split, name):
        raw = cache.setdefault(row["doc"], raw_of(row["doc"]))
        assert raw[row["start"]:row["end"]] == row["text"], row
