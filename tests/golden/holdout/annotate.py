"""Build the holdout gold JSONL files from hand-written annotations.

The annotations live in ``gold_docs/*.py`` as data: every span is written as a
context string with the annotated part between ⟦ and ⟧, so that the offsets are
computed (and checked, ``raw[start:end] == text``) rather than typed by hand.
Contexts are matched against the raw text with full-width ASCII folded, so a
page printed in full-width digits can be annotated with ASCII digits; the
emitted ``text`` is always the raw substring.

What to annotate was decided by hand from ../../../../shared/gold/GUIDELINES.md,
never from zhnews output.  Run: ``python3 tests/golden/holdout/annotate.py``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"
GOLD = HERE / "gold"
OPEN, CLOSE = "⟦", "⟧"


def fold(text: str) -> str:
    """Full-width ASCII forms to ASCII, one char for one char (offsets unchanged)."""
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text)


def locate(raw: str, marked: str, nth: int | None = None) -> tuple[int, int]:
    """Offsets of the ⟦marked⟧ part of a context that occurs once in raw (or the nth time)."""
    if OPEN not in marked:
        marked = OPEN + marked + CLOSE
    plain = marked.replace(OPEN, "").replace(CLOSE, "")
    folded, key = fold(raw), fold(plain)
    hits, i = [], folded.find(key)
    while i >= 0:
        hits.append(i)
        i = folded.find(key, i + 1)
    if not hits:
        raise ValueError(f"context not found: {marked!r}")
    if nth is None and len(hits) > 1:
        raise ValueError(f"context occurs {len(hits)} times, give nth: {marked!r}")
    base = hits[nth or 0]
    start = base + marked.index(OPEN)
    end = start + len(marked.split(OPEN, 1)[1].split(CLOSE, 1)[0])
    return start, end


def all_hits(raw: str, text: str) -> list[tuple[int, int]]:
    folded, key, out = fold(raw), fold(text), []
    i = folded.find(key)
    while i >= 0:
        out.append((i, i + len(key)))
        i = folded.find(key, i + 1)
    return out


def build_doc(doc: str, ann) -> dict[str, list[dict]]:
    raw = (RAW / doc).read_text(encoding="utf-8")
    out: dict[str, list[dict]] = {k: [] for k in ("articles", "joins", "figures", "entities", "claims")}
    for index, a in enumerate(ann.ARTICLES):
        start = locate(raw, a["first"])[0]
        end = locate(raw, a["last"])[1]
        row = {"doc": doc, "index": index, "title": a["title"], "subtitle": a.get("subtitle"),
               "kicker": a.get("kicker"), "reporters": a.get("reporters", []),
               "source_line": a.get("source_line"), "start": start, "end": end,
               "captions": a.get("captions", []), "continued_from": a.get("continued_from"),
               "truncated": a.get("truncated", False)}
        for t in [row["title"], *row["captions"]]:
            assert raw.find(t) >= 0, (doc, t)
        out["articles"].append(row)
    for text, breaks in ann.JOINS:
        out["joins"].append({"doc": doc, "text": text, "breaks": [locate(raw, b)[1] for b in breaks]})
    for f in ann.FIGURES:
        ctx, value, unit, kind, qual, claim = f[0], f[1], f[2], f[3], f[4], f[5]
        nth = f[6] if len(f) > 6 else None
        s, e = locate(raw, ctx, nth)
        out["figures"].append({"doc": doc, "start": s, "end": e, "text": raw[s:e], "value": float(value),
                               "unit": unit, "kind": kind, "qualifier": qual, "optional": claim is None})
        if claim is not None:
            metric, subject, time, change = claim
            # metric and time are raw substrings: take them from the raw text (full-width digits stay)
            ms, me = locate(raw, metric, 0)
            metric = raw[ms:me]
            if time:
                ts, te = all_hits(raw, time)[0]
                time = raw[ts:te]
            out["claims"].append({"doc": doc, "figure_start": s, "metric": metric, "subject": subject,
                                  "time": time, "change": change})
    taken: list[tuple[int, int]] = []
    ents = []
    for item in ann.ENTITIES:
        ctx, label, opt = item[0], item[1], item[2] if len(item) > 2 else False
        nth = item[3] if len(item) > 3 else None
        s, e = locate(raw, ctx, nth)
        ents.append((s, e, label, opt))
        taken.append((s, e))
    for text, label, opt in getattr(ann, "ALL", []):
        for s, e in all_hits(raw, text):
            if not any(s < te and ts < e for ts, te in taken):
                ents.append((s, e, label, opt))
                taken.append((s, e))
    for s, e, label, opt in sorted(ents):
        out["entities"].append({"doc": doc, "start": s, "end": e, "text": raw[s:e], "label": label,
                                "optional": opt})
    for rows in out.values():
        for r in rows:
            if "start" in r and "text" in r:
                assert raw[r["start"]:r["end"]] == r["text"], r
    return out


def main() -> None:
    merged: dict[str, list[dict]] = {k: [] for k in ("articles", "joins", "figures", "entities", "claims")}
    for path in sorted((HERE / "gold_docs").glob("ho*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        ann = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(ann)
        for k, rows in build_doc(path.stem + ".txt", ann).items():
            merged[k].extend(rows)
    GOLD.mkdir(exist_ok=True)
    for k, rows in merged.items():
        (GOLD / f"{k}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                         encoding="utf-8")
        print(k, len(rows))


if __name__ == "__main__":
    main()
