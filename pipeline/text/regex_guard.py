"""A cheap two-character guard for big scanning regexes.

``pattern.finditer`` tries the whole pattern at every position of the text.
For a large alternation (the date grammar: dozens of branches, lookaheads and
word lists) that costs microseconds per character although almost every
position fails on its first character or two. :func:`guarded` computes, from
the parsed pattern, which first two characters a non-empty match can start
with, and prepends lookaheads on them:

- ``(?=[firsts])``: one character-class test, which throws out most positions;
- ``(?=[c]|[ab][xyz])``: a first character, then any second character allowed
  after one: two more class tests;
- ``(?=[c]|[a][x]|[b][yz])``: the second character each first one allows
  (none for a first character a match may end after, or followed by anything).
  Common characters that open a date only in a few words (年 in 年底, 青 in
  青年节) then fail on their second character, not on the whole grammar.

The guard is conservative (a superset: zero-width assertions are skipped,
optional items let the next item's characters in, anything the analysis does
not know allows any character), so every non-empty match of the original
pattern is found, at the same position, with the same groups. Empty matches
may disappear; callers that use the guard skip them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}
_ZERO_WIDTH = {C.ASSERT, C.ASSERT_NOT, C.AT}
#: How many leading characters the guard looks at.
_DEPTH = 2
#: A character the analysis cannot bound (``.``, ``[^…]``, a group reference).
ANY = None
#: Prefixes: tuples of up to _DEPTH character classes (class bodies such as ``\d`` or
#: ``年``, or ANY). A shorter tuple means the match may end there.
Prefixes = frozenset


class _Unbounded(Exception):
    """The first character can be anything (or the analysis does not know the construct)."""


def _class_body(items) -> str | None:
    """The body of a character class matching one IN item list; None (ANY) if not bounded."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is C.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # NEGATE, other categories
            return ANY
    return "".join(sorted(out))


def _concat(left: set[tuple], right: set[tuple]) -> set[tuple]:
    """Prefixes of a match of ``left`` followed by a match of ``right``."""
    out = {p for p in left if len(p) == _DEPTH}
    for p in left:
        if len(p) < _DEPTH:
            out.update((p + q)[:_DEPTH] for q in right)
    return out


def _item(op, av) -> set[tuple]:
    """Prefixes of the matches of one parsed item."""
    if op is C.LITERAL:
        return {(re.escape(chr(av)),)}
    if op is C.IN:
        return {(_class_body(av),)}
    if op in (C.NOT_LITERAL, C.ANY):
        return {(ANY,)}
    if op in _ZERO_WIDTH:
        return {()}
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.BRANCH:
        return set().union(*(_seq(branch) for branch in av[1]))
    if op in _REPEATS:
        low, high, body = av
        return _repeat(_seq(body), low, high)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq(av)
    # group references and the like: any length, any characters
    return {(), (ANY,), (ANY,) * _DEPTH}


def _repeat(body: set[tuple], low: int, high: int) -> set[tuple]:
    """Prefixes of ``body`` repeated ``low`` to ``high`` times."""
    done = {()}
    for _ in range(low):
        done = _concat(done, body)
        if all(len(p) == _DEPTH for p in done):
            return done
    found, more = set(done), done
    for extra in range(_DEPTH):  # each further copy adds a character at most once it matters
        if low + extra >= high:  # MAXREPEAT (unbounded) is a large number
            break
        more = _concat(more, body)
        found |= more
    return found


def _seq(seq) -> set[tuple]:
    """Prefixes of the matches of a parsed sequence."""
    found = {()}
    for op, av in seq:
        found = _concat(found, _item(op, av))
        if all(len(p) == _DEPTH for p in found):
            break
    return found


def _guard(prefixes: set[tuple]) -> str | None:
    """The lookaheads for ``prefixes``; None when nothing is ever matched."""
    seconds: dict[str, set[str] | None] = {}
    for p in prefixes:
        if not p:
            continue  # the empty match: not guarded
        if p[0] is ANY:
            raise _Unbounded(p)
        if len(p) == 1 or p[1] is ANY or seconds.get(p[0], set()) is None:
            seconds[p[0]] = None  # may end after the first character, or anything follows
        else:
            seconds.setdefault(p[0], set()).add(p[1])
    if not seconds:
        return None
    firsts = "[" + "".join(sorted(seconds)) + "]"
    # first characters sharing the same allowed seconds go in one branch
    by_seconds: dict[frozenset | None, list[str]] = {}
    for first, allowed in seconds.items():
        by_seconds.setdefault(None if allowed is None else frozenset(allowed), []).append(first)
    if list(by_seconds) == [None]:
        return f"(?={firsts})"
    branches, free, constrained, any_second = [], "", "", set()
    for allowed, group in sorted(by_seconds.items(), key=lambda kv: (kv[0] is not None, sorted(kv[1]))):
        head = "".join(sorted(group))
        if allowed is None:
            free = head
            branches.append(f"[{head}]")
        else:
            constrained += head
            any_second |= allowed
            branches.append(f"[{head}][{''.join(sorted(allowed))}]")
    # a coarse test first (a first character, then any allowed second one): the exact
    # alternation below tries its branches one by one, so it should see few positions
    second = f"[{''.join(sorted(any_second))}]"
    coarse = f"[{constrained}]{second}"
    return f"(?={firsts})(?={'[' + free + ']|' if free else ''}{coarse})(?={'|'.join(branches)})"


