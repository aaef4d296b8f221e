"""Page dump -> articles: roles for lines, article boundaries, rejoined paragraphs.

A dump is read line by line (every span in raw offsets). Each line gets a role
from its own cues (:mod:`pipeline.layout.rules`) and its neighbours:

- a short line with no clause punctuation and no end mark is a *heading-like*
  line: a headline, a kicker, a subtitle, a section heading or a caption;
- a run of heading-like lines followed by text opens a new article when the
  current one is closed (an end byline or credits were seen), when it is a
  news item (it opened with 本报讯 or a dateline: news items have no section
  headings), when the run has two lines or more (kicker + title), or when the
  text after it is a lead source line; otherwise it is a section heading;
- a body line that ends without end punctuation continues in the next body
  line of the same article (a column or page break), skipping any caption
  dropped in between; a short unterminated line squeezed between two such
  pieces is that caption.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.layout import rules
from pipeline.text.normalize import fold_width

_STRIP = " \t\r\u3000\ufeff\u00a0"


@dataclass(slots=True)
class Line:
    """One non-blank raw line: content span (stripped) and blank lines before it."""

    start: int
    end: int
    text: str  # folded content, same length as raw[start:end]
    gap: int
    role: str = "body"


@dataclass(slots=True)
class Unit:
    """A unit of article text with one role, made of one or more raw pieces."""

    role: str  # kicker | title | subtitle | heading | body | caption | byline | credits
    pieces: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass(slots=True)
class ArticleLayout:
    """Where everything of one article is in the raw text."""

    index: int
    raw: str = field(repr=False, default="")
    units: list[Unit] = field(default_factory=list)
    source_line: tuple[int, int] | None = None
    reporters: list[tuple[int, int]] = field(default_factory=list)
    continued_from: tuple[int, int] | None = None
    continued_to: tuple[int, int] | None = None
    truncated: bool = False
    opened_by_source: bool = False
    closed: bool = False

    @property
    def start(self) -> int:
        return min(u.start for u in self.units)

    @property
    def end(self) -> int:
        return max(u.end for u in self.units)

    def first(self, role: str) -> Unit | None:
        return next((u for u in self.units if u.role == role), None)


def split_lines(raw: str, folded: str | None = None) -> list[Line]:
    """Non-blank lines with stripped content spans and the blank lines before each.

    ``folded``: ``fold_width(raw)`` when the caller has it already.
    """
    lines: list[Line] = []
    gap = 0
    position = 0
    if folded is None:
        folded = fold_width(raw)  # once per page: folding keeps offsets, so its slices are the lines' folds
    for chunk in raw.split("\n"):
        left = len(chunk) - len(chunk.lstrip(_STRIP))
        right = len(chunk.rstrip(_STRIP))
        if right <= left:
            gap += 1
        else:
            start, end = position + left, position + right
            lines.append(Line(start, end, folded[start:end], gap))
            gap = 0
        position += len(chunk) + 1
    return lines


def _classify(lines: list[Line]) -> None:
    """Give every line a role from its own cues; neighbours are looked at later."""
    for line in lines:
        text = line.text
        if rules.is_page_furniture(text, folded=True):
            line.role = "page"
        elif rules.CONTINUED_FROM.match(text) or rules.continued_to(text) or rules.LEAD_SOURCE.match(text):
            # a marker or lead line (本报讯(记者 X)), alone or with body text: body either way
            line.role = "body"
        elif rules.CREDIT_LINE.match(text) or len(text) <= 40 and rules.team_line(text):
            line.role = "credits"
        elif len(text) <= 40 and rules.BYLINE_LINE.match(text):
            line.role = "byline"
        elif rules.is_enumerated_heading(text, folded=True):
            line.role = "heading"
        elif rules.looks_like_heading(text, folded=True):
            line.role = "caption" if rules.CAPTION_CUE.search(text) else "headlike"
        else:
            line.role = "body"


def _mark_inline_captions(lines: list[Line]) -> None:
    """A short unterminated line between an unterminated body piece and more body is a caption."""
    for i in range(1, len(lines) - 1):
        before, line, after = lines[i - 1], lines[i], lines[i + 1]
        if (  # cheap tests first
            before.role == "body"
            and line.role in ("body", "headlike")
            and after.role in ("body", "headlike")
            and len(line.text) <= rules.CAPTION_MAX
            and not rules.CONTINUED_FROM.match(line.text)
            and not rules.is_terminated(before.text)
            and not rules.continued_to(before.text)  # continued elsewhere: no break here
            and not rules.is_terminated(line.text)
        ):
            line.role = "caption"


def _mark_captions_before_bylines(lines: list[Line]) -> None:
    """A short unterminated line right before an article's closing byline is its picture's caption.

    A closing byline is one followed by a new headline or by nothing; a byline
    followed by body text opens its article and is left alone.
    """
    for i in range(1, len(lines) - 1):
        before, line, byline = lines[i - 1], lines[i], lines[i + 1]
        after = lines[i + 2] if i + 2 < len(lines) else None
        if (
            byline.role == "byline"
            and (after is None or after.role != "body")
            and line.role in ("body", "headlike")
            and len(line.text) <= rules.CAPTION_MAX
            and before.role == "body"
            and not rules.is_terminated(line.text)
            and rules.is_terminated(before.text)
        ):
            line.role = "caption"


def _typical_gap(lines: list[Line]) -> int:
    """The most common number of blank lines between body lines of this dump."""
    counts: dict[int, int] = {}
    for line in lines:
        if line.role == "body":
            counts[line.gap] = counts.get(line.gap, 0) + 1
    return max(counts, key=lambda g: (counts[g], -g)) if counts else 1


def _mark_trailing_captions(lines: list[Line]) -> None:
    """A heading-like line set off by a wider gap than usual, right before a new headline
    run, hangs at the foot of the previous article: a caption of its picture."""
    typical = _typical_gap(lines)
    for i in range(1, len(lines) - 1):
        line, after = lines[i], lines[i + 1]
        if line.role == "headlike" and line.gap > typical and after.role == "headlike" and after.gap <= line.gap:
            if lines[i - 1].role in ("body", "caption") and rules.is_terminated(lines[i - 1].text):
                line.role = "caption"


def _opens_article(current: ArticleLayout | None, run: list[Line], following: Line | None,
                   after_following: Line | None) -> bool:
    """Whether a run of heading-like lines starts a new article (see module docstring)."""
    if current is None or current.closed or current.opened_by_source or len(run) >= 2:
        return True
    if following is None:
        return False
    opening_byline = following.role == "byline" and after_following is not None and after_following.role == "body"
    return opening_byline or bool(rules.LEAD_SOURCE.match(following.text))


def _title_roles(count: int, run: list[Line]) -> list[str]:
    """Roles of a headline run: title; kicker + title; title + —subtitle; kicker + title + subtitle."""
    if count == 1:
        return ["title"]
    if count == 2:
        return ["title", "subtitle"] if run[1].text.startswith(("—", "-")) else ["kicker", "title"]
    return ["kicker", "title"] + ["subtitle"] * (count - 2)


def _handle_body(article: ArticleLayout, line: Line) -> list[Unit]:
    """A body line: peel a continuation marker and a lead source line off its front,
    a (下转X版) marker or a closing (记者 X) byline off its end."""
    text, start, end = line.text, line.start, line.end
    closing = None
    marker = rules.CONTINUED_FROM.match(text)
    if marker:
        article.continued_from = (start + marker.start("page"), start + marker.end("page"))
        text, start = text[marker.end():], start + marker.end()
        offset = len(text) - len(text.lstrip(_STRIP))
        text, start = text[offset:], start + offset
    tail = rules.continued_to(text)
    if tail:
        article.continued_to = (start + tail.start("page"), start + tail.end("page"))
        article.closed = True  # the rest is on another page: what follows here is a new article
        end = start + len(text[: tail.start()].rstrip(_STRIP))
    byline = rules.TRAILING_BYLINE.search(text[: end - start])
    if byline and not rules.is_terminated(text[: byline.start()]):
        byline = None  # 本报讯(记者 X) alone on its line opens an article; it does not close one
    if byline:  # …播种。(记者 苏雅琴): names, and the article ends here
        names_at = start + byline.start()
        article.reporters += [(names_at + a, names_at + b) for a, b in rules.reporter_names(byline.group())]
        article.closed = True
        closing = Unit("byline", [(names_at, start + byline.end())])
        end = start + len(text[: byline.start()].rstrip(_STRIP))
    lead = rules.LEAD_SOURCE.match(text)
    if lead and not any(u.role == "body" for u in article.units):
        article.source_line = (start + lead.start("cue"), start + lead.end("cue"))
        article.opened_by_source = True
        if lead.group("paren"):
            base = start + lead.start("paren")
            article.reporters += [(base + a, base + b) for a, b in rules.reporter_names(lead.group("paren"))]
    body = Unit("body", [(start, end)]) if start < end else None  # None: the line held only a marker
    return [u for u in (body, closing) if u is not None]


def _join_broken(article: ArticleLayout, folded: str) -> None:
    """Rejoin body units cut by a column or page break; captions between them move after."""
    units, out = article.units, []
    pending_captions: list[Unit] = []
    open_body: Unit | None = None
    for unit in units:
        if unit.role == "caption" and open_body is not None:
            pending_captions.append(unit)
            continue
        if unit.role == "body" and open_body is not None:
            open_body.pieces.extend(unit.pieces)
        else:
            out.extend(pending_captions)
            pending_captions = []
            out.append(unit)
            if unit.role != "body":
                open_body = None
                continue
            open_body = unit
        out.extend(pending_captions)
        pending_captions = []
        last = open_body.pieces[-1]
        open_body = open_body if not _piece_terminated(folded, last) else None
    out.extend(pending_captions)
    article.units = out


def _piece_terminated(folded: str, piece: tuple[int, int]) -> bool:
    """Whether a raw piece ends a sentence; ``folded`` is the page's fold (a slice of it is the piece's fold)."""
    return rules.is_terminated(folded[piece[0]:piece[1]])


def _first_mentions(raw: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each reporter once: a lead (记者 X) and a closing 本报记者 X often name the same person."""
    seen: set[str] = set()
    kept = []
    for start, end in spans:
        if raw[start:end] not in seen:
            seen.add(raw[start:end])
            kept.append((start, end))
    return kept


