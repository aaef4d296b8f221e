"""The output contract: every record zhnews writes, as pydantic v2 models.

Downstream loaders depend on this module alone. ``SCHEMA_VERSION`` follows
semantic versioning: a new optional field bumps the minor version, a removed
or retyped field bumps the major version. ``zhnews schema`` prints the JSON
Schema of :class:`ArticleRecord` and friends; ``docs/schema.json`` is the
committed copy a test diffs against.

Offsets: every ``start``/``end`` pair is ``[start, end)`` in Unicode code
points of the decoded raw input (for JSON Lines input: of that line's
``text``). ``raw[start:end] == text`` holds for every span; a span that
crosses a column break or a caption also carries ``pieces`` and then
``text`` is the pieces' texts joined.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2.1.0"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Record):
    """A piece of the raw text."""

    start: int = Field(ge=0, description="first code point, inclusive")
    end: int = Field(ge=0, description="last code point, exclusive")
    text: str = Field(description="raw[start:end], or the pieces' texts joined")
    pieces: list[tuple[int, int]] | None = Field(
        default=None, description="raw [start, end) pieces when the span crosses a break"
    )


class Token(Span):
    """A word from the segmenter (only with ``--tokens``)."""

    pos: str | None = None


class Sentence(Span):
    id: str


Role = Literal["kicker", "title", "subtitle", "heading", "body", "caption", "byline", "credits"]


class Paragraph(Span):
    """A unit of article text with one layout role; body paragraphs may be rejoined pieces."""

    id: str
    role: Role
    sentences: list[Sentence]
    tokens: list[Token] | None = None


FigureKind = Literal["count", "money", "percent", "measure", "rank"]
Qualifier = Literal["eq", "approx", "gt", "ge", "lt", "le"]
Change = Literal["increase", "decrease"]


class Figure(Span):
    """A number that states a fact, normalized (see GUIDELINES: Figures)."""

    id: str
    value: float | None = Field(description="number with multiplier applied (exact decimal in value_exact); "
                                            "null when it does not fit a float (e.g. 400 digits)")
    value_exact: str = Field(description="the exact decimal value as a string, e.g. '11000'")
    low: str | None = Field(default=None, description="exact low end of a vague amount or range")
    high: str | None = Field(default=None, description="exact high end of a vague amount or range")
    unit: str = Field(description="unit or measure word as written, multiplier dropped; '' if none")
    kind: FigureKind
    qualifier: Qualifier = "eq"
    change: Change | None = None
    change_base: str | None = Field(default=None, description="comparison base: 同比, 环比, 较上年 …")
    optional: bool = Field(default=False, description="borderline figure (GUIDELINES)")
    sentence_id: str | None = None


EntityLabel = Literal["PROGRAM", "ORG", "PERSON", "GPE", "LOC", "WORK", "DATE"]


class Entity(Span):
    id: str
    label: EntityLabel
    optional: bool = False
    normalized: str | None = Field(
        default=None, description="DATE: ISO date or interval resolved against the article date"
    )
    unresolved_reason: str | None = Field(default=None, description="DATE: why it stays unresolved")


class Reference(Span):
    """我省, 全市, 该区 …: not an entity, but what the article makes it refer to."""

    refers_to: str | None = None


class ClaimPart(Span):
    """A claim's metric, subject or time: the words of the page that say it, and what they mean.

    Like every span, ``raw[start:end] == text`` (or its pieces). ``normalized``
    is the value zhnews compares: for a subject, the place or body the words
    refer to (全市 -> 苏州, 洛阳市 -> 洛阳, 我国 -> 中国); for a time, the ISO
    date or period it resolves to (今年一季度 -> 2026-Q1), null when it does
    not resolve; for a metric, null. A subject the sentence does not name is
    the article's or the page's, and its span is where the page names it.
    """

    normalized: str | None = None


def part_value(part: ClaimPart | None) -> str | None:
    """What a claim part means where known (``normalized``), else what the page says; None when absent."""
    return None if part is None else part.normalized or part.text


class Claim(_Record):
    """A figure that states a checkable fact, with what it measures, of whom, when.

    ``metric``, ``subject`` and ``time`` share one shape (:class:`ClaimPart`)
    and are null when the page does not say them: zhnews never guesses, so a
    claim with no time has no normalized time either.
    """

    schema_version: str = SCHEMA_VERSION
    id: str
    article_id: str
    figure_id: str
    figure: Figure
    metric: ClaimPart | None = None
    subject: ClaimPart | None = None
    time: ClaimPart | None = None
    change: Change | None = None
    change_base: str | None = None
    source: Span | None = Field(default=None, description="据XX统计, XX表示 … attribution")
    sentence: Span
    published: str | None = Field(default=None, description="publication date (ISO) of the claim's article, "
                                                            "what its time resolves against; null when unknown")


class SourceInfo(_Record):
    """Where an article's raw text came from."""

    path: str = Field(description="input path as given (or '-' for stdin)")
    name: str = Field(description="file name; the 'doc' key of evaluation files")
    sha256: str = Field(description="sha256 of the input file's bytes")
    encoding: str
    line: int | None = Field(default=None, description="JSON Lines input: 1-based line number")
    record_id: str | None = Field(default=None, description="JSON Lines input: the line's id")
    title: str | None = Field(default=None, description="JSON Lines input: the line's own title field, when "
                                                        "the record gives one (not in the text: no span)")
    text_sha256: str = Field(description="sha256 of the decoded text the offsets refer to")


