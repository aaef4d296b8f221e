"""Entities: programs, organizations, people, places, works and dates.

Reads an article's analysis text. Fast mode is lexicons and patterns with a
document memory (:mod:`.recognizer`, :mod:`.rules`, :mod:`.loc_rules`,
:mod:`.names`, lexicons in :mod:`.gazetteer`, line primitives in
:mod:`.text`); accurate mode adds Baidu LAC's spans (:mod:`.lac`), fixed and
merged with the rules (:mod:`.tagger_fixes`, :mod:`.merge`). DATE spans and
their values against the publication date live in :mod:`.dates` and
:mod:`.date_values`.

Writes entity matches in analysis offsets. May import :mod:`pipeline.text` only.
"""
