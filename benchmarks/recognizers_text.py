"""Run the Recognizers-Text Chinese specs through zhnews' numeral and figure parsers.

Measures (never trains on) ``shared/bench/recognizers_text_zh/``: Number
(``find_numerals``), Percent (percent figures of ``find_figures``), Currency
(money figures) and NumberRange (figures with bounds). A case passes when the
values found equal the spec's values, in order. Cases outside the zhnews
guidelines are excluded and listed with the reason.

usage: .venv/bin/python benchmarks/recognizers_text.py [--show-failures]
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCH = ROOT.parent / "shared" / "bench" / "recognizers_text_zh"

from pipeline.figures.lexicon import figure_lexicon  # noqa: E402
from pipeline.figures.find import find_figures  # noqa: E402
from pipeline.figures.numerals import find_numerals  # noqa: E402

# (reason, test on the case) — first match wins. These are notations the
# guidelines do not cover in newspaper text.
_EXCLUSIONS = [
    ("spaced-out numeral (digits separated by spaces)", lambda c, r: any(re.search(r"\S\s+\S", x["Text"].strip()) for x in r)),
    ("scientific / power / k-M suffix notation", lambda c, r: re.search(r"\d\s*[eE^kKmM]|\^", c["Input"]) is not None),
    ("mixed fraction with 又 or 'a b/c'", lambda c, r: "又" in c["Input"] or re.search(r"\d\s+\d+/\d", c["Input"]) is not None),
    ("dozen/pair words (打, 对折, 半百) are not numerals here", lambda c, r: re.search(r"打|对折|對折|半百|半成|半折", c["Input"]) is not None),
    ("discount 折 is a price ratio, not a share", lambda c, r: "折" in c["Input"]),
    ("per-mille and smaller shares (千分之, 万分之) are outside the guidelines", lambda c, r: re.search(r"[千仟万萬]分之", c["Input"]) is not None),
    ("a unit the Number model leaves to the Currency model", lambda c, r: not r and re.search(r"美元|美刀", c["Input"]) is not None),
    ("URL", lambda c, r: "http" in c["Input"]),
]


def _value(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text.rstrip("%"))
    except InvalidOperation:
        return None


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= Decimal("1e-6") * max(abs(a), abs(b), Decimal("1e-9"))


def _expected(case: dict) -> list[Decimal | None]:
    return [_value(r["Resolution"].get("value", "")) for r in case["Results"]]


def _number(case):
    return [v for _, _, v in find_numerals(case["Input"], skip=figure_lexicon().idiom_re)]


def _percent(case):
    return [f.value for f in find_figures(case["Input"]) if f.kind == "percent"]


def _currency(case):
    return [f.value for f in find_figures(case["Input"]) if f.kind == "money"]


def _range(case):
    """Bounds as the spec writes them: (low,high) pairs flattened; open ends skipped."""
    out = []
    for f in find_figures(case["Input"]):
        if f.low is not None and f.high is not None:
            out += [f.low, f.high]
        else:
            out.append(f.value)
    return out


def _range_expected(case):
    vals = []
    for r in case["Results"]:
        for part in re.findall(r"-?\d+(?:\.\d+)?", r["Resolution"].get("value", "")):
            vals.append(Decimal(part))
    return vals


SPECS = [
    ("Number/NumberModel.json", _number, _expected),
    ("Number/PercentModel.json", _percent, _expected),
    ("NumberWithUnit/CurrencyModel.json", _currency, _expected),
    ("Number/NumberRangeModel.json", _range, _range_expected),
]


def run_spec(path: Path, predict, expected, show: bool) -> tuple[int, int]:
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    kept = passed = 0
    excluded: list[tuple[str, str]] = []
    failures = []
    for case in cases:
        reason = next((why for why, test in _EXCLUSIONS if test(case, case["Results"])), None)
        if reason:
            excluded.append((case["Input"], reason))
            continue
        kept += 1
        want, got = expected(case), predict(case)
        if len(want) == len(got) and all(w is not None and _close(w, g) for w, g in zip(want, got)):
            passed += 1
        else:
            failures.append((case["Input"], [str(w) for w in want], [str(g) for g in got]))
    rate = passed / kept if kept else 0.0
    print(f"{path.parent.name}/{path.name}: {passed}/{kept} kept cases pass ({rate:.1%}); {len(excluded)} excluded")
    for text, why in excluded:
        print(f"    excluded  {text[:40]!r}: {why}")
    if show:
        for text, want, got in failures:
            print(f"    FAIL  {text[:50]!r} want={want} got={got}")
    return passed, kept


def main(argv: list[str]) -> int:
    if not BENCH.is_dir():
        print(f"skipped: {BENCH} is absent (the shared benchmarks are not part of the repo)")
        return 0
    show = "--show-failures" in argv
    for name, predict, expected in SPECS:
        run_spec(BENCH / name, predict, expected, show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
