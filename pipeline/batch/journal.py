"""The resume journal of a batch run: ``.zhnews-journal.jsonl`` in the output folder.

The first line is a header (versions, inputs, settings); then, after each
finished input, one line with the input, the sha256 of its bytes, its counts
and the size of every part file at that point. A run killed at any point
restarts from the last complete line: :func:`resumable` says which inputs
are done, and :class:`Journal` reopens the file cut back to them.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import __version__, schema
from pipeline.text.ingest import InputError, printable_path
from pipeline.text.resources import models_fingerprint
from pipeline.settings import Settings

JOURNAL = ".zhnews-journal.jsonl"


class ResumeError(RuntimeError):
    """The output folder cannot be resumed as asked."""


@dataclass(slots=True)
class InputState:
    """What one input gave; a journal line once it is done."""

    entry: schema.InputEntry
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("dumps", "articles", "claims", "errors", "chars"), 0))


def fingerprint(path: str) -> str | None:
    """sha256 of a file's bytes, read in blocks; None when it cannot be read or is no regular file
    (a FIFO would block, ``/dev/zero`` never end)."""
    digest = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def header(inputs: list[str], settings: Settings, stdin_format: str, chunk_chars: int) -> dict:
    """The journal's first line: a resumed run must match it exactly."""
    return {"journal": 1, "zhnews_version": __version__, "models_version": models_fingerprint(),
            "inputs": [printable_path(given) for given in inputs], "settings": settings.as_dict(), "stdin_format": stdin_format, "chunk_chars": chunk_chars}


def read_journal(path: Path) -> tuple[dict | None, list[dict]]:
    """Header and finished-input lines; a torn last line (killed mid-write) is ignored."""
    if not path.exists():
        return None, []
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            lines.append(json.loads(line))
        except json.JSONDecodeError:
            break
    return (lines[0], lines[1:]) if lines else (None, [])


def resumable(out_dir: Path, header: dict, paths: list, outputs: tuple[str, ...]) -> list[dict]:
    """Journal lines still valid: same run, same inputs with the same bytes, in order.

    Part files renamed into place by a run killed before it removed its
    journal are renamed back; without all part files nothing is resumed.
    """
    found, done = read_journal(out_dir / JOURNAL)
    if found is None:
        return []
    if found != header:
        raise ResumeError(f"{out_dir} holds an unfinished run with other inputs or settings; "
                          "run again without --resume to start over")
    kept = []
    for line in done:
        seq = len(kept)
        if line.get("seq") != seq or seq >= len(paths):
            break
        given = paths[seq]
        path = given.path if isinstance(given, InputError) else given
        digest = None if isinstance(given, InputError) else fingerprint(given)
        if line.get("path") != path or line.get("fingerprint") != digest:
            break
        kept.append(line)
    for name in outputs:  # killed between the final renames and the end
        final, part = out_dir / name, out_dir / (name + ".part")
        if not part.exists() and final.exists():
            os.replace(final, part)
    if kept and not all((out_dir / (name + ".part")).exists() for name in outputs):
        return []
    return kept


class Journal:
    """The journal file of a run, opened fresh or cut back to ``done`` finished inputs."""

    def __init__(self, out_dir: Path, header: dict, done: list[dict]):
        self.path = out_dir / JOURNAL
        self.handle = self.path.open("r+b" if done else "wb")
        if done:
            keep = self._length(len(done))
            self.handle.truncate(keep)
            self.handle.seek(keep)
        else:
            self.append(header)

    def _length(self, entries: int) -> int:
        """Bytes of the header and the first ``entries`` lines."""
        self.handle.seek(0)
        length = 0
        for _ in range(entries + 1):
            length += len(self.handle.readline())
        return length

    def append(self, value: dict) -> None:
        """One line, flushed: the checkpoint a killed run resumes from."""
        self.handle.write(json.dumps(value, ensure_ascii=False).encode("utf-8") + b"\n")
        self.handle.flush()

    def close(self, remove: bool) -> None:
        self.handle.close()
        if remove:
            self.path.unlink(missing_ok=True)
