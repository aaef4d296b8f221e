"""The HTML report without a browser: escaping, self-containment, anchors, highlights."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
import typer
from typer.testing import CliRunner

from desk_fixtures import HOSTILE, sample_run
from pipeline import schema
from pipeline.desk.cli import report
from pipeline.desk.report import Mark, highlight, json_for_script, render_page, render_paragraph, write_report
from pipeline.desk.check import load_desk


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each script block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = sample_run(tmp_path_factory.mktemp("report"))
    path = out.parent / "report.html"
    write_report(out, path)
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory):
    out = sample_run(tmp_path_factory.mktemp("hostile"), HOSTILE, "hostile.txt")
    return render_page(load_desk(out))


@pytest.mark.parametrize("text, marks, expected", [
    ("abc", [], "abc"),
    ("a<b>c", [], "a&lt;b&gt;c"),
    ("12个", [Mark(0, 3, "fig", "12 个", "f1")],
     '<span class="fig" title="12 个" data-fig="f1">12个</span>'),
    ("x&y", [Mark(2, 3, "ent ent-ORG", 'O"RG')],
     'x&amp;<span class="ent ent-ORG" title="O&quot;RG">y</span>'),
    ("abcd", [Mark(0, 3, "fig", "F", "f"), Mark(2, 4, "ent", "E")],   # overlapping marks split
     '<span class="fig" title="F" data-fig="f">ab</span>'
     '<span class="fig ent" title="F | E" data-fig="f">c</span>'
     '<span class="ent" title="E">d</span>'),
])
def test_highlight(text, marks, expected):
    assert highlight(text, marks) == expected


@pytest.mark.parametrize("data, expected", [
    ({"t": "</script><b>&"}, '{"t":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}'),
    (["中文"], '["中文"]'),
])
def test_json_for_script(data, expected):
    assert json_for_script(data) == expected
    assert json.loads(json_for_script(data)) == data


def test_paragraph_across_a_break_keeps_sentence_anchor_and_highlights():
    raw = "今年投资12亿元，\n\n图片说明\n\n同比增长5%。"
    first, second = (0, 10), (raw.index("同比"), len(raw))
    joined = raw[0:10] + raw[second[0]:second[1]]
    sentence = schema.Sentence(start=0, end=second[1], text=joined, pieces=[first, second], id="a-s0")
    paragraph = schema.Paragraph(start=0, end=second[1], text=joined, pieces=[first, second], id="a-p0",
                                 role="body", sentences=[sentence])
    pct = raw.index("5%")
    figure = schema.Figure(start=pct, end=pct + 2, text="5%", id="a-f1", value=5, value_exact="5", unit="%",
                           kind="percent", sentence_id="a-s0")
    article = schema.ArticleRecord(
        id="a", doc_id="d", index=0, start=0, end=len(raw), truncated=False, paragraphs=[paragraph], figures=[figure],
        source=schema.SourceInfo(path="p", name="p", sha256="", encoding="utf-8", text_sha256=""))
    html = render_paragraph(article, paragraph)
    assert html.startswith('<p class="para role-body"><span class="sent" id="s-a-s0">')
    assert '同比增长<span class="fig" title="5 % · percent" data-fig="a-f1">5%</span>。' in html
    assert "图片说明" not in html


def test_page_is_self_contained(page):
    elements = parse(page)
    for tag, attrs in elements.tags:
        for name in ("src", "href", "action", "data", "poster", "srcset"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
        assert tag not in ("link", "iframe", "img", "object", "embed", "base", "form")
    assert not re.search(r"@import|@font-face|url\(|https?://", page)


def test_content_security_policy_allows_only_our_blocks(page):
    elements = parse(page)
    csp = next(a["content"] for t, a in elements.tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    code = [text for attrs, text in elements.scripts if "type" not in attrs]
    assert len(code) == 1
    digest = base64.b64encode(hashlib.sha256(code[0].encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in csp


def test_every_claim_row_links_to_an_existing_sentence(page):
    elements = parse(page)
    ids = {a["id"] for _, a in elements.tags if "id" in a}
    rows = [a for t, a in elements.tags if t == "tr" and "data-claim" in a]
    assert len(rows) == 8
    data = json.loads(next(text for attrs, text in elements.scripts if attrs.get("type") == "application/json"))
    assert [c["id"] for c in data["claims"]] == [r["data-claim"] for r in rows]
    for claim in data["claims"]:
        assert claim["sentence"] in ids and f"c-{claim['id']}" in ids
    links = [a["href"][1:] for t, a in elements.tags if t == "a" and "to-sentence" in a.get("class", "")]
    assert links and set(links) <= ids


def test_table_is_sortable_and_marks_warned_rows(page):
    elements = parse(page)
    heads = [a for t, a in elements.tags if t == "th"]
    assert [h["data-key"] for h in heads][:2] == ["value", "unit"] and heads[0]["data-type"] == "num"
    rows = [a for t, a in elements.tags if t == "tr" and "data-claim" in a]
    assert [r["class"] for r in rows[:3]] == ["claim warned", "claim warned", "claim"]
    assert "&lt;b&gt;differ&lt;/b&gt; &amp; cannot" in page


def test_figures_and_entities_are_highlighted(page):
    assert '<span class="fig" title="48.6亿元' not in page  # title is the normalized value
    assert 'data-fig="' in page and "ent ent-" in page
    assert re.search(r'class="fig"[^>]*>48\.6亿元</span>', page)


def test_hostile_text_stays_text(hostile_page):
    elements = parse(hostile_page)
    assert [t for t, _ in elements.tags if t in ("img", "b")] == []
    assert len(elements.scripts) == 2
    assert not any(name.startswith("on") for _, attrs in elements.tags for name in attrs)
    text = re.sub(r"<[^>]*>", "", hostile_page)  # real tags out (highlights split the text), entities stay
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=&quot;window.__pwned=2;alert(2)&quot;&gt;" in text
    body = hostile_page.split("<body>", 1)[1]
    assert body.count("<script") == 2 and body.count("</script>") == 2


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(report)
    app.command("noop")(lambda: None)  # two commands, so `report` is named as in zhnews
    return app


def test_report_command(tmp_path):
    out = sample_run(tmp_path)
    target = tmp_path / "site" / "r.html"
    result = CliRunner().invoke(_app(), ["report", str(out), "-o", str(target), "--title", "<desk>"])
    assert result.exit_code == 0, result.output
    assert "articles=2 claims=8 warnings=1" in result.output
    assert "<title>&lt;desk&gt;</title>" in target.read_text(encoding="utf-8")


def test_report_command_without_a_run(tmp_path):
    result = CliRunner().invoke(_app(), ["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1 and "zhnews run -o" in result.output
