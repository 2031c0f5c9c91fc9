"""The optional ``Uitkomsten`` sheet: per value of a decision output, the sentence a decision
letter opens with (``besluit`` · ``afwijzen`` · ``De aanvraag wordt afgewezen``).

The ``{veld}`` placeholders of a ``zin`` are checked with the rule sheets' ``motivering`` cells
(``policy.checks.motivering``).
"""

from __future__ import annotations

from policy.model import OutcomePhrase
from policy.workbook.fields import Declarations
from policy.workbook.sheets import FAILED, Collector, Sheet
from policy.workbook.values import hint, parse_value

__all__ = ["read_outcomes"]


def read_outcomes(sheet: Sheet, decl: Declarations, c: Collector) -> list[OutcomePhrase]:
    outputs = {f.name.lower(): f for f in decl.outputs if not f.intermediate}
    phrases: list[OutcomePhrase] = []
    seen: dict[tuple[str, object], str] = {}
    for rec in c.records(sheet, required=("uitvoer", "zin"), optional=("waarde", "toelichting")):
        out_cell, value_cell, zin_cell = rec.cell("uitvoer"), rec.cell("waarde"), rec.cell("zin")
        if out_cell.formula or zin_cell.formula or value_cell.formula:
            continue  # reported as an Excel formula
        if out_cell.blank:
            c.at(out_cell, "ontbrekende_waarde", "Noem de uitvoer waarvan deze zin de uitkomst beschrijft.")
            continue
        if zin_cell.blank:
            c.at(zin_cell, "ontbrekende_waarde",
                 f"De zin bij {out_cell.text} ontbreekt; schrijf bijvoorbeeld 'De aanvraag wordt afgewezen'.")
            continue
        f = outputs.get(out_cell.text.lower())
        if f is None:
            if decl.complete and out_cell.text.lower() not in decl.broken:
                names = [o.name for o in outputs.values()]
                c.at(out_cell, "onbekende_uitvoer",
                     f"'{out_cell.text}' is geen uitvoer van de beslissing{hint(out_cell.text, names)}; "
                     f"noem een uitvoer van blad Uitvoer die geen tussenresultaat is ({', '.join(names)}).")
            continue
        value = c.parse(value_cell, parse_value, f.type, field=f.name, allowed=f.allowed)
        if value is FAILED:
            continue
        key = (f.name, value)
        if key in seen:
            what = f"de waarde '{value_cell.text}'" if value is not None else "elke waarde"
            c.at(rec.cell("uitvoer"), "uitkomst_dubbel",
                 f"Voor {f.name} met {what} staat al een zin ({seen[key]}); laat er een over.")
            continue
        seen[key] = zin_cell.ref
        own = {k: c.location(rec.cell(k)) for k in ("uitvoer", "waarde", "zin")}
        phrases.append(OutcomePhrase(f.name, value, zin_cell.text, c.location(zin_cell), own))
    return phrases
