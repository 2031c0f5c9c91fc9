"""Write a new workbook for ``regelwerk nieuw <gebied>/<tabel>``.

Every sheet has its headers in a frozen first row, list-typed columns get a dropdown, and a
small worked example (a table on age) shows each sheet in use, so an officer can replace it row
by row. What only the officer can say is left for them: the eigenaar is empty and the titel,
omschrijving, every bron and toelichting hold a placeholder (:data:`PLACEHOLDERS`), so an
untouched template does not pass ``regelwerk check``; filled in, it checks clean.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from policy.model import FIELD_TYPES

__all__ = ["write_template", "TEMPLATE_SHEETS", "TEMPLATE_RULES", "PLACEHOLDERS"]

_MAX_ROW = 500
_HIT_POLICIES = ("UNIEK", "EERSTE", "PRIORITEIT", "ELKE", "VERZAMEL", "VERZAMEL SOM", "VERZAMEL AANTAL",
                 "VERZAMEL MIN", "VERZAMEL MAX", "REGELVOLGORDE")
_START = date(2024, 1, 1)
_SOURCE = "Voorbeeldbron (vul de paragraaf en vindplaats in)"

#: Column (or Metadata eigenschap) -> how the template's placeholders there begin (lower case).
#: The reader refuses a cell that still starts so (``sjabloon_niet_ingevuld``).
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "titel": ("nieuwe tabel",),
    "omschrijving": ("voorbeeld: vervang de regels",),
    "bron": ("voorbeeldbron",),
    "toelichting": ("voorbeeldregel:",),
}

#: sheet -> (headers, example rows, {header: dropdown values})
TEMPLATE_SHEETS: dict[str, tuple[list[str], list[list[Any]], dict[str, tuple[str, ...]]]] = {
    "Metadata": (
        ["eigenschap", "waarde"],
        [
            ["titel", "Nieuwe tabel"],
            ["eigenaar", ""],
            ["beslissingsregel", "EERSTE"],
            ["peildatum", "aanvraagdatum"],
            ["omschrijving", "Voorbeeld: vervang de regels op elk blad door die van de tabel."],
        ],
        {},
    ),
    "Invoer": (
        ["naam", "type", "toegestane_waarden", "minimum", "maximum", "verplicht", "standaard", "herkomst",
         "omschrijving"],
        [
            ["aanvraagdatum", "datum", None, None, None, "ja", None, "feit", "Datum van indiening; de peildatum."],
            ["geboortedatum", "datum", None, None, None, "ja", None, "feit", "Geboortedatum van de aanvrager."],
        ],
        {"type": FIELD_TYPES, "verplicht": ("ja", "nee"), "herkomst": ("feit", "context")},
    ),
    "Afgeleid": (
        ["naam", "type", "formule", "omschrijving"],
        [["leeftijd", "geheel getal", "leeftijd(geboortedatum, aanvraagdatum)", "Leeftijd in voltooide jaren."]],
        {"type": FIELD_TYPES},
    ),
    "Uitvoer": (
        ["naam", "type", "toegestane_waarden", "standaard", "tussenresultaat", "omschrijving"],
        [["besluit", "keuzelijst", "inwilligen, afwijzen", None, "nee", "Uitkomst van de aanvraag."]],
        {"type": FIELD_TYPES, "tussenresultaat": ("ja", "nee")},
    ),
    "Regels": (
        ["regel_id", "leeftijd", "besluit", "bron", "geldig_van", "geldig_tot", "toelichting"],
        [
            ["VB-01", "< 18", "afwijzen", _SOURCE, _START, None, "Voorbeeldregel: minderjarig."],
            ["VB-02", ">= 18", "inwilligen", _SOURCE, _START, None, "Voorbeeldregel: meerderjarig."],
        ],
        {},
    ),
    "Parameters": (["naam", "sleutel", "waarde", "geldig_van", "geldig_tot", "bron", "toelichting"], [], {}),
    "Voorbeelden": (
        ["voorbeeld", "peildatum", "aanvraagdatum", "geboortedatum", "besluit", "toelichting"],
        [
            ["minderjarig", date(2024, 6, 1), date(2024, 6, 1), date(2010, 1, 1), "afwijzen", "14 jaar"],
            ["precies 18", date(2024, 6, 1), date(2024, 6, 1), date(2006, 6, 1), "inwilligen",
             "18e verjaardag op de aanvraagdatum"],
        ],
        {},
    ),
}


def _template_rules() -> frozenset[tuple[str, str]]:
    headers, rows, _ = TEMPLATE_SHEETS["Regels"]
    at, source = headers.index("regel_id"), headers.index("bron")
    return frozenset((row[at], row[source]) for row in rows)


#: (regel_id, bron) of the template's example rules: a row that still has both is untouched,
#: however real its example bron looks.
TEMPLATE_RULES = _template_rules()


def write_template(path: str | Path, table_id: str) -> Path:
    """Write the template workbook for ``table_id`` to ``path`` and return the path."""
    wb = Workbook()
    wb.remove(wb.active)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for title, (headers, rows, dropdowns) in TEMPLATE_SHEETS.items():
        ws = wb.create_sheet(title)
        ws.append(headers)
        for row in rows:
            if title == "Metadata" and row[0] == "titel":
                row = ["titel", f"Nieuwe tabel {table_id}"]
            ws.append(row)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
        ws.freeze_panes = "A2"
        for col, header in enumerate(headers, start=1):
            letter = get_column_letter(col)
            ws.column_dimensions[letter].width = max(14, min(45, len(header) + 4))
            for cell in ws[letter][1:]:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
            if header in dropdowns:
                _dropdown(ws, f"{letter}2:{letter}{_MAX_ROW}", dropdowns[header])
        if title == "Metadata":
            _dropdown(ws, "B4", _HIT_POLICIES)
    target = Path(path)
    wb.save(target)
    return target


def _dropdown(ws: Any, cells: str, values: tuple[str, ...]) -> None:
    validation = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
    validation.error = "Kies een waarde uit de lijst."
    validation.errorTitle = "Ongeldige waarde"
    validation.showErrorMessage = True
    ws.add_data_validation(validation)
    validation.add(cells)
