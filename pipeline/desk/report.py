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
from pipeline.desk.messages import Lang, say
from pipeline.desk.present import (
    article_label, change_text, kind_label, normalized_value, part_text, warning_lead, warning_values,
)
from pipeline.desk.sanitize import blank, clean

#: Claims table columns: (key, numeric sort?); headers are the ``col.<key>`` messages.
COLUMNS = (
    ("text", True), ("value", True), ("unit", False), ("metric", False), ("subject", False), ("time", False),
    ("change", False), ("sentence", False), ("where", False),
)
#: Claims a warning links to for one value; the rest are counted (every one is marked in the table).
WARNING_LINKS = 8


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
    return '"' + escape(clean(value), quote=True) + '"'


def _text(value: str) -> str:
    """Input text for the page: control characters out, markup escaped."""
    return escape(clean(value))


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
        piece = _text(text[start:end])
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


def render_paragraph(article: schema.ArticleRecord, paragraph: schema.Paragraph, tag: str = "p") -> str:
    """One paragraph (``tag``: p, or h3 for the title): anchored sentences, figures and entities highlighted."""
    marks = _paragraph_marks(article, paragraph)
    text = blank(paragraph.text)  # same offsets; a control sequence split between sentences still goes whole
    parts, cursor = [], 0
    for sentence in paragraph.sentences:
        for number, (start, end) in enumerate(local_intervals(paragraph, sentence)):
            if start < cursor:  # a sentence reaching back over another: show its text once
                start = cursor
            if start >= end:
                continue
            parts.append(_plain(text, cursor, start, marks))
            inner = [Mark(max(m.start, start) - start, min(m.end, end) - start, m.css, m.title, m.figure_id)
                     for m in marks if m.start < end and m.end > start]
            ident = f" id={_attr(anchor('s', sentence.id))}" if number == 0 else ""
            parts.append(f"<span class=\"sent\"{ident}>{highlight(text[start:end], inner)}</span>")
            cursor = end
    parts.append(_plain(text, cursor, len(text), marks))
    return f"<{tag} class={_attr('para role-' + paragraph.role)}>{''.join(parts)}</{tag}>"


