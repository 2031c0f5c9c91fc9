"""Column-wise values: a value array plus a validity mask, and the conversions to and from it.

Dates are int64 ordinals, booleans bool arrays, numbers float64/int64, strings object arrays
(tests on them use pandas' hashing), lists object arrays of tuples. ``valid`` is False where the
value is missing (None), which fails every test except ``empty``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["EPOCH", "Column", "column_from_objects", "column_from_series", "gather_column", "natural_values"]

#: date.toordinal() of 1970-01-01: numpy day numbers + EPOCH are ordinals
EPOCH = date(1970, 1, 1).toordinal()


@dataclass(eq=False)
class Column:
    values: np.ndarray
    valid: np.ndarray
    kind: str  # "date" | "bool" | "num" | "str" | "list"
    #: kind "str": per row the index of its value in ``uniques`` (-1: no value), when known
    #: already (an input column is factorised once; tests compare codes, not texts)
    codes: np.ndarray | None = None
    uniques: np.ndarray | None = None
    _factor: tuple[np.ndarray, dict[Any, int]] | None = field(default=None, repr=False)
    _lengths: np.ndarray | None = field(default=None, repr=False)

    def lengths(self) -> np.ndarray:
        """Kind "list": the length of each row's list; worked out once per column."""
        if self._lengths is None:
            self._lengths = np.fromiter(map(len, self.values), dtype=np.int64, count=len(self.values))
        return self._lengths

    def factorised(self) -> tuple[np.ndarray, dict[Any, int]]:
        """Per row a code of its value (-1: None) and value -> code; worked out once per column."""
        if self._factor is None:
            if self.codes is not None and self.uniques is not None:
                codes, uniques = self.codes, self.uniques
            else:
                codes, uniques = pd.factorize(self.values, use_na_sentinel=True)
            self._factor = (codes, {u: i for i, u in enumerate(uniques)})
        return self._factor

    @staticmethod
    def constant(value: Any, n: int) -> Column:
        if value is None:
            return Column(np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool), "num")
        if isinstance(value, bool):
            return Column(np.full(n, value, dtype=bool), np.ones(n, dtype=bool), "bool")
        if isinstance(value, date):
            return Column(np.full(n, value.toordinal(), dtype=np.int64), np.ones(n, dtype=bool), "date")
        if isinstance(value, (int, float)):
            return Column(np.full(n, value), np.ones(n, dtype=bool), "num")
        if isinstance(value, (list, tuple)):
            arr = np.empty(n, dtype=object)
            arr[:] = [tuple(value)] * n
            return Column(arr, np.ones(n, dtype=bool), "list")
        arr = np.empty(n, dtype=object)
        arr[:] = value
        return Column(arr, np.ones(n, dtype=bool), "str")

    def take(self, mask: np.ndarray) -> Column:
        codes = self.codes[mask] if self.codes is not None else None
        return Column(self.values[mask], self.valid[mask], self.kind, codes, self.uniques)

    def natural(self, i: int) -> Any:
        """Row ``i`` as the scalar evaluation sees it (None, date, list, bool, int or float)."""
        if not self.valid[i]:
            return None
        v = self.values[i]
        if self.kind == "date":
            return date.fromordinal(int(v))
        if self.kind == "list":
            return list(v)
        if self.kind == "bool":
            return bool(v)
        if self.kind == "num":
            f = float(v)
            return int(f) if f.is_integer() else f
        return v


