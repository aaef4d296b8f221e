"""Layout: a page dump -> articles.

Reads the raw lines of one dump and gives each a role (title, kicker,
byline, caption, heading, paragraph, continuation marker), cuts the dump into
articles and rejoins sentences cut by column and page breaks, keeping every
span in raw offsets (:mod:`.split`, with single-line cues in :mod:`.rules`).

Writes :class:`pipeline.layout.split.ArticleLayout` objects. May import
:mod:`pipeline.text` only.
"""