def _plain(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """Text between sentences (rare: stray punctuation), still highlighted."""
    if start >= end:
        return ""
    inner = [Mark(max(m.start, start) - start, min(m.end, end) - start, m.css, m.title, m.figure_id)
             for m in marks if m.start < end and m.end > start]
    return highlight(text[start:end], inner)


def render_article(article: schema.ArticleRecord, lang: Lang = "zh") -> str:
    """One article: where it comes from, then its paragraphs, the title paragraph as its heading.

    The title is shown once, as the page writes it (with its highlights); an
    article without one is headed by its first words.
    """
    where = article.source.path + (f"#{article.source.record_id}" if article.source.record_id else "")
    claims = say("page.article_claims", lang, count=len(article.claims))
    meta = f"<p class=\"meta\">{_text(' · '.join(filter(None, [where, article.date, claims])))}</p>"
    titled = any(p.role == "title" for p in article.paragraphs)
    heading = "" if titled else f"<h3 class=\"label\">{_text(article_label(article, lang))}</h3>"
    paragraphs = "\n".join(render_paragraph(article, p, "h3" if p.role == "title" else "p")
                           for p in article.paragraphs)
    return (f"<article class=\"article\" id={_attr(anchor('a', article.id))}>"
            f"{heading}{meta}\n{paragraphs}</article>")


# --- claims table -----------------------------------------------------------


def _cell(key: str, html_text: str, sort: str | None = None) -> str:
    data = f" data-sort={_attr(sort)}" if sort is not None else ""
    return f"<td class={_attr('col-' + key)}{data}>{html_text}</td>"


def claim_sentence(claim: schema.Claim) -> str:
    """The claim's sentence, escaped, its figure highlighted."""
    marks = figure_mark(claim.sentence, claim.figure)
    return highlight(blank(claim.sentence.text), marks)


def render_claim_row(claim: schema.Claim, sentence_anchor: str | None, where: str, warned: bool,
                     lang: Lang = "zh") -> str:
    """One table row; its sentence cell links to the sentence in the article text."""
    figure = claim.figure
    sentence = claim_sentence(claim)
    if sentence_anchor:
        sentence = f"<a class=\"to-sentence\" href={_attr('#' + sentence_anchor)}>{sentence}</a>"
    cells = [
        _cell("text", _text(figure.text), sort=figure.value_exact),
        _cell("value", escape(normalized_value(figure)), sort=figure.value_exact),
        _cell("unit", _text(figure.unit)),
        _cell("metric", _text(claim.metric.text if claim.metric else "")),
        _cell("subject", escape(part_text(claim.subject))),
        _cell("time", escape(part_text(claim.time))),
        _cell("change", escape(change_text(claim, lang))),
        _cell("sentence", sentence),
        _cell("where", _where(where)),
    ]
    css = "claim warned" if warned else "claim"
    return (f"<tr class={_attr(css)} id={_attr(anchor('c', claim.id))} data-claim={_attr(claim.id)}"
            f" data-fig={_attr(figure.id)}>{''.join(cells)}</tr>")


def _short_location(where: str) -> str:
    """``name:line:col`` of a full location; the full one stays in the cell's tooltip."""
    return where.replace("\\", "/").rsplit("/", 1)[-1]


def _where(where: str) -> str:
    """A location as one unbreakable token, the full path in its tooltip."""
    return f"<code class=\"where\" title={_attr(where)}>{_text(_short_location(where))}</code>"


def render_claims_table(rows: list[str], lang: Lang = "zh") -> str:
    """The filter box and the table; headers carry what the script needs to sort."""
    heads = "".join(
        f"<th scope=\"col\" data-key={_attr(key)} data-type={_attr('num' if numeric else 'text')}"
        f" tabindex=\"0\" aria-sort=\"none\">{escape(say('col.' + key, lang))}</th>"
        for key, numeric in COLUMNS
    )
    empty = "" if rows else f"<p class=\"empty\">{escape(say('page.no_claims', lang))}</p>"
    return (
        f"<section id=\"claims-section\"><h2>{escape(say('page.claims', lang))}</h2>"
        f"<p class=\"controls\"><label>{escape(say('page.filter', lang))} <input id=\"claim-filter\" "
        f"type=\"search\" autocomplete=\"off\" placeholder={_attr(say('page.filter_hint', lang))}></label> "
        "<span id=\"claim-count\"></span></p>"
        f"<table id=\"claims\"><thead><tr>{heads}</tr></thead><tbody>\n" + "\n".join(rows)
        + f"\n</tbody></table>{empty}</section>"
    )


# --- warnings ----------------------------------------------------------------


def render_warning(warning: schema.ConsistencyWarning, where: dict[str, str], lang: Lang = "zh") -> str:
    """One warning: its kind, its sentence, each value with links to the claims stating it, by location."""
    values = []
    for value in warning_values(warning, lang):
        links = [f"<a class=\"to-claim\" href={_attr('#' + anchor('c', cid))}>{_where(where[cid])}</a>"
                 if cid in where else f"<code>{_text(cid)}</code>" for cid in value.claim_ids[:WARNING_LINKS]]
        if len(value.claim_ids) > WARNING_LINKS:
            links.append(escape(say("warn.more_places", lang, count=len(value.claim_ids) - WARNING_LINKS)))
        label = f"<span class=\"value\">{_text(value.label)}</span> " if value.label else ""
        values.append(f"<li>{label}<span class=\"claims\">{' '.join(links)}</span></li>")
    return (f"<li class={_attr('warning kind-' + warning.kind)}><strong>{escape(kind_label(warning.kind, lang))}"
            f"</strong> {_text(warning_lead(warning, lang))}<ul class=\"values\">{''.join(values)}</ul></li>")


def render_warnings(warnings: list[schema.ConsistencyWarning], where: dict[str, str], lang: Lang = "zh") -> str:
    items = "\n".join(render_warning(w, where, lang) for w in warnings)
    items = items or f"<li class=\"none\">{escape(say('page.no_warnings', lang))}</li>"
    heading = escape(say("page.warnings", lang, count=len(warnings)))
    return f"<section id=\"warnings\"><h2>{heading}</h2><ul>\n{items}\n</ul></section>"


# --- page ------------------------------------------------------------------------


def page_data(desk: Desk, anchors: dict[str, str | None], lang: Lang = "zh") -> dict:
    """What the script reads: claim -> sentence anchor and figure, warned claims, its one phrase."""
    warned = warned_claim_ids(desk.warnings)
    return {
        "claims": [{"id": c.id, "sentence": anchors.get(c.id), "figure": c.figure_id, "value": c.figure.value,
                    "warned": c.id in warned} for c in desk.claims],
        "count": say("page.count", lang, shown="{shown}", total="{total}"),
    }


def render_page(desk: Desk, title: str = "zhnews report", locator: RawLocator | None = None,
                lang: Lang = "zh") -> str:
    """The whole HTML document for a loaded desk."""
    locator = locator or RawLocator()
    warned = warned_claim_ids(desk.warnings)
    anchors: dict[str, str | None] = {}
    where: dict[str, str] = {}
    rows = []
    for claim in desk.claims:
        article = desk.articles.get(claim.article_id)
        sid = sentence_id_of(article, claim) if article else None
        anchors[claim.id] = anchor("s", sid) if sid else None
        where[claim.id] = locator.locate(article, claim.figure.start) if article else f"?@{claim.figure.start}"
        rows.append(render_claim_row(claim, anchors[claim.id], where[claim.id], claim.id in warned, lang))
    css, js = _asset("report.css"), _asset("report.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
           "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'")
    summary = say("page.summary", lang, articles=len(desk.articles), claims=len(desk.claims),
                  warnings=len(desk.warnings))
    articles = "\n".join(render_article(a, lang) for a in desk.articles.values())
    return "\n".join([
        "<!DOCTYPE html>",
        f"<html lang=\"{'zh-CN' if lang == 'zh' else 'en'}\"><head><meta charset=\"utf-8\">",
        f"<meta http-equiv=\"Content-Security-Policy\" content={_attr(csp)}>",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{_text(title)}</title><style>{css}</style></head><body>",
        f"<header><h1>{_text(title)}</h1><p class=\"summary\">{escape(summary)}</p>{_legend(lang)}</header>",
        "<main>",
        render_warnings(desk.warnings, where, lang),
        render_claims_table(rows, lang),
        f"<section id=\"articles\"><h2>{escape(say('page.articles', lang))}</h2>\n{articles}\n</section>",
        "</main>",
        f"<script type=\"application/json\" id=\"zhnews-data\">{json_for_script(page_data(desk, anchors, lang))}</script>",
        f"<script>{js}</script>",
        "</body></html>",
    ])


def _legend(lang: Lang) -> str:
    labels = ["fig", *(f"ent ent-{label}" for label in ("PERSON", "ORG", "GPE", "LOC", "PROGRAM", "WORK", "DATE"))]
    names = [say("page.figure", lang), "PERSON", "ORG", "GPE", "LOC", "PROGRAM", "WORK", "DATE"]
    return "<p class=\"legend\">" + " ".join(
        f"<span class={_attr(css)}>{escape(name)}</span>" for css, name in zip(labels, names)) + "</p>"


def write_report(out_dir: Path, output: Path, title: str | None = None, lang: Lang = "zh") -> dict[str, int]:
    """Render a run folder to one HTML file; return what it holds (articles, claims, warnings)."""
    desk = load_desk(out_dir)
    page = render_page(desk, title or say("page.title", lang, name=out_dir.name),
                       RawLocator(bases=(out_dir.parent,)), lang)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    return {"articles": len(desk.articles), "claims": len(desk.claims), "warnings": len(desk.warnings)}
