"""The vectorised batch path: decide a whole pandas DataFrame of cases at once.

Same compiled form, same semantics as the case-by-case evaluation (tests hold both to the
same answers). Rule tests become boolean masks; each distinct combination of matched rules
(few, even for millions of cases) gets its hit policy applied once, and the outcome is spread
back over the rows that share it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from policy.compiler import CompiledTable
from policy.errors import FactsInvalidError, PolicyError
from policy.evaluation.decide import plan_for
from policy.evaluation.plan import Plan, SubPlan
from policy.evaluation.validate import RESERVED_FIELDS
from policy.model.suggest import country_codes
from policy.reference.vector import Column, column_from_series, evaluate_vector

__all__ = ["evaluate_frame"]

ERROR_COLUMN = "fout"
RULES_COLUMN = "regels"


def evaluate_frame(
    compiled: CompiledTable, frame: pd.DataFrame, *, peildatum: date | None = None, allow_context: bool = True
) -> pd.DataFrame:
    """Decide every row of ``frame`` (one case per row, one column per input).

    Returns a DataFrame with the same index: one column per decision output, ``regels`` (the
    regel_ids that decided, in evaluation order) and ``fout`` (None, or a dict field -> Dutch
    messages for a row whose facts are invalid or whose date no rule covers). Raises
    FactsInvalidError for a column that is not an input of the table.
    """
    plan = plan_for(compiled)
    n = len(frame)
    known = {spec["name"]: spec for spec in plan.inputs}
    bad_columns = {
        str(c): [f"'{c}' is geen invoer van deze tabel."] for c in frame.columns
        if c not in known or c in RESERVED_FIELDS or (known[c]["context"] and not allow_context)
    }
    if bad_columns:
        raise FactsInvalidError(bad_columns)

    row_errors: dict[int, dict[str, list[str]]] = {}
    env: dict[str, Column] = {}
    for name, spec in known.items():
        env[name] = _input_column(frame, name, spec, n, row_errors)

    if peildatum is not None:
        pd_col = Column.constant(peildatum, n)
    else:
        pd_col = env.get(plan.peildatum_field, Column.constant(None, n))
        for i in np.flatnonzero(~pd_col.valid):
            if int(i) in row_errors:  # the date itself was invalid: that is the problem to report
                continue
            row_errors.setdefault(int(i), {}).setdefault(plan.peildatum_field, []).append(
                "is nodig als peildatum maar ontbreekt.")
    pd_days = pd_col.values.astype(np.int64)

    parameter = _parameter_lookup(plan, pd_days)

    pattern_ids: list[np.ndarray] = []
    pattern_rules: list[list[tuple[str, ...]]] = []
    for kind, step in plan.steps:
        if kind == "derive":
            name, _, spec = step
            env[name] = evaluate_vector(spec["expr"], env, n, parameter)
            continue
        inverse, rules_per_pattern = _run_table(plan, step, env, pd_days, n, row_errors)
        pattern_ids.append(inverse)
        pattern_rules.append(rules_per_pattern)

    out = pd.DataFrame(index=frame.index)
    for name in plan.decision_outputs:
        # object dtype: pandas would otherwise turn a missing text outcome (None) into NaN
        out[name] = pd.Series(_natural_values(env[name], plan.output_specs[name]["type"]), index=frame.index, dtype=object)
    out[RULES_COLUMN] = pd.Series(_combine_rules(pattern_ids, pattern_rules, n), index=frame.index, dtype=object)
    errors = np.empty(n, dtype=object)
    errors[:] = None
    for i, errs in row_errors.items():
        errors[i] = errs
        for name in plan.decision_outputs:
            out.iat[i, out.columns.get_loc(name)] = None
        out.iat[i, out.columns.get_loc(RULES_COLUMN)] = ()
    out[ERROR_COLUMN] = pd.Series(errors, index=frame.index, dtype=object)
    return out


def _parameter_lookup(plan: Plan, days: np.ndarray) -> Any:
    """``parameter(naam, sleutel)`` column-wise, on each row's peildatum."""

    def parameter(args: list[Column]) -> Column:
        n = len(days)
        name = args[0].values[0] if n else None
        key = args[1] if len(args) > 1 else None
        values = np.zeros(n, dtype=float)
        valid = np.zeros(n, dtype=bool)
        for entry in plan.parameters.get(name, ()):
            mask = _in_force(entry["from"], entry["to"], days) & ~valid
            if entry["key"] is not None and key is not None:
                mask &= key.valid & (key.values == entry["key"])
            values[mask] = entry["value"]
            valid |= mask
        return Column(values, valid, "num")

    return parameter


