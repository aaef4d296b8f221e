"""The journalist's desk: ``zhnews check`` and ``zhnews report`` over a run folder.

Reads a run's ``articles.jsonl``, ``claims.jsonl`` and ``warnings.jsonl``;
filters and locates claims in the raw dump (:mod:`.check`), prints them as a
terminal table or writes one self-contained HTML page (:mod:`.report`, with
its CSS and JS in ``report_assets/``), as typer commands (:mod:`.cli`).

May import :mod:`pipeline.schema`, :mod:`pipeline.text` and
:mod:`pipeline.records`; no stage imports this package.
"""
