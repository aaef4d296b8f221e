"""Claims: for each figure, what it measures, of whom, when, how it changed.

Reads an article's analysis text with its figures, entities, references and
dates; gives each figure its metric (:mod:`.rules`), subject
(:mod:`.subjects`), source (:mod:`.sources`), time and change (:mod:`.find`).
Across a batch, :mod:`.consistency` reduces claims to small notes and finds
figures that cannot all be right, one warning per group; :mod:`.totals` checks
其中 parts against their total.

Writes claim matches in analysis offsets and consistency warnings. May import
:mod:`pipeline.text` and :mod:`pipeline.schema` only.
"""
