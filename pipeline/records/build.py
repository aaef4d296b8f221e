"""The edge where analysis turns into records: analysis offsets -> raw spans.

Everything before this module works on an article's analysis text; here each
span goes through the article's :class:`~pipeline.text.normalize.TextMap` once and
becomes a :mod:`pipeline.schema` model whose ``text`` is read from the raw
file, so ``raw[start:end] == text`` holds by construction.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

from pydantic import BaseModel
from spacy.tokens import Doc

from pipeline import schema
from pipeline.claims.consistency import subject_key
from pipeline.claims.times import resolve as time_value
from pipeline.components import CLAIMS_KEY, DATE_KEY, ENTITIES_KEY, FIGURES_KEY, REFERENCES_KEY
from pipeline.entities.dates import DateMatch
from pipeline.figures.numerals import canonical
from pipeline.text.ingest import Dump, source_info
from pipeline.layout.split import ArticleLayout, Unit
from pipeline.text.normalize import TextMap, fold_width
from pipeline.text.sentences import split_sentences


@dataclass(slots=True)
class AnalysisUnit:
    """A layout unit and where its text sits in the article's analysis text."""

    unit: Unit
    start: int
    end: int


#: A space after a digit, before a Chinese character (12 个, 2023 年): no Chinese typesetting writes
#: one, but web copy that spaces Latin and digits off Chinese text (pangu-style) writes them everywhere.
#: (After a percent sign a headline's space parts two phrases: 增长6.3% 工业生产恢复加快.)
_SPACED_AFTER_DIGIT = re.compile(r"[0-9][ \u00a0][\u4e00-\u9fff]")
#: The spaces such copy puts between Chinese and digits or Latin letters, on either side.
_PANGU_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u00a0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z])[ \u00a0](?=[\u4e00-\u9fff])")


def analysis_text(raw: str, layout: ArticleLayout, base: int = 0) -> tuple[TextMap, list[AnalysisUnit]]:
    """The article's analysis text: units in reading order, joined by newlines.

    ``base`` is the offset of ``raw`` in its file when ``raw`` is a window of it. In an article
    spaced the pangu way (收入 55170 亿元, 2023 年 5 月) the spaces between Chinese and digits or
    Latin letters are left out of the analysis text, so every stage reads 收入55170亿元 as it
    reads a typeset page; spans across one map back to one raw span, space included.
    """
    textmap = TextMap(raw, base)
    units = []
    spaced = sum(len(_SPACED_AFTER_DIGIT.findall(raw, a, b)) for unit in layout.units for a, b in unit.pieces) >= 2
    for unit in layout.units:
        if units:
            textmap.add_separator("\n")
        start = len(textmap)
        for a, b in unit.pieces:
            if spaced:
                for space in _PANGU_SPACE.finditer(raw, a, b):
                    textmap.add(a, space.start())
                    a = space.end()
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
        raise TypeError(f"_maker() handles plain span models only; use {model.__name__}.model_construct")
    return fields


# BaseModel's own slots, set through their descriptors' bound setters (no attribute lookup per call)
_new = object.__new__
_set_dict, _set_fields_set, _set_extra, _set_private = (
    BaseModel.__dict__[name].__set__
    for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))


def _maker(model: type):
    """``make(values)``: a ``model`` from ``values`` holding *every* field in declaration order.

    What ``model.model_construct(**values)`` gives, for the caller that writes
    the dict display itself: pydantic's constructor walks every field's
    aliases, and records build ~150 spans per article. Only for models with no
    aliases, private attributes, post-init hook or mutable default, which
    :mod:`pipeline.schema` spans are. ``tests/test_records.py`` checks each use
    against ``model_construct``.
    """
    _template(model)  # refuses models this shortcut would get wrong
    names = frozenset(model.__pydantic_fields__)

    def make(values: dict):
        m = _new(model)
        _set_dict(m, values)
        _set_fields_set(m, set(names))
        _set_extra(m, None)
        _set_private(m, None)
        return m

    return make


_span, _token, _sentence, _paragraph, _figure_model, _entity_model, _reference, _claim_model, _claim_part = map(_maker, (
    schema.Span, schema.Token, schema.Sentence, schema.Paragraph, schema.Figure, schema.Entity, schema.Reference,
    schema.Claim, schema.ClaimPart))


def _plain(raw: str, span: tuple[int, int] | None, base: int) -> schema.Span | None:
    if span is None:
        return None
    return schema.Span(start=span[0] + base, end=span[1] + base, text=raw[span[0]:span[1]])


def _exact(value) -> str:
    """A Decimal as the schema's exact string: plain notation, no trailing zeros."""
    return format(canonical(value), "f")  # exact however many digits (numerals.canonical)


