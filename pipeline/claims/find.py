"""Claims: for each figure, what it measures, of whom, when, how it changed.

A figure alone is not checkable; a claim is (GUIDELINES: Claims; DESIGN.md
§5). The sentence is the unit of work: for each sentence holding figures,
the figures are read left to right so that later ones can lean on earlier
ones (分别 lists, ranks that restate a metric, clauses that only say 增长5%).

- one sentence's claims: :mod:`pipeline.claims.sentence` (figures left to right);
- metric: :mod:`pipeline.claims.rules` (the noun phrase before or after the figure),
  :mod:`pipeline.claims.neighbours` (ranges, glosses, figures modifying a noun) and
  :mod:`pipeline.claims.phrases` (the finer cuts: a count's noun, an age, a rate's group);
- subject: :mod:`pipeline.claims.subjects` (an entity in the figure's clause
  not introduced by a locative preposition, else a person named earlier in
  the sentence, else an entity of an earlier clause that carries no figure of
  its own, else the sentence's topic, else the article's subject: its title's
  place, else its most frequent place or organization), by one name per place;
- metric ends: :mod:`pipeline.claims.bounds` (never inside or on a bound word,
  never a whole clause);
- time: :mod:`pipeline.claims.times` (DATEs with their period words, event
  periods, cohorts); the one in the clause, else the first of the sentence
  before the figure that is not a reporting date (截至2025年底 -> 2025年底),
  else the paragraph's period, else the last period stated earlier in the body
  (a later paragraph reports in the lead's 2023年上半年); a headline's figure with
  none of its own takes the body's (:func:`_heads_dated_by_body`); with no time word there is no time and
  no ``time_value`` (the publication date is the record's ``published``, never a guessed time);
- change: the figure's own reading (figures.py) — the starting level of
  由X增长至Y and comparisons such as 高于全国 carry none;
- source: 据XX统计 / 记者从XX获悉 / XX表示 in the sentence.

>>> from pipeline.figures.find import find_figures
>>> text = "新建公园12个。"
>>> [(text[slice(*c.metric)], c.subject) for c in find_claims(text, figures=find_figures(text),
...     entities=[], references=[], units=[("body", 0, len(text))])]
[('新建公园', None)]
"""

from __future__ import annotations

import re

from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from operator import attrgetter, itemgetter

from pipeline.claims import day_refs, events, metric_heads, places, speakers
from pipeline.claims import subjects as claim_subjects
from pipeline.claims import time_scopes, topic_phrases
from pipeline.claims import times as claim_times
from pipeline.claims.sentence import ClaimMatch, SentenceClaims
from pipeline.claims.sources import find_sources
from pipeline.claims.subjects import SUBJECT_LABELS, inside
from pipeline.layout.bylines import lead_source
from pipeline.text.normalize import fold_width
from pipeline.text.regex_guard import guarded
from pipeline.text.sentences import split_sentences

__all__ = ["SKIPPED_ROLES", "SUBJECT_LABELS", "ClaimMatch", "find_claims"]

#: The sentence reader under its old private name (tests count its work through it).
_Sentence = SentenceClaims

#: Roles whose figures are not claims (photo credits, bylines).
SKIPPED_ROLES = frozenset({"byline", "credits"})
#: Longest sentence (code points) read as one unit of claims: every claim carries its sentence and
#: each figure looks at the others of it, so a 300,000-character line of figures with no full stop
#: (a pasted table) cost the square of its figures in memory and time. Longer runs are read in
#: pieces cut after a clause mark (，；、), else hard; no sentence of real prose comes near this.
MAX_SENTENCE_CHARS = 1_000
_CLAUSE_MARKS = "，,；;、"


class _ByStart:
    """The items of a list whose start lies in [lo, hi), in list order.

    Every sentence asks this of the article's figures, mentions, dates and
    spans: a bisect over the starts instead of a scan of the whole list per
    sentence (quadratic in long articles). Lists not sorted by start (none
    are, in practice) fall back to the scan, so the answer never changes.
    """

    __slots__ = ("items", "starts", "ordered")

    def __init__(self, items: list, start=attrgetter("start")):
        self.items = items
        self.starts = [start(item) for item in items]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def indexed(self, lo: int, hi: int) -> list[tuple[int, object]]:
        """(index in the list, item) pairs."""
        if self.ordered:
            first, last = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
            return [(i, self.items[i]) for i in range(first, last)]
        return [(i, item) for i, (item, s) in enumerate(zip(self.items, self.starts)) if lo <= s < hi]

    def any_between(self, lo: int, hi: int) -> bool:
        """Whether an item starts in [lo, hi)."""
        if self.ordered:
            at = bisect_left(self.starts, lo)
            return at < len(self.starts) and self.starts[at] < hi
        return any(lo <= s < hi for s in self.starts)

    def between(self, lo: int, hi: int) -> list:
        if self.ordered:
            return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]
        return [item for item, s in zip(self.items, self.starts) if lo <= s < hi]


