"""Batch: many inputs -> output files, in parallel, resumable.

Reads inputs through :mod:`pipeline.text.ingest`, cuts big dumps on article
boundaries (:mod:`.chunks`), analyses chunks here, in ``-j N`` worker
processes forked from an early server (:mod:`.runner`, :mod:`.forkserver`)
or on Dask, and writes ``articles.jsonl``, ``claims.jsonl``,
``warnings.jsonl``, ``errors.jsonl`` and ``manifest.json``
(:mod:`.run_batch`), with a resume journal (:mod:`.journal`) and progress on
stderr (:mod:`.progress`).

May import everything below the composition (:mod:`pipeline.run` and what it
stands on); no language stage imports this package.
"""
