"""What type of value a formula gives, worked out from the formula tree (never by running it).

The answer is one of the workbook's types (``geheel getal``, ``getal``, ``datum``, ``ja/nee``,
``tekst``, ``lijst``), ``"leeg"`` for the literal ``leeg``, or None when it cannot be told
(a sum of a date and a number, ``min`` of mixed values, an unknown name). The checks compare it
with the declared type of the field the formula fills; the evaluator checks at run time what
cannot be told here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

__all__ = ["EMPTY", "fits", "infer_type", "value_type"]

EMPTY = "leeg"

#: Declared type -> the family of values it holds (texts of all kinds are one family).
_FAMILY = {
    "geheel getal": "getal", "getal": "getal", "datum": "datum", "ja/nee": "ja/nee",
    "tekst": "tekst", "keuzelijst": "tekst", "landcode": "tekst", "lijst": "lijst",
}
#: Functions whose result type does not depend on their arguments.
_RESULTS = {
    "leeftijd": "geheel getal", "dagen_tussen": "geheel getal", "maanden_tussen": "geheel getal",
    "jaar": "geheel getal", "aantal": "geheel getal", "datum": "datum", "is_leeg": "ja/nee",
    "bevat": "ja/nee", "samenvoegen": "lijst",
}


def fits(inferred: str | None, declared: str) -> bool:
    """False only when the formula certainly gives a value of another family than ``declared``."""
    if inferred is None or inferred == EMPTY or declared not in _FAMILY:
        return True
    return _FAMILY[inferred] == _FAMILY[declared]


def value_type(value: Any) -> str | None:
    """The type of a value as a workbook holds it (a parameter's value, say)."""
    if isinstance(value, date):
        return "datum"
    if isinstance(value, (list, tuple)):
        return "lijst"
    return _literal(value)


def _literal(value: Any) -> str | None:
    if value is None:
        return EMPTY
    if isinstance(value, bool):
        return "ja/nee"
    if isinstance(value, int):
        return "geheel getal"
    if isinstance(value, float):
        return "getal"
    if isinstance(value, str):
        return "tekst"
    return None


def _join(types: list[str | None]) -> str | None:
    """The one type of several alternatives (``leeg`` fits any); None if they differ."""
    known = [t for t in types if t != EMPTY]
    if any(t is None for t in known):
        return None
    if not known:
        return EMPTY
    if all(t in ("geheel getal", "getal") for t in known):
        return "geheel getal" if all(t == "geheel getal" for t in known) else "getal"
    first = known[0]
    return first if all(t == first for t in known) else None


def infer_type(tree: Any, field_types: Mapping[str, str], parameter_types: Mapping[str, str] | None = None) -> str | None:
    """The type of the value ``tree`` gives; None when it cannot be told without running it."""
    if not isinstance(tree, list) or not tree:
        return None
    head = tree[0]
    if head == "lit":
        return _literal(tree[1])
    if head == "name":
        declared = field_types.get(tree[1])
        if declared is None:
            return None
        return "tekst" if _FAMILY.get(declared) == "tekst" else declared
    if head == "list":
        return "lijst"
    if head in ("not", "and", "or", "cmp"):
        return "ja/nee"
    if head == "neg":
        inner = infer_type(tree[1], field_types, parameter_types)
        return inner if inner in ("geheel getal", "getal") else None
    if head == "bin":
        left = infer_type(tree[2], field_types, parameter_types)
        right = infer_type(tree[3], field_types, parameter_types)
        if left not in ("geheel getal", "getal") or right not in ("geheel getal", "getal"):
            return None  # dates, texts and lists are not for arithmetic (the evaluator refuses)
        if tree[1] == "/" or "getal" in (left, right):
            return "getal"
        return "geheel getal"
    if head == "call":
        name, args = tree[1], tree[2]
        if name in _RESULTS:
            return _RESULTS[name]
        if name == "als" and len(args) == 3:
            return _join([infer_type(a, field_types, parameter_types) for a in args[1:]])
        if name in ("min", "max") and args:
            return _join([infer_type(a, field_types, parameter_types) for a in args])
        if name == "parameter" and args and args[0][:1] == ["lit"] and parameter_types is not None:
            return parameter_types.get(args[0][1])
        return None
    return None
