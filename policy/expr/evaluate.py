"""Evaluate a formula tree on a mapping of field values (natural Python types)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from policy.errors import EvaluationError
from policy.expr.compile import Compiled, compile_formula

__all__ = ["evaluate", "compiled_formula"]

ParameterLookup = Callable[[str, Any], Any]

# Compiled closures by tree identity; the tree is kept in the entry so the id is not reused.
_CACHE: dict[int, tuple[list[Any], Compiled]] = {}


def compiled_formula(tree: list[Any]) -> Compiled:
    entry = _CACHE.get(id(tree))
    if entry is None or entry[0] is not tree:
        entry = (tree, compile_formula(tree))
        if len(_CACHE) > 50_000:
            _CACHE.clear()
        _CACHE[id(tree)] = entry
    return entry[1]


def evaluate(tree: list[Any], env: Mapping[str, Any], parameter: ParameterLookup | None = None) -> Any:
    """Value of ``tree`` with field values from ``env``; a missing value propagates as ``None``.

    ``parameter(naam, sleutel)`` resolves ``parameter(...)`` calls (dated parameters on the
    peildatum). Raises EvaluationError for what no table should ever do (division by zero,
    comparing a date with a number).
    """
    try:
        return compiled_formula(tree)(env, parameter)
    except EvaluationError:
        raise
    except Exception as exc:  # never a raw Python message
        from policy.expr.explain import explain_failure

        raise EvaluationError(f"De formule kon niet worden uitgerekend: {explain_failure(tree, exc, env, parameter)}.") from None
