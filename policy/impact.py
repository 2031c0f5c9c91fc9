"""What would a new version of a table change? Decide the same cases with both and compare.

Cases come from the caller (a CSV or JSON file of facts), from both workbooks' worked examples,
and from cases generated at the boundaries the tables mention (the dates and numbers in their
rows and parameters, a day either side, anniversaries of the peildatum).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from policy.compiler import CompiledTable
from policy.errors import PolicyError
from policy.evaluation import Matcher, decide, to_json_value
from policy.reference import ReferenceMatcher

__all__ = [
    "Difference", "ImpactReport", "boundaries", "compare_versions", "describe_facts", "describe_outcome", "generate_cases", "make_case",
]


def boundaries(data: dict[str, Any]) -> tuple[list[int], dict[str, list[Any]]]:
    """Date ordinals the table mentions (±1 day), and the values each field's tests mention."""
    days: set[int] = set()
    values: dict[str, set[Any]] = {}
    for sub in data["tables"]:
        for rule in sub["rules"]:
            for edge in (rule["from"], rule["to"]):
                if edge is not None:
                    days.update((edge - 1, edge, edge + 1))
            for t in rule["tests"]:
                bucket = values.setdefault(t["field"], set())
                for key in ("value", "low", "high"):
                    if t.get(key) is not None:
                        bucket.add(t[key])
                bucket.update(v for v in t.get("values", []) if v is not None)
    for entries in data["parameters"].values():
        for e in entries:
            for edge in (e["from"], e["to"]):
                if edge is not None:
                    days.update((edge - 1, edge, edge + 1))
    return sorted(days), {k: sorted(v, key=str) for k, v in values.items()}


def make_case(rng: random.Random, data: dict[str, Any], days: list[int], mentioned: dict[str, list[Any]]) -> dict[str, Any]:
    """One valid-looking case for the table's inputs, aimed at its boundaries."""
    if days and rng.random() < 0.7:
        anchor = date.fromordinal(rng.choice(days))
    else:
        anchor = date(2016, 1, 1) + timedelta(days=rng.randrange(4000))
    facts: dict[str, Any] = {}
    for spec in data["inputs"]:
        name, kind = spec["name"], spec["type"]
        if (not spec["required"] or spec["context"]) and rng.random() < 0.25:
            continue
        if kind == "datum":
            if name == data["peildatum_field"]:
                value = anchor
            else:
                years = rng.choice([0, 0, 1, 5, 10, 16, 17, 18, 19, 25, 26, 29, 30, 31, 40])
                try:
                    value = anchor.replace(year=anchor.year - years)
                except ValueError:  # 29 February
                    value = anchor.replace(year=anchor.year - years, day=28)
                value += timedelta(days=rng.choice([-400, -91, -90, -89, -1, 0, 1, 30, 365]))
            lo, hi = spec.get("minimum"), spec.get("maximum")
            if lo is not None and value.toordinal() < lo:
                value = date.fromordinal(lo)
            if hi is not None and value.toordinal() > hi:
                value = date.fromordinal(hi)
            facts[name] = value.isoformat()
        elif kind == "ja/nee":
            facts[name] = rng.random() < 0.5
        elif kind == "keuzelijst":
            facts[name] = rng.choice(spec["allowed"])
        elif kind == "landcode":
            pool = [v for v in mentioned.get(name, []) if isinstance(v, str)] + ["US", "NL", "DE", "FR", "BR"]
            if spec.get("allowed"):
                pool = [v for v in pool if v in spec["allowed"]] or list(spec["allowed"])
            facts[name] = rng.choice(pool)
        elif kind in ("geheel getal", "getal"):
            lo = spec.get("minimum") if spec.get("minimum") is not None else 0
            hi = spec.get("maximum") if spec.get("maximum") is not None else 400
            near = [v + d for v in mentioned.get(name, []) if isinstance(v, (int, float)) and not isinstance(v, bool)
                    for d in (-1, 0, 1)]
            number = rng.choice(near) if near and rng.random() < 0.7 else rng.randint(int(lo), int(hi))
            number = min(max(number, lo), hi)
            facts[name] = int(number) if kind == "geheel getal" else number
        elif kind == "tekst":
            facts[name] = rng.choice(["", "A123", "volgnummer-1"])
        elif kind == "lijst":
            allowed = spec.get("allowed") or ["a"]
            facts[name] = rng.sample(allowed, rng.randint(0, len(allowed)))
    return facts