def _in_force(start: int | None, end: int | None, days: np.ndarray) -> np.ndarray:
    mask = np.ones(len(days), dtype=bool)
    if start is not None:
        mask &= days >= start
    if end is not None:
        mask &= days <= end
    return mask


def _input_column(frame: pd.DataFrame, name: str, spec: Mapping[str, Any], n: int,
                  row_errors: dict[int, dict[str, list[str]]]) -> Column:
    kind = spec["type"]
    if name not in frame.columns:
        series = pd.Series([None] * n, index=frame.index, dtype=object)
    else:
        series = frame[name]
    missing = series.isna().to_numpy()
    default = spec.get("default")
    if default is not None and missing.any():
        if kind == "datum" and isinstance(default, int):
            default = date.fromordinal(default).isoformat()
        series = series.astype(object).where(~missing, default)
        missing = series.isna().to_numpy()
    if spec["required"] and not spec["context"]:
        for i in np.flatnonzero(missing):
            row_errors.setdefault(int(i), {}).setdefault(name, []).append("is verplicht maar ontbreekt.")
    bad = _type_problems(series, kind, spec, missing)
    for i in np.flatnonzero(bad):
        row_errors.setdefault(int(i), {}).setdefault(name, []).append(
            f"{series.iloc[i]!r} past niet bij het type {kind} of de toegestane waarden.")
    if bad.any():
        series = series.astype(object).where(~bad, None)
    if kind == "datum" and series.dtype == object:
        series = series.map(lambda v: v.isoformat() if isinstance(v, date) else v)
    return column_from_series(series, kind)


def _type_problems(series: pd.Series, kind: str, spec: Mapping[str, Any], missing: np.ndarray) -> np.ndarray:
    present = ~missing
    if kind == "datum":
        text = series.map(lambda v: v.isoformat() if isinstance(v, date) else v)
        ok = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce").notna().to_numpy()
        ok = ok & text.map(lambda v: isinstance(v, str) and len(v) == 10).to_numpy()
        bad = present & ~ok
        bad |= present & _out_of_bounds(series.where(ok & present, None).map(
            lambda v: date.fromisoformat(v).toordinal() if isinstance(v, str) else (v.toordinal() if isinstance(v, date) else None)),
            spec)
        return bad
    if kind == "ja/nee":
        if series.dtype == bool:
            return np.zeros(len(series), dtype=bool)
        return present & ~series.map(lambda v: isinstance(v, (bool, np.bool_))).to_numpy()
    if kind in ("geheel getal", "getal"):
        if pd.api.types.is_bool_dtype(series.dtype):
            return present
        if pd.api.types.is_numeric_dtype(series.dtype):
            values = series
            bad = np.zeros(len(series), dtype=bool)
        else:
            is_num = series.map(lambda v: isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_))).to_numpy()
            bad = present & ~is_num
            values = series.where(is_num & present, None)
        if kind == "geheel getal":
            fv = pd.to_numeric(values, errors="coerce")
            bad |= present & fv.notna().to_numpy() & (fv.to_numpy(dtype=float, na_value=0.0) % 1 != 0)
        return bad | (present & _out_of_bounds(pd.to_numeric(values, errors="coerce"), spec))
    if kind in ("tekst", "keuzelijst", "landcode"):
        is_str = series.map(lambda v: isinstance(v, str)).to_numpy()
        bad = present & ~is_str
        if kind == "landcode":
            bad |= present & is_str & ~series.isin(country_codes()).to_numpy()
        elif spec.get("allowed") is not None:
            bad |= present & is_str & ~series.isin(spec["allowed"]).to_numpy()
        return bad
    if kind == "lijst":
        allowed = spec.get("allowed")
        return present & ~series.map(
            lambda v: isinstance(v, (list, tuple)) and all(isinstance(x, str) and (allowed is None or x in allowed) for x in v)
        ).to_numpy()
    return present


