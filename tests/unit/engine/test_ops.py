"""Every test op and every null case, durable against hand-written truth and the reference."""

from __future__ import annotations

from typing import Any

import pytest

from policy.engine import DurableMatcher
from policy.reference import ReferenceMatcher
from tests.unit.engine.tables import compiled, cond, rule

DURABLE = DurableMatcher()
REFERENCE = ReferenceMatcher()
MISSING = object()  # the fact is not in the dict at all

TYPES = {"land": "landcode", "naam": "tekst", "leeftijd": "geheel getal", "uren": "getal",
         "geboren": "datum", "ok": "ja/nee", "gronden": "lijst", "soort": "keuzelijst"}

BETWEEN = {"low": 18, "high": 30}
HALF_OPEN = {"low": 18, "high": 30, "low_inclusive": False, "high_inclusive": False}

CASES: list[tuple[dict[str, Any], Any, bool]] = [
    # eq / ne on text, numbers, booleans
    (cond("land", "eq", "AR"), "AR", True),
    (cond("land", "eq", "AR"), "HK", False),
    (cond("land", "eq", "AR"), "ar", False),
    (cond("land", "eq", "AR"), None, False),
    (cond("land", "eq", "AR"), MISSING, False),
    (cond("naam", "eq", 'Zoë "de" \\ Vries'), 'Zoë "de" \\ Vries', True),
    (cond("naam", "eq", 'Zoë "de" \\ Vries'), "Zoe \"de\" \\ Vries", False),
    (cond("naam", "eq", "tab\tnew\nline"), "tab\tnew\nline", True),
    (cond("naam", "eq", ""), "", True),
    (cond("leeftijd", "eq", 18), 18, True),
    (cond("leeftijd", "eq", 18), 19, False),
    (cond("uren", "eq", 18), 18.0, True),
    (cond("uren", "eq", 0.1), 0.1, True),
    (cond("uren", "eq", 0.1), 0.2, False),
    (cond("ok", "eq", True), True, True),
    (cond("ok", "eq", True), False, False),
    (cond("ok", "eq", False), False, True),
    (cond("ok", "eq", False), None, False),
    (cond("land", "ne", "AR"), "HK", True),
    (cond("land", "ne", "AR"), "AR", False),
    (cond("land", "ne", "AR"), None, False),
    (cond("land", "ne", "AR"), MISSING, False),
    (cond("ok", "ne", True), False, True),
    (cond("ok", "ne", True), True, False),
    (cond("ok", "ne", True), None, False),
    (cond("leeftijd", "ne", 18), 17, True),
    (cond("leeftijd", "ne", 18), None, False),
    # order on integers, numbers and date ordinals, at the boundary and on no value
    (cond("leeftijd", "lt", 18), 17, True),
    (cond("leeftijd", "lt", 18), 18, False),
    (cond("leeftijd", "le", 18), 18, True),
    (cond("leeftijd", "le", 18), 19, False),
    (cond("leeftijd", "gt", 30), 31, True),
    (cond("leeftijd", "gt", 30), 30, False),
    (cond("leeftijd", "ge", 18), 18, True),
    (cond("leeftijd", "ge", 18), 17, False),
    (cond("leeftijd", "ge", -5), -5, True),
    (cond("leeftijd", "lt", 18), None, False),
    (cond("leeftijd", "ge", 18), MISSING, False),
    (cond("uren", "lt", 2.5e-07), 2.4e-07, True),
    (cond("uren", "lt", 2.5e-07), 2.6e-07, False),
    (cond("uren", "gt", 1e-05), 1.5e-05, True),
    (cond("uren", "ge", 32.5), 32.5, True),
    (cond("uren", "ge", 32.5), 32, False),
    (cond("uren", "le", 123456789012.25), 123456789012.25, True),
    (cond("geboren", "lt", 737425), 737424, True),
    (cond("geboren", "lt", 737425), 737425, False),
    (cond("geboren", "ge", 737425), None, False),
    # in / not_in
    (cond("land", "in", values=["AR", "HK", "TW"]), "HK", True),
    (cond("land", "in", values=["AR", "HK", "TW"]), "JP", False),
    (cond("land", "in", values=["AR", "HK", "TW"]), None, False),
    (cond("land", "in", values=["AR"]), "AR", True),
    (cond("land", "in", values=["AR", "AR"]), "AR", True),
    (cond("land", "in", values=[]), "AR", False),
    (cond("leeftijd", "in", values=[18, 19]), 19, True),
    (cond("ok", "in", values=[True]), True, True),
    (cond("ok", "in", values=[True]), False, False),
    (cond("land", "not_in", values=["AR", "HK"]), "JP", True),
    (cond("land", "not_in", values=["AR", "HK"]), "HK", False),
    (cond("land", "not_in", values=["AR", "HK"]), None, False),
    (cond("land", "not_in", values=["AR", "HK"]), MISSING, False),
    (cond("land", "not_in", values=[]), "AR", True),
    (cond("land", "not_in", values=[]), None, False),
    # between / not_between with every kind of edge
    (cond("leeftijd", "between", **BETWEEN), 18, True),
    (cond("leeftijd", "between", **BETWEEN), 30, True),
    (cond("leeftijd", "between", **BETWEEN), 17, False),
    (cond("leeftijd", "between", **BETWEEN), 31, False),
    (cond("leeftijd", "between", **BETWEEN), None, False),
    (cond("leeftijd", "between", **HALF_OPEN), 18, False),
    (cond("leeftijd", "between", **HALF_OPEN), 19, True),
    (cond("leeftijd", "between", **HALF_OPEN), 30, False),
    (cond("leeftijd", "between", low=18, high=30, high_inclusive=False), 30, False),
    (cond("leeftijd", "between", low=18, high=30, high_inclusive=False), 29, True),
    (cond("uren", "between", low=0.5, high=1.5), 1.5, True),
    (cond("uren", "between", low=0.5, high=1.5), 1.5000001, False),
    (cond("leeftijd", "not_between", **BETWEEN), 17, True),
    (cond("leeftijd", "not_between", **BETWEEN), 31, True),
    (cond("leeftijd", "not_between", **BETWEEN), 18, False),
    (cond("leeftijd", "not_between", **BETWEEN), 30, False),
    (cond("leeftijd", "not_between", **BETWEEN), None, False),
    (cond("leeftijd", "not_between", **BETWEEN), MISSING, False),
    (cond("leeftijd", "not_between", **HALF_OPEN), 18, True),
    (cond("leeftijd", "not_between", **HALF_OPEN), 30, True),
    (cond("leeftijd", "not_between", **HALF_OPEN), 19, False),
    (cond("leeftijd", "not_between", low=30, high=18), 25, True),  # an empty range: everything is outside
    # empty / present on scalars and lists
    (cond("land", "empty"), None, True),
    (cond("land", "empty"), MISSING, True),
    (cond("land", "empty"), "AR", False),
    (cond("naam", "empty"), "", False),
    (cond("ok", "empty"), False, False),
    (cond("leeftijd", "empty"), 0, False),
    (cond("land", "present"), "AR", True),
    (cond("land", "present"), None, False),
    (cond("ok", "present"), False, True),
    (cond("gronden", "empty"), [], True),
    (cond("gronden", "empty"), None, True),
    (cond("gronden", "empty"), ["leeftijd"], False),
    (cond("gronden", "present"), ["leeftijd", "retour"], True),
    (cond("gronden", "present"), [], False),
    (cond("gronden", "present"), MISSING, False),
]


