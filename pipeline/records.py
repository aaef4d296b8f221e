"""The edge where analysis turns into records: analysis offsets -> raw spans.

Everything before this module works on an article's analysis text; here each
span goes through the article's :class:`~pipeline.normalize.TextMap` once and
becomes a :mod:`pipeline.schema` model whose ``text`` is read from the raw
file, so ``raw[start:end] == text`` holds by construction.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from dataclasses import dataclass

from pydantic import BaseModel
from spacy.tokens import Doc

from . import schema
from .components import CLAIMS_KEY, ENTITIES_KEY, FIGURES_KEY, REFERENCES_KEY
from .ingest import Dump
from .layout import ArticleLayout, Unit
from .normalize import TextMap
from .sentences import split_sentences


@dataclass(slots=True)
class AnalysisUnit:
    """A layout unit and where its text sits in the article's analysis text."""

    unit: Unit
    start: int
    end: int


def analysis_text(raw: str, layout: ArticleLayout, base: int = 0) -> tuple[TextMap, list[AnalysisUnit]]:
    """The article's analysis text: units in reading order, joined by newlines.

    ``base`` is the offset of ``raw`` in its file when ``raw`` is a window of it.
    """
    textmap = TextMap(raw, base)
    units = []
    for unit in layout.units:
        if units:
            textmap.add_separator("\n")
        start = len(textmap)
        for a, b in unit.pieces:
            textmap.add(a, b)
        units.append(AnalysisUnit(unit, start, len(textmap)))
    return textmap, units


@functools.lru_cache(maxsize=None)
def _template(model: type) -> dict:
    """Every field of ``model`` in declaration order, holding its default (None when required).

    The dict is copied per instance, shallowly: a mutable default would be shared, so refuse one.
    """
    fields = {name: None if field.is_required() else field.get_default(call_default_factory=True)
              for name, field in model.__pydantic_fields__.items()}
    mutable = [name for name, value in fields.items() if not isinstance(value, (type(None), str, int, float))]
    if mutable or model.__private_attributes__ or model.__pydantic_post_init__:
        raise TypeError(f"construct() handles plain span models only; use {model.__name__}.model_construct")
    return fields


def construct(model: type, **values):
    """``model.model_construct(**values)`` for our span models, without its per-field loop.

    Records build tens of thousands of small spans per batch from our own typed
    values; pydantic's ``model_construct`` walks every field's aliases for each
    one, which cost more than the mapping itself. This fills ``__dict__`` the
    same way (declaration order, defaults for absent fields, the given names as
    the fields set) for models with no aliases, private attributes or
    post-init hook, which :mod:`pipeline.schema` spans are.

    >>> construct(schema.Span, start=0, end=1, text="a") == schema.Span.model_construct(start=0, end=1, text="a")
    True
    >>> construct(schema.Span, start=0, end=1, text="a").model_fields_set
    {...}
    """
    m = model.__new__(model)
    object.__setattr__(m, "__dict__", {**_template(model), **values})
    # BaseModel's own slots, set through their descriptors (a third cheaper than object.__setattr__)
    _FIELDS_SET.__set__(m, set(values))
    _EXTRA.__set__(m, None)
    _PRIVATE.__set__(m, None)
    return m


_FIELDS_SET, _EXTRA, _PRIVATE = (BaseModel.__dict__[name] for name in
                                 ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))


def raw_span(textmap: TextMap, start: int, end: int, model=schema.Span, mapped=None, **fields):
    """A schema span (of ``model``) for analysis span [start, end).

    ``mapped`` is ``textmap.to_raw(start, end)`` when the caller already has it.
    """
    mapped = mapped or textmap.to_raw(start, end)
    pieces = list(mapped.pieces) if mapped.pieces else None  # [(start, end), ...] as the schema types it
    # Built from our own typed values, tens of thousands per batch: skip re-validation.
    # The article record that holds them is validated, and tests validate every output line.
    return construct(model, start=mapped.start, end=mapped.end, text=mapped.text, pieces=pieces, **fields)


def _plain(raw: str, span: tuple[int, int] | None, base: int) -> schema.Span | None:
    if span is None:
        return None
    return schema.Span(start=span[0] + base, end=span[1] + base, text=raw[span[0]:span[1]])


def _figure(textmap: TextMap, match, figure_id: str, sentence_id: str | None, mapped=None) -> schema.Figure:
    return raw_span(
        textmap, match.start, match.end, schema.Figure, mapped,
        id=figure_id,
        value=float(match.value),
        value_exact=format(match.value.normalize(), "f"),
        low=None if match.low is None else format(match.low.normalize(), "f"),
        high=None if match.high is None else format(match.high.normalize(), "f"),
        unit=match.unit, kind=match.kind, qualifier=match.qualifier,
        change=match.change, change_base=match.change_base, optional=match.optional,
        sentence_id=sentence_id,
    )


def _entity(textmap: TextMap, match, entity_id: str) -> schema.Entity:
    label = getattr(match, "label", "DATE")
    return raw_span(
        textmap, match.start, match.end, schema.Entity,
        id=entity_id, label=label, optional=match.optional,
        normalized=getattr(match, "value", None) if label == "DATE" else None,
        unresolved_reason=getattr(match, "reason", None) if label == "DATE" else None,
    )