def find_claims(text: str, *, figures: list, entities: list, references: list,
                units: list[tuple[str, int, int]]) -> list[ClaimMatch]:
    """One claim per non-optional figure outside bylines and credits, in figure order."""
    text = fold_width(text)
    sources = find_sources(text)
    datelines = [m.span() for m in guarded(places.DATELINE).finditer(text)]
    place = places.article_place(text, entities, datelines)
    mentions = claim_subjects.mentions(entities, references, place, text)
    dates = [e for e in entities if getattr(e, "label", "DATE") == "DATE"
             and not (sources and inside(e, sources)) and not places.DATELINE_END.match(text, e.end)
             and not inside(e, datelines)]  # 本报某地1月10日电今天…: the filing date, whatever follows 电
    dates = sorted(dates + time_scopes.report_years(entities), key=attrgetter("start"))  # 《2023年…公报》
    # 本报讯（记者 张三）城镇调查失业率为…: the lead's credit opens no metric
    credits = {(a + m.start("cue"), a + m.end("paren" if m.group("paren") else "cue"))
               for role, a, b in units if role == "body" and (m := lead_source(text[a:b]))}
    skip_spans = sorted({(m.start, m.end) for m in mentions} | {(d.start, d.end) for d in dates}
                        | {(r.start, r.end) for r in references} | credits)
    article_subject = claim_subjects.article_subject(entities, references, units, text, sources, place, datelines)
    lead = next(((a, b) for role, a, b in units if role == "body"), None)
    heads = [(a, b) for role, a, b in units if role in {"title", "subtitle", "kicker"}]
    event = lead and events.lead_event(text, heads, claim_sentences(text, *lead)[:2]) or events.titled_event(text, heads)
    if event:  # 2025年…青年技能大赛在柳州举行: its 86名选手 are the contest's, not the city's
        article_subject = event[0]
    held = [(name, span) for role, a, b in units if role == "body" for name, span in events.held_events(text, a, b)]
    if event and event[1] not in {span for _, span in held}:
        held.append(event)  # the lead's event, its verb in another clause (举行了“…，…”全区青年歌手大赛)
    if held:  # 柳州 inside 柳州马拉松赛 names the event, not a place of its own
        spans = [span for _, span in held]
        mentions = sorted([m for m in mentions if not inside(m, spans)]
                          + [claim_subjects.Mention(a, b, name, "ORG") for name, (a, b) in held], key=itemgetter(0, 1))
    claims: list[ClaimMatch] = []
    by_figure, by_mention, by_date = _ByStart(figures), _ByStart(mentions), _ByStart(dates)
    body_dates = [d for d in dates if any(a <= d.start < b for role, a, b in units if role == "body")]
    by_claimable = _ByStart([f for f in figures if _claimable(text, f)])
    first = itemgetter(0)
    by_skip, by_source, by_dateline = _ByStart(skip_spans, first), _ByStart(sources, first), _ByStart(datelines, first)
    handed = None  # the period of the last body paragraph: a paragraph going on with it (其中…) takes it
    dated = None  # the time of the last sentence's claims: a 其中 sentence counts parts of its whole
    for role, u_start, u_end in units:
        if role != "body":
            handed = dated = None  # a head or caption states its own period; the body after it starts afresh
        if role in SKIPPED_ROLES:
            continue
        if not by_claimable.any_between(u_start, u_end):
            if role == "body":  # 截至6月23日9时统计，分省灾情如下：the paragraphs after report in its period
                handed = day_refs.written_day(_last_period(text, u_start, u_end, by_date, by_source, handed),
                                              body_dates)
            continue
        # the period stated so far: a body paragraph with no time of its own reports in it (a
        # wire story states 2023年上半年 once, its later paragraphs go on with it); scored on
        # real articles (dev gold: time .763 -> .881), level on our golden sets
        carried = handed
        sentences = [(a, b, [(i, f) for i, f in by_figure.indexed(a, b) if _claimable(text, f)])
                     for a, b in claim_sentences(text, u_start, u_end)]
        # only sentences up to the unit's last one with a figure can yield a claim or hand a period on
        while sentences and not sentences[-1][2]:
            sentences.pop()
        told = told_phrase = None  # the subject the last sentence named, for a sentence after its ；
        told_metric = None
        by_unit: dict[str, tuple[int, int]] = {}  # the last sentence's metrics by their figures' unit
        for s_start, s_end, indexed in sentences:
            if carried is not None and claim_times.SHIFT.match(text, s_start):
                carried = None  # 下一步 / 目前: the sentence leaves the period
            if not indexed:  # no claim here: only the period it states matters
                s_dates, times = claim_times.sentence_times(text, s_start, s_end, by_date.between(s_start, s_end),
                                                 by_source.between(s_start, s_end))
                carried = claim_times.period(text, s_start, s_dates, times) or carried
                continue
            # the sentence filters each list to its own span again; handing it only the items
            # that start inside keeps that cheap
            context = SentenceClaims(text, s_start, s_end, by_figure.between(s_start, s_end),
                                by_mention.between(s_start, s_end), by_date.between(s_start, s_end),
                                by_skip.between(s_start, s_end), article_subject,
                                by_source.between(s_start, s_end), by_dateline.between(s_start, s_end))
            # 其中，5家博物馆…: the parts of what the sentence before counted, in its period; so
            # is a sentence going on after the ； of the one before (…接待游客50万人次；实现收入…)
            goes_on = claim_times.PART.match(text, s_start) or text[u_start:s_start].rstrip().endswith((";", "；"))
            context.carried = dated if dated is not None and goes_on else carried
            # 其中 / after ；: the whole the sentence before named; so does a sentence that opens with its
            # predicate (…全国检察机关批准逮捕…。共决定起诉30.8万人…): it has no topic of its own
            opens_with_predicate = topic_phrases.subjectless(text, s_start, s_end, sentence=True)
            # the group phrase the sentence before measured goes on only into a sentence opening with
            # its predicate (…六个省级工业园区完成工业产值…。完成规模以上工业增加值…); after ； or 其中
            # the parts name their own groups (其中，机械制造业项目…；现代服务业项目…)
            # (a part after ； that names nothing of its own, …城市PM2.5浓度…；平均优良天数比例为…, goes on too)
            opening = text[s_start:indexed[0][1].start]
            bare = goes_on and not by_mention.between(s_start, s_end) and not any(
                head in opening for head in topic_phrases.group_heads())
            context.told = (told_phrase if (opens_with_predicate or bare) and told_phrase else
                            told if goes_on or opens_with_predicate else None)
            context.told_metric = told_metric
            context.part_of = by_unit if claim_times.PART.match(text, s_start) else None
            found = context.claims(indexed)
            claims += found
            told_metric = next((c.metric for c in found if c.metric), None)  # the sentence's main one
            by_unit = {figures[c.figure_index].unit: c.metric for c in found
                       if c.metric and figures[c.figure_index].unit}
            named = {(m.start, m.end) for m in by_mention.between(s_start, s_end)}
            if context.told is not None:
                named.add(context.told[1])  # …；审结9800件；结案率为82%: the chain goes on
            told = next(((c.subject, c.subject_span) for c in reversed(found)
                         if c.subject_span in named), None)  # a name, not a clause's own phrase
            told_phrase = next(((c.subject, c.subject_span) for c in reversed(found)
                                if c.subject_span and s_start <= c.subject_span[0] < s_end), None) or told
            # 其中，6月份增长12.9%: a part's own period is the part's; what follows goes back to the whole's
            # 全年 after a sentence that named its year goes on as that year (2021年…。全年…。医保部门…)
            carried = (None if context.part_of is not None
                       else claim_times.whole_year_of(context.period(), carried)) or carried
            dated = _main_time(found) or dated
        if role == "body":  # 当日 / 闭幕日 handed to a later paragraph: the day written before it
            handed = day_refs.written_day(carried, body_dates)
    claims = _heads_dated_by_body(text, claims, figures, units, by_date, by_source)
    # “…公司农产品发货量达到3万多件…” 某公司负责人说: the speaker's own figures, by the quotation's 我/公司
    claims = [replace(c, subject=owner[0], subject_span=owner[1])
              if (owner := speakers.quoted_owner(text, figures[c.figure_index].start, mentions)) else c
              for c in claims]
    short_names = dict((m.group("short"), m.group("full")) for m in _SHORT_NAME.finditer(text))
    if short_names:  # 广东省第十五届运动会（以下简称“省运会”）: the name the page declares in full
        claims = [replace(c, subject=short_names[c.subject]) if c.subject in short_names else c for c in claims]
    claims = metric_heads.measured_by_body(claims, figures, units)  # 600万人次 地铁人气高涨: the body's noun
    claims = [_unglossed_time(text, c) for c in claims]
    written = article_subject and article_subject not in text and (
        _written_as(text, article_subject, references)
        or next(((m.start, m.end) for m in mentions if m.name == article_subject), None)  # 全县 for 岱山县
        or article_subject == "中国" and claim_subjects.national_body(text, entities))
    # 中国南方地区, written 我国南方地区; 中国, where only a national ministry reports (交通运输部数据显示):
    # the claims that fall back on it point there
    if written:
        claims = [replace(c, subject_span=written) if c.subject == article_subject and c.subject_span is None
                  else c for c in claims]
    return claims


