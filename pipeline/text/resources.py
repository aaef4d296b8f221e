"""Language resources live in ``models/`` as plain text; this module loads them.

Every resource file starts with a header of ``#`` lines saying where its
entries came from. Loaders are cached per path with ``functools.lru_cache``:
nothing is read at import time and there is no global mutable state.

Formats (decided by the loader you call, never guessed from the content):

- ``load_lines(name)``: one entry a line; blank lines and ``#`` lines skipped.
- ``load_table(name)``: tab-separated rows; the first non-comment row is the
  column header; returns a tuple of dicts.

Duplicate entries are an error: a lexicon that lists a word twice usually
means two sources disagree, and silently keeping one hides that.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import os
from pathlib import Path

def _models_dir() -> Path:
    """Where ``models/`` is: ``ZHNEWS_MODELS_DIR`` when set; else the repository's top folder in a
    checkout; else ``pipeline/models`` inside the installed package (the wheel maps ``models/``
    there, pyproject.toml), found through :mod:`importlib.resources`."""
    if os.environ.get("ZHNEWS_MODELS_DIR"):
        return Path(os.environ["ZHNEWS_MODELS_DIR"])
    checkout = Path(__file__).resolve().parents[2] / "models"
    if checkout.is_dir():
        return checkout
    return Path(str(importlib.resources.files("pipeline") / "models"))


#: Where ``models/`` is (:func:`_models_dir`).
MODELS_DIR = _models_dir()


class ResourceError(ValueError):
    """A file in ``models/`` is missing or malformed; the message says which line."""


def resource_path(name: str, models_dir: Path | None = None) -> Path:
    """The path of resource ``name`` (e.g. ``"units.tsv"``), checked to exist."""
    path = (models_dir or MODELS_DIR) / name
    if not path.is_file():
        raise ResourceError(
            f"resource {name!r} not found in {path.parent}; set ZHNEWS_MODELS_DIR to the "
            "folder holding zhnews' models/ data"
        )
    return path


def _data_lines(path: Path):
    """(line number, stripped text) for every non-blank, non-comment line."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            text = line.rstrip("\n").rstrip("\r")
            if text.strip() and not text.lstrip().startswith("#"):
                yield number, text


@functools.lru_cache(maxsize=None)
def _load_lines(path: Path) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    for number, text in _data_lines(path):
        entry = text.strip()
        if entry in seen:
            raise ResourceError(f"{path.name}:{number}: {entry!r} repeats line {seen[entry]}")
        seen[entry] = number
    return tuple(seen)


@functools.lru_cache(maxsize=None)
def _load_table(path: Path) -> tuple[dict[str, str], ...]:
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    first_seen: dict[str, int] = {}
    for number, text in _data_lines(path):
        cells = [cell.strip() for cell in text.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise ResourceError(f"{path.name}:{number}: {len(cells)} columns, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        key = cells[0]
        if key in first_seen:
            raise ResourceError(f"{path.name}:{number}: key {key!r} repeats line {first_seen[key]}")
        first_seen[key] = number
        rows.append(dict(zip(header, cells)))
    return tuple(rows)


def load_lines(name: str, models_dir: Path | None = None) -> tuple[str, ...]:
    """Entries of a one-per-line resource, in file order."""
    return _load_lines(resource_path(name, models_dir))


def load_table(name: str, models_dir: Path | None = None) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated resource as dicts keyed by its header row."""
    return _load_table(resource_path(name, models_dir))


@functools.lru_cache(maxsize=None)
def models_fingerprint(models_dir: Path | None = None) -> str:
    """A short sha256 over every file in ``models/``: the manifest's model version."""
    root = models_dir or MODELS_DIR
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
