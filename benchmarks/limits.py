"""Hostile inputs, measured whole: seconds and peak memory of ``zhnews run`` on each.

    python benchmarks/limits.py [--figures 20000] [--keep DIR]

- one line of N figures and no full stop (a pasted statistics table), separated by ``,``, ``，``,
  ``、`` and nothing: issue 12's line of 20,000 figures ran out of memory (20+ GB); it must
  finish in under 3 minutes and 1.5 GB;
- the same at N/4 figures, to show the growth is linear;
- a folder of poison next to good pages (FIFO, /dev/zero, a non-UTF-8 file name, JSON nested
  1000 deep, 1000 x 亿, a 400-digit figure, 明日 against 9999-12-31): exit code, articles, errors.

Each run is a fresh ``zhnews`` process; peak memory is the largest child's maximum RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from synthetic import page  # noqa: E402


def zhnews(*args: str) -> tuple[int, float, float]:
    """(exit code, seconds, peak MB of this child) of one ``zhnews`` run in a fresh process."""
    started = time.perf_counter()
    command = [sys.executable, "-c", "import sys; sys.argv[0] = 'zhnews'; from pipeline.cli import main; main()", *args]
    child = subprocess.Popen(command, env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, status, usage = os.wait4(child.pid, 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - started, usage.ru_maxrss / 1024


def figure_line(path: Path, figures: int, separator: str) -> None:
    path.write_text("统计表\n\n" + f"新增就业岗位12万个{separator}" * figures + "\n", encoding="utf-8")


def poison_folder(folder: Path) -> None:
    folder.mkdir(parents=True)
    good = page(42, articles=2)
    for i in range(3):
        (folder / f"good{i}.txt").write_text(page(i, articles=2), encoding="utf-8")
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    with open(os.fsencode(folder) + b"/gbk_\xd6\xd0.txt", "wb") as handle:
        handle.write(good.encode())
    (folder / "deep.jsonl").write_text(json.dumps({"id": "ok", "text": good}, ensure_ascii=False) + "\n"
                                       + '{"id": "d", "x": ' + "[" * 1000 + "]" * 1000 + ', "text": "x"}\n')
    (folder / "yi.txt").write_text(good + "\n\n本报讯 全市投资1" + "亿" * 1000 + "元。\n", encoding="utf-8")
    (folder / "digits.txt").write_text(good + "\n\n本报讯 全市投资" + "9" * 400 + "元。\n", encoding="utf-8")
    (folder / "date.jsonl").write_text(json.dumps({"id": "m", "date": "9999-12-31", "text": good + "\n明日开幕。"},
                                                  ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="folder to keep inputs and outputs in")
    options = parser.parse_args()
    work = options.keep or Path(tempfile.mkdtemp(prefix="zhnews-limits-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"{'input':<40} {'exit':>4} {'seconds':>8} {'peak MB':>8}  output")
    try:
        for separator, label in ((",", "comma"), ("，", "full-width comma"), ("、", "enumeration comma"), ("", "none")):
            for figures in (options.figures // 4, options.figures):
                source = work / f"line_{figures}_{label.replace(' ', '_')}.txt"
                figure_line(source, figures, separator)
                out = work / (source.stem + "_out")
                code, seconds, peak = zhnews("run", str(source), "-o", str(out), "-q")
                claims = sum(1 for _ in (out / "claims.jsonl").open()) if (out / "claims.jsonl").exists() else 0
                print(f"{f'{figures} figures, separator: {label}':<40} {code:>4} {seconds:>8.1f} {peak:>8.0f}  "
                      f"{claims} claims", flush=True)
        folder = work / "poison"
        shutil.rmtree(folder, ignore_errors=True)
        poison_folder(folder)
        out = work / "poison_out"
        code, seconds, peak = zhnews("run", str(folder), "-o", str(out), "-q")
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        print(f"{'poison folder (12 inputs)':<40} {code:>4} {seconds:>8.1f} {peak:>8.0f}  "
              f"{manifest['counts']['articles']} articles, {manifest['counts']['errors']} errors", flush=True)
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
