"""The journalist's desk: ``zhnews check``, ``zhnews report`` and the CSV export over a run folder.

Reads a run's ``articles.jsonl`` and ``warnings.jsonl``; filters and locates
claims in the raw dump (:mod:`.check`), words them in the user's language
(:mod:`.present`, from the message table :mod:`.messages`), prints them as a
terminal table or writes one self-contained HTML page (:mod:`.report`, with
its CSS and JS in ``report_assets/``) or one CSV file (:mod:`.table`), as
typer commands (:mod:`.cli`). Nothing from the input reaches a terminal or
page with its control characters (:mod:`.sanitize`).

May import :mod:`pipeline.schema`, :mod:`pipeline.text` and
:mod:`pipeline.records`; no stage imports this package.
"""
