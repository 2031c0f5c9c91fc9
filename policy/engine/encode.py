"""JSON text for durable-rules, written by hand: strict types, no exponents, no coercion.

durable's C parser compares the raw text of strings (so rules and facts must escape them the
same way), cannot read numbers in exponent notation, and coerces across types (``"18"`` meets
``>= 18``, ``0`` and ``"false"`` meet ``= false``). Every value that reaches it goes through
this module, which refuses what does not fit the field's compiled type.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from policy.engine.errors import EngineInputError

__all__ = ["KINDS", "RESERVED_KEYS", "FactEncoder", "dump", "number_text", "string_text"]

#: Compiled field type -> the kind of JSON value durable sees.
KINDS = {
    "tekst": "str",
    "keuzelijst": "str",
    "landcode": "str",
    "geheel getal": "int",
    "datum": "int",  # proleptic ordinal
    "getal": "num",
    "ja/nee": "bool",
    "lijst": "list",  # only its presence reaches durable (tests on lists are empty/present)
}

#: Keys durable itself uses in every fact; a fact may never carry them.
RESERVED_KEYS = ("sid", "id")

_MAX_INT = 2**53  # exact in a double: durable compares ints and doubles as doubles
_MAX_FLOAT = 1e15  # repr() of a smaller finite float never needs an exponent above
_MAX_STRING = 10_000  # durable stores value lengths in 16 bits


def number_text(value: int | float) -> str:
    """JSON number text durable can read (no exponent); ValueError if out of range."""
    if isinstance(value, int):
        if -_MAX_INT <= value <= _MAX_INT:
            return str(int(value))
        raise ValueError(f"integer {value} is out of range")
    if not math.isfinite(value) or abs(value) >= _MAX_FLOAT:
        raise ValueError(f"number {value!r} is out of range")
    text = repr(float(value))
    if "e" in text:
        text = format(Decimal(text), "f")
    return text


def string_text(value: str) -> str:
    """The one JSON spelling of a string used in rules and facts alike."""
    if len(value) > _MAX_STRING:
        raise ValueError(f"text of {len(value)} characters is too long")
    return json.dumps(value, ensure_ascii=False)


def dump(obj: Any) -> str:
    """Serialise a ruleset definition (dicts, lists, str, bool, int, float) for durable."""
    if isinstance(obj, dict):
        return "{" + ",".join(string_text(k) + ":" + dump(v) for k, v in obj.items()) + "}"
    if isinstance(obj, list):
        return "[" + ",".join(dump(v) for v in obj) + "]"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return number_text(obj)
    if isinstance(obj, str):
        return string_text(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def _refuse(name: str, value: Any, field_type: str) -> EngineInputError:
    shown = type(value).__name__
    return EngineInputError(
        f"Feit '{name}' heeft de waarde {value!r} (Python-type {shown}), "
        f"maar de tabel verwacht een waarde van type '{field_type}'."
    )


class FactEncoder:
    """Encodes the facts one table tests into the body of a durable fact, once per call.

    ``fields`` is a sequence of (fact name, durable property, compiled type). A missing or
    ``None`` value (and an empty list) leaves the property out, which the rules test with
    ``$ex``/``$nex`` explicitly.
    """

    __slots__ = ("_fields", "_strings")

    def __init__(self, fields: tuple[tuple[str, str, str], ...]) -> None:
        self._fields = tuple((name, f',"{prop}":', KINDS[t], t) for name, prop, t in fields)
        self._strings: dict[str, str] = {}

    def encode(self, facts: Mapping[str, Any], peildatum: Any) -> str:
        """The fact text after ``"d":`` (peildatum first, then one property per present field)."""
        if type(peildatum) is not int:
            raise _refuse("peildatum", peildatum, "datum")
        if "sid" in facts or "id" in facts:
            raise EngineInputError("De feiten bevatten de gereserveerde naam 'sid' of 'id'.")
        parts = [number_text_checked("peildatum", peildatum, "datum")]
        get = facts.get
        strings = self._strings
        for name, key, kind, field_type in self._fields:
            value = get(name)
            if value is None:
                continue
            vt = type(value)
            if kind == "str":
                if vt is not str and not isinstance(value, str):
                    raise _refuse(name, value, field_type)
                text = strings.get(value)
                if text is None:
                    try:
                        text = string_text(value)
                    except ValueError as exc:
                        raise _refuse(name, value, field_type) from exc
                    if len(strings) < 4096:
                        strings[value] = text
            elif kind == "bool":
                if vt is not bool:
                    raise _refuse(name, value, field_type)
                text = "true" if value else "false"
            elif kind == "int":
                if vt is not int and (vt is bool or not isinstance(value, int)):
                    raise _refuse(name, value, field_type)
                text = number_text_checked(name, value, field_type)
            elif kind == "num":
                if vt is not int and vt is not float and (vt is bool or not isinstance(value, (int, float))):
                    raise _refuse(name, value, field_type)
                text = number_text_checked(name, value, field_type)
            else:  # list: present when it holds anything
                if vt is not list:
                    raise _refuse(name, value, field_type)
                if not all(isinstance(v, str) for v in value):
                    raise _refuse(name, value, field_type)
                if not value:
                    continue
                text = "1"
            parts.append(key)
            parts.append(text)
        parts.append("}")
        return "".join(parts)


def number_text_checked(name: str, value: int | float, field_type: str) -> str:
    try:
        return number_text(value)
    except ValueError as exc:
        raise _refuse(name, value, field_type) from exc
