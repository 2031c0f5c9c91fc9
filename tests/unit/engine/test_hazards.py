"""Each measured durable-rules hazard, pinned (see the ``policy.engine`` docstring)."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import durable_rules_engine
import pytest

from policy.engine import (
    DurableMatcher,
    EngineError,
    EngineInputError,
    EngineTableError,
    SessionPool,
    registered_rulesets,
)
from policy.engine.matcher import _plan, _run
from policy.engine.translate import MAX_RULES_PER_RULESET, MAX_TERMS_PER_RULESET
from policy.errors import PolicyError
from policy.reference import ReferenceMatcher
from tests.unit.engine.tables import compiled, cond, rule

ROOT = Path(__file__).resolve().parents[3]
TYPES = {"land": "landcode", "leeftijd": "geheel getal", "uren": "getal", "geboren": "datum",
         "ok": "ja/nee", "gronden": "lijst", "naam": "tekst"}
DURABLE = DurableMatcher()


def run_isolated(code: str, timeout: float = 60) -> str:
    """Run ``code`` in a fresh interpreter (a hang or segfault must not take pytest with it)."""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_no_host_and_no_threads() -> None:
    out = run_isolated(
        "import sys, threading, json\n"
        "from policy.engine import DurableMatcher\n"
        "from tests.unit.engine.tables import compiled, cond, rule\n"
        "t = compiled({'land': 'landcode'}, [rule(0, cond('land', 'eq', 'AR')), rule(1)])\n"
        "m = DurableMatcher()\n"
        "got = [m.match(t, 0, {'land': c}, 1) for c in ('AR', 'HK') * 500]\n"
        "print(json.dumps({'modules': sorted(n for n in sys.modules if n.split('.')[0] in ('durable', 'durable_rules_engine')),\n"
        "                  'threads': threading.active_count(), 'first': got[:2]}))\n"
    )
    report = json.loads(out)
    assert report == {"modules": ["durable_rules_engine"], "threads": 1, "first": [[0, 1], [1]]}


def test_sessions_and_rulesets_are_never_deleted() -> None:
    # delete_state on a session in which no action ran segfaults; rulesets are keyed by name.
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "policy" / "engine").glob("*.py"))
    calls = [name for name in ("delete_state", "delete_ruleset", "assert_event", "start_timer") if f".{name}(" in source]
    assert calls == []


def test_all_matching_rules_fire() -> None:
    # As an event, this fact would fire only one of the three rules.
    table = compiled(TYPES, [rule(0, cond("land", "eq", "AR")), rule(1, cond("leeftijd", "ge", 18)), rule(2)])
    assert DURABLE.match(table, 0, {"land": "AR", "leeftijd": 20}, 1) == [0, 1, 2]


def _handles(table: dict[str, Any], index: int = 0) -> tuple[int, ...]:
    return _plan(table, index)[1]


def test_nothing_accumulates() -> None:
    pool = SessionPool(limit=2, name="acc")
    matcher = DurableMatcher(pool)
    table = compiled(TYPES, [rule(0, cond("land", "eq", "AR")), rule(1, cond("land", "ne", "AR")), rule(2)])
    facts = {"land": "AR", "leeftijd": 20}
    for _ in range(2_000):  # the identical fact, again and again: never "already observed"
        assert matcher.match(table, 0, facts, 1) == [0, 2]
    assert matcher.match(table, 0, {"land": "HK"}, 1) == [1, 2]
    nothing = compiled(TYPES, [rule(0, cond("leeftijd", "ge", 18))])
    assert matcher.match(nothing, 0, {"leeftijd": 10}, 1) == []  # passes no rule: never stored
    assert pool.created == 1
    assert json.loads(durable_rules_engine.get_facts(_handles(nothing)[0], "acc1")) == []
    for handle in _handles(table):
        assert json.loads(durable_rules_engine.get_facts(handle, "acc1")) == []


def test_threads_that_come_and_go_share_a_bounded_pool() -> None:
    pool = SessionPool(limit=4, name="pooltest")
    matcher = DurableMatcher(pool)
    table = compiled(TYPES, [rule(0, cond("leeftijd", "ge", 18)), rule(1, cond("leeftijd", "lt", 18))])
    wrong: list[Any] = []

    def work(n: int) -> None:
        for age in (n % 40, (n * 7) % 40):
            got = matcher.match(table, 0, {"leeftijd": age}, 1)
            if got != ([0] if age >= 18 else [1]):
                wrong.append((age, got))

    # 1,100 short-lived threads, 50 alive at a time: more than durable's 1,024 sessions per
    # ruleset if each thread kept its own, yet only the pool's four sessions ever exist.
    for batch in range(22):
        threads = [threading.Thread(target=work, args=(batch * 50 + i,)) for i in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert wrong == []
    assert pool.created <= 4
    assert pool.busy == 0


def test_a_refused_call_returns_its_session() -> None:
    pool = SessionPool(limit=1, name="refused")
    matcher = DurableMatcher(pool)
    table = compiled(TYPES, [rule(0, cond("leeftijd", "ge", 18))])
    for _ in range(5):
        with pytest.raises(EngineInputError):
            matcher.match(table, 0, {"leeftijd": "18"}, 1)
    assert matcher.match(table, 0, {"leeftijd": 18}, 1) == [0]
    assert (pool.created, pool.busy) == (1, 0)


def test_engine_errors_are_not_swallowed() -> None:
    table = compiled(TYPES, [rule(0, cond("uren", "gt", 1))])
    handles = _handles(table)
    selected = [(handles[0], {"r0": 0})]
    assert _run('{"sid":"errors","id":1,"k":1,"d":1,"f0":2}', selected) == [0]  # f0: uren
    with pytest.raises(EngineError) as caught:
        _run('{"sid":"errors","id":1,"k":1,"d":1,"f0":2e5}', selected)  # durable cannot read exponents
    assert isinstance(caught.value, PolicyError)
    assert json.loads(durable_rules_engine.get_facts(handles[0], "errors")) == []


def test_large_tables_are_split() -> None:
    # In one ruleset, 600 distinct equalities hang durable and 300 identical rules crash it.
    out = run_isolated(
        "import json\n"
        "from policy.engine import DurableMatcher\n"
        "from policy.engine.matcher import _plan\n"
        "from tests.unit.engine.tables import compiled, cond, rule\n"
        "m = DurableMatcher()\n"
        "distinct = compiled({'n': 'geheel getal'}, [rule(i, cond('n', 'eq', i)) for i in range(600)])\n"
        "same = compiled({'n': 'geheel getal'}, [rule(i, cond('n', 'eq', 3)) for i in range(300)])\n"
        "wide = compiled({'n': 'geheel getal'}, [rule(i, cond('n', 'in', values=list(range(i * 6, i * 6 + 6)))) for i in range(100)])\n"
        "plans = [_plan(t, 0)[0] for t in (distinct, same, wide)]\n"
        "print(json.dumps({'distinct': [m.match(distinct, 0, {'n': v}, 1) for v in (0, 3, 599, 600)],\n"
        "  'same': m.match(same, 0, {'n': 3}, 1) == list(range(300)),\n"
        "  'wide': [m.match(wide, 0, {'n': v}, 1) for v in (0, 5, 6, 599, 600)],\n"
        "  'chunks': [[len(c.rule_index) for c in p.chunks] for p in plans],\n"
        "  'terms': [max(c.terms for c in p.chunks) for p in plans]}))\n",
        timeout=120,
    )
    report = json.loads(out)
    assert report["distinct"] == [[0], [3], [599], []]
    assert report["same"] is True
    assert report["wide"] == [[0], [0], [1], [99], []]
    for sizes in report["chunks"]:
        assert len(sizes) > 1 and max(sizes) <= MAX_RULES_PER_RULESET
    assert max(report["terms"]) <= MAX_TERMS_PER_RULESET


def test_empty_only_rule_terminates() -> None:
    out = run_isolated(
        "from policy.engine import DurableMatcher\n"
        "from tests.unit.engine.tables import compiled, cond, rule\n"
        "t = compiled({'land': 'landcode'}, [rule(0, cond('land', 'empty'))])\n"
        "m = DurableMatcher()\n"
        "print(m.match(t, 0, {}, 1), m.match(t, 0, {'land': None}, 1), m.match(t, 0, {'land': 'AR'}, 1))\n",
        timeout=30,
    )
    assert out.strip() == "[0] [0] []"


@pytest.mark.parametrize(("field", "value"), [
    ("leeftijd", "18"), ("leeftijd", 18.0), ("leeftijd", True), ("leeftijd", 2**60),
    ("uren", "1.5"), ("uren", float("nan")), ("uren", float("inf")), ("uren", 1e300), ("uren", False),
    ("ok", 0), ("ok", 1), ("ok", "false"), ("ok", "nee"), ("ok", None.__class__),
    ("land", 5), ("land", ["AR"]), ("land", {}), ("land", b"AR"),
    ("geboren", "2020-01-01"), ("geboren", __import__("datetime").date(2020, 1, 1)),
    ("gronden", "leeftijd"), ("gronden", ("leeftijd",)), ("gronden", [1]),
    ("naam", "x" * 20_000),
])
def test_coercion_is_refused(field: str, value: Any) -> None:
    table = compiled(TYPES, [rule(0, cond(field, "present"))])
    with pytest.raises(EngineInputError) as caught:
        DURABLE.match(table, 0, {field: value}, 1)
    assert isinstance(caught.value, PolicyError)
    assert field in caught.value.message


@pytest.mark.parametrize("key", ["sid", "id"])
def test_reserved_keys_are_refused(key: str) -> None:
    table = compiled(TYPES, [rule(0)])
    with pytest.raises(EngineInputError):
        DURABLE.match(table, 0, {key: "x"}, 1)


@pytest.mark.parametrize("peildatum", ["2020-01-01", 737000.0, True, None])
def test_peildatum_must_be_an_ordinal(peildatum: Any) -> None:
    with pytest.raises(EngineInputError):
        DURABLE.match(compiled(TYPES, [rule(0)]), 0, {}, peildatum)


@pytest.mark.parametrize("test", [
    cond("leeftijd", "ge", "18"),
    cond("ok", "eq", 0),
    cond("ok", "in", values=[True, 1]),
    cond("uren", "eq", True),
    cond("land", "lt", "AR"),
    cond("ok", "between", low=False, high=True),
    cond("gronden", "eq", "leeftijd"),
    cond("gronden", "in", values=["a"]),
    cond("onbekend", "eq", 1),
    {"field": "land", "op": "matches", "value": "A.*"},
])
def test_tables_durable_cannot_run_faithfully_are_refused(test: dict[str, Any]) -> None:
    table = compiled(TYPES, [rule(0, test)])
    with pytest.raises(EngineTableError):
        DURABLE.match(table, 0, {"leeftijd": 18}, 1)


def test_registration_is_idempotent_and_pure() -> None:
    table = compiled(TYPES, [rule(0, cond("land", "in", values=["AR", "HK"])), rule(1, cond("uren", "gt", 0.5))],
                     [rule(0, cond("ok", "eq", True))], version="a1b2c3d4e5f6a7b8")
    pristine = copy.deepcopy(table)
    before = set(registered_rulesets())
    assert DurableMatcher().match(table, 0, {"land": "HK", "uren": 1}, 1) == [0, 1]
    assert DurableMatcher().match(table, 1, {"ok": True}, 1) == [0]
    new = sorted(set(registered_rulesets()) - before)
    assert len(new) == 1  # both tables in one ruleset: one assertion per decision
    assert new[0].startswith("rw-a1b2c3d4e5f6-w-c0-")
    single = compiled(TYPES, [rule(0, cond("ok", "eq", True))], version="a1b2c3d4e5f6a7b8")
    assert DurableMatcher().match(single, 0, {"ok": True}, 1) == [0]
    assert [n for n in set(registered_rulesets()) - before if n not in new][0].startswith("rw-a1b2c3d4e5f6-t0-c0-")
    new = sorted(set(registered_rulesets()) - before)
    # Another copy of the same version: same names, nothing registered again.
    twin = copy.deepcopy(table)
    assert DurableMatcher().match(twin, 0, {"land": "AR"}, 1) == [0]
    assert set(registered_rulesets()) - before == set(new)
    # The compiled dicts were only read.
    assert table == pristine and twin == pristine
    # Different rules under the same version get a different name, not the old ruleset.
    changed = copy.deepcopy(table)
    changed["tables"][0]["rules"][0]["tests"][0]["values"] = ["JP"]
    assert DurableMatcher().match(changed, 0, {"land": "AR"}, 1) == []
    assert DurableMatcher().match(changed, 0, {"land": "JP"}, 1) == [0]
    assert len(set(registered_rulesets()) - before) == 3
    assert DurableMatcher().match(changed, 1, {"ok": True}, 1) == [0]


def test_durable_agrees_with_the_reference_on_a_mixed_table() -> None:
    table = compiled(TYPES, [
        rule(0, cond("land", "in", values=["AR", "HK"]), cond("leeftijd", "between", low=18, high=30)),
        rule(1, cond("land", "not_in", values=["AR", "HK"]), start=737000),
        rule(2, cond("gronden", "empty"), cond("ok", "ne", False), end=737500),
        rule(3, cond("uren", "not_between", low=8.5, high=32, low_inclusive=False)),
        rule(4, cond("geboren", "ge", 730000), cond("naam", "present")),
    ])
    reference = ReferenceMatcher()
    values = {"land": [None, "AR", "HK", "JP"], "leeftijd": [None, 17, 18, 30, 31], "ok": [None, True, False],
              "gronden": [None, [], ["x"]], "uren": [None, 8, 8.5, 9, 32, 32.5], "geboren": [None, 729999, 730000],
              "naam": [None, "", "Jan"]}
    rng = random.Random(7)
    for _ in range(3_000):
        facts = {k: rng.choice(v) for k, v in values.items()}
        day = rng.choice([736999, 737000, 737500, 737501])
        assert DURABLE.match(table, 0, facts, day) == reference.match(table, 0, facts, day), (facts, day)
