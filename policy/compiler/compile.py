"""Model -> compiled form."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from graphlib import CycleError, TopologicalSorter
from typing import Any

from policy.errors import WorkbookInvalidError
from policy.expr import names_in
from policy.expr.types import value_type
from policy.model import Diagnostic, Location, OutputCell, PlausibilityCheck, Rule, SubTable, Table, Test
from policy.model.bulk import collection_paused

__all__ = ["CompiledTable", "compile_table", "encode_value", "table_order"]

FORMAT = 1


def encode_value(value: Any) -> Any:
    """Encode a typed model value for the compiled form (dates become ordinals)."""
    if isinstance(value, date):
        return value.toordinal()
    if isinstance(value, tuple):
        return [encode_value(v) for v in value]
    if isinstance(value, list):
        return [encode_value(v) for v in value]
    return value


@dataclass(frozen=True)
class CompiledTable:
    """A compiled table: ``data`` is the JSON-able compiled form."""

    data: dict[str, Any] = field(repr=False)

    @property
    def table_id(self) -> str:
        return self.data["table_id"]

    @property
    def version(self) -> str:
        return self.data["version"]

    @property
    def title(self) -> str:
        return self.data["title"]

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True)


def compile_table(table: Table) -> CompiledTable:
    """Compile ``table``; raises WorkbookInvalidError on a dependency cycle.

    The caller is expected to have run ``policy.checks.run_checks`` first; the compiler only
    re-checks what it needs to produce a well-formed result.
    """
    with collection_paused():  # the rows of a big table (policy.model.bulk)
        return _compile(table)


def _compile(table: Table) -> CompiledTable:
    order = table_order(table)
    derived = _derived_order(table)
    data = {
        "format": FORMAT,
        "table_id": table.table_id,
        "version": table.version,
        "title": table.title,
        "owner": table.owner,
        "description": table.description,
        "peildatum_field": table.peildatum_field,
        "inputs": [
            {
                "name": f.name,
                "type": f.type,
                "allowed": list(f.allowed) if f.allowed is not None else None,
                "minimum": encode_value(f.minimum),
                "maximum": encode_value(f.maximum),
                "required": f.required,
                "context": f.context,
                "default": encode_value(f.default),
                "default_source": f.default_source,
                "description": f.description,
            }
            for f in table.inputs
        ],
        "derived": [
            {"name": f.name, "type": f.type, "expr": f.expr, "formula": f.formula, "description": f.description,
             "sheet": f.location.blad if f.location else None, "cell": f.location.cel if f.location else None}
            for f in derived
        ],
        "outputs": [
            {
                "name": f.name,
                "type": f.type,
                "allowed": list(f.allowed) if f.allowed is not None else None,
                "default": encode_value(f.default),
                "intermediate": f.intermediate,
                "description": f.description,
            }
            for f in table.outputs
        ],
        "parameters": _parameters(table),
        "quota": _quota(table),
        "outcomes": [{"output": o.output, "value": encode_value(o.value), "sentence": o.sentence}
                     for o in table.outcomes],
        "tables": [_compile_subtable(table.subtables[i]) for i in order],
        "checks": [_compile_check(table, check) for check in table.checks],
        "examples": [
            {
                "name": e.name,
                "row": e.row,
                "peildatum": e.peildatum.isoformat() if e.peildatum else None,
                "facts": {k: _jsonable(v) for k, v in e.facts.items()},
                "expected": {k: _jsonable(v) for k, v in e.expected.items()},
            }
            for e in table.examples
        ],
    }
    return CompiledTable(data)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _parameters(table: Table) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for p in table.parameters:
        out.setdefault(p.name, []).append(
            {
                "key": p.key,
                "value": encode_value(p.value),
                "type": value_type(p.value),  # "datum": the value is an ordinal
                "from": encode_value(p.geldig_van),
                "to": encode_value(p.geldig_tot),
                "bron": p.bron,
            }
        )
    return out


_QUOTA_FIELDS = ("parameter", "key", "counter", "output", "value", "ground")


def _quota(table: Table) -> dict[str, str] | None:
    """The quota declaration (names only), or None when the table has none."""
    declared = table.extra.get("quota") or {}
    if not all(declared.get(name) for name in _QUOTA_FIELDS):
        return None
    return {name: declared[name] for name in _QUOTA_FIELDS}


def _compile_check(table: Table, check: PlausibilityCheck) -> dict[str, Any]:
    """A Controles row; ``fields`` are the inputs it reads (through derived inputs too)."""
    formulas = {d.name: d.expr for d in table.derived}
    inputs = {f.name for f in table.inputs}
    seen: set[str] = set()
    todo = sorted(names_in(check.expr))
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(names_in(formulas[name]) if name in formulas else ())
    return {
        "regel_id": check.regel_id,
        "condition": check.condition,
        "expr": check.expr,
        "message": check.message,
        "bron": check.bron,
        "row": check.row,
        "fields": sorted(seen & inputs),
        "reads": sorted(names_in(check.expr)),
    }


def _compile_subtable(sub: SubTable) -> dict[str, Any]:
    return {
        "name": sub.name,
        "sheet": sub.sheet,
        "hit_policy": sub.hit_policy,
        "aggregation": sub.aggregation,
        "inputs": list(sub.inputs),
        "outputs": list(sub.outputs),
        "rules": [_compile_rule(i, r) for i, r in enumerate(sub.rules)],
    }


def _compile_rule(index: int, rule: Rule) -> dict[str, Any]:
    tests = []
    for cond in rule.conditions:
        test = _compile_test(cond.field, cond.test)
        if test is not None:
            tests.append(test)
    return {
        "index": index,
        "regel_id": rule.regel_id,
        "sheet": rule.sheet,
        "row": rule.row,
        "bron": rule.bron,
        "toelichting": rule.toelichting,
        "motivering": rule.motivering,
        "from": encode_value(rule.geldig_van),
        "to": encode_value(rule.geldig_tot),
        "tests": tests,
        "outputs": {cell.field: _compile_output(cell) for cell in rule.outputs},
    }


def _compile_test(field_name: str, test: Test) -> dict[str, Any] | None:
    op = test.op
    if op == "any":
        return None
    out: dict[str, Any] = {"field": field_name, "op": op}
    if op in ("eq", "ne", "lt", "le", "gt", "ge"):
        out["value"] = encode_value(test.value)
    elif op in ("in", "not_in"):
        out["values"] = [encode_value(v) for v in test.values]
    elif op in ("between", "not_between"):
        out["low"] = encode_value(test.low)
        out["high"] = encode_value(test.high)
        out["low_inclusive"] = test.low_inclusive
        out["high_inclusive"] = test.high_inclusive
    elif op not in ("empty", "present"):
        raise ValueError(f"unknown test op {op!r}")
    return out


def _compile_output(cell: OutputCell) -> dict[str, Any]:
    if cell.expr is not None:  # the cell is named when the formula cannot be worked out
        return {"expr": cell.expr, "cell": cell.location.cel if cell.location else None}
    return {"literal": encode_value(cell.value)}


def _reads(sub: SubTable) -> set[str]:
    names = set(sub.inputs)
    for rule in sub.rules:
        for cell in rule.outputs:
            if cell.expr is not None:
                names |= names_in(cell.expr)
    return names


def table_order(table: Table) -> list[int]:
    """Indices of ``table.subtables`` in dependency order (producers before readers)."""
    producer: dict[str, int] = {}
    for i, sub in enumerate(table.subtables):
        for name in sub.outputs:
            producer.setdefault(name, i)
    # Derived inputs may read intermediate outputs too: a table reading such a derived field
    # depends on the producer of what the formula reads.
    derived_reads = {d.name: names_in(d.expr) for d in table.derived}

    def expand(names: set[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(names)
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            todo.extend(derived_reads.get(n, ()))
        return seen

    graph: dict[int, set[int]] = {}
    for i, sub in enumerate(table.subtables):
        deps = {producer[n] for n in expand(_reads(sub)) if n in producer and producer[n] != i}
        graph[i] = deps
    try:
        return list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        names = [table.subtables[i].name for i in exc.args[1]]
        raise WorkbookInvalidError(
            "De tabellen lezen elkaars uitvoer in een kring.",
            [
                Diagnostic(
                    "cyclus",
                    f"De tabellen {' → '.join(names)} lezen elkaars uitvoer in een kring; "
                    "maak de volgorde eenduidig.",
                    Location(table.workbook_name, "Tabellen"),
                )
            ],
        ) from None


def _derived_order(table: Table) -> list[Any]:
    by_name = {d.name: d for d in table.derived}
    graph = {d.name: {n for n in names_in(d.expr) if n in by_name} for d in table.derived}
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        raise WorkbookInvalidError(
            "Afgeleide invoer verwijst in een kring naar zichzelf.",
            [
                Diagnostic(
                    "cyclus",
                    f"De afgeleide velden {' → '.join(exc.args[1])} verwijzen in een kring naar elkaar.",
                    Location(table.workbook_name, "Afgeleid"),
                )
            ],
        ) from None
    return [by_name[n] for n in order]
