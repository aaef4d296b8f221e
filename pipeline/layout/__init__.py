"""Layout: a page dump -> articles.

Turns the raw text of one dump, in whatever convention it was printed
(blank lines, U+3000 indents, no blank lines, CRLF, PDF hard wraps, web copy,
page headers), into logical lines (:mod:`.lines`), gives each a role
(:mod:`.roles`) from cues of any outlet (:mod:`.rules`, :mod:`.bylines`; cue
words in ``models/layout_cues.tsv``), cuts the dump into articles by a score of
independent cues and rejoins sentences cut by column and page breaks,
keeping every span in raw offsets (:mod:`.split`).

Writes :class:`pipeline.layout.split.ArticleLayout` objects. May import
:mod:`pipeline.text` only.
"""
