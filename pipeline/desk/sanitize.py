"""Input text made safe to print: no terminal control sequence from a dump reaches a screen.

A page dump is untrusted: a line holding ``ESC ] 0 ; title BEL`` retitles the
terminal window that shows it, ``ESC ] 8`` plants a hyperlink, ``ESC [ 2 J``
clears the screen, BEL rings, and a C1 byte (U+009B) starts a sequence on
terminals that read 8-bit controls. ``zhnews check`` and ``zhnews report``
pass every piece of input text (sentences, metrics, ids, file names) through
:func:`clean` before it is shown, and :func:`cell` for one field of a
tab-separated line, which must not hold a tab or a newline.

Whole sequences go (so no ``]0;title`` debris is left), then any control
character left: C0 but tab and newline, DEL, C1, and the bidirectional
overrides and isolates that reorder what a terminal shows (U+202A–U+202E,
U+2066–U+2069).
"""

from __future__ import annotations

import re

#: OSC (ESC ] or U+009D) up to BEL, ST (ESC \\ or U+009C) or the end; DCS/SOS/PM/APC (ESC P X ^ _) likewise.
_STRING_SEQUENCE = r"(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
#: CSI (ESC [ or U+009B): parameters, intermediates, one final byte.
_CSI = r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
#: Any other escape: ESC and the character after it.
_ESCAPE = r"\x1b.?"
_SEQUENCES = re.compile(f"{_STRING_SEQUENCE}|{_CSI}|{_ESCAPE}", re.S)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")


def clean(text: str) -> str:
    r"""``text`` without control sequences or control characters; tabs and newlines stay.

    >>> clean("标题\x1b]0;pwned\x07正文\x1b[31m红\x1b[0m\x07")
    '标题正文红'
    >>> clean("a\tb\nc\x00\x9b2J")
    'a\tb\nc'
    """
    if text.isprintable():
        return text
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


def blank(text: str) -> str:
    r"""``text`` with every character of a control sequence or control character turned into NUL.

    Same length, so offsets into ``text`` still hold: a page cuts a paragraph
    into highlighted pieces and cleans each, and a sequence cut across two
    pieces (a sentence may end at the ``;`` inside ``ESC ] 0 ;``) is still
    removed whole.

    >>> blank("a\x1b]0;t\x07b").replace("\x00", "_")
    'a______b'
    """
    if text.isprintable():
        return text
    text = _SEQUENCES.sub(lambda m: "\x00" * len(m.group()), text)
    return _CONTROLS.sub("\x00", text)


def cell(text: str) -> str:
    r"""One field of a tab-separated line: :func:`clean`, line breaks and tabs as one space.

    >>> cell("a\tb\r\nc\u2028d")
    'a b c d'
    """
    return clean(_LINE_BREAKS.sub(" ", text))
