"""The decision tables: the ``Tabellen`` listing and the rule sheets (``Regels`` by default).

A rule-sheet column is a condition or an output by its name. An intermediate result
(``tussenresultaat``) is an output of the sheet that makes it and a condition of the sheets that
read it; since conditions stand left of outputs, its place decides: left of an input column it is
a condition, right of an output column it is an output; otherwise it is a condition where
another sheet makes it, and an output where no other sheet does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from policy.expr import ExprError, names_in, parse_formula
from policy.model import Condition, DerivedField, InputField, Location, OutputCell, OutputField, Rule, SubTable
from policy.workbook.fields import Declarations, parse_formula_cell, warn_decimal_commas
from policy.workbook.grammar import CellError, parse_condition, parse_hit_policy, parse_value
from policy.workbook.values import hint
from policy.workbook.sheets import FAILED, Cell, Collector, Sheet, normalise

__all__ = ["TableSpec", "read_table_specs", "read_subtables", "RULE_COLUMNS"]

RULE_COLUMNS = ("regel_id", "bron", "geldig_van", "geldig_tot", "toelichting", "motivering")
_REQUIRED_RULE_COLUMNS = ("regel_id", "bron")
_FORMULA_SIGNS = set("()+-*/<>=[]")


@dataclass(frozen=True)
class TableSpec:
    name: str
    sheet: Sheet
    hit_policy: tuple[str, str | None] | None  # None: unreadable (already reported)
    description: str
    cell: Cell | None  # the Tabellen row, or the Metadata beslissingsregel cell


def read_table_specs(sheets: dict[str, Sheet], meta: dict[str, Cell], c: Collector) -> list[TableSpec]:
    """One spec per table: from ``Tabellen``, or the single table ``hoofd`` on ``Regels``."""
    if "tabellen" not in sheets:
        if "regels" not in sheets:
            c.error("ontbrekend_blad", "Het werkboek mist het blad Regels (of een blad Tabellen met de bladen "
                    "van de tabellen); voeg het blad toe.", "Regels")
            return []
        cell = meta.get("beslissingsregel")
        policy = c.parse(cell, parse_hit_policy) if cell is not None and not cell.blank else None
        return [TableSpec("hoofd", sheets["regels"], None if policy is FAILED else policy, "", cell)]
    specs: list[TableSpec] = []
    names: dict[str, Cell] = {}
    used: dict[str, Cell] = {}
    listing = sheets["tabellen"]
    records = c.records(listing, required=("naam", "blad", "beslissingsregel"), optional=("omschrijving",))
    for rec in records:
        name_cell, sheet_cell = rec.cell("naam"), rec.cell("blad")
        name, blad = name_cell.text, normalise(sheet_cell.value) if not (sheet_cell.formula or sheet_cell.blank) else ""
        policy = c.parse(rec.cell("beslissingsregel"), parse_hit_policy)
        if not name:
            if not name_cell.formula:
                c.at(name_cell, "ontbrekende_waarde", "De naam van de tabel ontbreekt.")
            if not blad and not sheet_cell.formula:  # both at once, not the second after the first
                c.at(sheet_cell, "ontbrekende_waarde", "Het blad van deze tabel ontbreekt.")
            continue
        if name.lower() in names:
            c.at(name_cell, "dubbele_naam", f"De tabel '{name}' staat twee keer op blad Tabellen.")
            continue
        names[name.lower()] = name_cell
        if not blad:
            if not sheet_cell.formula:
                c.at(sheet_cell, "ontbrekende_waarde", f"Het blad van tabel '{name}' ontbreekt.")
            continue
        if blad in used:
            c.at(sheet_cell, "dubbele_naam",
                 f"Blad '{sheet_cell.text}' hoort al bij een andere tabel ({used[blad].ref}); "
                 "elke tabel heeft een eigen blad.")
            continue
        used[blad] = sheet_cell
        if blad not in sheets or blad in _DECLARATION_SHEETS:
            c.at(sheet_cell, "ontbrekend_blad",
                 f"Het blad '{sheet_cell.text}' van tabel '{name}' bestaat niet{hint(blad, list(sheets))}.")
            continue
        specs.append(TableSpec(name, sheets[blad], None if policy is FAILED else policy,
                               rec.text("omschrijving"), rec.cell("naam")))
    if not records:
        c.error("ontbrekende_waarde", "Blad Tabellen noemt geen enkele tabel; vul per tabel een rij in.",
                listing.name, "rij 2")
    return specs


_DECLARATION_SHEETS = {"metadata", "invoer", "afgeleid", "uitvoer", "tabellen", "parameters", "voorbeelden",
                       "controles"}


def read_subtables(specs: list[TableSpec], decl: Declarations, c: Collector, *,
                   keep_broken_rows: bool = False) -> list[SubTable]:
    """The tables; a row with a cell that cannot be read is left out (reported).

    With ``keep_broken_rows`` such a row is kept without the cells that failed, as long as its
    ``regel_id``, ``geldig_van`` and ``geldig_tot`` can be read: only for the row-by-row checks of
    a workbook that is not loaded (``read_workbook(partial=True)``), so that a missing bron or an
    overlapping version in that row is reported in the same pass as the cell error.
    """
    fields = decl.by_name()
    layouts = [_layout(spec.sheet, fields, decl.broken, decl.complete, c) for spec in specs]
    roles = _classify(layouts, fields, c)
    subtables = []
    for spec, layout, role in zip(specs, layouts, roles):
        sub = _subtable(spec, layout, role, fields, c, keep_broken_rows)
        if sub is not None:
            subtables.append(sub)
    return subtables


@dataclass
class _Layout:
    sheet: Sheet
    fixed: dict[str, Cell]  # regel_id, bron, … -> header cell
    fields: list[tuple[str, Cell]]  # field name (declared spelling), header cell, in sheet order
    unsure: bool  # has a column that is unknown or whose declaration has a problem


def _layout(sheet: Sheet, fields: dict[str, Any], broken: set[str], complete: bool, c: Collector) -> _Layout:
    layout = _Layout(sheet, {}, [], False)
    for name, cell in c.columns(sheet).items():
        if name in broken:
            layout.unsure = True  # its declaration is reported; its cells are not read
        elif name in RULE_COLUMNS:
            layout.fixed[name] = cell
        elif name in fields:
            layout.fields.append((fields[name].name, cell))
        elif not complete:
            layout.unsure = True  # Invoer or Uitvoer is missing (reported): cannot tell
        else:
            nearest = hint(cell.text, [f.name for f in fields.values()] + list(RULE_COLUMNS))
            layout.unsure = True
            c.at(cell, "onbekende_kolom",
                 f"De kolom '{cell.text}' is geen invoer, afgeleide invoer, uitvoer of vaste kolom{nearest}; "
                 "declareer het veld op blad Invoer, Afgeleid of Uitvoer, of hernoem de kolom.")
    for name in _REQUIRED_RULE_COLUMNS:
        if name not in layout.fixed:
            c.error("ontbrekende_kolom", f"Blad {sheet.name} mist de kolom '{name}'; zet die in de eerste rij.",
                    sheet.name, "rij 1")
    return layout


def _kind(f: Any) -> str:
    if isinstance(f, (InputField, DerivedField)):
        return "condition"
    return "intermediate" if f.intermediate else "output"


def _classify(layouts: list[_Layout], fields: dict[str, Any], c: Collector) -> list[dict[str, str]]:
    """Per sheet: field name -> "condition" or "output"."""
    roles: list[dict[str, str]] = []
    pending: dict[str, list[int]] = {}
    for i, layout in enumerate(layouts):
        kinds = [_kind(fields[name.lower()]) for name, _ in layout.fields]
        role: dict[str, str] = {}
        for j, (name, cell) in enumerate(layout.fields):
            kind = kinds[j]
            output_left = "output" in kinds[:j]
            condition_right = "condition" in kinds[j + 1:]
            if kind == "condition" and output_left:
                c.at(cell, "kolomvolgorde",
                     f"De voorwaarde '{name}' staat rechts van een uitvoerkolom; zet alle voorwaarden "
                     "links van de uitvoer.")
            if kind != "intermediate":
                role[name] = kind
            elif condition_right:
                role[name] = "condition"
            elif output_left or "output" not in kinds[j + 1:]:
                role[name] = "output"
            else:
                pending.setdefault(name, []).append(i)
        roles.append(role)
    for name, where in pending.items():
        made_elsewhere = any(r.get(name) == "output" for r in roles)
        for i in where:
            if made_elsewhere:
                roles[i][name] = "condition"
            elif len(where) == 1:
                roles[i][name] = "output"
            else:
                cell = next(cell for n, cell in layouts[i].fields if n == name)
                c.at(cell, "dubbelzinnige_kolom",
                     f"Regelwerk kan niet bepalen welk blad het tussenresultaat '{name}' maakt; zet het in "
                     "het blad dat het maakt rechts van de uitvoerkolommen.")
                roles[i][name] = "condition"
    return roles


def _subtable(spec: TableSpec, layout: _Layout, role: dict[str, str], fields: dict[str, Any], c: Collector,
              keep_broken_rows: bool) -> SubTable | None:
    conditions = [name for name, _ in layout.fields if role.get(name) == "condition"]
    outputs = [name for name, _ in layout.fields if role.get(name) == "output"]
    if not outputs and layout.fields and not layout.unsure:
        c.error("ontbrekende_kolom", f"Blad {layout.sheet.name} heeft geen uitvoerkolom; voeg de kolom toe "
                "met de uitkomst van de tabel.", layout.sheet.name, "rij 1")
    columns = {name: cell for name, cell in layout.fields}
    known = set(fields)
    rules = []
    for rec in c.rows_of(layout.sheet, {**layout.fixed, **{n.lower(): cell for n, cell in columns.items()}}):
        rule = _rule(rec, conditions, outputs, fields, known, c, keep_broken_rows)
        if rule is not None:
            rules.append(rule)
    policy = spec.hit_policy
    if policy is None:  # unreadable or missing: reported with Tabellen or Metadata
        if not keep_broken_rows:
            return None
        # Only the row checks see a partial table, and they do not read the hit policy: the
        # table's rows still get them (a missing bron there shows beside the policy's error).
        policy = ("UNIQUE", None)
    return SubTable(spec.name, layout.sheet.name, policy[0], policy[1], tuple(conditions),
                    tuple(outputs), tuple(rules), spec.description,
                    c.location(spec.cell) if spec.cell is not None else None)


def _rule(rec: Any, conditions: list[str], outputs: list[str], fields: dict[str, Any], known: set[str], c: Collector,
          keep_broken: bool = False) -> Rule | None:
    ok = True
    id_cell = rec.cell("regel_id")
    if id_cell.blank:
        c.at(id_cell, "ontbrekende_waarde", "De regel heeft geen regel_id; geef elke regel een eigen id (bijvoorbeeld WH-01).")
        ok = False
    tests = []
    location = c.location
    for name in conditions:
        key = name.lower()
        f, cell = fields[key], rec.cell(key)
        # c.parse(cell, parse_condition, …), with the parse remembered per distinct cell (positional: a cheaper key)
        if cell.formula or c.shown_ambiguously(cell, name):
            ok = False
            continue
        test = _parse_condition(cell.value, f.type, name, getattr(f, "allowed", None))
        if isinstance(test, CellError):
            c.at(cell, test.code, test.message)
            ok = False
        else:
            tests.append(Condition(name, cell.text, test, location(cell)))
    cells = []
    for name in outputs:
        key = name.lower()
        out = _output_cell(rec.cell(key), fields[key], known, c)
        if out is FAILED:
            ok = False
        else:
            cells.append(out)
    dates = [c.parse(rec.cell(k), _parse_date, field=k) for k in ("geldig_van", "geldig_tot")]
    if FAILED in dates or id_cell.formula or not (ok or keep_broken):
        return None
    workbook, sheet = c.workbook, rec.sheet  # c.location(rec.cell(k)), without a Cell for a missing one
    own = {k: Location(workbook, sheet, rec.ref(k)) for k in ("bron", "geldig_van", "geldig_tot", "toelichting",
                                                             "motivering")}
    return Rule(id_cell.text, rec.row, rec.sheet, tuple(tests), tuple(cells), rec.text("bron"), dates[0], dates[1],
                rec.text("toelichting"), location(id_cell), own, motivering=rec.text("motivering"))


@lru_cache(maxsize=16_384, typed=True)
def _parse_condition(value: Any, field_type: str, name: str, allowed: Any) -> Any:
    """parse_condition is pure and its results frozen; the rows of a big table repeat their cells
    (typed: the cell 1 and the cell TRUE are different conditions)."""
    return parse_condition(value, field_type, field=name, allowed=allowed)


@lru_cache(maxsize=16_384, typed=True)
def _parse_literal(value: Any, field_type: str, name: str, allowed: Any) -> Any:
    """An output literal of any type but ``lijst`` (a list, which must not be shared): immutable."""
    return parse_value(value, field_type, field=name, allowed=allowed)


@lru_cache(maxsize=4_096, typed=True)
def _parse_date(value: Any, *, field: str) -> Any:
    return parse_value(value, "datum", field=field)  # never a list: a result to share


def _output_cell(cell: Cell, f: OutputField, known: set[str], c: Collector) -> Any:
    """A literal of the output's type, else a formula; blank or ``-`` is the output's default."""
    if cell.formula or c.shown_ambiguously(cell, f.name):
        return FAILED
    text = cell.text
    if cell.blank or text == "-":
        return OutputCell(f.name, text, value=f.default, location=c.location(cell))
    if text.lower() == "leeg":
        return OutputCell(f.name, text, value=[] if f.type == "lijst" else None, location=c.location(cell))
    literal = (parse_value(cell.value, f.type, field=f.name, allowed=f.allowed) if f.type == "lijst"
               else _parse_literal(cell.value, f.type, f.name, f.allowed))
    if not isinstance(literal, CellError) and f.type != "tekst":
        return OutputCell(f.name, cell.text, value=literal, location=c.location(cell))
    if isinstance(cell.value, str):
        tree = _formula(cell.text)
        if tree is not None and _is_formula(tree, f, known):
            warn_decimal_commas(cell, c)
            return OutputCell(f.name, cell.text, expr=tree, location=c.location(cell))
    if not isinstance(literal, CellError):
        return OutputCell(f.name, cell.text, value=literal, location=c.location(cell))
    if isinstance(cell.value, str) and _FORMULA_SIGNS & set(cell.text):
        return parse_formula_cell(cell, c, required=True)  # reports the formula's syntax error
    c.at(cell, literal.code, literal.message)
    return FAILED


def _formula(text: str) -> Any:
    try:
        return parse_formula(text)
    except ExprError:
        return None


def _is_formula(tree: Any, f: OutputField, known: set[str]) -> bool:
    """Whether a cell that parses as a formula is meant as one rather than as a (wrong) value."""
    if tree[0] == "lit":
        return False  # a constant of the wrong type: report it as a value
    if tree[0] in ("name", "list") or f.type == "tekst":
        # a lone word or a comma list is a value unless every name in it is a field
        return all(n.lower() in known for n in names_in(tree))
    return True

