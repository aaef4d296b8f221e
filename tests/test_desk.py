"""The desk's plain functions and the `check` command: filters, locations, escaping, plain output."""

from __future__ import annotations

import codecs
import json

import pytest
import typer
from typer.testing import CliRunner

from desk_fixtures import DUMP, process_file, sample_run, write_run
from pipeline import schema
from pipeline.desk.cli import check, claim_table, marked_sentence, plain_lines, report
from pipeline.desk.check import (
    ClaimFilter, Desk, RawLocator, filter_claims, line_col, load_desk, local_intervals, read_warnings,
    sentence_id_of, warned_claim_ids,
)


def _span(start, end, pieces=None):
    return schema.Span(start=start, end=end, text="", pieces=pieces)


@pytest.mark.parametrize("text, offset, expected", [
    ("abc", 0, (1, 1)),
    ("abc", 3, (1, 4)),
    ("ab\ncd", 3, (2, 1)),
    ("ab\ncd", 4, (2, 2)),
    ("ab\r\ncd", 2, (1, 3)),       # the \r is the line's last column
    ("ab\r\ncd", 5, (2, 2)),
    ("\ufeff标题\n\n正文", 5, (3, 1)),  # a kept BOM is column 1 of line 1
    ("一\n二\n三", 4, (3, 1)),
])
def test_line_col(text, offset, expected):
    assert line_col(text, offset) == expected


def test_line_col_rejects_offsets_outside():
    with pytest.raises(ValueError, match="outside"):
        line_col("abc", 4)


@pytest.mark.parametrize("container, span, expected", [
    (_span(10, 20), _span(12, 15), [(2, 5)]),
    (_span(10, 20), _span(5, 12), [(0, 2)]),                    # clipped to the container
    (_span(10, 20), _span(20, 25), []),
    (_span(10, 30, [(10, 15), (25, 30)]), _span(13, 27), [(3, 7)]),   # across the break: one run
    (_span(10, 30, [(10, 15), (25, 30)]), _span(26, 28), [(6, 8)]),
    (_span(10, 30, [(10, 15), (25, 30)]), _span(16, 24), []),         # in the gap (a caption)
    (_span(10, 30, [(10, 15), (25, 30)]), _span(12, 28, [(12, 15), (25, 28)]), [(2, 8)]),
])
def test_local_intervals(container, span, expected):
    assert local_intervals(container, span) == expected


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    return sample_run(tmp_path_factory.mktemp("desk"))


@pytest.fixture(scope="module")
def desk(run_dir):
    return load_desk(run_dir)


def test_load_desk_reads_claims_and_warnings(desk):
    assert len(desk.articles) == 2
    assert [c.figure.text for c in desk.claims][:3] == ["48.6亿元", "15.2%", "12条"]
    assert len(desk.warnings) == 1 and warned_claim_ids(desk.warnings) == {c.id for c in desk.claims[:2]}


def test_missing_warnings_file_means_none(tmp_path):
    assert read_warnings(tmp_path) == []


@pytest.mark.parametrize("wanted, figures", [
    (ClaimFilter(), ["48.6亿元", "15.2%", "12条", "36万人次", "87%", "6个百分点", "25家", "98.5%"]),
    (ClaimFilter(metric="投资"), ["48.6亿元"]),
    (ClaimFilter(metric="ＧＤＰ"), []),
    (ClaimFilter(subject="滨河"), ["48.6亿元", "12条", "87%", "25家"]),
    (ClaimFilter(min_value=50), ["48.6亿元", "36万人次", "87%", "98.5%"]),
    (ClaimFilter(subject="滨河", min_value=50), ["48.6亿元", "87%"]),
    (ClaimFilter(warnings_only=True), ["48.6亿元", "15.2%"]),
])
def test_filter_claims(desk, wanted, figures):
    assert [c.figure.text for c in filter_claims(desk, wanted)] == figures


def test_fullwidth_filter_finds_ascii_metric():
    figure = schema.Figure(start=3, end=5, text="5%", id="f", value=5, value_exact="5", unit="%", kind="percent")
    claim = schema.Claim(id="c", article_id="a", figure_id="f", figure=figure,
                         metric=schema.ClaimPart(start=0, end=3, text="GDP"), sentence=_span(0, 5))
    desk = Desk({}, [claim], [])
    assert filter_claims(desk, ClaimFilter(metric="ｇｄｐ")) == [claim]


def test_locations_point_at_the_figure(desk, run_dir):
    raw = (run_dir.parent / "page.txt").read_text(encoding="utf-8")
    locator = RawLocator()
    for claim in desk.claims:
        where = locator.locate(desk.articles[claim.article_id], claim.figure.start)
        path, line, col = where.rsplit(":", 2)
        assert path.endswith("page.txt")
        assert raw.splitlines()[int(line) - 1][int(col) - 1:].startswith(claim.figure.text)