def generate_cases(data: dict[str, Any], n: int, *, seed: int = 0) -> list[dict[str, Any]]:
    """Up to ``n`` distinct cases (a table with few inputs has fewer distinct boundary cases)."""
    rng = random.Random(seed)
    days, mentioned = boundaries(data)
    cases: dict[str, dict[str, Any]] = {}
    for _ in range(n * 5):
        if len(cases) >= n:
            break
        case = make_case(rng, data, days, mentioned)
        cases.setdefault(json.dumps(case, sort_keys=True, default=str), case)
    return list(cases.values())


@dataclass(frozen=True)
class Difference:
    facts: dict[str, Any]
    old: dict[str, Any]
    new: dict[str, Any]


@dataclass
class ImpactReport:
    cases: int = 0
    changed: int = 0
    #: (old besluit-like summary, new summary) -> count
    shifts: dict[tuple[str, str], int] = field(default_factory=dict)
    examples: list[Difference] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "changed": self.changed,
            "shifts": [{"old": o, "new": n, "count": c} for (o, n), c in sorted(self.shifts.items(), key=lambda x: -x[1])],
            "examples": [{"facts": d.facts, "old": d.old, "new": d.new} for d in self.examples],
        }


def _outcome(compiled: CompiledTable, facts: dict[str, Any], matcher: Matcher) -> dict[str, Any]:
    try:
        d = decide(compiled, facts, matcher=matcher)
    except PolicyError as exc:
        return {"fout": exc.code, "melding": str(exc)}
    return {
        "outputs": to_json_value(d.outputs),
        "regels": [m.regel_id for m in d.matched_rows],
        "rijen": [{"regel_id": m.regel_id, "blad": m.sheet, "rij": m.row} for m in d.matched_rows],
    }


def _shown(value: Any) -> str:
    """A value as the workbook writes it: ja/nee, ``a, b``, ``leeg`` for an empty list."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value) or "leeg"
    return str(value)


def _summary(outcome: dict[str, Any]) -> str:
    if "fout" in outcome:
        return f"fout: {outcome['fout']}"
    return "; ".join(
        f"{name}: geen uitkomst" if value is None else f"{name}={_shown(value)}"
        for name, value in outcome["outputs"].items()
    )


def describe_facts(facts: dict[str, Any]) -> str:
    """``geboortedatum=1998-05-01, retourticket=ja``: a case as an officer writes its values."""
    return ", ".join(f"{name}=leeg" if v is None else f"{name}={_shown(v)}" for name, v in facts.items())


def describe_outcome(outcome: dict[str, Any]) -> str:
    """One side of a difference in Dutch: the outcome, and the rows (sheet, row) that gave it.

    ``besluit gaf geen uitkomst`` where an output has no value; ``fout: rekenfout (…)`` where
    the version could not decide the case.
    """
    if "fout" in outcome:
        return f"geen besluit, fout {outcome['fout']}: {outcome.get('melding', '')}".rstrip(": ")
    parts = [
        f"{name} gaf geen uitkomst" if value is None else f"{name}={_shown(value)}"
        for name, value in outcome["outputs"].items()
    ]
    rows = [f"regel {r['regel_id']} (blad {r['blad']}, rij {r['rij']})" for r in outcome.get("rijen", [])]
    by = f"; volgens {', '.join(rows)}" if rows else "; geen regel gold"
    return "; ".join(parts) + by


def compare_versions(
    old: CompiledTable,
    new: CompiledTable,
    cases: list[dict[str, Any]],
    *,
    keep: int = 20,
    matcher: Matcher | None = None,
) -> ImpactReport:
    """Decide ``cases`` with both versions; count and show the cases whose outcome changed.

    Only the outputs count as a change (a renumbered rule alone is not one). A case given twice
    (an example both versions carry, say) is decided and counted once.
    """
    m = matcher or ReferenceMatcher()
    report = ImpactReport()
    seen: set[str] = set()
    for facts in cases:
        identity = json.dumps(facts, sort_keys=True, default=str)
        if identity in seen:
            continue
        seen.add(identity)
        a, b = _outcome(old, facts, m), _outcome(new, facts, m)
        report.cases += 1
        if a.get("outputs") == b.get("outputs") and a.get("fout") == b.get("fout"):
            continue
        report.changed += 1
        key = (_summary(a), _summary(b))
        report.shifts[key] = report.shifts.get(key, 0) + 1
        if len(report.examples) < keep:
            report.examples.append(Difference(facts, a, b))
    return report
