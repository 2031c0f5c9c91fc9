"""Build model Tables for the checks directly from the dataclasses, with cell locations.

Sheet layout the locations follow: column A ``regel_id``, then one column per condition, then
one per output, then ``bron``; the first rule is on row 2. Field sheets list one field per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from policy.expr import parse_formula
from policy.model import (
    Condition, DerivedField, Example, InputField, Location, OutputCell, OutputField, ParameterValue, Rule,
    SubTable, Table, Test,
)

WORKBOOK = "tabel.xlsx"


def at(sheet: str, cell: str | None = None) -> Location:
    return Location(WORKBOOK, sheet, cell)


def col(n: int) -> str:
    """Excel column letter of 0-based column ``n`` (enough for tests: A … ZZ)."""
    return chr(65 + n) if n < 26 else chr(64 + n // 26) + chr(65 + n % 26)


# -- condition cells ----------------------------------------------------------------------

def eq(v: Any) -> Test:
    return Test("eq", value=v)


def ne(v: Any) -> Test:
    return Test("ne", value=v)


def lt(v: Any) -> Test:
    return Test("lt", value=v)


def le(v: Any) -> Test:
    return Test("le", value=v)


def gt(v: Any) -> Test:
    return Test("gt", value=v)


def ge(v: Any) -> Test:
    return Test("ge", value=v)


def one_of(*vs: Any) -> Test:
    return Test("in", values=vs)


def none_of(*vs: Any) -> Test:
    return Test("not_in", values=vs)


def between(lo: Any, hi: Any, lo_inc: bool = True, hi_inc: bool = True) -> Test:
    return Test("between", low=lo, high=hi, low_inclusive=lo_inc, high_inclusive=hi_inc)


EMPTY = Test("empty")
PRESENT = Test("present")


def text(t: Test) -> str:
    """The cell an officer would have typed for ``t``."""
    def v(x: Any) -> str:
        return x.isoformat() if isinstance(x, date) else ("ja" if x is True else "nee" if x is False else str(x))

    ops = {"eq": "", "ne": "!= ", "lt": "< ", "le": "<= ", "gt": "> ", "ge": ">= "}
    if t.op in ops:
        return ops[t.op] + v(t.value)
    if t.op == "in":
        return ", ".join(v(x) for x in t.values)
    if t.op == "not_in":
        return f"niet({', '.join(v(x) for x in t.values)})"
    if t.op in ("between", "not_between"):
        inner = f"{'[' if t.low_inclusive else ']'}{v(t.low)}..{v(t.high)}{']' if t.high_inclusive else '['}"
        return inner if t.op == "between" else f"niet {inner}"
    return {"empty": "leeg", "present": "niet leeg", "any": "-"}[t.op]


# -- rows and tables ----------------------------------------------------------------------

@dataclass
class Row:
    regel_id: str
    when: dict[str, Test]
    then: dict[str, Any]
    bron: str = "Vc B2/2.1.1; 003:L1295"
    van: date | None = None
    tot: date | None = None
    row: int | None = None  # sheet row; default: 2 + position
    formulas: dict[str, Any] = field(default_factory=dict)  # output -> formula text or ready AST


def row(regel_id: str, when: dict[str, Test], then: dict[str, Any], **kw: Any) -> Row:
    return Row(regel_id, when, then, **kw)


def sub(name: str, policy: str, inputs: list[str], outputs: list[str], rows: list[Row], *,
        sheet: str | None = None, aggregation: str | None = None) -> SubTable:
    sheet = sheet or ("Regels" if name == "hoofd" else name.capitalize())
    rules = []
    for k, r in enumerate(rows):
        n = r.row if r.row is not None else 2 + k
        conds = tuple(
            Condition(f, text(t), t, at(sheet, f"{col(1 + inputs.index(f))}{n}")) for f, t in r.when.items()
        )
        cells = []
        for f, value in r.then.items():
            where = at(sheet, f"{col(1 + len(inputs) + outputs.index(f))}{n}")
            cells.append(OutputCell(f, "" if value is None else str(value), value=value, location=where))
        for f, formula in r.formulas.items():
            where = at(sheet, f"{col(1 + len(inputs) + outputs.index(f))}{n}")
            expr = parse_formula(formula) if isinstance(formula, str) else formula
            cells.append(OutputCell(f, formula if isinstance(formula, str) else "?", expr=expr, location=where))
        rules.append(Rule(r.regel_id, n, sheet, conds, tuple(cells), r.bron, r.van, r.tot, "", at(sheet, f"rij {n}")))
    return SubTable(name, sheet, policy, aggregation, tuple(inputs), tuple(outputs), tuple(rules),
                    location=at(sheet))


def inp(name: str, type_: str, **kw: Any) -> InputField:
    return InputField(name, type_, **kw)


def out(name: str, type_: str, **kw: Any) -> OutputField:
    return OutputField(name, type_, **kw)


#: Blad Parameters as the locations assume it: naam, sleutel, waarde, geldig_van, geldig_tot, bron.
_PARAMETER_COLUMNS = {"sleutel": "B", "waarde": "C", "geldig_van": "D", "geldig_tot": "E", "bron": "F"}


def table(inputs: list[InputField], outputs: list[OutputField], subtables: list[SubTable], *,
          derived: dict[str, tuple[str, Any]] | None = None, peildatum: str = "aanvraagdatum",
          parameters: list[tuple[Any, ...]] | None = None,
          examples: list[tuple[str, dict[str, Any], dict[str, Any]]] | None = None) -> Table:
    """``derived``: name -> (type, formula text or ready AST); ``parameters``: (naam, sleutel, waarde, van,
    tot[, bron])."""
    return Table(
        table_id="test/tabel", path=f"decision_tables/test/{WORKBOOK}", version="v1", title="Test",
        owner="", description="", peildatum_field=peildatum,
        inputs=tuple(InputField(**{**f.__dict__, "location": at("Invoer", f"A{2 + i}")}) for i, f in enumerate(inputs)),
        derived=tuple(
            DerivedField(n, t, f if isinstance(f, str) else "?", parse_formula(f) if isinstance(f, str) else f,
                         location=at("Afgeleid", f"C{2 + i}"))
            for i, (n, (t, f)) in enumerate((derived or {}).items())
        ),
        outputs=tuple(OutputField(**{**f.__dict__, "location": at("Uitvoer", f"A{2 + i}")}) for i, f in enumerate(outputs)),
        subtables=tuple(subtables),
        parameters=tuple(
            ParameterValue(p[0], p[1], p[2], p[3], p[4], p[5] if len(p) > 5 else "Vc 2000 B2/2.1.2",
                           location=at("Parameters", f"rij {2 + i}"),
                           cells={c: at("Parameters", f"{letter}{2 + i}") for c, letter in _PARAMETER_COLUMNS.items()})
            for i, p in enumerate(parameters or ())
        ),
        examples=tuple(
            Example(name, 2 + i, None, facts, expected, location=at("Voorbeelden", f"rij {2 + i}"))
            for i, (name, facts, expected) in enumerate(examples or ())
        ),
    )


# -- a small Working Holiday table that passes every check ---------------------------------

INPUTS = [
    inp("aanvraagdatum", "datum"),
    inp("geboortedatum", "datum"),
    inp("nationaliteit", "landcode"),
    inp("retourticket", "ja/nee"),
]
DERIVED = {"leeftijd": ("geheel getal", "leeftijd(geboortedatum, aanvraagdatum)")}
OUTPUTS = [out("besluit", "keuzelijst", allowed=("inwilligen", "afwijzen"))]
COLUMNS = ["nationaliteit", "leeftijd", "retourticket"]


def wh_table(rows: list[Row], policy: str = "UNIQUE", **kw: Any) -> Table:
    return table(INPUTS, OUTPUTS, [sub("hoofd", policy, COLUMNS, ["besluit"], rows)], derived=DERIVED, **kw)


CLEAN_UNIQUE = [
    row("WH-01", {"nationaliteit": one_of("AR", "HK"), "leeftijd": between(18, 30), "retourticket": eq(True)},
        {"besluit": "inwilligen"}),
    row("WH-02", {"nationaliteit": one_of("AR", "HK"), "leeftijd": between(18, 30), "retourticket": eq(False)},
        {"besluit": "afwijzen"}),
    row("WH-03", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}),
    row("WH-04", {"leeftijd": gt(30)}, {"besluit": "afwijzen"}),
    row("WH-05", {"nationaliteit": none_of("AR", "HK"), "leeftijd": between(18, 30)}, {"besluit": "afwijzen"}),
]


def having(diagnostics: list[Any], code: str) -> list[Any]:
    """The diagnostics with ``code``."""
    return [d for d in diagnostics if d.code == code]
