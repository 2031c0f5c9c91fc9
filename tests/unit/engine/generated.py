"""Random compiled tables and facts for the engine's agreement tests (seeded, reproducible)."""

from __future__ import annotations

import random
from typing import Any

from tests.unit.engine.tables import compiled, cond, rule

TYPES = {"land": "landcode", "soort": "keuzelijst", "leeftijd": "geheel getal", "uren": "getal",
         "geboren": "datum", "ok": "ja/nee", "gronden": "lijst"}
LANDEN = [f"{a}{b}" for a in "ABCDEFGH" for b in "ABCDEFGH"][:60]
SOORTEN = ["studie", "werk", "gezin", "au pair", "zoëtermeer \"x\""]
DAY = 738000


def random_test(rng: random.Random, field: str) -> dict[str, Any]:
    if field in ("land", "soort"):
        pool = LANDEN if field == "land" else SOORTEN
        op = rng.choice(["eq", "eq", "in", "ne", "not_in", "empty", "present"])
        if op in ("eq", "ne"):
            return cond(field, op, rng.choice(pool))
        if op in ("in", "not_in"):
            return cond(field, op, values=rng.sample(pool, rng.randint(1, 4)))
        return cond(field, op)
    if field in ("leeftijd", "uren", "geboren"):
        base = {"leeftijd": 0, "uren": 0.0, "geboren": 730000}[field]
        step = 0.5 if field == "uren" else 1
        lo = base + step * rng.randint(0, 40)
        hi = lo + step * rng.randint(0, 20)
        op = rng.choice(["lt", "le", "gt", "ge", "eq", "ne", "between", "not_between", "in", "empty"])
        if op in ("between", "not_between"):
            return cond(field, op, low=lo, high=hi, low_inclusive=rng.random() < 0.5, high_inclusive=rng.random() < 0.5)
        if op == "in":
            return cond(field, op, values=[lo, hi])
        if op == "empty":
            return cond(field, op)
        return cond(field, op, lo)
    if field == "ok":
        return cond(field, rng.choice(["eq", "ne"]), rng.random() < 0.5) if rng.random() < 0.8 else cond(field, "empty")
    return cond(field, rng.choice(["empty", "present"]))


def random_table(rng: random.Random, rows: int, *, keyed: float = 0.8) -> dict[str, Any]:
    """``rows`` random rules; a share ``keyed`` of them pin ``land`` by equality."""
    rules = []
    for i in range(rows):
        tests = []
        if rng.random() < keyed:
            tests.append(cond("land", "eq", rng.choice(LANDEN)) if rng.random() < 0.7
                         else cond("land", "in", values=rng.sample(LANDEN, 3)))
        for field in rng.sample(sorted(TYPES), rng.randint(0, 3)):
            if field != "land":
                tests.append(random_test(rng, field))
        start = DAY - rng.randint(0, 400) if rng.random() < 0.4 else None
        end = DAY + rng.randint(0, 400) if rng.random() < 0.3 else None
        rules.append(rule(i, *tests, start=start, end=end))
    return compiled(TYPES, rules, version=f"gen{rows}x{rng.random():.6f}")


def random_facts(rng: random.Random) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "land": rng.choice(LANDEN + [None]),
        "soort": rng.choice(SOORTEN + [None]),
        "leeftijd": rng.choice([None, rng.randint(0, 60)]),
        "uren": rng.choice([None, rng.randint(0, 60) * 0.5, rng.randint(0, 30)]),
        "geboren": rng.choice([None, 730000 + rng.randint(0, 60)]),
        "ok": rng.choice([None, True, False]),
        "gronden": rng.choice([None, [], ["a"], ["a", "b"]]),
    }
    return {k: v for k, v in facts.items() if v is not None or rng.random() < 0.5}


def random_day(rng: random.Random) -> int:
    return DAY + rng.randint(-450, 450)
