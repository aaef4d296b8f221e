"""Where a tagger's person names start and end: three regular errors of LAC, repaired.

- **Names run together** (a list printed without separators, 某甲某乙某丙):
  LAC cuts the run at the wrong places (王小明李|大力赵…) or takes several
  names as one. :func:`resegment_runs` cuts the whole run again into names
  of two or three characters, each opening on a surname, preferring names
  jieba's dictionary knows and the cuts LAC made itself.
- **A given name cut short** before a character that is also a word
  (某国|能 出任, 某全|有 上将): :func:`complete_given_names` adds the third
  character when the three-character name is one jieba's dictionary lists
  as a person's (``nr``), one the article writes elsewhere as a name, or
  when a list separator follows it (某某和、: no conjunction ends an item).
- **A Latin-script name cut at its space** (Philip|Kimaiyo, or only the
  surname tagged): :func:`join_latin_names` takes the capitalized words
  around a Latin PERSON span into it.
- **A transliterated person taken for a place** (某某科利尔 以…成绩夺冠, 某斯潘
  表示): :func:`speakers_not_places` makes a tagger place a PERSON when it is
  no known place, reads as a transliteration and a verb whose subject is a
  person follows it (``models/speech_verbs.txt``).

All are pure functions on spans ``(start, end, label)`` in the coordinates
of the text given; the known names come from :func:`known_person_names`.
"""

from __future__ import annotations

import functools
import re

from pipeline.entities.names import is_cjk
from pipeline.entities.text import without_overlaps
from pipeline.text.resources import load_lines
from pipeline.text.name_runs import cut_into_names, known_three_char_names
from pipeline.text.words import jieba_dictionary

Span = tuple[int, int, str]

#: Largest gap (characters no tagger PERSON covers) inside a run of names (a piece LAC left out: 某某|东|某某).
RUN_GAP = 2
#: Length from which one tagger PERSON alone is a run (a Chinese name has two to four characters,
#: four only with a compound surname; 某某某某 is a name and the start of the next).
ONE_SPAN_RUN = 4
#: Characters the last name of a run may take after it (the tagger left the end of a name out).
RUN_OVERHANG = 2


def known_person_names() -> frozenset[str]:
    """Three-character Chinese names jieba's dictionary tags ``nr`` (:mod:`pipeline.text.name_runs`)."""
    return known_three_char_names()


def resegment_runs(text: str, spans: list[Span], surnames: frozenset[str], known: frozenset[str],
                   foreign: frozenset[str] = frozenset(), compound: frozenset[str] = frozenset()) -> list[Span]:
    """Spans with every run of person names cut again into names (see the module docstring).

    A run is two or more tagger PERSON spans with at most :data:`RUN_GAP`
    CJK characters between them, five characters or more in all, or one
    span of :data:`ONE_SPAN_RUN` characters or more with fewer than two
    characters of ``foreign`` (transliterations) and not four characters on
    one of the ``compound`` surnames (欧阳某某); no name dot (transliterated
    names keep the tagger's bounds). Its new cuts must each open on one of
    ``surnames`` or be a name jieba knows (one span alone needs at least one
    name jieba knows among its cuts); the last name may take up to two
    characters after the run (the tagger left them out). Without such a cut
    the run is left as it was. A name that takes a character of a gap
    that is a word of its own (a conjunction, preposition, particle or verb:
    某某|和|某某, 某某|胜|某某) must be one jieba knows (某全有).
    """
    people = sorted(s for s in spans if s[2] == "PERSON")
    if not people:
        return spans
    runs, current = [], people[:1]
    for span in people[1:]:
        gap = text[current[-1][1] : span[0]]
        if len(gap) <= RUN_GAP and all(map(is_cjk, gap)):
            current.append(span)
        else:
            runs.append(current)
            current = [span]
    runs.append(current)
    replaced: dict[Span, list[Span]] = {}
    for run in runs:
        start, end = run[0][0], run[-1][1]
        if len(run) < 2 and end - start < ONE_SPAN_RUN or end - start < 5 or not all(map(is_cjk, text[start:end])):
            continue
        if len(run) == 1 and sum(char in foreign for char in text[start:end]) >= 2:
            continue  # a transliterated name (阿不来提), not names of Chinese people run together
        if len(run) == 1 and end - start <= 4 and text[start : start + 2] in compound:
            continue  # 欧阳某某: one name on a compound surname
        cuts = {s for s, _e, _l in run} | {e for _s, e, _l in run}
        weak = {at for a, b in zip(run, run[1:]) for at in range(a[1], b[0]) if _is_function_char(text[at])}
        names = cut_into_names(text, start, end, surnames, known, cuts, weak, overhang=RUN_OVERHANG)
        if names is not None and len(run) == 1 and not any(text[a:b] in known for a, b in names):
            continue  # one span cut with no name jieba knows: no evidence of a run (某某斯儿童医院)
        if names is not None:
            replaced[run[0]] = [(a, b, "PERSON") for a, b in names]
            replaced.update({span: [] for span in run[1:]})
    if not replaced:
        return spans
    out: list[Span] = []
    for span in spans:
        out.extend(replaced.get(span, [span]))
    return without_overlaps(out, longest_first=False)


