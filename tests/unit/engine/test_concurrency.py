"""Eight threads deciding at once get exactly the reference's answers."""

from __future__ import annotations

import random
import threading

from policy.engine import DurableMatcher
from policy.engine.matcher import _POOL
from policy.reference import ReferenceMatcher
from tests.unit.engine.generated import random_day, random_facts, random_table

THREADS = 8
DECISIONS = 10_000


def test_eight_threads_ten_thousand_decisions_each() -> None:
    rng = random.Random(8)
    table = random_table(rng, 60)
    reference = ReferenceMatcher()
    work = []
    for _ in range(THREADS):
        cases = [(random_facts(rng), random_day(rng)) for _ in range(DECISIONS)]
        work.append([(facts, day, reference.match(table, 0, facts, day)) for facts, day in cases])
    assert sum(1 for cases in work for _, _, want in cases if len(want) > 1) > 1_000  # rules do overlap

    matcher = DurableMatcher()
    start = threading.Barrier(THREADS)
    wrong: list[tuple[int, object]] = []
    done = [0] * THREADS

    def run(n: int) -> None:
        start.wait()
        for facts, day, want in work[n]:
            got = matcher.match(table, 0, facts, day)
            if got != want:
                wrong.append((n, (facts, day, got, want)))
            done[n] += 1

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []
    assert done == [DECISIONS] * THREADS
    assert _POOL.busy == 0
    assert _POOL.created <= THREADS + 1
