"""Big dumps as a stream: a streaming decoder and a cutter on article boundaries.

A 200 MB page dump must not become one 200 MB string, nor one giant spaCy
Doc. :func:`scan_file` reads a big plain-text file once in blocks and decides
its encoding exactly as :func:`pipeline.text.ingest.decode` would (same rules,
same error messages), computing the hashes the records carry on the way;
:func:`iter_text` then decodes it again block by block. :func:`cut_chunks`
cuts any text stream into chunks that end where an article most likely ends
(a blank line before a short headline after a finished sentence), falling
back to any blank line, an indented paragraph start, any line break, and
at last a hard cut. Each chunk
comes with its offset in the whole text, so spans stay in whole-file
coordinates. The cuts depend only on the text, never on block sizes, so a
streamed file and the same text held in memory give the same chunks.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pipeline.layout import rules
from pipeline.text.ingest import InputError, doc_id_seed, noise_counts, plausible_counts
from pipeline.text.normalize import fold_width

#: Chunk length (code points) after which the cutter looks for a boundary.
CHUNK_CHARS = 65_536
#: No chunk is longer than this many targets (a 5 MB line is cut hard).
MAX_FACTOR = 4
#: Longest line the cutter reads as a possible headline after a cut.
_LINE_PEEK = 2 * rules.HEADLINE_MAX + 8
#: Bytes read at a time from a big file.
BLOCK_BYTES = 1 << 20
_SPACE = " \t\r\u3000\ufeff\u00a0"

_BLANK_LINE = re.compile(r"""
    \n [ \t\r\u3000\u00a0]* \n   # a line break, an empty or blank line, a line break
""", re.VERBOSE)


#: A line break before an indented line: in a dump without blank lines (PDF text hard-wrapped at a
#: fixed width) the only safe place to cut, since any other line break may fall inside a paragraph.
_PARAGRAPH_START = re.compile("\n(?=\u3000|[ \t]{2})")


@dataclass(frozen=True, slots=True)
class ScannedFile:
    """What one pass over a big file found: how to decode it and the hashes of its text."""

    path: str
    encoding: str  # the name ingest.decode gives
    codec: str  # the Python codec that decodes it
    sha256: str  # of the bytes
    text_sha256: str  # of the decoded text, UTF-8
    doc_id_hash: str  # sha256 of doc_id_seed(path, name) + text, as Dump.doc_id
    chars: int


class _Counter:
    """Running hashes and plausibility counts of decoded text."""

    def __init__(self, path: str, name: str):
        self.text = hashlib.sha256()
        self.doc = hashlib.sha256(doc_id_seed(path, name))
        self.chars = self.noise = self.foreign = 0

    def feed(self, block: str) -> None:
        data = block.encode("utf-8", "surrogatepass")
        self.text.update(data)
        self.doc.update(data)
        self.chars += len(block)
        noise, foreign = noise_counts(block)
        self.noise += noise
        self.foreign += foreign

    def plausible(self) -> bool:
        """ingest.decode's test, on the counts of every block."""
        return plausible_counts(self.chars, self.noise, self.foreign)


def _blocks(path: str, size: int) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while block := handle.read(size):
            yield block


