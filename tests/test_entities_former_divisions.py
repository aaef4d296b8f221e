"""The division table keeps districts and cities merged away since (scripts/build_admin_divisions.py),
and a place cut out of a holiday takes the lexicon's label (components._holidays_kept)."""

import importlib.util
from pathlib import Path
from typing import NamedTuple

import pytest

from pipeline.components import names_and_dates
from pipeline.entities.recognizer import EntityMatch
from pipeline.text.resources import load_table

ROOT = Path(__file__).resolve().parents[1]


def _build_script():
    spec = importlib.util.spec_from_file_location("build_admin_divisions", ROOT / "scripts" / "build_admin_divisions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CURRENT = """adcode,name,longitude,latitude
500100000000,重庆市,,
500157000000,两江新区,,
320613000000,崇川区,,
130505000000,任泽区,,
"""
FORMER = """adcode,name,longitude,latitude
500100000000,重庆市,,
500112000000,渝北区,,
500101000000,市辖区,,
320602000000,崇川区,,
130526000000,任县,,
460321000000,西沙群岛,,
"""


def test_former_records_keep_merged_districts_only():
    records = _build_script().former_records(CURRENT, FORMER)
    # 渝北区 was merged away; 崇川区 is renumbered (same name, same province); 任县 is a former
    # county (now 任泽区); 市辖区 and islands are no divisions
    assert records == [("500112000000", "渝北区")]


@pytest.mark.parametrize(("name", "level", "parent"), [
    ("渝北区", "district", "重庆市"),
    ("江北区", "district", "重庆市"),
    ("莱芜市", "city", "山东省"),
])
def test_table_holds_former_divisions(name, level, parent):
    rows = load_table("admin_divisions.tsv")
    assert any(r["name"] == name and r["level"] == level and r["parent_name"] == parent for r in rows)


class _Date(NamedTuple):
    start: int
    end: int
    text: str


@pytest.mark.parametrize(("text", "name_end", "date_start", "expected"), [
    ("新疆古尔邦节假期", 6, 2, ("新疆", "GPE")),      # a province in the lexicon: GPE
    ("某某谷开斋节假期", 5, 3, ("某某谷", "LOC")),    # not in the lexicon: the tagger's label stays
])
def test_place_cut_from_holiday_takes_lexicon_label(text, name_end, date_start, expected):
    name = EntityMatch(0, name_end, text[:name_end], "LOC", False, "lac")
    date = _Date(date_start, len(text), text[date_start:])
    kept = names_and_dates([name], [date])
    first = kept[0]
    assert (first.text, first.label) == expected
    assert text[first.start:first.end] == first.text
