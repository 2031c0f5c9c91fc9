"""Strict validation of caller facts against a compiled table's input declarations.

Everything is checked before the engine sees a value: durable-rules silently coerces ``"18"``
to 18 and ``"false"`` to False, and treats a missing field as "no match".
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any


from policy.errors import FactsInvalidError
from policy.model.suggest import hint, is_country_code

__all__ = ["FactValidator", "validate_facts", "is_country_code", "RESERVED_FIELDS"]

#: Keys durable-rules uses itself; a fact with these names would corrupt the session.
RESERVED_FIELDS = frozenset({"sid", "id", "$s"})


def _parse_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _suggest(value: str, allowed: list[str] | None) -> str:
    return hint(value, allowed)


#: The largest whole number decided exactly (a double holds every integer up to 2**53; the
#: engine compares numbers as doubles), and the bound on fractional numbers (written without
#: an exponent, which the engine cannot read). Larger facts are refused as invalid.
MAX_WHOLE = 2**53
MAX_FRACTIONAL = 1e15
#: The longest text a fact may hold (the engine stores lengths in 16 bits; a table tests texts
#: against short values anyway).
MAX_TEXT = 10_000


def beyond_exact(value: Any, kind: str) -> bool:
    """True for a number of ``kind`` (``geheel getal``/``getal``) that :func:`validate_facts` refuses as too big."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if kind == "geheel getal" and isinstance(value, float) and value.is_integer():
        value = int(value)
    return value == value and _out_of_range(value) is not None


def _out_of_range(value: int | float) -> str | None:
    if isinstance(value, int):
        if -MAX_WHOLE <= value <= MAX_WHOLE:
            return None
        return f"is te groot: Regelwerk rekent met gehele getallen tot {MAX_WHOLE} (2^53), niet {value}."
    if -MAX_FRACTIONAL < value < MAX_FRACTIONAL:
        return None
    return f"is te groot: Regelwerk rekent met getallen met decimalen tot 10^15, niet {value!r}."


