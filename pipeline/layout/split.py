"""Page dump -> articles: roles for lines, article boundaries, rejoined paragraphs.

A dump becomes logical lines first (:mod:`pipeline.layout.lines`: blank gaps,
indents, hard wraps undone, page furniture flagged). Each line gets a role
from its own cues (:mod:`pipeline.layout.rules`, :mod:`pipeline.layout.bylines`):
page furniture (dropped), web meta and editor lines, bylines and credits,
captions, heading-like lines (short, no full stop) and body text. Then:

- a run of heading-like lines *may* open an article; whether it does is a
  score of independent cues, not an ordered cascade: the current article is
  closed (a closing byline, credits, an editor line, (下转X版)), a lead or a
  web meta line or an opening byline follows the run, the run is a stack of
  two lines or more, the blank gap before it is wider than the dump's usual
  gap between paragraphs, a picture caption follows it, the current article
  is a dateline news item that already has paragraphs (such items carry no
  sub-heads early on). Against
  it: the text before it breaks off mid-sentence. A run that does not open
  an article is a sub-head of the current one;
- a body line that ends without end punctuation continues in the next body
  line of the same article (a column or page break), skipping any caption
  dropped in between; a short unterminated line squeezed between two such
  pieces is that caption.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from pipeline.layout import bylines, rules
from pipeline.layout.lines import Line, page_lines
from pipeline.text.resources import load_lines
from pipeline.text.normalize import fold_width

_STRIP = " \t\r\u3000\ufeff\u00a0"
#: Score at which a heading-like run opens an article (see the module docstring).
OPEN_AT = 2
#: A caption opening with a date (9月4日,…) is a news photo's caption.
_DATED = re.compile(r"^\d{1,2}月\d{1,2}日")
#: Longest first line of a stack still read as a slogan kicker before a title holding a figure.
_SLOGAN_MAX = 8
#: A statistic in a headline: a number with a multiplier, a percent or a measure word.
_STATISTIC = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|[万亿千百]|多|余)*(?:%|[个人元所家项件吨台辆套次])")


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
    tail_end: int = 0  # end of its last raw line: a (下转X版) marker or credit after the last unit
    date: str | None = None  # ISO date of a web meta line (2022年03月25日 15:14 来源:…): when it was published


    @property
    def start(self) -> int:
        return min(u.start for u in self.units)

    @property
    def end(self) -> int:
        return max(max(u.end for u in self.units), self.tail_end)

    def first(self, role: str) -> Unit | None:
        return next((u for u in self.units if u.role == role), None)


def split_lines(raw: str, folded: str | None = None) -> list[Line]:
    """Logical lines of a dump (:func:`pipeline.layout.lines.page_lines`), furniture included."""
    return page_lines(raw, folded)


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(load_lines("surnames.txt"))


def _ends_text(text: str) -> bool:
    """Whether a line ends its text: a finished sentence, maybe followed by a closing credit."""
    return rules.is_terminated(text) or bylines.trailing_credit(text, _surnames()) is not None


def _classify(lines: list[Line]) -> None:
    """Give every line a role from its own cues; neighbours are looked at later."""
    for line in lines:
        text = line.text
        if line.furniture:
            line.role = "page"
        elif bylines.is_editor_line(text):
            line.role = "editor"
        elif rules.END_MARK.fullmatch(text):  # (完) on its own line closes the article
            line.role = "credits"
        elif bylines.is_meta_line(text) and not bylines.lead_source(text):
            line.role = "meta"
        elif rules.CONTINUED_FROM.match(text) or rules.continued_to(text) or bylines.lead_source(text):
            # a marker or lead line (本报讯(记者 X)), alone or with body text: body either way
            line.role = "body"
        elif rules.CREDIT_LINE.match(text) or len(text) <= 40 and rules.team_line(text):
            line.role = "credits"
        elif bylines.byline_line(text) is not None:
            line.role = "byline"
        elif rules.is_photo_caption(text):
            line.role = "caption"
        elif rules.is_enumerated_heading(text, folded=True):
            line.role = "heading"
        elif rules.headline_shape(text):
            line.role = "caption" if rules.CAPTION_CUE.search(text) else "headlike"
        else:
            line.role = "body"


def _mark_inline_captions(lines: list[Line]) -> None:
    """A short line between an unterminated body piece and more body is a caption
    (unterminated, or opening with a date as news photo captions do)."""
    for i in range(1, len(lines) - 1):
        before, line, after = lines[i - 1], lines[i], lines[i + 1]
        if (  # cheap tests first
            before.role == "body"
            and line.role in ("body", "headlike")
            and after.role == "body"  # (a headline after it: a title stack after a cut-off page end)
            and not rules.CONTINUED_FROM.match(line.text)
            and not _ends_text(before.text)
            and not rules.continued_to(before.text)  # continued elsewhere: no break here
            and (len(line.text) <= rules.CAPTION_MAX and not rules.is_terminated(line.text)
                 and not line.text.endswith((",", "，"))
                 or len(line.text) <= rules.CAPTION_CUED_MAX and _DATED.match(line.text) is not None
                 and before.text.endswith((",", "，", "、", ";", "；")))  # not 截至 | 9月4日,…: a cut phrase
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
            and _ends_text(before.text)
        ):
            line.role = "caption"


def _typical_gap(lines: list[Line]) -> int:
    """The most common number of blank lines between body lines of this dump."""
    counts: dict[int, int] = {}
    for line in lines:
        if line.role == "body":
            counts[line.gap] = counts.get(line.gap, 0) + 1
    return max(counts, key=lambda g: (counts[g], -g)) if counts else 1


def _mark_trailing_captions(lines: list[Line], typical: int) -> None:
    """A heading-like line set off by a wider gap than usual, right before a new headline
    run, hangs at the foot of the previous article: a caption of its picture."""
    for i in range(1, len(lines) - 1):
        line, after = lines[i], lines[i + 1]
        if (line.role == "headlike" and line.gap > typical and after.role == "headlike" and 0 < after.gap <= line.gap
                and rules.headline_shape(after.text) == "head" and not re.search("[,，]", after.text)):
            if lines[i - 1].role in ("body", "caption") and _ends_text(lines[i - 1].text):
                line.role = "caption"


def _open_score(current: ArticleLayout, run: list[Line], following: Line | None,
                after_following: Line | None, previous: Line | None, typical: int) -> int:
    """How strongly a run of heading-like lines says "a new article starts here" (module docstring)."""
    score = 0
    if current.closed:
        score += 3
    if following is not None:
        if following.role == "meta" or bylines.lead_source(following.text):
            score += 3
        elif following.role == "byline" and after_following is not None and after_following.role == "body":
            score += 3
    roles = _title_roles(run)
    stack = sum(role != "caption" for role in roles) >= 2
    if stack:
        score += 3
    if "caption" in roles or following is not None and following.role == "caption":
        score += 2  # a picture under a headline: pictures go with an article's head
    if run[0].gap > typical:
        score += 2
    if current.opened_by_source and sum(u.role == "body" for u in current.units) >= 2:
        score += 2
    if previous is not None and previous.role == "body" and not _ends_text(previous.text) \
            and not rules.continued_to(previous.text):
        score -= 1 if stack else 3  # a sentence broke off: this is inside the article (a caption, a sub-head)
    return score


def _title_roles(run: list[Line]) -> list[str]:
    """Roles of a headline stack: title; kicker + title; title + subtitle; kicker + title + subtitle.

    Without type sizes a stack of two is ambiguous; the cues read here: a
    line opening with a dash is a subtitle (——各地加强田间管理); a second
    line holding a statistic is a subtitle of facts (新增学位4500多个,
    地区生产总值同比增长5.6%; not a name like 中星20号) unless the first is a
    short slogan (民生实事加速落地 / 洛阳今年新建口袋公园86个: kicker + title);
    a second line twice as long as a short first is a subtitle spelling out
    the big-type title (硬"核"力量落地招远 / 首个配置冷却塔的…全面启动建设);
    otherwise the first of two is the kicker (引题 + 主题, the commoner print
    order); a first line ending in a colon, of four characters or fewer, or
    opening with a kicker word (聚焦, 走进) is a kicker whatever follows. A later
    line holding a comma, no dash and no statistic is a picture's caption.
    """
    texts = [line.text for line in run]
    roles = ["title"] * len(texts)
    heads = [i for i, t in enumerate(texts)
             if i == 0 or t.startswith(("—", "-")) or not re.search("[,，]", t) or _STATISTIC.search(t)]
    for i in range(1, len(texts)):
        if i not in heads:
            roles[i] = "caption"
    if len(heads) >= 2:
        first, second = texts[heads[0]], texts[heads[1]]
        # 第一比赛日:, 微报眼, 时事, 聚焦美丽云南建设: a column label or topic
        label = first.endswith(":") or len(first) <= 4 or bylines.kicker_start(first)
        subtitled = (second.startswith(("—", "-")) or len(second) >= 2 * len(first)
                     or _STATISTIC.search(second) and len(first) > _SLOGAN_MAX)
        if label or len(heads) >= 3 or not subtitled:
            roles[heads[0]] = "kicker"
        for i in heads[2 if roles[heads[0]] == "kicker" else 1:]:
            roles[i] = "subtitle"
    return roles


def _handle_body(article: ArticleLayout, line: Line) -> list[Unit]:
    """A body line: peel a continuation marker and a lead source line off its front,
    a (下转X版) marker or a closing credit (记者 X) off its end."""
    text = line.text
    start, end = 0, len(text)
    closing = None
    article.tail_end = max(article.tail_end, line.end)
    marker = rules.CONTINUED_FROM.match(text)
    if marker:
        article.continued_from = _one(line, marker.start("page"), marker.end("page"))
        start = marker.end()
        start += len(text[start:]) - len(text[start:].lstrip(_STRIP))
    tail = rules.continued_to(text[start:])
    if tail:
        article.continued_to = _one(line, start + tail.start("page"), start + tail.end("page"))
        article.closed = True  # the rest is on another page: what follows here is a new article
        end = start + len(text[start:start + tail.start()].rstrip(_STRIP))
    if rules.END_MARK.search(text[start:end]):
        article.closed = True
    credit = bylines.trailing_credit(text[start:end], _surnames())
    if credit:  # …播种。(记者 苏雅琴), …。齐琪: names, and the article ends here
        at, names = credit
        article.reporters += [_one(line, start + a, start + b) for a, b in names]
        article.closed = True
        closing = Unit("byline", line.span(start + at + _lead_space(text[start + at:end]), end))
        end = start + len(text[start:start + at].rstrip(_STRIP))
    lead = bylines.lead_source(text[start:end])
    if lead and not any(u.role == "body" for u in article.units):
        article.source_line = _one(line, start + lead.start("cue"), start + lead.end("cue"))
        article.opened_by_source = True
        if lead.group("paren"):
            base = start + lead.start("paren")
            article.reporters += [_one(line, base + a, base + b) for a, b in bylines.paren_names(lead.group("paren"))]
        else:  # 本报讯 记者X、通讯员Y报道: / 本报讯 全媒体记者X 通讯员Y Z 11月8日,…
            found = bylines.open_byline(text[start + lead.end():end])
            base = start + lead.end()
            article.reporters += [_one(line, base + a, base + b) for a, b in (found[1] if found else [])]
    body = Unit("body", line.span(start, end)) if start < end else None  # None: the line held only a marker
    return [u for u in (body, closing) if u is not None]


def _lead_space(text: str) -> int:
    return len(text) - len(text.lstrip(_STRIP))


def _one(line: Line, a: int, b: int) -> tuple[int, int]:
    """The raw span of ``line.text[a:b]``, a short span (a name, a marker) that wrapping did not cut
    (when it did, the span runs over the line break)."""
    pieces = line.span(a, b)
    return (pieces[0][0], pieces[-1][1])


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
    """The publication date printed on the page (its dateline or header among the first lines), if any."""
    for line in split_lines(raw[:2000])[:lines]:
        found = rules.page_date(line.text) or rules.header_date(line.text)
        if found:
            return found
    return None


def _drop_furniture(lines: list[Line]) -> list[Line]:
    """Lines without page furniture; a line after removed furniture keeps the wider of the two gaps."""
    kept: list[Line] = []
    carried = 0
    for line in lines:
        if line.role == "page":
            carried = max(carried, line.gap)
            continue
        line.gap = max(line.gap, carried) if carried else line.gap
        carried = 0
        kept.append(line)
    return kept


def split_articles(raw: str) -> list[ArticleLayout]:
    """Split a page dump into articles with roles, reporters, markers and joins."""
    folded = fold_width(raw)
    lines = split_lines(raw, folded)
    _classify(lines)
    lines = _drop_furniture(lines)
    typical = _typical_gap(lines)
    _mark_inline_captions(lines)
    _mark_captions_before_bylines(lines)
    _mark_trailing_captions(lines, typical)
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
            previous = lines[i - 1] if i else None
            if current is None or _open_score(current, run, following, after_following, previous, typical) >= OPEN_AT:
                current = ArticleLayout(len(articles), raw)
                articles.append(current)
                for role, item in zip(_title_roles(run), run):
                    current.units.append(Unit(role, list(item.pieces)))
            else:
                current.units += [Unit("heading", list(item.pieces)) for item in run]
            i = j
            continue
        if current is None:
            current = ArticleLayout(len(articles), raw)
            articles.append(current)
        _add_line(current, line)
        i += 1
    # a dump of markers only has no article; nor does a leftover of credits with no title and no text
    articles = [a for a in articles if any(u.role in ("title", "body") for u in a.units)]
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


def _add_line(current: ArticleLayout, line: Line) -> None:
    """Put one non-headline line into the current article, reading its names and closing marks."""
    pieces = list(line.pieces)
    if line.role == "body":
        current.units += _handle_body(current, line)
    elif line.role == "byline":
        current.units.append(Unit("byline", pieces))
        current.reporters += [_one(line, a, b) for a, b in bylines.byline_line(line.text) or []]
        current.closed = any(u.role == "body" for u in current.units)
    elif line.role == "meta":  # a web page's 来源/作者/time line: no article text; its author is a reporter
        current.units.append(Unit("credits", pieces))
        current.reporters += [_one(line, a, b) for a, b in bylines.meta_authors(line.text)]
        current.date = current.date or bylines.meta_date(line.text)
    elif line.role == "editor":  # (责任编辑:X) closes a web article; no text, no reporter
        current.units.append(Unit("credits", pieces))
        current.closed = True
    elif line.role == "credits":
        current.units.append(Unit("credits", pieces))
        current.reporters += [_one(line, a, b) for a, b in rules.credit_author_names(line.text)]
        current.closed = True
    else:  # heading, caption
        current.units.append(Unit(line.role, pieces))
