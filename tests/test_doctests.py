"""The examples in module docstrings run as tests (they are documentation that must stay true)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["pipeline.normalize", "pipeline.sentences", "pipeline.layout_rules", "pipeline.numerals",
           "pipeline.figures", "pipeline.dates", "pipeline.claims", "pipeline.desk"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
