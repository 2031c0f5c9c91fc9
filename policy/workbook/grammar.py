"""The cell grammar: condition cells, literal values and hit-policy names.

Every function takes a raw cell value (text or a typed Excel value) and returns the parsed value
or a :class:`CellError` (a code and a Dutch sentence); nothing is raised for bad content. Literal
values are read by :mod:`policy.workbook.values` (re-exported here), per field type:

====================  =====================================================================
``tekst``             any text; ``"tekst, met komma"`` in quotes keeps the comma
``keuzelijst``        one of ``toegestane_waarden``, exactly as written there
``landcode``          ISO 3166-1 alpha-2 code in capitals: ``AR``, ``HK``, ``TW``
``geheel getal``      ``18``, ``-3`` (an Excel number without fraction too)
``getal``             ``2,5`` or ``2.5`` or ``12`` (an Excel number too)
``datum``             an Excel date or text ``2024-03-01`` (JJJJ-MM-DD)
``ja/nee``            ``ja``, ``nee`` (also ``waar``/``onwaar``, ``true``/``false``, Excel TRUE/FALSE)
``lijst``             ``leeftijd, retourticket`` (comma-separated; ``leeg`` is the empty list)
====================  =====================================================================

Condition cells (``parse_condition``) compile to a :class:`policy.model.Test`:

========================================  =====================================================
``(blank)`` or ``-``                      ``any`` (no test)
``AR`` / ``18`` / ``ja`` / ``2022-10-01``  ``eq``
``= 18``, ``!= 18``, ``<> 18``             ``eq``, ``ne``
``< 18``, ``<= 18``, ``> 30``, ``>= 18``   ``lt``, ``le``, ``gt``, ``ge`` (numbers and dates only)
``[18..30]``                              ``between`` inclusive; ``[18..30[`` and ``[18..30)``
                                          exclude 30; ``]18..30]`` and ``(18..30]`` exclude 18
``AR, HK, TW``                            ``in``
``niet(AR, HK)``, ``niet AR``,            the negation: ``not_in``, ``ne``, ``not_between``,
``niet [18..30]``, ``niet < 18``          ``ge`` …
``leeg`` / ``niet leeg``                  ``empty`` / ``present``
========================================  =====================================================

In a ``getal`` cell a comma between two digits is a decimal comma (``2,5``); write lists of
decimals with a space after each separating comma (``1,5, 2,5``) or with ``;`` (``1,5; 2,5``).
A condition on a ``lijst`` field can only be ``leeg`` or ``niet leeg``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from policy.model import Test
from policy.workbook.values import (
    ORDERED_TYPES, CellError, hint, is_blank, parse_allowed, parse_value, separated_number, show, split_list,
    suggest,
)

__all__ = [
    "CellError",
    "ORDERED_TYPES",
    "parse_value",
    "parse_condition",
    "parse_allowed",
    "parse_hit_policy",
    "split_list",
    "suggest",
    "is_blank",
    "show",
]

_RANGE = re.compile(r"([\[\]\(])\s*(.+?)\s*\.\.\s*(.+?)\s*([\[\]\)])")
_COMPARISON = re.compile(r"(<=|>=|!=|<>|<|>|=)\s*(.*)", re.S)
_OPS = {"=": "eq", "!=": "ne", "<>": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}
_NEGATE = {
    "eq": "ne", "ne": "eq", "lt": "ge", "ge": "lt", "le": "gt", "gt": "le",
    "in": "not_in", "not_in": "in", "between": "not_between", "not_between": "between",
    "empty": "present", "present": "empty",
}
_HIT_ALIASES = {
    "UNIQUE": "UNIQUE", "UNIEK": "UNIQUE",
    "FIRST": "FIRST", "EERSTE": "FIRST",
    "PRIORITY": "PRIORITY", "PRIORITEIT": "PRIORITY",
    "ANY": "ANY", "ELKE": "ANY",
    "COLLECT": "COLLECT", "VERZAMEL": "COLLECT",
    "RULE ORDER": "RULE ORDER", "REGELVOLGORDE": "RULE ORDER",
    "OUTPUT ORDER": "OUTPUT ORDER", "UITVOERVOLGORDE": "OUTPUT ORDER",
}
_AGGREGATION_ALIASES = {"SUM": "SUM", "SOM": "SUM", "COUNT": "COUNT", "AANTAL": "COUNT",
                        "MIN": "MIN", "MAX": "MAX"}
def parse_condition(raw: Any, field_type: str, *, field: str, allowed: Sequence[str] | None = None) -> Test | CellError:
    """A condition cell for ``field`` as a :class:`Test`, or a :class:`CellError`."""
    if is_blank(raw) or (isinstance(raw, str) and raw.strip() == "-"):
        return Test("any")
    if not isinstance(raw, str):
        value = parse_value(raw, field_type, field=field, allowed=allowed)
        return value if isinstance(value, CellError) else Test("eq", value=value)
    return _condition(raw.strip(), field_type, field, allowed, negated=False)


_SYMBOLS = {"≥": ">=", "≤": "<=", "≠": "!="}  # as written in legal texts
_SPELLED_RANGE = re.compile(r"(\S+)\s+(?:-|–|—|tot en met|t/m|tot)\s+(\S+)", re.I)
_NEGATION = re.compile(r"niet\s*\((.*)\)|niet\s+(.+)", re.I | re.S)


def _condition(text: str, field_type: str, field: str, allowed: Sequence[str] | None, *, negated: bool) -> Test | CellError:
    if text[:1] in _SYMBOLS:
        text = _SYMBOLS[text[0]] + text[1:]
    lowered = text.lower()
    if lowered == "leeg":
        return _maybe_negate(Test("empty"), negated)
    negation = _NEGATION.fullmatch(text)
    if negation:
        if negated:
            return CellError("ongeldige_voorwaarde", f"'niet' staat twee keer in de voorwaarde voor {field}; gebruik het één keer.")
        inner = (negation.group(1) if negation.group(1) is not None else negation.group(2)).strip()
        if not inner:
            return CellError("ongeldige_voorwaarde", f"Na 'niet' ontbreekt een waarde in de voorwaarde voor {field}.")
        return _condition(inner, field_type, field, allowed, negated=True)
    if field_type == "lijst":
        return CellError(
            "ongeldige_voorwaarde",
            f"Op de lijst {field} kunt u alleen 'leeg' of 'niet leeg' toetsen, niet '{text}'.",
        )
    if text[0] in "[](":
        return _maybe_negate(_range(text, field_type, field), negated)
    comparison = _COMPARISON.match(text)
    if comparison:
        return _maybe_negate(_comparison(comparison.group(1), comparison.group(2).strip(), field_type, field, allowed), negated)
    if field_type in ("geheel getal", "getal"):
        grouped = separated_number(text, field)  # '1,000' is not the list 1, 0
        if grouped is not None:
            return grouped
    if field_type == "geheel getal" and re.search(r"\d,\d", text):  # '1,5' is not the list 1, 5
        close = re.sub(r"(\d),(\d)", r"\1, \2", text)
        return CellError(
            "decimale_komma",
            f"In '{text}' voor {field} staat een komma tussen twee cijfers: dat leest als een decimaal "
            f"getal, maar {field} is een geheel getal. Bedoelt u een van deze waarden, schrijf dan "
            f"'{close}' (met een spatie na de komma); anders een geheel getal zonder komma.",
        )
    items = _list_items(text, field_type)
    if isinstance(items, CellError):
        return items
    values = []
    for item in items:
        value = parse_value(item, field_type, field=field, allowed=allowed) if item else CellError(
            "ongeldige_voorwaarde", f"In de voorwaarde '{text}' voor {field} staat een lege waarde tussen komma's."
        )
        if isinstance(value, CellError):
            spelled = _SPELLED_RANGE.fullmatch(text) if field_type in ORDERED_TYPES else None
            if spelled:
                low, high = spelled.groups()
                return CellError(
                    "ongeldige_voorwaarde",
                    f"'{text}' is geen voorwaarde voor {field}. Bedoelt u een bereik? Schrijf het met twee "
                    f"punten: [{low}..{high}] (beide grenzen doen mee), [{low}..{high}[ (tot {high}) of "
                    f"]{low}..{high}] (vanaf na {low}).",
                )
            return value
        values.append(value)
    test = Test("eq", value=values[0]) if len(values) == 1 else Test("in", values=tuple(values))
    return _maybe_negate(test, negated)


def _list_items(text: str, field_type: str) -> list[str] | CellError:
    if field_type == "getal":
        # A comma between two digits is a decimal comma; ';' or ', ' separates items.
        return [p.strip() for p in re.split(r";|,(?!\d)|(?<!\d),", text)]
    return split_list(text)


def _maybe_negate(test: Test | CellError, negated: bool) -> Test | CellError:
    if isinstance(test, CellError) or not negated:
        return test
    return Test(_NEGATE[test.op], test.value, test.values, test.low, test.high, test.low_inclusive, test.high_inclusive)


def _comparison(op: str, operand: str, field_type: str, field: str, allowed: Sequence[str] | None) -> Test | CellError:
    if not operand:
        return CellError("ongeldige_voorwaarde", f"Na '{op}' ontbreekt een waarde in de voorwaarde voor {field}.")
    if op in ("<", "<=", ">", ">=") and field_type not in ORDERED_TYPES:
        return CellError(
            "ongeldige_voorwaarde",
            f"'{op} {operand}' vergelijkt groter/kleiner, maar {field} is van type {field_type}; "
            "dat kan alleen bij getallen en datums. Gebruik een waarde of een lijst.",
        )
    value = parse_value(operand, field_type, field=field, allowed=allowed)
    if isinstance(value, CellError):
        return value
    return Test(_OPS[op], value=value)


def _range(text: str, field_type: str, field: str) -> Test | CellError:
    match = _RANGE.fullmatch(text)
    if not match:
        return CellError(
            "ongeldige_voorwaarde",
            f"'{text}' is geen geldig bereik voor {field}; schrijf bijvoorbeeld [18..30] of [18..30[.",
        )
    if field_type not in ORDERED_TYPES:
        return CellError(
            "ongeldige_voorwaarde",
            f"Een bereik zoals '{text}' kan alleen bij getallen en datums; {field} is van type {field_type}.",
        )
    opening, low_text, high_text, closing = match.groups()
    low = parse_value(low_text, field_type, field=field)
    high = parse_value(high_text, field_type, field=field)
    for bound in (low, high):
        if isinstance(bound, CellError):
            return bound
    if low > high:
        return CellError(
            "ongeldig_bereik",
            f"In het bereik '{text}' voor {field} is de ondergrens groter dan de bovengrens; "
            f"schrijf de kleinste waarde eerst.",
        )
    return Test("between", low=low, high=high, low_inclusive=opening == "[", high_inclusive=closing == "]")


def parse_hit_policy(raw: Any) -> tuple[str, str | None] | CellError:
    """``UNIQUE``/``UNIEK``, ``COLLECT SUM``/``VERZAMEL SOM``… -> ``(policy, aggregation)``."""
    words = re.split(r"[\s+()_,-]+", show(raw).upper()) if not is_blank(raw) else []
    words = [w for w in words if w]
    if not words:
        return CellError("ontbrekende_waarde", "De beslissingsregel ontbreekt; vul bijvoorbeeld UNIEK of EERSTE in.")
    aggregation = None
    if len(words) > 1 and words[-1] in _AGGREGATION_ALIASES:
        aggregation = _AGGREGATION_ALIASES[words[-1]]
        words = words[:-1]
    name = " ".join(words)
    policy = _HIT_ALIASES.get(name)
    known = ["UNIEK", "EERSTE", "PRIORITEIT", "ELKE", "VERZAMEL", "REGELVOLGORDE", "UITVOERVOLGORDE"]
    if policy is None:
        return CellError(
            "onbekende_beslissingsregel",
            f"'{show(raw)}' is geen beslissingsregel{hint(name, list(_HIT_ALIASES))}; "
            f"kies uit {', '.join(known)} (of de Engelse namen).",
        )
    if aggregation is not None and policy != "COLLECT":
        return CellError(
            "onbekende_beslissingsregel",
            f"'{show(raw)}': alleen VERZAMEL kan een bewerking (SOM, AANTAL, MIN, MAX) hebben.",
        )
    return policy, aggregation
