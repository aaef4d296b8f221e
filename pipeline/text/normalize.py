"""Analysis text and the offset map back to the raw file.

The raw file is the only coordinate system that leaves the pipeline. Stages
work on *analysis text*: the raw pieces of a unit (a title, a paragraph
rejoined across a column break, a caption …) with full-width forms folded to
ASCII. Folding is one character for one character, so the only places where
analysis and raw offsets drift apart are the seams where pieces were joined
and the separators between units. :class:`TextMap` records, for every
analysis character, the raw offset it came from, and maps spans back.

>>> fold_width("１．１万件，约４５％")
'1.1万件,约45%'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from pipeline.text.resources import load_table

# Full-width ASCII variants U+FF01..U+FF5E fold to U+0021..U+007E; the
# ideographic space folds to a plain space. Chinese punctuation that has no
# ASCII twin (。、“”《》…—) is left alone: later stages rely on it.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20
#: Other spaces web copy carries (&nbsp; as U+00A0, thin and narrow spaces) are plain spaces too.
_OTHER_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_WIDTH_TABLE.update((ord(space), 0x20) for space in _OTHER_SPACES)
#: The small form variants (﹪ ﹐ ﹔ ﹙ ﹚, U+FE50..U+FE6B) some pages print for % , ; ( ): their NFKC forms.
_SMALL_FORMS = {code: ord(form) for code in range(0xFE50, 0xFE6C)
                if len(form := unicodedata.normalize("NFKC", chr(code))) == 1 and form != chr(code)}
_WIDTH_TABLE.update(_SMALL_FORMS)
#: Every stage folds the text it is given, and most texts it is given are already
#: folded: a C-speed search that finds nothing is ~50x cheaper than str.translate's
#: per-character dict lookups, so :func:`fold_width` searches first.


def is_cjk(char: str) -> bool:
    """A CJK unified ideograph."""
    return "\u4e00" <= char <= "\u9fff"


@functools.lru_cache(maxsize=1)
def _folding() -> tuple[re.Pattern[str], dict[int, int]]:
    """One pattern and one table for both foldings: full-width forms, and the traditional
    characters of ``models/traditional_chars.tsv`` (read on first use)."""
    table = dict(_WIDTH_TABLE)
    table.update((ord(row["traditional"]), ord(row["simplified"])) for row in load_table("traditional_chars.tsv"))
    others = "".join(sorted(chr(code) for code in table if not 0xFF01 <= code <= 0xFF5E))
    return re.compile(f"[\uff01-\uff5e{re.escape(others)}]+"), table


def fold_width(text: str) -> str:
    """Fold full-width digits, letters and ASCII punctuation, and traditional characters to
    their simplified forms (萬 -> 万, 「 -> “); one character for one, so length is preserved.

    Pages printed in traditional script (Hong Kong and Macau outlets, mirrors) are read with
    the same lexicons as any other; a character simplified text also writes (著, 乾) is never
    changed. Already folded text comes back as the same object, without a copy.
    """
    pattern, table = _folding()
    if pattern.search(text) is None:
        return text
    return text.translate(table)


class RawSpan(NamedTuple):
    """A span in raw-file coordinates; ``pieces`` only when it crosses a gap.

    A named tuple, not a frozen dataclass: records map tens of thousands of
    spans per batch, and a frozen dataclass pays ``object.__setattr__`` per field.
    """

    start: int
    end: int
    text: str
    pieces: tuple[tuple[int, int], ...] | None = None


class TextMap:
    """Analysis text built from raw pieces, with a raw offset per character.

    Build it with :meth:`add` (one raw piece, folded) and :meth:`add_separator`
    (a character that exists only in analysis text, e.g. the newline between
    two units). Separators map to -1 and are never part of an emitted span.

    The map is kept as *runs*: each :meth:`add` is one run of analysis
    characters whose raw offsets rise one by one, so mapping a span walks the
    few runs it touches, not its characters.

    ``base`` is where ``raw`` starts in the file when it is a window of a
    bigger dump (:mod:`pipeline.batch.chunks`): spans come back in the file's
    coordinates directly, so no record needs shifting afterwards.
    """

    __slots__ = ("raw", "base", "_chunks", "_run_starts", "_run_raw", "_length", "_text")

    def __init__(self, raw: str, base: int = 0):
        self.raw = raw
        self.base = base
        self._chunks: list[str] = []
        self._run_starts: list[int] = []  # analysis offset where each run begins
        self._run_raw: list[int] = []  # raw offset of that first character; -1 for a separator
        self._length = 0
        self._text: str | None = None

    def _run(self, raw_start: int, length: int) -> None:
        if length:
            self._run_starts.append(self._length)
            self._run_raw.append(raw_start)
            self._length += length
            self._text = None

    def add(self, start: int, end: int) -> None:
        """Append raw[start:end] (folded) to the analysis text."""
        self._chunks.append(fold_width(self.raw[start:end]))
        self._run(start, end - start)

    def add_separator(self, char: str = "\n") -> None:
        """Append a character that has no raw counterpart."""
        self._chunks.append(char)
        self._run(-1, len(char))

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self._chunks)
            self._chunks = [self._text]
        return self._text

    def __len__(self) -> int:
        return self._length

    def raw_offset(self, index: int) -> int:
        """The raw offset of analysis character ``index`` (-1 for a separator)."""
        if not 0 <= index < self._length:
            raise IndexError(f"analysis offset {index} outside [0, {self._length})")
        i = bisect_right(self._run_starts, index) - 1
        raw = self._run_raw[i]
        return -1 if raw < 0 else raw + index - self._run_starts[i]

    def mapper(self):
        """:meth:`to_raw` as a function: ``(start, end) -> (start, end, text, pieces or None)``.

        For code mapping many spans of a finished map (records map ~150 per
        article): the common span, inside one run, costs one bisect and one
        slice, without a method call or a :class:`RawSpan`. Take it after the
        last :meth:`add`; it does not see later ones.
        """
        starts, raws, raw, base = self._run_starts, self._run_raw, self.raw, self.base
        ends = starts[1:] + [self._length]

        def span(start: int, end: int) -> tuple[int, int, str, tuple[tuple[int, int], ...] | None]:
            i = bisect_right(starts, start) - 1
            first = raws[i]
            if first >= 0 and end <= ends[i]:
                first += start - starts[i]
                final = first + end - start
                return first + base, final + base, raw[first:final], None
            return tuple(self.to_raw(start, end))

        return span

    def to_raw(self, start: int, end: int) -> RawSpan:
        """Map analysis span [start, end) to raw coordinates (plus ``base``).

        Characters that are contiguous in raw, or separated in raw only by
        characters of the same line (stray spaces the analysis dropped), form
        one piece. A gap that crosses a line break (a column break, a caption
        moved out of the way) starts a new piece.
        """
        starts, raws, base = self._run_starts, self._run_raw, self.base
        i = bisect_right(starts, start) - 1
        run_end = starts[i + 1] if i + 1 < len(starts) else self._length
        if end <= run_end and raws[i] >= 0:
            # the common case: the span lies inside one run, so it is one raw run
            first = raws[i] + start - starts[i]
            final = first + end - start
            return RawSpan(first + base, final + base, self.raw[first:final])
        pieces: list[list[int]] = []
        while i < len(starts) and starts[i] < end:
            run_end = starts[i + 1] if i + 1 < len(starts) else self._length
            if raws[i] >= 0:
                a = raws[i] + max(start, starts[i]) - starts[i]
                b = raws[i] + min(end, run_end) - starts[i]
                last = pieces[-1] if pieces else None
                if last and (a == last[1] or (a > last[1] and "\n" not in self.raw[last[1]:a])):
                    last[1] = b
                else:
                    pieces.append([a, b])
            i += 1
        if not pieces:
            raise ValueError(f"analysis span [{start}, {end}) has no raw characters")
        first, final = pieces[0][0], pieces[-1][1]
        if len(pieces) == 1:
            return RawSpan(first + base, final + base, self.raw[first:final])
        text = "".join(self.raw[a:b] for a, b in pieces)
        return RawSpan(first + base, final + base, text, tuple((a + base, b + base) for a, b in pieces))
