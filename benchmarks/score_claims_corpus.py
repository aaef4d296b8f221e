"""Self-score claims on the shared corpus page against the seed gold.

Runs the default pipeline with the claims component added (whether or not
``run.DEFAULT_COMPONENTS`` lists it yet), exports the evaluation rows, and
runs the shared scorer on them. With ``-v`` it also prints every gold claim
beside the predicted one, marking the fields the scorer counts as wrong.

usage: .venv/bin/python benchmarks/score_claims_corpus.py [-v]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from pipeline.records.export import EVAL_FILES, eval_rows  # noqa: E402
from pipeline.text.ingest import read_inputs  # noqa: E402
from pipeline.run import DEFAULT_COMPONENTS, Settings, build_nlp, process_dump  # noqa: E402


def char_f1(a: str, b: str) -> float:
    from collections import Counter

    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return 0.0 if not common else 2 * common / (len(a) + len(b))


def main(verbose: bool) -> None:
    if not (SHARED / "corpus").is_dir():
        sys.exit(f"{SHARED} not found: this benchmark needs the shared corpus and gold")
    components = tuple(dict.fromkeys(DEFAULT_COMPONENTS + ("zhnews_claims",)))
    settings = Settings(components=components)
    nlp = build_nlp(settings)
    rows = {name: [] for name in EVAL_FILES}
    began = time.perf_counter()
    for dump in read_inputs([str(SHARED / "corpus")]):
        for article in process_dump(dump, nlp, settings):
            for name, found in eval_rows(article).items():
                rows[name] += found
    seconds = time.perf_counter() - began
    with tempfile.TemporaryDirectory() as out:
        for name, found in rows.items():
            Path(out, f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found),
                                                  encoding="utf-8")
        result = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(SHARED / "gold" / "seed"), out],
                                capture_output=True, text=True, check=True)
    print("\n".join(line for line in result.stdout.splitlines() if line.startswith("claims")))
    print(f"{len(rows['claims'])} claims predicted; pipeline {seconds:.2f}s")
    if verbose:
        predicted = {(c["doc"], c["figure_start"]): c for c in rows["claims"]}
        figures = [f for f in rows["figures"]]
        for line in (SHARED / "gold" / "seed" / "claims.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            fig = next((f for f in figures if f["doc"] == gold["doc"] and f["start"] <= gold["figure_start"] < f["end"]), None)
            pred = predicted.get((gold["doc"], fig["start"])) if fig else None
            marks = []
            for field in ("metric", "subject", "time"):
                if gold.get(field) and (not pred or char_f1(gold[field], pred.get(field) or "") < 0.5):
                    marks.append(field)
            if gold.get("change") and (not pred or pred.get("change") != gold["change"]):
                marks.append("change")
            shown = {k: pred.get(k) for k in ("metric", "subject", "time", "change")} if pred else None
            print(f"{'!' if marks else ' '} {gold['figure_start']:5d} gold={gold['metric']}|{gold['subject']}|"
                  f"{gold['time']}|{gold['change']}  pred={shown}  {' '.join(marks)}")


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
