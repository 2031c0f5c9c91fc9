"""Build small model Tables directly (no workbook) for compiler and evaluation tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from policy.expr import parse_formula
from policy.model import (
    Condition, DerivedField, InputField, OutputCell, OutputField, ParameterValue, Rule, SubTable, Table, Test,
)


def rule(regel_id: str, row: int, conds: dict[str, Test], outs: dict[str, Any], *, bron: str = "test",
         van: date | None = None, tot: date | None = None, sheet: str = "Regels") -> Rule:
    cells = []
    for name, v in outs.items():
        if isinstance(v, str) and v.startswith("="):
            cells.append(OutputCell(name, v[1:], expr=parse_formula(v[1:])))
        else:
            cells.append(OutputCell(name, str(v), value=v))
    return Rule(regel_id, row, sheet, tuple(Condition(k, "", t) for k, t in conds.items()), tuple(cells), bron, van, tot)


def table(inputs: list[InputField], outputs: list[OutputField], subtables: list[SubTable], *,
          derived: dict[str, tuple[str, str]] | None = None, peildatum: str = "datum",
          parameters: list[ParameterValue] | None = None, table_id: str = "test/tabel") -> Table:
    return Table(
        table_id=table_id, path=f"{table_id}.xlsx", version="v" + table_id, title="Test", owner="", description="",
        peildatum_field=peildatum, inputs=tuple(inputs),
        derived=tuple(DerivedField(n, t, f, parse_formula(f)) for n, (t, f) in (derived or {}).items()),
        outputs=tuple(outputs), subtables=tuple(subtables), parameters=tuple(parameters or ()),
    )


def sub(name: str, policy: str, inputs: list[str], outputs: list[str], rules: list[Rule],
        aggregation: str | None = None) -> SubTable:
    return SubTable(name, name, policy, aggregation, tuple(inputs), tuple(outputs), tuple(rules))
