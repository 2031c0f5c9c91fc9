"""Formulas evaluated column-wise: the same semantics as ``policy.expr.evaluate``, per column."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import numpy as np

from policy.errors import EvaluationError, PolicyError
from policy.evaluation.batch.columns import EPOCH, Column
from policy.expr.functions import FUNCTIONS

__all__ = ["VECTOR_FAILURES", "evaluate_vector"]


#: What a formula evaluated column-wise may raise where some row cannot be worked out; that
#: pattern's rows then go through the scalar path, which says which row failed and why.
VECTOR_FAILURES = (PolicyError, ArithmeticError, TypeError, ValueError)


def _civil(ordinals: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Year, month and day of each ordinal in integer arithmetic (H. Hinnant's civil_from_days)."""
    z = ordinals.astype(np.int64) - EPOCH + 719468  # days since 0000-03-01
    era = z // 146097
    doe = z - era * 146097  # day of the 400-year era
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)  # day of the year that starts on 1 March
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = np.where(mp < 10, mp + 3, mp - 9)
    return yoe + era * 400 + (month <= 2), month, day


def _calendar(ordinals: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_civil`, worked out once per day of the column's span where that is shorter than
    the column (a million cases cover a few thousand days) and looked up per row."""
    ordinals = np.asarray(ordinals, dtype=np.int64)
    if len(ordinals) < 4096:
        return _civil(ordinals)
    hi = int(ordinals.max())
    lo = int(np.where(ordinals >= 1, ordinals, hi).min())  # a row without a date holds 0: not a day
    if hi - lo >= len(ordinals) // 2:
        return _civil(ordinals)
    at = np.clip(ordinals - lo, 0, hi - lo)  # (only such rows are clipped; their result is not used)
    return tuple(part[at] for part in _civil(np.arange(lo, hi + 1, dtype=np.int64)))  # type: ignore[return-value]


def _years(born: np.ndarray, on: np.ndarray) -> np.ndarray:
    by, bm, bd = _calendar(born)
    oy, om, od = _calendar(on)
    # Compare (month, day) rather than day-of-year, which shifts in leap years.
    return oy - by - ((om * 32 + od) < (bm * 32 + bd)).astype(np.int64)


def _months(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    sy, sm, sd = _calendar(start)
    ey, em, ed = _calendar(end)
    return ey * 12 + em - (sy * 12 + sm) - (ed < sd).astype(np.int64)


def _symmetric(count: Any, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """``count(start, end)``, or minus ``count(end, start)`` where ``end`` is before ``start``."""
    reversed_ = end < start
    return np.where(reversed_, -count(np.where(reversed_, end, start), np.where(reversed_, start, end)),
                    count(start, end))


_MONTH_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
_LAST_ORDINAL = date.max.toordinal()


def _whole_offsets(col: Column, valid: np.ndarray, keyword: str) -> np.ndarray:
    values = np.asarray(col.values)
    if values.dtype == bool or values.dtype.kind not in "iuf":
        raise EvaluationError(f"{keyword}= moet een getal zijn")
    values = np.where(valid, values, 0)
    if values.dtype.kind == "f" and not np.all(np.mod(values, 1) == 0):
        raise EvaluationError(f"{keyword}= moet een geheel getal zijn")  # the scalar path words it per row
    return values.astype(np.int64)


def _date_plus(args: list[Column], valid: np.ndarray) -> np.ndarray:
    """``datum_plus`` column-wise (as functions.add_to_date); raises where a row would fail."""
    days, months, years = (_whole_offsets(c, valid, k) for c, k in zip(args[1:], ("dagen", "maanden", "jaren"),
                                                                        strict=True))
    d = np.where(valid, args[0].values, EPOCH).astype(np.int64)
    s = (d - EPOCH).astype("datetime64[D]")
    start_month = s.astype("datetime64[M]")
    day = (s - start_month.astype("datetime64[D]")).astype(np.int64)  # 0-based day of the month
    total = start_month.astype(np.int64) + 1970 * 12 + months + 12 * years  # months since year 0
    year, month0 = np.divmod(total, 12)
    if np.any(valid & ((year < 1) | (year > 9999))):
        raise EvaluationError("de uitkomst valt buiten de kalender")
    year, month0 = np.where(valid, year, 1970), np.where(valid, month0, 0)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    last = _MONTH_DAYS[month0] + ((month0 == 1) & leap)
    first = ((year - 1970) * 12 + month0).astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    out = first + EPOCH + np.minimum(day, last - 1) + days
    if np.any(valid & ((out < 1) | (out > _LAST_ORDINAL))):
        raise EvaluationError("de uitkomst valt buiten de kalender")
    return np.where(valid, out, 0)


def _cmp(op: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def evaluate_vector(
    tree: list[Any], env: Mapping[str, Column], n: int, parameter: Any = None
) -> Column:
    """Evaluate a formula tree column-wise; same semantics as ``policy.expr.evaluate``."""
    head = tree[0]
    if head == "lit":
        return Column.constant(tree[1], n)
    if head == "name":
        col = env.get(tree[1])
        return col if col is not None else Column.constant(None, n)
    if head == "neg":
        c = evaluate_vector(tree[1], env, n, parameter)
        return Column(-c.values, c.valid, c.kind)
    if head == "not":
        c = evaluate_vector(tree[1], env, n, parameter)
        return Column(~c.values.astype(bool), c.valid, "bool")
    if head in ("and", "or"):
        parts = [evaluate_vector(p, env, n, parameter) for p in tree[1]]
        if head == "and":
            false = np.zeros(n, dtype=bool)
            for p in parts:
                false |= p.valid & ~p.values.astype(bool)
            valid = false | np.logical_and.reduce([p.valid for p in parts])
            return Column(~false, valid, "bool")
        true = np.zeros(n, dtype=bool)
        for p in parts:
            true |= p.valid & p.values.astype(bool)
        valid = true | np.logical_and.reduce([p.valid for p in parts])
        return Column(true, valid, "bool")
    if head == "bin":
        a = evaluate_vector(tree[2], env, n, parameter)
        b = evaluate_vector(tree[3], env, n, parameter)
        valid = a.valid & b.valid
        if valid.any() and (a.kind != "num" or b.kind != "num"):
            raise EvaluationError("rekenen kan alleen met getallen")  # the scalar path says why, per row
        op = tree[1]
        with np.errstate(divide="ignore", invalid="ignore"):
            if op == "+":
                v = a.values + b.values
            elif op == "-":
                v = a.values - b.values
            elif op == "*":
                v = a.values * b.values
            else:
                if np.any(valid & (b.values == 0)):
                    raise EvaluationError("De formule kon niet worden uitgerekend: deling door nul")
                v = np.divide(a.values, np.where(b.values == 0, 1, b.values))
        return Column(v, valid, "num")
    if head == "cmp":
        a = evaluate_vector(tree[2], env, n, parameter)
        b = evaluate_vector(tree[3], env, n, parameter)
        valid = a.valid & b.valid
        if valid.any() and a.kind != b.kind and "date" in (a.kind, b.kind):
            raise EvaluationError("een datum kan alleen met een datum worden vergeleken")
        return Column(_cmp(tree[1], a.values, b.values) & valid, valid, "bool")
    if head == "list":
        items = [evaluate_vector(p, env, n, parameter) for p in tree[1]]
        arr = np.empty(n, dtype=object)
        arr[:] = list(zip(*[i.values for i in items], strict=True)) if items else [()] * n
        return Column(arr, np.ones(n, dtype=bool), "list")
    if head == "call":
        return _call(tree[1], [evaluate_vector(a, env, n, parameter) for a in tree[2]], n, parameter)
    raise EvaluationError(f"Onbekend formule-onderdeel {head!r}.")


def _call(name: str, args: list[Column], n: int, parameter: Any) -> Column:
    valid = np.logical_and.reduce([a.valid for a in args]) if args else np.ones(n, dtype=bool)
    if name == "leeftijd":
        return Column(np.where(valid, _years(args[0].values, args[1].values), 0), valid, "num")
    if name == "dagen_tussen":
        return Column(np.where(valid, args[1].values - args[0].values, 0), valid, "num")
    if name == "maanden_tussen":
        return Column(np.where(valid, _symmetric(_months, args[0].values, args[1].values), 0), valid, "num")
    if name == "jaren_tussen":
        return Column(np.where(valid, _symmetric(_years, args[0].values, args[1].values), 0), valid, "num")
    if name == "datum_plus":
        return Column(_date_plus(args, valid), valid, "date")
    if name in ("min", "max"):
        fn = np.minimum if name == "min" else np.maximum
        out = args[0].values
        for a in args[1:]:
            out = fn(out, a.values)
        return Column(out, valid, args[0].kind)
    if name == "als":
        cond, a, b = args
        take_a = cond.valid & cond.values.astype(bool)
        vals = np.where(take_a, a.values, b.values)
        return Column(vals, np.where(take_a, a.valid, b.valid), a.kind if a.kind == b.kind else "num")
    if name == "is_leeg":
        a = args[0]
        empty = ~a.valid
        if a.kind == "list":
            empty = empty | np.fromiter((len(v) == 0 for v in a.values), dtype=bool, count=n)
        return Column(empty, np.ones(n, dtype=bool), "bool")
    if name == "parameter":
        return parameter(args)
    # Rare functions: fall back to the scalar implementation row by row (same semantics).
    spec = FUNCTIONS[name]
    out = np.empty(n, dtype=object)
    ok = np.ones(n, dtype=bool)
    for i in range(n):
        row = [a.natural(i) for a in args]
        if not spec.null_safe and any(v is None for v in row):
            ok[i] = False
            continue
        out[i] = spec.fn(*row)
        ok[i] = out[i] is not None
    kinds = {"aantal": "num", "bevat": "bool", "samenvoegen": "list", "jaar": "num", "datum": "date"}
    kind = kinds.get(name, "num")
    if kind == "list":
        out = np.array([tuple(v) if v is not None else () for v in out] + [()], dtype=object)[:-1]
    elif kind == "date":
        out = np.array([v.toordinal() if v is not None else 0 for v in out], dtype=np.int64)
    elif kind == "bool":
        out = np.array([bool(v) for v in out], dtype=bool)
    else:
        out = np.array([v if v is not None else 0 for v in out])
    return Column(out, ok, kind)