def _check(spec: Mapping[str, Any], value: Any) -> tuple[Any, str | None]:
    """Return ``(normalised, None)`` or ``(None, Dutch message)``."""
    kind = spec["type"]
    allowed = spec.get("allowed")
    if kind in ("tekst", "keuzelijst", "landcode"):
        if not isinstance(value, str):
            return None, f"moet tekst zijn, niet {_describe(value)}."
        if len(value) > MAX_TEXT:
            return None, f"is te lang: een tekst mag hoogstens {MAX_TEXT} tekens hebben, niet {len(value)}."
        if kind == "landcode":
            code = value
            if not is_country_code(code):
                return None, (
                    f"'{value}' is geen ISO 3166-1 alpha-2 landcode{_suggest(value, None)}; "
                    "gebruik twee hoofdletters, bijvoorbeeld 'HK'."
                )
        if allowed is not None and value not in allowed:
            return None, f"'{value}' is geen toegestane waarde{_suggest(value, allowed)}; toegestaan: {', '.join(allowed)}."
        return value, None
    if kind == "ja/nee":
        if not isinstance(value, bool):
            return None, f"moet true of false zijn (een JSON-boolean), niet {_describe(value)}."
        return value, None
    if kind in ("geheel getal", "getal"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None, f"moet een getal zijn, niet {_describe(value)}."
        if kind == "geheel getal":
            if isinstance(value, float):
                if not value.is_integer():
                    return None, f"moet een geheel getal zijn, niet {value}."
                value = int(value)
        elif value != value or value in (float("inf"), float("-inf")):
            return None, "moet een eindig getal zijn."
        problem = _out_of_range(value)
        if problem is not None:
            return None, problem
        return _bounds(spec, value)
    if kind == "datum":
        d = _parse_date(value)
        if d is None:
            return None, f"moet een datum zijn in de vorm JJJJ-MM-DD, niet {_describe(value)}."
        return _bounds(spec, d)
    if kind == "lijst":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return None, f"moet een lijst met teksten zijn, niet {_describe(value)}."
        if allowed is not None:
            bad = [v for v in value if v not in allowed]
            if bad:
                return None, f"{', '.join(repr(b) for b in bad)} niet toegestaan; toegestaan: {', '.join(allowed)}."
        return list(value), None
    return None, f"heeft een onbekend type '{kind}'."


def _bounds(spec: Mapping[str, Any], value: Any) -> tuple[Any, str | None]:
    lo, hi = spec.get("minimum"), spec.get("maximum")
    if spec["type"] == "datum":
        lo = date.fromordinal(lo) if isinstance(lo, int) else lo
        hi = date.fromordinal(hi) if isinstance(hi, int) else hi
    if lo is not None and value < lo:
        return None, f"{_show(value)} is kleiner dan het minimum {_show(lo)}."
    if hi is not None and value > hi:
        return None, f"{_show(value)} is groter dan het maximum {_show(hi)}."
    return value, None


def _show(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"de tekst '{value}'"
    if isinstance(value, (int, float)):
        return f"het getal {value}"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een object"
    return type(value).__name__


def validate_facts(
    inputs: Any, facts: Mapping[str, Any], *, allow_context: bool = True
) -> dict[str, Any]:
    """Check ``facts`` against the compiled ``inputs``; return them normalised.

    ``inputs`` is a CompiledTable or its ``data["inputs"]`` list.

    Dates become ``date`` objects; optional inputs that are absent take their default (or
    ``None``). Raises FactsInvalidError listing every problem, keyed by field.
    """
    if hasattr(inputs, "data"):
        inputs = inputs.data["inputs"]
    if not isinstance(facts, Mapping):
        raise FactsInvalidError({"facts": ["De feiten moeten een object zijn (veld: waarde)."]})
    errors: dict[str, list[str]] = {}
    out: dict[str, Any] = {}
    known = {spec["name"]: spec for spec in inputs}
    for name in facts:
        if name in RESERVED_FIELDS:
            errors.setdefault(name, []).append(f"'{name}' is een gereserveerde naam en geen feit van deze tabel.")
        elif name not in known:
            close = difflib.get_close_matches(str(name), list(known), n=1, cutoff=0.6)
            did_you_mean = f" (bedoelt u '{close[0]}'?)" if close else ""
            errors.setdefault(str(name), []).append(f"'{name}' is geen invoer van deze tabel{did_you_mean}.")
        elif known[name]["context"] and not allow_context:
            errors.setdefault(name, []).append(
                f"'{name}' wordt door de dienst zelf ingevuld en mag niet worden meegestuurd."
            )
    for name, spec in known.items():
        if name in errors:
            continue
        value = facts.get(name)
        if spec["type"] == "tekst" and isinstance(value, str) and not value.strip():
            value = None  # an empty text (a blank volgnummer) is no value
        if value is None:
            default = spec.get("default")
            if spec["required"] and not spec["context"] and default is None:
                errors.setdefault(name, []).append("is verplicht maar ontbreekt.")
                continue
            if default is not None and spec["type"] == "datum" and isinstance(default, int):
                default = date.fromordinal(default)
            out[name] = default
            continue
        normal, problem = _check(spec, value)
        if problem is not None:
            errors.setdefault(name, []).append(problem)
        else:
            out[name] = normal
    if errors:
        raise FactsInvalidError(errors)
    return out


_INVALID = object()


def _fast_checker(spec: Mapping[str, Any]) -> Any:
    """A closure value -> normalised value, or ``_INVALID`` (then ``_check`` says why)."""
    kind = spec["type"]
    lo, hi = spec.get("minimum"), spec.get("maximum")
    if kind == "datum":
        lo = date.fromordinal(lo) if isinstance(lo, int) else lo
        hi = date.fromordinal(hi) if isinstance(hi, int) else hi
    str_, bool_, int_, float_, date_ = str, bool, int, float, date
    fromiso = date.fromisoformat

    def bounded(v: Any) -> Any:
        if (lo is not None and v < lo) or (hi is not None and v > hi):
            return _INVALID
        return v

    if kind == "tekst":  # blank or very long text takes the careful path
        return lambda v: v if type(v) is str_ and len(v) <= MAX_TEXT and v.strip() else _INVALID
    if kind == "keuzelijst":
        allowed = frozenset(spec["allowed"] or ())
        return lambda v: v if type(v) is str_ and v in allowed else _INVALID
    if kind == "landcode":
        from policy.model.suggest import country_codes

        codes = frozenset(spec["allowed"]) & country_codes() if spec.get("allowed") else country_codes()
        return lambda v: v if type(v) is str_ and v in codes else _INVALID
    if kind == "ja/nee":
        return lambda v: v if type(v) is bool_ else _INVALID
    if kind == "datum":
        def check_date(v: Any) -> Any:
            t = type(v)
            if t is str_ and len(v) == 10:
                try:
                    d = fromiso(v)
                except ValueError:
                    return _INVALID
            elif t is date_:
                d = v
            else:
                return _INVALID
            return bounded(d) if lo is not None or hi is not None else d

        return check_date
    if kind == "geheel getal":
        def check_int(v: Any) -> Any:
            if type(v) is int_ and -MAX_WHOLE <= v <= MAX_WHOLE:
                return bounded(v) if lo is not None or hi is not None else v
            return _INVALID  # floats, bools, huge numbers and the rest take the slow path

        return check_int
    if kind == "getal":
        def check_num(v: Any) -> Any:
            t = type(v)
            if (t is int_ and -MAX_WHOLE <= v <= MAX_WHOLE) or (t is float_ and -MAX_FRACTIONAL < v < MAX_FRACTIONAL):
                return bounded(v) if lo is not None or hi is not None else v
            return _INVALID

        return check_num
    if kind == "lijst":  # a list of texts (of the allowed values): copied, as ``_check`` does
        allowed_texts = frozenset(spec["allowed"]) if spec.get("allowed") is not None else None
        list_ = list

        def check_list(v: Any) -> Any:
            if type(v) is not list_:
                return _INVALID
            for item in v:
                if type(item) is not str_ or (allowed_texts is not None and item not in allowed_texts):
                    return _INVALID  # str subclasses and values not allowed: the careful path says why
            return list_(v)

        return check_list
    return lambda v: _INVALID  # anything else: the careful path


class FactValidator:
    """Validation of one table's facts, prepared once: the common case costs a few calls."""

    def __init__(self, inputs: list[Mapping[str, Any]]) -> None:
        self.inputs = inputs
        self.known = frozenset(spec["name"] for spec in inputs)
        self.context = frozenset(spec["name"] for spec in inputs if spec["context"])
        self._fields = []
        for spec in inputs:
            default = spec.get("default")
            if default is not None and spec["type"] == "datum" and isinstance(default, int):
                default = date.fromordinal(default)
            missing_ok = not (spec["required"] and not spec["context"] and default is None)
            self._fields.append((spec["name"], _fast_checker(spec), missing_ok, default))

    def __call__(self, facts: Mapping[str, Any], *, allow_context: bool = True) -> dict[str, Any]:
        if type(facts) is not dict or not (facts.keys() <= self.known) or (
            not allow_context and not self.context.isdisjoint(facts.keys())
        ):
            return validate_facts(self.inputs, facts, allow_context=allow_context)
        out: dict[str, Any] = {}
        get = facts.get
        for name, check, missing_ok, default in self._fields:
            v = get(name)
            if v is None:
                if not missing_ok:
                    return validate_facts(self.inputs, facts, allow_context=allow_context)
                out[name] = default
                continue
            normal = check(v)
            if normal is _INVALID:
                return validate_facts(self.inputs, facts, allow_context=allow_context)
            out[name] = normal
        return out
