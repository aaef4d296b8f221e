"""The topic noun phrase of an article's lead: what a reader sees the story is about.

A news lead opens, after its dateline, byline, source and time, with the thing the
story reports on, as the topic of its first clause: 第七届世界军人运动会|27日在武汉落下帷幕,
上市银行|一季报业已收官, 今天的|十冬会|只产生了五枚金牌, 雨水时节，|某某产业园|，….
When the headline names no place, body or work of its own (冬运会又产生五枚金牌),
that phrase, not the place the body names most often (the host city, the dateline's
filing place), is the subject of the figures whose sentences name no one
(GUIDELINES: subject, "who or what it is about"). :func:`lead_topic` reads it:

- skipping what may open a lead before its topic: the ``skip`` spans (datelines,
  sources, bylines, dates), brackets, and clauses that are only a time or a season
  (金秋时节，…; 7月1日以来…);
- an optional place first (我国 -> 中国, a place name), written as the page writes it;
- then words of noun classes (jieba: :func:`pipeline.text.words.word_tags`), quotes and
  the 号 of a named craft (“新视野”号探测器), up to the first verb, adverb, preposition,
  number or mark; a clause that is a noun phrase alone (…，某某产业园，…) is taken whole.

:func:`supported` is the evidence that the phrase is the story's topic and not a scene
of its first sentence: the headline restates it (two of its characters at least,
a name's short form included: 冬运会 for 十冬会).
"""

from __future__ import annotations

import functools
import re

from pipeline.claims.deictics import Mention
from pipeline.claims.places import canonical
from pipeline.claims.times import period_after_date
from pipeline.text.resources import load_lines
from pipeline.text.sentences import split_sentences
from pipeline.text.words import word_tags

#: A clause that is only a time, a season or a period (金秋时节, 7月1日以来, 今天的): no topic yet.
_TIME_CLAUSE = re.compile(r"(?:[0-9一二三四五六七八九十]{1,4}[年月日时](?![线路])|今天|昨天|昨日|今日|日前|近日|近期|目前|当前|今年|去年"
                          r"|上午|下午|晚上|凌晨|早上|傍晚|[上本下](?:周|月)|连日来|近年来|多年来|[一二三四]季度|前三季度|上半年|下半年"
                          r"|[\u4e00-\u9fff]{2}时节|[\u4e00-\u9fff“”]{1,6}(?:之际|期间|长假|假期)里?"
                          r"|以来|至今|截至|截止|统计|[，,、至到\-—\s])+的?")
#: Brackets a lead may hold before its topic (（记者 某某）).
_BRACKET = re.compile(r"[（(][^）)]{0,30}[）)]")
#: A source's verb right after the topic (市体育局昨日发布…): the body reports, the lead's topic is elsewhere.
_REPORTS = re.compile(r"(?:[0-9]{1,2}日|今天|昨天|昨日|今日|日前|近日)?(?:发布|公布|通报|表示|介绍|透露|称|获悉|宣布)")
#: A count right after the phrase (全市新建公共停车场|132个): the phrase is what is counted;
#: a date (第七届世界军人运动会|27日) or a period (上市银行|一季报) is no count.
_COUNT_AFTER = re.compile(r"(?:[0-9][0-9.,]*|[一二三四五六七八九十两百千]+)(?:多|余)?(?:万|亿)?"
                          r"[个家所座名处条批户辆台套项件次元吨亩公里人万亿]")
#: Who reports, before a lead (本报讯, 据新华社电, 综合新华社消息：).
_REPORT = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:报|网)讯|据[\u4e00-\u9fff]{2,6}?(?:电|报道|消息)"
                     r"|据[^，,。:：]{2,20}?(?:统计|调度|显示|数据)|综合[\u4e00-\u9fff]{2,8}?消息|(?:记者|通讯员)[^:：。，,]{0,30}?报道)[\s:：，,]*")
