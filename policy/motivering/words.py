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
