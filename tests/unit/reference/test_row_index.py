"""The reference matcher's row index on large tables: the same rows as testing every row."""

from __future__ import annotations

import random
from typing import Any

from policy.reference import ReferenceMatcher
from policy.reference.matcher import RowIndex, compile_predicate
from tests.unit.engine.generated import LANDEN, random_day, random_facts, random_table
from tests.unit.engine.tables import compiled, cond, rule


def every_row(table: dict[str, Any], facts: dict[str, Any], day: int) -> list[int]:
    return [r["index"] for r in table["tables"][0]["rules"]
            if (r["from"] is None or r["from"] <= day) and (r["to"] is None or day <= r["to"])
            and all(compile_predicate(t)(facts.get(t["field"])) for t in r["tests"])]


def _index(table: dict[str, Any]) -> RowIndex:
    return RowIndex(table["tables"][0]["rules"])


def test_a_keyed_table_is_indexed_by_its_pinned_column_and_matches_like_every_row() -> None:
    rng = random.Random(15)
    table = random_table(rng, 600)
    assert (_index(table).field, _index(table).kind) == ("land", 1)
    matcher = ReferenceMatcher()
    for n in range(2_000):
        facts = random_facts(rng)
        if n % 2:
            facts["land"] = rng.choice(LANDEN)
        if n % 7 == 0:
            facts["land"] = rng.choice([["AA"], 5, True, float("nan")])  # values no pin can place
        day = random_day(rng)
        assert matcher.match(table, 0, facts, day) == every_row(table, facts, day), (facts, day)


def test_a_banded_table_is_indexed_by_its_range_column() -> None:
    rules = [rule(i, cond("n", "between", low=10 * i, high=10 * (i + 1), high_inclusive=False),
                  cond("land", "in", values=[LANDEN[i % 5], LANDEN[5 + i % 3]])) for i in range(300)]
    rules += [rule(300, cond("n", "ge", 1_000)), rule(301, cond("n", "eq", 55)), rule(302, cond("n", "in", values=[3, 2_990]))]
    table = compiled({"n": "geheel getal", "land": "landcode"}, rules)
    index = _index(table)
    assert (index.field, index.kind) == ("n", 2)
    assert index.free == (300,)  # `>= 1000` is no band: tested for every value
    assert 300 in index.positions(55) and len(index.positions(55)) <= 5
    matcher = ReferenceMatcher()
    rng = random.Random(3)
    for _ in range(2_000):
        facts = {"n": rng.choice([None, rng.randrange(-5, 3_100), rng.randrange(0, 3_000) + 0.5, True]),
                 "land": rng.choice(LANDEN[:8] + [None])}
        assert matcher.match(table, 0, facts, 1) == every_row(table, facts, 1), facts


def test_small_tables_are_walked_row_by_row() -> None:
    table = random_table(random.Random(1), 20)
    assert _index(table).field is None


def test_rows_pinned_to_no_value_are_never_candidates() -> None:
    """`in` an empty list holds for no value: such rows are narrowed to nothing, not to everything."""
    rules = [rule(i, cond("land", "in", values=[])) for i in range(40)] + [rule(40, cond("land", "ne", "AA"))]
    table = compiled({"land": "landcode"}, rules)
    index = _index(table)
    assert (index.field, index.kind, index.free) == ("land", 1, (40,))
    matcher = ReferenceMatcher()
    for value in ["AA", "AB", None, 3]:
        assert matcher.match(table, 0, {"land": value}, 1) == every_row(table, {"land": value}, 1)
