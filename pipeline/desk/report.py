"""``zhnews report``: one self-contained HTML page for checking a run's claims.

The page makes no network request: CSS and JS are inlined from
``pipeline/desk/report_assets/``, and a Content-Security-Policy allows only those
two blocks (by hash), so even text that slipped past escaping could not run.
It does not need to: every piece of article text goes through
:func:`html.escape`, and the data handed to the script sits in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
written as ``\\u003c`` escapes, so a dump holding ``</script>`` cannot close it.

The HTML is built by small functions, one per element kind; each returns a
string of markup whose every dynamic part is escaped where it is inserted.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from html import escape
from importlib import resources
from pathlib import Path

from pipeline import schema
from pipeline.desk.check import Desk, RawLocator, load_desk, local_intervals, sentence_id_of, warned_claim_ids

#: Claims table columns: (key, header, numeric sort?).
COLUMNS = (
    ("value", "value", True), ("unit", "unit", False), ("metric", "metric", False),
    ("subject", "subject", False), ("time", "time", False), ("change", "change", False),
    ("sentence", "sentence", False), ("where", "file:line:col", False),
)


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlight inside a paragraph's text, in that text's offsets."""

    start: int
    end: int
    css: str  # class names
    title: str  # tooltip: label or value
    figure_id: str | None = None


def _attr(value: str) -> str:
    """An attribute value, quotes included, safe inside a double-quoted attribute."""
    return '"' + escape(value, quote=True) + '"'


def anchor(kind: str, record_id: str) -> str:
    """Element id for a sentence ('s'), claim row ('c') or article ('a')."""
    return f"{kind}-{record_id}"


def json_for_script(data: object) -> str:
    """JSON safe inside a ``<script type="application/json">`` block: no ``<``, ``>`` or ``&`` left."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _asset(name: str) -> str:
    return resources.files("pipeline.desk").joinpath("report_assets", name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


# --- article text ---------------------------------------------------------


def figure_mark(container: schema.Span, figure: schema.Figure) -> list[Mark]:
    """Highlights for one figure inside a container's text."""
    title = f"{figure.value_exact} {figure.unit}".strip() + f" · {figure.kind}"
    return [Mark(a, b, "fig", title, figure.id) for a, b in local_intervals(container, figure)]


def entity_mark(container: schema.Span, entity: schema.Entity) -> list[Mark]:
    """Highlights for one entity inside a container's text."""
    title = entity.label + (f" · {entity.normalized}" if entity.normalized else "")
    return [Mark(a, b, f"ent ent-{entity.label}", title) for a, b in local_intervals(container, entity)]


def highlight(text: str, marks: list[Mark]) -> str:
    """Escaped ``text`` with every mark wrapped in a span; overlapping marks split into segments.

    Each segment between two mark boundaries carries the classes of every mark
    covering it, so an entity inside a figure (or the reverse) still shows both.
    """
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        piece = escape(text[start:end])
        covering = [m for m in marks if m.start <= start and end <= m.end]
        if not covering:
            out.append(piece)
            continue
        css = " ".join(dict.fromkeys(c for m in covering for c in m.css.split()))
        title = " | ".join(m.title for m in covering)
        figure = next((m.figure_id for m in covering if m.figure_id), None)
        data = f" data-fig={_attr(figure)}" if figure else ""
        out.append(f"<span class={_attr(css)} title={_attr(title)}{data}>{piece}</span>")
    return "".join(out)


def _paragraph_marks(article: schema.ArticleRecord, paragraph: schema.Paragraph) -> list[Mark]:
    marks = [m for f in article.figures for m in figure_mark(paragraph, f)]
    return marks + [m for e in article.entities for m in entity_mark(paragraph, e)]


def render_paragraph(article: schema.ArticleRecord, paragraph: schema.Paragraph) -> str:
    """One paragraph: its sentences as anchored spans, figures and entities highlighted inside."""
    marks = _paragraph_marks(article, paragraph)
    parts, cursor = [], 0
    for sentence in paragraph.sentences:
        for number, (start, end) in enumerate(local_intervals(paragraph, sentence)):
            if start < cursor:  # a sentence reaching back over another: show its text once
                start = cursor
            if start >= end:
                continue
            parts.append(_plain(paragraph.text, cursor, start, marks))
            inner = [Mark(max(m.start, start) - start, min(m.end, end) - start, m.css, m.title, m.figure_id)
                     for m in marks if m.start < end and m.end > start]
            ident = f" id={_attr(anchor('s', sentence.id))}" if number == 0 else ""
            parts.append(f"<span class=\"sent\"{ident}>{highlight(paragraph.text[start:end], inner)}</span>")
            cursor = end
    parts.append(_plain(paragraph.text, cursor, len(paragraph.text), marks))
    return f"<p class={_attr('para role-' + paragraph.role)}>{''.join(parts)}</p>"


