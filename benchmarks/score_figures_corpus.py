"""Self-score find_figures on the shared corpus page against the seed gold.

Runs :func:`pipeline.figures.find.find_figures` on each raw line (folding keeps
length, so offsets are raw offsets) and applies the scorer's matching rules
(``shared/tools/score.py``): spans overlap and values agree within 1e-6
relative; predictions overlapping an optional gold figure are ignored.
Prints P/R/F1, unit/qualifier/kind accuracy, misses, false positives and
the finder's speed in chars/s.

usage: .venv/bin/python benchmarks/score_figures_corpus.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
DOC = "000_f7424fac7e755dc0.txt"
QUAL = {"gt": "gt", "ge": "gt", "lt": "lt", "le": "lt", "approx": "approx", "eq": "eq"}

from pipeline.figures.find import find_figures  # noqa: E402


def predict(raw: str) -> list[dict]:
    """Figures of every raw line, in raw offsets."""
    preds, offset = [], 0
    for line in raw.split("\n"):
        for f in find_figures(line):
            preds.append({"start": offset + f.start, "end": offset + f.end, "text": f.text,
                          "value": float(f.value), "unit": f.unit, "kind": f.kind,
                          "qualifier": f.qualifier, "change": f.change, "optional": f.optional})
        offset += len(line) + 1
    return preds


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-9)


def overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score(gold: list[dict], preds: list[dict]) -> dict:
    """The scorer's figure matching: first unused overlapping gold with the same value."""
    required = [g for g in gold if not g["optional"]]
    optional = [g for g in gold if g["optional"]]
    used, pairs, counted, false_pos = set(), [], 0, []
    for p in preds:
        hit = next((i for i, g in enumerate(required)
                    if i not in used and overlap(p, g) and same_value(p["value"], g["value"])), None)
        if hit is not None:
            used.add(hit)
            pairs.append((required[hit], p))
            counted += 1
        elif not any(overlap(p, g) for g in optional):
            counted += 1
            false_pos.append(p)
    tp = len(pairs)
    prec = tp / counted if counted else 0.0
    rec = tp / len(required) if required else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    acc = lambda key, norm=lambda x: x: (sum(norm(g[key]) == norm(p[key]) for g, p in pairs) / tp if tp else 0.0)
    return {"p": prec, "r": rec, "f1": f1, "tp": tp, "pred": counted, "gold": len(required),
            "unit_acc": acc("unit"), "qualifier_acc": acc("qualifier", lambda q: QUAL.get(q, q)),
            "kind_acc": acc("kind"), "missed": [g for i, g in enumerate(required) if i not in used],
            "false_pos": false_pos, "pairs": pairs}


def main() -> int:
    page, gold_file = SHARED / "corpus" / DOC, SHARED / "gold" / "seed" / "figures.jsonl"
    if not page.exists() or not gold_file.exists():
        print(f"skipped: {SHARED} is absent (the shared corpus and gold are not part of the repo)")
        return 0
    raw = page.read_text(encoding="utf-8")
    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [g for g in gold if g["doc"] == DOC]
    preds = predict(raw)
    res = score(gold, preds)
    print(f"figures: P {res['p']:.4f}  R {res['r']:.4f}  F1 {res['f1']:.4f}  "
          f"(tp {res['tp']}, pred {res['pred']}, gold {res['gold']})")
    print(f"unit_acc {res['unit_acc']:.4f}  qualifier_acc {res['qualifier_acc']:.4f}  kind_acc {res['kind_acc']:.4f}")
    for g in res["missed"]:
        print(f"  missed  {g['start']:>6} {g['text']!r} value={g['value']} unit={g['unit']!r}")
    for p in res["false_pos"]:
        print(f"  false+  {p['start']:>6} {p['text']!r} value={p['value']} context={raw[p['start']-6:p['end']+4]!r}")
    for g, p in res["pairs"]:
        wrong = [k for k in ("unit", "kind") if g[k] != p[k]]
        if QUAL[g["qualifier"]] != QUAL.get(p["qualifier"]):
            wrong.append("qualifier")
        if wrong:
            print(f"  wrong {','.join(wrong)}: {g['text']!r} gold=({g['unit']!r},{g['kind']},{g['qualifier']}) "
                  f"pred=({p['unit']!r},{p['kind']},{p['qualifier']})")
    rounds, t0 = 20, time.perf_counter()
    for _ in range(rounds):
        find_figures(raw)
    speed = rounds * len(raw) / (time.perf_counter() - t0)
    print(f"speed: {speed:,.0f} chars/s over {len(raw)} chars (find_figures on the whole page)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
