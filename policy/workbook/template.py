"""Write a new workbook for ``regelwerk nieuw <gebied>/<tabel>``.

It is formatted as ``regelwerk opmaak`` formats any workbook (frozen headers, dropdowns, print
setup: policy.workbook.layout), and a small worked example (a table on age) shows each sheet in
use, so an officer can replace it row by row. What only the officer can say is left for them:
the eigenaar is empty and the titel, omschrijving, every bron and toelichting hold a placeholder
(:data:`PLACEHOLDERS`), so an untouched template does not pass ``regelwerk check``; filled in, it
checks clean.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from policy.model import FIELD_TYPES

__all__ = ["write_template", "TEMPLATE_SHEETS", "TEMPLATE_RULES", "PLACEHOLDERS"]

_START = date(2024, 1, 1)
#: A bron is a legal citation: the Vc paragraph as numbered in that version (and the article).
_EXAMPLE_BRON = "Vc 2000 B2/2.1.1"
#: Column (or Metadata eigenschap) -> how the template's placeholders there begin (lower case).
#: The reader refuses a cell that still starts so (``sjabloon_niet_ingevuld``).
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "titel": ("nieuwe tabel",),
    "omschrijving": ("voorbeeld: vervang de regels",),
    "bron": ("voorbeeldbron",),
    "toelichting": ("voorbeeldregel:",),
}

#: sheet -> (headers, example rows, {header: dropdown values}); layout writes these dropdowns (from
#: the declarations, like any workbook's), the template's test holds it to them.
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
        ["naam", "type", "toegestane_waarden", "minimum", "maximum", "verplicht", "standaard", "bron_standaard",
         "herkomst", "omschrijving"],
        [
            ["aanvraagdatum", "datum", None, None, None, "ja", None, None, "feit",
             "Datum van indiening; de peildatum."],
            ["geboortedatum", "datum", None, None, None, "ja", None, None, "feit",
             "Geboortedatum van de aanvrager."],
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
            ["VB-01", "< 18", "afwijzen", _EXAMPLE_BRON, _START, None,
             "Voorbeeldregel: minderjarig. Vervang de bron door de vindplaats van uw regel."],
            ["VB-02", ">= 18", "inwilligen", _EXAMPLE_BRON, _START, None,
             "Voorbeeldregel: meerderjarig. Vervang de bron door de vindplaats van uw regel."],
        ],
        {},
    ),
    "Parameters": (["naam", "sleutel", "waarde", "geldig_van", "geldig_tot", "bron", "toelichting"], [], {}),
    "Controles": (
        ["regel_id", "controle", "melding", "bron", "toelichting"],
        [["CT-01", "geboortedatum <= aanvraagdatum", "De geboortedatum ligt na de aanvraagdatum.", None,
          "Een aanvraag met deze feiten kan niet kloppen; de dienst weigert haar (400) vóór het beslissen."]],
        {},
    ),
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
    """Write the template workbook for ``table_id`` to ``path`` and return the path.

    It is formatted as ``regelwerk opmaak`` formats any workbook (policy.workbook.layout), which
    gives the dropdowns listed in TEMPLATE_SHEETS and more.
    """
    from policy.workbook.layout import format_workbook  # layout reads workbooks; the reader reads this module

    wb = Workbook()
    wb.remove(wb.active)
    for title, (headers, rows, _dropdowns) in TEMPLATE_SHEETS.items():
        ws = wb.create_sheet(title)
        ws.append(headers)
        for row in rows:
            if title == "Metadata" and row[0] == "titel":
                row = ["titel", f"Nieuwe tabel {table_id}"]
            ws.append(row)
    target = Path(path)
    wb.save(target)
    format_workbook(target)
    return target