def _unglossed_time(text: str, claim: ClaimMatch) -> ClaimMatch:
    """The claim with its time as named, the gloss in brackets ending it cut (:func:`claim_times.unglossed`)."""
    if claim.time_span is None:
        return claim
    time = claim_times.unglossed(text, claim_times.TimeWord(*claim.time_span, claim.time, claim.time_value))
    if (time.start, time.end) == claim.time_span:
        return claim
    return replace(claim, time=time.text, time_span=(time.start, time.end))


#: A name and the short form the page declares for it (某某运动会（以下简称“某运会”）).
_SHORT_NAME = re.compile(r"(?P<full>[^\s，,。；;：:（()）“”\"/、]{4,30})[（(](?:以下)?简称[：:]?[“\"]?(?P<short>[^”\"）)，,]{2,10})[”\"]?[）)]")


def _written_as(text: str, name: str, references: list) -> tuple[int, int] | None:
    """Where the page writes a subject named with what a reference points to (中国南方地区 as
    我国南方地区): the first reference to its place with the rest of the name right after it."""
    for ref in references:
        place = ref.refers_to or ""
        if place and name.startswith(place) and text.startswith(name[len(place):], ref.end):
            return ref.start, ref.end + len(name) - len(place)
    return None


def _main_time(claims: list[ClaimMatch]):
    """The time most of a sentence's claims take (the first of those, on a tie), as a time word;
    an aside's base ((2023年接待…)) is outnumbered by the period of the sentence's figures."""
    spans = Counter(c.time_span for c in claims if c.time_span)
    if not spans:
        return None
    top = max(spans.values())
    c = next(c for c in claims if c.time_span and spans[c.time_span] == top)
    return claim_times.TimeWord(*c.time_span, c.time, c.time_value)