def column_from_series(series: pd.Series, field_type: str, valid: np.ndarray | None = None) -> Column:
    """A Column from a (validated) pandas Series of natural values (``valid``: its notna, if known)."""
    n = len(series)
    valid = series.notna().to_numpy() if valid is None else valid
    if field_type == "datum":
        dt = pd.to_datetime(series, format="%Y-%m-%d", errors="coerce")
        days = dt.to_numpy(dtype="datetime64[D]", na_value=np.datetime64("NaT")).astype("int64")
        return Column(np.where(valid, days + EPOCH, 0).astype(np.int64), valid, "date")
    if field_type == "ja/nee":
        # not fillna(False): a column without any boolean is float (all NaN), which pandas 4 refuses
        return Column(np.where(valid, series.to_numpy(dtype=object), False).astype(bool), valid, "bool")
    if field_type in ("geheel getal", "getal"):
        return Column(series.to_numpy(dtype=float, na_value=0.0), valid, "num")
    if field_type == "lijst":
        arr = np.empty(n, dtype=object)
        arr[:] = [tuple(v) if isinstance(v, (list, tuple)) else () for v in series]
        return Column(arr, np.ones(n, dtype=bool), "list")
    return Column(series.to_numpy(dtype=object), valid, "str")


def column_from_objects(values: np.ndarray, field_type: str) -> Column:
    n = len(values)
    if field_type == "lijst":
        # no value (a 'geen waarde' output no rule gave) stays apart from the empty list, as in decide()
        valid = np.not_equal(values, None)  # type: ignore[call-overload]  # numpy stubs: None operand
        if any(not isinstance(v, tuple) for v in values[:1]) or not all(isinstance(v, tuple) for v in _sample(values)):
            out = np.empty(n, dtype=object)
            out[:] = [v if isinstance(v, tuple) else (() if v is None else (v,)) for v in values]
            values = out
        return Column(values, valid, "list")
    valid = np.not_equal(values, None)  # type: ignore[call-overload]  # numpy stubs: None is an object operand
    if field_type == "datum":
        return Column(np.array([v.toordinal() if v is not None else 0 for v in values], dtype=np.int64), valid, "date")
    if field_type == "ja/nee":
        return Column(np.where(valid, values, False).astype(bool), valid, "bool")
    if field_type in ("geheel getal", "getal"):
        return Column(np.where(valid, values, 0).astype(float), valid, "num")
    return Column(values, valid, "str")


def gather_column(per_pattern: np.ndarray, inverse: np.ndarray, gathered: np.ndarray, rows: np.ndarray,
                  field_type: str) -> Column:
    """The column of an output from its value per pattern (``per_pattern[inverse]``) where
    ``gathered``, and elsewhere from ``rows`` (the values worked out row by row): as
    ``column_from_objects`` of the combined values, without a Python object per row."""
    if field_type == "lijst":  # each pattern's value normalised as column_from_objects would
        fixed = np.empty(len(per_pattern), dtype=object)
        fixed[:] = [v if isinstance(v, tuple) else (() if v is None else (v,)) for v in per_pattern]
        patterns = Column(fixed, np.not_equal(per_pattern, None), "list")  # type: ignore[call-overload]
    else:
        patterns = column_from_objects(per_pattern, field_type)
    col = patterns.take(inverse)
    if patterns.kind == "list" and gathered.all():
        col._lengths = patterns.lengths()[inverse]
    if patterns.kind == "str" and all(isinstance(v, str) for v in per_pattern[patterns.valid]):
        codes, uniques = pd.factorize(per_pattern, use_na_sentinel=True)
        col.codes, col.uniques = codes[inverse], np.asarray(uniques, dtype=object)
    if not gathered.all():
        elsewhere = ~gathered
        own = column_from_objects(rows[elsewhere], field_type)
        col.values[elsewhere] = own.values
        col.valid[elsewhere] = own.valid
        col.codes = col.uniques = None
    return col


def _sample(values: np.ndarray) -> np.ndarray:
    return values if len(values) <= 64 else values[:: max(1, len(values) // 64)]


def natural_values(col: Column, field_type: str) -> np.ndarray:
    """Natural values for the result frame (lists stay tuples: immutable and cheap to share)."""
    n = len(col.values)
    if col.kind == "list":
        if col.valid.all():
            return col.values
        out = np.empty(n, dtype=object)
        out[:] = [v if ok else None for v, ok in zip(col.values, col.valid, strict=True)]
        return out
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
