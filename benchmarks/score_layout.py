"""Score the article splitter on page dumps with layout gold (``../shared/layout`` by default).

Runs :func:`pipeline.layout.split.split_articles` on every dump (a ``.jsonl``
file gives one page per line, doc ``FILE#id``), builds the scorer's article
rows and applies ``../shared/tools/score.py``'s own article functions:
articles found by title and by span (IoU >= 0.9), reporters and captions
accuracy over the articles found. Joins need sentences, which only the full
pipeline makes: score them with ``zhnews run`` + ``export --format eval``.

Also prints the metamorphic figures: how many renderings of the
``../shared/layout/articles`` records, in every convention of
``tests/layout_harness/render.py``, do not give their articles back; and, with
``--stress=N``, how many of N random pages (2-5 records of ours and the shared
ones, a random convention; ``--seeds=0,1,2``, 0 by default) do not: as the
metamorphic test judges them (a cue-less boundary may be read either way), and
when every record must come back as its own article.

usage: .venv/bin/python benchmarks/score_layout.py [PAGES_DIR GOLD_DIR] [--docs=a.txt,b.jsonl] [--stress=300]
       [--seeds=0,1,2]
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
SHARED = ROOT.parent / "shared"

from pipeline.layout.split import split_articles  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages(folder: Path):
    """(doc, raw text) of every dump in ``folder``, a JSON Lines file giving one per line."""
    for path in sorted(folder.iterdir()):
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    yield f"{path.name}#{record['id']}", record["text"]
        elif path.is_file():
            yield path.name, path.read_bytes().decode("utf-8-sig")


def rows(doc: str, raw: str) -> list[dict]:
    """The scorer's article rows for one dump."""
    out = []
    for article in split_articles(raw):
        text = lambda role: (lambda u: raw[u.start:u.end] if u else None)(article.first(role))
        out.append({"doc": doc, "index": article.index, "title": text("title") or "", "kicker": text("kicker"),
                    "subtitle": text("subtitle"), "start": article.start, "end": article.end,
                    "reporters": ["".join(raw[s:e].split()) for s, e in article.reporters],
                    "captions": [raw[u.start:u.end] for u in article.units if u.role == "caption"],
                    "truncated": article.truncated})
    return out


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    pages_dir, gold_dir = (Path(args[0]), Path(args[1])) if len(args) == 2 else (SHARED / "layout" / "pages",
                                                                               SHARED / "layout" / "gold")
    docs = next((set(a.split("=", 1)[1].split(",")) for a in argv if a.startswith("--docs=")), None)
    scorer = _scorer()
    keep = lambda doc: docs is None or doc in docs or doc.split("#")[0] in docs
    started = time.perf_counter()
    pred = [row for doc, raw in pages(pages_dir) if keep(doc) for row in rows(doc, raw)]
    elapsed = time.perf_counter() - started
    gold = [g for g in scorer.load(gold_dir, "articles.jsonl") if keep(g["doc"])]
    result = scorer.score_articles(gold, pred)
    span = result["span"]
    print(f"articles by title {result['tp']}/{result['gold']} (predicted {result['pred']}), "
          f"by span {span['tp']}/{span['gold']}, reporters {result.get('reporters_acc')}, "
          f"captions {result.get('captions_acc')}, truncated {result.get('truncated_acc')}  [{elapsed:.2f}s]")
    articles = SHARED / "layout" / "articles"
    if articles.is_dir() and docs is None:
        from test_layout_metamorphic import _check  # noqa: E402

        records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(articles.glob("*.json"))]
        failures = _check(records, captions=True)
        print(f"metamorphic: {len(failures)} of the renderings of {len(records)} shared records differ")
        stress = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("--stress=")), 0)
        seeds = next((a.split("=", 1)[1].split(",") for a in argv if a.startswith("--seeds=")), ["0"])
        for seed in map(int, seeds) if stress else ():
            wrong, split_wrong = random_pages(records, stress, seed)
            print(f"random pages (seed {seed}): {wrong} of {stress} differ from their records "
                  f"({split_wrong} when cue-less boundaries must be split too)")


def random_pages(shared: list[dict], count: int, seed: int = 0) -> tuple[int, int]:
    """How many of ``count`` random pages (2-5 records, a random convention) come out wrong, as the
    metamorphic test judges them (a cue-less boundary may be read either way); and how many do not
    give every record back as its own article."""
    import random

    from layout_harness.render import CONVENTIONS, render
    from test_layout_metamorphic import OWN, _found, _merge_cueless

    records, rng, wrong, split_wrong = OWN + shared, random.Random(seed), 0, 0
    for _ in range(count):
        page, convention = rng.sample(records, rng.randint(2, 5)), rng.choice(CONVENTIONS)
        raw, expected = render(page, convention)
        found, wanted = _found(raw, expected, captions=True)
        split_wrong += found != wanted
        merged = _merge_cueless(expected, page, convention)
        if found != wanted and merged != expected:  # the cue-less boundaries read as sub-heads
            found, wanted = _found(raw, merged, captions=True)
        wrong += found != wanted
    return wrong, split_wrong


if __name__ == "__main__":
    main(sys.argv[1:])
