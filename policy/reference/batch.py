"""The vectorised batch path: decide a whole pandas DataFrame of cases at once.

Same compiled form, same semantics as the case-by-case evaluation (tests hold both to the
same answers). Rule tests become boolean masks; each distinct combination of matched rules
(few, even for millions of cases) gets its hit policy applied once, and the outcome is spread
back over the rows that share it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from policy.compiler import CompiledTable
from policy.errors import FactsInvalidError, PolicyError
from policy.evaluation.decide import plan_for
from policy.evaluation.guard import is_guarded, too_big_message
from policy.evaluation.plan import Plan, SubPlan
from policy.evaluation.validate import MAX_FRACTIONAL, MAX_TEXT, MAX_WHOLE, RESERVED_FIELDS, beyond_exact
from policy.model.suggest import country_codes
from policy.reference.vector import Column, column_from_series, evaluate_vector

__all__ = ["evaluate_frame"]

_EPOCH = date(1970, 1, 1).toordinal()
ERROR_COLUMN = "fout"
RULES_COLUMN = "regels"


def evaluate_frame(
    compiled: CompiledTable, frame: pd.DataFrame, *, peildatum: date | None = None, allow_context: bool = True
) -> pd.DataFrame:
    """Decide every row of ``frame`` (one case per row, one column per input).

    Returns a DataFrame with the same index: one column per decision output (a list output
    holds tuples), ``regels`` (the
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
            name, fn, spec = step
            column = None
            if not is_guarded(fn):  # else its type is only known per value: the scalar path checks each one
                try:
                    column = evaluate_vector(spec["expr"], env, n, parameter)
                except _VECTOR_FAILURES:  # some row fails: the scalar path says which, and why
                    column = None
            if column is None:
                env[name] = _derive_rows(plan, name, fn, spec, env, pd_days, n, row_errors)
            else:
                env[name] = _within_exact(name, column, row_errors)
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
    for row, errs in row_errors.items():
        errors[row] = errs
        for name in plan.decision_outputs:
            out.iat[row, out.columns.get_loc(name)] = None
        out.iat[row, out.columns.get_loc(RULES_COLUMN)] = ()
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
        for entry in plan.parameters.get(name, ()) if name is not None else ():
            mask = _in_force(entry["from"], entry["to"], days) & ~valid
            if entry["key"] is not None and key is not None:
                mask &= key.valid & (key.values == entry["key"])
            values[mask] = entry["value"]
            valid |= mask
        entries = plan.parameters.get(name, ()) if name is not None else ()
        if entries and all(e.get("type") == "datum" for e in entries):  # ordinals, as date columns hold them
            return Column(values.astype(np.int64), valid, "date")
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
    if kind == "tekst" and len(series):  # blank text is no value, as in the case-by-case path
        blank = np.fromiter((isinstance(v, str) and not v.strip() for v in series.to_numpy(dtype=object)),
                            dtype=bool, count=len(series))
        if blank.any():
            series = series.astype(object).where(~blank, None)
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
    given = series  # as sent, for the messages
    if kind == "datum":
        column, bad = _date_column(series, spec, ~missing)
    else:
        bad = _type_problems(series, kind, spec, missing)
        if bad.any():
            series = series.astype(object).where(~bad, None)
        column = column_from_series(series, kind)
    for i in np.flatnonzero(bad):
        shown = given.iloc[i]
        shown = shown.item() if isinstance(shown, np.generic) else shown  # 1e15, not np.float64(1e15)
        row_errors.setdefault(int(i), {}).setdefault(name, []).append(
            f"{shown!r} past niet bij het type {kind} of de toegestane waarden.")
    return column


def _date_column(series: pd.Series, spec: Mapping[str, Any], present: np.ndarray) -> tuple[Column, np.ndarray]:
    """Dates as ordinals, each distinct value parsed once; text must be exactly JJJJ-MM-DD."""
    codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    distinct = pd.Series(uniques, dtype=object)
    inferred = pd.api.types.infer_dtype(distinct, skipna=True)
    if inferred not in ("string", "empty"):
        distinct = distinct.map(lambda v: v.isoformat() if isinstance(v, date) and not isinstance(v, datetime) else v)
        inferred = pd.api.types.infer_dtype(distinct, skipna=True)
    if inferred in ("string", "empty"):
        shaped = distinct.str.len().to_numpy(dtype=float, na_value=0.0) == 10
    else:  # numbers, booleans, mixed: only real strings of the right length can be dates
        shaped = distinct.map(lambda v: isinstance(v, str) and len(v) == 10).to_numpy(dtype=bool)
    parsed = pd.to_datetime(distinct.where(shaped, None), format="%Y-%m-%d", errors="coerce")
    fine = np.append(parsed.notna().to_numpy() & shaped, False)  # the last: no value (code -1)
    days = parsed.to_numpy(dtype="datetime64[D]", na_value=np.datetime64("NaT")).astype("int64") + _EPOCH
    ok = fine[codes]
    ordinals = np.where(ok, np.append(np.where(fine[:-1], days, 0), 0)[codes], 0).astype(np.int64)
    bad = present & ~ok
    lo, hi = spec.get("minimum"), spec.get("maximum")
    if lo is not None:
        bad |= ok & (ordinals < lo)
    if hi is not None:
        bad |= ok & (ordinals > hi)
    return Column(ordinals, present & ~bad, "date"), bad


def _type_problems(series: pd.Series, kind: str, spec: Mapping[str, Any], missing: np.ndarray) -> np.ndarray:
    present = ~missing
    inferred = pd.api.types.infer_dtype(series, skipna=True)
    if kind == "ja/nee":
        if inferred in ("boolean", "empty"):
            return np.zeros(len(series), dtype=bool)
        return present & ~series.map(lambda v: isinstance(v, (bool, np.bool_))).to_numpy()
    if kind in ("geheel getal", "getal"):
        if inferred in ("integer", "floating", "mixed-integer-float", "empty"):
            values = series
            bad = np.zeros(len(series), dtype=bool)
        else:
            is_num = series.map(lambda v: isinstance(v, (int, float, np.integer, np.floating))
                                and not isinstance(v, (bool, np.bool_))).to_numpy()
            bad = present & ~is_num
            values = series.where(is_num & present, None)
        numbers = pd.to_numeric(values, errors="coerce")
        arr = numbers.to_numpy(dtype=float, na_value=0.0)
        if kind == "geheel getal":
            with np.errstate(invalid="ignore"):
                bad |= present & numbers.notna().to_numpy() & (arr % 1 != 0)
        # as decide: whole numbers up to 2**53, numbers with decimals below 10**15. Only values
        # from 10**15 up can be past either limit: look closer at those alone.
        with np.errstate(invalid="ignore"):
            large = present & (np.abs(arr) >= MAX_FRACTIONAL)
        if large.any():
            for i in np.flatnonzero(large):
                value = series.iloc[i]  # as given (a float column would round 2**53 + 1)
                if isinstance(value, (float, np.floating)) and not np.isfinite(value):
                    bad[i] = True  # decide refuses infinities too
                    continue
                if series.dtype != object:
                    value = float(value) if kind == "getal" and series.dtype.kind == "f" else int(value)
                bad[i] |= beyond_exact(value, kind)
        return bad | (present & _out_of_bounds(numbers, spec))
    if kind in ("tekst", "keuzelijst", "landcode"):
        if inferred in ("string", "empty"):
            is_str = np.ones(len(series), dtype=bool)
        else:
            is_str = series.map(lambda v: isinstance(v, str)).to_numpy()
        bad = present & ~is_str
        if kind == "tekst":  # as decide: texts up to MAX_TEXT characters (listed values are short anyway)
            lengths = series.where(is_str, "").astype(object).str.len().to_numpy(dtype=float, na_value=0.0)
            bad |= present & is_str & (lengths > MAX_TEXT)
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
            self.lengths[key] = np.fromiter(map(len, col.values), dtype=np.int64, count=len(col.values))
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
    from policy.evaluation.decide import apply_hit_policy  # the scalar hit policy, applied per pattern

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
        inverse, first = _factorize_rows(masks)
        patterns = masks[:, first].T

    outputs: dict[str, np.ndarray] = {name: np.empty(n, dtype=object) for name in sub.outputs}
    per_pattern: dict[str, np.ndarray] = {name: np.empty(len(patterns), dtype=object) for name in sub.outputs}
    static_patterns = np.zeros(len(patterns), dtype=bool)
    order = np.argsort(inverse, kind="stable")
    bounds = np.concatenate(([0], np.cumsum(np.bincount(inverse, minlength=len(patterns)))))
    rules_per_pattern: list[tuple[str, ...]] = []
    for p, pattern in enumerate(patterns):
        rows = order[bounds[p]:bounds[p + 1]]
        indices = [int(i) for i in np.flatnonzero(pattern)]
        dynamic = any(sub.rules[i].static is None for i in indices)
        if not dynamic:
            try:
                values, decided = apply_hit_policy(plan, sub, indices, {}, None)
                chosen = [i for i in indices if any(sub.rules[i].matched_row is d for d in decided)]
            except PolicyError as exc:  # a hit-policy violation is that rows' error, not the batch's
                for i in rows:
                    row_errors.setdefault(int(i), {}).setdefault(sub.name, []).append(exc.message)
                values, chosen = {name: None for name in sub.outputs}, []
            static_patterns[p] = True
            for name, value in values.items():
                per_pattern[name][p] = tuple(value) if isinstance(value, list) else value
        elif sub.hit_policy in ("FIRST", "UNIQUE") and indices and (
                vector := _vector_outputs(plan, sub, sub.rules[indices[0]], rows, env, days)) is not None:
            if sub.hit_policy == "UNIQUE" and len(indices) > 1:
                ids = ", ".join(sub.rules[i].regel_id for i in indices)
                for i in rows:
                    row_errors.setdefault(int(i), {}).setdefault(sub.name, []).append(
                        f"Tabel '{sub.name}' is UNIQUE maar de regels {ids} gelden allemaal.")
            chosen = indices[:1]
            for name, values_out in vector.items():
                for k, i in enumerate(rows):
                    outputs[name][i] = values_out[k]
        else:
            chosen = _dynamic_pattern(plan, sub, indices, rows, env, days, outputs, row_errors)
        rules_per_pattern.append(tuple(sub.rules[i].regel_id for i in chosen))
    if static_patterns.any():
        gathered_rows = static_patterns[inverse]
        for name in sub.outputs:
            outputs[name][gathered_rows] = per_pattern[name][inverse[gathered_rows]]
    for name in sub.outputs:
        env[name] = _column_from_objects(outputs[name], plan.output_specs[name]["type"])
    return inverse, rules_per_pattern


#: What a formula evaluated column-wise may raise where some row cannot be worked out; that
#: pattern's rows then go through the scalar path, which says which row failed and why.
_VECTOR_FAILURES = (PolicyError, ArithmeticError, TypeError, ValueError)


def _vector_outputs(plan: Plan, sub: SubPlan, rp: Any, rows: np.ndarray, env: dict[str, Column],
                    days: np.ndarray) -> dict[str, list[Any]] | None:
    """The outputs of rule ``rp`` for ``rows``, formulas column-wise; None when a row needs the scalar path."""
    guarded = {name for name, fn, _ in rp.cells if fn is not None and is_guarded(fn)}
    rule = rp.compiled
    subset = {name: col.take(rows) for name, col in env.items()}
    out: dict[str, list[Any]] = {}
    for name in sub.outputs:
        spec = plan.output_specs[name]
        cell = rule["outputs"].get(name)
        if cell is not None and "expr" in cell:
            try:
                col = evaluate_vector(cell["expr"], subset, len(rows), _parameter_lookup(plan, days[rows]))
            except _VECTOR_FAILURES:
                return None
            if name in guarded and not _fits(col, spec):
                return None  # some value is not of the field's type: the scalar path says which
            out[name] = [tuple(v) if isinstance(v, list) else (v if v is not None else _default(spec))
                         for v in _natural_values(col, spec["type"])]
        else:
            value = _default(spec) if cell is None or cell["literal"] is None else _literal(spec, cell["literal"])
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


def _default(spec: Mapping[str, Any]) -> Any:
    return _literal(spec, spec.get("default"))


def _literal(spec: Mapping[str, Any], value: Any) -> Any:
    from policy.evaluation.plan import decode_output

    return decode_output(dict(spec), value)


def _dynamic_pattern(plan: Plan, sub: SubPlan, indices: list[int], rows: np.ndarray, env: dict[str, Column],
                     days: np.ndarray, outputs: dict[str, np.ndarray],
                     row_errors: dict[int, dict[str, list[str]]]) -> list[int]:
    """A pattern whose outputs depend on formulas: evaluate row by row with the scalar path."""
    from policy.evaluation.decide import apply_hit_policy, lookup_parameter

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


def _within_exact(name: str, col: Column, row_errors: dict[int, dict[str, list[str]]]) -> Column:
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


def _derive_rows(plan: Plan, name: str, fn: Any, spec: Mapping[str, Any], env: dict[str, Column],
                 days: np.ndarray, n: int, row_errors: dict[int, dict[str, list[str]]]) -> Column:
    """A derived field evaluated row by row with its (guarded) scalar closure."""
    from policy.evaluation.decide import lookup_parameter, run_formula

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
    return _column_from_objects(values, spec["type"])


def _column_from_objects(values: np.ndarray, field_type: str) -> Column:
    n = len(values)
    if field_type == "lijst":
        if any(not isinstance(v, tuple) for v in values[:1]) or not all(isinstance(v, tuple) for v in _sample(values)):
            out = np.empty(n, dtype=object)
            out[:] = [v if isinstance(v, tuple) else (() if v is None else (v,)) for v in values]
            values = out
        return Column(values, np.ones(n, dtype=bool), "list")
    valid = np.not_equal(values, None)  # type: ignore[call-overload]  # numpy stubs: None is an object operand
    if field_type == "datum":
        return Column(np.array([v.toordinal() if v is not None else 0 for v in values], dtype=np.int64), valid, "date")
    if field_type == "ja/nee":
        return Column(np.where(valid, values, False).astype(bool), valid, "bool")
    if field_type in ("geheel getal", "getal"):
        return Column(np.where(valid, values, 0).astype(float), valid, "num")
    return Column(values, valid, "str")


def _sample(values: np.ndarray) -> np.ndarray:
    return values if len(values) <= 64 else values[:: max(1, len(values) // 64)]


def _factorize_rows(masks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per column of the (rules x cases) bool matrix, an id of its pattern; and one case per id."""
    words = []
    for start in range(0, masks.shape[0], 63):
        block = masks[start:start + 63]
        weights = (np.int64(1) << np.arange(block.shape[0], dtype=np.int64))
        words.append(weights @ block.astype(np.int64))
    key = words[0]
    if len(words) > 1:  # combine the words' ids pairwise (mixed radix on their factorised ids)
        ids, _ = pd.factorize(words[0])
        for w in words[1:]:
            wid, wu = pd.factorize(w)
            ids, _ = pd.factorize(ids.astype(np.int64) * np.int64(len(wu)) + wid)
        key = ids
    inverse, uniques = pd.factorize(key)
    first = np.zeros(len(uniques), dtype=np.int64)
    first[inverse[::-1]] = np.arange(len(inverse) - 1, -1, -1)
    return inverse.astype(np.int64), first


def _natural_values(col: Column, field_type: str) -> np.ndarray:
    """Natural values for the result frame (lists stay tuples: immutable and cheap to share)."""
    n = len(col.values)
    if col.kind == "list":
        return col.values
    if col.kind == "date":
        out = np.empty(n, dtype=object)
        out[:] = [date.fromordinal(int(v)) if ok else None for v, ok in zip(col.values, col.valid, strict=True)]
        return out
    if col.kind == "num":
        values = col.values
        if field_type == "geheel getal" or (values.dtype.kind == "f" and np.all(np.mod(values[col.valid], 1) == 0)
                                            and field_type != "getal"):
            values = values.astype(np.int64)
        return np.where(col.valid, values.astype(object), None)  # type: ignore[call-overload]  # numpy stubs: None operand
    return np.where(col.valid, col.values, None)  # type: ignore[call-overload]  # numpy stubs: None operand


def _combine_rules(pattern_ids: list[np.ndarray], pattern_rules: list[list[tuple[str, ...]]], n: int) -> np.ndarray:
    out = np.empty(n, dtype=object)
    if not pattern_ids:
        out[:] = [()] * n
        return out
    key = np.zeros(n, dtype=np.int64)
    for ids, rules in zip(pattern_ids, pattern_rules, strict=True):
        key, _ = pd.factorize(key * np.int64(max(len(rules), 1)) + ids)
        key = key.astype(np.int64)
    inverse, uniques = pd.factorize(key)
    first = np.zeros(len(uniques), dtype=np.int64)
    first[inverse[::-1]] = np.arange(n - 1, -1, -1)
    table = np.empty(len(uniques), dtype=object)
    for k, row in enumerate(first):
        table[k] = sum((rules[int(ids[row])] for ids, rules in zip(pattern_ids, pattern_rules, strict=True)), ())
    return table[inverse]
