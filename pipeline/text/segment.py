"""Word segmentation inside spaCy, with a segmenter instance of our own.

spaCy's built-in Chinese tokenizer shares jieba's module-level state; here
each :class:`SegmenterTokenizer` owns its segmenter, loaded once, fed with the
user words of ``models/`` lexicons so names come out as single tokens. Tokens
always line up with the text: the words are checked against it and a
mismatch raises instead of shifting every later offset.

Segmenters:

- ``jieba``: jieba's dictionary and algorithm through jieba-rs (``rjieba``, a
  dependency), about 15x faster than the Python implementation, on a private
  ``rjieba.Jieba()`` instance.
- ``pkuseg``: pkuseg with the ``default`` model its package ships (slower,
  more accurate on news text).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

SEGMENTERS = ("jieba", "pkuseg")


class Segmenter(Protocol):
    name: str

    def cut(self, text: str) -> list[str]: ...


class RJiebaSegmenter:
    """jieba's cuts via jieba-rs, HMM on for unknown words, with user words added."""

    name = "jieba"

    def __init__(self, user_words: Iterable[str] = ()):
        import rjieba

        self._jieba = rjieba.Jieba()
        for word in user_words:
            self._jieba.add_word(word, None, None)

    def cut(self, text: str) -> list[str]:
        return self._jieba.cut(text, True)

    def tag(self, text: str) -> list[tuple[str, str]]:
        return self._jieba.tag(text, True)


class PkusegSegmenter:
    """pkuseg's ``default`` model, shipped inside the pkuseg package."""

    name = "pkuseg"

    def __init__(self, user_words: Iterable[str] = ()):
        try:
            import pkuseg
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError(
                "pkuseg is not installed; run scripts/setup.sh or "
                "`pip install --no-build-isolation pkuseg==0.0.25` (needs numpy and Cython first)"
            ) from exc
        self._seg = pkuseg.pkuseg(model_name="default", user_dict=sorted(set(user_words)) or "default")

    def cut(self, text: str) -> list[str]:
        # pkuseg drops whitespace; align_words() puts it back as tokens.
        words: list[str] = []
        for line in text.split("\n"):
            words += self._seg.cut(line) if line.strip() else []
        return words


def make_segmenter(name: str, user_words: Iterable[str] = ()) -> Segmenter:
    """A segmenter by name (``jieba`` or ``pkuseg``) with user words loaded."""
    if name == "jieba":
        return RJiebaSegmenter(user_words)
    if name == "pkuseg":
        return PkusegSegmenter(user_words)
    raise ValueError(f"unknown segmenter {name!r}; choose one of {', '.join(SEGMENTERS)}")


def align_words(words: list[str], text: str) -> list[str]:
    """Words that concatenate to exactly ``text``; whitespace a segmenter dropped becomes tokens.

    Raises ValueError naming the position where the words stop matching the text.
    """
    if "".join(words) == text:
        return [w for w in words if w] if "" in words else words
    out: list[str] = []
    position = 0
    for word in words:
        if not word:
            continue
        gap = position
        while text.startswith(word, position) is False and position < len(text) and text[position].isspace():
            position += 1
        if position > gap:
            out.append(text[gap:position])
        if not text.startswith(word, position):
            raise ValueError(f"segmenter word {word!r} does not match the text at {position}: {text[position:position + 10]!r}")
        out.append(word)
        position += len(word)
    if position < len(text):
        rest = text[position:]
        if rest.strip():
            raise ValueError(f"segmenter dropped text at {position}: {rest[:10]!r}")
        out.append(rest)
    return out


class SegmenterTokenizer:
    """A spaCy tokenizer: segmenter words -> Doc, exactly covering the text."""

    def __init__(self, vocab: Vocab, segmenter: Segmenter):
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str) -> Doc:
        words = align_words(self.segmenter.cut(text), text) if text else []
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    # spaCy calls these when saving a pipeline; the segmenter is rebuilt from config.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "SegmenterTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "SegmenterTokenizer":
        return self


def make_language(segmenter: str = "jieba", user_words: Iterable[str] = ()) -> Language:
    """A blank ``zh`` Language whose tokenizer is our own segmenter instance."""
    import spacy

    nlp = spacy.blank("zh")  # its default tokenizer splits characters and loads nothing
    nlp.tokenizer = SegmenterTokenizer(nlp.vocab, make_segmenter(segmenter, user_words))
    return nlp