def dump_date(raw: str, lines: int = 8) -> str | None:
    """The publication date printed on the page (its dateline among the first lines), if any."""
    for line in split_lines(raw[:2000])[:lines]:
        found = rules.page_date(line.text)
        if found:
            return found
    return None


def split_articles(raw: str) -> list[ArticleLayout]:
    """Split a page dump into articles with roles, reporters, markers and joins."""
    folded = fold_width(raw)
    lines = split_lines(raw, folded)
    _classify(lines)
    lines = [line for line in lines if line.role != "page"]
    _mark_inline_captions(lines)
    _mark_captions_before_bylines(lines)
    _mark_trailing_captions(lines)
    articles: list[ArticleLayout] = []
    current: ArticleLayout | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.role == "headlike":
            j = i
            while j < len(lines) and lines[j].role == "headlike":
                j += 1
            run, following = lines[i:j], lines[j] if j < len(lines) else None
            after_following = lines[j + 1] if j + 1 < len(lines) else None
            if _opens_article(current, run, following, after_following):
                current = ArticleLayout(len(articles), raw)
                articles.append(current)
                for role, item in zip(_title_roles(len(run), run), run):
                    current.units.append(Unit(role, [(item.start, item.end)]))
            else:
                current.units += [Unit("heading", [(item.start, item.end)]) for item in run]
            i = j
            continue
        if current is None:
            current = ArticleLayout(len(articles), raw)
            articles.append(current)
        if line.role == "body":
            current.units += _handle_body(current, line)
        elif line.role == "byline":
            current.units.append(Unit("byline", [(line.start, line.end)]))
            current.reporters += [(line.start + a, line.start + b) for a, b in rules.reporter_names(line.text)]
            has_body = any(u.role == "body" for u in current.units)
            current.closed = has_body
        elif line.role == "credits":
            current.units.append(Unit("credits", [(line.start, line.end)]))
            current.reporters += [(line.start + a, line.start + b) for a, b in rules.credit_author_names(line.text)]
            current.closed = True
        else:  # heading, caption
            current.units.append(Unit(line.role, [(line.start, line.end)]))
        i += 1
    articles = [a for a in articles if a.units]  # a dump of markers only has no article
    for article in articles:
        article.reporters = _first_mentions(raw, article.reporters)
    for index, article in enumerate(articles):
        article.index = index
        _join_broken(article, folded)
        bodies = [u for u in article.units if u.role == "body"]
        article.truncated = bool(bodies) and article.continued_to is None and not _piece_terminated(
            folded, bodies[-1].pieces[-1]
        )
    return articles
