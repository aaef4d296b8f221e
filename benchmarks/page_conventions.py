"""Rewrite a gold set's pages into another page convention, its gold remapped with them.

    python benchmarks/page_conventions.py SET_DIR OUT_DIR --kind pangu
    zhnews run OUT_DIR/pages -o /tmp/out && zhnews export /tmp/out --format eval -o /tmp/ev
    python ../shared/tools/score.py OUT_DIR/gold /tmp/ev

``SET_DIR`` holds ``pages/`` (text files, or JSON Lines pages with ``text`` or ``content``) and
``gold/`` in the scorer's format. The same articles in another convention should give the same
claims: a field that drops is a convention zhnews does not read yet (a metamorphic test on real
text, where ``tests/test_layout_metamorphic.py`` renders records we wrote). Kinds:

- ``ascii``: full-width ，：；（）！？ as ASCII (one for one);
- ``nbsp``: every space and U+3000 as U+00A0 (one for one);
- ``crlf``: LF line ends as CRLF;
- ``pangu``: a space between Chinese and digits, either side (收入 55170 亿元, 2023 年 5 月);
- ``wrap``: lines longer than 35 characters hard-wrapped at 28, as PDF text prints a column.

Gold offsets move with the text; metric, subject, time and title strings get the same rewrite
(``pieces`` are dropped: the spans' ends still hold). Titles of ``wrap`` stay one line in the gold
while a long one wraps on the page, so its title count is a lower bound.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

_ASCII = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
_CJK = re.compile(r"[\u4e00-\u9fff]")
_GOLD_FILES = ("articles", "joins", "entities", "figures", "claims")
_STRINGS = ("metric", "subject", "time", "title", "subtitle", "kicker", "text")


def rewrite(text: str, kind: str) -> tuple[str, list[int]]:
    """The text in the convention ``kind`` and the new offset of every old one (len(text) + 1 entries)."""
    if kind == "ascii":
        return text.translate(_ASCII), list(range(len(text) + 1))
    if kind == "nbsp":
        return text.replace(" ", "\u00a0").replace("\u3000", "\u00a0"), list(range(len(text) + 1))
    out: list[str] = []
    moved: list[int] = []
    column = 0
    line_length = {}
    if kind == "wrap":
        for line in re.finditer(r"[^\n]*", text):
            for k in range(line.start(), line.end()):
                line_length[k] = (k - line.start(), line.end() - line.start())
    for i, char in enumerate(text):
        before = text[i - 1] if i else ""
        if kind == "pangu" and (_CJK.match(before) and char.isascii() and char.isdigit()
                                or before.isascii() and before.isdigit() and _CJK.match(char)):
            out.append(" ")
        elif kind == "crlf" and char == "\n" and before != "\r":
            out.append("\r")
        elif kind == "wrap":
            column, length = line_length.get(i, (0, 0))
            if length > 35 and column and column % 28 == 0 and before != "\r":
                out.append("\n")
        moved.append(len(out))
        out.append(char)
    moved.append(len(out))
    return "".join(out), moved


def convert(src: Path, out: Path, kind: str) -> int:
    """Write ``src``'s pages and gold in the convention ``kind`` under ``out``; returns the pages written."""
    shutil.rmtree(out, ignore_errors=True)
    (out / "pages").mkdir(parents=True)
    (out / "gold").mkdir()
    maps: dict[str, list[int]] = {}
    for page in sorted((src / "pages").iterdir()):
        if page.suffix == ".jsonl":
            lines = []
            for line in page.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    key = "text" if "text" in record else "content"
                    record[key], maps[f"{page.name}#{record['id']}"] = rewrite(record[key], kind)
                    lines.append(json.dumps(record, ensure_ascii=False))
            (out / "pages" / page.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            with open(page, encoding="utf-8", newline="") as handle:
                text, maps[page.name] = rewrite(handle.read(), kind)
            with open(out / "pages" / page.name, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
    for name in _GOLD_FILES:
        path = src / "gold" / f"{name}.jsonl"
        if not path.exists():
            continue
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            moved = maps[row["doc"]]
            if isinstance(row.get("start"), int):
                row["start"] = moved[row["start"]]
            if isinstance(row.get("end"), int):
                row["end"] = moved[row["end"] - 1] + 1 if row["end"] else 0
            if "figure_start" in row:
                row["figure_start"] = moved[row["figure_start"]]
            for key in _STRINGS:
                if isinstance(row.get(key), str) and kind in ("ascii", "nbsp", "pangu"):
                    row[key] = rewrite(row[key], kind)[0]
            row.pop("pieces", None)
            rows.append(json.dumps(row, ensure_ascii=False))
        (out / "gold" / f"{name}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(maps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_dir", type=Path, help="a gold set: pages/ and gold/")
    parser.add_argument("out_dir", type=Path, help="where the rewritten set goes (replaced)")
    parser.add_argument("--kind", required=True, choices=("ascii", "nbsp", "crlf", "pangu", "wrap"))
    args = parser.parse_args()
    pages = convert(args.set_dir, args.out_dir, args.kind)
    print(f"{pages} pages in the {args.kind} convention -> {args.out_dir}")


if __name__ == "__main__":
    main()
