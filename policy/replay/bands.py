"""The value bands of each input, for telling which inputs set the flipped decisions apart.

Bands are fixed by the value alone (and the decision's peildatum), never by the data seen, so
partitions decided apart add up exactly:

* ja/nee, keuzelijst, landcode: the value (``ja``, ``nee``, ``AR``); no value is ``leeg``;
* tekst: ``ingevuld`` or ``leeg`` (a text such as a file number is different for everyone);
* lijst: the values, sorted and joined (``leeftijd, quotum``), or ``leeg``;
* the peildatum input: its month (``2024-05``);
* another date: the completed years from it to the peildatum (``31 jaar``; for a birth date,
  the age);
* numbers: the number itself below 10, above that decades, hundreds, … (``10–19``,
  ``100–199``).

A value of the wrong type (the draft refuses it) is ``ongeldig``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["input_bands"]

EMPTY, INVALID = "leeg", "ongeldig"


def input_bands(data: Mapping[str, Any], frame: pd.DataFrame) -> dict[str, tuple[np.ndarray, list[str]]]:
    """Per input of the draft: a band code per decision of ``frame`` and the band labels."""
    out = {}
    peildatum = None
    for spec in data["inputs"]:
        name, kind = spec["name"], spec["type"]
        values = frame[name].to_numpy(dtype=object)
        if kind == "datum" and name != data["peildatum_field"]:
            if peildatum is None:
                peildatum = _dates(frame["peildatum"].to_numpy(dtype=object))
            out[name] = _years(values, peildatum)
        elif kind == "datum":
            out[name] = _by_value(values, _month)
        elif kind in ("geheel getal", "getal"):
            out[name] = _numbers(values)
        elif kind == "tekst":  # texts are mostly distinct: no factorising, only present or not
            out[name] = _presence(values)
        elif kind == "lijst":
            out[name] = _by_value(values, _listed)
        elif kind == "ja/nee":
            out[name] = _by_value(values, lambda v: ("ja" if v else "nee") if isinstance(v, bool) else INVALID)
        else:
            out[name] = _by_value(values, lambda v: v if isinstance(v, str) else INVALID)
    return out


def _by_value(values: np.ndarray, label: Any) -> tuple[np.ndarray, list[str]]:
    """Bands computed once per distinct value."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    labels = [EMPTY if _blank(v) else label(v) for v in uniques]
    return _relabel(codes, labels)


def _presence(values: np.ndarray) -> tuple[np.ndarray, list[str]]:
    codes = np.zeros(len(values), dtype=np.int64)  # 0: leeg
    for i in np.flatnonzero(~pd.isna(values)):
        value = values[i]
        codes[i] = (1 if value.strip() else 0) if isinstance(value, str) else 2
    return _relabel(codes, [EMPTY, "ingevuld", INVALID])


def _relabel(codes: np.ndarray, labels: list[str]) -> tuple[np.ndarray, list[str]]:
    """Merge codes whose labels are equal."""
    distinct: dict[str, int] = {}
    mapping = np.array([distinct.setdefault(label, len(distinct)) for label in labels], dtype=np.int64)
    return (mapping[codes] if len(mapping) else codes.astype(np.int64)), list(distinct)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, (list, tuple)) and not value) or (isinstance(value, float) and np.isnan(value))


def _month(value: Any) -> str:
    return value[:7] if isinstance(value, str) and len(value) == 10 else INVALID


def _listed(value: Any) -> str:
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return ", ".join(sorted(value))
    return INVALID


def _dates(values: np.ndarray) -> pd.DatetimeIndex:
    return pd.DatetimeIndex(pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d", errors="coerce"))


def _years(values: np.ndarray, peildatum: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Completed years from each date to its decision's peildatum."""
    given = _dates(values)
    years = (peildatum.year - given.year
             - ((peildatum.month * 100 + peildatum.day) < (given.month * 100 + given.day))).to_numpy(dtype=float)
    blank, invalid = -(10**9), -(10**9) - 1
    key = np.where(np.isnan(years), np.where(pd.isna(values), blank, invalid), np.nan_to_num(years)).astype(np.int64)
    codes, uniques = pd.factorize(key)
    labels = [EMPTY if u == blank else INVALID if u == invalid else f"{u} jaar" for u in uniques]
    return _relabel(codes.astype(np.int64), labels)


def _numbers(values: np.ndarray) -> tuple[np.ndarray, list[str]]:
    return _by_value(values, _number_band)


def _number_band(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        return INVALID
    if not np.isfinite(value):
        return INVALID
    if abs(value) < 10:
        return str(int(value)) if float(value).is_integer() else f"{int(np.floor(value))}–{int(np.floor(value)) + 1}"
    step = 10 ** int(np.floor(np.log10(abs(value))))
    low = int(np.floor(value / step) * step)
    return f"{low}–{low + step - 1}"
