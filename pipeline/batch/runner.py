"""Where chunks are analysed: in this process, in N worker processes, or on Dask.

The unit of work is a :class:`Task`: one chunk of one dump (most dumps are one
chunk; :mod:`pipeline.batch.chunks` cuts big ones on article boundaries). The same
function, :func:`analyse`, runs everywhere; each process builds the pipeline
once (:func:`pipeline.run.cached_nlp`). Every executor yields results in task
order whatever order they finish in, and keeps only a bounded number of tasks
in flight, so memory does not grow with the batch and the output bytes do not
depend on the number of workers or the engine.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pipeline import schema
from pipeline.batch.limits import DOC_SECONDS, failure_reason, time_limit, watch_parent
from pipeline.claims.consistency import ClaimNote, note
from pipeline.settings import Settings

ENGINES = ("local", "dask")
#: Net allocations between two young-generation collections in the processes we own (default 700).
YOUNG_GC_THRESHOLD = 20_000


@dataclass(frozen=True, slots=True)
class ChunkDump:
    """A window of a dump, shaped like :class:`pipeline.text.ingest.Dump` for ``process_dump``.

    ``text`` is the window only; ``doc_id`` is the whole dump's, computed once
    (``Dump.doc_id`` hashes the whole text on every call).
    """

    path: str
    name: str
    text: str
    encoding: str
    sha256: str
    doc_id: str
    doc: str
    line: int | None = None
    record_id: str | None = None
    date: str | None = None
    source: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """One chunk to analyse: where it sits in the input order and in its dump."""

    seq: int  # input number
    part: int  # chunk number within its dump
    base: int  # offset of the chunk in the dump text
    dump: ChunkDump
    source: schema.SourceInfo  # of the whole dump


@dataclass(slots=True)
class ChunkResult:
    """The records of one chunk, article indexes and ids local to the chunk.

    Lines travel as one UTF-8 block per output file, so the process that
    writes them (the only one that cannot be parallel) copies bytes instead of
    decoding, re-encoding and writing tens of thousands of strings.
    """

    articles: bytes = b""  # one JSON line per article, each ending in "\n"
    claims: bytes = b""  # one JSON line per claim, in article order
    article_count: int = 0
    notes: list[ClaimNote] = field(default_factory=list)  # of each claim, for the batch checks
    error: str | None = None


#: Line breaks for str.splitlines that JSON leaves raw inside strings (U+0085, U+2028,
#: U+2029); escaped so that any line reader, not only one splitting on "\n", sees one record per line.
_ESCAPED = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(record, exclude: set[str] | None = None) -> bytes:
    """A record as one line of UTF-8 JSON that every line splitter keeps whole (no newline;
    ``exclude``: fields left out).

    ``model_dump_json`` is this serializer call behind a Python frame that passes
    sixteen keywords on; records make a line per claim, and the lines are
    written as bytes.
    """
    line = record.__pydantic_serializer__.to_json(record, exclude=exclude, warnings=True)
    # three searches of a str are ~20x faster than of its UTF-8 bytes; decoding costs less than the difference
    text = line.decode()
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        return text.translate(_ESCAPED).encode()
    return line


def article_line(record: schema.ArticleRecord, claim_lines: list[bytes]) -> bytes:
    """``json_line(record)``, reusing the claims' lines already serialized for claims.jsonl.

    An article holds its claims in full (figure, spans and all), so they were
    serialized twice; ``claims`` is the record's last field, so the article
    without it, plus the claim lines as the array, is the same line.
    """
    if _LAST_FIELD != "claims" or schema.ArticleRecord.model_computed_fields:
        raise RuntimeError("ArticleRecord.claims must stay the record's last field (runner.article_line)")
    head = json_line(record, _CLAIMS)
    return b"%s,\"claims\":[%s]}" % (head[:-1], b",".join(claim_lines))


_CLAIMS = {"claims"}
_LAST_FIELD = list(schema.ArticleRecord.model_fields)[-1]


def _block(lines: list[bytes]) -> bytes:
    return b"\n".join(lines) + b"\n" if lines else b""


def analyse(task: Task, settings: Settings, seconds: float | None = DOC_SECONDS) -> ChunkResult:
    """Records of one chunk as JSON lines; a failure, or more than ``seconds``, becomes the chunk's error."""
    from pipeline.run import cached_nlp, process_dump  # here, not at the top: the writing process never needs spaCy

    try:
        nlp = cached_nlp(settings)
        with time_limit(seconds):
            records = process_dump(task.dump, nlp, settings, task.base)
        articles, claims, notes = [], [], []
        for record in records:
            record.source = task.source
            lines = [json_line(claim) for claim in record.claims]
            articles.append(article_line(record, lines))
            claims += lines
            notes += map(note, record.claims)
        return ChunkResult(_block(articles), _block(claims), len(articles), notes)
    except Exception as exc:  # one bad chunk must not sink the batch
        where = f" (characters {task.base}-{task.base + len(task.dump.text)})" if task.base or task.part else ""
        return ChunkResult(error=failure_reason(exc, where))


