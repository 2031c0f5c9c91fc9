"""Values in Dutch words: dates as ``1 juli 2022``, ja/nee, lists with ``en``, decimal commas."""

from __future__ import annotations

from datetime import date
from typing import Any

__all__ = ["join_en", "show_value", "label"]

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")


def join_en(items: list[str]) -> str:
    """``a``, ``a en b``, ``a, b en c``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return items[0] if items else ""
    return f"{', '.join(items[:-1])} en {items[-1]}"


def show_value(value: Any) -> str:
    if value is None:
        return "onbekend"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
        return text.replace(".", ",")
    if isinstance(value, (list, tuple)):
        return join_en([show_value(v) for v in value]) or "geen"
    return str(value)


def label(name: str) -> str:
    """How a field reads in a generated clause: ``verleend_dit_jaar`` -> ``verleend dit jaar``."""
    return name.replace("_", " ")


def _show_date(value: date) -> str:
    text = _DATES.get(value)
    if text is None:
        if len(_DATES) > 100_000:
            _DATES.clear()
        text = _DATES[value] = f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    return text


def _show_float(value: float) -> str:
    text = _FLOATS.get(value)
    if text is None:
        text = show_value(value)  # (NaN raises here, as show_value does, and is never kept)
        if len(_FLOATS) > 100_000:
            _FLOATS.clear()
        _FLOATS[value] = text
    return text


#: float -> its words (equal floats read the same: 0.0 and -0.0 both "0")
_FLOATS: dict[float, str] = {}
#: date -> its words: a table's decisions show the same few days over and over
_DATES: dict[date, str] = {}
#: exact type -> ``show_value`` of a value of that type (any other type takes ``show_value``)
_BY_TYPE: dict[type, Any] = {str: str, int: int.__repr__, bool: lambda v: "ja" if v else "nee",
                             type(None): lambda v: "onbekend", date: _show_date, float: _show_float}


def show(value: Any) -> str:
    """``show_value(value)``, by the value's exact type (the motivering's fast path)."""
    if type(value) is str:
        return value  # type: ignore[no-any-return]
    fn = _BY_TYPE.get(type(value))
    return fn(value) if fn is not None else show_value(value)  # type: ignore[no-any-return]