def build_article(dump: Dump, layout: ArticleLayout, textmap: TextMap, units: list[AnalysisUnit],
                  doc: Doc, with_tokens: bool = False, source: schema.SourceInfo | None = None,
                  doc_id: str | None = None) -> schema.ArticleRecord:
    """One article record from its layout, analysis text and analysed Doc.

    ``source`` (:func:`source_info`) and ``doc_id`` hash the whole dump text:
    callers compute them once per dump and pass them in, not once per article.
    Offsets come out in file coordinates: ``textmap.base`` is added to the
    layout's own spans as :class:`TextMap` adds it to the analysis spans.
    """
    source = source or source_info(dump)
    doc_id = doc_id or dump.doc_id
    raw, base, article_id = dump.text, textmap.base, f"{doc_id}-a{layout.index}"
    # Sentences, figures and claims ask for the same analysis spans again (a claim's
    # sentence is a sentence, its subject often another claim's): map each span once.
    mapped_spans: dict[tuple[int, int], object] = {}

    def mapped(start: int, end: int):
        found = mapped_spans.get((start, end))
        if found is None:
            found = mapped_spans[start, end] = textmap.to_raw(start, end)
        return found

    paragraphs, sentence_starts, sentence_bounds = [], [], []
    for number, item in enumerate(units):
        sentences = []
        for a, b in split_sentences(textmap.text, item.start, item.end):
            sentence_id = f"{article_id}-s{len(sentence_bounds)}"
            sentence_starts.append(a)
            sentence_bounds.append((a, b, sentence_id))
            sentences.append(raw_span(textmap, a, b, schema.Sentence, mapped(a, b), id=sentence_id))
        tokens = None
        if with_tokens:
            tokens = [
                raw_span(textmap, t.idx, t.idx + len(t.text), schema.Token, pos=t.tag_ or None)
                for t in doc if not t.is_space and item.start <= t.idx < item.end
            ]
        paragraphs.append(raw_span(
            textmap, item.start, item.end, schema.Paragraph,
            id=f"{article_id}-p{number}", role=item.unit.role, sentences=sentences, tokens=tokens,
        ))
    # sentences run in text order without overlapping (split_sentences): then the only one
    # that can hold an offset is the last starting at or before it
    in_order = all(b <= a2 for (_, b, _), (a2, _, _) in zip(sentence_bounds, sentence_bounds[1:]))

    def sentence_of(start: int) -> str | None:
        if not in_order:
            return next((sid for a, b, sid in sentence_bounds if a <= start < b), None)
        i = bisect_right(sentence_starts, start) - 1
        return sentence_bounds[i][2] if i >= 0 and start < sentence_bounds[i][1] else None

    figures = [
        _figure(textmap, m, f"{article_id}-f{i}", sentence_of(m.start), mapped(m.start, m.end))
        for i, m in enumerate(doc.user_data.get(FIGURES_KEY, ()))
    ]
    entities = [_entity(textmap, m, f"{article_id}-e{i}") for i, m in enumerate(doc.user_data.get(ENTITIES_KEY, ()))]
    references = [
        raw_span(textmap, r.start, r.end, schema.Reference, refers_to=r.refers_to)
        for r in doc.user_data.get(REFERENCES_KEY, ())
    ]
    # Claims of one sentence share its span, and often their subject and time spans: build each once.
    shared_span = functools.lru_cache(maxsize=None)(lambda start, end: raw_span(textmap, start, end,
                                                                                mapped=mapped(start, end)))
    claims = [
        _claim(shared_span, match, f"{article_id}-c{i}", article_id, figures[match.figure_index])
        for i, match in enumerate(doc.user_data.get(CLAIMS_KEY, ()))
    ]
    # title, headings, captions: the paragraph's span as a plain Span (same fields, no copy checks)
    as_span = lambda p: construct(schema.Span, start=p.start, end=p.end, text=p.text, pieces=p.pieces)
    by_role = lambda role: [p for p in paragraphs if p.role == role]
    first = lambda role: next((as_span(p) for p in by_role(role)), None)
    return schema.ArticleRecord(
        id=article_id,
        doc_id=doc_id,
        source=source,
        index=layout.index,
        date=dump.date,
        start=layout.start + base,
        end=layout.end + base,
        title=first("title"),
        kicker=first("kicker"),
        subtitle=first("subtitle"),
        source_line=_plain(raw, layout.source_line, base),
        reporters=[_plain(raw, r, base) for r in layout.reporters],
        headings=[as_span(p) for p in by_role("heading")],
        captions=[as_span(p) for p in by_role("caption")],
        continued_from=_plain(raw, layout.continued_from, base),
        continued_to=_plain(raw, layout.continued_to, base),
        truncated=layout.truncated,
        paragraphs=paragraphs,
        figures=figures,
        entities=entities,
        references=references,
        claims=claims,
    )


def _claim(shared_span, match, claim_id: str, article_id: str, figure: schema.Figure) -> schema.Claim:
    span = lambda bounds: shared_span(*bounds) if bounds else None
    # our own typed values, thousands per batch, like the spans: no re-validation (tests validate output)
    return construct(schema.Claim,
        id=claim_id, article_id=article_id, figure_id=figure.id, figure=figure,
        metric=span(match.metric), subject=match.subject, subject_span=span(match.subject_span),
        # the raw text of the time where it has a span (analysis text is width-folded)
        time=span(match.time_span).text if match.time_span else match.time,
        time_span=span(match.time_span), time_normalized=match.time_value,
        change=match.change, change_base=match.change_base, source=span(match.source),
        sentence=span(match.sentence),
    )


def source_info(dump: Dump) -> schema.SourceInfo:
    import hashlib

    return schema.SourceInfo(
        path=dump.path, name=dump.doc, sha256=dump.sha256, encoding=dump.encoding,
        line=dump.line, record_id=dump.record_id,
        text_sha256=hashlib.sha256(dump.text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
