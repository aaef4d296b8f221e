"""A page dump -> logical lines: stripped spans, blank gaps, indents, hard wraps undone.

Page dumps come in several conventions (blank line between blocks, U+3000
indents with single newlines, no blank lines at all, CRLF, PDF text wrapped
at a fixed width). This module turns any of them into the same thing: a list
of :class:`Line`, one per printed block (paragraph, headline, caption ...),
each knowing the blank lines before it, whether it was indented, and the raw
pieces it is made of. A paragraph that PDF extraction wrapped over five raw
lines is one Line of five pieces, so every later span still reads back from
the raw text piece by piece.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.layout import bylines, rules, web_lines
from pipeline.text.normalize import fold_width

#: Blank characters around a line's text; a form feed (a PDF page break) and a vertical tab are blank too.
STRIP = " \t\r\f\v\u3000\ufeff\u00a0"
#: Shortest wrap width believed: narrower "widths" are headline lengths.
_MIN_WRAP = 16
#: A narrower width is a column (a brief set 13 characters wide) when this many lines fill it,
#: and never below :data:`_MIN_COLUMN`.
_NARROW_LINES, _MIN_COLUMN = 12, 10
#: Share of the lines at least as long as the wrap width that must be exactly it.
_WRAP_SHARE = 0.6


class Pieced:
    """Text made of raw ``pieces`` [(start, end), ...]: its bounds in the raw dump."""

    __slots__ = ()
    pieces: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass(slots=True)
class Line(Pieced):
    """One logical line: its raw pieces, folded text (same length), blank lines before it."""

    pieces: list[tuple[int, int]]
    text: str  # folded content, the concatenation of the pieces' folds
    gap: int
    indented: bool = False
    width: int = 0  # printed width of its last raw line, indent included (for wrap detection)
    cells: float = 0.0  # the cells that raw line fills, an ASCII character half a cell (see _cells)
    role: str = "body"
    furniture: bool = field(default=False)
    after_furniture: bool = field(default=False)  # page furniture (a page label, a header) stood right before it

    def span(self, a: int, b: int) -> list[tuple[int, int]]:
        """Raw pieces covering ``text[a:b]`` (empty when ``a >= b``)."""
        out, offset = [], 0
        for start, end in self.pieces:
            length = end - start
            lo, hi = max(a, offset), min(b, offset + length)
            if lo < hi:
                out.append((start + lo - offset, start + hi - offset))
            offset += length
        return out


def raw_lines(raw: str, folded: str) -> list[Line]:
    """Non-blank raw lines, one piece each, with blank lines before and indent flags."""
    lines: list[Line] = []
    gap = position = 0
    for chunk in raw.split("\n"):
        left = len(chunk) - len(chunk.lstrip(STRIP))
        right = len(chunk.rstrip(STRIP))
        if right <= left:
            gap += 1
        else:
            start, end = position + left, position + right
            indented = left > 0 and "\u3000" in chunk[:left] or left >= 2
            lines.append(Line([(start, end)], folded[start:end], gap, indented=indented, width=right,
                              cells=_cells(chunk[:right])))
            gap = 0
        position += len(chunk) + 1
    return lines


def wrap_width(lines: list[Line]) -> int | None:
    """The fixed width PDF extraction wrapped this dump at, or None when it was not wrapped.

    A wrapped dump has one line length far more common than any other among
    its long lines, and few longer lines (a headline or caption left whole):
    paragraphs fill whole lines and end on a shorter one. A line of more characters
    that fills no more cells (digits print in half a cell) is as wide as the others.
    Lengths are counted in characters, or in cells where more lines are then exactly as wide
    (an extractor that kept the column's printed width): then every line's width becomes its cells.
    """
    by_chars = _fit(lines, [line.width for line in lines])
    by_cells = _fit(lines, [math.ceil(line.cells) for line in lines])
    if by_cells is not None and (by_chars is None or by_cells[1] > by_chars[1]):
        for line in lines:
            line.width = math.ceil(line.cells)
        return by_cells[0]
    return by_chars[0] if by_chars is not None else None


def _fit(lines: list[Line], widths: list[int]) -> tuple[int, int] | None:
    """(width, how many lines are that wide) for one way of counting, or None. A narrow column
    (a brief set 13 characters wide) is believed below :data:`_MIN_WRAP` when many lines fill it;
    the lines of a wider column beside it (a lead story) are not lines left whole."""
    lengths = Counter(widths)
    if not lengths:
        return None
    width, count = max(lengths.items(), key=lambda kv: (kv[1], kv[0]))
    if width < _MIN_WRAP and count < _NARROW_LINES or width < _MIN_COLUMN or count < 4:
        return None
    at_least = sum(n for length, n in lengths.items() if length >= width - 1)
    narrow = sum(1 for line, w in zip(lines, widths) if w > width and line.cells <= width + 0.5)  # numbers
    wider = _other_width(lengths, width, lengths.get(width, 0) + lengths.get(width - 1, 0))
    beside = lengths.get(wider, 0) + lengths.get(wider - 1, 0) + lengths.get(wider + 1, 0) if wider else 0
    longer = sum(n for length, n in lengths.items() if length > width) - narrow - beside
    exact = count + lengths.get(width - 1, 0) + narrow
    if exact < _WRAP_SHARE * at_least or longer > max(3, exact // 4):
        return None
    return width, exact


def second_width(lines: list[Line], width: int) -> int | None:
    """A second column width of the dump, or None: a page's stories are set in columns of more
    than one width (a lead story across two, a brief in one), so its lines fill two lengths. A
    length other than ``width`` (two or more apart) that a quarter as many lines fill is one."""
    lengths = Counter(line.width for line in lines)
    return _other_width(lengths, width, lengths.get(width, 0) + lengths.get(width - 1, 0))


def _other_width(lengths: Counter, width: int, main: int) -> int | None:
    """The common length other than ``width`` (two or more apart) that a sixth as many lines fill."""
    other = [(n + lengths.get(w - 1, 0), w) for w, n in lengths.items()
             if w >= _MIN_WRAP and abs(w - width) >= 2 and n >= 4]
    best = max(other, default=None)
    return best[1] if best is not None and best[0] >= main / 6 else None


#: A number cut by the wrap from its multiplier or unit (…达到229.2 / 万件): the line runs on, headline or not.
_NUMBER_CUT, _UNIT_OPENS = re.compile(r"[0-9][.．]?[0-9]*$"), re.compile(r"[万亿千百%％]")


def reflow(lines: list[Line], width: int, folded: str, other: int | None = None) -> list[Line]:
    """Join each full-width line with the next line of the same block (no blank line between).

    A line one short of the width counts as full (wide punctuation pushed the
    extractor over); so does an unfinished line as wide as ``other``, a second
    column width. Never joined: an indented line (a new paragraph), page
    furniture, a web meta or editor line; and in a dump whose paragraphs are
    indented, a full line that is not a paragraph's (a headline exactly as
    wide as the column). A PDF page break inside a sentence (its page number,
    a form feed, the next page's running head) is stepped over: the line after
    it continues the full line before it, and the furniture stays a line of its
    own. A space the wrap left at a line's end or start is kept in the joined
    text (it may separate two names of a byline).
    """
    indented_dump = sum(line.indented for line in lines) >= 0.15 * len(lines)
    out: list[Line] = []
    first_indented: list[bool] = []
    last_text = -1  # index in ``out`` of the last line that is no furniture
    across_page = False  # furniture came since that line: a finished sentence there ended the page
    after_page_number = False
    for line in lines:
        prev = out[last_text] if last_text >= 0 else None
        furniture = rules.is_page_furniture(line.text, folded=True) or after_page_number and _running_head(line, prev, folded)
        line.furniture = line.furniture or furniture
        after_page_number = bool(rules.PAGE_NUMBER.match(line.text))
        full = prev is not None and (_full(prev, width) or other is not None and _full(prev, other)
                                     and not rules.is_terminated(prev.text))  # a narrower or wider column's
        if (prev is not None and line.gap == 0 and not (across_page and rules.is_terminated(prev.text)) and full and not line.indented
                and (not indented_dump or first_indented[last_text] or len(prev.pieces) > 1
                     or _NUMBER_CUT.search(prev.text) and _UNIT_OPENS.match(line.text))  # 达到229.2|万件
                and (indented_dump or not _headline_over_lead(prev, line))
                and not furniture and not web_lines.is_meta_line(line.text) and not web_lines.is_editor_line(line.text)):
            (a, b), (c, d) = prev.pieces[-1], line.pieces[0]
            if folded[b:b + 1] in (" ", "\u3000"):
                prev.pieces[-1], prev.text = (a, b + 1), prev.text + folded[b]
            elif c and folded[c - 1] in (" ", "\u3000"):
                c -= 1
            prev.pieces.append((c, d))
            prev.text += folded[c:d]
            prev.width, prev.cells = line.width, line.cells
            across_page = False
        else:
            out.append(line)
            first_indented.append(line.indented)
            if not furniture:
                last_text = len(out) - 1
            across_page = furniture
    return out


#: A paragraph's opening date and its comma (11月13日,), or a time word's (近日，): a lead starts here.
_DATED_OPENING = re.compile(r"^\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日)[,，]")
#: Marks a headline does not hold but a line of running text usually does.
_TEXT_MARKS = re.compile(r"[,，。；;:：、!！?？]")


def _headline_over_lead(prev: Line, line: Line) -> bool:
    """Is the full-width ``prev`` a headline exactly as wide as the column, over a lead (一行标题 /
    11月13日,《某报》记者从…; 本报讯…)? A line that starts a block, holds no mark of running text,
    over a line opening with a dateline, a source or a dated lead: no wrap joins them. (A dump whose
    paragraphs are indented tells its headlines by the indent.)"""
    return (len(prev.pieces) == 1 and not _TEXT_MARKS.search(prev.text)
            and (bylines.lead_source(line.text) is not None or _DATED_OPENING.match(line.text) is not None))


#: How much shorter than the wrap width a line cut mid-clause may be and still be full: extractors
#: and typesetters end a line early before a number or a word they do not break (…慰问贫困 / 残疾人…).
_SHORT_BY = 3
#: How much longer than the wrap width a wrapped line may be: a line of numbers holds more characters
#: than one of Chinese in the same column (436.88万亩,比2022年增长2.34万亩,).
_LONG_BY = 3


def _full(line: Line, width: int) -> bool:
    """A line as wide as the wrap (one short: wide punctuation pushed the extractor over), or a few
    characters short when it stops mid-clause, after a comma of its own and on no sentence mark."""
    if width - 1 <= line.width <= width or line.width > width and width - 1 <= line.cells <= width + 0.5:
        return True  # (…拥有量达到229.2: more characters than the column, as many cells)
    if line.width > width and (line.width <= width + _LONG_BY or line.cells <= width + 0.5):
        # digits and Latin letters print in half a cell: more of them fit in the column
        return re.search(r"[,，、;；]", line.text) is not None and not rules.is_terminated(line.text)
    # a comma of its own, or lines of a paragraph already joined above it: running text, no headline
    return (width - _SHORT_BY <= line.width < width - 1 and (re.search(r"[,，、]", line.text) is not None
                                                             or len(line.pieces) > 1)
            and not rules.is_terminated(line.text) and not line.text.endswith((":", "：")))


def _cells(text: str) -> float:
    """The cells ``text`` fills in a printed column: a wide character one, an ASCII one half."""
    return sum(0.5 if char.isascii() else 1.0 for char in text)


#: Longest running head read at the top of a PDF page (paper, date, section: 江城日报 经济).
_RUNNING_HEAD_MAX = 20


def _running_head(line: Line, before: Line | None, folded: str) -> bool:
    """The first line of a PDF page after its page number and form feed, when the sentence before the
    break goes on after it: a short line with no sentence mark (the paper's running head), not text."""
    start = line.pieces[0][0]
    return (folded[start - 1:start] == "\f" and len(line.text) <= _RUNNING_HEAD_MAX
            and not re.search(r"[。!?;,:、]", line.text) and before is not None and not rules.is_terminated(before.text))


def page_lines(raw: str, folded: str | None = None) -> list[Line]:
    """Logical lines of a dump: raw lines, hard wraps undone, page furniture flagged."""
    folded = fold_width(raw) if folded is None else folded
    lines = raw_lines(raw, folded)
    width = wrap_width(lines)
    if width:
        lines = reflow(lines, width, folded, other=second_width(lines, width))
    repeated = Counter(line.text for line in lines if len(line.text) <= rules.HEADER_MAX)
    top = _running_head_at_top(lines, repeated)
    for line in lines:
        line.furniture = line.furniture or rules.is_page_furniture(line.text, folded=True) or (
            repeated[line.text] >= 2 and rules.is_header_line(line.text)) or line.text == top
    return lines


def _running_head_at_top(lines: list[Line], repeated: Counter) -> str | None:
    """The dump's first line when it comes back lower down, a short line with no sentence mark (三农资讯·
    乡村振兴专刊 at the top and again inside a column): the page's running head, with or without a date.
    Not a headline that a jump repeats over its continuation (某某标题 / (上接第1版))."""
    if not lines:
        return None
    text = lines[0].text
    if repeated[text] < 2 or len(text) > _RUNNING_HEAD_MAX or re.search(r"[。!?;,:、]", text):
        return None
    after = [b for a, b in zip(lines, lines[1:]) if a.text == text]
    return None if any(rules.CONTINUED_FROM.match(b.text) for b in after) else text
