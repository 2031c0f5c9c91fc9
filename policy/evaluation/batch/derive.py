"""Derived fields column-wise, parameters on each row's peildatum, numbers held to exact arithmetic."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from policy.errors import PolicyError
from policy.evaluation.batch.columns import Column, column_from_objects
from policy.evaluation.decide import lookup_parameter, run_formula
from policy.evaluation.guard import too_big_message
from policy.evaluation.plan import Plan
from policy.evaluation.validate import MAX_FRACTIONAL, MAX_WHOLE

__all__ = ["derive_rows", "in_force", "parameter_lookup", "within_exact"]


def parameter_lookup(plan: Plan, days: np.ndarray) -> Any:
    """``parameter(naam, sleutel)`` column-wise, on each row's peildatum."""

    def parameter(args: list[Column]) -> Column:
        n = len(days)
        name = args[0].values[0] if n else None
        key = args[1] if len(args) > 1 else None
        values = np.zeros(n, dtype=float)
        valid = np.zeros(n, dtype=bool)
        codes: np.ndarray | None = None
        index: dict[Any, int] = {}
        if key is not None and key.kind == "str":  # compare codes, not texts, once per entry
            codes, index = key.factorised()
        for entry in plan.parameters.get(name, ()) if name is not None else ():
            mask = in_force(entry["from"], entry["to"], days) & ~valid
            if entry["key"] is not None and key is not None:
                if codes is not None and isinstance(entry["key"], str):
                    mask &= key.valid & (codes == index.get(entry["key"], -2))
                else:
                    mask &= key.valid & (key.values == entry["key"])
            values[mask] = entry["value"]
            valid |= mask
        entries = plan.parameters.get(name, ()) if name is not None else ()
        if entries and all(e.get("type") == "datum" for e in entries):  # ordinals, as date columns hold them
            return Column(values.astype(np.int64), valid, "date")
        return Column(values, valid, "num")

    return parameter


def in_force(start: int | None, end: int | None, days: np.ndarray) -> np.ndarray:
    mask = np.ones(len(days), dtype=bool)
    if start is not None:
        mask &= days >= start
    if end is not None:
        mask &= days <= end
    return mask


def within_exact(name: str, col: Column, row_errors: dict[int, dict[str, list[str]]]) -> Column:
    """As decide: a derived number past exact arithmetic stops that row's decision."""
    if col.kind != "num" or not len(col.values):
        return col
    values = col.values.astype(float)
    with np.errstate(invalid="ignore"):
        over = col.valid & (np.abs(values) >= MAX_FRACTIONAL)  # the candidates; most columns have none
        if over.any():
            over &= np.where(values % 1 == 0, np.abs(values) > MAX_WHOLE, True)
    for i in np.flatnonzero(over):
        row_errors.setdefault(int(i), {}).setdefault(name, []).append(too_big_message(name, col.natural(int(i))))
    return col


def derive_rows(plan: Plan, name: str, fn: Any, spec: Mapping[str, Any], env: dict[str, Column],
                 days: np.ndarray, n: int, row_errors: dict[int, dict[str, list[str]]]) -> Column:
    """A derived field evaluated row by row with its (guarded) scalar closure."""

    values = np.empty(n, dtype=object)
    values[:] = None
    for i in range(n):
        if i in row_errors:
            continue
        row_env = {k: col.natural(i) for k, col in env.items()}
        pd_ord = int(days[i])

        def param(p: Any, key: Any = None, _pd: int = pd_ord) -> Any:
            return lookup_parameter(plan, p, key, _pd)

        try:
            value = run_formula(fn, row_env, param)
        except PolicyError as exc:
            row_errors.setdefault(i, {}).setdefault(name, []).append(exc.message)
            continue
        values[i] = tuple(value) if isinstance(value, list) else value
    return column_from_objects(values, spec["type"])
