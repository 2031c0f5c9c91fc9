"""One assertion per decision: every table of a version in one set of rulesets, answered per table."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest

from policy.engine import DurableMatcher, EngineInputError
from policy.engine import matcher as adapter
from policy.engine.translate import early_fields, translate_workbook
from policy.reference import ReferenceMatcher
from tests.unit.engine.tables import compiled, cond, rule

TYPES = {"land": "landcode", "leeftijd": "geheel getal", "geboren": "datum", "ok": "ja/nee"}


def chained() -> dict[str, Any]:
    """Three tables: the second and third test what the first (and second) decided."""
    table = compiled(
        TYPES,
        [rule(0, cond("land", "in", values=["AR", "HK"])), rule(1, cond("land", "eq", "JP"), start=737000)],
        [rule(0, cond("soort", "eq", "a"), cond("leeftijd", "ge", 18)), rule(1, cond("soort", "eq", "b")),
         rule(2, cond("geboren", "lt", 730000)), rule(3, cond("soort", "empty"), cond("ok", "eq", True))],
        [rule(0, cond("gronden", "present")), rule(1, cond("gronden", "empty"), cond("land", "ne", "AR"))],
        version="shared01",
    )
    table["outputs"] = [{"name": "soort", "type": "keuzelijst", "intermediate": True},
                        {"name": "gronden", "type": "lijst", "intermediate": True}]
    table["tables"][0]["outputs"] = ["soort"]
    table["tables"][1]["outputs"] = ["gronden"]
    return table


def test_early_fields_are_what_is_known_before_the_first_table() -> None:
    table = chained()
    table["derived"] = [{"name": "oud", "type": "ja/nee", "expr": ["name", "leeftijd"]},
                        {"name": "later", "type": "ja/nee", "expr": ["name", "soort"]}]
    assert early_fields(table) == {"land", "leeftijd", "geboren", "ok", "oud"}


def test_one_set_of_rulesets_holds_every_table() -> None:
    plan = translate_workbook(chained())
    assert len(plan.table.chunks) == 1
    assert [(t, i) for t, i, _ in plan.owners] == [(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (1, 3), (2, 0), (2, 1)]
    late = {(t, i): [x["field"] for x in tests] for t, i, tests in plan.owners}
    assert late[(1, 0)] == ["soort"] and late[(2, 0)] == ["gronden"] and late[(0, 0)] == []
    assert plan.fields == (("land",), ("geboren", "leeftijd", "ok"), ("land",))


def _decide(matcher: Any, table: dict[str, Any], facts: dict[str, Any], day: int) -> list[list[int]]:
    """What ``decide`` does: table by table, each table's fields (dates as ordinals), outputs in between."""
    env = dict(facts)
    out = []
    for t in range(3):
        fields = {x["field"] for r in table["tables"][t]["rules"] for x in r["tests"]}
        given = {k: env.get(k) for k in fields} if t == 1 else env  # a table with a date: its own dict
        if t == 1 and isinstance(given.get("geboren"), date):
            given["geboren"] = given["geboren"].toordinal()
        got = matcher.match(table, t, given, day)
        out.append(got)
        if t == 0:
            env["soort"] = "a" if 0 in got else "b" if 1 in got else None
        elif t == 1:
            env["gronden"] = [str(i) for i in got] or None
    return out


def test_a_decision_asserts_once_and_agrees_with_the_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    table = chained()
    asserted = []
    real = adapter._run

    def counting(fact: str, selected: Any) -> list[int]:
        asserted.append(fact)
        return real(fact, selected)

    monkeypatch.setattr(adapter, "_run", counting)
    durable, reference = DurableMatcher(), ReferenceMatcher()
    rng = random.Random(15)
    for _ in range(1_500):
        facts = {"land": rng.choice([None, "AR", "HK", "JP", "NL"]), "leeftijd": rng.choice([None, 17, 18, 40]),
                 "geboren": rng.choice([None, date.fromordinal(729999), date.fromordinal(730000)]),
                 "ok": rng.choice([None, True, False])}
        facts = {k: v for k, v in facts.items() if v is not None or rng.random() < 0.5}
        day = rng.choice([736999, 737000])
        before = len(asserted)
        assert _decide(durable, table, facts, day) == _decide(reference, table, facts, day), (facts, day)
        assert len(asserted) - before <= 1  # the later tables answer from the first assertion


