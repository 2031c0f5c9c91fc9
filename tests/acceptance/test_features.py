"""Every table's feature in features/<gebied>/ (one per table), with the steps of conftest.py.

The publishing feature (features/publicatie/) has its own steps: tests/acceptance/test_publicatie.py.
"""

from pathlib import Path

from pytest_bdd import scenarios

_FEATURES = Path(__file__).resolve().parents[2] / "features"

scenarios(*sorted(str(p.relative_to(_FEATURES)) for p in _FEATURES.iterdir() if p.is_dir() and p.name != "publicatie"))
