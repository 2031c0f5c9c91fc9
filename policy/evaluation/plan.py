"""Per-table evaluation plan, built once per compiled version (state derived, not stored)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from policy.expr import names_in

__all__ = ["Plan", "SubPlan", "build_plan"]


@dataclass(frozen=True)
class SubPlan:
    index: int
    name: str
    hit_policy: str
    aggregation: str | None
    outputs: tuple[str, ...]
    fields: tuple[tuple[str, bool], ...]  # (field read by tests, is a date)
    rules: tuple[dict[str, Any], ...]
    final: bool  # produces a decision output (not only intermediates)
    coverage: tuple[tuple[int | None, int | None], ...]  # validity periods of its rules


@dataclass(frozen=True)
class Plan:
    table_id: str
    version: str
    inputs: list[dict[str, Any]]
    steps: tuple[tuple[str, Any], ...]  # ("derive", spec) | ("table", SubPlan)
    output_specs: dict[str, dict[str, Any]]
    decision_outputs: tuple[str, ...]
    peildatum_field: str
    parameters: dict[str, list[dict[str, Any]]]
    date_fields: frozenset[str]


def build_plan(data: dict[str, Any]) -> Plan:
    types: dict[str, str] = {f["name"]: f["type"] for f in data["inputs"]}
    types.update({f["name"]: f["type"] for f in data["derived"]})
    types.update({f["name"]: f["type"] for f in data["outputs"]})
    output_specs = {o["name"]: o for o in data["outputs"]}
    producers: dict[str, int] = {}
    for i, sub in enumerate(data["tables"]):
        for name in sub["outputs"]:
            producers.setdefault(name, i)

    subplans = []
    for i, sub in enumerate(data["tables"]):
        fields = sorted({t["field"] for r in sub["rules"] for t in r["tests"]})
        subplans.append(
            SubPlan(
                index=i,
                name=sub["name"],
                hit_policy=sub["hit_policy"],
                aggregation=sub.get("aggregation"),
                outputs=tuple(sub["outputs"]),
                fields=tuple((f, types.get(f) == "datum") for f in fields),
                rules=tuple(sub["rules"]),
                final=any(not output_specs[o]["intermediate"] for o in sub["outputs"] if o in output_specs),
                coverage=tuple(sorted({(r["from"], r["to"]) for r in sub["rules"]}, key=lambda p: (p[0] or 0))),
            )
        )

    # Derived fields run as soon as everything they read is available: inputs at once,
    # intermediate outputs after the table that produces them.
    derived = list(data["derived"])
    derived_names = {d["name"] for d in derived}
    available = {f["name"] for f in data["inputs"]}
    steps: list[tuple[str, Any]] = []
    pending = list(derived)

    def flush() -> None:
        progress = True
        while progress:
            progress = False
            for spec in list(pending):
                reads = names_in(spec["expr"])
                if all(n in available or (n not in derived_names and n not in producers) for n in reads):
                    steps.append(("derive", spec))
                    available.add(spec["name"])
                    pending.remove(spec)
                    progress = True

    flush()
    for sp in subplans:
        steps.append(("table", sp))
        available.update(sp.outputs)
        flush()
    for spec in pending:  # unresolved reads: evaluate anyway (checks report unknown names)
        steps.append(("derive", spec))

    return Plan(
        table_id=data["table_id"],
        version=data["version"],
        inputs=data["inputs"],
        steps=tuple(steps),
        output_specs=output_specs,
        decision_outputs=tuple(o["name"] for o in data["outputs"] if not o["intermediate"]),
        peildatum_field=data["peildatum_field"],
        parameters=data["parameters"],
        date_fields=frozenset(n for n, t in types.items() if t == "datum"),
    )


def decode_output(spec: dict[str, Any] | None, value: Any) -> Any:
    """Turn a compiled literal back into its natural value (ordinals of date outputs)."""
    if spec is not None and spec["type"] == "datum" and isinstance(value, int) and not isinstance(value, bool):
        return date.fromordinal(value)
    return value
