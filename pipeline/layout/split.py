"""Page dump -> articles: roles for lines, article boundaries, rejoined paragraphs.

A dump becomes logical lines first (:mod:`pipeline.layout.lines`: blank gaps,
indents, hard wraps undone, page furniture flagged). Each line gets a role
(:mod:`pipeline.layout.roles`): page furniture (dropped), web meta and editor
lines, bylines and credits, captions, heading-like lines (short, no full
stop) and body text. Then:

- a run of heading-like lines *may* open an article; whether it does is a
  score of independent cues (:data:`OPEN_WEIGHTS`), not an ordered cascade:
  the current article is closed, a lead, web meta line or opening byline
  follows the run, the run is a stack, a picture caption hangs under it, the
  gap before it is wider than the dump's usual gap between paragraphs, the
  current article is a dateline item with paragraphs or ran long with no
  sub-head, the run and its first text change the topic (share almost no
  content word with the article so far); against it, the text before it
  broke off mid-sentence (unless a lead, web meta line or byline follows the
  run: none of them can be the rest of that sentence), or the run keeps to the
  article's words. A run that does not open an article is a sub-head of the
  current one;
- a body line that ends without end punctuation continues in the next body
  line of the same article (a column or page break), skipping any caption
  dropped in between; a short unterminated line squeezed between two such
  pieces is that caption.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.layout import bylines, cohesion, roles, rules, web_lines
from pipeline.layout.lines import STRIP, Line, Pieced, page_lines
from pipeline.text.normalize import fold_width

#: Cues for "a run of heading-like lines opens an article", with their weights; a run opens one
#: when its cues add up to OPEN_AT. Set by hand so that no single weak cue suffices and any strong
#: one does, then checked on pages the rules were not written from (the golden sets, the
#: metamorphic harness's random pages).
OPEN_WEIGHTS = {
    "closed": 3,  # the current article ended: closing byline, credit, editor line, (完), (下转X版), (见X版)
    "lead follows": 3,  # a lead (本报讯, X电), a web meta line, an opening byline or (上接X版) comes next
    "reporter lead follows": 3,  # the next paragraph opens as a lead without a dateline (记者从X获悉)
    "stack": 3,  # kicker + title, title + subtitle
    "caption": 2,  # a picture caption under the run: pictures go with an article's head
    "wide gap": 2,  # more blank lines before it than the dump puts between paragraphs
    "furniture before": 3,  # a page label, page header or page foot stands right before it: a new page or section
    "dateline item": 2,  # the current article is a news item with a lead and two paragraphs or more
    "long without sub-head": 2,  # the current article ran LONG_WITHOUT_SUBHEAD paragraphs with no sub-head
    "topic shift": 2,  # the run and its first text share almost no content word with the article so far
    "same topic": -2,  # they share half their content words or more: a sub-head goes on with its article
    "shared topic": -1,  # they share a fifth or more: a sub-head more likely than the next title
    "enumerated": -3,  # the run opens with a part's number (一、, （二）, 案例三：): one more part of its article
    "cut sentence before": -3,  # the text before broke off mid-sentence: a caption or sub-head inside it
    "cut sentence before stack": -1,
}
OPEN_AT = 2
#: "topic shift": the most of a run's content words the article before may share (sub-heads of the
#: layout set and the real-article sets shared 0.13-0.45 of theirs, titles of the next article 0-0.1
#: mostly), the fewest words read, and the finished paragraphs the article must have had; "same
#: topic": the least share that holds a run in its article (one title of a court report after another
#: court report shared 0.58, with a lead, a closing byline and a wide gap to open it all the same).
TOPIC_SHIFT_SHARE, SAME_TOPIC_SHARE, TOPIC_MIN_WORDS, TOPIC_MIN_PARAGRAPHS = 0.10, 0.5, 2, 2
#: "shared topic": on the real sets the next article's title shared at most 0.125 of its words with
#: the article before, sub-heads 0.22 and more (一个路口…, a wire story's 正视问题和挑战-like sub-head).
SHARED_TOPIC_SHARE = 0.2
#: Finished paragraphs after which an article with no sub-head yet is taken to be done: the
#: first sub-head of a feature comes within its first four paragraphs (every sub-headed
#: article of ../shared/layout and the corpus page), so a lone headline later starts the next.
LONG_WITHOUT_SUBHEAD = 5


@dataclass(slots=True)
class Unit(Pieced):
    """A unit of article text with one role, made of one or more raw pieces."""

    role: str  # kicker | title | subtitle | heading | body | caption | byline | credits
    pieces: list[tuple[int, int]]


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
    date: str | None = None  # ISO date of a web meta line (2021年07月09日 16:20 来源:…): when it was published
    words: set[str] = field(default_factory=set)  # content words of its units read so far (cohesion)
    words_read: int = 0  # how many of its units ``words`` holds: units are only appended while splitting


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


def _open_cues(current: ArticleLayout, run: list[Line], rest: list[Line], previous: Line | None, typical: int,
               topic: bool = True) -> list[str]:
    """Which of :data:`OPEN_WEIGHTS`' cues hold for a run of heading-like lines, ``rest`` the page's
    lines after it (module docstring); ``topic=False`` leaves out the cohesion cue (:func:`_topic_cue`),
    the one that tags words."""
    following, after_following = rest[0] if rest else None, rest[1] if len(rest) > 1 else None
    stack_roles = roles.title_roles(run)
    stack = sum(role != "caption" for role in stack_roles) >= 2
    lead_follows = following is not None and (
        following.role == "meta" or bylines.lead_source(following.text)
        or following.role == "byline" and after_following is not None and after_following.role == "body"
        # (上接第1版) under a run after the article's body: a jump head over another article's rest
        or rules.CONTINUED_FROM.match(following.text) is not None and any(u.role == "body" for u in current.units))
    found = [
        "closed" if current.closed else "",
        "lead follows" if lead_follows else "",
        "reporter lead follows" if not lead_follows and following is not None and following.role == "body"
        and bylines.reporter_lead(following.text) else "",
        "stack" if stack else "",
        "caption" if "caption" in stack_roles or following is not None and following.role == "caption" else "",
        "wide gap" if run[0].gap > typical else "",
        "furniture before" if run[0].after_furniture else "",
        "dateline item" if current.opened_by_source and sum(u.role == "body" for u in current.units) >= 2 else "",
        "long without sub-head" if not current.opened_by_source and not any(u.role == "heading" for u in current.units)
        and _paragraphs(current) >= LONG_WITHOUT_SUBHEAD else "",
        "enumerated" if current.units and rules.ENUMERATED_PART.match(run[0].text) else "",
    ]
    if topic:
        found.append(_topic_cue(current, run, rest))
    # a lead, meta line or byline after the run cannot be the rest of the sentence cut before it
    if previous is not None and previous.role == "body" and not lead_follows and not roles.ends_text(previous.text) \
            and not rules.continued_to(previous.text):
        found.append("cut sentence before stack" if stack else "cut sentence before")
    return [cue for cue in found if cue]


def _topic_cue(current: ArticleLayout, run: list[Line], rest: list[Line]) -> str:
    """"topic shift", "same topic", "shared topic" or "" (no cue): the run's content words against the article's."""
    if not rest or _paragraphs(current) < TOPIC_MIN_PARAGRAPHS:
        return ""
    share, words = _shared_words(current, run, rest)
    if words >= TOPIC_MIN_WORDS and share <= TOPIC_SHIFT_SHARE:
        return "topic shift"
    if words >= TOPIC_MIN_WORDS and share >= SAME_TOPIC_SHARE:
        return "same topic"
    if words >= TOPIC_MIN_WORDS and share >= SHARED_TOPIC_SHARE:
        return "shared topic"
    return ""


def _shared_words(current: ArticleLayout, run: list[Line], rest: list[Line]) -> tuple[float, int]:
    """(share of the content words of the run and the start of the text after it that the article so
    far holds, how many there are): :mod:`pipeline.layout.cohesion`. The text after it is read over
    its first lines up to the next heading-like line: a lead of one short sentence (短短六天的时间,
    马不停蹄地跑了六个市。) holds too few words to tell a topic by."""
    for unit in current.units[current.words_read:]:  # each unit tagged once, not at every heading run
        if unit.role in ("title", "heading", "body"):
            current.words |= cohesion.content_words("".join(current.raw[a:b] for a, b in unit.pieces))
    current.words_read = len(current.units)
    after = ""
    for line in rest:
        if line.role == "headlike" or len(after) >= cohesion.NEW_TEXT_CHARS:
            break
        after += line.text if line.role == "body" else ""
    new = "".join(line.text for line in run) + after[:cohesion.NEW_TEXT_CHARS]
    return cohesion.share_in(current.words, new)


#: Cues that open an article inside a crawler's record whatever the run looks like.
_STRONG_CUES = frozenset({"closed", "lead follows", "reporter lead follows", "furniture before"})


def _open_score(current: ArticleLayout, run: list[Line], rest: list[Line], previous: Line | None,
                typical: int, strong_only: bool = False) -> int:
    """How strongly a run of heading-like lines says "a new article starts here". The cohesion cue
    (it tags words) is read only where it can still move the score across :data:`OPEN_AT`. With
    ``strong_only`` (a record that keeps its headline apart) only a strong cue opens one."""
    cues = _open_cues(current, run, rest, previous, typical, topic=False)
    if strong_only and not _STRONG_CUES.intersection(cues):
        return 0
    score = sum(OPEN_WEIGHTS[cue] for cue in cues)
    if OPEN_AT - OPEN_WEIGHTS["topic shift"] <= score < OPEN_AT - OPEN_WEIGHTS["same topic"]:
        cue = _topic_cue(current, run, rest)
        score += OPEN_WEIGHTS[cue] if cue else 0
    return score


def _restates(run: list[Line], title: str) -> bool:
    """Does a run of heading-like lines print the record's own headline (content that repeats it)?"""
    joined = fold_width("".join(line.text for line in run)).replace(" ", "")
    headline = fold_width(title).replace(" ", "")
    return bool(joined) and (joined in headline or headline in joined)


