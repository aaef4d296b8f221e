"""Bounds on one document's work, and workers that never outlive the run.

- **Time.** Each chunk (:class:`pipeline.batch.runner.Task`) gets at most
  :data:`DOC_SECONDS` of wall time (``SIGALRM`` in the process analysing it,
  when that is a main thread: ours always are). Past it the chunk becomes an
  error record saying so, and the batch goes on with the next one.
- **Memory and depth.** A chunk holds at most ``4 × 65,536`` characters
  (:mod:`pipeline.batch.chunks`), and the work on it grows linearly with its
  length and its figures (claims read long sentences in pieces,
  :data:`pipeline.claims.find.MAX_SENTENCE_CHARS`), so no limit needs to be
  imposed on memory; a ``MemoryError`` or ``RecursionError`` that still
  happens is one error record too (:func:`failure_reason`).
- **Orphans.** A worker (``-j N``) watches the process that started the run:
  ``PR_SET_PDEATHSIG`` ends it with its parent (the forkserver), and a
  thread ends it within a second of the run's own process ending, however
  that ends (``kill -9`` included). The forkserver itself exits when the run's
  process is gone (its end of multiprocessing's alive pipe closes).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator

#: Wall-clock seconds one chunk (at most ~262,000 characters) may take; the CLI's ``--doc-seconds``.
DOC_SECONDS = 300.0


class DocumentTimeout(Exception):
    """A chunk took longer than its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in this thread after ``seconds`` (no limit off the main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def failure_reason(exc: BaseException, where: str = "") -> str:
    """What an error record says when a chunk could not be analysed: what happened and what to do."""
    if isinstance(exc, DocumentTimeout):
        return (f"analysis took longer than {exc.args[0]:g} s{where} and was stopped: split the document, "
                "or allow more time with --doc-seconds")
    if isinstance(exc, MemoryError):
        return f"out of memory while analysing{where}: split the document or run with fewer jobs (-j)"
    if isinstance(exc, RecursionError):
        return f"text nested too deeply to analyse{where}: split the document"
    return (f"analysis failed{where} ({type(exc).__name__}: {exc}); the other documents are kept; "
            "please report this input to the zhnews maintainers")


_PR_SET_PDEATHSIG = 1


def watch_parent(run_pid: int, every: float = 0.5) -> None:
    """End this worker process when the run's process (``run_pid``) or this worker's parent ends."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the thread below still watches
        pass

    def watch() -> None:
        while True:
            try:
                os.kill(run_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid now belongs to another user's process: ours is gone
                os._exit(1)
            threading.Event().wait(every)

    threading.Thread(target=watch, name="zhnews-watch-parent", daemon=True).start()
