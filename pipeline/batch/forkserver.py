"""The process our ``-j N`` workers fork from, started as early as the command can.

Workers come from multiprocessing's *forkserver*: a server process that
imports spaCy and our stages once (the preload) and forks a worker per
request, so each worker only builds its pipeline. Started lazily, at the
first task, the server's imports ran after the main process had done the
same imports, and ``-j 2`` paid about a second more start-up than ``-j 1``.
``zhnews run -j N`` calls :func:`start_early` before importing anything
else, and the process that writes the batch never imports spaCy at all
(:mod:`pipeline.settings`, lazy imports in :mod:`pipeline.batch.runner`), so the
server's imports have a core to themselves.

This module imports nothing but :mod:`multiprocessing`, so calling it first is cheap.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext

#: Modules the server imports before it forks: what building a pipeline imports.
PRELOAD = ["spacy", "pipeline.run", "pipeline.batch.runner", "pipeline.components", "pipeline.figures.find", "pipeline.entities.recognizer",
           "pipeline.claims.find", "pipeline.records.build"]


def context() -> BaseContext:
    """The forkserver start method with our preload (the server is one per process, shared)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start_early() -> None:
    """Start the server now, so its imports overlap the caller's own."""
    from multiprocessing import forkserver

    context()
    forkserver.ensure_running()