def build_article(dump: Dump, layout: ArticleLayout, textmap: TextMap, units: list[AnalysisUnit],
                  doc: Doc, with_tokens: bool = False, source: schema.SourceInfo | None = None,
                  doc_id: str | None = None) -> schema.ArticleRecord:
    """One article record from its layout, analysis text and analysed Doc.

    ``source`` (:func:`source_info`) and ``doc_id`` hash the whole dump text:
    callers compute them once per dump and pass them in, not once per article.
    Offsets come out in file coordinates: ``textmap.base`` is added to the
    layout's own spans as :class:`TextMap` adds it to the analysis spans.

    Spans are built from our own typed values, ~150 per article: no
    re-validation (:func:`_maker`); the record that holds them is validated,
    and tests validate every output line.
    """
    source = source or source_info(dump)
    doc_id = doc_id or dump.doc_id
    raw, base, article_id = dump.text, textmap.base, f"{doc_id}-a{layout.index}"
    to_raw = textmap.mapper()  # (start, end) -> (raw start, raw end, raw text, pieces or None)
    # a claim's sentence is a sentence: keep the sentences' raw spans for the claims
    sentence_spans: dict[tuple[int, int], tuple] = {}

    paragraphs, sentence_starts, sentence_bounds = [], [], []
    text = textmap.text
    for number, item in enumerate(units):
        sentences = []
        for bounds in split_sentences(text, item.start, item.end):
            a, b = bounds
            sentence_id = f"{article_id}-s{len(sentence_bounds)}"
            sentence_starts.append(a)
            sentence_bounds.append((a, b, sentence_id))
            s, e, t, p = sentence_spans[bounds] = to_raw(a, b)
            sentences.append(_sentence({"start": s, "end": e, "text": t, "pieces": p and list(p), "id": sentence_id}))
        tokens = None
        if with_tokens:
            tokens = []
            for token in doc:
                if not token.is_space and item.start <= token.idx < item.end:
                    s, e, t, p = to_raw(token.idx, token.idx + len(token.text))
                    tokens.append(_token({"start": s, "end": e, "text": t, "pieces": p and list(p),
                                          "pos": token.tag_ or None}))
        s, e, t, p = to_raw(item.start, item.end)
        paragraphs.append(_paragraph({
            "start": s, "end": e, "text": t, "pieces": p and list(p),
            "id": f"{article_id}-p{number}", "role": item.unit.role, "sentences": sentences, "tokens": tokens,
        }))
    # sentences run in text order without overlapping (split_sentences): then the only one
    # that can hold an offset is the last starting at or before it
    in_order = all(b <= a2 for (_, b, _), (a2, _, _) in zip(sentence_bounds, sentence_bounds[1:]))

    def sentence_of(start: int) -> str | None:
        if not in_order:
            return next((sid for a, b, sid in sentence_bounds if a <= start < b), None)
        i = bisect_right(sentence_starts, start) - 1
        return sentence_bounds[i][2] if i >= 0 and start < sentence_bounds[i][1] else None

    figures = []
    for i, m in enumerate(doc.user_data.get(FIGURES_KEY, ())):
        s, e, t, p = to_raw(m.start, m.end)
        low, high = m.low, m.high
        figures.append(_figure_model({
            "start": s, "end": e, "text": t, "pieces": p and list(p),
            "id": f"{article_id}-f{i}", "value": float(m.value), "value_exact": _exact(m.value),
            "low": None if low is None else _exact(low), "high": None if high is None else _exact(high),
            "unit": m.unit, "kind": m.kind, "qualifier": m.qualifier, "change": m.change,
            "change_base": m.change_base, "optional": m.optional, "sentence_id": sentence_of(m.start),
        }))
    entities = []
    for i, m in enumerate(doc.user_data.get(ENTITIES_KEY, ())):
        s, e, t, p = to_raw(m.start, m.end)
        named = not isinstance(m, DateMatch)  # names carry a label; a date is a DATE with a value
        entities.append(_entity_model({
            "start": s, "end": e, "text": t, "pieces": p and list(p),
            "id": f"{article_id}-e{i}", "label": m.label if named else "DATE", "optional": m.optional,
            "normalized": None if named else m.value, "unresolved_reason": None if named else m.reason,
        }))
    references = []
    for r in doc.user_data.get(REFERENCES_KEY, ()):
        s, e, t, p = to_raw(r.start, r.end)
        references.append(_reference({"start": s, "end": e, "text": t, "pieces": p and list(p),
                                       "refers_to": r.refers_to}))
    published = doc.user_data.get(DATE_KEY)
    claims = _claims(doc.user_data.get(CLAIMS_KEY, ()), figures, article_id, to_raw, sentence_spans,
                     Mentions(entities, references, raw, base, layout.start + base, layout.end + base), published)
    # title, headings, captions: the paragraph's span as a plain Span (same fields, no copy checks)
    as_span = lambda p: _span({"start": p.start, "end": p.end, "text": p.text, "pieces": p.pieces})
    by_role = lambda role: [p for p in paragraphs if p.role == role]
    first = lambda role: next((as_span(p) for p in by_role(role)), None)
    return schema.ArticleRecord(
        id=article_id,
        doc_id=doc_id,
        source=source,
        index=layout.index,
        date=published,  # the JSON line's date, a web article's meta line, the page's dateline, or --date
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


class _SharedSpans(dict):
    """Span models by analysis bounds, each built on first use; ``None`` bounds give ``None``.

    Claims of one sentence share its span, and often their subject and time
    spans: a hit is one dict lookup in C, only a miss runs Python.
    """

    __slots__ = ("to_raw", "mapped")

    def __init__(self, to_raw, mapped: dict):
        super().__init__({None: None})
        self.to_raw, self.mapped = to_raw, mapped  # mapped: raw spans some bounds already have

    def __missing__(self, bounds: tuple[int, int]) -> schema.Span:
        s, e, t, p = self.mapped.get(bounds) or self.to_raw(*bounds)
        found = self[bounds] = _span({"start": s, "end": e, "text": t, "pieces": p and list(p)})
        return found


def _claims(matches, figures: list[schema.Figure], article_id: str, to_raw, sentence_spans: dict,
            mentions: "Mentions", published: str | None) -> list[schema.Claim]:
    """Claim records, their spans shared (:class:`_SharedSpans`)."""
    span = _SharedSpans(to_raw, sentence_spans)
    claims = []
    for i, match in enumerate(matches):
        figure = figures[match.figure_index]
        subject = span[match.subject_span] or (match.subject and mentions.find(match.subject, figure.start))
        claims.append(_claim_model({
            "schema_version": schema.SCHEMA_VERSION,
            "id": f"{article_id}-c{i}", "article_id": article_id, "figure_id": figure.id, "figure": figure,
            "metric": claim_part(span[match.metric], None),
            "subject": claim_part(subject, match.subject),
            "time": claim_part(time := span[match.time_span],
                               time and time_value(time.text, match.time_value, published)),
            "change": match.change, "change_base": match.change_base, "source": span[match.source],
            "sentence": span[match.sentence], "published": published,
        }))
    return claims


def claim_part(where: schema.Span | None, normalized: str | None) -> schema.ClaimPart | None:
    """A claim's metric, subject or time: the words ``where`` the page says it, and their value.

    No words, no part: a value found nowhere on the page is a guess, and zhnews does not guess.
    """
    if where is None:
        return None
    return _claim_part({"start": where.start, "end": where.end, "text": where.text, "pieces": where.pieces,
                        "normalized": normalized})


class Mentions:
    """Where a page names each subject: entities by their text, references (全市, 我省) by what they
    refer to, else the words themselves in the raw text (江西省 inside 江西省卫生健康委).

    A claim whose sentence does not name its subject takes the article's or the
    page's; its span is then the mention nearest before the figure (else the
    first after), so a reader can still check it. ``raw`` is the text searched,
    ``base`` its offset in the file, ``[lo, hi)`` the file offsets searched in.
    """

    def __init__(self, entities: list[schema.Entity], references: list[schema.Reference],
                 raw: str, base: int, lo: int, hi: int):
        self._items = [(e, fold_width(e.text)) for e in entities if e.label != "DATE"]
        self._items += [(r, r.refers_to) for r in references if r.refers_to]
        self._by_name: dict[str, list[schema.Span]] | None = None
        self._raw, self._base, self._lo, self._hi = raw, base, lo, hi

    def find(self, subject: str, at: int) -> schema.Span | None:
        if self._by_name is None:  # built on the first claim that needs it
            self._by_name = {}
            for where, name in sorted(self._items, key=lambda item: item[0].start):
                for key in {name, subject_key(name)}:
                    self._by_name.setdefault(key, []).append(where)
        found = self._by_name.get(subject) or self._by_name.get(subject_key(subject))
        if found:
            before = [where for where in found if where.start <= at]
            return before[-1] if before else found[0]
        return self._written(subject, at)

    def _written(self, words: str, at: int) -> schema.Span | None:
        raw, base = self._raw, self._base
        lo, at, hi = self._lo - base, min(max(at, self._lo), self._hi) - base, self._hi - base
        i = raw.rfind(words, lo, at + len(words))
        if i < 0:
            i = raw.find(words, at, hi)
        if i < 0:
            return None
        return _span({"start": base + i, "end": base + i + len(words), "text": words, "pieces": None})
