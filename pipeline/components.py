"""spaCy components over the pure finders: figures, entities (and claims).

Each component reads ``doc.text``, calls a pure function, and writes:

- exact character matches to ``doc.user_data["zhnews.<name>"]`` (the
  dataclasses of the pure layer: values, units, normalized dates …);
- spaCy spans for spaCy users: ``doc.spans["figures"]``, ``doc.ents`` (on by
  default; zhnews' own runner turns them off with ``spans=False``, since it
  reads the exact matches and the spans would only cost time).

Tokens are split where a match boundary falls inside a word, so every span is
exact (``span.text == match.text``) instead of being widened to token
boundaries. The same components run on ``spacy.blank("zh")`` or on our own
Language; spans are the same because they never depend on the tokenizer.

Factories are registered here and nowhere else (see also the
``spacy_factories`` entry points in ``pyproject.toml``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import accumulate
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.settings import DEFAULT_MODE
from pipeline.text.normalize import fold_width

FIGURES_KEY = "zhnews.figures"
ENTITIES_KEY = "zhnews.entities"
REFERENCES_KEY = "zhnews.references"
CLAIMS_KEY = "zhnews.claims"
DATE_KEY = "zhnews.pub_date"
#: ``doc.text`` joins every token's text on each access; the components read it once, from here.
TEXT_KEY = "zhnews.text"
#: Layout units of the article in the Doc: [(role, start, end)] in analysis offsets.
UNITS_KEY = "zhnews.units"


def ensure_boundaries(doc: Doc, offsets: Iterable[int]) -> None:
    """Split tokens so that every character offset in ``offsets`` is a token boundary."""
    cuts = sorted(set(offsets))
    if not cuts:
        return
    splits: list[tuple[int, list[int]]] = []
    index = 0
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        while index < len(cuts) and cuts[index] <= start:
            index += 1
        inner = []
        while index < len(cuts) and cuts[index] < end:
            inner.append(cuts[index] - start)
            index += 1
        if inner:
            splits.append((token.i, inner))
    if not splits:
        return
    with doc.retokenize() as retokenizer:
        for i, inner in splits:
            token = doc[i]
            bounds = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


def _char_spans(doc: Doc, matches, label_of) -> list[Span]:
    ensure_boundaries(doc, [m.start for m in matches] + [m.end for m in matches])
    spans = []
    for match in matches:
        span = doc.char_span(match.start, match.end, label=label_of(match))
        if span is None:  # cannot happen after ensure_boundaries; fail loudly if it does
            raise RuntimeError(f"no token span for [{match.start}, {match.end}) {match.text!r}")
        spans.append(span)
    return spans


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (splitting tokens never changes it)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def pub_date(doc: Doc) -> dt.date | None:
    """The article's publication date, if the caller put one in ``doc.user_data``."""
    value = doc.user_data.get(DATE_KEY)
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return value


class FiguresComponent:
    """Figures: numbers with multiplier, unit, qualifier, kind and change."""

    def __init__(self, spans: bool = True):
        self.spans = spans

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.figures.find import find_figures

        matches = find_figures(doc_text(doc))
        doc.user_data[FIGURES_KEY] = matches
        if self.spans:
            doc.spans["figures"] = _char_spans(doc, matches, lambda m: m.kind)
        return doc


class EntitiesComponent:
    """Entities (PROGRAM ORG PERSON GPE LOC WORK DATE) and references such as 我省."""

    def __init__(self, mode: str = DEFAULT_MODE, models_dir: str | None = None, spans: bool = True):
        from pipeline.entities.recognizer import EntityRecognizer

        self.recognizer = EntityRecognizer(mode=mode, models_dir=Path(models_dir) if models_dir else None)
        self.spans = spans

    #: Articles tagged together by :meth:`pipe` (the tagger's batches grow with it; so does memory).
    batch_size = 128

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        folded = fold_width(text)  # once for the three finders: a scan costs ~190 instructions a character
        return self._annotate(doc, text, folded, self.recognizer.find(text, folded=folded))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """The docs, annotated as :meth:`__call__` does, the names of ``batch_size`` docs found in one call.

        In accurate mode that is one batched run of the tagger over all their
        texts instead of one per article, the same entities (see
        :meth:`pipeline.entities.recognizer.EntityRecognizer.find_batch`).
        spaCy's ``nlp.pipe`` calls this; ``zhnews run`` too, over each dump.
        """
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size or self.batch_size):
            texts = [doc_text(doc) for doc in batch]
            folded = [fold_width(text) for text in texts]
            names = self.recognizer.find_batch(texts, folded)
            for doc, text, fold, found in zip(batch, texts, folded, names):
                yield self._annotate(doc, text, fold, found)

    def _annotate(self, doc: Doc, text: str, folded: str, names: list) -> Doc:
        """Dates, references and the matches in ``doc.user_data`` (and ``doc.ents``) from the names found."""
        from pipeline.entities.dates import find_dates

        dates = find_dates(text, pub_date(doc), folded)
        matches = names_and_dates(names, dates)
        doc.user_data[ENTITIES_KEY] = matches
        doc.user_data[REFERENCES_KEY] = self.recognizer.references(text, names, folded)
        if self.spans:
            doc.ents = _char_spans(doc, matches, lambda m: getattr(m, "label", "DATE"))
        return doc


