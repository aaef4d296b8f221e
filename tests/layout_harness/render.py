"""Lay article records out as page dumps in the conventions real dumps use, recording the truth.

The metamorphic layout test renders the same records in every convention
(and mixes of them) and expects the same articles, titles, reporters and
rejoined sentences back. The renderer writes a dump line by line and keeps,
for each article, where it starts and ends and where every column break cut
a sentence, so the test can check spans as well as texts.

A record has the fields of ``../shared/layout/articles/*.json`` (only those
used here): kicker, title, subtitle, paragraphs (the lead as printed opens
the first), lead_reporters, byline_line, closing_byline, meta_line,
meta_authors, editors, captions ({text, after: "title" | paragraph index |
"break", inside the column break, after the paragraph where there is none}),
subheads ({text, before: paragraph index}).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: ASCII marks widened in the full-width conventions (not between digits: 15:14, 3.5).
_WIDE = {",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "!": "！", "?": "？"}
IDEOGRAPHIC_SPACE = "\u3000"


@dataclass(frozen=True)
class Convention:
    """How a page is printed: marks, blank lines, indents, line ends, wrapping, furniture, breaks."""

    name: str
    wide: bool = True  # full-width ，（）：
    gap: int = 1  # blank lines between blocks of an article
    article_gap: int = 1  # blank lines between articles
    indent: str = ""  # before each paragraph
    newline: str = "\n"
    wrap: int = 0  # hard-wrap paragraphs at this many characters (PDF text)
    header: str = ""  # page header printed at the top and inside the first column break
    breaks: bool = False  # cut the longest paragraph of each article mid-sentence (a column break)
    break_gap: int = 1  # blank lines in a column break (0: a bare newline mid-sentence)
    captions_in_breaks: bool = False  # a caption printed after the cut paragraph drops into its break
    closing_glued_jump: bool = False  # the first article of a page ends with (下转第N版), the last opens (上接…)
    editor: str = "(责任编辑:{})"  # how a web article's editor line is printed
    jump_line: bool = False  # the first article of a page ends with a (下转第4版) line, the last opens (上接第1版)
    header_between: bool = False  # the page header is printed again between articles
    stack_gap: int = 0  # blank lines between the lines of a headline stack
    pdf_page_lines: int = 0  # PDF text: every this many lines a page number, a form feed and the running head


CONVENTIONS = (
    Convention("blank_fw", breaks=True),
    Convention("blank_ascii", wide=False, breaks=True, captions_in_breaks=True, stack_gap=1),
    Convention("indent_fw", gap=0, article_gap=2, indent=IDEOGRAPHIC_SPACE * 2, breaks=True, jump_line=True),
    Convention("tight_ascii", wide=False, gap=0, article_gap=0, breaks=True, break_gap=0),
    Convention("tight_crlf_fw", gap=0, article_gap=0, newline="\r\n", breaks=True, break_gap=0),
    Convention("crlf_blank", newline="\r\n", breaks=True, stack_gap=1),
    Convention("pdf_wrap_indent", gap=0, article_gap=1, indent=IDEOGRAPHIC_SPACE * 2, wrap=26),
    Convention("pdf_wrap_blank", wrap=30),
    Convention("pdf_pages_wrap", wrap=30, header="江城日报  2025年9月21日  星期日", pdf_page_lines=23),
    Convention("pdf_pages_indent", gap=0, indent=IDEOGRAPHIC_SPACE * 2, wrap=26, header="江城晚报 第5版 2025年9月21日",
               pdf_page_lines=19),
    Convention("furniture_blank", header="江城日报 2025年9月21日 星期日 第3版 城事 责编:林舟", breaks=True,
               header_between=True),
    Convention("web", article_gap=2),
    Convention("web_site_furniture", article_gap=2, newline="\r\n", header="首页 > 新闻中心 > 本地要闻",
               header_between=True),
    Convention("web_brackets_staff", article_gap=2, editor="【责任编辑:{}】", header="责任编辑:林舟 美术编辑:齐悦 校对:王冉"),
    Convention("mixed_indent_crlf_furniture", gap=0, article_gap=2, indent=IDEOGRAPHIC_SPACE * 2, newline="\r\n",
               header="江城日报 2025年9月21日 第A2版", breaks=True, closing_glued_jump=True),
)


@dataclass
class Expected:
    """What the layout must find for one rendered article."""

    title: str
    kicker: str | None
    subtitle: str | None
    reporters: list[str]
    start: int = 0
    end: int = 0
    breaks: list[tuple[int, int]] = field(default_factory=list)  # (end of piece before, start of piece after)
    captions: list[str] = field(default_factory=list)


def widen(text: str) -> str:
    """ASCII marks -> full-width ones, except between digits (times, decimals)."""
    return re.sub(r"(?<!\d)[,():;!?]|[,():;!?](?!\d)", lambda m: _WIDE[m.group()], text)


class _Page:
    """A dump being written; offsets are counted in characters of the final text."""

    def __init__(self, convention: Convention):
        self.c = convention
        self.parts: list[str] = []
        self.length = 0
        self.pending_blank = 0
        self.lines = 0

    def _write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def line(self, text: str, gap: int | None = None) -> tuple[int, int]:
        """Write one line after ``gap`` blank lines (default: the convention's); its content span."""
        self.lines += 1
        if self.c.pdf_page_lines and self.lines % self.c.pdf_page_lines == 0:
            # a PDF page ends: its number on a line of its own, a form feed, the next page's running head
            number = self.lines // self.c.pdf_page_lines + 1
            self._write(self.c.newline * 2 + f"- {number} -" + self.c.newline + "\f" + self.c.header)
        if self.parts:
            self._write(self.c.newline * (1 + (self.c.gap if gap is None else gap)))
        start = self.length
        self._write(text)
        return start, self.length

    def text(self, text: str) -> str:
        return widen(text) if self.c.wide else text

    def paragraph(self, text: str, gap: int | None = None) -> tuple[int, int, list[tuple[int, int]]]:
        """An indented paragraph, hard-wrapped when the convention wraps; (start, end, wrap joints)."""
        text = self.c.indent + self.text(text)
        if not self.c.wrap:
            start, end = self.line(text, gap)
            return start + len(self.c.indent), end, []
        pieces = [text[i:i + self.c.wrap] for i in range(0, len(text), self.c.wrap)]
        start, end = self.line(pieces[0], gap)
        for piece in pieces[1:]:
            _, end = self.line(piece, 0)
        return start + len(self.c.indent), end, []


def _cut_point(text: str) -> int | None:
    """Where a column break may cut a paragraph: after a comma near its middle, never at its end."""
    commas = [m.end() for m in re.finditer(r"[,，]", text) if 12 <= m.end() <= len(text) - 12]
    return min(commas, key=lambda i: abs(i - len(text) // 2)) if commas else None


def render(records: list[dict], convention: Convention, page_no: int = 1) -> tuple[str, list[Expected]]:
    """One page dump of ``records`` in ``convention`` and what the layout must find in it."""
    page, c = _Page(convention), convention
    out: list[Expected] = []
    if c.header:
        page.line(c.header, 0)
    header_used = False
    for number, record in enumerate(records):
        reporters = list(record.get("lead_reporters") or [])
        for holder in (record.get("byline_line"), record.get("closing_byline")):
            reporters += (holder or {}).get("names") or []
        reporters += record.get("meta_authors") or []
        exp = Expected(page.text(record["title"]), record.get("kicker") and page.text(record["kicker"]),
                       record.get("subtitle") and page.text(record["subtitle"]),
                       sorted(set(reporters)), captions=sorted(page.text(c["text"]) for c in record.get("captions") or []))
        gap = (c.article_gap if number or c.header else 0)
        if c.header_between and number:
            page.line(c.header, gap)
        first = True
        for head in (record.get("kicker"), record["title"], record.get("subtitle")):
            if head:
                start, end = page.line(page.text(head), gap if first else c.stack_gap)
                if first:
                    exp.start = start
                first = False
        captions = record.get("captions") or []
        if record.get("meta_line"):
            page.line(page.text(record["meta_line"]))
        for caption in captions:
            if caption["after"] == "title":
                page.line(page.text(caption["text"]))
        if record.get("byline_line"):
            page.line(page.text(record["byline_line"]["text"]))
        paragraphs = list(record["paragraphs"])
        closing = record.get("closing_byline")
        glued = closing and closing.get("position") == "end_of_last_paragraph"
        if glued:
            paragraphs[-1] = paragraphs[-1] + closing.get("sep", "") + closing["text"]
        if c.closing_glued_jump and number == 0 and len(records) > 1:
            paragraphs[-1] = paragraphs[-1] + "(下转第A4版)"
        if (c.closing_glued_jump or c.jump_line) and number == len(records) - 1 and number:
            paragraphs[0] = "(上接第A1版)" + paragraphs[0]
        longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
        if c.captions_in_breaks:  # cut the paragraph a caption follows, if its cut point allows
            longest = next((cap["after"] for cap in captions if isinstance(cap["after"], int)
                            and _cut_point(paragraphs[cap["after"]]) is not None), longest)
        for i, text in enumerate(paragraphs):
            for sub in record.get("subheads") or []:
                if sub["before"] == i:
                    page.line(page.text(sub["text"]))
            cut = _cut_point(text) if c.breaks and i == longest and not c.wrap else None
            if cut is None:
                _, end, _ = page.paragraph(text)
            else:
                _, before_end, _ = page.paragraph(text[:cut])
                if c.header and not header_used:
                    page.line(c.header, max(c.gap, c.break_gap))
                    header_used = True
                for caption in captions:
                    if caption["after"] == "break" or c.captions_in_breaks and caption["after"] == i:
                        # a picture's caption dropped into the column break
                        page.line(page.text(caption["text"]), max(c.gap, c.break_gap))
                after_start, end = page.line(page.text(text[cut:]), max(c.gap, c.break_gap))
                exp.breaks.append((before_end, after_start))
            for caption in captions:
                moved = cut is not None and c.captions_in_breaks and caption["after"] == i
                if caption["after"] == i and not moved or caption["after"] == "break" and cut is None and i == longest:
                    _, caption_end = page.line(page.text(caption["text"]))
                    end = caption_end if i == len(paragraphs) - 1 else end
        if closing and not glued:
            _, end = page.line(page.text(closing["text"]))
        if c.jump_line and number == 0 and len(records) > 1:
            _, end = page.line(page.text("(下转第4版)"))
        for editor in record.get("editors") or []:
            _, end = page.line(page.text(c.editor.format(editor)))
        exp.end = end
        out.append(exp)
    page._write(c.newline)
    return "".join(page.parts), out