def _decode_pass(path: str, name: str, codec: str, size: int) -> tuple[_Counter, int | None]:
    """Decode the whole file with ``codec``; return counts and the byte offset of the first error."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    counter, fed = _Counter(path, name), 0
    for block in _blocks(path, size):
        pending = len(decoder.getstate()[0])
        try:
            counter.feed(decoder.decode(block))
        except UnicodeDecodeError as exc:
            return counter, fed - pending + exc.start
        fed += len(block)
    try:
        counter.feed(decoder.decode(b"", final=True))
    except UnicodeDecodeError as exc:
        return counter, fed - len(decoder.getstate()[0]) + exc.start
    return counter, None


def scan_file(path: str, name: str, size: int = BLOCK_BYTES) -> ScannedFile | InputError:
    """Decide a big file's encoding as ingest.decode would, reading it in blocks."""
    raw_hash, head, nul, content = hashlib.sha256(), b"", False, False
    try:
        for block in _blocks(path, size):
            raw_hash.update(block)
            head = head if len(head) >= 4 else (head + block)[:4]
            nul = nul or b"\x00" in block
            content = content or bool(block.strip())
    except OSError as exc:
        return InputError(path, "read", f"cannot read: {exc.strerror or exc}")
    if not content:
        return InputError(path, "decode", "empty input: the file holds no text")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        plan = [("utf-16", "utf-16", False)]
    elif head.startswith(codecs.BOM_UTF8):
        plan = [("utf-8", "utf-8-bom", False)]
    elif nul:
        return InputError(path, "decode", "binary data: NUL bytes and no UTF-16 BOM (save text as UTF-8)")
    else:
        plan = [("utf-8", "utf-8", True), ("gb18030", "gb18030", True)]
    utf8_error = None
    for codec, encoding, check in plan:
        counter, error = _decode_pass(path, name, codec, size)
        if error is not None:
            if encoding == "utf-16":
                return InputError(path, "decode", f"UTF-16 BOM but undecodable bytes at {error}")
            if encoding == "utf-8-bom":
                return InputError(path, "decode", f"UTF-8 BOM but invalid UTF-8 at byte {error}")
            if encoding == "utf-8":
                utf8_error = error
                continue
            return InputError(path, "decode", f"undecodable: invalid UTF-8 at byte {utf8_error} and not GB18030 "
                                              "either; convert the file to UTF-8")
        if check and not counter.plausible():
            reason = ("UTF-8 but mostly control or private-use characters: not a text dump" if encoding == "utf-8"
                      else f"undecodable: invalid UTF-8 at byte {utf8_error}; as GB18030 it is not text")
            return InputError(path, "decode", reason)
        return ScannedFile(path, encoding, codec, raw_hash.hexdigest(), counter.text.hexdigest(),
                           counter.doc.hexdigest(), counter.chars)
    raise AssertionError("unreachable")  # pragma: no cover


def iter_text(path: str, codec: str, size: int = BLOCK_BYTES) -> Iterator[str]:
    """The decoded text of a file already checked by :func:`scan_file`, block by block."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    for block in _blocks(path, size):
        if text := decoder.decode(block):
            yield text
    if text := decoder.decode(b"", final=True):
        yield text


def _headline_boundary(text: str, position: int) -> bool:
    """Whether the line at ``position`` looks like a headline and the text before it ends a sentence."""
    end = text.find("\n", position, position + _LINE_PEEK)
    line = text[position:end] if end >= 0 else text[position:position + _LINE_PEEK]
    if end < 0 and position + _LINE_PEEK < len(text):
        return False  # too long for a headline
    before = text[max(0, position - 400):position].rstrip(_SPACE + "\n")
    last_line = before[before.rfind("\n") + 1:].strip(_SPACE)
    folded = fold_width(line.strip(_SPACE))
    return rules.looks_like_heading(folded) and rules.is_terminated(fold_width(last_line))


def find_cut(text: str, target: int) -> int:
    """Where the chunk starting at 0 of ``text`` ends (``text`` holds at least
    ``MAX_FACTOR * target + _LINE_PEEK`` characters, or all that is left)."""
    limit = min(len(text), MAX_FACTOR * target)
    if len(text) <= target:
        return len(text)
    blanks = [m.end() for m in _BLANK_LINE.finditer(text, target - 1, limit)]
    for position in blanks:
        if _headline_boundary(text, position):
            return position
    if len(text) <= limit:  # the rest of the text is no longer than a chunk may be
        return len(text)
    if blanks:
        return blanks[0]
    indent = _PARAGRAPH_START.search(text, target, limit)  # no blank line: a paragraph's indented start
    if indent:
        return indent.start() + 1
    newline = text.find("\n", target, limit)
    return newline + 1 if newline >= 0 else limit


def cut_chunks(blocks: Iterable[str], target: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, chunk) pairs covering the text given as blocks, cut on article boundaries."""
    need = MAX_FACTOR * target + _LINE_PEEK + 1
    buffer, base = "", 0
    source = iter(blocks)
    exhausted = False
    while True:
        while not exhausted and len(buffer) < need:
            block = next(source, None)
            if block is None:
                exhausted = True
            else:
                buffer += block
        if not buffer:
            return
        cut = len(buffer) if exhausted and len(buffer) <= target else find_cut(buffer, target)
        yield base, buffer[:cut]
        base += cut
        buffer = buffer[cut:]
