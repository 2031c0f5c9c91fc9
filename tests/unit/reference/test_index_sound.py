"""The row index leaves out only rows that cannot hold: the indexed matcher gives exactly the rows
of the plain row walk, on generated tables and facts (absent and null values, values of another
type, rows without a test on the key column or with only `!=`, `niet`, `leeg`, `niet leeg` on it)."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from policy.reference import ReferenceMatcher
from policy.reference.matcher import INDEX_MIN_RULES, RowIndex, compile_predicate
from tests.unit.engine.tables import compiled, cond, rule

TEXTS = [chr(c) for c in range(ord("A"), ord("M"))]  # twelve values: a selective key
NUMBERS = [-1, 0, 1, 2, 2.5, 3, 5, 7.5, 10, 12, 15, 20, 30]
FIELDS = {"s": "tekst", "n": "getal", "b": "ja/nee"}
DAYS = [None, 100, 200, 300]


def every_row(table: dict[str, Any], facts: dict[str, Any], day: int) -> list[int]:
    """The oracle of the oracle: every rule in force whose every test holds, in row order."""
    return [r["index"] for r in table["tables"][0]["rules"]
            if (r["from"] is None or r["from"] <= day) and (r["to"] is None or day <= r["to"])
            and all(compile_predicate(t)(facts.get(t["field"])) for t in r["tests"])]


def row_tests(rng: random.Random, field: str, key: bool, pinned: float) -> list[dict[str, Any]]:
    """Zero to two tests of one rule on ``field``; on the key column a share ``pinned`` of the rows
    start with a `=`/`in`/`[a..b]` (the rest may have none, or only tests that do not narrow)."""
    if field == "s":
        narrowing = [cond("s", "eq", rng.choice(TEXTS)), cond("s", "in", values=rng.sample(TEXTS, rng.randint(0, 2)))]
        other = [cond("s", "ne", rng.choice(TEXTS)), cond("s", "empty"), cond("s", "present"),
                 cond("s", "not_in", values=rng.sample(TEXTS, rng.randint(1, 3)))]
    elif field == "n":
        lo, hi = rng.choice(NUMBERS), rng.choice(NUMBERS)  # low > high too: a range nothing is in
        bounds = {"low": lo, "high": hi, "low_inclusive": rng.random() < 0.5, "high_inclusive": rng.random() < 0.5}
        narrowing = [cond("n", "between", **bounds), cond("n", "eq", rng.choice(NUMBERS)),
                     cond("n", "in", values=rng.sample(NUMBERS, rng.randint(0, 3)))]
        other = [cond("n", op, rng.choice(NUMBERS)) for op in ("ne", "lt", "le", "gt", "ge")]
        other += [cond("n", "not_between", **bounds), cond("n", "not_in", values=[lo, hi]), cond("n", "empty"),
                  cond("n", "present")]
    else:
        narrowing = [cond("b", "eq", rng.random() < 0.5)]
        other = [cond("b", "ne", rng.random() < 0.5), cond("b", "empty"), cond("b", "present")]
    tests = [rng.choice(narrowing)] if key and rng.random() < pinned else rng.sample(narrowing + other, rng.randint(0, 1))
    return tests + rng.sample(narrowing + other, rng.randint(0, 1))


@st.composite
def tables(draw: st.DrawFn) -> dict[str, Any]:
    """A table of 32 to 96 rows with a key column (its rows drawn from a seed hypothesis picks)."""
    key = draw(st.sampled_from(sorted(FIELDS)))
    rows = draw(st.integers(INDEX_MIN_RULES, 3 * INDEX_MIN_RULES))
    pinned = draw(st.sampled_from([0.0, 0.5, 0.8, 0.95, 1.0]))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    rules = []
    for i in range(rows):
        tests = [t for field in sorted(FIELDS) for t in row_tests(rng, field, field == key, pinned)]
        rng.shuffle(tests)
        rules.append(rule(i, *tests, start=rng.choice(DAYS), end=rng.choice(DAYS)))
    return compiled(FIELDS, rules)


#: Per field the values a fact may hold: of its type, of another type, null, an (empty) list.
VALUES = {
    "s": st.sampled_from(TEXTS + ["Z", "", 1, 2.5, True, None, [], ["A"]]),
    "n": st.sampled_from(NUMBERS + [-5, 4, 100, 0.0, 1.0, True, False, None, float("nan"), float("inf")]),
    "b": st.sampled_from([True, False, None, 0, 1, "ja", [], [True]]),
}
FACTS = st.fixed_dictionaries({}, optional=VALUES)  # a field left out is absent


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(table=tables(), cases=st.lists(st.tuples(FACTS, st.integers(50, 350)), min_size=1, max_size=25))
def test_the_indexed_matcher_matches_the_plain_row_walk(table: dict[str, Any], cases: list[Any]) -> None:
    index = RowIndex(table["tables"][0]["rules"])
    event(f"index on {index.field} (kind {index.kind})")
    matcher = ReferenceMatcher()
    for facts, day in cases:
        assert matcher.match(table, 0, facts, day) == every_row(table, facts, day), (facts, day)
        if index.field is not None:  # the index alone leaves out only rows that fail on the key
            positions = index.positions(facts.get(index.field))
            assert list(positions) == sorted(set(positions))
            rules = table["tables"][0]["rules"]
            for pos, r in enumerate(rules):
                if pos not in positions:
                    assert not all(compile_predicate(t)(facts.get(t["field"])) for t in r["tests"]), (r, facts)
