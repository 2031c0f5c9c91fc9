"""The outputs of a pattern whose rules have formula cells: column-wise where that is certain to give
what the scalar path gives, else row by row through the scalar hit policy."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from policy.errors import PolicyError
from policy.evaluation.batch.columns import Column, natural_values
from policy.evaluation.batch.derive import parameter_lookup
from policy.evaluation.batch.vector import VECTOR_FAILURES, evaluate_vector
from policy.evaluation.decide import apply_hit_policy, lookup_parameter
from policy.evaluation.guard import is_guarded
from policy.evaluation.plan import Plan, SubPlan, decode_output
from policy.evaluation.validate import MAX_FRACTIONAL
from policy.expr import names_in

__all__ = ["default_value", "dynamic_pattern", "literal_value", "vector_outputs"]


def vector_outputs(plan: Plan, sub: SubPlan, rp: Any, rows: np.ndarray, env: dict[str, Column],
                    days: np.ndarray) -> dict[str, Any] | None:
    """The outputs of rule ``rp`` for ``rows``, formulas column-wise; None when a row needs the scalar path."""
    guarded = {name for name, fn, _ in rp.cells if fn is not None and is_guarded(fn)}
    rule = rp.compiled
    cells = [rule["outputs"].get(name) for name in sub.outputs]
    read = {field for cell in cells if cell is not None and "expr" in cell for field in names_in(cell["expr"])}
    subset = {name: env[name].take(rows) for name in read if name in env}  # only what the formulas read
    out: dict[str, Any] = {}
    for name in sub.outputs:
        spec = plan.output_specs[name]
        cell = rule["outputs"].get(name)
        if cell is not None and "expr" in cell:
            try:
                col = evaluate_vector(cell["expr"], subset, len(rows), parameter_lookup(plan, days[rows]))
            except VECTOR_FAILURES:
                return None
            if name in guarded and not _fits(col, spec):
                return None  # some value is not of the field's type: the scalar path says which
            values = natural_values(col, spec["type"])  # no list among them: a list column holds tuples
            none = np.equal(values, None)  # type: ignore[call-overload]  # numpy stubs: None operand
            if none.any():
                values = values.copy()
                fill = np.empty(1, dtype=object)
                fill[0] = default_value(spec)
                values[none] = fill
            out[name] = values
        else:
            value = default_value(spec) if cell is None or cell["literal"] is None else literal_value(spec, cell["literal"])
            out[name] = [tuple(value) if isinstance(value, list) else value] * len(rows)
    return out


def _fits(col: Column, spec: Mapping[str, Any]) -> bool:
    """True when every value of ``col`` certainly passes the guard of a field of ``spec``'s type.

    Conservative: what is not certain here (a number near the limits of exact arithmetic, a
    kind that differs) goes through the scalar guard, which words the failure.
    """
    declared, allowed = spec["type"], spec.get("allowed")
    values = col.values[col.valid]
    if declared in ("geheel getal", "getal"):
        if col.kind != "num" or values.dtype.kind not in "iuf":
            return False
        numbers = values.astype(float)
        with np.errstate(invalid="ignore"):
            return bool(np.all(np.isfinite(numbers)) and np.all(np.abs(numbers) < MAX_FRACTIONAL)
                        and (declared == "getal" or np.all(numbers % 1 == 0)))
    if declared == "datum":
        return col.kind == "date"
    if declared == "ja/nee":
        return col.kind == "bool"
    permitted = frozenset(allowed) if allowed else None
    if declared == "lijst":
        return col.kind == "list" and all(
            isinstance(v, tuple) and all(type(x) is str and (permitted is None or x in permitted) for x in v)
            for v in set(values))
    return col.kind == "str" and all(type(v) is str and (permitted is None or v in permitted) for v in set(values))


def default_value(spec: Mapping[str, Any]) -> Any:
    return literal_value(spec, spec.get("default"))


def literal_value(spec: Mapping[str, Any], value: Any) -> Any:

    return decode_output(dict(spec), value)


def dynamic_pattern(plan: Plan, sub: SubPlan, indices: list[int], rows: np.ndarray, env: dict[str, Column],
                     days: np.ndarray, outputs: dict[str, np.ndarray],
                     row_errors: dict[int, dict[str, list[str]]]) -> list[int]:
    """A pattern whose outputs depend on formulas: evaluate row by row with the scalar path."""

    chosen: list[int] | None = None  # the deciding rules, from a row that was decided
    for i in rows:
        row_env = {name: col.natural(int(i)) for name, col in env.items()}
        pd_ord = int(days[i])

        def param(name: Any, key: Any = None, _pd: int = pd_ord) -> Any:
            return lookup_parameter(plan, name, key, _pd)

        try:
            values, decided = apply_hit_policy(plan, sub, indices, row_env, param)
            chosen = [k for k in indices if any(sub.rules[k].regel_id == d.regel_id and sub.rules[k].matched_row.row == d.row
                                                for d in decided)]
        except PolicyError as exc:  # that row's error; its regels are emptied with its outputs
            row_errors.setdefault(int(i), {}).setdefault(sub.name, []).append(exc.message)
            values = {name: None for name in sub.outputs}
        for name, value in values.items():
            outputs[name][i] = tuple(value) if isinstance(value, list) else value
    if chosen is None:
        return [] if len(rows) else indices
    return chosen