class ArticleRecord(_Record):
    """One article of a page dump: the line format of ``articles.jsonl``."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="stable id: <doc id>-a<index>")
    doc_id: str = Field(description="stable id of the decoded dump text")
    source: SourceInfo
    index: int = Field(description="0-based position of the article in its dump")
    date: str | None = Field(default=None, description="publication date (ISO) when known: the JSON line's "
                                                       "date, else the page's dateline, else --date")
    start: int
    end: int
    title: Span | None = None
    kicker: Span | None = None
    subtitle: Span | None = None
    source_line: Span | None = None
    reporters: list[Span] = []
    headings: list[Span] = []
    captions: list[Span] = []
    continued_from: Span | None = Field(default=None, description="page named by (上接X版), e.g. 一版")
    continued_to: Span | None = Field(default=None, description="page named by (下转X版)")
    truncated: bool = Field(description="the text ends mid-sentence")
    paragraphs: list[Paragraph]
    figures: list[Figure] = []
    entities: list[Entity] = []
    references: list[Reference] = []
    claims: list[Claim] = []


class ErrorRecord(_Record):
    """An input that could not be processed; the line format of ``errors.jsonl``."""

    schema_version: str = SCHEMA_VERSION
    path: str
    line: int | None = None
    stage: Literal["read", "decode", "parse", "process"]
    reason: str


class WarningValue(_Record):
    """One value a warning names: the figure as the page writes it, and every claim that states it."""

    text: str = Field(description="the figure as written, e.g. 86个")
    role: Literal["value", "total", "part"] = Field(
        default="value", description="parts_exceed_total: the total or one of its 其中 parts")
    claim_ids: list[str]


class ConsistencyWarning(_Record):
    """Claims that cannot all be right; the line format of ``warnings.jsonl``.

    One warning per group, not per pair: a ``conflict`` names every claim of
    one metric, subject and period that another contradicts, by distinct
    value (``values``), however many repeat them; ``impossible_percent`` the
    rates above 100 % of one metric, subject and period; ``parts_exceed_total``
    one 其中 list (``values``: the total, then its parts).
    """

    schema_version: str = SCHEMA_VERSION
    kind: Literal["conflict", "impossible_percent", "parts_exceed_total"]
    claim_ids: list[str] = Field(description="every claim the warning names, in id order")
    message: str = Field(description="the warning in one Chinese sentence")
    metric: str | None = Field(default=None, description="the metric compared (width-folded, quotes dropped)")
    subject: str | None = Field(default=None, description="the subject compared")
    period: str | None = Field(default=None, description="the period compared: normalized time, else "
                                                         "publication date, else the time as written")
    unit: str | None = Field(default=None, description="the unit of the values compared")
    values: list[WarningValue] = Field(default=[], description="the distinct values and the claims stating each")


class InputEntry(_Record):
    path: str
    sha256: str | None = None
    encoding: str | None = None
    articles: int = 0
    error: str | None = None


class Manifest(_Record):
    """What a run did: the format of ``manifest.json``."""

    schema_version: str = SCHEMA_VERSION
    zhnews_version: str
    models_version: str
    dependencies: dict[str, str]
    settings: dict[str, str | int | bool | None]
    inputs: list[InputEntry]
    counts: dict[str, int]
    seconds: float
    finished: bool = True
    errors_by_reason: dict[str, int] = Field(
        default_factory=dict, description="error records by stage and kind of reason (numbers as N), most first")


def json_schema() -> dict:
    """The published JSON Schema: every output record type under one document."""
    from pydantic.json_schema import models_json_schema

    _, schema = models_json_schema(
        [(m, "serialization") for m in (ArticleRecord, Claim, ErrorRecord, ConsistencyWarning, Manifest)],
        title=f"zhnews output records, schema {SCHEMA_VERSION}",
    )
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