@functools.lru_cache(maxsize=None)
def _lookaheads(pattern: re.Pattern[str]) -> str | None:
    """The guard of :func:`_guard`, or None when the first characters are not bounded (once per
    pattern: :class:`Scanner` and :func:`guarded` both need it, and parsing the date grammar costs ~10 ms)."""
    if pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern:
        return None  # the classes are not case-folded
    try:
        return _guard(_seq(P.parse(pattern.pattern, pattern.flags & ~re.UNICODE)))
    except _Unbounded:
        return None


@functools.lru_cache(maxsize=None)
def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind lookaheads on the first two characters its non-empty matches start with.

    Returns ``pattern`` itself when the first characters cannot be bounded.
    """
    guard = _lookaheads(pattern)
    if guard is None:
        return pattern
    newline = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment must not eat ")"
    return re.compile(f"{guard}(?:{pattern.pattern}{newline})", pattern.flags)


def by_first_character(words: list[tuple[str, str]]) -> str:
    """``w1suffix1|w2suffix2|…`` written as one branch per first character: 个(?:百分点|)|万(?:人|元).

    ``words`` are (literal word, regex suffix) pairs in the order of preference.
    The same matches in the same order of preference (words with different first
    characters never match at one position; those sharing it keep their order),
    but every branch opens with a literal character: the regex engine then skips
    in C to the characters that can open a word, and at a position tries one
    branch per first character instead of one per word.
    """
    groups: dict[str, list[str]] = {}
    for word, suffix in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + suffix)
    branches = []
    for first, rests in groups.items():
        head = re.escape(first)
        branches.append(head + rests[0] if len(rests) == 1 else f"{head}(?:{'|'.join(rests)})")
    return "|".join(branches)


class Scanner:
    """``pattern.finditer`` without its empty matches, found faster on sparse text.

    A pattern that opens with a lookahead (as :func:`guarded` patterns do) makes
    the regex engine enter its matcher at every position of the text. A pattern
    that opens with a character class lets the engine skip in C to the next
    character of that class. ``probe`` is such a pattern: the class of the first
    characters, then a width-one lookbehind that steps back onto that character
    and runs the guarded pattern there inside a lookahead, capturing its match
    (groups captured in a lookahead are kept). Probes also stop inside a match
    and at empty matches; :meth:`finditer` skips the first and, as ``finditer``
    does, retries the second for a non-empty match at the same position.
    """

    __slots__ = ("source", "probe", "_guarded")

    def __init__(self, pattern: re.Pattern[str]):
        guard = _lookaheads(pattern)
        self.source, self._guarded = pattern, None
        self.probe = None
        if guard is not None and "__all" not in pattern.groupindex:
            firsts = guard[len("(?="):guard.index(")")]
            newline = "\n" if pattern.flags & re.VERBOSE else ""
            self.probe = re.compile(f"{firsts}(?<=(?={guard}(?P<__all>{pattern.pattern}{newline})).)",
                                    pattern.flags)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The guarded pattern: compiled when first needed, since with a probe only an empty
        match at a probe's position needs it (compiling the date grammar once more costs ~50 ms
        of every run's start-up)."""
        if self._guarded is None:
            self._guarded = guarded(self.source)  # kept here: hashing a pattern for the cache reads its whole code
        return self._guarded

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int, re.Match[str]]]:
        """(start, end, match) for the non-empty matches of ``pattern.finditer(text, pos, endpos)``.

        ``match.group(name)`` gives the pattern's groups; its own span may be the probe's.
        """
        endpos = len(text) if endpos is None else endpos
        if self.probe is None:
            yield from ((m.start(), m.end(), m) for m in self.pattern.finditer(text, pos, endpos) if m.end() > m.start())
            return
        last = pos
        for probe in self.probe.finditer(text, pos, endpos):
            start, end = probe.span("__all")
            if start < last:
                continue  # inside the last match
            if end == start:  # empty: finditer tries again here for a non-empty match
                retry = self.pattern.scanner(text, start, endpos)
                retry.match()
                probe = retry.match()
                if probe is None or probe.end() == start:
                    continue
                end = probe.end()
            yield start, end, probe
            last = end


@functools.lru_cache(maxsize=None)
def scanner(pattern: re.Pattern[str]) -> Scanner:
    """The :class:`Scanner` of ``pattern``, built once."""
    return Scanner(pattern)
