"""Inputs: files, folders and stdin; plain-text dumps and JSON Lines; decoding only.

The format of an input is decided by what the user says, never guessed from
content: ``.jsonl`` files (or ``--stdin-format jsonl``) hold one dump per line
as ``{"id": ..., "text": ..., "date"?: ..., "source"?: ..., "title"?: ...}`` (a dump exported by a
crawler may name its text ``content`` or ``body``: read when ``text`` is absent; its headline then often
stands in a ``title`` field of its own, kept as the source's title); everything else
is a plain-text page dump. The encoding is detected from a small, fixed list
(UTF-8 with or without BOM, UTF-16 with BOM, GB18030, which covers GBK) and
recorded. Decoded text keeps every character as stored (a UTF-8 BOM stays as
U+FEFF at offset 0, CRLF stays CRLF), so offsets agree with any reader that
decodes the file the same way.

Whatever goes wrong with one input becomes an :class:`InputError`; iteration
goes on with the next input.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline import schema


@dataclass(frozen=True, slots=True)
class Dump:
    """One decoded page dump and where it came from."""

    path: str
    name: str
    text: str
    encoding: str
    sha256: str  # of the input file's bytes
    line: int | None = None
    record_id: str | None = None
    date: str | None = None
    source: str | None = None
    title: str | None = None  # a JSON line's own title field: its text holds no headline

    @property
    def doc(self) -> str:
        """The key evaluation files use for this dump: file name, plus the record id for JSON Lines."""
        return self.name if self.record_id is None else f"{self.name}#{self.record_id}"

    @property
    def doc_id(self) -> str:
        """A stable id of the input path as given, the name and the text: the same page in two folders
        gets two ids (one id for both made ``check`` and ``report`` show half of their claims)."""
        return hashlib.sha256(doc_id_seed(self.path, self.doc) + self.text.encode("utf-8", "surrogatepass")
                              ).hexdigest()[:12]


def doc_id_seed(path: str, doc: str) -> bytes:
    """What a dump's id hashes before its text (:attr:`Dump.doc_id`; the streamed reader's hash starts alike)."""
    return f"{os.path.normpath(path)}\0{doc}\0".encode("utf-8", "surrogatepass")


def source_info(dump: Dump) -> schema.SourceInfo:
    """Where a dump came from, as records carry it (hashes the whole text: once per dump)."""
    return schema.SourceInfo(
        path=dump.path, name=dump.doc, sha256=dump.sha256, encoding=dump.encoding,
        line=dump.line, record_id=dump.record_id, title=dump.title,
        text_sha256=hashlib.sha256(dump.text.encode("utf-8", "surrogatepass")).hexdigest(),
    )


@dataclass(frozen=True, slots=True)
class InputError:
    """An input, or one line of it, that could not be read."""

    path: str
    stage: str  # read | decode | parse
    reason: str
    line: int | None = None


class DecodeError(ValueError):
    pass


#: Most bytes read whole (a JSON Lines file, stdin); plain-text files over 4 MiB are streamed
#: (:mod:`pipeline.batch.chunks`), whatever their size.
MAX_WHOLE_BYTES = 512 << 20
#: Characters that leave a dump empty: whitespace (U+3000 included) and the BOM.
_BLANK = " \t\r\n\v\f\u3000\u00a0\ufeff\u200b"


def printable_path(path: str) -> str:
    """A path as records can carry it: bytes of a non-UTF-8 file name written as ``\\xff``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace") if path != "-" else path


def _refusal(path: str) -> InputError | None:
    """Why ``path`` is not read at all, or None: a name that is not UTF-8, a FIFO, a device, a socket.

    A FIFO would block the batch forever and ``/dev/zero`` fill the memory; a file name with
    bytes that are not UTF-8 cannot be written into a JSON record (and reopened from it).
    """
    shown = printable_path(path)
    if shown != path:
        return InputError(shown, "read", "file name is not valid UTF-8: rename the file "
                                         "(convmv -f gbk -t utf-8 --notest FILE) and run again")
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return InputError(path, "read", f"cannot read: {exc.strerror or exc}")
    if not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) \
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file"
        return InputError(path, "read", f"{kind}, not a file: zhnews reads files and folders only; "
                                        "copy the data to a file first")
    return None


