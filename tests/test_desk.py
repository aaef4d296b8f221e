"""The desk's plain functions and the `check` command: filters, locations, escaping, plain output."""

from __future__ import annotations

import codecs
import json

import pytest
import typer
from typer.testing import CliRunner

from desk_fixtures import CONTROL, CONTROL_CHARS, DUMP, conflict_of, process_file, sample_run, write_run
from pipeline import schema
from pipeline.desk.cli import (
    check, claim_cards, claim_fields, claim_table, marked_sentence, plain_lines, report, warning_lines,
)
from pipeline.desk.messages import LANGS, MESSAGES, say
from pipeline.desk.present import article_label
from pipeline.desk.sanitize import cell, clean
from pipeline.desk.check import (
    ClaimFilter, Desk, claim_matches, RawLocator, filter_claims, line_col, load_desk, local_intervals, read_warnings,
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


def test_wide_table_keeps_each_location_whole(desk, run_dir):
    from rich.console import Console

    console = Console(record=True, width=180, color_system=None)
    console.print(claim_table(desk, desk.claims, RawLocator()))
    shown = console.export_text()
    path = str(run_dir.parent / "page.txt")
    places = [RawLocator().locate(desk.articles[c.article_id], c.figure.start) for c in desk.claims]
    assert len(path) < 60 and all(place in shown for place in places)
    assert "原文数值" in shown and "文件:行:列" in shown


def test_narrow_terminal_gets_one_block_per_claim_with_the_location_on_its_own_line(desk):
    from rich.console import Console

    cards = claim_cards(desk, desk.claims, RawLocator())
    assert len(cards) == 8
    console = Console(record=True, width=80, color_system=None)
    for card in cards:
        console.print(card, soft_wrap=True)
    lines = console.export_text().splitlines()
    places = [RawLocator().locate(desk.articles[c.article_id], c.figure.start) for c in desk.claims]
    assert [line.strip() for line in lines if ".txt:" in line and "·" not in line] == places
    assert lines[0].startswith("48.6亿元 = 4,860,000,000 元 · 指标 ")


@pytest.mark.parametrize("lang, change", [("zh", "同比增长"), ("en", "increase (同比)")])
def test_plain_lines(desk, lang, change):
    lines = plain_lines(desk, desk.claims, RawLocator(), lang)
    assert len(lines) == 8
    where, text, value, unit, metric, subject, time, change_shown, sentence = lines[1].split("\t")
    assert (text, value, unit, metric, change_shown) == ("15.2%", "15.2", "%", "同比增长", change)
    assert "同比增长⟦15.2%⟧" in sentence and where.endswith(":3:52")
    where, text, value, unit = lines[0].split("\t")[:4]
    assert (text, value, unit) == ("48.6亿元", "4,860,000,000", "元")  # as the page writes it, beside the number


def _claim(text, value_exact, unit, kind="money", qualifier="eq", change=None, base=None, low=None, high=None):
    figure = schema.Figure(start=0, end=len(text), text=text, id="f", value=float(value_exact), low=low, high=high,
                           value_exact=value_exact, unit=unit, kind=kind, qualifier=qualifier)
    return schema.Claim(id="c", article_id="a", figure_id="f", figure=figure, change=change, change_base=base,
                        subject=schema.ClaimPart(start=0, end=2, text="全市", normalized="洛阳"),
                        time=schema.ClaimPart(start=0, end=6, text="今年一季度", normalized="2026-Q1"),
                        sentence=schema.Span(start=0, end=len(text), text=text))


@pytest.mark.parametrize("claim, lang, expected", [
    (_claim("2215.6亿元", "221560000000", "元"), "zh",
     {"text": "2215.6亿元", "value": "221,560,000,000", "unit": "元", "change": ""}),
    (_claim("约42.5万平方米", "425000", "平方米", "measure", "approx"), "zh",
     {"text": "约42.5万平方米", "value": "≈425,000", "unit": "平方米"}),
    (_claim("超2.5万家", "25000", "家", "count", "gt"), "zh", {"value": ">25,000"}),
    (_claim("2元至5元", "2", "元", low="2", high="5"), "zh", {"value": "2–5"}),
    (_claim("12.4%", "12.4", "%", "percent", change="increase", base="同比"), "zh", {"change": "同比增长"}),
    (_claim("0.2个百分点", "0.2", "个百分点", "percent", change="decrease"), "zh", {"change": "下降"}),
    (_claim("12.4%", "12.4", "%", "percent", change="increase", base="同比"), "en", {"change": "increase (同比)"}),
    (_claim("0.2个百分点", "0.2", "个百分点", "percent", change="decrease"), "en", {"change": "decrease"}),
    (_claim("3天", "3", "天", "measure"), "zh", {"subject": "全市（洛阳）", "time": "今年一季度（2026-Q1）"}),
])
def test_claim_fields_show_the_page_beside_the_number(claim, lang, expected):
    fields = claim_fields(claim, lang)
    assert {key: fields[key] for key in expected} == expected
    assert "221560000000" not in fields.values()  # never the bare normalized number alone


def test_every_message_exists_in_every_language():
    assert all(set(texts) == set(LANGS) and all(texts.values()) for texts in MESSAGES.values())
    assert say("change.increase") == "增长" and say("change.increase", "en") == "increase"
    with pytest.raises(KeyError, match="messages.py"):
        say("no.such.key")


@pytest.mark.parametrize("lang, expected", [
    ("zh", "数值冲突: 滨河的“<b>投资</b> & 客运”（2026）有2个互相矛盾的数值：48.6亿元 (page.txt:3:"),
    ("en", "conflict: “<b>投资</b> & 客运” of 滨河 (2026): 2 values that cannot all hold: 48.6亿元 (page.txt:3:"),
])
def test_warning_lines_name_values_at_their_places(desk, lang, expected):
    (line,) = warning_lines(desk, desk.claims, RawLocator(), lang)
    assert expected in line.replace(str(next(iter(desk.articles.values())).source.path), "page.txt")
    assert "15.2%" in line and desk.claims[0].id not in line  # places, not hash ids


def test_warning_lines_say_where_many_repeats_are(desk):
    claims = desk.claims[:2]
    warning = conflict_of(*claims).model_copy(update={"values": [
        schema.WarningValue(text="48.6亿元", claim_ids=[claims[0].id] * 5),
        schema.WarningValue(text="15.2%", claim_ids=[claims[1].id])]})
    repeated = Desk(desk.articles, desk.claims, [warning])
    (line,) = warning_lines(repeated, claims, RawLocator())
    assert line.count("page.txt:") == 3 + 1 and "等2处" in line


def test_old_warning_records_still_show(desk):
    old = schema.ConsistencyWarning(kind="conflict", claim_ids=[c.id for c in desk.claims[:2]], message="旧的说法")
    (line,) = warning_lines(Desk(desk.articles, desk.claims, [old]), desk.claims, RawLocator())
    assert line.startswith("数值冲突: 旧的说法") and line.count("page.txt:") == 2


@pytest.mark.parametrize("title, first, lang, expected", [
    ("湖畔书屋迎来读者", "正文", "zh", "湖畔书屋迎来读者"),
    (None, "本报讯 滨河市今年新建城市书屋25家，累计接待读者12万人次。", "zh", "（无标题）本报讯 滨河市今年新建城市书屋25家…"),
    (None, "短讯一则", "en", "(untitled)短讯一则"),
])
def test_article_label(title, first, lang, expected):
    paragraph = schema.Paragraph(start=0, end=len(first), text=first, id="a-p0", role="body", sentences=[])
    article = schema.ArticleRecord(
        id="a", doc_id="d", index=0, start=0, end=len(first), truncated=False, paragraphs=[paragraph],
        title=schema.Span(start=0, end=len(title), text=title) if title else None,
        source=schema.SourceInfo(path="p", name="p", sha256="", encoding="utf-8", text_sha256=""))
    assert article_label(article, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("标题\x1b]0;pwned\x07正文", "标题正文"),                       # OSC window title, ended by BEL
    ("a\x1b]8;;http://x.example/\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),   # OSC 8 hyperlink, ended by ST
    ("\x1b[2J\x1b[31m红\x1b[0m", "红"),                            # CSI: clear screen, colours
    ("响铃\x07\x07", "响铃"),
    ("c1\x9b31m红\x9d0;t\x9c", "c1红"),                            # 8-bit CSI and OSC
    ("nul\x00del\x7f", "nuldel"),
    ("abc\u202edcba", "abcdcba"),                                    # a bidi override reorders what shows
    ("tab\tnew\nline", "tab\tnew\nline"),                            # kept where they mean something
    ("\x1b", ""),
    ("正常的新闻文本：增长12.4%", "正常的新闻文本：增长12.4%"),
])
def test_clean(text, expected):
    assert clean(text) == expected


def test_cell_never_splits_a_line():
    assert cell("id\nwith\ttab\r\nand\u2028more\x1b]0;t\x07") == "id with tab and more"


def test_check_strips_control_sequences_from_hostile_text(tmp_path):
    run = sample_run(tmp_path, CONTROL, "control.txt")
    for args in ([], ["--warnings"], ["--lang", "en"]):
        result = CliRunner().invoke(_app(), ["check", str(run), *args])
        assert result.exit_code == 0, result.output
        assert not any(char in result.output for char in CONTROL_CHARS), repr(result.output)
    assert "市民满意率达⟦95%⟧。" in result.stdout and "evil.example" not in result.output


def test_ids_with_newlines_cannot_split_check_lines(tmp_path):
    path = tmp_path / "pages.jsonl"
    record_id = "p-1\n伪造\t行\x1b]0;t\x07"
    path.write_text(json.dumps({"id": record_id, "text": DUMP}, ensure_ascii=False) + "\n", encoding="utf-8")
    articles = process_file(path)
    run = write_run(tmp_path / "out", articles, [conflict_of(*articles[0].claims[:2])])
    result = CliRunner().invoke(_app(), ["check", str(run), "--warnings"])
    lines = result.stdout.splitlines()
    claims = 2
    assert len(lines) == claims + 1  # the two claims it names, then the warning
    assert all(line.count("\t") == 8 for line in lines[:claims])
    assert all("#p-1 伪造 行:" in line for line in lines[:claims])
    assert not any(char in result.output for char in CONTROL_CHARS)


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
        assert "数值冲突: 滨河的“<b>投资</b> & 客运”（2026）有2个互相矛盾的数值：48.6亿元 (" in result.stdout
        assert "1条警告" in result.output


def test_check_speaks_english_when_asked(run_dir):
    result = CliRunner().invoke(_app(), ["check", str(run_dir), "--warnings", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "increase (同比)" in result.stdout and "conflict: " in result.stdout and "1 warnings" in result.output


def test_check_command_without_a_run_says_what_to_pass(tmp_path):
    result = CliRunner().invoke(_app(), ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert "zhnews run -o" in result.output


def test_check_reports_when_nothing_matches(tmp_path):
    run = write_run(tmp_path / "empty", [])
    result = CliRunner().invoke(_app(), ["check", str(run), "--metric", "x"])
    assert result.exit_code == 0 and "没有符合条件的断言" in result.output
    result = CliRunner().invoke(_app(), ["check", str(run), "--metric", "x", "--lang", "en"])
    assert result.exit_code == 0 and "no claims match" in result.output


# -- zhnews export --format csv ---------------------------------------------------


def _read_csv(path):
    import csv

    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)  # spreadsheet programs read the Chinese as UTF-8
    return list(csv.reader(data[len(codecs.BOM_UTF8):].decode("utf-8").splitlines()))


def test_csv_has_one_row_per_claim_and_one_column_per_field(run_dir, desk, tmp_path):
    from pipeline.desk.table import COLUMNS, export_csv

    assert export_csv(run_dir, tmp_path / "c.csv") == {"claims": 8}
    header, *rows = _read_csv(tmp_path / "c.csv")
    assert tuple(header) == COLUMNS and len(rows) == len(desk.claims) == 8
    first = dict(zip(header, rows[0]))
    claim = desk.claims[0]
    assert (first["claim_id"], first["article_id"], first["figure_id"]) == (claim.id, claim.article_id, claim.figure_id)
    assert (first["figure_text"], first["value"], first["unit"], first["kind"]) == ("48.6亿元", "4860000000", "元", "money")
    assert first["subject"] == "滨河市" and first["article"] == "新区交通建设提速" and first["warnings"] == "conflict"
    assert first["location"].endswith("page.txt:3:41") and "48.6亿元" in first["sentence"]
    second = dict(zip(header, rows[1]))
    assert (second["change"], second["change_base"], second["warnings"]) == ("increase", "同比", "conflict")
    assert dict(zip(header, rows[2]))["warnings"] == ""


def test_csv_cells_are_spreadsheet_safe(tmp_path):
    from pipeline.desk.table import export_csv

    hostile = "=HYPERLINK(\"http://x.example\")标题\n\n本报讯 某市今年新建公园12个,\x1b]0;t\x07市民满意率达95%。\n"
    run = sample_run(tmp_path, hostile, "h.txt", with_warning=False)
    export_csv(run, tmp_path / "h.csv")
    header, *rows = _read_csv(tmp_path / "h.csv")
    cells = [c for row in rows for c in row]
    assert not any(ch in c for c in cells for ch in CONTROL_CHARS + "\n\r")
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert all(len(row) == len(header) for row in rows)


@pytest.mark.parametrize("args, written", [
    (["--format", "csv"], "out/claims.csv"),
    (["--format", "csv", "-o", "{tmp}/sheet.csv"], "sheet.csv"),
    (["--format", "csv", "-o", "{tmp}"], "claims.csv"),  # a folder: claims.csv inside it
])
def test_export_csv_command(run_dir, tmp_path, args, written):
    from pipeline.cli import app

    out = write_run(tmp_path / "out", list(load_desk(run_dir).articles.values()))
    args = [a.format(tmp=tmp_path) for a in args]
    result = CliRunner().invoke(app, ["export", str(out), *args])
    assert result.exit_code == 0, result.output
    assert "claims=8" in result.output
    assert len(_read_csv(tmp_path / written)) == 9


def test_export_of_a_folder_without_a_run_says_what_to_pass(tmp_path):
    from pipeline.cli import app

    for fmt in ("csv", "eval"):
        result = CliRunner().invoke(app, ["export", str(tmp_path), "--format", fmt, "-o", str(tmp_path / "x")])
        assert result.exit_code == 1 and "zhnews run -o" in result.output


@pytest.mark.parametrize("name", ["pipeline.desk.sanitize", "pipeline.desk.messages", "pipeline.desk.present",
                                  "pipeline.desk.table", "pipeline.claims.consistency", "pipeline.claims.totals"])
def test_desk_docstring_examples(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0, name


def test_terminal_table_and_blocks_hold_no_control_sequence_from_hostile_text(tmp_path):
    from rich.console import Console

    run = sample_run(tmp_path, CONTROL, "control.txt")
    desk = load_desk(run)
    console = Console(record=True, width=180, color_system=None)  # no styling escapes of its own
    console.print(claim_table(desk, desk.claims, RawLocator()))
    for card in claim_cards(desk, desk.claims, RawLocator()):
        console.print(card, soft_wrap=True)
    for line in warning_lines(desk, desk.claims, RawLocator()):
        console.print(line, markup=False)
    shown = console.export_text()
    assert "12个" in shown and not any(char in shown for char in CONTROL_CHARS)


def test_min_value_filter_reads_figures_too_big_for_a_float():
    digits = "9" * 400
    figure = schema.Figure(start=0, end=400, text=digits, id="f", value=None, value_exact=digits, unit="", kind="count")
    claim = schema.Claim(id="c", article_id="a", figure_id="f", figure=figure, sentence=_span(0, 400))
    assert claim_matches(claim, ClaimFilter(min_value=1e300))
    assert not claim_matches(claim.model_copy(update={"figure": figure.model_copy(update={"value_exact": "5"})}),
                             ClaimFilter(min_value=50))
