"""Where the entity recognizer loses: errors by label and kind, on a benchmark set or an eval export.

Every gold entity not matched exactly, and every predicted one not matched,
falls in one kind:

- ``label``: same bounds, another label (MSRA's LOC for our ORG …);
- ``short`` / ``long`` / ``cross``: an overlapping prediction of the same
  label that lies inside the gold span, holds it, or crosses its edge;
- ``bounds+label``: an overlapping prediction of another label and bounds;
- ``missed``: no prediction overlaps the gold span;
- ``spurious``: a prediction that overlaps no gold span.

Counts are per gold label (per predicted label for ``spurious``). With
``--show N`` the N most frequent strings of each kind are printed, to read
error *classes* (never to copy a set's sentences or tune to one of them).

    .venv/bin/python benchmarks/ner_errors.py --data msra|pd98|cluener [--mode accurate] [--show 15]
    .venv/bin/python benchmarks/ner_errors.py --gold GOLD_DIR --pred EVAL_DIR [--show 15]

The second form reads ``entities.jsonl`` of a gold folder and of a
``zhnews export --format eval`` folder (all GUIDELINES labels; predictions
overlapping an optional gold entity are ignored, as the scorer does).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.ner_msra import DATASETS, GOLD_LABELS, TO_MSRA  # noqa: E402

KINDS = ("label", "short", "long", "cross", "bounds+label", "missed", "spurious")
Entity = tuple[str, int, int, str, str]  # doc, start, end, label, text


def classify(gold: list[Entity], pred: list[Entity]) -> tuple[Counter, dict[str, Counter], int]:
    """(error counts by (kind, label), strings by kind, true positives) of one whole set."""
    counts: Counter = Counter()
    strings: dict[str, Counter] = defaultdict(Counter)
    by_doc: dict[str, list[Entity]] = defaultdict(list)
    for p in pred:
        by_doc[p[0]].append(p)
    gold_keys = {g[:4] for g in gold}
    pred_keys = {p[:4] for p in pred}
    tp = len(gold_keys & pred_keys)
    explained: set[tuple] = set()
    for g in gold:
        if g[:4] in pred_keys:
            continue
        near = [p for p in by_doc[g[0]] if p[1] < g[2] and g[1] < p[2] and p[:4] not in gold_keys]
        kind = "missed"
        if any((p[1], p[2]) == (g[1], g[2]) for p in near):
            kind = "label"
        elif any(p[3] == g[3] for p in near):
            p = next(p for p in near if p[3] == g[3])
            kind = "short" if g[1] <= p[1] and p[2] <= g[2] else "long" if p[1] <= g[1] and g[2] <= p[2] else "cross"
        elif near:
            kind = "bounds+label"
        counts[kind, g[3]] += 1
        shown = f"{g[4]}/{g[3]}" if kind == "missed" else f"{g[4]}/{g[3]} <- " + ",".join(f"{p[4]}/{p[3]}" for p in near)
        strings[kind][shown] += 1
        explained.update(p[:4] for p in near)
    for p in pred:
        if p[:4] not in gold_keys and p[:4] not in explained:
            counts["spurious", p[3]] += 1
            strings["spurious"][f"{p[4]}/{p[3]}"] += 1
    return counts, strings, tp


def from_benchmark(name: str, mode: str | None) -> tuple[list[Entity], list[Entity]]:
    """Gold and predicted PER/LOC/ORG entities of a benchmark set (one sentence = one doc)."""
    from pipeline.entities.recognizer import EntityRecognizer
    from pipeline.settings import DEFAULT_MODE

    data = DATASETS.get(name, Path(name))
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = EntityRecognizer(mode=mode or DEFAULT_MODE).find_batch([row["text"] for row in rows])
    gold, pred = [], []
    for i, (row, matches) in enumerate(zip(rows, found)):
        text = row["text"]
        gold += [(str(i), e["start"], e["end"], GOLD_LABELS[e["label"]], text[e["start"] : e["end"]])
                 for e in row["entities"] if e["label"] in GOLD_LABELS]
        pred += [(str(i), m.start, m.end, TO_MSRA[m.label], m.text) for m in matches if m.label in TO_MSRA]
    return gold, pred


def from_eval(gold_dir: Path, pred_dir: Path) -> tuple[list[Entity], list[Entity]]:
    """Gold (required only) and predicted entities of two eval folders, optional overlaps dropped."""
    def rows(folder: Path) -> list[dict]:
        path = folder / "entities.jsonl"
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    gold_rows, pred_rows = rows(gold_dir), rows(pred_dir)
    optional = [g for g in gold_rows if g.get("optional")]
    gold = [(g["doc"], g["start"], g["end"], g["label"], g["text"]) for g in gold_rows if not g.get("optional")]
    required = {g[:4] for g in gold}
    pred = [(p["doc"], p["start"], p["end"], p["label"], p["text"]) for p in pred_rows
            if (p["doc"], p["start"], p["end"], p["label"]) in required
            or not any(o["doc"] == p["doc"] and o["start"] < p["end"] and p["start"] < o["end"] for o in optional)]
    return gold, pred


def report(gold: list[Entity], pred: list[Entity], show: int) -> None:
    """Print P/R/F1 per label, the error table and, with ``show``, the most frequent strings."""
    counts, strings, tp = classify(gold, pred)
    labels = sorted({g[3] for g in gold} | {p[3] for p in pred})
    print(f"gold {len(gold)}  pred {len(pred)}  tp {tp}  micro F1 {2 * tp / (len(gold) + len(pred)):.3f}")
    print(f"{'label':8}" + "".join(f"{k:>13}" for k in ("gold", "pred", "F1", *KINDS)))
    for label in labels:
        g = sum(1 for x in gold if x[3] == label)
        p = sum(1 for x in pred if x[3] == label)
        t = len({x[:4] for x in gold if x[3] == label} & {x[:4] for x in pred})
        f1 = 2 * t / (g + p) if g + p else 0.0
        print(f"{label:8}{g:>13}{p:>13}{f1:>13.3f}" + "".join(f"{counts[k, label]:>13}" for k in KINDS))
    for kind in KINDS if show else ():
        print(f"\n== {kind} ({sum(strings[kind].values())})")
        for shown, n in strings[kind].most_common(show):
            print(f"  {n:4} {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="msra, pd98, cluener or a JSON Lines path in their format")
    parser.add_argument("--mode", default=None, help="entity mode (default: the pipeline's default)")
    parser.add_argument("--gold", type=Path, help="gold folder with entities.jsonl")
    parser.add_argument("--pred", type=Path, help="eval export folder with entities.jsonl")
    parser.add_argument("--show", type=int, default=0, help="print the N most frequent strings of each kind")
    args = parser.parse_args(argv)
    if args.gold and args.pred:
        gold, pred = from_eval(args.gold, args.pred)
    elif args.data:
        data = DATASETS.get(args.data, Path(args.data))
        if not data.is_file():
            print(f"skipped: {data} not found (../shared is only beside a developer checkout)")
            return 0
        gold, pred = from_benchmark(args.data, args.mode)
    else:
        parser.error("give --data, or --gold and --pred")
    report(gold, pred, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
