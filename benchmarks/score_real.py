"""Score zhnews on real articles of other papers: the layout set's 12 dumps with our own full gold.

``../shared/layout`` holds 40 real articles of 33 outlets laid out in 12 dumps,
with gold articles and joins. ``benchmarks/real_gold/`` adds gold figures,
entities and claims for the same dumps, annotated by hand after
``../shared/gold/GUIDELINES.md`` without looking at zhnews' output (how, and the
conventions the annotators had to decide: ``benchmarks/real_gold/README.md``).
It is split in two: ``dev`` (9 dumps, used while developing) and ``held``
(lay05, lay07, lay09: kept unseen, for a first-run figure at the end of a
piece of work). Quote the held figures of the first run, not of later ones.

For each split this runs a fresh ``zhnews run`` on the split's dumps, then
``zhnews export --format eval``, then ``../shared/tools/score.py``.

usage: .venv/bin/python benchmarks/score_real.py [--split dev|held|all] [-- ZHNEWS RUN ARGS, e.g. --mode fast]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "benchmarks" / "real_gold"
SPLITS = {"dev": GOLD / "dev", "held": GOLD / "held"}


def docs_of(gold: Path) -> set[str]:
    """The dump files a split's gold speaks of (``lay08_pages.jsonl#id`` -> ``lay08_pages.jsonl``)."""
    import json

    names = set()
    for line in (gold / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            names.add(json.loads(line)["doc"].split("#")[0])
    return names


def score_split(name: str, run_args: list[str]) -> None:
    gold = SPLITS[name]
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp, "pages")
        pages.mkdir()
        for doc in sorted(docs_of(gold)):
            shutil.copy2(SHARED / "layout" / "pages" / doc, pages / doc)
        zhnews = [sys.executable, "-c", "from pipeline.cli import main; main()"]
        subprocess.run([*zhnews, "run", str(pages), "-o", str(Path(tmp, "out")), "-q", *run_args], cwd=ROOT, check=True)
        subprocess.run([*zhnews, "export", str(Path(tmp, "out")), "--format", "eval", "-o", str(Path(tmp, "ev"))],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        print(f"== {name}: {len(docs_of(gold))} dumps, zhnews run {' '.join(run_args) or '(defaults)'}", flush=True)
        subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(Path(tmp, "ev"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "held", "all"], default="dev")
    args, run_args = parser.parse_known_args(argv)
    run_args = [a for a in run_args if a != "--"]
    if not (SHARED / "layout" / "pages").is_dir():
        print(f"needs {SHARED / 'layout' / 'pages'} (the shared layout set): not here, nothing scored")
        return 0
    for name in (["dev", "held"] if args.split == "all" else [args.split]):
        score_split(name, run_args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
