"""What changes the output of a run, in a module that imports nothing heavy.

The process that writes a ``-j N`` batch only reads and writes: it needs the
settings (for the journal and the manifest) but never a pipeline, so it
imports this instead of :mod:`pipeline.run` and spaCy (~60 MB, ~0.8 s).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

#: Stages in order; each is a registered spaCy factory (see pipeline.components).
DEFAULT_COMPONENTS = ("zhnews_figures", "zhnews_entities", "zhnews_claims")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that changes the output; recorded in the manifest."""

    segmenter: str = "jieba"
    mode: str = "fast"
    date: str | None = None
    tokens: bool = False
    components: tuple[str, ...] = DEFAULT_COMPONENTS

    def as_dict(self) -> dict:
        values = asdict(self)
        values["components"] = ",".join(self.components)
        return values
