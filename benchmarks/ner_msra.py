"""Score the entity recognizer's modes on the MSRA NER test set: P, R, F1 and chars/s.

MSRA labels PER, LOC and ORG. Our labels map PERSON -> PER, GPE and LOC -> LOC
(MSRA does not split places), ORG -> ORG; PROGRAM, WORK and DATE are not
scored (MSRA has no such class; a program name counts as nothing). Entities
match on exact span and label. Each sentence is one "article". The set lives
in ``../shared/bench`` (measure only, never train on it); without it the
script prints a note and exits 0.

``--data pd98`` scores People's Daily 1998 instead (same format and labels);
``--data cluener`` scores the CLUENER2020 dev split (Sina news and more) with
its labels folded onto MSRA's: name -> PER, company, government and
organization -> ORG, address and scene -> LOC (position, book, movie and game
are not scored). The folding is loose (CLUENER's ``address`` covers whole
street addresses, its ``government`` includes 组委会 or 日军), so compare
modes on it, not with published CLUENER figures. All three are test or dev
splits: measure on them, never tune a rule to their sentences.

    .venv/bin/python benchmarks/ner_msra.py [--modes fast accurate] [--limit N] [--data msra|pd98|cluener|PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCH = ROOT.parent / "shared" / "bench" / "ner"
DATASETS = {"msra": BENCH / "msra_test.jsonl", "pd98": BENCH / "peoples_daily1998_test.jsonl",
            "cluener": BENCH / "cluener2020_dev.jsonl"}
TO_MSRA = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
#: Gold labels of every set onto PER/LOC/ORG (MSRA's and People's Daily's map to themselves).
GOLD_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "name": "PER", "company": "ORG", "government": "ORG",
               "organization": "ORG", "address": "LOC", "scene": "LOC"}


def evaluate(mode: str, rows: list[dict]) -> dict[str, float]:
    """P/R/F1 per MSRA label and micro, plus chars/s of ``find_batch`` (lexicon load excluded)."""
    from pipeline.entities.recognizer import EntityRecognizer

    recognizer = EntityRecognizer(mode=mode)
    texts = [row["text"] for row in rows]
    recognizer.find_batch(texts[:2])  # load lexicons and, in accurate mode, the model
    began = time.perf_counter()
    found = recognizer.find_batch(texts)
    elapsed = time.perf_counter() - began
    pairs = [({(e["start"], e["end"], GOLD_LABELS[e["label"]]) for e in row["entities"] if e["label"] in GOLD_LABELS},
              {(m.start, m.end, TO_MSRA[m.label]) for m in matches if m.label in TO_MSRA})
             for row, matches in zip(rows, found)]
    return {"chars/s": sum(map(len, texts)) / elapsed, **prf_by_label(pairs)}


def prf_by_label(pairs) -> dict[str, tuple[float, float, float]]:
    """(P, R, F1) per label (PER, LOC, ORG) and micro, from (gold, predicted) sets of (start, end, label)."""
    counts = {label: [0, 0, 0] for label in ("PER", "LOC", "ORG")}
    for gold, pred in pairs:
        for label, c in counts.items():
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
    result = {}
    for label in list(counts) + ["micro"]:
        tp, fp, fn = [sum(c[i] for c in counts.values()) for i in range(3)] if label == "micro" else counts[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        result[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", nargs="+", default=["fast", "accurate"], choices=["fast", "accurate"])
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    parser.add_argument("--data", default="msra", help="msra, pd98 or a JSON Lines path of the same format")
    args = parser.parse_args(argv)
    data = DATASETS.get(args.data, Path(args.data))
    if not data.is_file():
        print(f"skipped: {data} not found (../shared is only beside a developer checkout)")
        return 0
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[: args.limit] if args.limit else rows
    print(f"{data.name}: {len(rows)} sentences, {sum(len(r['text']) for r in rows)} chars")
    for mode in args.modes:
        try:
            result = evaluate(mode, rows)
        except ImportError as error:
            print(f"{mode:8} skipped: {error}")
            continue
        print(f"{mode:8} {result['chars/s']:>10,.0f} chars/s")
        for label in ("PER", "LOC", "ORG", "micro"):
            p, r, f = result[label]
            print(f"  {label:6} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
