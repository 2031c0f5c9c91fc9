"""Per-table evaluation plan, built once per compiled version (state derived, not stored).

Everything that does not depend on the facts is worked out here: the order of derived fields
and tables, compiled formula closures, each rule's literal outputs (decoded, defaults applied)
and its ready-made MatchedRow, and the validator of the facts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from policy.bron import bron_citations
from policy.evaluation.decision import MatchedRow
from policy.evaluation.guard import formula_place, guarded, locate
from policy.evaluation.validate import FactValidator
from policy.expr import names_in
from policy.expr.evaluate import compiled_formula
from policy.expr.functions import SMALL_WHOLE
from policy.expr.types import infer_type

__all__ = ["Plan", "RulePlan", "SubPlan", "build_plan", "decode_output"]


def decode_output(spec: dict[str, Any] | None, value: Any) -> Any:
    """Turn a compiled literal back into its natural value (ordinals of date outputs)."""
    if spec is not None and spec["type"] == "datum" and isinstance(value, int) and not isinstance(value, bool):
        return date.fromordinal(value)
    return value


@dataclass(frozen=True)
class RulePlan:
    index: int
    regel_id: str
    start: int | None
    end: int | None
    #: Outputs when every cell is a literal (decoded, defaults applied); else None.
    static: dict[str, Any] | None
    #: (name, formula closure or None, literal or default) for rules with formulas.
    cells: tuple[tuple[str, Callable[..., Any] | None, Any], ...]
    matched_row: MatchedRow  # with ``static`` outputs, or a template for formula rules
    compiled: dict[str, Any]  # the rule in the compiled form (for the trace)


@dataclass(frozen=True)
class SubPlan:
    index: int
    name: str
    hit_policy: str
    aggregation: str | None
    outputs: tuple[str, ...]
    fields: tuple[str, ...]  # the fields its tests read
    date_fields: tuple[str, ...]  # those of them that are dates (matchers read ordinals)
    rules: tuple[RulePlan, ...]
    final: bool  # produces a decision output (not only intermediates)
    coverage: tuple[tuple[int | None, int | None], ...]  # distinct validity periods of its rules
    #: PRIORITY / OUTPUT ORDER: (output, rank of each allowed value) for every output with allowed
    #: values, in column order (DMN 1.3: the first output ranks, the next breaks ties, …)
    ranking: tuple[tuple[str, dict[Any, int]], ...]


@dataclass(frozen=True)
class Plan:
    table_id: str
    version: str
    inputs: list[dict[str, Any]]
    validate: FactValidator
    steps: tuple[tuple[str, Any], ...]  # ("derive", (name, closure, spec)) | ("table", SubPlan)
    output_specs: dict[str, dict[str, Any]]
    decision_outputs: tuple[str, ...]
    peildatum_field: str
    parameters: dict[str, list[dict[str, Any]]]  # as compiled (dates as ordinals)
    #: name -> (key, from, to, value) with values decoded (dates as dates), for formulas
    parameter_values: dict[str, tuple[tuple[Any, int | None, int | None, Any], ...]]
    #: The Controles checks: (compiled check, closure, derive steps it needs, in plan order).
    controls: tuple[tuple[dict[str, Any], Callable[..., Any], tuple[Any, ...]], ...] = ()
    #: Inputs whose absence is "onbekend" (optional, no default, not filled in by the service).
    unknown_when_absent: frozenset[str] = frozenset()
    input_specs: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Per table step (by sub-table index): every name its tests and output formulas read.
    table_reads: dict[int, frozenset[str]] = field(default_factory=dict)
    #: Per derive step: the names its formula reads.
    derived_reads: dict[str, frozenset[str]] = field(default_factory=dict)


def _formula(expr: Any, name: str, spec: dict[str, Any] | None, typing: tuple[dict[str, str], dict[str, str]],
             where: str) -> Any:
    """The closure of a formula filling ``name``, guarded when its type is not certain."""
    fn = compiled_formula(expr)
    if spec is not None:
        small = expr[0] == "call" and expr[1] in SMALL_WHOLE  # leeftijd(…), dagen_tussen(…): no size check
        fn = guarded(fn, name, spec["type"], spec.get("allowed"), infer_type(expr, *typing), small)
    return locate(fn, expr, where)


def _rule_plan(sub: dict[str, Any], rule: dict[str, Any], output_specs: dict[str, dict[str, Any]],
               typing: tuple[dict[str, str], dict[str, str]]) -> RulePlan:
    cells: list[tuple[str, Callable[..., Any] | None, Any]] = []
    dynamic = False
    for name in sub["outputs"]:
        spec = output_specs.get(name)
        default = decode_output(spec, spec.get("default")) if spec else None
        cell = rule["outputs"].get(name)
        if cell is not None and "expr" in cell:
            where = formula_place(rule["sheet"], cell.get("cell") or f"rij {rule['row']}",
                                  f"{name} in regel {rule['regel_id'] or 'rij ' + str(rule['row'])}")
            cells.append((name, _formula(cell["expr"], name, spec, typing, where), default))
            dynamic = True
        else:
            value = decode_output(spec, cell["literal"]) if cell is not None else None
            cells.append((name, None, default if value is None else value))
    static = None if dynamic else {name: value for name, _, value in cells}
    return RulePlan(
        index=rule["index"],
        regel_id=rule["regel_id"],
        start=rule["from"],
        end=rule["to"],
        static=static,
        cells=tuple(cells),
        matched_row=MatchedRow(sub["name"], rule["regel_id"], rule["row"], rule["sheet"], rule["bron"], static or {},
                               bron_citations(rule["bron"], date.fromordinal(rule["from"]) if rule["from"] else None)),
        compiled=rule,
    )


def build_plan(data: dict[str, Any]) -> Plan:
    types: dict[str, str] = {f["name"]: f["type"] for f in data["inputs"]}
    types.update({f["name"]: f["type"] for f in data["derived"]})
    types.update({f["name"]: f["type"] for f in data["outputs"]})
    output_specs = {o["name"]: o for o in data["outputs"]}
    parameter_types: dict[str, str] = {}
    for pname, entries in data["parameters"].items():
        kinds = {e.get("type") for e in entries}
        if len(kinds) == 1 and None not in kinds:
            parameter_types[pname] = kinds.pop()
    typing = (types, parameter_types)
    producers: dict[str, int] = {}
    for i, sub in enumerate(data["tables"]):
        for name in sub["outputs"]:
            producers.setdefault(name, i)

    subplans = []
    for i, sub in enumerate(data["tables"]):
        fields = sorted({t["field"] for r in sub["rules"] for t in r["tests"]})
        ranked = [o for o in sub["outputs"] if (output_specs.get(o) or {}).get("allowed")]
        subplans.append(
            SubPlan(
                index=i,
                name=sub["name"],
                hit_policy=sub["hit_policy"],
                aggregation=sub.get("aggregation"),
                outputs=tuple(sub["outputs"]),
                fields=tuple(fields),
                date_fields=tuple(f for f in fields if types.get(f) == "datum"),
                rules=tuple(_rule_plan(sub, r, output_specs, typing) for r in sub["rules"]),
                final=any(not output_specs[o]["intermediate"] for o in sub["outputs"] if o in output_specs),
                coverage=tuple(sorted({(r["from"], r["to"]) for r in sub["rules"]}, key=lambda p: (p[0] or 0))),
                ranking=tuple((o, {v: n for n, v in enumerate(output_specs[o]["allowed"])}) for o in ranked),
            )
        )

    # Derived fields run as soon as everything they read is available: inputs at once,
    # intermediate outputs after the table that produces them.
    derived = list(data["derived"])
    derived_names = {d["name"] for d in derived}
    available = {f["name"] for f in data["inputs"]}
    steps: list[tuple[str, Any]] = []
    pending = list(derived)

    def derive_step(spec: dict[str, Any]) -> tuple[str, Any]:
        where = formula_place(spec.get("sheet") or "Afgeleid", _row_of(spec.get("cell")), f"de formule van {spec['name']}")
        return ("derive", (spec["name"], _formula(spec["expr"], spec["name"], spec, typing, where), spec))

    def flush() -> None:
        progress = True
        while progress:
            progress = False
            for spec in list(pending):
                reads = names_in(spec["expr"])
                if all(n in available or (n not in derived_names and n not in producers) for n in reads):
                    steps.append(derive_step(spec))
                    available.add(spec["name"])
                    pending.remove(spec)
                    progress = True

    flush()
    for sp in subplans:
        steps.append(("table", sp))
        available.update(sp.outputs)
        flush()
    for spec in pending:  # unresolved reads: evaluate anyway (checks report unknown names)
        steps.append(derive_step(spec))

    derive_steps = {step[0]: step for kind, step in steps if kind == "derive"}
    controls = []
    for check in data.get("checks", ()):
        needed: set[str] = set()
        todo = [n for n in check["reads"] if n in derive_steps]
        while todo:
            n = todo.pop()
            if n not in needed:
                needed.add(n)
                todo.extend(r for r in names_in(derive_steps[n][2]["expr"]) if r in derive_steps)
        ordered = tuple(step for kind, step in steps if kind == "derive" and step[0] in needed)
        controls.append((check, compiled_formula(check["expr"]), ordered))

    return Plan(
        table_id=data["table_id"],
        version=data["version"],
        inputs=data["inputs"],
        validate=FactValidator(data["inputs"]),
        steps=tuple(steps),
        output_specs=output_specs,
        decision_outputs=tuple(o["name"] for o in data["outputs"] if not o["intermediate"]),
        peildatum_field=data["peildatum_field"],
        parameters=data["parameters"],
        parameter_values={
            name: tuple((e["key"], e["from"], e["to"], _parameter_value(e)) for e in entries)
            for name, entries in data["parameters"].items()
        },
        controls=tuple(controls),
        input_specs={f["name"]: f for f in data["inputs"]},
        table_reads={sp.index: _table_reads(sp, data["tables"][sp.index], {f["name"] for f in data["inputs"]})
                     for sp in subplans},
        derived_reads={d["name"]: frozenset(names_in(d["expr"])) for d in data["derived"]},
        unknown_when_absent=frozenset(
            f["name"] for f in data["inputs"] if not f["required"] and not f["context"] and f.get("default") is None),
    )


def _table_reads(sub: SubPlan, table: dict[str, Any], inputs: set[str]) -> frozenset[str]:
    """What a table reads of which an unknown value makes it three-valued: an input that its
    rows only test with ``leeg``/``niet leeg`` is left out (those tests know whether it was
    given, so the matcher's answer is the three-valued one)."""
    valued = {t["field"] for r in table["rules"] for t in r["tests"] if t["op"] not in ("empty", "present")}
    names = {name for name in sub.fields if name in valued or name not in inputs}
    for rp in sub.rules:
        for cell in rp.compiled["outputs"].values():
            if "expr" in cell:
                names |= names_in(cell["expr"])
    return frozenset(names)


def _row_of(cell: str | None) -> str | None:
    """``A3`` -> ``rij 3``: a derived field is located by its name cell; its formula is on that row."""
    digits = "".join(ch for ch in cell or "" if ch.isdigit())
    return f"rij {digits}" if digits else None


def _parameter_value(entry: dict[str, Any]) -> Any:
    value = entry["value"]
    if entry.get("type") == "datum" and isinstance(value, int) and not isinstance(value, bool):
        return date.fromordinal(value)
    return value
