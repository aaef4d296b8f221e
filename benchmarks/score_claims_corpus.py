"""Self-score claims on a page set against its gold (default: the shared corpus page and seed gold).

Runs the default pipeline with the claims component added, exports the
evaluation rows, and scores claims with the shared scorer's own functions.
With ``-v`` it also prints every gold claim beside the predicted one, marking
the fields the scorer counts as wrong. ``--set DIR`` scores a golden set
(``DIR/raw`` against ``DIR/gold``); ``--docs a.txt,b.txt`` keeps only those
pages (so half of a set can stay unseen: score it without ``-v``).

usage: .venv/bin/python benchmarks/score_claims_corpus.py [-v] [--set tests/golden/fresh] [--docs fa.txt,fb.txt]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from pipeline.records.export import EVAL_FILES, eval_rows  # noqa: E402
from pipeline.text.ingest import read_inputs  # noqa: E402
from pipeline.run import DEFAULT_COMPONENTS, Settings, build_nlp, process_dump  # noqa: E402


def load_scorer():
    path = SHARED / "tools" / "score.py"
    if not path.is_file():
        sys.exit(f"{path} not found: this benchmark needs the shared scorer")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", help="print every gold claim beside the predicted one")
    parser.add_argument("--set", type=Path, help="a golden set folder with raw/ and gold/")
    parser.add_argument("--docs", default="", help="comma-separated page names to keep")
    args = parser.parse_args(argv)
    raw, gold_dir = (args.set / "raw", args.set / "gold") if args.set else (SHARED / "corpus", SHARED / "gold" / "seed")
    if not raw.is_dir():
        sys.exit(f"{raw} not found: pass --set DIR or put ../shared beside the checkout")
    scorer = load_scorer()
    docs = set(args.docs.split(",")) - {""} or None
    components = tuple(dict.fromkeys(DEFAULT_COMPONENTS + ("zhnews_claims",)))
    settings = Settings(components=components)
    nlp = build_nlp(settings)
    rows = {name: [] for name in EVAL_FILES}
    began = time.perf_counter()
    for dump in read_inputs([str(raw)]):
        for article in process_dump(dump, nlp, settings):
            for name, found in eval_rows(article).items():
                rows[name] += [r for r in found if docs is None or r.get("doc") in docs]
    seconds = time.perf_counter() - began
    gold = lambda name: scorer.load(gold_dir, name, docs)  # noqa: E731
    _, _, pairs = scorer.score_figures(gold("figures.jsonl"), rows["figures"])
    for field, result in scorer.score_claims(gold("claims.jsonl"), pairs, rows["claims"]).items():
        print(f"claims     {field:8s} {result}")
    print(f"{len(rows['claims'])} claims predicted; pipeline {seconds:.2f}s")
    if args.v:
        predicted = {(c["doc"], c["figure_start"]): c for c in rows["claims"]}
        by_gold = {(g["doc"], g["start"]): p for g, p in pairs}
        for gold_claim in gold("claims.jsonl"):
            fig = by_gold.get((gold_claim["doc"], gold_claim["figure_start"]))
            pred = predicted.get((fig["doc"], fig["start"])) if fig else None
            marks = [field for field in ("metric", "subject", "time") if gold_claim.get(field)
                     and (not pred or scorer.char_f1(gold_claim[field], pred.get(field) or "") < 0.5)]
            if gold_claim.get("change") and (not pred or pred.get("change") != gold_claim["change"]):
                marks.append("change")
            shown = {k: pred.get(k) for k in ("metric", "subject", "time", "change")} if pred else None
            print(f"{'!' if marks else ' '} {gold_claim['doc'][:10]} {gold_claim['figure_start']:5d} "
                  f"gold={gold_claim['metric']}|{gold_claim['subject']}|{gold_claim['time']}|{gold_claim['change']}"
                  f"  pred={shown}  {' '.join(marks)}")


if __name__ == "__main__":
    main(sys.argv[1:])