def _plain(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """Text between sentences (rare: stray punctuation), still highlighted."""
    if start >= end:
        return ""
    inner = [Mark(max(m.start, start) - start, min(m.end, end) - start, m.css, m.title, m.figure_id)
             for m in marks if m.start < end and m.end > start]
    return highlight(text[start:end], inner)


def render_article(article: schema.ArticleRecord) -> str:
    """One article: a heading naming its source, then its paragraphs."""
    title = article.title.text if article.title else f"article {article.index + 1}"
    where = article.source.path + (f"#{article.source.record_id}" if article.source.record_id else "")
    meta = " · ".join(filter(None, [where, article.date, f"{len(article.claims)} claims"]))
    paragraphs = "\n".join(render_paragraph(article, p) for p in article.paragraphs)
    return (f"<article class=\"article\" id={_attr(anchor('a', article.id))}>"
            f"<h3>{escape(title)}</h3><p class=\"meta\">{escape(meta)}</p>\n{paragraphs}</article>")


# --- claims table -----------------------------------------------------------


def _cell(key: str, html_text: str, sort: str | None = None) -> str:
    data = f" data-sort={_attr(sort)}" if sort is not None else ""
    return f"<td class={_attr('col-' + key)}{data}>{html_text}</td>"


def claim_sentence(claim: schema.Claim) -> str:
    """The claim's sentence, escaped, its figure highlighted."""
    marks = figure_mark(claim.sentence, claim.figure)
    return highlight(claim.sentence.text, marks)


def _change(claim: schema.Claim) -> str:
    return " ".join(filter(None, [claim.change, claim.change_base]))


def _time(claim: schema.Claim) -> str:
    time = claim.time
    if time and time.normalized and time.normalized != time.text:
        return f"{time.text} ({time.normalized})"
    return time.text if time else ""


def render_claim_row(claim: schema.Claim, sentence_anchor: str | None, where: str, warned: bool) -> str:
    """One table row; its sentence cell links to the sentence in the article text."""
    figure = claim.figure
    sentence = claim_sentence(claim)
    if sentence_anchor:
        sentence = f"<a class=\"to-sentence\" href={_attr('#' + sentence_anchor)}>{sentence}</a>"
    cells = [
        _cell("value", escape(figure.text), sort=repr(figure.value)),
        _cell("unit", escape(figure.unit)),
        _cell("metric", escape(claim.metric.text if claim.metric else "")),
        _cell("subject", escape(schema.part_value(claim.subject) or "")),
        _cell("time", escape(_time(claim))),
        _cell("change", escape(_change(claim))),
        _cell("sentence", sentence),
        _cell("where", f"<code title={_attr(where)}>{escape(_short_location(where))}</code>"),
    ]
    css = "claim warned" if warned else "claim"
    return (f"<tr class={_attr(css)} id={_attr(anchor('c', claim.id))} data-claim={_attr(claim.id)}"
            f" data-fig={_attr(figure.id)}>{''.join(cells)}</tr>")


def _short_location(where: str) -> str:
    """``name:line:col`` of a full location; the full one stays in the cell's tooltip."""
    return where.replace("\\", "/").rsplit("/", 1)[-1]


def render_claims_table(rows: list[str]) -> str:
    """The filter box and the table; headers carry what the script needs to sort."""
    heads = "".join(
        f"<th scope=\"col\" data-key={_attr(key)} data-type={_attr('num' if numeric else 'text')}"
        f" tabindex=\"0\" aria-sort=\"none\">{escape(label)}</th>"
        for key, label, numeric in COLUMNS
    )
    empty = "" if rows else "<p class=\"empty\">No claims in this run.</p>"
    return (
        "<section id=\"claims-section\"><h2>Claims</h2>"
        "<p class=\"controls\"><label>filter <input id=\"claim-filter\" type=\"search\" autocomplete=\"off\""
        " placeholder=\"metric, subject, value, sentence…\"></label> <span id=\"claim-count\"></span></p>"
        f"<table id=\"claims\"><thead><tr>{heads}</tr></thead><tbody>\n" + "\n".join(rows)
        + f"\n</tbody></table>{empty}</section>"
    )


# --- warnings ----------------------------------------------------------------


def render_warning(warning: schema.ConsistencyWarning, known: set[str]) -> str:
    """One warning: its kind, message and links to the claims it names."""
    links = " ".join(
        f"<a class=\"to-claim\" href={_attr('#' + anchor('c', cid))}>{escape(cid)}</a>" if cid in known
        else f"<code>{escape(cid)}</code>"
        for cid in warning.claim_ids
    )
    return (f"<li class={_attr('warning kind-' + warning.kind)}><strong>{escape(warning.kind)}</strong> "
            f"{escape(warning.message)} <span class=\"claims\">{links}</span></li>")


def render_warnings(warnings: list[schema.ConsistencyWarning], known: set[str]) -> str:
    items = "\n".join(render_warning(w, known) for w in warnings) or "<li class=\"none\">No warnings.</li>"
    return f"<section id=\"warnings\"><h2>Warnings ({len(warnings)})</h2><ul>\n{items}\n</ul></section>"


# --- page ------------------------------------------------------------------------


def page_data(desk: Desk, anchors: dict[str, str | None]) -> dict:
    """What the script reads: claim → sentence anchor and figure, warned claims."""
    warned = warned_claim_ids(desk.warnings)
    return {
        "claims": [{"id": c.id, "sentence": anchors.get(c.id), "figure": c.figure_id, "value": c.figure.value,
                    "warned": c.id in warned} for c in desk.claims],
        "warnings": [w.model_dump(mode="json") for w in desk.warnings],
    }


def render_page(desk: Desk, title: str = "zhnews report", locator: RawLocator | None = None) -> str:
    """The whole HTML document for a loaded desk."""
    locator = locator or RawLocator()
    warned = warned_claim_ids(desk.warnings)
    anchors: dict[str, str | None] = {}
    rows = []
    for claim in desk.claims:
        article = desk.articles.get(claim.article_id)
        sid = sentence_id_of(article, claim) if article else None
        anchors[claim.id] = anchor("s", sid) if sid else None
        where = locator.locate(article, claim.figure.start) if article else f"?@{claim.figure.start}"
        rows.append(render_claim_row(claim, anchors[claim.id], where, claim.id in warned))
    css, js = _asset("report.css"), _asset("report.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
           "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'")
    summary = f"{len(desk.articles)} articles · {len(desk.claims)} claims · {len(desk.warnings)} warnings"
    articles = "\n".join(render_article(a) for a in desk.articles.values())
    return "\n".join([
        "<!DOCTYPE html>",
        "<html lang=\"zh\"><head><meta charset=\"utf-8\">",
        f"<meta http-equiv=\"Content-Security-Policy\" content={_attr(csp)}>",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{escape(title)}</title><style>{css}</style></head><body>",
        f"<header><h1>{escape(title)}</h1><p class=\"summary\">{escape(summary)}</p>{_legend()}</header>",
        "<main>",
        render_warnings(desk.warnings, {c.id for c in desk.claims}),
        render_claims_table(rows),
        f"<section id=\"articles\"><h2>Articles</h2>\n{articles}\n</section>",
        "</main>",
        f"<script type=\"application/json\" id=\"zhnews-data\">{json_for_script(page_data(desk, anchors))}</script>",
        f"<script>{js}</script>",
        "</body></html>",
    ])


def _legend() -> str:
    labels = ["fig", *(f"ent ent-{label}" for label in ("PERSON", "ORG", "GPE", "LOC", "PROGRAM", "WORK", "DATE"))]
    names = ["figure", "PERSON", "ORG", "GPE", "LOC", "PROGRAM", "WORK", "DATE"]
    return "<p class=\"legend\">" + " ".join(
        f"<span class={_attr(css)}>{escape(name)}</span>" for css, name in zip(labels, names)) + "</p>"


def write_report(out_dir: Path, output: Path, title: str | None = None) -> dict[str, int]:
    """Render a run folder to one HTML file; return what it holds (articles, claims, warnings)."""
    desk = load_desk(out_dir)
    page = render_page(desk, title or f"zhnews report: {out_dir.name}", RawLocator(bases=(out_dir.parent,)))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    return {"articles": len(desk.articles), "claims": len(desk.claims), "warnings": len(desk.warnings)}
