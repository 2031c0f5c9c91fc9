"""What every check stage shares: the table, where things stand, and the analysed spaces."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from policy.checks.cover import DEFAULT_BUDGET, find_gaps
from policy.checks.space import FieldInfo, TableSpace, build_table_space
from policy.expr import FUNCTIONS, functions_in, names_in
from policy.model import (
    DerivedField, Diagnostic, InputField, Location, OutputField, Rule, SubTable, Table,
)

__all__ = ["Context", "policy_text", "rule_name"]

#: Hit policies and aggregations as the officer writes them (the sheet's own words).
_DUTCH_POLICIES = {"UNIQUE": "UNIEK", "FIRST": "EERSTE", "PRIORITY": "PRIORITEIT", "ANY": "ELKE",
                   "COLLECT": "VERZAMEL", "RULE ORDER": "REGELVOLGORDE",
                   "OUTPUT ORDER": "UITVOERVOLGORDE"}
_DUTCH_AGGREGATIONS = {"SUM": "SOM", "COUNT": "AANTAL", "MIN": "MIN", "MAX": "MAX"}


def policy_text(policy: str, aggregation: str | None = None) -> str:
    """``VERZAMEL SOM``: a hit policy in the Dutch words of the workbook."""
    text = _DUTCH_POLICIES.get(policy, policy)
    return f"{text} {_DUTCH_AGGREGATIONS.get(aggregation, aggregation)}" if aggregation else text


def rule_name(rule: Rule) -> str:
    """``WH-03 (rij 5)``: how a message names a row."""
    return f"{rule.regel_id} (rij {rule.row})" if rule.regel_id else f"rij {rule.row}"


class Context:
    """One run of the checks over one table; stages read it and append to ``diagnostics``."""

    def __init__(self, table: Table, *, budget: int = DEFAULT_BUDGET) -> None:
        self.table = table
        self.budget = budget  # work units per coverage analysis (see ``cover``)
        self.workbook = table.workbook_name
        self.diagnostics: list[Diagnostic] = []
        self._spaces: dict[int, TableSpace] = {}
        self._nullable: dict[str, bool | None] = {}

    # -- reporting -------------------------------------------------------------------------

    def report(self, code: str, message: str, where: Location, *, warning: bool = False) -> None:
        severity = "waarschuwing" if warning else "fout"
        self.diagnostics.append(Diagnostic(code, message, where, severity))

    def at(
        self, location: Location | None, sheet: str | None = None, cell: str | None = None
    ) -> Location:
        """``location`` if the model carried one, else the best we know."""
        return location if location is not None else Location(self.workbook, sheet, cell)

    def rule_at(self, rule: Rule, column: str | None = None) -> Location:
        """The rule's ``column`` cell (e.g. ``bron``) when the reader knows it, else its row."""
        if column is not None and column in rule.cells:
            return rule.cells[column]
        return self.at(rule.location, rule.sheet, f"rij {rule.row}")

    def table_at(self, sub: SubTable) -> Location:
        return self.at(sub.location, sub.sheet)

    # -- names -----------------------------------------------------------------------------

    @cached_property
    def inputs(self) -> dict[str, InputField]:
        return {f.name: f for f in self.table.inputs}

    @cached_property
    def derived(self) -> dict[str, DerivedField]:
        return {f.name: f for f in self.table.derived}

    @cached_property
    def outputs(self) -> dict[str, OutputField]:
        return {f.name: f for f in self.table.outputs}

    @cached_property
    def known_fields(self) -> set[str]:
        return set(self.table.field_types())

    @cached_property
    def producers(self) -> dict[str, int]:
        """Output name -> index of the first subtable that produces it."""
        out: dict[str, int] = {}
        for i, sub in enumerate(self.table.subtables):
            for name in sub.outputs:
                out.setdefault(name, i)
        return out

    @cached_property
    def main_subtable(self) -> SubTable | None:
        """The table that gives the decision: the last one whose outputs no other table reads."""
        read = set()
        for sub in self.table.subtables:
            read |= self.reads(sub)
        sinks = [s for s in self.table.subtables if not (set(s.outputs) & read)]
        candidates = sinks or list(self.table.subtables)
        return candidates[-1] if candidates else None

    def reads(self, sub: SubTable) -> set[str]:
        """Every field ``sub`` reads: condition columns and names in its output formulas."""
        names = set(sub.inputs) | {c.field for r in sub.rules for c in r.conditions}
        for r in sub.rules:
            for cell in r.outputs:
                if cell.expr is not None:
                    names |= names_in(cell.expr)
        return names

    # -- spaces ----------------------------------------------------------------------------

    def space(self, sub: SubTable) -> TableSpace:
        key = id(sub)
        if key not in self._spaces:
            self._spaces[key] = build_table_space(sub, self.field_info)
        return self._spaces[key]

    def field_info(self, name: str) -> FieldInfo:
        if name in self.inputs:
            i = self.inputs[name]
            return FieldInfo(i.type, i.allowed, i.minimum, i.maximum, self.nullable(name))
        if name in self.derived:
            return FieldInfo(self.derived[name].type, nullable=self.nullable(name))
        if name in self.outputs:
            o = self.outputs[name]
            return FieldInfo(o.type, o.allowed, nullable=self.nullable(name))
        return FieldInfo("tekst", nullable=True)  # unknown: ``references`` reports it

    def nullable(self, name: str) -> bool:
        """Whether ``name`` can be without a value when a table reads it."""
        if name in self._nullable:
            known = self._nullable[name]
            return True if known is None else known  # None: being decided (a cycle): assume so
        self._nullable[name] = None
        result = self._decide_nullable(name)
        self._nullable[name] = result
        return result

    def _decide_nullable(self, name: str) -> bool:
        if name in self.inputs:
            f = self.inputs[name]
            return not f.required and f.default is None
        if name in self.derived:
            expr = self.derived[name].expr
            return expr is None or self._formula_nullable(expr)
        if name in self.outputs:
            return self._output_nullable(name)
        return True

    def _formula_nullable(self, expr: Any) -> bool:
        """Null propagates unless a function that sees it (``als``, ``is_leeg`` …) takes over."""
        handles_null = any(
            FUNCTIONS[f].null_safe
            for f in functions_in(expr)
            if f in FUNCTIONS and f != "parameter"  # a parameter may have no value on a day
        )
        return not handles_null and any(self.nullable(n) for n in names_in(expr))

    def _output_nullable(self, name: str) -> bool:
        if self.outputs[name].default is not None:
            return False
        i = self.producers.get(name)
        if i is None:
            return True
        sub = self.table.subtables[i]
        if sub.hit_policy in ("COLLECT", "RULE ORDER", "OUTPUT ORDER"):
            return sub.aggregation != "COUNT"  # no match: an empty list, or no sum/min/max
        for rule in sub.rules:
            cell = next((c for c in rule.outputs if c.field == name), None)
            if cell is None or (cell.expr is None and cell.value is None):
                return True
            if cell.expr is not None and self._formula_nullable(cell.expr):
                return True
        space = self.space(sub)
        rules = [b.over for b in space.boxes if b.satisfiable]
        gaps, complete = find_gaps(space.in_force_universe(), rules, limit=1, budget=self.budget)
        return bool(gaps) or not complete
