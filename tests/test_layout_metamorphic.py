"""Metamorphic layout test: the same articles come out of every page convention.

Records (``tests/layout_harness/records.json``, written for this test; and
``../shared/layout/articles/*.json`` when present) are rendered three to a
page in each convention of :mod:`layout_harness.render` (blank lines, U+3000
indents, no blank lines, CRLF, PDF hard wraps and page breaks, page headers
inside column breaks, web meta and editor lines, (下转) markers, mixes). The layout must
find, in every rendering, each article's span, title, kicker, subtitle,
reporters and captions, and rejoin every sentence a column break cut.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SHARED
from layout_harness.render import CONVENTIONS, render, widen
from pipeline.layout.split import split_articles

HERE = Path(__file__).parent / "layout_harness"
OWN = json.loads((HERE / "records.json").read_text(encoding="utf-8"))["records"]
PER_PAGE = 3


def _pages(records: list[dict]) -> list[list[dict]]:
    return [records[i:i + PER_PAGE] for i in range(0, len(records), PER_PAGE)]


def _found(raw: str, expected, captions: bool = False) -> tuple[list[tuple], list[tuple]]:
    """Per article (span, kicker, title, subtitle, reporters, column breaks rejoined): found, wanted.

    A break is rejoined when the pieces on either side of it are consecutive
    pieces of one body unit; only the breaks the renderer made are looked at.
    ``captions``: compare the captions too.
    """
    cuts = {b for e in expected for b in e.breaks}
    found = []
    for article in split_articles(raw):
        text = lambda role: (lambda u: raw[u.start:u.end] if u else None)(article.first(role))
        joined = {(a[1], b[0]) for u in article.units if u.role == "body" for a, b in zip(u.pieces, u.pieces[1:])}
        found.append(((article.start, article.end), text("kicker"), text("title"), text("subtitle"),
                      sorted("".join(raw[s:e].split()) for s, e in article.reporters), joined & cuts)
                     + ((sorted(raw[u.start:u.end] for u in article.units if u.role == "caption"),) if captions else ()))
    wanted = [((e.start, e.end), e.kicker, e.title, e.subtitle, e.reporters, set(e.breaks))
              + ((e.captions,) if captions else ()) for e in expected]
    return found, wanted


def _cueless(before: dict, after: dict) -> bool:
    """Whether nothing but its headline says ``after`` is a new article: ``before`` has sub-heads
    and no closing byline, credit or editor line, and ``after`` opens with no stack, lead, byline
    or meta line. Printed with the same spacing as sub-heads, such a headline reads as one more
    sub-head to any reader without the type sizes; the test then accepts the two as one article, or
    as two where the change of topic told them apart (:mod:`pipeline.layout.cohesion`).
    """
    return (bool(before.get("subheads")) and not before.get("closing_byline") and not before.get("editors")
            and not (after.get("kicker") or after.get("subtitle") or after.get("lead") or after.get("byline_line")
                     or after.get("meta_line")))


def _merge_cueless(expected: list, page: list[dict], convention) -> list:
    """The expected articles of a page where cue-less boundaries (:func:`_cueless`) are not spaced apart."""
    if convention.article_gap > convention.gap:
        return expected
    merged = [expected[0]]
    group = dict(page[0])
    for after, item in zip(page[1:], expected[1:]):
        if _cueless(group, after):  # the article read so far holds sub-heads: one more headline joins it
            group = {**after, "subheads": group["subheads"]}
            last = merged[-1]
            merged[-1] = type(last)(last.title, last.kicker, last.subtitle, sorted(set(last.reporters + item.reporters)),
                                    last.start, item.end, last.breaks + item.breaks,
                                    sorted(last.captions + item.captions))
        else:
            merged.append(item)
            group = dict(after)
    return merged


def _check(records: list[dict], captions: bool = False) -> list[str]:
    """One line of differences per rendering that does not give back the records' articles."""
    failures = []
    for convention in CONVENTIONS:
        for number, page in enumerate(_pages(records)):
            raw, expected = render(page, convention, number)
            merged = _merge_cueless(expected, page, convention)
            found, wanted = _found(raw, merged, captions)
            if found != wanted and merged != expected:  # a change of topic told the cue-less articles apart
                found, wanted = _found(raw, expected, captions)
            if found != wanted:
                failures.append(f"{convention.name} page {number} ({', '.join(r['id'] for r in page)}):\n"
                                f"  found  {found}\n  wanted {wanted}")
    return failures