def _out_of_bounds(values: pd.Series, spec: Mapping[str, Any]) -> np.ndarray:
    v = pd.to_numeric(values, errors="coerce")
    arr = v.to_numpy(dtype=float, na_value=np.nan)
    bad = np.zeros(len(arr), dtype=bool)
    with np.errstate(invalid="ignore"):
        if spec.get("minimum") is not None:
            bad |= arr < spec["minimum"]
        if spec.get("maximum") is not None:
            bad |= arr > spec["maximum"]
    return bad


class _TestCache:
    """Per-column helpers reused across the tests of one table (factorised strings, list lengths)."""

    def __init__(self) -> None:
        self.codes: dict[int, tuple[np.ndarray, dict[Any, int]]] = {}
        self.lengths: dict[int, np.ndarray] = {}

    def factorised(self, col: Column) -> tuple[np.ndarray, dict[Any, int]]:
        key = id(col)
        if key not in self.codes:
            codes, uniques = pd.factorize(col.values, use_na_sentinel=True)
            self.codes[key] = (codes, {u: i for i, u in enumerate(uniques)})
        return self.codes[key]

    def length(self, col: Column) -> np.ndarray:
        key = id(col)
        if key not in self.lengths:
            self.lengths[key] = np.fromiter((len(v) for v in col.values), dtype=np.int64, count=len(col.values))
        return self.lengths[key]


def _test_mask(test: Mapping[str, Any], col: Column, cache: _TestCache) -> np.ndarray:
    op = test["op"]
    valid = col.valid
    if col.kind == "list":
        empty = ~valid | (cache.length(col) == 0)
        if op == "empty":
            return empty
        if op == "present":
            return ~empty
        return np.zeros(len(valid), dtype=bool)
    if op == "empty":
        return ~valid
    if op == "present":
        return valid.copy()
    if col.kind == "str":
        codes, index = cache.factorised(col)
        if op in ("eq", "ne"):
            code = index.get(test["value"], -2)
            return valid & ((codes == code) if op == "eq" else (codes != code))
        if op in ("in", "not_in"):
            wanted = [index[v] for v in test["values"] if v in index]
            hit = np.isin(codes, wanted)
            return valid & (hit if op == "in" else ~hit)
        values = col.values  # comparisons on text: rare, element-wise
    else:
        values = col.values
    if col.kind == "bool" and op in ("eq", "ne"):
        x = test["value"]
        if not isinstance(x, bool):
            return np.zeros(len(valid), dtype=bool)
        return valid & ((values == x) if op == "eq" else (values != x))
    if op == "eq":
        return valid & (values == test["value"])
    if op == "ne":
        return valid & (values != test["value"])
    if op == "lt":
        return valid & (values < test["value"])
    if op == "le":
        return valid & (values <= test["value"])
    if op == "gt":
        return valid & (values > test["value"])
    if op == "ge":
        return valid & (values >= test["value"])
    if op in ("in", "not_in"):
        hit = np.isin(values, test["values"])
        return valid & (hit if op == "in" else ~hit)
    lo, hi = test["low"], test["high"]
    inside = (values >= lo if test["low_inclusive"] else values > lo) & (
        values <= hi if test["high_inclusive"] else values < hi)
    return valid & (inside if op == "between" else ~inside)