def _facts(field: str, value: Any) -> dict[str, Any]:
    return {} if value is MISSING else {field: value}


@pytest.mark.parametrize(("test", "value", "expected"), CASES, ids=[f"{t['field']}-{t['op']}-{v!r}" for t, v, _ in CASES])
def test_op(test: dict[str, Any], value: Any, expected: bool) -> None:
    table = compiled(TYPES, [rule(0, test), rule(1)])
    facts = _facts(test["field"], value)
    got = DURABLE.match(table, 0, facts, 738000)
    assert got == ([0, 1] if expected else [1])
    assert got == REFERENCE.match(table, 0, facts, 738000)


def test_tests_of_a_rule_all_hold() -> None:
    table = compiled(TYPES, [
        rule(0, cond("land", "eq", "AR"), cond("leeftijd", "between", **BETWEEN), cond("ok", "eq", True)),
        rule(1, cond("land", "eq", "AR"), cond("leeftijd", "lt", 18)),
        rule(2, cond("leeftijd", "ge", 18), cond("leeftijd", "le", 18)),
    ])
    assert DURABLE.match(table, 0, {"land": "AR", "leeftijd": 18, "ok": True}, 1) == [0, 2]
    assert DURABLE.match(table, 0, {"land": "AR", "leeftijd": 18, "ok": False}, 1) == [2]
    assert DURABLE.match(table, 0, {"land": "AR", "leeftijd": 17}, 1) == [1]
    assert DURABLE.match(table, 0, {"land": "HK", "leeftijd": 40, "ok": True}, 1) == []


@pytest.mark.parametrize(("start", "end", "day", "expected"), [
    (None, None, 1, True),
    (738000, None, 737999, False),
    (738000, None, 738000, True),
    (None, 738000, 738000, True),
    (None, 738000, 738001, False),
    (738000, 738010, 738005, True),
    (738000, 738010, 738011, False),
    (738010, 738000, 738005, False),  # to before from: never in force
])
def test_rules_are_in_force_inclusively(start: int | None, end: int | None, day: int, expected: bool) -> None:
    table = compiled(TYPES, [rule(0, cond("land", "eq", "AR"), start=start, end=end), rule(1, start=start, end=end)])
    got = DURABLE.match(table, 0, {"land": "AR"}, day)
    assert got == ([0, 1] if expected else [])
    assert got == REFERENCE.match(table, 0, {"land": "AR"}, day)


def test_several_tables_of_one_version_are_kept_apart() -> None:
    table = compiled(TYPES, [rule(0, cond("land", "eq", "AR"))], [rule(0, cond("land", "eq", "HK")), rule(1)])
    assert DURABLE.match(table, 0, {"land": "AR"}, 1) == [0]
    assert DURABLE.match(table, 1, {"land": "AR"}, 1) == [1]
    assert DURABLE.match(table, 1, {"land": "HK"}, 1) == [0, 1]


def test_indices_come_from_the_compiled_rules_sorted() -> None:
    table = compiled(TYPES, [rule(7, cond("land", "present")), rule(3), rule(5, cond("land", "eq", "AR"))])
    assert DURABLE.match(table, 0, {"land": "AR"}, 1) == [3, 5, 7]


def test_a_table_without_rules_matches_nothing() -> None:
    assert DURABLE.match(compiled(TYPES, []), 0, {"land": "AR"}, 1) == []


def test_facts_the_table_does_not_read_are_ignored() -> None:
    table = compiled({"land": "landcode"}, [rule(0, cond("land", "eq", "AR"))])
    assert DURABLE.match(table, 0, {"land": "AR", "elders": object()}, 1) == [0]
