"""zhnews: Chinese newspaper page dumps to structured, checkable JSON.

Public API::

    from pipeline import process_text
    articles = process_text(text, date="2026-05-01")   # list of schema.ArticleRecord

Importing this package loads no model and touches no file; the pipeline is
built on first use.
"""

__version__ = "0.1.0"


def process_text(text, date=None, name="text", settings=None):
    """Analyse one page dump given as a string (see :func:`pipeline.run.process_text`)."""
    from pipeline.run import process_text as _process_text

    return _process_text(text, date=date, name=name, settings=settings)


__all__ = ["__version__", "process_text"]
