"""Composition of the stages: dump -> layout -> analysis text -> spaCy -> records.

This is the whole pipeline in one screen; every stage lives in its own
module. ``process_text`` is the public entry point for Python users;
:mod:`pipeline.batch.run_batch` runs it over many inputs and writes files.
"""

from __future__ import annotations

import functools

from spacy.language import Language

from pipeline import components, schema
from pipeline.claims.places import canonical, own_division, page_level, page_place, with_body_places
from pipeline.text.ingest import Dump, source_info
from pipeline.layout.split import dump_date, split_articles
from pipeline.records.build import Mentions, analysis_text, build_article, claim_part
from pipeline.text.segment import SegmenterTokenizer, make_segmenter
from pipeline.settings import DEFAULT_COMPONENTS, Settings  # noqa: F401 (re-exported: the public names)


def build_nlp(settings: Settings = Settings()) -> Language:
    """Our Language: segmenter tokenizer fed with the components' user words, then the components."""
    import spacy

    nlp = spacy.blank("zh")
    for name in settings.components:
        # our records read the exact matches in doc.user_data; spaCy spans would only cost time
        config = {"zhnews_entities": {"mode": settings.mode, "spans": False},
                  "zhnews_figures": {"spans": False}}.get(name, {})
        nlp.add_pipe(name, config=config)
    user_words: set[str] = set()
    for _, pipe in nlp.pipeline:
        words = getattr(getattr(pipe, "recognizer", None), "user_words", None)
        if words:
            user_words.update(words())
    nlp.tokenizer = SegmenterTokenizer(nlp.vocab, make_segmenter(settings.segmenter, sorted(user_words)))
    return nlp


@functools.lru_cache(maxsize=4)
def cached_nlp(settings: Settings) -> Language:
    """One Language per settings in this process (workers build theirs once)."""
    return build_nlp(settings)


def process_dump(dump: Dump, nlp: Language, settings: Settings = Settings(), base: int = 0
                 ) -> list[schema.ArticleRecord]:
    """All articles of one decoded dump, analysed, as output records.

    ``base`` is the offset of ``dump.text`` in its file when it is one window of
    a big dump (:mod:`pipeline.batch.chunks`); the records' offsets are the file's.
    """
    date = dump.date or dump_date(dump.text) or settings.date
    source, doc_id = source_info(dump), dump.doc_id  # each hashes the whole dump: once per dump
    articles, docs = [], []
    for layout in split_articles(dump.text, dump.title):
        textmap, units = analysis_text(dump.text, layout, base)
        doc = nlp.make_doc(textmap.text)
        doc.user_data[components.TEXT_KEY] = textmap.text
        doc.user_data[components.DATE_KEY] = layout.date or date  # a web article's own meta-line date
        doc.user_data[components.UNITS_KEY] = [(u.unit.role, u.start, u.end) for u in units]
        articles.append((layout, textmap, units))
        docs.append(doc)
    for _, proc in nlp.pipeline:
        # a component with ``pipe`` (the entities') does the dump's articles together: one
        # batched tagger run instead of one per article, with the same results
        pipe = getattr(proc, "pipe", None)
        docs = list(pipe(docs)) if pipe else [proc(doc) for doc in docs]
    records = [build_article(dump, layout, textmap, units, doc, settings.tokens, source, doc_id)
               for (layout, textmap, units), doc in zip(articles, docs)]
    fill_subjects_from_page(records, dump.text, base)
    return records


def fill_subjects_from_page(records: list[schema.ArticleRecord], raw: str, base: int = 0) -> None:
    """Claims whose article names no subject take the article's own place, else the page's
    (:func:`~pipeline.claims.places.page_place`), with the span where the page names it.

    A city or provincial paper's short items often say only 全市 or 我省 and
    leave the place to the page (its masthead, its other articles); a 全省 on a
    city's page is the city's province (:func:`~pipeline.claims.places.page_level`).
    An article that names a place only inside a body's name (湖北省图书馆发布…) is that
    place's before it is the next story's; 全县 or 全市 take only a place of that level.
    """
    places: dict[str | None, str | None] = {}
    mentions = None
    for record in records:
        if all(claim.subject is not None for claim in record.claims):
            continue
        division = own_division(raw[record.start - base:record.end - base])
        if division == "省":
            division = None  # 全省 on a city's page is the city's province (page_level below)
        if mentions is None:
            entities = [e for r in records for e in r.entities]
            mentions = Mentions(entities, [ref for r in records for ref in r.references],
                                raw, base, base, base + len(raw))
        if division not in places:  # 全县 or 全市 takes the page's most named place of that level
            places[division] = canonical(page_place(entities, raw, base, division))
        place = canonical(page_place(with_body_places(record.entities), raw, base, division)) or places[division]
        for claim in record.claims:
            if claim.subject is None:
                # 全省 in the claim's sentence on a city's page: the city's province
                where = page_level(place, claim.sentence.text)
                found = where and mentions.find(where, claim.figure.start)
                if found is None and where is not None and where != place:  # the page never names the province: its place
                    where, found = place, place and mentions.find(place, claim.figure.start)
                if where is not None:
                    claim.subject = claim_part(found, where)


def process_text(text: str, date: str | None = None, name: str = "text", settings: Settings | None = None
                 ) -> list[schema.ArticleRecord]:
    """Analyse one page dump given as a string; returns the same records ``zhnews run`` writes.

    >>> articles = process_text("标题\\n\\n本报讯(记者 张三)全市新建公园12个。")  # doctest: +SKIP
    """
    import hashlib

    settings = settings or Settings(date=date)
    dump = Dump(name, name, text, "str", hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), date=date)
    return process_dump(dump, cached_nlp(settings), settings)
