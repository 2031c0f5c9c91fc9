"""Regelwerk's core: workbooks -> model -> checks -> compiled form -> decisions. No Flask here.

The public surface is re-exported lazily, so importing one stage (``policy.expr``) does not
load the others.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = [
    "Catalog",
    "CompiledTable",
    "Decision",
    "LoadedTable",
    "PolicyError",
    "compile_table",
    "decide",
    "load_table",
    "read_workbook",
    "run_checks",
]

_WHERE = {
    "Catalog": "policy.catalog",
    "LoadedTable": "policy.catalog",
    "load_table": "policy.catalog",
    "CompiledTable": "policy.compiler",
    "compile_table": "policy.compiler",
    "Decision": "policy.evaluation",
    "decide": "policy.evaluation",
    "PolicyError": "policy.errors",
    "read_workbook": "policy.workbook",
    "run_checks": "policy.checks",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'policy' has no attribute {name!r}")