def renumber(lines: bytes, doc_id: str, shift: int) -> bytes:
    """Give the articles of a chunk their index in the whole dump: ``shift`` (the articles before
    the chunk) added to every article index, in ids (``<doc id>-a<index>...``) and ``index`` fields.

    Only JSON structure is touched: an id value starts right after ``:``, ``,``
    or ``[``, where a quote inside a string would be escaped; ``index`` is a
    key of article records only.
    """
    if not shift:
        return lines
    ids = re.compile(rb'(?<=[:,\[])"' + re.escape(doc_id.encode()) + rb"-a(\d+)(?=[\"-])")
    lines = ids.sub(lambda m: b'"%s-a%d' % (doc_id.encode(), int(m[1]) + shift), lines)
    return _INDEX.sub(lambda m: b'"index":%d' % (int(m[1]) + shift), lines)


_INDEX = re.compile(rb'(?<=,)"index":(\d+)(?=,)')


def renumber_note(note: ClaimNote, doc_id: str, shift: int) -> ClaimNote:
    """A claim's note with the ids :func:`renumber` gives its lines (the ids renumbered as a JSON array)."""
    ids = json.dumps([note.claim_id, note.article_id, note.figure_id], separators=(",", ":")).encode()
    claim_id, article_id, figure_id = json.loads(renumber(ids, doc_id, shift))
    return note._replace(claim_id=claim_id, article_id=article_id, figure_id=figure_id)


# -- executors ---------------------------------------------------------------

def _in_order(items: Iterable, submit, result_of, window: int) -> Iterator[tuple[object, ChunkResult | None]]:
    """Submit tasks with at most ``window`` in flight; yield (item, result) in item order."""
    pending: deque = deque()
    for item in items:
        pending.append((item, submit(item) if isinstance(item, Task) else None))
        while len(pending) > window or (pending and pending[0][1] is None):
            head, handle = pending.popleft()
            yield head, None if handle is None else result_of(handle)
    while pending:
        head, handle = pending.popleft()
        yield head, None if handle is None else result_of(handle)


def run_local(items: Iterable, settings: Settings, tune_gc: bool = False, seconds: float | None = DOC_SECONDS
              ) -> Iterator[tuple[object, ChunkResult | None]]:
    """Everything in this process (``-j 1``); ``tune_gc`` when the process exists for this batch (the CLI)."""
    warm = False
    for item in items:
        if isinstance(item, Task) and not warm:
            warm = warm_up(settings, tune_gc)
        yield item, analyse(item, settings, seconds) if isinstance(item, Task) else None


def warm_up(settings: Settings, tune_gc: bool = True) -> bool:
    """Build this process's pipeline and (``tune_gc``) tune the cyclic GC for the build and the work that follows.

    - The pipeline is a few hundred thousand long-lived objects (lexicons, the
      spaCy vocab) that never become garbage; a full collection walked them
      all, ~60 ms each on a 1 MB batch. ``gc.freeze`` moves them to a
      generation the collector skips.
    - The stages allocate many small tuples, lists and matches that reference
      counting frees at once; a young collection every 700 net allocations
      (the default) found almost nothing to free and cost ~4% of the
      instructions of a pass. One every 20,000 still bounds what cycles hold.

    - While the pipeline is built (spaCy's imports, the lexicons, jieba's
      word list) nothing it allocates is garbage, yet the collector walked
      the growing heap again and again: ~0.1 s of a ~1.1 s start-up. It is
      off until the build is frozen.

    All three change the whole process, so they are for processes that exist to
    run a batch: our workers, and the ``zhnews`` command's own under ``-j 1``
    (``run_batch(..., tune_gc=True)``), never a library caller's.
    """
    import gc

    enabled = gc.isenabled()
    if tune_gc:
        gc.disable()
    try:
        from pipeline.run import cached_nlp

        cached_nlp(settings)
    finally:
        if tune_gc:
            gc.freeze()
            gc.set_threshold(YOUNG_GC_THRESHOLD, *gc.get_threshold()[1:])
            if enabled:
                gc.enable()
    return True


