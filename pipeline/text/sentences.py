"""Sentence spans of analysis text.

A sentence ends at 。！？!? or ；; (a run of them, with …… counted as one mark),
and the closing quotes or brackets that follow the mark stay in that
sentence: “……很开心。” ends after ”. Line breaks (the separators between
units of an article) always end a sentence.

>>> text = "他说：“好。”我们走。\\n标题"
>>> [text[a:b] for a, b in split_sentences(text)]
['他说：“好。”', '我们走。', '标题']
"""

from __future__ import annotations

import re

#: What ends a sentence: a run of end marks with the closing quotes or brackets after
#: it (kept in the sentence), or a newline (dropped). Scanning for these breaks is one
#: C-level search per sentence (the pattern opens with one character class, which the
#: regex engine skips to directly); a lazy "text up to a mark" pattern retried the
#: marks at every character.
_BREAK = re.compile(
    r"""[。！？!?;；…\n]                  # an end mark or a newline
        (?: (?<=\n)                      # a newline stands alone
          | [。！？!?;；…]* [”’」』"')）]*  # marks: the rest of the run, then closing quotes/brackets
        )
    """,
    re.VERBOSE,
)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences in ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    a = start
    for match in _BREAK.finditer(text, start, end):
        s, e = match.span()
        b = s if text[s] == "\n" else e  # a newline is dropped, marks stay
        # most sentences have no whitespace at their edges: append without a trimming call
        if a < b and not text[a].isspace() and not text[b - 1].isspace():
            spans.append((a, b))
        else:
            _add_trimmed(spans, text, a, b)
        a = e
    _add_trimmed(spans, text, a, end)
    return spans


def _add_trimmed(spans: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    """Append [a, b) without its leading and trailing whitespace, unless nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        spans.append((a, b))