#: Roles of the lines that head a story or a part of it: their figures summarize the body's.
_HEAD_ROLES = frozenset({"title", "subtitle", "kicker", "heading"})
#: How far above a subtitle the title that dates it may start (one head block).
_HEAD_BLOCK = 120
#: How far a headline's rounded figure may lie from the body's exact one (近3000万 for 2858.5万).
_RESTATED_WITHIN = 0.1


def _heads_dated_by_body(text: str, claims: list[ClaimMatch], figures: list, units: list,
                         by_date: _ByStart, by_source: _ByStart) -> list[ClaimMatch]:
    """A headline's figure with no time of its own (我市8万学子 今日高考, 免费手术已做33例) is
    dated by the body it heads: the time of the body figure it restates (33例 for the body's
    至今…33位), else the first period the body's first paragraph after it states (今日，…). A
    headline figure whose subject is only the article's takes the subject of the body figure it
    restates (春运首周发送旅客5.2亿人次: whose the body's 5.2亿人次 are), not the page's city."""
    bodies = [(a, b) for role, a, b in units if role == "body"]
    out = list(claims)
    for role, h_start, h_end in units:
        if role not in _HEAD_ROLES:
            continue
        in_head = [i for i, c in enumerate(out) if h_start <= figures[c.figure_index].start < h_end]
        undated = [i for i in in_head if out[i].time is None]
        # a headline figure whose subject is only the article's (春运首周发送旅客5.2亿人次) is about
        # what the body's figure it restates is about (全国…发送旅客约5.2亿人次)
        unnamed = [i for i in in_head if out[i].subject_span is None]
        if not undated and not unnamed:
            continue
        # the part it heads: up to the next head of its own role (a heading heads its section)
        stop = min((a for r, a, _ in units if r == role and a >= h_end), default=len(text))
        told = [c for c in out if h_end <= figures[c.figure_index].start < stop
                and any(a <= figures[c.figure_index].start < b for a, b in bodies)]
        for i in unnamed:
            same = next((c for c in told if c.subject_span is not None
                         and _restates(figures[out[i].figure_index], figures[c.figure_index])), None)
            if same is not None:
                out[i] = replace(out[i], subject=same.subject, subject_span=same.subject_span)
        body = [c for c in told if c.time is not None]
        first = next(((a, b) for a, b in bodies if h_end <= a < stop), None)
        stated = first and _first_period(text, *first, by_date, by_source)
        # 前7月铁路发送旅客创新高 / ——超25亿人次: the title over a subtitle dates its figure
        block = [(a, b) for r, a, b in units if r in _HEAD_ROLES and r != "heading" and b <= (first or (stop,))[0]
                 and (a, b) != (h_start, h_end) and a >= h_start - _HEAD_BLOCK]
        titled = next((d for a, b in block for d in by_date.between(a, b)), None) if role != "heading" else None
        for i in undated:
            head = figures[out[i].figure_index]
            same = next((c for c in body if _restates(head, figures[c.figure_index])), None)
            if titled is not None:
                out[i] = replace(out[i], time=titled.text, time_span=(titled.start, titled.end),
                                 time_value=getattr(titled, "value", None))
            elif same is not None:
                out[i] = replace(out[i], time=same.time, time_span=same.time_span, time_value=same.time_value)
            elif stated is not None:
                out[i] = replace(out[i], time=text[stated.start:stated.end], time_span=(stated.start, stated.end),
                                 time_value=getattr(stated, "value", None))
    return out