def start_worker(settings: Settings, run_pid: int) -> None:
    """A worker's start: watch the run's process (:func:`pipeline.batch.limits.watch_parent`), build the pipeline."""
    watch_parent(run_pid)
    warm_up(settings)


def run_processes(items: Iterable, settings: Settings, jobs: int, start_method: str = "forkserver",
                  seconds: float | None = DOC_SECONDS) -> Iterator[tuple[object, ChunkResult | None]]:
    """``jobs`` worker processes, each building the pipeline once and ending with the run."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.batch import forkserver

    context = forkserver.context() if start_method == "forkserver" else multiprocessing.get_context(start_method)
    run_pid = os.getpid()

    def make(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker,
                                   initargs=(settings, run_pid))

    pool = _RestartingPool(make, jobs, settings, seconds)
    try:
        yield from _in_order(items, pool.submit, pool.result, 3 * jobs)
    except BaseException:
        pool.shutdown(cancel=True)
        raise
    pool.shutdown()


#: The error of a chunk whose worker died under it twice.
WORKER_DIED = ("the worker process analysing it died (killed for lack of memory, or a crash in a library); "
               "the other documents are kept: split the document or run with fewer jobs (-j)")


class _RestartingPool:
    """A process pool that outlives a worker killed mid-task (the kernel's out-of-memory killer, a
    crash in C): the pool is replaced, each task that was in flight runs again alone in a pool of
    its own, and one that kills its worker again becomes that chunk's error record."""

    def __init__(self, make, jobs: int, settings: Settings, seconds: float | None):
        self.make, self.jobs, self.settings, self.seconds = make, jobs, settings, seconds
        self.pool = make(jobs)

    def submit(self, task: Task):
        return self.pool, task, self.pool.submit(analyse, task, self.settings, self.seconds)

    def result(self, handle) -> ChunkResult:
        from concurrent.futures.process import BrokenProcessPool

        pool, task, future = handle
        try:
            return future.result()
        except BrokenProcessPool:
            if pool is self.pool:  # the first of its tasks to notice: a fresh pool for the rest
                pool.shutdown(wait=False, cancel_futures=True)
                self.pool = self.make(self.jobs)
        with self.make(1) as alone:
            try:
                return alone.submit(analyse, task, self.settings, self.seconds).result()
            except BrokenProcessPool:
                return ChunkResult(error=WORKER_DIED)

    def shutdown(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=not cancel, cancel_futures=cancel)


def run_dask(items: Iterable, settings: Settings, jobs: int, scheduler: str | None = None
             ) -> Iterator[tuple[object, ChunkResult | None]]:
    """The same :func:`analyse` on a Dask cluster: ``scheduler`` address, or a local cluster of ``jobs`` workers."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("the dask engine needs dask.distributed: pip install 'dask[distributed]'") from exc
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            yield from _in_order(items, lambda task: client.submit(analyse, task, settings, pure=False),
                                 lambda future: future.result(), 3 * workers)
    finally:
        if cluster is not None:
            cluster.close()


def execute(items: Iterable, settings: Settings, jobs: int = 1, engine: str = "local",
            scheduler: str | None = None, tune_gc: bool = False, seconds: float | None = DOC_SECONDS
            ) -> Iterator[tuple[object, ChunkResult | None]]:
    """Pick the executor; all give the same results in the same order (``seconds``: the limit per chunk)."""
    if engine == "dask":
        return run_dask(items, settings, jobs, scheduler)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if jobs <= 1:
        return run_local(items, settings, tune_gc, seconds)
    return run_processes(items, settings, jobs, seconds=seconds)
