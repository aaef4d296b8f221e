"""Time and peak memory of the batch consistency check on generated claims.

    .venv/bin/python benchmarks/consistency.py [--sizes 10000 100000] [--jsonl]

For each size, a batch of generated claims goes through
:func:`pipeline.claims.consistency.find_warnings` twice: once timed, once under
``tracemalloc`` for the peak of Python allocations (the claims are produced
one at a time, so the peak is what the check keeps, not the input). With
``--jsonl`` the claims are first written to a ``claims.jsonl`` and read back
with :func:`pipeline.batch.run_batch.claims_written`, as a resumed ``zhnews run`` does.

The batch mixes what makes the check expensive: groups of about 20 claims of
one metric, place and period, one large group (5 % of the claims) where a
pairwise check would compare every pair, 1 in 500 figures disagreeing, rates
above 100 % (and so conflicting with the others of their group). ``--repeats``
adds the case of issue #12: 300 claims saying 86万户 and 300 saying 300万户 of
one metric, place and period.

Warnings are one per group (metric, subject, period), not one per disagreeing
pair. Measured here (2 cores shared with other work, so wall times vary by
±40 %; CPU time is the best of 3 runs of 100k claims):

    pairwise (before):  10k: peak 7.7 MB,   505 warnings; 100k: peak 59.0 MB, 58788 warnings, 3.07 s CPU
    grouped (after):    10k: peak 7.0 MB,    37 warnings; 100k: peak  7.1 MB,   352 warnings, 3.15 s CPU
    --repeats:          pairwise 90000 warnings, grouped 1 (naming all 600 claims)

(The grouped check also notes every plain figure of an article, for 其中
lists whose total is in the sentence before, and keeps them only for the
articles that have one: the ~3 % more CPU.)
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from pipeline import schema  # noqa: E402
from pipeline.claims.consistency import find_warnings  # noqa: E402


def claim(n: int, rng: random.Random, groups: int) -> schema.Claim:
    """Claim ``n``: a count in a group, a rate, or a part of a 其中 list (one article each)."""
    shape, group = rng.random(), rng.randrange(groups)
    subject = f"第{group}区"
    if shape < 0.05:
        subject, metric, unit, kind, value = "洛阳", "企业总量", "户", "count", rng.choice(["120", "120.4"])
    elif shape < 0.10:
        metric, unit, kind, value = "满意率", "%", "percent", "135" if rng.random() < 0.02 else "95"
    else:
        metric, unit, kind, value = f"指标{group % 7}", "户", "count", "120"
    if unit == "户" and rng.random() < 0.002:
        value = "200"
    text = f"{value}{'%' if unit == '%' else '万户'}"
    exact = Decimal(value) * (1 if unit == "%" else 10000)
    sentence = f"全市{metric}{text}"
    figure = schema.Figure(start=2 + len(metric), end=2 + len(metric) + len(text), text=text, id=f"d{n}-a0-f0",
                           value=float(exact), value_exact=str(exact), unit=unit, kind=kind)
    return schema.Claim(id=f"d{n:07d}-a0-c0", article_id=f"d{n}-a0", figure_id=figure.id, figure=figure,
                        metric=schema.ClaimPart(start=2, end=2 + len(metric), text=metric),
                        subject=schema.ClaimPart(start=0, end=2, text="全市", normalized=subject),
                        time=schema.ClaimPart(start=0, end=0, text="2025年", normalized="2025"),
                        sentence=schema.Span(start=0, end=len(sentence), text=sentence))


def claims(size: int, seed: int = 0) -> Iterator[schema.Claim]:
    rng = random.Random(seed)
    return (claim(n, rng, max(1, size // 20)) for n in range(size))


def measure(size: int, jsonl: bool) -> None:
    source = claims(size)
    if jsonl:
        from pipeline.batch.run_batch import claims_written

        folder = tempfile.TemporaryDirectory()
        path = Path(folder.name) / "claims.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for c in source:
                handle.write(c.model_dump_json() + "\n")
        make = lambda: claims_written(path)  # noqa: E731
    else:
        make = lambda: claims(size)  # noqa: E731
    gc.collect()
    started = time.perf_counter()
    warnings = find_warnings(make())
    seconds = time.perf_counter() - started
    del warnings
    gc.collect()
    tracemalloc.start()
    warnings = find_warnings(make())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    kinds = Counter(w.kind for w in warnings)
    print(f"{size:>8} claims{' (claims.jsonl)' if jsonl else ''}: {seconds:6.2f} s, "
          f"peak {peak / 1e6:6.1f} MB traced, {len(warnings)} warnings "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")


def repeats() -> None:
    """300 claims at 86万户 and 300 at 300万户 of one metric, subject and period."""
    rng = random.Random(1)
    batch = []
    for n in range(600):
        c = claim(n, rng, 1)
        value = "86" if n % 2 else "300"
        text = f"{value}万户"
        figure = c.figure.model_copy(update={"text": text, "value": float(value) * 1e4,
                                             "value_exact": str(Decimal(value) * 10000), "unit": "户", "kind": "count"})
        batch.append(c.model_copy(update={"figure": figure, "metric": c.metric.model_copy(update={"text": "企业总量"}),
                                          "subject": c.subject.model_copy(update={"normalized": "洛阳"})}))
    warnings = find_warnings(batch)
    print(f"     600 claims, 300 at 86万户 and 300 at 300万户: {len(warnings)} warnings, "
          f"naming {sum(len(w.claim_ids) for w in warnings)} claims")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--jsonl", action="store_true", help="read the claims back from a claims.jsonl")
    parser.add_argument("--repeats", action="store_true", help="also the 300 + 300 disagreeing repeats")
    args = parser.parse_args()
    if args.repeats:
        repeats()
    for size in args.sizes:
        measure(size, args.jsonl)


if __name__ == "__main__":
    main()
