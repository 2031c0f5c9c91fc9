"""durable's fixed limits that a table passing `check` could reach, each lifted by the adapter.

Each test first shows the limit in durable itself (one hand-made ruleset), then that a table
which would reach it decides like the reference. See the ``policy.engine`` docstring.
"""

from __future__ import annotations

import json
import math
import random
from typing import Any

import durable_rules_engine
import pytest

from policy.engine import DurableMatcher
from policy.engine.encode import KINDS, FactEncoder, dump
from policy.engine.matcher import _plan, _prepare
from policy.engine.network import MAX_STACK, STACK_LIMIT, Network
from policy.engine.translate import _field_rank, _pieces
from policy.reference import ReferenceMatcher
from tests.unit.engine.generated import LANDEN, TYPES, random_day, random_facts, random_test
from tests.unit.engine.tables import compiled, cond, rule

DURABLE = DurableMatcher()
REFERENCE = ReferenceMatcher()


def _one_ruleset(name: str, table: dict[str, Any]) -> tuple[int, FactEncoder, Network]:
    """Register all rows of ``table`` as one durable ruleset, as the adapter would without its
    limits, with the network model of that ruleset."""
    rules = table["tables"][0]["rules"]
    types = {spec["name"]: spec["type"] for spec in table["inputs"]}
    names = sorted({t["field"] for r in rules for t in r["tests"]})
    props = {n: (f"f{i}", KINDS[types[n]]) for i, n in enumerate(names)}
    rank = _field_rank(rules, names)
    pieces = [p for r in rules for p in _pieces(r, props, rank, "t")]
    network = Network()
    for p in pieces:
        network.add(p.patterns)
    handle = durable_rules_engine.create_ruleset(name, dump({p.name: p.definition() for p in pieces}))
    return handle, FactEncoder(tuple((n, props[n][0], types[n]) for n in names)), network


def _assert(handle: int, body: str) -> None:
    """Assert one fact and take it back (raises durable's error)."""
    fact = '{"sid":"limits","id":1,"k":1,"d":' + body
    code, state = durable_rules_engine.assert_fact(handle, fact)
    if code == 0:
        message = durable_rules_engine.start_action_for_state(handle, state)
        while message is not None:
            message = durable_rules_engine.complete_and_start_action(handle, state)
        durable_rules_engine.retract_fact(handle, fact)


def _bands(n: int, version: str, **extra: Any) -> dict[str, Any]:
    return compiled({"x": "geheel getal", "land": "landcode"},
                    [rule(i, cond("x", "between", low=10 * i, high=10 * i + 10, high_inclusive=False), **extra)
                     for i in range(n)], version=version)


def test_bands_on_one_field_beyond_durables_stack_are_split() -> None:
    # Durable: a fact at the top band passes every `>= low` below it at once; 64 fit its stack.
    handle, encoder, network = _one_ruleset("limits-bands-70", _bands(70, "b70"))
    assert network.stack == 70 > STACK_LIMIT
    _assert(handle, encoder.encode({"x": 635}, 1))  # 64 bands below: still fits
    with pytest.raises(durable_rules_engine.error, match="303"):
        _assert(handle, encoder.encode({"x": 645}, 1))
    # The adapter: chunks within the stack, indexed by the field's bounds.
    for n in (62, 70, 500):
        table = _bands(n, f"bands{n}")
        plan = _plan(table, 0)[0]
        assert all(c.stack <= MAX_STACK for c in plan.chunks) and len(plan.chunks) > 1
        for x in list(range(-5, 10 * n + 5, 3)) + [None]:
            facts = {"x": x}
            assert DURABLE.match(table, 0, facts, 1) == REFERENCE.match(table, 0, facts, 1), x


