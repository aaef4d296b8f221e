"""Lexical cohesion: does a heading-like run speak of what the article before it speaks of?

A sub-head repeats the words of its article (全市法院…收案 under a report on
the city's courts); the title of the next article on a tight page, with no
blank line, lead or byline to mark it, shares almost none of them (a police
round-up after a court report). Counting shared content words is the oldest
cue of text segmentation (TextTiling, Hearst 1997) and needs no page
convention: only jieba's word classes (nouns and verbal nouns of two
characters or more).
"""

from __future__ import annotations

from pipeline.text.words import word_tags

#: jieba classes of content words: nouns of every kind and verbal nouns.
_CONTENT = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "vn")
#: How much of a run and its first paragraph to read (the run, then the start of its text).
NEW_TEXT_CHARS = 150


def content_words(text: str) -> set[str]:
    """Nouns and verbal nouns of two characters or more in ``text`` (jieba's dictionary classes)."""
    return {word for word, tag in word_tags(text) if len(word) >= 2 and tag in _CONTENT}


def shared_share(article_text: str, new_text: str) -> tuple[float, int]:
    """(share of the content words of ``new_text`` also in ``article_text``, how many it has)."""
    return share_in(content_words(article_text), new_text)


def share_in(article_words: set[str], new_text: str) -> tuple[float, int]:
    """:func:`shared_share` against the content words already read from an article."""
    new = content_words(new_text)
    if not new:
        return 0.0, 0
    return len(new & article_words) / len(new), len(new)
