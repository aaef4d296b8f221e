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

from desk_fixtures import CONTROL, CONTROL_CHARS, HOSTILE, sample_run
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
    assert [h["data-key"] for h in heads][:3] == ["text", "value", "unit"]
    assert [h["data-type"] for h in heads][:3] == ["num", "num", "text"]
    rows = [a for t, a in elements.tags if t == "tr" and "data-claim" in a]
    assert [r["class"] for r in rows[:3]] == ["claim warned", "claim warned", "claim"]
    assert "“&lt;b&gt;投资&lt;/b&gt; &amp; 客运”" in page


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
    assert "2篇文章、8条断言、1条警告" in result.output
    assert "<title>&lt;desk&gt;</title>" in target.read_text(encoding="utf-8")
    result = CliRunner().invoke(_app(), ["report", str(out), "-o", str(target), "--lang", "en"])
    assert result.exit_code == 0 and "articles=2 claims=8 warnings=1" in result.output
    assert "<title>zhnews report: out</title>" in target.read_text(encoding="utf-8")


def test_report_command_without_a_run(tmp_path):
    result = CliRunner().invoke(_app(), ["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1 and "zhnews run -o" in result.output


def _texts(page: str, css_class: str) -> list[str]:
    """Text (tags dropped) of every element whose class list starts with ``css_class``."""
    found = re.findall(rf'<(\w+) class="{css_class}[^"]*"[^>]*>(.*?)</\1>', page, re.S)
    return [re.sub(r"<[^>]*>", "", inner) for _, inner in found]


@pytest.mark.parametrize("lang, words, absent", [
    ("zh", ['lang="zh-CN"', ">原文数值</th>", ">标准值</th>", ">文件:行:列</th>", ">断言</h2>",
            "警告（1）", "2篇文章 · 8条断言 · 1条警告", "数值冲突", ">同比增长</td>", "条断言</p>"],
     [">value</th>", " claims</p>", ">increase"]),
    ("en", ['lang="en"', ">as written</th>", ">value</th>", ">file:line:col</th>", ">Claims</h2>",
            "Warnings (1)", "2 articles · 8 claims · 1 warnings", ">conflict<", ">increase (同比)</td>", " claims</p>"],
     [">原文数值</th>", ">同比增长</td><td class=\"col-sentence"]),
])
def test_page_speaks_the_asked_language(page_in, lang, words, absent):
    html = page_in(lang)
    assert all(word in html for word in words), [w for w in words if w not in html]
    assert not any(word in html for word in absent), [w for w in absent if w in html]


@pytest.fixture(scope="module")
def page_in(tmp_path_factory):
    out = sample_run(tmp_path_factory.mktemp("lang"))
    desk = load_desk(out)
    return lambda lang: render_page(desk, lang=lang)


def test_values_show_as_written_beside_the_number(page):
    cells = dict(zip(_texts(page, "col-text")[:1], _texts(page, "col-value")[:1]))
    assert cells == {"48.6亿元": "4,860,000,000"}
    assert "4860000000<" not in page


def test_each_title_is_shown_once(page):
    assert page.count("新区交通建设提速") == 1 and page.count("湖畔书屋迎来读者") == 1
    assert _texts(page, "para role-title") == ["新区交通建设提速", "湖畔书屋迎来读者"]


def test_untitled_article_is_labelled_by_its_first_words(tmp_path):
    out = sample_run(tmp_path, "本报讯 滨河市今年新建城市书屋25家，累计接待读者12万人次。\n", with_warning=False)
    html = render_page(load_desk(out))
    assert _texts(html, "label") == ["（无标题）本报讯 滨河市今年新建城市书屋25家…"]
    assert "article 1" not in html


def test_warnings_link_claims_by_their_place(page):
    section = page.split('<section id="warnings">', 1)[1].split("</section>", 1)[0]
    links = re.findall(r'<a class="to-claim" href="#c-([^"]+)"><code class="where" title="[^"]*">([^<]*)</code></a>',
                       section)
    assert [where.split(":", 1) for _, where in links] == [["page.txt", "3:41"], ["page.txt", "3:52"]]
    ids = {a["id"] for _, a in parse(page).tags if "id" in a}
    assert all(f"c-{claim}" in ids for claim, _ in links)
    assert not any(claim in re.sub(r"<[^>]*>", "", section) for claim, _ in links)  # no hash id shown
    assert [re.sub(r"<[^>]*>", "", v) for v in re.findall(r'<span class="value">(.*?)</span>', section)] == [
        "48.6亿元", "15.2%"]


def test_location_never_wraps(page):
    css = page.split("<style>", 1)[1].split("</style>", 1)[0]
    assert re.search(r"code\.where \{[^}]*white-space: nowrap", css)
    assert "break-all" not in css


def test_control_characters_never_reach_the_page(tmp_path):
    out = sample_run(tmp_path, CONTROL, "control.txt")
    html = render_page(load_desk(out))
    assert not any(char in html for char in CONTROL_CHARS)
    assert "evil.example" not in html and "市民满意率达" in html