def names_and_dates(names: list, dates: list) -> list:
    """An article's entities: the names, then the dates no name overlaps (:func:`merge_non_overlapping`),
    after the names give way to the holidays they took (:func:`_holidays_kept`)."""
    return merge_non_overlapping(_holidays_kept(names, dates), dates)


def _holidays_kept(names: list, dates: list) -> list:
    """The names, less a holiday the name rules took for one (“超级黄金周” as a quoted program: a
    name with a DATE's bounds gives way to it) and cut before one they swallowed (某县|开斋节假期)."""
    if not dates:
        return names
    kept = []
    for name in names:
        date = next((d for d in dates if d.start < name.end and name.start < d.end), None)
        if date is not None and (date.start, date.end) == (name.start, name.end):
            continue  # (a name inside a longer date stays: “十四五”初 holds the plan 十四五)
        if date is not None and name.start + 2 <= date.start and name.end < date.end:
            cut = name.text[:date.start - name.start]
            name = name._replace(end=date.start, text=cut, label=_place_label(cut, name.label))
        kept.append(name)
    return kept


def _place_label(text: str, label: str) -> str:
    """A place cut out of a holiday takes the place lexicon's label (某省 of 某省|某某节: GPE,
    where the tagger called the whole a LOC), as a whole tagger place does in the entity merge."""
    if label not in ("GPE", "LOC"):
        return label
    from pipeline.entities.gazetteer import load_lexicons

    known = load_lexicons().places.get(text)
    return known[1] if known is not None else label


def merge_non_overlapping(first: list, second: list) -> list:
    """All of ``first``, plus the matches of ``second`` that overlap none of them; by start.

    ``first`` sorted by start with the running maximum of its ends: the spans
    starting before a match's end are a prefix (one bisect), and one of them
    reaches past the match's start exactly when that prefix's maximum end does.
    """
    taken = sorted((m.start, m.end) for m in first)
    starts = [a for a, _b in taken]
    reach = list(accumulate((b for _a, b in taken), max))
    kept = list(first)
    for match in second:
        before = bisect_left(starts, match.end)  # spans with a < match.end
        if not before or reach[before - 1] <= match.start:
            kept.append(match)
    return sorted(kept, key=_by_span)


def _by_span(match) -> tuple[int, int]:
    return match.start, match.end


@Language.factory("zhnews_figures", default_config={"spans": True}, requires=["doc.text"], assigns=["doc.spans"])
def make_figures(nlp: Language, name: str, spans: bool) -> FiguresComponent:
    return FiguresComponent(spans)


@Language.factory(
    "zhnews_entities",
    default_config={"mode": DEFAULT_MODE, "models_dir": None, "spans": True},
    requires=["doc.text"],
    assigns=["doc.ents"],
)
def make_entities(nlp: Language, name: str, mode: str, models_dir: str | None, spans: bool) -> EntitiesComponent:
    return EntitiesComponent(mode, models_dir, spans)


class ClaimsComponent:
    """Claims: for each figure, what it measures, of whom, when, how it changed."""

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.claims.find import find_claims

        text = doc_text(doc)
        doc.user_data[CLAIMS_KEY] = find_claims(
            text,
            figures=doc.user_data.get(FIGURES_KEY, []),
            entities=doc.user_data.get(ENTITIES_KEY, []),
            references=doc.user_data.get(REFERENCES_KEY, []),
            units=doc.user_data.get(UNITS_KEY) or [("body", 0, len(text))],
        )
        return doc


@Language.factory(
    "zhnews_claims",
    requires=["doc.spans", "doc.ents"],
    assigns=["doc.user_data"],
)
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent()
