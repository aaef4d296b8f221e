"""Water bodies and macro-regions: 某某河系, 某河流域, 某某水库, 长江中下游, 华北, 东北地区.

Flood, harvest and power-load reports name places the taggers read badly: a
river system or basin (某河系, 某江水系, 某河流域), where the tagger keeps the
river and drops the head (or reads an unknown river as a person); a reservoir
(某某水库), whose unknown name the tagger reads as a person or glues to the
river system before it (某河系某某水库) or to the verb before it (调度某某水库);
the country's macro-regions (华北, 华中, 东北地区, 长江中下游地区), which the
fast mode's dictionary words miss and the tagger cuts into abbreviations (华|中).
GUIDELINES annotate each as one LOC, the longest name: 某河流域, not 某河; and
the river system and the reservoir after it as two names.

The words and their roles are ``models/water_region_words.tsv``: heads that
make a river's name one place (河系, 水系, 流域) or a region (中下游), the head of
a reservoir (水库), parts of a river that are no name of their own (干流, 上游:
某江|干流 is the river, as 某市|北部 is the city), and the region words, each
with the evidence it needs (华北 alone; 东北 before 地区 or in a list of
regions, since 东北方向 is a direction; 南方 only as 南方地区).

A name before a head is found on characters, not on the tagger's spans (which
are what is wrong here): back from the head to a separator, a function
character, an entity's end or another water name's end, at most
:data:`_WINDOW` characters; then the name starts after the last word of two
characters or more that describes rather than names (jieba's dictionary: a
verb, a numeral, 大型, 骨干, a frequent common noun such as 调度), and keeps
at most the head's longest name, dropping whole words from the left. A river
whose first word is a common noun (石门|河) is taken from the place or person
span that holds its last character, when one does. A reservoir head with only
describing words before it (骨干水库, 平原大型水库) names a kind: a rule's LOC
there is dropped.

Two more bounds of the same family: a river + a part of it (某江干流, 某河上游)
is the river, and a place named after the part (某江干流|某某水文站) one of its
own; a province or city + 地区 (某省地区, 某市地区) that no lexicon lists whole
is the division, a GPE (a prefecture named 某某地区 keeps its name).

The step runs in both modes after the places are bounded (the merge, the
document memory, listed places): a new name replaces the place, person or
GPE spans inside it or glued to it (when what is left of them is only heads,
水库 of 某河流域水库), and gives way to a longer span of anything else (a body,
某某水库管理局). Spans are ``(start, end, label, rule)`` in the text's coordinates.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from pipeline.entities.gazetteer import Lexicons
from pipeline.entities.text import STOP_CHARS, Candidate, is_cjk
from pipeline.text.resources import load_table
from pipeline.text.words import jieba_dictionary, word_tags

#: The rule name of the spans found here.
RULE = "water-region"
#: Most characters looked at before a head for its name.
_WINDOW = 8
#: Shortest and longest name before each role's head: a reservoir's 2-4 characters, a river's 2-6 with its
#: last character (某河 of 某河系, 某江 of 某江流域).
_NAME_LENGTH = {"system": (2, 6), "reservoir": (2, 4), "reach": (2, 6)}
#: jieba classes of words that describe or belong to the clause, not to a name (verbs, numerals,
#: distinguishers such as 大型, adjectives, adverbs, pronouns, locatives, times, idioms …).
_DESCRIBING_CLASSES = frozenset("vpcdrmqubaftsliyoez")
#: A common noun of jieba's dictionary this frequent describes (调度 359, 骨干 1103); names are rarer (官厅 42).
_COMMON_NOUN_FREQ = 100
#: Separators of a list of regions (东北、华北和华南).
_LIST_MARKS = ("、", "和", "与", "及", "以及")
#: Labels a water name or region replaces when they are inside it or glued to it.
_REPLACEABLE = frozenset({"LOC", "GPE", "PERSON"})
#: Labels that never give way (a title, a program, a date hold their characters).
_KEPT_LABELS = frozenset({"WORK", "PROGRAM", "DATE"})


@functools.lru_cache(maxsize=None)
def roles() -> dict[str, frozenset[str]]:
    """Role -> words of ``models/water_region_words.tsv``."""
    table: dict[str, set[str]] = defaultdict(set)
    for row in load_table("water_region_words.tsv"):
        table[row["role"]].add(row["word"])
    return {role: frozenset(words) for role, words in table.items()}


@functools.lru_cache(maxsize=None)
def _role_of() -> dict[str, str]:
    """Word -> role, for the words the scan looks for (heads and regions, not kinds or endings)."""
    return {word: role for role, words in roles().items()
            if role not in {"kind", "river-end", "region-suffix"} for word in words}


@functools.lru_cache(maxsize=None)
def _scan() -> re.Pattern[str]:
    """One pattern of every head and region word, longest first."""
    return re.compile("|".join(sorted(map(re.escape, _role_of()), key=len, reverse=True)))


def water_regions(text: str, spans: list[Candidate], lex: Lexicons) -> list[Candidate]:
    """``spans`` with the river systems, reservoirs and regions of the text (see the module docstring)."""
    if "地区" in text:
        spans = _divisions_alone(text, spans, lex)
    hits = [(m.start(), m.end(), _role_of()[m.group()]) for m in _scan().finditer(text)]
    if not hits:
        return spans
    spans = _trim_parts(text, spans, hits, lex)
    names: list[tuple[int, int]] = []
    ends_before = sorted({c[1] for c in spans})
    for start, end, role in hits:
        if role in _NAME_LENGTH:
            found = _water_name(text, start, end, role, spans, ends_before, names, lex)
        else:
            found = _region(text, start, end, role)
        if found is not None and not any(s < found[1] and found[0] < e for s, e in names):
            names.append(found)
        elif found is None and role == "reservoir":
            spans = _without_kinds(text, spans, end, lex)
    return _placed(text, spans, names, lex) if names else spans


def _without_kinds(text: str, spans: list[Candidate], end: int, lex: Lexicons) -> list[Candidate]:
    """``spans`` less a LOC that ends at an unnamed reservoir's head ``end`` and holds only describing
    words before it (骨干水库, 平原大型水库): a kind of reservoir, no name."""
    head = len("水库")
    return [c for c in spans if not (c[1] == end and c[2] == "LOC" and c[1] - c[0] > head and all(
        _describes(word, lex) for word, _tag in word_tags(text[c[0] : end - head])))]


def _divisions_alone(text: str, spans: list[Candidate], lex: Lexicons) -> list[Candidate]:
    """A LOC of a province or city + 地区 (某省地区, 某市地区) that is no division itself is the division,
    a GPE: 地区 there means "the area of" (the division's own name is kept: 某某地区 of Xinjiang is one)."""
    out = []
    for start, end, label, rule in spans:
        name = text[start:end]
        known = lex.places.get(name[:-2]) if label == "LOC" and name.endswith("地区") else None
        if known is not None and known[1] == "GPE" and lex.places.get(name) is None:
            end, label = end - 2, "GPE"
        out.append((start, end, label, rule))
    return out


def _water_name(text: str, start: int, end: int, role: str, spans: list[Candidate], ends_before: list[int],
                names: list[tuple[int, int]], lex: Lexicons) -> tuple[int, int] | None:
    """Bounds of the river system, reservoir or reach whose head is ``text[start:end]``, or None."""
    stem_end = start + 1 if text[start:end] == "河系" else start  # 某某河系: the name is the river's (某某河)
    low, high = _NAME_LENGTH[role]
    if role == "reach" and text.startswith("地区", end):
        end += 2  # 长江中下游地区: the region the reach names
    boundaries = {e for e in ends_before if e < stem_end} | {e for _s, e in names}
    first = _name_start(text, stem_end, boundaries, high, lex)
    if (first is None or stem_end - first < low) and role != "reservoir":
        first = _tagged_river(stem_end, spans, boundaries, high)  # 石门|河系: a common noun opens a river's name
    if first is None or stem_end - first < low:
        return None
    if role != "reservoir" and text[stem_end - 1] not in roles()["river-end"]:
        return None  # 排|水系统, 城市|水系: no river before the head
    return first, end


def _tagged_river(stop: int, spans: list[Candidate], boundaries: set[int], longest: int) -> int | None:
    """Start of a place or person span that holds the river's last character before ``stop`` (a river the
    tagger or a rule found, whose first word is a common noun: 石门河, 北|运河), or None."""
    for start, end, label, _rule in spans:
        if label in _REPLACEABLE and start < stop <= end and stop - start <= longest and not any(
                start < b < stop for b in boundaries):
            return start
    return None


def _name_start(text: str, stop: int, boundaries: set[int], longest: int, lex: Lexicons) -> int | None:
    """Start of the name that ends at ``stop`` (see the module docstring), or None."""
    left = stop
    while (left > 0 and stop - left < _WINDOW and left not in boundaries and is_cjk(text[left - 1])
           and text[left - 1] not in STOP_CHARS):
        left -= 1
    if left == stop:
        return None
    bounds, first = [], left  # word starts; the name starts after the last describing word
    for word, _tag in word_tags(text[left:stop]):
        bounds.append(left)
        left += len(word)
        if _describes(word, lex):
            first = left
    first = next((b for b in bounds if b >= first and stop - b <= longest), stop)  # whole words off the left
    name = text[first:stop]
    if not name or stop - first > longest or name in lex.generic:
        return None
    return first


def _describes(word: str, lex: Lexicons) -> bool:
    """Does a word of two characters or more describe or belong to the clause rather than name?"""
    if len(word) < 2:
        return False  # one character may be the name's own (西|大洋, 王|快)
    if word in roles()["kind"] or word in lex.generic:
        return True
    freq, tag = jieba_dictionary().get(word, (0, ""))
    if not tag:
        return False  # a word jieba's dictionary lacks: an unknown name
    return tag[0] in _DESCRIBING_CLASSES or tag == "n" and freq >= _COMMON_NOUN_FREQ


def _region(text: str, start: int, end: int, role: str) -> tuple[int, int] | None:
    """Bounds of the macro-region at ``text[start:end]`` (with 地区 after it), or None without its evidence."""
    suffixed = text.startswith("地区", end)
    if role == "part" or role == "suffixed-region" and not suffixed:
        return None
    if role == "listed-region" and not suffixed and not _in_list(text, start, end):
        return None  # 东北方向, 西北风: a direction
    stop = end + 2 if suffixed else end
    return (start, stop) if _whole_words(text, start, stop) else None


def _in_list(text: str, start: int, end: int) -> bool:
    """Is the region at ``text[start:end]`` an item of a list of regions (东北、华北; 华南和西南地区)?"""
    regions = _region_words()
    for mark in _LIST_MARKS:
        if text.startswith(mark, end) and text.startswith(regions, end + len(mark)):
            return True
        before = text[max(0, start - len(mark) - 5) : start - len(mark)] if text.endswith(mark, 0, start) else ""
        if before.endswith(regions) or before.endswith(tuple(r + "地区" for r in regions)):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _region_words() -> tuple[str, ...]:
    """Words that name a region in a list: the regions, the listed regions and the reaches (长江中下游)."""
    table = roles()
    return tuple(sorted(table["region"] | table["listed-region"] | table["reach"], key=len, reverse=True))


def _whole_words(text: str, start: int, stop: int) -> bool:
    """Do ``start`` and ``stop`` fall on jieba's word bounds in their clause (not 广|西南|宁, 中|华南|路)?"""
    left, right = start, stop
    while left > 0 and start - left < _WINDOW and is_cjk(text[left - 1]):
        left -= 1
    while right < len(text) and right - stop < _WINDOW and is_cjk(text[right]):
        right += 1
    at, bounds = left, {left}
    for word, _tag in word_tags(text[left:right]):
        at += len(word)
        bounds.add(at)
    return start in bounds and stop in bounds


def _trim_parts(text: str, spans: list[Candidate], hits: list[tuple[int, int, str]], lex: Lexicons) -> list[Candidate]:
    """A LOC holding a river and a part of it (某江干流, 某河上游…) is the river; a place named after the part
    (某江干流某某站) is a place of its own, not a description (某江干流|施工区: a verb opens it)."""
    parts = {start: end for start, end, role in hits if role == "part"}
    if not parts:
        return spans
    out = []
    for span in spans:
        start, end, label, rule = span
        cut = next((p for p in range(start + 2, end) if p in parts and parts[p] <= end), None) if label == "LOC" else None
        if cut is None or text[cut - 1] not in roles()["river-end"]:
            out.append(span)
            continue
        out.append((start, cut, label, rule))
        rest = text[parts[cut] : end]
        if len(rest) >= 2 and rest not in lex.generic and not _describes(word_tags(rest)[0][0], lex):
            out.append((parts[cut], end, label, rule))
    return out


def _placed(text: str, spans: list[Candidate], names: list[tuple[int, int]], lex: Lexicons) -> list[Candidate]:
    """``spans`` with the ``names`` as LOCs (see :func:`_pieces` for the spans they overlap)."""
    kept = set(names)
    changed = True
    while changed:  # a name a span keeps out leaves more of the spans around it uncovered
        changed = False
        for start, end, label, _rule in spans:
            inside = [(s, e) for s, e in kept if s < end and start < e]
            if inside and _pieces(text, start, end, label, inside, lex) is None:
                kept.difference_update(inside)
                changed = True
    out = [(s, e, "LOC", RULE) for s, e in kept]
    for span in spans:
        start, end, label, rule = span
        inside = [(s, e) for s, e in kept if s < end and start < e]
        if not inside or inside == [(start, end)] and label == "LOC":
            out = [c for c in out if (c[0], c[1]) != (start, end)] if inside else out
            out.append(span)  # no name here, or the same name found before
        else:
            out += [(s, e, "LOC", rule) for s, e in _pieces(text, start, end, label, inside, lex) or ()]
    return sorted(out)


def _pieces(text: str, start: int, end: int, label: str, inside: list[tuple[int, int]],
            lex: Lexicons) -> list[tuple[int, int]] | None:
    """What is left of a span the ``inside`` names overlap: the places among its other characters
    (北江 of 某江水系北江某某水库), or None when the span keeps the names out. A place, person or
    GPE span gives way when its other characters are heads (水库 of 某河流域水库), describing words
    (调度 of 调度某某水库) or places; a title, a program, a date or a body running past the names
    (某某水库管理局) keeps them out."""
    covered = bytearray(end - start)
    for s, e in inside:
        covered[max(s, start) - start : min(e, end) - start] = b"\1" * (min(e, end) - max(s, start))
    rest = [m.span() for m in re.finditer(b"\0+", bytes(covered))]
    if rest and (label in _KEPT_LABELS or label not in _REPLACEABLE):
        return None
    places = []
    for s, e in ((start + s, start + e) for s, e in rest):
        piece = text[s:e]
        if _only_heads(piece, _head_words()) or all(_describes(w, lex) for w, _t in word_tags(piece)):
            continue
        if e - s >= 2 and (piece[-1] in roles()["river-end"] or jieba_dictionary().get(piece, (0, ""))[1] == "ns"):
            places.append((s, e))
            continue
        return None
    return places


@functools.lru_cache(maxsize=None)
def _head_words() -> tuple[str, ...]:
    """Heads that may be left over when a name replaces a glued span (水库, 地区, 流域 …)."""
    table = roles()
    return tuple(sorted(table["system"] | table["reservoir"] | table["region-suffix"], key=len, reverse=True))


def _only_heads(left: str, heads: tuple[str, ...]) -> bool:
    """Is ``left`` made only of head words (水库, 地区水库)?"""
    while left:
        head = next((h for h in heads if left.startswith(h)), None)
        if head is None:
            return False
        left = left[len(head):]
    return True
