"""Every feature in features/ (one per table), with the steps of conftest.py."""

from pytest_bdd import scenarios

scenarios(".")
