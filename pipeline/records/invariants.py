"""The offset invariant, checkable on any record: ``raw[start:end] == text``.

Tests run :func:`offset_violations` on every record they produce; users can
run it on records they load (``zhnews`` never emits a span that fails it).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from pipeline.schema import Span


def iter_spans(record: BaseModel) -> Iterator[tuple[str, Span]]:
    """Every :class:`Span` inside a record, with a dotted path saying where it is."""
    stack: list[tuple[str, object]] = [("", record)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, Span):
            yield path or "record", value
        if isinstance(value, BaseModel):
            for name in type(value).model_fields:
                stack.append((f"{path}.{name}" if path else name, getattr(value, name)))
        elif isinstance(value, (list, tuple)):
            stack.extend((f"{path}[{i}]", item) for i, item in enumerate(value))


def offset_violations(record: BaseModel, raw: str) -> list[str]:
    """Descriptions of the spans of ``record`` that do not read back from ``raw``."""
    problems = []
    for path, span in iter_spans(record):
        if span.pieces:
            text = "".join(raw[a:b] for a, b in span.pieces)
            bounds_ok = span.pieces[0][0] == span.start and span.pieces[-1][1] == span.end
        else:
            text, bounds_ok = raw[span.start:span.end], True
        if text != span.text or not bounds_ok or span.start > span.end:
            problems.append(f"{path}: [{span.start}, {span.end}) reads {text!r}, record says {span.text!r}")
    return problems