@pytest.mark.parametrize("encoding, data", [
    ("utf-8-bom", codecs.BOM_UTF8 + DUMP.replace("\n", "\r\n").encode("utf-8")),
    ("gb18030", DUMP.encode("gb18030")),
    ("utf-16", DUMP.encode("utf-16")),
])
def test_locations_follow_the_source_encoding(tmp_path, encoding, data):
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    articles = process_file(path)
    assert articles[0].source.encoding == encoding
    text = data.decode("utf-8" if encoding == "utf-8-bom" else encoding)
    lines = text.split("\n")
    locator = RawLocator()
    for figure in articles[0].figures:
        line, col = map(int, locator.locate(articles[0], figure.start).rsplit(":", 2)[1:])
        assert lines[line - 1][col - 1:].startswith(figure.text)


def test_jsonl_input_is_located_by_id_and_offset(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "p-7", "text": DUMP}, ensure_ascii=False) + "\n", encoding="utf-8")
    article = process_file(path)[0]
    figure = article.figures[0]
    assert RawLocator().locate(article, figure.start) == f"{path}#p-7:{figure.start}"


def test_gone_or_changed_dump_falls_back_to_offset(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(DUMP, encoding="utf-8")
    article = process_file(path)[0]
    path.write_text(DUMP.replace("新区", "新城"), encoding="utf-8")  # same length, other text
    assert RawLocator().locate(article, 30) == f"{path}@30"
    path.unlink()
    assert RawLocator().locate(article, 30) == f"{path}@30"


def test_relative_source_found_against_a_base(tmp_path, desk):
    article = next(iter(desk.articles.values())).model_copy(deep=True)
    real = article.source.path
    article.source.path = "page.txt"
    from pathlib import Path

    assert RawLocator(bases=(Path(real).parent,)).locate(article, 0) == "page.txt:1:1"


def test_sentence_id_of(desk):
    for claim in desk.claims:
        article = desk.articles[claim.article_id]
        assert sentence_id_of(article, claim) == claim.figure.sentence_id
        no_id = claim.model_copy(update={"figure": claim.figure.model_copy(update={"sentence_id": None})})
        assert sentence_id_of(article, no_id) == claim.figure.sentence_id


@pytest.mark.parametrize("context, expected", [
    (None, "占比提升至<87%>,较上年"),
    (2, "…升至<87%>,较…"),
])
def test_marked_sentence(context, expected):
    text = "占比提升至87%,较上年"
    figure = schema.Figure(start=105, end=108, text="87%", id="f", value=87, value_exact="87", unit="%", kind="percent")
    claim = schema.Claim(id="c", article_id="a", figure_id="f", figure=figure,
                         sentence=schema.Span(start=100, end=100 + len(text), text=text))
    assert marked_sentence(claim, "<", ">", context=context) == expected


def test_rich_table_escapes_article_text(desk):
    from rich.console import Console

    console = Console(record=True, width=200, color_system=None)
    console.print(claim_table(desk, desk.claims, RawLocator()))
    shown = console.export_text()
    assert "[12]万人次" in shown  # bracketed text is text, not a markup tag


def test_plain_lines(desk):
    lines = plain_lines(desk, desk.claims, RawLocator())
    assert len(lines) == 8
    where, value, unit, metric, subject, time, change, sentence = lines[1].split("\t")
    assert (value, unit, metric, change) == ("15.2", "%", "同比增长", "increase 同比")
    assert "同比增长⟦15.2%⟧" in sentence and where.endswith(":3:52")


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(check)
    app.command()(report)
    return app


@pytest.mark.parametrize("args, rows", [
    ([], 8),
    (["--metric", "投资"], 1),
    (["--subject", "滨河", "--min-value", "50"], 2),
    (["--warnings"], 2),
])
def test_check_command_plain_output(run_dir, args, rows):
    result = CliRunner().invoke(_app(), ["check", str(run_dir), *args])
    assert result.exit_code == 0, result.output
    table = [line for line in result.stdout.splitlines() if "\t" in line]
    assert len(table) == rows
    if "--warnings" in args:
        assert "conflict: 48.6亿元 and 15.2% <b>differ</b>" in result.stdout


def test_check_command_without_a_run_says_what_to_pass(tmp_path):
    result = CliRunner().invoke(_app(), ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert "zhnews run -o" in result.output


def test_check_reports_when_nothing_matches(tmp_path):
    run = write_run(tmp_path / "empty", [])
    result = CliRunner().invoke(_app(), ["check", str(run), "--metric", "x"])
    assert result.exit_code == 0 and "no claims match" in result.output