def _paragraphs(article: ArticleLayout) -> int:
    """Body units of the article that end a sentence: its finished paragraphs so far."""
    return sum(u.role == "body" and rules.is_terminated(fold_width(article.raw[u.pieces[-1][0]:u.pieces[-1][1]]))
               for u in article.units)


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
        start += len(text[start:]) - len(text[start:].lstrip(STRIP))
    tail = rules.continued_to(text[start:])
    if tail:
        article.continued_to = _one(line, start + tail.start("page"), start + tail.end("page"))
        article.closed = True  # the rest is on another page: what follows here is a new article
        end = start + len(text[start:start + tail.start()].rstrip(STRIP))
    if rules.END_MARK.search(text[start:end]) or rules.see_also_at_end(text[start:end]):
        article.closed = True
    credit = bylines.trailing_credit(text[start:end], roles.surnames())
    if credit:  # …播种。(记者 苏雅琴), …。方琳: names, and the article ends here
        at, names = credit
        article.reporters += [_one(line, start + a, start + b) for a, b in names]
        article.closed = True
        closing = Unit("byline", line.span(start + at + _lead_space(text[start + at:end]), end))
        end = start + len(text[start:start + at].rstrip(STRIP))
    lead = bylines.lead_source(text[start:end])
    if lead and article.source_line is None and _before_lead(article):
        article.source_line = _one(line, start + lead.start("cue"), start + lead.end("cue"))
        article.opened_by_source = True
        if lead.group("paren"):
            base = start + lead.start("paren")
            article.reporters += [_one(line, base + a, base + b) for a, b in bylines.paren_names(lead.group("paren"))]
        else:  # 本报讯 记者X、通讯员Y报道: / 本报讯 全媒体记者X 通讯员Y Z 11月8日,…
            found = bylines.open_byline(text[start + lead.end():end])
            base = start + lead.end()
            article.reporters += [_one(line, base + a, base + b) for a, b in (found[1] if found else [])]
    elif not lead and not article.reporters and _before_lead(article):
        credit = bylines.opening_credit(text[start:end])
        if credit is not None:  # （记者 某某 通讯员 某某）今年一季度…: a byline with no source before it
            article.reporters += [_one(line, start + a, start + b) for a, b in credit]
    body = Unit("body", line.span(start, end)) if start < end else None  # None: the line held only a marker
    return [u for u in (body, closing) if u is not None]


