"""Text: the raw input and the coordinates every other stage works in.

Reads files, folders, stdin and JSON Lines (:mod:`.ingest`), decodes them, and
gives the tools all stages share: the analysis text with its offset map back
to the raw file (:mod:`.normalize`), sentence spans (:mod:`.sentences`), the
word segmenter inside spaCy (:mod:`.segment`), words and their classes of short fragments for the
stages that read word edges (:mod:`.words`), the guard for scanning regexes
(:mod:`.regex_guard`) and the loader of ``models/`` (:mod:`.resources`).

Writes nothing; knows no stage. May import only :mod:`pipeline.schema` and
:mod:`pipeline.settings`: every stage stands on this floor.
"""
