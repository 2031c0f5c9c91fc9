"""Literal cell values: one value of a field type, allowed-value lists, and suggestions.

Every function takes a raw cell value (text or a typed Excel value) and returns the parsed value
or a :class:`CellError` (a code and a Dutch sentence); nothing is raised for bad content.

The form of a value per field type is listed in :mod:`policy.workbook.grammar`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from policy.model.suggest import country_codes, hint, suggest


__all__ = [
    "CellError", "ORDERED_TYPES", "hint", "is_blank", "parse_allowed", "parse_value", "separated_number", "show",
    "split_list", "suggest",
]

ORDERED_TYPES = ("geheel getal", "getal", "datum")
_TRUE = {"ja", "waar", "true"}
_FALSE = {"nee", "onwaar", "false"}
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EXAMPLES = {
    "tekst": "tekst",
    "keuzelijst": "een van de toegestane waarden",
    "landcode": "een landcode van twee hoofdletters (ISO 3166-1), bijvoorbeeld AR",
    "geheel getal": "een geheel getal, bijvoorbeeld 18",
    "getal": "een getal, bijvoorbeeld 2,5",
    "datum": "een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2024-03-01",
    "ja/nee": "ja of nee",
    "lijst": "een lijst, bijvoorbeeld 'a, b'",
}


@dataclass(frozen=True)
class CellError:
    """Why a cell cannot be read: stable snake_case ``code`` and a Dutch ``message``."""

    code: str
    message: str


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def show(raw: Any) -> str:
    """A cell value as the officer sees it."""
    if raw.__class__ is str:  # most cells: what the last line gives, without the four tests
        return raw.strip()
    if isinstance(raw, datetime) and raw.time() == datetime.min.time():
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, bool):
        return "ja" if raw else "nee"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def split_list(text: str) -> list[str] | CellError:
    """Split ``a, "b, c", d`` on commas outside double quotes; quotes are removed."""
    segments: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            segments.append("".join(current))
            current = []
        else:
            current.append(ch)
    if quoted:
        return CellError("ongeldige_voorwaarde", f"In '{text}' ontbreekt een afsluitend aanhalingsteken (\").")
    segments.append("".join(current))
    return [_unquote(s) for s in segments]


def _unquote(text: str) -> str:
    t = text.strip()
    if len(t) >= 2 and t[0] == t[-1] == '"':
        return t[1:-1]
    return t


def parse_value(raw: Any, field_type: str, *, field: str, allowed: Sequence[str] | None = None) -> Any:
    """One literal of ``field_type`` (``None`` for a blank cell), or a :class:`CellError`."""
    if is_blank(raw):
        return None
    if field_type == "lijst":
        return _parse_list_value(raw, field, allowed)
    if isinstance(raw, str):
        raw = _unquote(raw)
    if field_type in ("geheel getal", "getal") and isinstance(raw, str):
        grouped = separated_number(raw, field)
        if grouped is not None:
            return grouped
    parser = _PARSERS.get(field_type)
    if parser is None:
        return CellError("onbekend_type", f"Het type '{field_type}' van {field} is onbekend.")
    value = parser(raw)
    if value is None:
        return CellError(
            "ongeldige_waarde",
            f"'{show(raw)}' is geen geldige waarde voor {field}; verwacht {_EXAMPLES[field_type]}.",
        )
    if field_type == "landcode" and value not in (allowed or country_codes()):
        if allowed:
            return _not_allowed(value, field, allowed)
        return CellError(
            "onbekende_waarde",
            f"'{value}' is geen landcode (ISO 3166-1 alpha-2) voor {field}"
            f"{hint(value, country_codes())}; gebruik twee hoofdletters, bijvoorbeeld AR.",
        )
    if field_type in ("tekst", "keuzelijst") and allowed is not None and value not in allowed:
        return _not_allowed(value, field, allowed)
    return value


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?")


def separated_number(text: str, field: str) -> CellError | None:
    """A number written with a separator between thousands (``1.000``, ``1,000``, ``1.000,5``).

    ``1.000`` is a thousand to a Dutch reader and one to Excel: never guess. A single separator
    before exactly three digits is ambiguous; more groups (``1.000.000``) or both separators
    (``1.000,5``) can mean only one number, which the message suggests.
    """
    t = text.strip()
    if not _GROUPED.fullmatch(t):
        return None
    sign = "-" if t.startswith("-") else ""
    digits = t.lstrip("+-")
    seps = [ch for ch in digits if ch in ".,"]
    groups = re.split(r"[.,]", digits)
    if len(seps) == 1:
        small = f"{groups[0]}.{groups[1]}".rstrip("0").rstrip(".")
        return CellError(
            "getal_met_scheidingsteken",
            f"'{t}' voor {field} kan {sign}{''.join(groups)} of {sign}{small} betekenen "
            f"(bedoelt u {sign}{''.join(groups)} of {sign}{small}?). {_PLAIN}",
        )
    if len(set(seps)) == 1 and all(len(g) == 3 for g in groups[1:]):
        meant = sign + "".join(groups)
    elif len(set(seps)) == 2 and seps.count(seps[-1]) == 1 and all(len(g) == 3 for g in groups[1:-1]):
        meant = sign + "".join(groups[:-1]) + "." + groups[-1]
    else:
        return CellError("ongeldige_waarde", f"'{t}' is geen geldige waarde voor {field}; verwacht een getal, "
                         "bijvoorbeeld 1000 of 2.5.")
    return CellError(
        "getal_met_scheidingsteken",
        f"'{t}' voor {field} heeft een scheidingsteken tussen de duizendtallen, dat Regelwerk niet "
        f"leest (bedoelt u {meant}?). {_PLAIN}",
    )


_PLAIN = ("Schrijf het getal zonder punt of komma tussen de duizendtallen (1000) en decimalen met een "
          "punt (1.5).")


def _not_allowed(value: str, field: str, allowed: Sequence[str]) -> CellError:
    listed = ", ".join(allowed[:12]) + (", …" if len(allowed) > 12 else "")
    return CellError(
        "onbekende_waarde",
        f"'{value}' is geen toegestane waarde voor {field}{hint(value, allowed)}; toegestaan: {listed}.",
    )


def _parse_list_value(raw: Any, field: str, allowed: Sequence[str] | None) -> Any:
    text = show(raw)
    if text.lower() == "leeg":
        return []
    items = split_list(text)
    if isinstance(items, CellError):
        return items
    if any(not i for i in items):
        return CellError("ongeldige_waarde", f"In de lijst '{text}' voor {field} staat een leeg element.")
    for item in items:
        if allowed is not None and item not in allowed:
            return _not_allowed(item, field, allowed)
    return items


def _text(raw: Any) -> str | None:
    return raw if isinstance(raw, str) else show(raw)


def _country(raw: Any) -> str | None:
    return raw.strip() if isinstance(raw, str) else None


def _integer(raw: Any) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        return int(raw) if raw.is_integer() else None
    if isinstance(raw, str) and _INTEGER.fullmatch(raw.strip()):
        return int(raw.strip())
    return None


def _number(raw: Any) -> int | float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        return raw if raw == raw and abs(raw) != float("inf") else None
    if isinstance(raw, str) and _DECIMAL.fullmatch(raw.strip()):
        text = raw.strip().replace(",", ".")
        return int(text) if _INTEGER.fullmatch(text) else float(text)
    return None


def _date(raw: Any) -> date | None:
    if isinstance(raw, datetime):
        return raw.date() if raw.time() == datetime.min.time() else None
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str) and _ISO_DATE.fullmatch(raw.strip()):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            return None
    return None


def _boolean(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    return None


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "tekst": _text,
    "keuzelijst": _text,
    "landcode": _country,
    "geheel getal": _integer,
    "getal": _number,
    "datum": _date,
    "ja/nee": _boolean,
}


def parse_allowed(raw: Any, field_type: str, *, field: str) -> tuple[str, ...] | None | CellError:
    """The ``toegestane_waarden`` cell: a tuple of values, ``None`` when blank, or an error."""
    if is_blank(raw):
        if field_type == "keuzelijst":
            return CellError(
                "ontbrekende_waarde",
                f"{field} is een keuzelijst maar heeft geen toegestane waarden; "
                "vul ze in, gescheiden door komma's (bijvoorbeeld 'inwilligen, afwijzen').",
            )
        return None
    if field_type not in ("tekst", "keuzelijst", "landcode", "lijst"):
        return CellError(
            "ongeldige_waarde",
            f"Toegestane waarden kunnen alleen bij tekst, keuzelijst, landcode of lijst; "
            f"{field} is van type {field_type}. Gebruik minimum/maximum of maak de cel leeg.",
        )
    items = split_list(show(raw))
    if isinstance(items, CellError):
        return items
    if any(not i for i in items):
        return CellError("ongeldige_waarde", f"In de toegestane waarden van {field} staat een leeg element.")
    seen: set[str] = set()
    for item in items:
        if item in seen:
            return CellError("dubbele_naam", f"De toegestane waarde '{item}' van {field} staat er twee keer in.")
        seen.add(item)
        if field_type == "landcode":
            code = parse_value(item, "landcode", field=field)
            if isinstance(code, CellError):
                return code
    return tuple(items)
