"""Each input column of a batch checked as ``validate_facts`` checks one fact, row by row at once."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from policy.evaluation.batch.columns import EPOCH, Column, column_from_series
from policy.evaluation.validate import MAX_FRACTIONAL, MAX_TEXT, beyond_exact
from policy.model.suggest import country_codes

__all__ = ["input_column"]



def input_column(frame: pd.DataFrame, name: str, spec: Mapping[str, Any], n: int,
                  row_errors: dict[int, dict[str, list[str]]]) -> Column:
    kind = spec["type"]
    if name not in frame.columns:
        series = pd.Series([None] * n, index=frame.index, dtype=object)
    else:
        series = frame[name]
        fast = _fast_column(series, name, spec, row_errors)
        if fast is not None:
            return fast
        if series.dtype != object:  # pandas' own string dtype and the like: Python values once, not per test
            series = pd.Series(series.to_numpy(dtype=object, na_value=None), index=frame.index, dtype=object)
    if kind == "tekst" and len(series):  # blank text is no value, as in the case-by-case path
        blank = _blank_texts(series.to_numpy(dtype=object))
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
        column = column_from_series(series, kind, ~missing & ~bad)
    for i in np.flatnonzero(bad):
        shown = given.iloc[i]
        shown = shown.item() if isinstance(shown, np.generic) else shown  # 1e15, not np.float64(1e15)
        row_errors.setdefault(int(i), {}).setdefault(name, []).append(
            f"{shown!r} past niet bij het type {kind} of de toegestane waarden.")
    return column


def _fast_column(series: pd.Series, name: str, spec: Mapping[str, Any],
                 row_errors: dict[int, dict[str, list[str]]]) -> Column | None:
    """The common shapes checked without a Python value per row: a numpy bool or integer column,
    and a column of texts (pandas' string dtype or str objects), whose distinct values are each
    checked once. None for anything else (the general path below decides)."""
    kind, dtype = spec["type"], series.dtype
    n = len(series)
    if kind == "ja/nee" and dtype == np.bool_:
        return Column(series.to_numpy(dtype=bool, copy=True), np.ones(n, dtype=bool), "bool")
    if kind in ("geheel getal", "getal") and dtype.kind in "iu" and isinstance(dtype, np.dtype):
        whole = series.to_numpy()
        if n and float(np.abs(whole.astype(float)).max()) >= MAX_FRACTIONAL:  # near exact arithmetic's limits: per value
            return None
        values = whole.astype(float)
        bad = _out_of_bounds(pd.Series(values), spec)
        return _finish(Column(np.where(bad, 0.0, values), ~bad, "num"), bad,
                       lambda i: int(whole[i]), name, kind, row_errors)
    if kind not in ("tekst", "keuzelijst", "landcode", "datum"):
        return None
    if not (isinstance(dtype, pd.StringDtype) or (
            dtype.kind == "O" and pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"))):
        return None
    codes, found = series.factorize(use_na_sentinel=True)
    uniques = np.asarray(found, dtype=object)
    codes = codes.astype(np.int64)
    if kind == "tekst":  # blank text is no value, as in the case-by-case path
        blank = _blank_texts(uniques)
        if blank.any():
            codes = np.where(np.append(blank, False)[codes], -1, codes)
    missing = codes < 0
    if spec.get("default") is not None and missing.any():
        return None
    if spec["required"] and not spec["context"]:
        for i in np.flatnonzero(missing):
            row_errors.setdefault(int(i), {}).setdefault(name, []).append("is verplicht maar ontbreekt.")
    if kind == "datum":
        column, bad = _dates_from_codes(codes, pd.Series(uniques, dtype=object), spec, ~missing)
        return _finish(column, bad, lambda i: series.iloc[i], name, kind, row_errors)
    wrong = np.zeros(len(uniques), dtype=bool)
    if kind == "tekst":  # code points, as len(): pyarrow's utf8_length on a string dtype
        wrong |= pd.Series(found).str.len().to_numpy(dtype=np.int64) > MAX_TEXT
    permitted = country_codes() if kind == "landcode" else spec.get("allowed")
    if permitted is not None:
        permitted = frozenset(permitted)
        wrong |= np.fromiter((u not in permitted for u in uniques), dtype=bool, count=len(uniques))
    bad = np.append(wrong, False)[codes]
    if bad.any():
        codes = np.where(bad, -1, codes)
    valid = codes >= 0
    values = np.empty(len(uniques) + 1, dtype=object)  # the last: None, for code -1
    values[:-1] = uniques
    column = Column(values[codes], valid, "str", codes, uniques)
    return _finish(column, bad, lambda i: series.iloc[i], name, kind, row_errors)


def _finish(column: Column, bad: np.ndarray, given: Any, name: str, kind: str,
            row_errors: dict[int, dict[str, list[str]]]) -> Column:
    for i in np.flatnonzero(bad):
        row_errors.setdefault(int(i), {}).setdefault(name, []).append(
            f"{given(int(i))!r} past niet bij het type {kind} of de toegestane waarden.")
    return column


#: every character Python's str.strip removes (str.isspace)
_WHITE = [chr(c) for c in range(0x110000) if chr(c).isspace()]


def _blank_texts(values: np.ndarray) -> np.ndarray:
    """True where a value is a text of nothing but white space (as ``not v.strip()``; strings only)."""
    try:
        import pyarrow as pa
        import pyarrow.compute as pc

        texts = pa.array(values, type=pa.string(), from_pandas=True)  # refuses anything but str and None
    except (ImportError, TypeError, ValueError, ArithmeticError, OverflowError):
        return np.fromiter((isinstance(v, str) and not v.strip() for v in values), dtype=bool, count=len(values))
    # a blank text is empty or starts with white space: only those few are looked at one by one
    first = pc.utf8_slice_codeunits(texts, 0, 1)
    maybe = pc.or_(pc.equal(first, ""), pc.is_in(first, value_set=pa.array(_WHITE)))
    blank = np.zeros(len(values), dtype=bool)
    for i in np.flatnonzero(maybe.fill_null(False).to_numpy(zero_copy_only=False)):
        blank[i] = not values[i].strip()
    return blank


def _date_column(series: pd.Series, spec: Mapping[str, Any], present: np.ndarray) -> tuple[Column, np.ndarray]:
    """Dates as ordinals, each distinct value parsed once; text must be exactly JJJJ-MM-DD."""
    codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    return _dates_from_codes(codes, pd.Series(uniques, dtype=object), spec, present)


def _dates_from_codes(codes: np.ndarray, distinct: pd.Series, spec: Mapping[str, Any],
                      present: np.ndarray) -> tuple[Column, np.ndarray]:
    """Dates as ordinals from factorised values: ``distinct`` each parsed once."""
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
    days = parsed.to_numpy(dtype="datetime64[D]", na_value=np.datetime64("NaT")).astype("int64") + EPOCH
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
