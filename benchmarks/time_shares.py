"""Where the time of a ``zhnews run`` goes: start-up step by step, then the work stage by stage.

    .venv/bin/python benchmarks/time_shares.py [--mode fast] [--mb 1]

Printed by ``benchmarks/throughput.py`` after its whole-run figures (issue:
the fastest mode against a bare jieba script, start-up included), and
runnable alone:

- start-up: CPU seconds of each step of a fresh process (imports, the
  pipeline's build, the first page), the median of three processes;
- work: CPU seconds in each step of ``pipeline.run.process_dump`` and of the
  runner (layout, segmentation and spaCy Doc, each component, records, JSON
  lines, consistency notes), in this process after a warm-up pass, each step
  wrapped with a clock (the wrappers add a few microseconds a call).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]


_START_UP = """
import json, sys, time
clock, spent = time.process_time, {}
def lap(name, started):
    spent[name] = clock() - started
    return clock()
import gc
gc.disable()  # as the runner's warm-up does while the pipeline is built
t = clock()
import pipeline.cli
t = lap("import pipeline.cli (typer, pydantic, the record schema)", t)
import spacy
t = lap("import spacy (and what it imports: thinc, its CLI)", t)
import rjieba
t = lap("import rjieba (builds its own instance: jieba's dictionary)", t)
from pipeline.run import Settings, cached_nlp, process_text
t = lap("import the stages", t)
from pipeline.entities.names import common_words
common_words()
t = lap("jieba's common words for the name rules (entities)", t)
nlp = cached_nlp(Settings(mode=sys.argv[1]))
gc.freeze()  # as the warm-up does: else the collection at exit walks the whole pipeline (~0.17 s)
t = lap("the rest of building the pipeline (spaCy Language, lexicons, segmenter with user words)", t)
process_text(sys.argv[2], settings=Settings(mode=sys.argv[1]))
t = lap("the first page (patterns compiled on first use)", t)
print(json.dumps(spent))
"""


def start_up_phases(page: str, mode: str = "fast", rounds: int = 3) -> None:
    """CPU seconds of each step of a fresh process's start-up, the median of ``rounds`` processes."""
    import resource

    runs, totals = [], []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run([sys.executable, "-c", _START_UP, mode, page], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        runs.append(json.loads(out.strip().splitlines()[-1]))
        totals.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    total = sorted(totals)[rounds // 2]
    print(f"start-up of a fresh process, --mode {mode}, CPU seconds (median of {rounds}; the whole process "
          f"{total:.2f}s):")
    for name in runs[0]:
        print(f"  {sorted(r[name] for r in runs)[rounds // 2]:6.3f}s  {name}")
    inside = sum(sorted(r[name] for r in runs)[rounds // 2] for name in runs[0])
    print(f"  {total - inside:6.3f}s  the interpreter, site and exit")


class _Clock:
    """CPU seconds spent in the wrapped functions, by name."""

    def __init__(self):
        self.spent: dict[str, float] = {}

    def wrap(self, name: str, function):
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.process_time() - started
        return timed


class _TimedComponent:
    """A pipeline component whose ``__call__`` and ``pipe`` are timed (``pipe`` materialised)."""

    def __init__(self, proc, timed):
        self.call = timed(proc)
        if hasattr(proc, "pipe"):
            self.pipe = timed(lambda docs, **kwargs: list(proc.pipe(docs, **kwargs)))

    def __call__(self, doc):
        return self.call(doc)


def stage_shares(text: str, zhnews_function, mode: str = "fast") -> None:
    """Where the work of a run goes, stage by stage: CPU seconds in each step of ``process_dump``
    and of the runner (the steps wrapped with a clock, in this process, after a warm-up pass).

    ``zhnews_function``: :func:`throughput.zhnews_function` (the runner's own per-chunk work).
    """
    import pipeline.batch.runner as runner
    import pipeline.run as run
    from pipeline.run import Settings, cached_nlp

    settings = Settings(mode=mode)
    work = zhnews_function(settings)
    nlp = cached_nlp(settings)
    work(text[:20_000])
    clock = _Clock()
    saved = {(module, name): getattr(module, name) for module, name in (
        (run, "split_articles"), (run, "analysis_text"), (run, "build_article"), (run, "fill_subjects_from_page"),
        (runner, "json_line"), (runner, "note"))}
    labels = {"split_articles": "layout (articles, roles, bylines)", "analysis_text": "analysis text and offset maps",
              "build_article": "records (raw spans, pydantic models)", "fill_subjects_from_page": "page subjects",
              "json_line": "JSON lines", "note": "consistency notes of claims"}
    components = list(nlp._components)  # spaCy keeps (name, component) pairs here; restored below
    make_doc = nlp.make_doc
    try:
        for (module, name), function in saved.items():
            setattr(module, name, clock.wrap(labels[name], function))
        nlp.make_doc = clock.wrap("segmentation and spaCy Doc (make_doc)", make_doc)
        nlp._components[:] = [(name, _TimedComponent(proc, lambda f, n=name: clock.wrap(n, f)))
                              for name, proc in components]
        started = time.process_time()
        work(text)
        total = time.process_time() - started
    finally:
        for (module, name), function in saved.items():
            setattr(module, name, function)
        nlp._components[:] = components
        del nlp.make_doc
    spent = dict(clock.spent)
    print(f"where the work goes, --mode {mode}, {len(text):,} chars, CPU {total:.2f}s in this process:")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {seconds:6.3f}s {100 * seconds / total:5.1f}%  {name}")
    rest = total - sum(spent.values())
    print(f"  {rest:6.3f}s {100 * rest / total:5.1f}%  the rest (cutting chunks, batching, record glue)")


def main() -> None:
    import argparse

    from throughput import bench_text, pieces_of, zhnews_function

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", default="fast", choices=("fast", "accurate"))
    parser.add_argument("--mb", type=float, default=1.0, help="MB of text for the work figures")
    args = parser.parse_args()
    text, origin = bench_text(args.mb)
    print(f"text: {origin}, {len(text):,} chars")
    start_up_phases(pieces_of(text, 2_000)[0], args.mode)
    stage_shares(text, zhnews_function, args.mode)


if __name__ == "__main__":
    main()
