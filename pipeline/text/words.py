"""Words and word classes of short fragments, by jieba's own dictionary.

The stages that read word edges or classes around a figure (过 in 通过 is part
of a verb; a metric must not end inside 不少于) share one jieba-rs instance
here (the ``rjieba`` package's own), without spaCy and without our user words:
those shape the article's tokens (:mod:`pipeline.text.segment`), not a word's
dictionary class.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path


def word_tags(text: str) -> list[tuple[str, str]]:
    """(word, jieba word class) pairs of a short fragment, by jieba's own dictionary (no user words).

    For the stages that read word edges or classes around a figure (过 in 通过,
    a metric ending inside 不少于): the instance the ``rjieba`` package builds on
    import serves them all. Importing rjieba loads jieba's dictionary into it
    (~0.1 s) whether we use it or not, and the segmenter's own instance (which
    takes our user words) imports the package too; a further private instance
    loaded the same dictionary a third time. Nothing in zhnews adds words to the
    package's instance (the segmenter adds them to its own).
    """
    if not text:
        return []
    import rjieba

    return rjieba.tag(text)  # a new list each call


def jieba_dictionary_path() -> Path:
    """jieba's ``dict.txt`` (word, frequency, class a line), found in its package without importing it."""
    return Path(importlib.util.find_spec("jieba").origin).parent / "dict.txt"


#: One line of jieba's dictionary: word, frequency, class.
_ENTRY = re.compile(r"^(\S+) (\d+) (\S+)$", re.MULTILINE)


@functools.lru_cache(maxsize=4)
def jieba_dictionary(path: Path | None = None) -> dict[str, tuple[int, str]]:
    """Every word of jieba's dictionary: word -> (frequency, class); one regex scan of the file."""
    text = (path or jieba_dictionary_path()).read_text(encoding="utf-8")
    return {word: (int(freq), tag) for word, freq, tag in _ENTRY.findall(text)}
