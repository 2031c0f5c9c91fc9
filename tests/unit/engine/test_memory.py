"""A million matches in one process leave resident memory flat (nothing accumulates)."""

from __future__ import annotations

import gc
import random

import psutil
import pytest

from policy.engine import DurableMatcher
from policy.reference import ReferenceMatcher
from tests.unit.engine.generated import random_day, random_facts, random_table

CALLS = 1_000_000
WARM_UP = 50_000
LIMIT = 20 * 1024 * 1024


@pytest.mark.slow
def test_a_million_matches_keep_memory_flat() -> None:
    rng = random.Random(1_000_000)
    table = random_table(rng, 40)
    cases = [(random_facts(rng), random_day(rng)) for _ in range(1_000)]
    reference = ReferenceMatcher()
    expected = [reference.match(table, 0, f, d) for f, d in cases]
    matcher = DurableMatcher()
    process = psutil.Process()

    for n in range(WARM_UP):
        facts, day = cases[n % 1_000]
        matcher.match(table, 0, facts, day)
    gc.collect()
    before = process.memory_info().rss

    wrong = 0
    for n in range(CALLS):
        i = n % 1_000
        facts, day = cases[i]
        if matcher.match(table, 0, facts, day) != expected[i]:
            wrong += 1
    gc.collect()
    grown = process.memory_info().rss - before
    assert wrong == 0
    assert grown < LIMIT, f"resident memory grew by {grown / 1e6:.1f} MB"
