"""Self-score the entity recognizer on the corpus page against the seed gold.

Scoring follows ``../shared/gold/GUIDELINES.md``: exact span and label,
predictions overlapping an optional gold entity ignored, per-label and micro
P/R/F1. DATE is left out (it comes from ``pipeline.entities.dates``). Each article
(span from the gold ``articles.jsonl``) is given to ``find`` whole, as raw
text: folding keeps length, so offsets need only the article's start.

    .venv/bin/python benchmarks/score_entities_corpus.py [--mode fast|accurate] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
LABELS = ("PROGRAM", "ORG", "PERSON", "GPE", "LOC", "WORK")


def read_jsonl(path: Path) -> list[dict]:
    """Objects of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(gold: list[dict], pred: list[tuple[int, int, str]]) -> tuple[dict[str, list[int]], list, list]:
    """Per-label [tp, fp, fn] plus the false positives and negatives themselves."""
    required = {(g["start"], g["end"], g["label"]) for g in gold if not g["optional"]}
    optional = [(g["start"], g["end"]) for g in gold if g["optional"]]
    counts: dict[str, list[int]] = {label: [0, 0, 0] for label in LABELS}
    false_pos, kept = [], set()
    for start, end, label in pred:
        if (start, end, label) not in required and any(s < end and start < e for s, e in optional):
            continue  # overlaps an optional gold entity: neither rewarded nor penalized
        kept.add((start, end, label))
        if (start, end, label) in required:
            counts[label][0] += 1
        else:
            counts[label][1] += 1
            false_pos.append((start, end, label))
    false_neg = sorted(g for g in required if g not in kept)
    for _s, _e, label in false_neg:
        counts[label][2] += 1
    return counts, sorted(false_pos), false_neg


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 when undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", default="fast", choices=["fast", "accurate"])
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = parser.parse_args(argv)
    gold_dir = SHARED / "gold" / "seed"
    if not gold_dir.is_dir():
        print(f"skipped: {gold_dir} not found (../shared is only beside a developer checkout)")
        return 0
    from pipeline.entities.recognizer import EntityRecognizer

    recognizer = EntityRecognizer(mode=args.mode)
    articles = read_jsonl(gold_dir / "articles.jsonl")
    gold = [g for g in read_jsonl(gold_dir / "entities.jsonl") if g["label"] in LABELS]
    pred, chars, elapsed = [], 0, 0.0
    for doc in sorted({a["doc"] for a in articles}):
        raw = (SHARED / "corpus" / doc).read_text(encoding="utf-8")
        for article in (a for a in articles if a["doc"] == doc):
            text = raw[article["start"] : article["end"]]
            began = time.perf_counter()
            found = recognizer.find(text)
            elapsed += time.perf_counter() - began
            chars += len(text)
            pred += [(m.start + article["start"], m.end + article["start"], m.label) for m in found]
        counts, false_pos, false_neg = score([g for g in gold if g["doc"] == doc], pred)
        if args.errors:
            for tag, items in (("FP", false_pos), ("FN", false_neg)):
                for s, e, label in items:
                    print(f"{tag} {s}-{e} {label} {raw[s:e]}  | {raw[max(0, s - 8):s]}[…]{raw[e:e + 8]}")
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    print(f"mode {args.mode}: {chars} chars, {chars / elapsed:,.0f} chars/s")
    for label in LABELS + ("micro",):
        tp, fp, fn = total if label == "micro" else counts[label]
        p, r, f = prf(tp, fp, fn)
        print(f"{label:8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp} fp {fp} fn {fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