#: Paragraphs a lead may follow in its article: a deck or a caption the page prints over the
#: story (新建一栋17层大楼，计划新增700张床位; （来自…出席闭幕式。）), not its running text.
_BEFORE_LEAD = 2


def _before_lead(article: ArticleLayout) -> bool:
    """May a lead source still open the article's text: no body paragraph yet (news photos'
    captions aside), or at most :data:`_BEFORE_LEAD` of them that a page prints over its story?"""
    before = [u for u in article.units if u.role == "body" and not _news_photo_caption(article, u)]
    return len(before) <= _BEFORE_LEAD


def _news_photo_caption(article: ArticleLayout, unit: Unit) -> bool:
    """A paragraph ending in a photographer's credit (…送上节日祝福。某 某摄) before the lead: a news
    photo's caption of several sentences, printed above the story; the lead after it still opens it."""
    a, b = unit.pieces[-1]
    return rules.photo_credit(fold_width(article.raw[a:b]).rstrip()) is not None


def _lead_space(text: str) -> int:
    return len(text) - len(text.lstrip(STRIP))


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
    """Whether a raw piece ends a sentence; ``folded`` is the page's fold (a slice of it is the piece's fold).
    A finished sentence followed by a photographer's credit (…送上祝福。某 某摄) ends one too."""
    text = folded[piece[0]:piece[1]]
    if rules.is_terminated(text):
        return True
    credit = rules.photo_credit(text.rstrip())
    return credit is not None and text[:credit.start()].rstrip()[-1:] in ("。", "!", "?", "！", "？")


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