def test_a_later_call_with_other_values_asserts_afresh() -> None:
    table = chained()
    durable, reference = DurableMatcher(), ReferenceMatcher()
    assert durable.match(table, 0, {"land": "AR", "leeftijd": 20}, 737000) == [0]
    # Same thread, same peildatum, but another value for a field of table 1: not the memo's answer.
    for facts in ({"soort": "a", "leeftijd": 17}, {"soort": "a", "leeftijd": 20}, {"soort": "a"},
                  {"soort": None, "ok": True}, {"soort": "b", "leeftijd": 20.0}):
        if isinstance(facts.get("leeftijd"), float):
            with pytest.raises(EngineInputError):  # its own field is held to its type
                durable.match(table, 1, facts, 737000)
            continue
        assert durable.match(table, 1, facts, 737000) == reference.match(table, 1, facts, 737000), facts
    assert durable.match(table, 2, {"land": "AR", "gronden": None}, 737000) == []
    assert durable.match(table, 2, {"land": "HK", "gronden": None}, 737001) == [1]


def test_another_tables_unfit_value_does_not_refuse_this_call() -> None:
    table = chained()
    durable = DurableMatcher()
    # "leeftijd" belongs to table 1; a value it cannot take is left out of the shared fact ...
    assert durable.match(table, 0, {"land": "AR", "leeftijd": "18"}, 737000) == [0]
    # ... so table 1's own call refuses it, rather than answering from the memo.
    with pytest.raises(EngineInputError):
        durable.match(table, 1, {"soort": "a", "leeftijd": "18"}, 737000)


def test_rules_with_the_same_early_tests_are_one_durable_rule() -> None:
    """Rows of two tables that differ only in what they test late fire one durable rule."""
    table = compiled(
        TYPES,
        [rule(0, cond("land", "eq", "AR")), rule(1, cond("land", "eq", "HK"))],
        [rule(0, cond("soort", "eq", "a"), cond("leeftijd", "lt", 18)),
         rule(1, cond("soort", "eq", "b"), cond("leeftijd", "lt", 18)),
         rule(2, cond("leeftijd", "ge", 18))],
        version="shared02",
    )
    table["outputs"] = [{"name": "soort", "type": "keuzelijst", "intermediate": True}]
    table["tables"][0]["outputs"] = ["soort"]
    plan = translate_workbook(table)
    assert plan.same[2] == (2, 3)
    assert sorted(n for c in plan.table.chunks for n in c.rule_index.values()) == [0, 1, 2, 4]
    _agree_on_two_tables(table)


def test_a_rule_without_early_tests_keeps_its_place_among_those_that_fired() -> None:
    """Rules checked only late (no early test) and fired rules with late tests: row order."""
    table = compiled(
        TYPES,
        [rule(0, cond("land", "eq", "AR")), rule(1, cond("land", "eq", "HK"))],
        [rule(0, cond("soort", "eq", "a")), rule(1, cond("soort", "eq", "a"), cond("leeftijd", "ge", 18)),
         rule(2, cond("soort", "present")), rule(3, cond("leeftijd", "lt", 18))],
        version="shared03",
    )
    table["outputs"] = [{"name": "soort", "type": "keuzelijst", "intermediate": True}]
    table["tables"][0]["outputs"] = ["soort"]
    _agree_on_two_tables(table)
    durable = DurableMatcher()
    assert durable.match(table, 0, {"land": "AR", "leeftijd": 20}, 1) == [0]
    assert durable.match(table, 1, {"land": "AR", "leeftijd": 20, "soort": "a"}, 1) == [0, 1, 2]


def test_rules_checked_only_late_keep_their_period() -> None:
    """A later table whose rules test only what earlier ones decided, in force from a day."""
    table = compiled(
        TYPES,
        [rule(0, cond("land", "eq", "AR")), rule(1, cond("land", "eq", "HK"))],
        [rule(0, cond("soort", "empty"), start=5), rule(1, cond("soort", "present"), start=5, end=9),
         rule(2, cond("soort", "empty"), cond("leeftijd", "lt", 18))],
        version="shared04",
    )
    table["outputs"] = [{"name": "soort", "type": "keuzelijst", "intermediate": True}]
    table["tables"][0]["outputs"] = ["soort"]
    durable, reference = DurableMatcher(), ReferenceMatcher()
    for day in (4, 5, 9, 10):
        for facts in ({"land": "NL", "leeftijd": 17}, {"land": "AR", "leeftijd": 20}):
            assert durable.match(table, 0, facts, day) == reference.match(table, 0, facts, day)
            later = {**facts, "soort": "a" if facts["land"] == "AR" else None}
            assert durable.match(table, 1, later, day) == reference.match(table, 1, later, day), (later, day)


def _agree_on_two_tables(table: dict[str, Any]) -> None:
    """Table 0 sets ``soort`` from ``land``; table 1 reads it: durable and the reference agree."""
    durable, reference = DurableMatcher(), ReferenceMatcher()
    for land in ("AR", "HK", None):
        for age in (17, 18, None):
            facts = {"land": land, "leeftijd": age}
            first = durable.match(table, 0, facts, 1)
            assert first == reference.match(table, 0, facts, 1)
            later = {**facts, "soort": "a" if 0 in first else "b" if 1 in first else None}
            assert durable.match(table, 1, later, 1) == reference.match(table, 1, later, 1), later
