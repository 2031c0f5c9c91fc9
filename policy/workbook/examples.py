"""The optional ``Parameters`` (dated values) and ``Voorbeelden`` (worked examples) sheets."""

from __future__ import annotations

from typing import Any

from policy.model import Example, InputField, OutputField, ParameterValue
from policy.workbook.fields import Declarations
from policy.workbook.values import CellError, parse_value, separated_number, show
from policy.workbook.sheets import FAILED, Collector, Sheet

__all__ = ["read_parameters", "read_examples"]

_EXAMPLE_COLUMNS = ("voorbeeld", "peildatum", "fout", "status", "ontbrekende_feiten", "toelichting")
#: The statuses an example may expect (policy.evaluation.decision.STATUSES).
_STATUSES = ("beslist", "onvolledig", "beoordeling_vereist")


def read_parameters(sheet: Sheet, c: Collector) -> list[ParameterValue]:
    values = []
    optional = ("sleutel", "geldig_van", "geldig_tot", "bron", "toelichting")
    for rec in c.records(sheet, required=("naam", "waarde"), optional=optional):
        name_cell, value_cell = rec.cell("naam"), rec.cell("waarde")
        ok = True
        for cell, what in ((name_cell, "naam"), (value_cell, "waarde")):
            if cell.blank:
                c.at(cell, "ontbrekende_waarde", f"De {what} van de parameter ontbreekt.")
                ok = False
        value = c.parse(value_cell, _parameter_value, f"parameter {name_cell.text}" if name_cell.text else "de waarde")
        dates = [c.parse(rec.cell(k), parse_value, "datum", field=k) for k in ("geldig_van", "geldig_tot")]
        if not ok or value is FAILED or FAILED in dates or name_cell.formula or rec.cell("sleutel").formula:
            continue
        key = rec.text("sleutel") or None
        own = {k: c.location(rec.cell(k)) for k in ("sleutel", "waarde", "geldig_van", "geldig_tot", "bron")}
        values.append(ParameterValue(name_cell.text, key, value, dates[0], dates[1], rec.text("bron"),
                                     rec.text("toelichting"), c.location(name_cell), own))
    return values


def _parameter_value(raw: Any, what: str = "de waarde") -> Any:
    """An Excel number, date or boolean as is; text as ja/nee, a date, a number, or text."""
    if not isinstance(raw, str):
        for kind in ("datum", "ja/nee", "getal"):
            value = parse_value(raw, kind, field="waarde")
            if not isinstance(value, CellError):
                return value
        return show(raw)
    grouped = separated_number(raw, what)  # 1.000: a thousand or one? never guess
    if grouped is not None:
        return grouped
    for kind in ("ja/nee", "datum", "getal"):
        value = parse_value(raw, kind, field="waarde")
        if not isinstance(value, CellError):
            return value
    return raw.strip()


def read_examples(sheet: Sheet, decl: Declarations, c: Collector) -> list[Example]:
    inputs = {f.name.lower(): f for f in decl.inputs}
    outputs = {f.name.lower(): f for f in decl.outputs}
    derived = {f.name.lower() for f in decl.derived}
    columns = c.columns(sheet)
    for name, cell in columns.items():
        known = name in _EXAMPLE_COLUMNS or name in inputs or name in outputs or name in decl.broken
        if known or not decl.complete:
            continue
        why = ("is afgeleid en wordt berekend; laat de kolom weg" if name in derived
               else "is geen invoer of uitvoer van dit werkboek")
        c.at(cell, "onbekende_kolom", f"De kolom '{cell.text}' op blad {sheet.name} {why}.")
    if "voorbeeld" not in columns:
        c.error("ontbrekende_kolom", f"Blad {sheet.name} mist de kolom 'voorbeeld'; zet die in de eerste rij.",
                sheet.name, "rij 1")
    examples = []
    names: dict[str, str] = {}
    for rec in c.rows_of(sheet, columns):
        name_cell = rec.cell("voorbeeld")
        name = name_cell.text
        ok = True
        if not name:
            if not name_cell.formula:
                c.at(name_cell, "ontbrekende_waarde", "Het voorbeeld heeft geen naam; vul de kolom voorbeeld in.")
            ok = False
        elif name in names:
            c.at(name_cell, "dubbele_naam", f"Het voorbeeld '{name}' staat er al ({names[name]}); geef elk een eigen naam.")
            ok = False
        else:
            names[name] = name_cell.ref
        expects_error = not rec.cell("fout").blank
        peildatum = c.parse(rec.cell("peildatum"), parse_value, "datum", field="peildatum")
        facts: dict[str, Any] = {}
        expected: dict[str, Any] = {}
        cells = {}
        for key, cell in rec.cells.items():
            if key in inputs and not cell.blank:
                facts[inputs[key].name] = _fact(cell, inputs[key], expects_error, c)
            elif key in outputs and not cell.blank:
                expected[outputs[key].name] = _expected(cell, outputs[key], c)
                cells[outputs[key].name] = c.location(cell)
        if expects_error:
            expected["fout"] = rec.text("fout")
            cells["fout"] = c.location(rec.cell("fout"))
        for key, parse in (("status", _status), ("ontbrekende_feiten", _missing)):
            cell = rec.cell(key)
            if key not in inputs and key not in outputs and not cell.blank:
                expected[key] = c.parse(cell, parse, inputs)
                cells[key] = c.location(cell)
        if not ok or peildatum is FAILED or FAILED in facts.values() or FAILED in expected.values():
            continue
        examples.append(Example(name, rec.row, peildatum, facts, expected, rec.text("toelichting"),
                                c.location(name_cell), cells))
    return examples


def _fact(cell: Any, f: InputField, expects_error: bool, c: Collector) -> Any:
    """An input value; an example that expects an error may hold an invalid value on purpose."""
    if expects_error and not cell.formula:
        value = parse_value(cell.value, f.type, field=f.name, allowed=f.allowed)
        return show(cell.value) if isinstance(value, CellError) else value
    return c.parse(cell, parse_value, f.type, field=f.name, allowed=f.allowed)


def _expected(cell: Any, f: OutputField, c: Collector) -> Any:
    if not cell.formula and isinstance(cell.value, str) and cell.value.strip().lower() == "leeg":
        return [] if f.type == "lijst" else None
    return c.parse(cell, parse_value, f.type, field=f.name, allowed=f.allowed)


def _status(raw: Any, inputs: dict[str, InputField]) -> Any:
    word = str(raw).strip().lower()
    if word not in _STATUSES:
        return CellError("onbekende_waarde", f"'{raw}' is geen status; kies uit {', '.join(_STATUSES)}.")
    return word


def _missing(raw: Any, inputs: dict[str, InputField]) -> Any:
    """``a, b``: the inputs an onvolledig example still needs (``leeg``: none)."""
    text = str(raw).strip()
    if text.lower() == "leeg":
        return []
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n.lower() not in inputs]
    if unknown:
        return CellError("onbekende_waarde", f"{', '.join(repr(n) for n in unknown)} is geen invoer van dit werkboek; "
                         "noem in ontbrekende_feiten de invoer die nog nodig is, gescheiden door komma's.")
    return sorted(inputs[n.lower()].name for n in names)