def _run_table(plan: Plan, sub: SubPlan, env: dict[str, Column], days: np.ndarray, n: int,
               row_errors: dict[int, dict[str, list[str]]]) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    from policy.evaluation.decide import _apply_hit_policy  # the scalar hit policy, applied per pattern

    cache = _TestCache()
    masks = np.zeros((len(sub.rules), n), dtype=bool)
    any_in_force = np.zeros(n, dtype=bool)
    for r, rp in enumerate(sub.rules):
        mask = _in_force(rp.start, rp.end, days)
        any_in_force |= mask
        for test in rp.compiled["tests"]:
            if not mask.any():
                break
            mask &= _test_mask(test, env.get(test["field"], Column.constant(None, n)), cache)
        masks[r] = mask
    if sub.final:
        for i in np.flatnonzero(~any_in_force):
            if int(i) in row_errors:
                continue
            row_errors.setdefault(int(i), {}).setdefault("peildatum", []).append(
                f"Geen enkele regel van tabel '{sub.name}' is van kracht op deze datum.")

    if len(sub.rules) == 0:
        patterns, inverse = np.zeros((1, 0), dtype=bool), np.zeros(n, dtype=np.int64)
    else:
        packed = np.packbits(masks, axis=0).T.copy()  # (n, ceil(rules/8))
        view = packed.view(np.dtype((np.void, packed.shape[1]))).ravel()
        _, first, inverse = np.unique(view, return_index=True, return_inverse=True)
        patterns = masks[:, first].T

    outputs: dict[str, np.ndarray] = {name: np.empty(n, dtype=object) for name in sub.outputs}
    rules_per_pattern: list[tuple[str, ...]] = []
    for p, pattern in enumerate(patterns):
        rows = np.flatnonzero(inverse == p)
        indices = [int(i) for i in np.flatnonzero(pattern)]
        dynamic = any(sub.rules[i].static is None for i in indices)
        if not dynamic:
            try:
                values, decided = _apply_hit_policy(plan, sub, indices, {}, None)
                chosen = [i for i in indices if any(sub.rules[i].matched_row is d for d in decided)]
            except PolicyError as exc:  # a hit-policy violation is that rows' error, not the batch's
                for i in rows:
                    row_errors.setdefault(int(i), {}).setdefault(sub.name, []).append(exc.message)
                values, chosen = {name: None for name in sub.outputs}, []
            for name, value in values.items():
                _fill(outputs[name], rows, value)
        elif sub.hit_policy in ("FIRST", "UNIQUE") and indices:
            if sub.hit_policy == "UNIQUE" and len(indices) > 1:
                ids = ", ".join(sub.rules[i]["regel_id"] for i in indices)
                for i in rows:
                    row_errors.setdefault(int(i), {}).setdefault(sub.name, []).append(
                        f"Tabel '{sub.name}' is UNIQUE maar de regels {ids} gelden allemaal.")
            chosen = indices[:1]
            rule = sub.rules[indices[0]].compiled
            subset = {name: col.take(rows) for name, col in env.items()}
            for name in sub.outputs:
                spec = plan.output_specs[name]
                cell = rule["outputs"].get(name)
                if cell is not None and "expr" in cell:
                    col = evaluate_vector(cell["expr"], subset, len(rows), _parameter_lookup(plan, days[rows]))
                    values_out = _natural_values(col, spec["type"])
                    for k, i in enumerate(rows):
                        v = values_out[k]
                        outputs[name][i] = tuple(v) if isinstance(v, list) else (
                            v if v is not None else _default(spec))
                else:
                    value = _default(spec) if cell is None or cell["literal"] is None else _literal(spec, cell["literal"])
                    _fill(outputs[name], rows, value)
        else:
            chosen = _dynamic_pattern(plan, sub, indices, rows, env, days, outputs, row_errors)
        rules_per_pattern.append(tuple(sub.rules[i].regel_id for i in chosen))
    for name in sub.outputs:
        env[name] = _column_from_objects(outputs[name], plan.output_specs[name]["type"])
    return inverse, rules_per_pattern


def _fill(target: np.ndarray, rows: np.ndarray, value: Any) -> None:
    if isinstance(value, list):
        value = tuple(value)
    if isinstance(value, tuple):
        for i in rows:  # numpy would broadcast a tuple; assign one by one
            target[i] = value
    else:
        target[rows] = value


def _default(spec: Mapping[str, Any]) -> Any:
    return _literal(spec, spec.get("default"))


