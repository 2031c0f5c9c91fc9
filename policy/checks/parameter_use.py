"""Where parameters are read: ``parameter("naam", sleutel)`` in formulas and the quota declaration."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from policy.checks.context import Context, rule_name
from policy.model import Location

__all__ = ["ParameterUse", "parameter_calls", "parameter_uses"]


@dataclass(frozen=True)
class ParameterUse:
    """One place that reads parameter ``name``."""

    name: str
    key_field: str | None  # the field whose value is the key (``nationaliteit``), if a field
    type: str | None  # the type the value must have there, when the call is the whole formula
    where: Location
    what: str  # how a message names the place: "de formule van quotum (blad Afgeleid)"
    key_literal: str | None = None  # the key written in the formula (``parameter("quotum", "JP")``)


def parameter_calls(tree: Any) -> list[tuple[str, Any]]:
    """``(name, key tree or None)`` of every ``parameter("naam", …)`` call with a literal name."""
    found: list[tuple[str, Any]] = []

    def walk(node: Any) -> None:
        if not isinstance(node, list) or not node:
            return
        if isinstance(node[0], str):
            if node[0] in ("lit", "name"):
                return
            if node[0] == "call" and node[1] == "parameter" and node[2]:
                first = node[2][0]
                if isinstance(first, list) and first[:1] == ["lit"] and isinstance(first[1], str):
                    found.append((first[1], node[2][1] if len(node[2]) > 1 else None))
            for part in node[1:]:
                walk(part)
        else:
            for part in node:
                walk(part)

    walk(tree)
    return found


def _use(name: str, key: Any, whole: bool, type_: str, where: Location, what: str) -> ParameterUse:
    key_field = key[1] if isinstance(key, list) and key[:1] == ["name"] else None
    literal = key[1] if isinstance(key, list) and key[:1] == ["lit"] and isinstance(key[1], str) else None
    return ParameterUse(name, key_field, type_ if whole else None, where, what, literal)


def parameter_uses(ctx: Context) -> list[ParameterUse]:
    """Every place that reads a parameter, in sheet order (derived inputs, rule cells, quota)."""
    uses: list[ParameterUse] = []
    for f in ctx.table.derived:
        if f.expr is None:
            continue
        for name, key in parameter_calls(f.expr):
            whole = f.expr[:2] == ["call", "parameter"]
            uses.append(_use(name, key, whole, f.type, ctx.at(f.location, "Afgeleid"),
                             f"de formule van {f.name} (blad Afgeleid)"))
    for sub in ctx.table.subtables:
        for rule in sub.rules:
            for cell in rule.outputs:
                if cell.expr is None:
                    continue
                output = ctx.outputs.get(cell.field)
                for name, key in parameter_calls(cell.expr):
                    whole = cell.expr[:2] == ["call", "parameter"] and output is not None
                    uses.append(_use(name, key, whole, output.type if output else "",
                                     ctx.at(cell.location, rule.sheet, f"rij {rule.row}"),
                                     f"de formule voor {cell.field} in regel {rule_name(rule)}"))
    quota: dict[str, str] = ctx.table.extra.get("quota") or {}
    if quota.get("parameter"):
        where = (ctx.table.extra.get("quota_locations") or {}).get("parameter")
        key = quota.get("key")
        uses.append(ParameterUse(quota["parameter"], key, "geheel getal", where or Location(ctx.workbook, "Metadata"),
                                 "quotum_parameter op blad Metadata"))
    return uses
