"""A generated 2,000-row table is split into chunks and still matches like the reference."""

from __future__ import annotations

import random

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
    assert sorted(i for c in plan.chunks for i in c.rule_index.values()) == list(range(2_000))
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