#: Spaces between a byline and the lead.
_SPACE = re.compile(r"[\s\u3000]+")
#: Marks that end a clause.
_CLAUSE_END = re.compile(r"[，,；;。：:！？!?\n]")
#: Word classes inside a topic phrase: nouns of every kind, abbreviations, distinguishers, localisers.
_NOUN_FLAGS = ("n", "j", "b", "eng", "f", "s")
#: Word classes that cannot open a topic (a verb, an adverb, a preposition, a conjunction,
#: a particle, a pronoun other than a country word).
_NOT_FIRST = ("v", "d", "p", "c", "u", "r", "a", "z", "y", "e", "o", "i", "l")
#: Quotes inside a name (“新视野”号).
_QUOTES = frozenset("“”\"‘’《》")
#: A topic is at most this long, and a clause taken whole at most ``_WHOLE``.
_MAX, _WHOLE = 24, 14
#: Characters a topic holds after its place at least: a place alone is the body's to weigh.
_MIN = 3
#: How many of the lead's opening clauses are read for its topic.
_CLAUSES = 3
#: Characters of a headline that say nothing of its topic.
_FUNCTION_CHARS = frozenset("的了在是和与及年月日中国全我本新大")


def article_topic(text: str, lead: tuple[int, int] | None, heads: list[str], entities: list, references: list,
                  said: list[tuple[int, int]]) -> str | None:
    """The topic noun phrase of the lead's first sentence when a headline line (``heads``)
    restates it, or None. ``lead`` spans the first body paragraph; ``said`` holds the
    datelines and sources; ``entities`` and ``references`` are the article's."""
    if lead is None:
        return None
    first = split_sentences(text, *lead)[:1]
    if not first:
        return None
    skip = sorted(set(said) | {(e.start, e.end) for e in entities if getattr(e, "label", "") == "DATE"})
    places = [Mention(e.start, e.end, e.text, e.label) for e in entities
              if getattr(e, "label", "") in {"GPE", "LOC"}] + [
        Mention(r.start, r.end, r.refers_to or "", "REF") for r in references if r.refers_to]
    found = lead_topic(text, *first[0], skip, places)
    if found is not None and text[found[1][0] - 1:found[1][0]] in _DATE_ENDS and period_after_date(text, found[1][0]):
        return None  # 2022年|暑期档: the period a date opens is a time, no topic
    return found[0] if found is not None and supported(found[0], heads) else None


#: Last characters of a date a period word may follow (2022年暑期档, 今年春节档).
_DATE_ENDS = frozenset("年月日季节")


def lead_topic(text: str, start: int, end: int, skip=(), places=()) -> tuple[str, tuple[int, int]] | None:
    """(name, span) of the topic that opens the lead sentence ``text[start:end]``, or None.

    ``skip`` are spans that may open it first; ``places`` the mentions (with ``start``,
    ``end``, ``name`` and ``label``) whose names write a place at the topic's start.
    """
    pos, read = start, 0
    while pos < end and read < _CLAUSES:
        pos = _past_openers(text, pos, end, skip)
        stop = _CLAUSE_END.search(text, pos, end)
        c_end = stop.start() if stop else end
        if pos < c_end:
            found = _phrase(text, pos, c_end, places)
            if found is not None or not _TIME_CLAUSE.fullmatch(text, pos, c_end):
                return found
        read += 1
        pos = c_end + 1
    return None


def supported(name: str, heads: list[str]) -> bool:
    """True when a headline line restates the topic: a two-character word of it (上市银行 in
    上市银行一季报概览), its short form (军运会), or, for a short form of three characters at
    most, two of them (十冬会 in 冬运会又产生五枚金牌); characters that carry no meaning
    (的, 年, 全…) do not count."""
    chars = [c for c in name if "\u4e00" <= c <= "\u9fff"]
    pairs = {a + b for a, b in zip(name, name[1:]) if not {a, b} <= _FUNCTION_CHARS}
    meaning = set(chars) - _FUNCTION_CHARS
    return any(any(p in head for p in pairs) or len(chars) <= 3 and len(meaning & set(head)) >= 2
               or _short_form_in(name, head) for head in heads)


def _short_form_in(name: str, head: str) -> bool:
    """True when the headline writes a short form of the name: three characters of it in
    order (军运会 for 第七届世界军人运动会, 青运会 for 全国青年运动会)."""
    for i in range(len(head) - 2):
        window = head[i:i + 3]
        if len(set(window) - _FUNCTION_CHARS) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in window):
            continue
        rest = iter(name)
        if all(c in rest for c in window):
            return True
    return False


#: A clause that tells the news (某局发布消息, 某公司披露): its body is the source, not the topic.
_TELLS = re.compile(r"发布消息|发布数据|消息称|披露|通报|获悉|了解到|表示|介绍")