#: Share of characters that must be text (CJK, printable ASCII, common
#: punctuation, whitespace) before a decoding is believed. GB18030 accepts
#: many byte sequences that are not Chinese text at all.
_PLAUSIBLE_SHARE = 0.85


#: Noise: control characters other than whitespace, private use, U+FFFD.
_NOISE = re.compile("[\x00-\x08\x0e-\x1f\ue000-\uf8ff\ufffd]")
#: Not text: outside ASCII, CJK, full-width forms, general punctuation and the BOM.
_FOREIGN = re.compile("[^\x00-\x7f\u3000-\u9fff\uff00-\uffef\u2000-\u206f\ufeff]")


def noise_counts(text: str) -> tuple[int, int]:
    """(noise, not-text) character counts of ``text``, by regex in C: a batch's parent decodes
    every input, and a Python loop over characters cost it ~0.9 s per million."""
    return len(_NOISE.findall(text)), len(_FOREIGN.findall(text))


def plausible_counts(chars: int, noise: int, foreign: int) -> bool:
    """Believe a decoding: little noise, and mostly CJK, ASCII or common punctuation."""
    if not chars:
        return True
    return noise / chars < 1 - _PLAUSIBLE_SHARE and (chars - foreign) / chars >= _PLAUSIBLE_SHARE


def _plausible(text: str) -> bool:
    return plausible_counts(len(text), *noise_counts(text))


def decode(data: bytes) -> tuple[str, str]:
    """Decode input bytes; return (text, encoding name) or raise DecodeError saying why."""
    if not data.strip():
        raise DecodeError("empty input: the file holds no text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-16 BOM but undecodable bytes at {exc.start}") from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8"), "utf-8-bom"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-8 BOM but invalid UTF-8 at byte {exc.start}") from None
    if b"\x00" in data:
        raise DecodeError("binary data: NUL bytes and no UTF-16 BOM (save text as UTF-8)")
    try:
        text = data.decode("utf-8")
        if _plausible(text):
            return text, "utf-8"
        raise DecodeError("UTF-8 but mostly control or private-use characters: not a text dump")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise DecodeError(
            f"undecodable: invalid UTF-8 at byte {utf8_error.start} and not GB18030 either; "
            "convert the file to UTF-8"
        ) from None
    if not _plausible(text):
        raise DecodeError(f"undecodable: invalid UTF-8 at byte {utf8_error.start}; as GB18030 it is not text")
    return text, "gb18030"


def discover(paths: Iterable[str], skip_dir: Callable[[str], bool] | None = None) -> Iterator[str | InputError]:
    """Expand folders recursively in sorted order; yield file paths (or '-') and errors.

    Symbolic links to folders are not followed (a link loop cannot hang a
    batch); links to files are read like files. FIFOs, devices and file names
    that are not UTF-8 are errors (:func:`_refusal`), so is a folder that cannot be
    listed. ``skip_dir(path)`` says which folders are never read (the batch's own
    output folder, so a run never reads back what it writes).
    """
    skip_dir = skip_dir or (lambda path: False)
    for given in paths:
        if given == "-":
            yield "-"
            continue
        path = Path(given)
        if path.is_dir():
            if skip_dir(given):
                yield InputError(given, "read", "this is an output folder of zhnews, not an input: leave it out")
                continue
            found: list[str | InputError] = []

            def unlisted(exc: OSError) -> None:
                found.append(InputError(printable_path(exc.filename or given), "read",
                                        f"cannot list folder: {exc.strerror or exc}; fix its permissions or leave it out"))

            for root, dirs, files in os.walk(path, onerror=unlisted, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not skip_dir(os.path.join(root, d)))
                found += [os.path.join(root, f) for f in files if not f.startswith(".")]
            for item in sorted(found, key=lambda item: item.path if isinstance(item, InputError) else item):
                yield item if isinstance(item, InputError) else _refusal(item) or item
        elif path.exists() or path.is_symlink():
            yield _refusal(given) or given
        else:
            yield InputError(printable_path(given), "read", "no such file or folder")


