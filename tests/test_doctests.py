"""The examples in module docstrings run as tests (they are documentation that must stay true)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["pipeline.text.normalize", "pipeline.text.sentences", "pipeline.text.name_runs", "pipeline.layout.rules", "pipeline.figures.numerals",
           "pipeline.figures.find", "pipeline.entities.dates", "pipeline.claims.find", "pipeline.desk.check"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