def _past_openers(text: str, pos: int, end: int, skip) -> int:
    """Past the skip spans, brackets, spaces and times that open a clause."""
    moved = True
    while moved and pos < end:
        moved = False
        for a, b in skip:
            if a <= pos < b:
                pos, moved = b, True
        m = _BRACKET.match(text, pos, end) or _SPACE.match(text, pos, end)
        if m and m.end() > pos:
            pos, moved = m.end(), True
        r = _REPORT.match(text, pos, end)
        if r and r.end() > pos:  # 本报讯, 综合新华社消息：
            pos, moved = r.end(), True
        t = _TIME_CLAUSE.match(text, pos, end)
        if t and t.end() > pos:  # 7月1日以来|我国…, 今天的|十冬会…
            pos, moved = t.end(), True
    return pos


def _phrase(text: str, pos: int, c_end: int, places) -> tuple[str, tuple[int, int]] | None:
    """The noun phrase opening ``text[pos:c_end]`` after an optional place, or None."""
    place = next((m for m in places if m.start == pos and m.label in {"GPE", "LOC", "REF", "SCOPE"}), None)
    body = place.end if place is not None else pos
    stop = min(c_end, pos + _MAX)
    words = word_tags(text[body:stop])
    if not words and place is not None and place.label != "REF":
        return place.name, (place.start, place.end)  # 中原某某产业园，…: a named place is the topic
    if not words:
        return None
    verbs = [i for i, (_, f) in enumerate(words) if f.startswith("v")]
    if _TELLS.search(text, body, c_end):
        return None  # 市交通运输局发布消息，…: who tells the news, not what it is about
    closing = text[c_end:c_end + 1] in ("", "。", "!", "?", "！", "？")  # the sentence ends with the clause
    if c_end - body <= _WHOLE and words[-1][1].startswith("n") and (
            verbs == [] or verbs == [len(words) - 2] and not closing) and not any(
            f.startswith(("d", "p", "u", "c", "r", "a", "t", "m")) for _, f in words):
        at = c_end  # 雨水时节，中原某某产业园，…: a clause that is a noun phrase alone (a verb and its
        # object ending the sentence are its predicate: 3月5日，某年春运落下帷幕。)
    else:
        at, ended, quoted = body, None, False
        for i, (word, flag) in enumerate(words):
            if word in _QUOTES or word == "号" and text[at - 1:at] in _QUOTES:
                quoted = word in "“‘《" or word == "\"" and not quoted
                at += len(word)
                continue
            if quoted:  # “远航”: any word inside quotes is part of the name
                at += len(word)
                continue
            if i == 0 and (flag.startswith(_NOT_FIRST) or word in "，,、"):
                return None
            if word in _predicates() or i > 0 and (not _nounish(word, flag) or flag.startswith(("ns", "nr"))):
                ended = flag
                break
            at += len(word)
        if ended == "m" and _COUNT_AFTER.match(text, at):
            return None  # 全市新建公共停车场|132个: the phrase is what the figure counts, not the topic
        while at > body and text[at - 1] in _QUOTES and text[body:at].count(text[at - 1]) % 2:
            at -= 1  # an opening quote left at the end
    if sum("\u4e00" <= c <= "\u9fff" for c in text[body:at]) < _MIN or text[pos:at].count("“") != text[pos:at].count("”"):
        return None  # 20 (a number), 市区, 甘肃|重点 (a place word), “暴雨 (a quotation opens the lead)
    if _REPORTS.match(text, at):
        return None  # 市体育局昨日发布…: who reports
    prefix = canonical(place.name) if place is not None and place.name else text[pos:body]
    return prefix + text[body:at], (pos, at)


@functools.lru_cache(maxsize=1)
def _predicates() -> frozenset[str]:
    """Predicates jieba tags as nouns (``models/subject_lead_predicates.txt``)."""
    return frozenset(load_lines("subject_lead_predicates.txt"))


def _nounish(word: str, flag: str) -> bool:
    """A word of a noun class; jieba's time class only where the word is no time (青年 t)."""
    if flag == "t":
        return not _TIME_CLAUSE.fullmatch(word)
    return flag.startswith(_NOUN_FLAGS) and not flag.startswith(("nr", "ns") if len(word) == 1 else "~")