def _read(path: str, stdin: bytes | None) -> bytes:
    """The bytes of an input, at most :data:`MAX_WHOLE_BYTES` (a file still growing, endless stdin)."""
    if path == "-":
        data = stdin if stdin is not None else sys.stdin.buffer.read(MAX_WHOLE_BYTES + 1)
    else:
        with open(path, "rb") as handle:
            data = handle.read(MAX_WHOLE_BYTES + 1)
    if len(data) > MAX_WHOLE_BYTES:
        raise _TooBig(f"more than {MAX_WHOLE_BYTES >> 20} MiB to read at once: split it into smaller files "
                      "(plain-text files of any size are read as a stream)")
    return data


class _TooBig(OSError):
    pass


def read_inputs(paths: Iterable[str], stdin_format: str = "text", stdin: bytes | None = None) -> Iterator[Dump | InputError]:
    """Every dump of every input, in order, with an error in place of what could not be read."""
    for item in discover(paths):
        if isinstance(item, InputError):
            yield item
            continue
        yield from read_one(item, stdin_format, stdin)


def read_one(path: str, stdin_format: str = "text", stdin: bytes | None = None) -> Iterator[Dump | InputError]:
    """The dumps of one file (one, or one per JSON line)."""
    try:
        data = _read(path, stdin)
    except _TooBig as exc:
        yield InputError(path, "read", str(exc))
        return
    except OSError as exc:
        yield InputError(path, "read", f"cannot read: {exc.strerror or exc}")
        return
    sha = hashlib.sha256(data).hexdigest()
    name = "stdin" if path == "-" else os.path.basename(path)
    is_jsonl = stdin_format == "jsonl" if path == "-" else path.lower().endswith(".jsonl")
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        yield InputError(path, "decode", str(exc))
        return
    if not text.strip(_BLANK):
        yield InputError(path, "decode", "empty input: the file holds only whitespace or a BOM")
        return
    if not is_jsonl:
        yield Dump(path, name, text, encoding, sha)
        return
    yield from _json_lines(path, name, text, encoding, sha)


#: Keys a JSON Lines record may hold its page text under, in the order they are looked for.
TEXT_KEYS = ("text", "content", "body")


def _json_lines(path: str, name: str, text: str, encoding: str, sha: str) -> Iterator[Dump | InputError]:
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, "parse", f"malformed JSON: {exc.msg} at column {exc.colno}", number)
            continue
        except RecursionError:
            yield InputError(path, "parse", "JSON nested too deeply to read: flatten the record "
                                            "(a dump needs only id, text, date and source)", number)
            continue
        except ValueError as exc:  # an integer of more than 4300 digits
            yield InputError(path, "parse", f"malformed JSON: {exc}", number)
            continue
        key = next((k for k in TEXT_KEYS if isinstance(record, dict) and isinstance(record.get(k), str)), None)
        if key is None:
            yield InputError(path, "parse", 'each JSON line must be an object with a string "text" '
                                            '(or "content", "body")', number)
            continue
        if not record[key].strip(_BLANK):
            yield InputError(path, "parse", f'"{key}" is empty', number)
            continue
        record_id = str(record.get("id", number))
        date = record.get("date")
        title = record.get("title")
        yield Dump(
            path, name, record[key], encoding, sha, number, record_id,
            str(date) if date is not None else None,
            str(record["source"]) if record.get("source") is not None else None,
            title.strip() if isinstance(title, str) and title.strip() else None,
        )