def test_whole_number_hulls_keep_a_boundary_value_to_one_chunk() -> None:
    # ``[10i..10i+10[`` on a whole number holds 10i..10i+9: a value on a boundary (10i) is
    # asserted into the one chunk that can match it, not also into the chunk of the band below.
    table = _bands(500, "whole500")
    plan = _plan(table, 0)[0]
    bounds = [dict((f, (lo, hi)) for f, lo, hi in c.bounds)["x"] for c in plan.chunks]
    assert all(lo % 10 == 0 and hi % 10 == 9 for lo, hi in bounds), bounds
    prepared = _prepare(table, 0)
    for x in range(0, 5000, 10):
        assert len(prepared.index.select({"x": x}, 1)) == 1, x
    # Strict and loose comparisons, whole and fractional bounds: hulls stay sound.
    for op, value, lo, hi in (("lt", 10, -math.inf, 9), ("le", 10, -math.inf, 10), ("gt", 10, 11, math.inf),
                              ("ge", 10, 10, math.inf), ("lt", 9.5, -math.inf, 9), ("gt", 9.5, 10, math.inf),
                              ("ge", 2.5, 3, math.inf), ("le", 2.5, -math.inf, 2)):
        rows = [rule(0, cond("x", op, value)), rule(1, cond("x", "between", low=2.5, high=7.5,
                                                              low_inclusive=False, high_inclusive=True))]
        one = compiled({"x": "geheel getal"}, rows, version=f"whole-{op}-{value}")
        props = {"x": ("f0", "int")}
        first, second = (_pieces(r, props, {"x": 0}, "t")[0] for r in one["tables"][0]["rules"])
        assert first.bounds["x"] == (lo, hi), (op, value)
        assert second.bounds["x"] == (3, 7)
        for x in range(-3, 15):
            assert DURABLE.match(one, 0, {"x": x}, 1) == REFERENCE.match(one, 0, {"x": x}, 1), (op, value, x)


@pytest.mark.parametrize("kind", ["geheel getal", "getal"])
def test_bands_of_a_big_table_are_found_through_guards(kind: str) -> None:
    # A big table's chunks reach their bands through shared halving guards (``< s`` / ``>= s``):
    # a fact passes one of each pair instead of the lower bound of every band below it. Bands
    # here overlap, leave gaps, and use every kind of bound, so guards are added only where a
    # row's own band implies them; every value on, beside and between the bounds must decide
    # as the reference does.
    rng = random.Random(401 if kind == "getal" else 400)
    rows = []
    for i in range(400):
        low = 10 * i + rng.choice([0, 0, 0, 3, -4]) + (rng.choice([0, 0.5]) if kind == "getal" else 0)
        high = low + rng.choice([10, 10, 10, 6, 15])
        band = cond("x", "between", low=low, high=high, low_inclusive=rng.random() < 0.8,
                    high_inclusive=rng.random() < 0.2)
        extra = [cond("land", "eq", rng.choice(LANDEN))] if rng.random() < 0.5 else []
        rows.append(rule(i, band, *extra))
    table = compiled({"x": kind, "land": "landcode"}, rows, version=f"guards-{kind}")
    plan = _plan(table, 0)[0]
    assert len(plan.chunks) > 1
    guarded = 0
    for chunk in plan.chunks:
        definition = json.loads(chunk.text)
        heads = {json.dumps(p["m"]["$and"][1], sort_keys=True) for p in (r["all"][0] for r in definition.values())}
        guarded += len(heads) <= 2  # the root of the chunk: one guard pair, not one lower bound per band
    assert guarded >= len(plan.chunks) // 2, guarded
    points = sorted({v + d for r in rows for t in r["tests"] if t["field"] == "x" for v in (t["low"], t["high"])
                     for d in (-1, -0.5, 0, 0.5, 1)})
    for x in points:
        for land in ("NZ", "JP", None):
            facts = {"x": int(x) if kind == "geheel getal" else x, "land": land}
            if kind == "geheel getal" and x != int(x):
                continue
            assert DURABLE.match(table, 0, facts, 1) == REFERENCE.match(table, 0, facts, 1), facts


def test_many_validity_periods_are_split() -> None:
    # 100 rows in force from 100 different days: on a late peildatum a fact passes all of them.
    table = compiled({"x": "geheel getal"}, [rule(i, cond("x", "ge", 0), start=738000 + i) for i in range(100)],
                     version="days100")
    handle, encoder, network = _one_ruleset("limits-days-100", table)
    with pytest.raises(durable_rules_engine.error, match="303"):
        _assert(handle, encoder.encode({"x": 1}, 738200))
    for day in (737999, 738000, 738050, 738099, 738500):
        assert DURABLE.match(table, 0, {"x": 1}, day) == REFERENCE.match(table, 0, {"x": 1}, day)


