"""Records build their spans without pydantic's constructors: check they are what those give."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from pipeline import process_text, schema
from pipeline.text.normalize import TextMap

TEXT = (
    "全省粮食产量再创新高\n\n本报讯(记者 王五)据省统计局消息,2025年全省粮食总产量达到1345亿斤,"
    "同比增长2.1%。郑州市新增就业12.5万人,较上年增加3000人左右。\n图为收割现场\n"
)


def _models(value):
    """Every pydantic model inside ``value`` (depth first)."""
    if isinstance(value, BaseModel):
        yield value
        for field in type(value).model_fields:
            yield from _models(getattr(value, field))
    elif isinstance(value, list):
        for item in value:
            yield from _models(item)


def test_spans_are_what_model_construct_gives():
    (article,) = process_text(TEXT, date="2026-05-01")
    seen = set()
    for model in _models(article):
        if isinstance(model, (schema.ArticleRecord, schema.SourceInfo)):
            continue
        kind = type(model)
        seen.add(kind)
        assert list(model.__dict__) == list(kind.model_fields), kind  # declaration order: JSON key order
        assert model == kind.model_construct(**model.__dict__)
        if kind is not schema.Span or model.pieces is not None or "pieces" in model.model_fields_set:
            # (the layout's own spans, reporters and source lines, are validated: no pieces given)
            assert model.model_fields_set == set(kind.model_fields)
        assert model.__pydantic_extra__ is None and model.__pydantic_private__ is None
        kind.model_validate(model.model_dump())  # and valid
    assert {schema.Sentence, schema.Paragraph, schema.Figure, schema.Entity, schema.Claim, schema.Span} <= seen


@pytest.mark.parametrize("pieces, spans", [
    ([(0, 4)], [(0, 4), (1, 3)]),
    ([(0, 2), "\n", (5, 8)], [(0, 2), (3, 6), (1, 5), (0, 6), (4, 5)]),
    ([(0, 2), (3, 5)], [(0, 4), (1, 2), (2, 3)]),  # a same-line gap joins the pieces
    ([(0, 2), (4, 6)], [(0, 4), (1, 3)]),  # a gap across a line break keeps them apart
])
def test_mapper_is_to_raw(pieces, spans):
    textmap = TextMap("ab c\nde fgh", base=10)
    for piece in pieces:
        textmap.add_separator(piece) if isinstance(piece, str) else textmap.add(*piece)
    mapper = textmap.mapper()
    for start, end in spans:
        assert mapper(start, end) == tuple(textmap.to_raw(start, end))


def test_every_record_type_carries_the_schema_version():
    line_models = [schema.ArticleRecord, schema.Claim, schema.ErrorRecord, schema.ConsistencyWarning, schema.Manifest]
    assert all(model.model_fields["schema_version"].default == schema.SCHEMA_VERSION for model in line_models)


PAGE = "南川区推进旧区改造\n\n本报讯 今年以来，全区完成旧区改造项目18个，惠及居民4200户。\n"


def test_claim_parts_point_where_the_page_says_them():
    """A subject the sentence leaves out is located where the article (or the page) writes it."""
    from pipeline import process_text

    articles = process_text(PAGE, date="2026-03-01")
    claims = [c for a in articles for c in a.claims]
    assert claims
    for claim in claims:
        for part in (claim.metric, claim.subject, claim.time):
            if part is not None:
                assert PAGE[part.start:part.end] == part.text
        assert claim.time is not None or claim.published == "2026-03-01"
    first = next(c for c in claims if c.figure.text == "18个")
    assert (first.subject.text, first.subject.normalized) == ("全区", "南川区")
    assert (first.time.text, first.time.normalized) == ("今年以来", "2026-01-01/2026-03-01")
