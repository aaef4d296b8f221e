"""Records: the edge where analysis offsets become raw spans and schema records.

Reads the analysed spaCy docs of a dump's articles and builds the records of
:mod:`pipeline.schema`, every span mapped back to the raw file once
(:mod:`.build`); checks the offset invariant ``raw[start:end] == text`` on
any record (:mod:`.invariants`); and writes a run's records in other formats,
such as the scorer's flat files (:mod:`.export`).

May import the stages below it (:mod:`pipeline.text`, :mod:`pipeline.layout`,
:mod:`pipeline.entities`) and :mod:`pipeline.components`; never
:mod:`pipeline.batch`, :mod:`pipeline.desk` or the CLI.
"""