def test_own_records_come_out_the_same_in_every_convention():
    assert len(CONVENTIONS) >= 8
    failures = _check(OWN, captions=True)
    assert not failures, "\n".join(failures)


def test_every_span_reads_back_in_every_convention():
    for convention in CONVENTIONS:
        raw, _ = render(OWN[:PER_PAGE], convention)
        for article in split_articles(raw):
            for unit in article.units:
                for a, b in unit.pieces:
                    assert 0 <= a < b <= len(raw) and raw[a:b].strip() and "\n" not in raw[a:b]


SHARED_ARTICLES = SHARED / "layout" / "articles"


def test_shared_records_come_out_the_same_in_every_convention():
    if not SHARED_ARTICLES.is_dir():
        pytest.skip("../shared/layout/articles is not here")
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SHARED_ARTICLES.glob("*.json"))]
    failures = _check(records, captions=True)
    assert not failures, f"{len(failures)} renderings differ:\n" + "\n".join(failures)


def _summary(raw: str) -> list[tuple]:
    """Per article: kicker, title, subtitle (pieces joined), reporters, captions, body paragraphs."""
    join = lambda unit: "".join(raw[a:b] for a, b in unit.pieces) if unit else None
    return [(join(a.first("kicker")), join(a.first("title")), join(a.first("subtitle")),
             ["".join(raw[s:e].split()) for s, e in a.reporters],
             [join(u) for u in a.units if u.role == "caption"], sum(u.role == "body" for u in a.units))
            for a in split_articles(raw)]


@pytest.mark.parametrize("width", [22, 30, 40])
def test_the_corpus_page_hard_wrapped_gives_the_same_articles(width):
    """PDF text extraction wraps lines at a fixed width; the real corpus page must not change."""
    pages = sorted((SHARED / "corpus").glob("*.txt")) if (SHARED / "corpus").is_dir() else []
    if not pages:
        pytest.skip("../shared/corpus is not here")
    raw = pages[0].read_text(encoding="utf-8")
    wrapped = "\n".join(piece for line in raw.split("\n")
                        for piece in ([line[i:i + width] for i in range(0, len(line), width)] or [line]))
    assert _summary(wrapped) == _summary(raw)


_LINES = st.sampled_from([
    "滨江新区三所学校秋季开学", "本报讯(记者 陆明轩)9月1日,新学校迎来首批学生,", "新增学位2700个。", "□晚报记者 钱亦舟",
    "2025-03-12 09:15 来源:江城新闻网 作者:程佳宁", "(责任编辑:方一鸣)", "江城日报 2025年9月21日 第A2版",
    "(下转第4版)", "(上接第1版)村里的茶叶走出了大山。", "9月20日晚,市民在夜市选购小吃。 晏小北 摄", "“家门口就能看病!”",
    "记者 司马云 实习生 黄蕾", "一、三次产业协同发力", "", "　　路通了,村里的茶叶、山货也走出了大山。村党支部书记说,去年收入翻了一番。",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINES, max_size=14), st.sampled_from(["\n", "\r\n"]), st.integers(min_value=0, max_value=30),
       st.booleans())
def test_every_span_reads_back_whatever_the_page(lines, newline, width, wide):
    """Any page of such lines, any line ends, any hard-wrap width: spans stay inside the text,
    pieces never hold a line break, reporters are short names read from the raw text."""
    text = "\n".join(lines)
    text = widen(text) if wide else text
    if width >= 12:
        text = "\n".join(p for line in text.split("\n") for p in ([line[i:i + width] for i in range(0, len(line), width)]
                                                                   or [line]))
    raw = text.replace("\n", newline)
    for article in split_articles(raw):
        assert 0 <= article.start < article.end <= len(raw)
        for unit in article.units:
            for a, b in unit.pieces:
                assert 0 <= a < b <= len(raw) and raw[a:b].strip() and "\n" not in raw[a:b]
        for a, b in article.reporters:
            assert 2 <= len("".join(raw[a:b].split())) <= 12  # a wrap may cut a name: its span holds the break
