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

#: One sentence: anything up to a run of end marks plus trailing closers, or to a newline.
_SENTENCE = re.compile(
    r"""[^\n]*?                       # shortest run of text
        (?: [。！？!?;；…]+ [”’」』"')）]*  # end marks, then closing quotes/brackets
          | (?=\n) | $ )              # or the end of the unit
    """,
    re.VERBOSE,
)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences in ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans = []
    for match in _SENTENCE.finditer(text, start, end):
        a, b = match.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans
