"""Export a run's output to other formats; ``eval`` is the scorer's flat format.

The evaluation format is the one of ``shared/gold/GUIDELINES.md``: one JSON
object a line, every object keyed by ``doc`` (the raw file's name), files
``articles.jsonl``, ``sentences.jsonl``, ``joins.jsonl``, ``figures.jsonl``,
``entities.jsonl`` and ``claims.jsonl``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pipeline import schema
from pipeline.layout.roles import word_runs_on

EVAL_FILES = ("articles", "sentences", "joins", "figures", "entities", "claims")


def read_articles(out_dir: Path) -> Iterator[schema.ArticleRecord]:
    """Article records of a run folder, validated against the schema as they are read."""
    path = out_dir / "articles.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: pass the folder `zhnews run -o` wrote")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield schema.ArticleRecord.model_validate_json(line)


def _spanned(span: schema.Span) -> dict:
    row = {"start": span.start, "end": span.end, "text": span.text}
    if span.pieces:
        row["pieces"] = [list(p) for p in span.pieces]
    return row


def _name(text: str) -> str:
    """A reporter's name as written, less the spaces that pad a two-character name (石 岚 -> 石岚)."""
    return "".join(text.split())


def headline(article: schema.ArticleRecord) -> str:
    """The article's title as a reader writes it; with none in the text, the title field of its JSON
    line (a crawler's record: ``{"title": …, "content": …}``) for the record's first article."""
    if article.title is None:
        return (article.source.title or "") if article.index == 0 else ""
    return _headline(article.title)


def _headline(title: schema.Span) -> str:
    """A title as a reader writes it: a title printed over two lines has its lines joined by a space,
    but a line a PDF's wrap cut mid-word (…999.6万人 / 次 创历史同期新高) goes straight on."""
    if not title.pieces:
        return title.text
    lines, at = [], 0
    for start, end in title.pieces:
        lines.append(title.text[at:at + end - start])
        at += end - start
    joined = lines[0]
    for line in lines[1:]:
        joined += ("" if word_runs_on(joined, line) else " ") + line
    return joined


def eval_rows(article: schema.ArticleRecord) -> dict[str, list[dict]]:
    """The evaluation rows of one article, by file stem."""
    doc = article.source.name
    text_of = lambda span: span.text if span else None
    rows: dict[str, list[dict]] = {name: [] for name in EVAL_FILES}
    rows["articles"].append({
        "doc": doc, "index": article.index, "title": headline(article),
        "subtitle": text_of(article.subtitle), "kicker": text_of(article.kicker),
        "reporters": [_name(r.text) for r in article.reporters], "source_line": text_of(article.source_line),
        "start": article.start, "end": article.end, "captions": [c.text for c in article.captions],
        "continued_from": text_of(article.continued_from), "truncated": article.truncated,
    })
    for paragraph in article.paragraphs:
        for sentence in paragraph.sentences:
            rows["sentences"].append({"doc": doc, **_spanned(sentence)})
            if sentence.pieces:
                rows["joins"].append({"doc": doc, "text": sentence.text,
                                      "breaks": [end for _, end in sentence.pieces[:-1]]})
    for figure in article.figures:
        rows["figures"].append({"doc": doc, **_spanned(figure), "value": figure.value, "unit": figure.unit,
                                "kind": figure.kind, "qualifier": figure.qualifier, "optional": figure.optional})
    for entity in article.entities:
        rows["entities"].append({"doc": doc, **_spanned(entity), "label": entity.label, "optional": entity.optional})
    for claim in article.claims:
        rows["claims"].append({
            "doc": doc, "figure_start": claim.figure.start,
            "metric": text_of(claim.metric), "subject": schema.part_value(claim.subject),
            "time": text_of(claim.time), "change": claim.change,
        })
    return rows


def export_eval(out_dir: Path, eval_dir: Path) -> dict[str, int]:
    """Write the evaluation files for a run folder; return rows written per file."""
    eval_dir.mkdir(parents=True, exist_ok=True)
    handles = {name: (eval_dir / f"{name}.jsonl").open("w", encoding="utf-8") for name in EVAL_FILES}
    counts = dict.fromkeys(EVAL_FILES, 0)
    try:
        for article in read_articles(out_dir):
            for name, rows in eval_rows(article).items():
                for row in rows:
                    handles[name].write(json.dumps(row, ensure_ascii=False) + "\n")
                counts[name] += len(rows)
    finally:
        for handle in handles.values():
            handle.close()
    return counts
