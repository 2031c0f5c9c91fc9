"""A generated 2,000-row table is split into chunks and still matches like the reference."""

from __future__ import annotations

import random
from collections import Counter

from policy.engine import DurableMatcher
from policy.engine.matcher import _plan
from policy.engine.translate import MAX_RULES_PER_RULESET, MAX_TERMS_PER_RULESET
from policy.reference import ReferenceMatcher
from tests.unit.engine.generated import LANDEN, random_day, random_facts, random_table


def test_two_thousand_rows() -> None:
    rng = random.Random(2000)
    table = random_table(rng, 2_000)
    plan = _plan(table, 0)[0]
    assert len(plan.chunks) >= 10
    assert all(len(c.rule_index) <= MAX_RULES_PER_RULESET and c.terms <= MAX_TERMS_PER_RULESET for c in plan.chunks)
    # Every row is held; a row with a list on the grouping field is one durable rule per value.
    held = [(name, i) for c in plan.chunks for name, i in c.rule_index.items()]
    assert sorted({i for _, i in held}) == list(range(2_000))
    for name, i in held:
        assert name == f"r{i}" or name.startswith(f"r{i}e"), name
    lists = {r["index"]: len(t["values"]) for r in table["tables"][0]["rules"] for t in r["tests"]
             if t["field"] == "land" and t["op"] == "in"}
    assert Counter(i for _, i in held) == Counter({i: lists.get(i, 1) for i in range(2_000)})
    assert plan.group_field == "land"
    assert sum(1 for c in plan.chunks if c.pins and c.pins[0][0] == "land") >= 10

    durable, reference = DurableMatcher(), ReferenceMatcher()
    matched = 0
    for n in range(1_500):
        facts = random_facts(rng)
        if n % 2:
            facts["land"] = rng.choice(LANDEN)  # mostly keyed: exercise the chunk index
        day = random_day(rng)
        want = reference.match(table, 0, facts, day)
        assert durable.match(table, 0, facts, day) == want, (facts, day)
        matched += len(want)
    assert matched > 1_500  # most inputs hit several rows