def _restates(head, body) -> bool:
    """True when a headline figure rounds the body's (83万件 for 839175件): same kind, close value."""
    if head.kind != body.kind or not head.value or not body.value:
        return False
    a, b = float(head.value), float(body.value)
    return abs(a - b) <= _RESTATED_WITHIN * max(abs(a), abs(b))


def _last_period(text: str, start: int, end: int, by_date: _ByStart, by_source: _ByStart, carried):
    """The period a figure-free paragraph leaves stated for the paragraphs after it: its last
    sentence's that states one, else ``carried`` (None after 下一步 / 目前, which leave it). A date
    of reporting (昨日，记者从…获悉) says when the story was told: it hands no period on."""
    for a, b in claim_sentences(text, start, end):
        if claim_times.SHIFT.match(text, a):
            carried = None
        s_dates, times = claim_times.sentence_times(text, a, b, by_date.between(a, b), by_source.between(a, b))
        stated = claim_times.period(text, a, s_dates, times)
        carried = stated if stated is not None and not claim_times.reported(text, stated) else carried
    return carried


def _first_period(text: str, start: int, end: int, by_date: _ByStart, by_source: _ByStart):
    """The first period a paragraph states (its first sentence that states one), or None."""
    for a, b in claim_sentences(text, start, end):
        s_dates, times = claim_times.sentence_times(text, a, b, by_date.between(a, b), by_source.between(a, b))
        told = claim_times.telling(text, times, [], b)  # 昨晚，公司发布公告称，…: the telling's date
        found = claim_times.period(text, a, s_dates, [t for t in times if t not in told])
        if found is not None:
            return found
    return None


def _claimable(text: str, figure) -> bool:
    """A figure that can be a claim: not optional, not a cohort's year (2026届 names a class)."""
    return not figure.optional and not claim_times.cohort(text[figure.start:figure.end])


def claim_sentences(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """:func:`split_sentences`, with any sentence longer than ``limit`` cut into pieces of at most
    ``limit`` characters, each ending after its last clause mark (or hard, when it has none)."""
    spans = []
    for a, b in split_sentences(text, start, end):
        while b - a > limit:
            cut = max(text.rfind(mark, a + 1, a + limit) for mark in _CLAUSE_MARKS) + 1
            cut = cut if cut > a + 1 else a + limit
            spans.append((a, cut))
            a = cut
        spans.append((a, b))
    return spans
