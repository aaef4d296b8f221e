"""Shared fixtures: the pipeline built once per session, paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold" / "seed"


def require_shared() -> Path:
    """Skip the calling test when ../shared (developers' and CI's only) is absent."""
    if not (CORPUS.is_dir() and GOLD.is_dir()):
        pytest.skip("../shared is not here (it is only beside developers' and CI's checkouts)")
    return SHARED


@pytest.fixture(scope="session")
def recognizer():
    """The rules' entities alone (fast mode): the tables of claims and entities pin their own logic,
    not the tagger's reading (the default mode's merge is tested in test_entities_accurate.py)."""
    from pipeline.entities.recognizer import EntityRecognizer

    return EntityRecognizer(mode="fast")


@pytest.fixture(scope="session")
def nlp():
    from pipeline.run import Settings, cached_nlp

    return cached_nlp(Settings())


@pytest.fixture(scope="session")
def process(nlp):
    """process(text, date=None) -> article records, through the default pipeline."""
    import hashlib

    from pipeline.text.ingest import Dump
    from pipeline.run import Settings, process_dump

    def run(text: str, date: str | None = None, name: str = "fixture.txt"):
        dump = Dump(name, name, text, "utf-8", hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), date=date)
        return process_dump(dump, nlp, Settings(date=date))

    return run
