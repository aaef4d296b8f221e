"""Media outlets named by a news item's credit line: 某某网讯, 某某报记者, 某某社北京5月1日电.

A paper, agency or portal is named most often where it files or credits an
item, and there the credit itself is the evidence: the name ends in a media
head (某某报, 某某网, 某某社, 某某在线) and is followed by a dispatch word
(讯, 快讯, 电, 消息: after an optional place and date) or its reporter (记者),
at the start of a line or clause (after punctuation, a space or 据). Neither
tagger needs to know the outlet (jieba cuts 新|京报, 海峡|都市报; LAC reads
紫牛新闻 as 紫牛), so both modes find it here. GUIDELINES count newspapers as
ORG. A credit may name two outlets in a row (某某报/某某网记者, 某某报某某网讯): each is one.

The credit's end is a hard boundary: no name runs on through the dispatch
word (新华社|电|某某局 is two names), see :func:`crossing`. The words
are data: ``models/media_credits.tsv`` and ``models/media_heads.txt``.
Spans are ``(start, end, "ORG", RULE)`` in the line's coordinates.
"""

from __future__ import annotations

import functools
import re

from pipeline.entities.tagged_bodies import media_heads
from pipeline.text.resources import load_table
from pipeline.text.words import jieba_dictionary

#: The rule name of the spans found here (the recognizer's priority table and the merge know it).
RULE = "credit-outlet"
#: Fewest characters of an outlet's name before its head (红网, 本报 are too short to tell).
_MIN_BODY = 2
#: Most characters of an outlet's name (body and head).
_MAX_NAME = 12
#: jieba classes of a word that opens a description, not a name (当地 s, 本地 r, 多家 m, 省级 b).
_DESCRIBING_CLASSES = frozenset({"s", "r", "m", "q", "b", "d", "f", "t", "p", "c", "u", "v"})
#: Heads that follow common nouns as plain words (体育新闻, 春节频道): only a proper noun or an unknown word opens them.
_LOOSE_HEADS = frozenset({"新闻", "频道", "在线"})
#: jieba classes of proper nouns (a place, an other proper noun, an organization, an abbreviation, a name).
_PROPER_CLASSES = frozenset({"ns", "nz", "nt", "j", "nr"})
#: jieba classes of function characters (adverb, preposition, conjunction, particle, pronoun).
_FUNCTION_CLASSES = frozenset("dpcur")
_CJK = "\u4e00-\u9fff"
#: A place of a dateline (2–4 characters) before its date: 某某网|天津|10月7日|消息.
_DATELINE = rf"(?:[{_CJK}]{{2,4}})?\d{{1,2}}月\d{{1,2}}日"


@functools.lru_cache(maxsize=None)
def _words() -> dict[str, tuple[str, ...]]:
    """The roles of ``models/media_credits.tsv``, each a tuple longest first; heads merged with the media heads."""
    roles: dict[str, list[str]] = {}
    for row in load_table("media_credits.tsv"):
        roles.setdefault(row["role"], []).append(row["word"])
    roles["head"] = list(set(roles.get("head", [])) | set(media_heads()))
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in roles.items()}


@functools.lru_cache(maxsize=None)
def _followers() -> re.Pattern[str]:
    """Any dispatch or reporter word: a line without one holds no credit (one C scan to tell)."""
    words = _words()
    return re.compile("|".join(map(re.escape, words["dispatch"] + words["reporter"])))


@functools.lru_cache(maxsize=None)
def _credit() -> re.Pattern[str]:
    """A name ending in a head, then a dispatch (after a dateline) or a reporter word; a clause opens it."""
    words = _words()
    heads = "|".join(map(re.escape, words["head"]))
    dispatch = "|".join(map(re.escape, words["dispatch"]))
    reporter = "|".join(map(re.escape, words["reporter"]))
    return re.compile(rf"(?:(?<=[^{_CJK}A-Za-z0-9])|(?<=据)|^)"
                      rf"(?P<name>(?:(?!据)[{_CJK}]){{{_MIN_BODY},{_MAX_NAME}}}?(?:{heads}))"
                      rf"(?=(?:{_DATELINE})?(?:{dispatch})|{reporter})")


def outlets(line: str, common: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """ORG spans of the outlets the line's credits name (see the module docstring), sorted."""
    if not _followers().search(line):
        return []  # no dispatch or reporter word: most lines
    found = []
    joiners = _words().get("joiner", ())
    for match in _credit().finditer(line):
        start, end = match.span("name")
        found += [(s, e, "ORG", RULE) for s, e in _split(line, start, end, common)]
        if start > 0 and line[start - 1] in joiners:  # 某某晚报/某某新闻记者: the outlet before the joiner
            before = _outlet_before(line, start - 1, common)
            if before:
                found.append((before[0], before[1], "ORG", RULE))
    return sorted(set(found))


def crossing(spans: list[tuple[int, int, str, str]], credits: list[tuple[int, int, str, str]]
             ) -> list[tuple[int, int, str, str]]:
    """``spans`` less those that run on through a credit's end (新华社|电|某某局 is no one name)."""
    if not credits:
        return spans
    ends = {end for _start, end, _label, _rule in credits}
    return [c for c in spans if not any(c[0] < end < c[1] for end in ends)]


def _split(line: str, start: int, end: int, common: dict[str, str]) -> list[tuple[int, int]]:
    """The outlets of one credit: the name whole, or two when a head closes a first outlet inside it."""
    if not _is_name(line[start:end], common):
        return []
    heads = _words()["head"]
    for cut in range(start + _MIN_BODY + 1, end - _MIN_BODY):
        if line[start:cut].endswith(heads) and _is_name(line[start:cut], common) and _is_name(line[cut:end], common):
            return [(start, cut), (cut, end)]  # 某证报|某某证券网讯
    return [(start, end)]


def _outlet_before(line: str, end: int, common: dict[str, str]) -> tuple[int, int] | None:
    """The outlet that ends at ``end`` and opens a clause (某某晚报 before /某某新闻记者), or None."""
    start = end
    while start > 0 and end - start < _MAX_NAME and "\u4e00" <= line[start - 1] <= "\u9fff":
        start -= 1
    name = line[start:end]
    return (start, end) if name.endswith(_words()["head"]) and _is_name(name, common) else None


@functools.lru_cache(maxsize=1)
def _single_characters() -> dict[str, str]:
    """jieba's class of each one-character word of its dictionary (才 d, 在 p)."""
    return {word: tag for word, (_freq, tag) in jieba_dictionary().items() if len(word) == 1}


def _is_name(name: str, common: dict[str, str]) -> bool:
    """Does ``name`` (body + head) read as one outlet's name, not a described kind (当地电视台, 本报)?"""
    heads = _words()["head"]
    head = next((h for h in heads if name.endswith(h)), "")
    body = name[: len(name) - len(head)]
    not_openers = _words().get("not-opener", ())
    if len(body) < _MIN_BODY or body[0] in not_openers or body[-1] in not_openers:
        return False  # 本报, 全网; 某某本报: a text run on into the paper's own 本报讯
    if body[:2] not in common and _single_characters().get(body[0], "n")[:1] in _FUNCTION_CLASSES:
        return False  # 才|使新闻: a clause's adverb or preposition opens no outlet
    if head in _LOOSE_HEADS and common.get(body, "nz")[:2] not in _PROPER_CLASSES:
        return False  # 体育|新闻记者: a common noun before a loose head is a kind of news, not an outlet
    return common.get(body[:2], "n")[:1] not in _DESCRIBING_CLASSES and common.get(body, "n")[:1] not in _DESCRIBING_CLASSES
