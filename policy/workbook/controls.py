"""The optional ``Controles`` sheet: cross-field plausibility checks on the facts."""

from __future__ import annotations

from policy.model import PlausibilityCheck
from policy.workbook.fields import parse_formula_cell
from policy.workbook.sheets import FAILED, Collector, Sheet

__all__ = ["read_controls", "CONTROL_COLUMNS"]

CONTROL_COLUMNS = ("regel_id", "controle", "melding", "bron", "toelichting")


def read_controls(sheet: Sheet, c: Collector) -> list[PlausibilityCheck]:
    """Each row: ``regel_id``, ``controle`` (a condition that must hold), ``melding``, ``bron``."""
    checks = []
    seen: dict[str, str] = {}
    for rec in c.records(sheet, required=("regel_id", "controle", "melding"), optional=("bron", "toelichting")):
        id_cell, message_cell = rec.cell("regel_id"), rec.cell("melding")
        ok = True
        if id_cell.blank or id_cell.formula:
            if not id_cell.formula:
                c.at(id_cell, "ontbrekende_waarde", "De controle heeft geen regel_id; geef elke controle een naam.")
            ok = False
        elif id_cell.text in seen:
            c.at(id_cell, "dubbele_naam",
                 f"De regel_id '{id_cell.text}' staat al op {seen[id_cell.text]}; elke controle heeft een eigen naam.")
            ok = False
        else:
            seen[id_cell.text] = f"{sheet.name} {id_cell.ref}"
        if message_cell.blank or message_cell.formula:
            if not message_cell.formula:
                c.at(message_cell, "ontbrekende_waarde",
                     "De melding ontbreekt; schrijf wat de aanvrager moet nakijken, bijvoorbeeld "
                     "'De geboortedatum ligt na de aanvraagdatum.'")
            ok = False
        condition_cell = rec.cell("controle")
        expr = parse_formula_cell(condition_cell, c, required=True)
        if expr is FAILED or not ok:
            continue
        own = {k: c.location(rec.cell(k)) for k in ("controle", "melding", "bron")}
        checks.append(PlausibilityCheck(id_cell.text, condition_cell.text, expr, message_cell.text,
                                        rec.text("bron"), rec.row, c.location(id_cell), own))
    return checks
