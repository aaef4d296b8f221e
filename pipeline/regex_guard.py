"""A cheap first-character guard for big scanning regexes.

``pattern.finditer`` tries the whole pattern at every position of the text.
For a large alternation (the date grammar: dozens of branches, lookaheads and
word lists) that costs microseconds per character although almost every
position fails on its first character. :func:`guarded` computes, from the
parsed pattern, the set of characters a non-empty match can start with, and
prepends a lookahead on that set: positions that cannot start a match fail on
one character-class test, inside the regex engine.

The guard is conservative (a superset: zero-width assertions are skipped,
optional items let the next item's first characters in), so every non-empty
match of the original pattern is found, at the same position, with the same
groups. Empty matches may disappear; callers that use the guard skip them.
"""

from __future__ import annotations

import functools
import re

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}
_ZERO_WIDTH = {C.ASSERT, C.ASSERT_NOT, C.AT}


class _Unbounded(Exception):
    """The first character can be anything (or the analysis does not know the construct)."""


def _in_items(items) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is C.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # NEGATE, other categories: give up
            raise _Unbounded(op)
    return out


def _first_of_item(op, av) -> tuple[set[str], bool]:
    """(class items a match of this item can start with, whether it can match empty)."""
    if op is C.LITERAL:
        return {re.escape(chr(av))}, False
    if op is C.IN:
        return _in_items(av), False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is C.SUBPATTERN:
        return _first_of_seq(av[-1])
    if op is C.BRANCH:
        items, nullable = set(), False
        for branch in av[1]:
            first, empty = _first_of_seq(branch)
            items |= first
            nullable = nullable or empty
        return items, nullable
    if op in _REPEATS:
        low, _, body = av
        first, empty = _first_of_seq(body)
        return first, empty or low == 0
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _first_of_seq(av)
    raise _Unbounded(op)  # ANY, NOT_LITERAL, group references …


def _first_of_seq(seq) -> tuple[set[str], bool]:
    items: set[str] = set()
    for op, av in seq:
        first, empty = _first_of_item(op, av)
        items |= first
        if not empty:
            return items, False
    return items, True


@functools.lru_cache(maxsize=None)
def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on the characters its non-empty matches start with.

    Returns ``pattern`` itself when the first characters cannot be bounded.
    """
    try:
        items, _ = _first_of_seq(P.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    except _Unbounded:
        return pattern
    if not items:
        return pattern
    guard = "[" + "".join(sorted(items)) + "]"
    newline = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment must not eat ")"
    return re.compile(f"(?={guard})(?:{pattern.pattern}{newline})", pattern.flags)
