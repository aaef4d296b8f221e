#!/usr/bin/env bash
# Set up zhnews in ./.venv from a fresh clone: Python packages only, all from PyPI.
#
# pkuseg 0.0.25 ships only as an sdist whose build imports numpy and Cython,
# so they go in first and pkuseg is built without build isolation; everything
# else comes from pyproject.toml. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
pip() { .venv/bin/python -m pip --disable-pip-version-check "$@"; }
pip install --quiet --upgrade pip "setuptools>=68" wheel
pip install --quiet "numpy>=1.24,<3" "cython>=3,<4"
if ! .venv/bin/python -c "import pkuseg" 2>/dev/null; then
    echo "building pkuseg (about a minute; it bundles its default model)" >&2
    pip install --quiet --no-build-isolation "pkuseg==0.0.25"
fi
pip install --quiet -e ".[dev,accurate,cluster]"
echo "zhnews is set up in .venv: .venv/bin/zhnews --help" >&2