def _literal(spec: Mapping[str, Any], value: Any) -> Any:
    from policy.evaluation.plan import decode_output

    return decode_output(dict(spec), value)


def _dynamic_pattern(plan: Plan, sub: SubPlan, indices: list[int], rows: np.ndarray, env: dict[str, Column],
                     days: np.ndarray, outputs: dict[str, np.ndarray],
                     row_errors: dict[int, dict[str, list[str]]]) -> list[int]:
    """A pattern whose outputs depend on formulas: evaluate row by row with the scalar path."""
    from policy.evaluation.decide import _apply_hit_policy, lookup_parameter

    for i in rows:
        row_env = {name: _natural(col, int(i)) for name, col in env.items()}
        pd_ord = int(days[i])

        def param(name: Any, key: Any = None, _pd: int = pd_ord) -> Any:
            return lookup_parameter(plan, name, key, _pd)

        try:
            values, decided = _apply_hit_policy(plan, sub, indices, row_env, param)
            chosen = [k for k in indices if any(sub.rules[k].regel_id == d.regel_id and sub.rules[k].matched_row.row == d.row
                                                for d in decided)]
        except PolicyError as exc:
            row_errors.setdefault(int(i), {}).setdefault(sub.name, []).append(exc.message)
            values, chosen = {name: None for name in sub.outputs}, []
        for name, value in values.items():
            outputs[name][i] = tuple(value) if isinstance(value, list) else value
    return chosen if len(rows) else indices


def _natural(col: Column, i: int) -> Any:
    if not col.valid[i]:
        return None
    v = col.values[i]
    if col.kind == "date":
        return date.fromordinal(int(v))
    if col.kind == "list":
        return list(v)
    if col.kind == "bool":
        return bool(v)
    if col.kind == "num":
        f = float(v)
        return int(f) if f.is_integer() else f
    return v


def _column_from_objects(values: np.ndarray, field_type: str) -> Column:
    n = len(values)
    if field_type == "lijst":
        out = np.empty(n, dtype=object)
        out[:] = [v if isinstance(v, tuple) else (() if v is None else (v,)) for v in values]
        return Column(out, np.ones(n, dtype=bool), "list")
    valid = np.array([v is not None for v in values], dtype=bool)
    if field_type == "datum":
        return Column(np.array([v.toordinal() if v is not None else 0 for v in values], dtype=np.int64), valid, "date")
    if field_type == "ja/nee":
        return Column(np.array([bool(v) for v in values], dtype=bool), valid, "bool")
    if field_type in ("geheel getal", "getal"):
        return Column(np.array([v if v is not None else 0 for v in values], dtype=float), valid, "num")
    return Column(values, valid, "str")


def _natural_values(col: Column, field_type: str) -> np.ndarray:
    n = len(col.values)
    if col.kind == "list":
        out = np.empty(n, dtype=object)
        out[:] = [list(v) for v in col.values]
        return out
    out = np.empty(n, dtype=object)
    if col.kind == "date":
        out[:] = [date.fromordinal(int(v)) if ok else None for v, ok in zip(col.values, col.valid, strict=True)]
    elif col.kind == "num":
        out[:] = [(int(v) if float(v).is_integer() and field_type == "geheel getal" else v) if ok else None
                  for v, ok in zip(col.values, col.valid, strict=True)]
    else:
        out[:] = [v if ok else None for v, ok in zip(col.values.tolist(), col.valid.tolist(), strict=True)]
    return out


def _combine_rules(pattern_ids: list[np.ndarray], pattern_rules: list[list[tuple[str, ...]]], n: int) -> np.ndarray:
    out = np.empty(n, dtype=object)
    if not pattern_ids:
        out[:] = [()] * n
        return out
    stacked = np.stack(pattern_ids, axis=1)
    combos, inverse = np.unique(stacked, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    merged = [sum((pattern_rules[t][int(c)] for t, c in enumerate(combo)), ()) for combo in combos]
    table = np.empty(len(merged), dtype=object)
    for k, m in enumerate(merged):
        table[k] = m
    return table[inverse]
