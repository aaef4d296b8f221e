"""Build a golden set's gold JSONL files from its hand annotations in ``annotations/*.txt``.

Each annotation names its span by a context string with the annotated part
between ⟦ and ⟧; the context (markers removed) must occur exactly once in the
raw file, so offsets are computed and checked (``raw[start:end] == text``),
never typed.  An entity line without markers means "every occurrence of this
text that is not inside a longer annotated entity".  What to annotate was
decided by hand from ../../../../shared/gold/GUIDELINES.md, before zhnews was
ever run on these pages.  Run: ``python3 tests/golden/annotate_marked.py tests/golden/blind``
(or ``tests/golden/blind2``).

Line formats (fields separated by " | ", "-" for null):
  F ctx | value | unit | kind | qualifier | metric | subject | time | change
  F? ctx | value | unit | kind | qualifier            (optional figure, no claim)
  E ctx-or-text | LABEL            E? ...  (optional entity)
  A title | subtitle | kicker | reporters (comma list) | source_line | last text | continued_from | truncated | captions (;; list)
  J piece ;; piece ...              (a join: the pieces of the sentence around each gap)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OPEN, CLOSE = "⟦", "⟧"


def locate(raw: str, ctx: str) -> tuple[int, int, str]:
    """The marked span of a context string that occurs exactly once in raw."""
    ctx = ctx.replace("\\n", "\n")
    plain = ctx.replace(OPEN, "").replace(CLOSE, "")
    assert raw.count(plain) == 1, f"context must occur once ({raw.count(plain)}x): {plain}"
    base = raw.index(plain)
    a = ctx.index(OPEN)
    b = ctx.index(CLOSE) - 1
    text = plain[a:b]
    assert raw[base + a:base + b] == text
    return base + a, base + b, text


def nul(s: str):
    s = s.strip()
    return None if s == "-" else s


def build(doc: str, raw: str, lines: list[str]) -> dict[str, list[dict]]:
    out = {k: [] for k in ("articles", "joins", "figures", "entities", "claims")}
    plain_entities, marked_entities = [], []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        f = [x.strip() for x in rest.split(" | ")]
        if tag in ("F", "F?"):
            s, e, text = locate(raw, f[0])
            qual = f[4]
            assert qual in ("eq", "approx", "gt", "ge", "lt", "le"), line
            assert f[3] in ("count", "money", "percent", "measure", "rank"), line
            out["figures"].append({"doc": doc, "start": s, "end": e, "text": text, "value": float(eval(f[1])),
                                   "unit": "" if f[2] == "-" else f[2], "kind": f[3], "qualifier": qual,
                                   "optional": tag == "F?"})
            if tag == "F":
                metric = f[5]
                assert raw.count(metric) >= 1, f"metric not in raw: {metric}"
                change = {"inc": "increase", "dec": "decrease", "-": None}[f[8]]
                out["claims"].append({"doc": doc, "figure_start": s, "metric": metric, "subject": nul(f[6]),
                                      "time": nul(f[7]), "change": change})
            else:
                assert len(f) == 5, line
        elif tag in ("E", "E?"):
            label = f[1]
            assert label in ("ORG", "PROGRAM", "PERSON", "GPE", "LOC", "WORK", "DATE"), line
            if OPEN in f[0]:
                s, e, text = locate(raw, f[0])
                marked_entities.append((s, e, text, label, tag == "E?"))
            else:
                plain_entities.append((f[0], label, tag == "E?"))
        elif tag == "A":
            title, subtitle, kicker, reps, source, last, cont, trunc, caps = f
            head = nul(kicker) or title
            assert raw.count(head + "\n") == 1, head
            start = raw.index(head + "\n")
            assert raw.count(last) == 1, last
            end = raw.index(last) + len(last)
            out["articles"].append({"doc": doc, "index": len(out["articles"]), "title": title,
                                    "subtitle": nul(subtitle), "kicker": nul(kicker),
                                    "reporters": [r for r in reps.split(",") if r and r != "-"],
                                    "source_line": nul(source), "start": start, "end": end,
                                    "captions": [c for c in caps.split(";;") if c and c != "-"],
                                    "continued_from": nul(cont), "truncated": trunc == "true"})
        elif tag == "J":
            pieces = [p.strip() for p in rest.split(";;")]
            breaks = []
            for p in pieces[:-1]:
                assert raw.count(p) == 1, p
                breaks.append(raw.index(p) + len(p))
            out["joins"].append({"doc": doc, "text": "".join(pieces), "breaks": breaks})
        else:
            raise ValueError(f"unknown line: {line}")
    spans = list(marked_entities)
    for text, label, opt in plain_entities:
        i = raw.find(text)
        assert i >= 0, f"entity not in raw: {text}"
        while i >= 0:
            spans.append((i, i + len(text), text, label, opt))
            i = raw.find(text, i + 1)
    keep = []
    for sp in spans:
        # an optional longer name does not hide the required name inside it (GUIDELINES: quoted part required)
        inside = any(not o[4] and o[0] <= sp[0] and sp[1] <= o[1] and (o[1] - o[0]) > (sp[1] - sp[0]) for o in spans)
        if not inside or sp in marked_entities:
            keep.append(sp)
    seen = set()
    for s, e, text, label, opt in sorted(keep):
        assert (s, e, label) not in seen, (doc, text)
        seen.add((s, e, label))
        assert raw[s:e] == text
        out["entities"].append({"doc": doc, "start": s, "end": e, "text": text, "label": label, "optional": opt})
    return out


def main(folder: Path) -> None:
    """Write ``folder/gold/*.jsonl`` from ``folder/annotations/*.txt`` and ``folder/raw``."""
    RAW, GOLD, ANN = folder / "raw", folder / "gold", folder / "annotations"
    GOLD.mkdir(exist_ok=True)
    merged = {k: [] for k in ("articles", "joins", "figures", "entities", "claims")}
    for ann in sorted(ANN.glob("*.txt")):
        doc = ann.stem + ".txt"
        raw = (RAW / doc).read_text(encoding="utf-8")
        part = build(doc, raw, ann.read_text(encoding="utf-8").splitlines())
        for k, rows in part.items():
            merged[k].extend(sorted(rows, key=lambda r: r.get("start", r.get("figure_start", 0))) if k != "joins" else rows)
    for k, rows in merged.items():
        with open(GOLD / f"{k}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(k, len(rows))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: annotate_marked.py tests/golden/<set>  (a folder with raw/ and annotations/)")
    main(Path(sys.argv[1]))