def split_articles(raw: str, title: str | None = None) -> list[ArticleLayout]:
    """Split a page dump into articles with roles, reporters, markers and joins.

    ``title`` is the headline a crawler's record keeps in a field of its own (``{"title": …,
    "content": …}``): its text opens with the body, so a heading-like first line that is not that
    headline is no title (a byline, a sub-head), and a later run opens another article only on a
    strong cue (a lead, a closed article, page furniture), not on its looks alone."""
    folded = fold_width(raw)
    lines = split_lines(raw, folded)
    roles.classify(lines)
    roles.mark_web_links(lines)
    lines = roles.drop_furniture(lines)
    typical = roles.typical_gap(lines)
    roles.mark_words_cut_at_line_ends(lines)
    roles.mark_inline_captions(lines)
    roles.mark_dated_captions_under_titles(lines)
    roles.mark_captions_before_bylines(lines)
    roles.mark_names_after_closing_bylines(lines)
    roles.mark_trailing_captions(lines, typical)
    articles: list[ArticleLayout] = []
    current: ArticleLayout | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.role == "headlike":
            j = i
            while j < len(lines) and lines[j].role == "headlike":
                j += 1
            run, rest = lines[i:j], lines[j:]
            previous = lines[i - 1] if i else None
            if current is None and title and not _restates(run, title):
                current = ArticleLayout(len(articles), raw)  # 某报·某客户端 记者: the record's title is above
                articles.append(current)
                current.units += [Unit("heading", list(item.pieces)) for item in run]
            elif current is None or _open_score(current, run, rest, previous, typical, strong_only=bool(title)) >= OPEN_AT:
                current = ArticleLayout(len(articles), raw)
                articles.append(current)
                for role, item in zip(roles.title_roles(run), run):
                    if role == "title" and current.units and current.units[-1].role == "title":
                        current.units[-1].pieces += item.pieces  # one title printed over two lines
                    else:
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
        names = bylines.byline_line(line.text) or bylines.bare_names(line.text, roles.surnames()) or []
        current.reporters += [_one(line, a, b) for a, b in names]
        current.closed = any(u.role == "body" for u in current.units)
    elif line.role == "meta" and web_lines.original_title_line(line.text):
        # 原标题：某某：去年发生火灾23.7万起: the headline the story first ran under states
        # its figures again, as a heading does (claims read it; it names no reporter)
        current.units.append(Unit("heading", pieces))
    elif line.role == "meta":  # a web page's 来源/作者/time line: no article text; its author is a reporter
        current.units.append(Unit("credits", pieces))
        current.reporters += [_one(line, a, b) for a, b in web_lines.meta_authors(line.text)]
        current.date = current.date or web_lines.meta_date(line.text)
    elif line.role == "editor":  # (责任编辑:X) closes a web article after its text; no text, no reporter
        current.units.append(Unit("credits", pieces))
        current.closed = any(u.role == "body" for u in current.units)  # (a page may print it above the text)
    elif line.role == "photo credit":  # 中新社发 某某摄: closes the article when it follows its text
        current.units.append(Unit("credits", pieces))
        current.closed = len(current.units) > 1 and current.units[-2].role == "body"
    elif line.role == "credits":
        current.units.append(Unit("credits", pieces))
        current.reporters += [_one(line, a, b) for a, b in rules.credit_author_names(line.text)]
        current.closed = True
    else:  # heading, caption
        current.units.append(Unit(line.role, pieces))
