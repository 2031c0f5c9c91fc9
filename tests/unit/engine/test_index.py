"""The chunk index is sound: it never leaves out a chunk whose requirements a call meets."""

from __future__ import annotations

import math
import random
from typing import Any

from policy.engine.index import ChunkIndex


def _meets(entry: tuple[Any, ...], facts: dict[str, Any], day: int) -> bool:
    _, _, first, last, pins, bounds = entry
    if (first is not None and day < first) or (last is not None and day > last):
        return False
    if any(facts.get(f) not in values for f, values in pins):
        return False
    return all(facts.get(f) is not None and lo <= facts[f] <= hi for f, lo, hi in bounds)


def test_random_chunks_and_calls() -> None:
    rng = random.Random(17)
    for trial in range(40):
        entries = []
        for n in range(rng.randint(1, 120)):
            pins = tuple((f, frozenset(rng.sample(range(12), rng.randint(1, 4))))
                         for f in rng.sample(["a", "b"], rng.randint(0, 2)))
            bounds = []
            for f in rng.sample(["x", "y", "a"], rng.randint(0, 2)):
                lo = rng.choice([-math.inf, rng.randint(0, 90)])
                hi = rng.choice([math.inf, (lo if math.isfinite(lo) else 0) + rng.randint(0, 30)])
                bounds.append((f, lo, hi))
            first = rng.choice([None, 738000 + rng.randint(0, 300)])
            last = rng.choice([None, 738300 + rng.randint(0, 300)])
            entries.append((n, {f"r{n}": n}, first, last, pins, tuple(bounds)))
        index = ChunkIndex(entries)
        for _ in range(300):
            facts = {f: rng.choice([None, rng.randint(-5, 125), rng.randint(0, 11), rng.random() * 100])
                     for f in ("a", "b", "x", "y")}
            day = 738000 + rng.randint(-20, 640)
            chosen = {handle for handle, _ in index.select(facts, day)}
            needed = {e[0] for e in entries if _meets(e, facts, day)}
            assert needed <= chosen, (trial, facts, day, needed - chosen)
            assert len(chosen) <= len(entries)