def test_a_row_with_many_lists_is_split_into_patterns() -> None:
    # Durable: 15 `$or` tests in one rule exceed its 32 expression markers (error 113).
    fields = {f"s{i}": "keuzelijst" for i in range(40)}
    lists = [cond(f"s{i}", "in", values=["a", "b"]) for i in range(40)]
    raw = {"$and": [{"k": 1}] + [{"$or": [{f"f{i}": "a"}, {f"f{i}": "b"}]} for i in range(15)]}
    durable_rules_engine.create_ruleset("limits-or-14", dump({"r0": {"all": [{"m": {"$and": raw["$and"][:15]}}]}}))
    with pytest.raises(durable_rules_engine.error, match="113"):
        durable_rules_engine.create_ruleset("limits-or-15", dump({"r0": {"all": [{"m": raw}]}}))
    table = compiled(fields, [rule(0, *lists), rule(1, *lists[:20]), rule(2, *lists[20:])], version="or40")
    rng = random.Random(40)
    for _ in range(300):
        facts = {name: rng.choice(["a", "b", "a", "b", "c", None]) for name in fields}
        assert DURABLE.match(table, 0, facts, 1) == REFERENCE.match(table, 0, facts, 1), facts
    everything = {name: "a" for name in fields}
    assert DURABLE.match(table, 0, everything, 1) == [0, 1, 2]


def test_long_lists_become_variants() -> None:
    numbers = list(range(0, 3000, 3))  # 1,000 values: five durable rules
    table = compiled({"n": "geheel getal", "land": "landcode"},
                     [rule(0, cond("n", "in", values=numbers)), rule(1, cond("n", "not_in", values=numbers)),
                      rule(2, cond("land", "in", values=LANDEN), cond("n", "in", values=numbers[:450]))],
                     version="long")
    for n in (0, 1, 3, 1347, 1348, 2997, 2998, 3000, None):
        for land in ("AA", "HH", None):
            facts = {"n": n, "land": land}
            assert DURABLE.match(table, 0, facts, 1) == REFERENCE.match(table, 0, facts, 1), facts


def test_many_rows_sharing_a_list_value() -> None:
    # 300 rows whose lists share AR: durable keeps 128 "forward" children per node (error 107).
    table = compiled({"land": "landcode", "x": "geheel getal"},
                     [rule(i, cond("land", "in", values=["AR", LANDEN[i % 60]]), cond("x", "le", i)) for i in range(300)],
                     version="shared")
    for land in ("AR", "AA", "BB", "ZZ", None):
        for x in (0, 150, 299, 300):
            facts = {"land": land, "x": x}
            assert DURABLE.match(table, 0, facts, 1) == REFERENCE.match(table, 0, facts, 1), facts


def test_the_stack_bound_is_sound() -> None:
    """Random rulesets registered whole: durable never fails where the model says the stack fits."""
    rng = random.Random(303)
    fits = fails = 0
    for trial in range(60):
        rules = []
        for i in range(rng.randint(20, 150)):
            tests = []
            if rng.random() < 0.7:
                low = rng.randint(0, 100)
                tests.append(cond("leeftijd", "between", low=low, high=low + rng.randint(0, 20)))
            for field in rng.sample(sorted(TYPES), rng.randint(0, 3 if trial % 2 else 1)):
                if field not in {t["field"] for t in tests}:
                    tests.append(random_test(rng, field))
            start = 738000 - rng.randint(0, 400) if rng.random() < 0.4 else None
            rules.append(rule(i, *tests, start=start))
        table = compiled(TYPES, rules, version=f"sound{trial}")
        handle, encoder, network = _one_ruleset(f"limits-sound-{trial}", table)
        if network.children > 400 or network.next_list > 100:
            continue
        failed = False
        for _ in range(150):
            facts = random_facts(rng)
            facts["leeftijd"] = rng.choice([None, rng.randint(0, 130), rng.randint(90, 130)])
            try:
                _assert(handle, encoder.encode(facts, random_day(rng)))
            except durable_rules_engine.error as exc:
                assert "303" in str(exc)
                failed = True
                break
        assert not (failed and network.stack <= STACK_LIMIT), (trial, network.stack)
        fits += network.stack <= STACK_LIMIT
        fails += failed
    assert fits >= 20 and fails >= 1  # both sides of the bound were seen


def test_fields_per_table() -> None:
    from policy.engine import EngineTableError
    from policy.engine.translate import MAX_FIELDS

    wide = {f"v{i}": "ja/nee" for i in range(MAX_FIELDS + 1)}
    table = compiled(wide, [rule(0, *[cond(f"v{i}", "eq", True) for i in range(MAX_FIELDS)])], version="fields")
    facts = {f"v{i}": True for i in range(MAX_FIELDS)}
    assert DURABLE.match(table, 0, facts, 1) == [0]
    assert DURABLE.match(table, 0, {**facts, "v3": False}, 1) == []
    over = compiled(wide, [rule(0, *[cond(f"v{i}", "eq", True) for i in range(MAX_FIELDS + 1)])], version="fields+")
    with pytest.raises(EngineTableError):
        DURABLE.match(over, 0, facts, 1)
    assert json.dumps(MAX_FIELDS) == "150"