#: jieba word classes of single characters that stand between names as words of their own
#: (conjunctions, prepositions, particles, verbs): 和, 与, 同, 胜.
_FUNCTION_CLASSES = frozenset({"c", "p", "u", "v", "vg", "uj", "ul", "ud", "uz", "ug", "uv"})


def _is_function_char(char: str) -> bool:
    """Is ``char`` a word of its own between two names (jieba's class of the character)?"""
    return jieba_dictionary().get(char, (0, ""))[1] in _FUNCTION_CLASSES


#: What ends an item of a list of names (某某、某某 / 某某 摄): a separator or the end of a line.
_ITEM_ENDS = frozenset("、，,;；）) \u3000\n")
#: Characters that may stand alone between a name and a separator (某某等、, 某某们, a credit's
#: 某某摄 / 某某文 / 某某图 at a line's end).
_AFTER_NAME_WORDS = frozenset("等们说讲称摄文图绘译")


def _closes_list_item(text: str, end: int) -> bool:
    """Is the one character after a two-character name the last of a list item (某某和、: 和 cannot
    join anything before 、, so it is the given name's)?"""
    after = end + 1
    return text[end] not in _AFTER_NAME_WORDS and (after == len(text) or text[after] in _ITEM_ENDS)


def complete_given_names(text: str, spans: list[Span], known: frozenset[str],
                         surnames: frozenset[str]) -> list[Span]:
    """Two-character tagger persons followed by the rest of a known three-character name (see the
    module docstring); the next character must be CJK and no other span's."""
    starts = {s for s, _e, _l in spans}
    named_in_text = {text[s:e] for s, e, label in spans if label == "PERSON" and e - s == 3}
    out = []
    for start, end, label in spans:
        name = text[start : end + 1]
        if (label == "PERSON" and end - start == 2 and end < len(text) and is_cjk(text[end])
                and end not in starts and text[start] in surnames
                and (name in known or name in named_in_text or _closes_list_item(text, end))):
            out.append((start, end + 1, label))
        else:
            out.append((start, end, label))
    return out


#: A capitalized Latin word (a given name or a surname: Philip, McKay, O'Neil).
_LATIN_WORD = re.compile(r"[A-Z][a-zA-Z'\-]*[a-z][a-zA-Z'\-]*")
#: Capitalized English function words, which open titles, not names (The New York Times).
_FUNCTION_WORDS = frozenset({"The", "A", "An", "Of", "And", "For", "In", "On", "At", "To", "By", "With"})
#: A capitalized Latin word ending where the search ends, not inside a longer word.
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-zA-Z'\-]*[a-z][a-zA-Z'\-]*$")
#: A Latin PERSON span: letters, spaces, dots, hyphens and apostrophes only.
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'\-]*")


def join_latin_names(text: str, spans: list[Span]) -> list[Span]:
    """Latin PERSON spans widened over the capitalized words next to them (one space apart), and
    two such spans one space apart joined: Philip + Kimaiyo -> Philip Kimaiyo."""
    out: list[Span] = []
    for start, end, label in sorted(spans):
        if label != "PERSON" or not _LATIN_NAME.fullmatch(text[start:end]) or text[start:end] in _FUNCTION_WORDS:
            out.append((start, end, label))
            continue
        while start >= 2 and text[start - 1] == " ":
            before = _LATIN_BEFORE.search(text, 0, start - 1)
            if before is None or before.group() in _FUNCTION_WORDS:
                break
            start = before.start()
        while end + 1 < len(text) and text[end] == " ":
            after = _LATIN_WORD.match(text, end + 1)
            if after is None or after.group() in _FUNCTION_WORDS:
                break
            end = after.end()
        if out and out[-1][2] == "PERSON" and out[-1][1] >= start:
            start = min(start, out.pop()[0])
        out.append((start, end, label))
    return out


@functools.lru_cache(maxsize=None)
def speech_verbs() -> tuple[str, ...]:
    """Verbs whose subject is a person (``models/speech_verbs.txt``), longest first."""
    return tuple(sorted(load_lines("speech_verbs.txt"), key=len, reverse=True))


#: Characters after 以 that make it a locative (以南, 以内, 以来), not the preposition of a result.
_YI_LOCATIVE = frozenset("东南西北上下内外来后前及便免")


def speakers_not_places(text: str, spans: list[Span], is_place, foreign: frozenset[str]) -> list[Span]:
    """Tagger places that are transliterated people (see the module docstring): no known place
    (``is_place(name)``), three characters or more, two or more of them transliteration
    characters (``foreign``), and right after it a speech verb or 以 + a result (以2小时…)."""
    out = []
    for start, end, label in spans:
        name = text[start:end]
        if (label == "LOC" and end - start >= 3 and sum(char in foreign for char in name) >= 2
                and not is_place(name) and _person_follows(text, end)):
            label = "PERSON"
        out.append((start, end, label))
    return out


def _person_follows(text: str, end: int) -> bool:
    """Does a verb whose subject is a person, or the 以 of a result (以2小时…), follow ``end``?"""
    if text.startswith(speech_verbs(), end):
        return True
    return text.startswith("以", end) and end + 1 < len(text) and text[end + 1] not in _YI_LOCATIVE
