"""Score pipeline.entities.dates.find_dates against the gold DATE spans of the corpus page.

Runs ``find_dates`` on every raw line of each gold-annotated page (line offsets
added back), compares exact spans with the non-optional gold DATE entities
(predictions overlapping an optional gold entity are ignored, as in the
scorer of GUIDELINES.md), and prints P/R/F1, the misses, the false alarms
and the speed in chars/s.

    .venv/bin/python benchmarks/score_dates_corpus.py

Skips (exit 0) when ``../shared`` is absent, as in a fresh clone.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seed" / "entities.jsonl"
CORPUS = SHARED / "corpus"

sys.path.insert(0, str(ROOT))


def line_dates(raw: str, find_dates) -> list[tuple[int, int, str]]:
    """(start, end, text) of every date found line by line, in raw offsets."""
    spans, offset = [], 0
    for line in raw.split("\n"):
        spans += [(offset + d.start, offset + d.end, d.text) for d in find_dates(line)]
        offset += len(line) + 1
    return spans


def main() -> int:
    if not GOLD.is_file():
        print(f"skipped: {GOLD} not found (the shared gold data is not in a clone)")
        return 0
    from pipeline.entities.dates import find_dates

    gold: dict[str, list[dict]] = {}
    with GOLD.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["label"] == "DATE":
                gold.setdefault(record["doc"], []).append(record)
    tp = n_pred = n_gold = chars = 0
    elapsed = 0.0
    for doc, records in sorted(gold.items()):
        raw = (CORPUS / doc).read_text(encoding="utf-8")
        find_dates(raw[:100])  # build the regex outside the timing
        start = time.perf_counter()
        pred = line_dates(raw, find_dates)
        elapsed += time.perf_counter() - start
        chars += len(raw)
        required = {(r["start"], r["end"]) for r in records if not r["optional"]}
        optional = [(r["start"], r["end"]) for r in records if r["optional"]]
        kept = [p for p in pred if not any(p[0] < e and s < p[1] for s, e in optional)]
        hits = {(s, e) for s, e, _ in kept} & required
        tp += len(hits)
        n_pred += len(kept)
        n_gold += len(required)
        for s, e, text in kept:
            if (s, e) not in required:
                print(f"  false alarm {doc}:{s} {text!r}")
        for r in records:
            if not r["optional"] and (r["start"], r["end"]) not in hits:
                print(f"  missed      {doc}:{r['start']} {r['text']!r}")
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"DATE  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n_gold}, predicted {n_pred}, matched {tp})")
    # Speed on a bigger text: the pages repeated, so the timer is not all overhead.
    texts = [(CORPUS / doc).read_text(encoding="utf-8") for doc in gold] * 20
    start = time.perf_counter()
    for text in texts:
        line_dates(text, find_dates)
    total = sum(map(len, texts))
    print(f"speed: {total / (time.perf_counter() - start):,.0f} chars/s over {total:,} chars")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
