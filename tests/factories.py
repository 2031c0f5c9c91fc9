"""Build decision-table workbooks in code, so a test shows the rows it relies on.

Each sheet is given as a list of dicts ``header -> cell value``; the header row is the union of
the keys in order of first appearance, and a missing key is a blank cell. Values are written as
they are: ``date`` becomes an Excel date, ``True`` an Excel boolean, and a string starting with
``=`` an Excel formula (which the reader must refuse); ``Text("= 18")`` is that string as text, as
an officer gets it by typing ``'= 18``.

    data = build_workbook(
        metadata={"titel": "Test", "eigenaar": "Team Test", "beslissingsregel": "UNIQUE",
                  "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "leeftijd", "type": "geheel getal"}, ...],
        outputs=[{"naam": "besluit", "type": "keuzelijst", "toegestane_waarden": "ja, nee"}],
        rules=[{"regel_id": "R1", "leeftijd": "< 18", "besluit": "nee", "bron": "Vc B1"}],
    )

``tables={"gronden": {"beslissingsregel": "COLLECT", "rules": [...]}}`` writes a ``Tabellen``
sheet and one rules sheet per table (named by ``blad``, default the capitalised table name)
instead of ``Regels``. ``sheets={"Naam": [[header, ...], [cell, ...]]}`` adds raw sheets
verbatim, for layouts the keyword arguments cannot express (a missing header row, say).
:func:`sample_workbook` gives the keyword arguments of a small valid workbook to start from.
"""

from __future__ import annotations

import copy
import io
import zipfile
from datetime import date
from pathlib import Path
from collections.abc import Callable
from typing import Any

from openpyxl import Workbook, load_workbook

__all__ = [
    "Text", "build_workbook", "edit_workbook", "fill_in_template", "rewrite_part", "write_workbook", "sample_workbook",
]

Rows = list[dict[str, Any]]


class Text(str):
    """A cell value written as text even when it starts with ``=``."""


def build_workbook(
    *,
    metadata: dict[str, Any] | None = None,
    inputs: Rows | None = None,
    derived: Rows | None = None,
    outputs: Rows | None = None,
    rules: Rows | None = None,
    tables: dict[str, dict[str, Any]] | None = None,
    parameters: Rows | None = None,
    examples: Rows | None = None,
    controls: Rows | None = None,
    sheets: dict[str, list[list[Any]]] | None = None,
) -> bytes:
    """Return the bytes of an ``.xlsx`` holding the given sheets (``None`` omits a sheet)."""
    wb = Workbook()
    wb.remove(wb.active)
    if metadata is not None:
        _add(wb, "Metadata", [{"eigenschap": k, "waarde": v} for k, v in metadata.items()],
             headers=["eigenschap", "waarde"])
    if inputs is not None:
        # bron_standaard last: a column a test adds to one row (minimum, say) keeps its letter
        names = list(dict.fromkeys(k for row in inputs for k in row))
        _add(wb, "Invoer", inputs, headers=[k for k in names if k != "bron_standaard"]
             + [k for k in names if k == "bron_standaard"])
    if derived is not None:
        _add(wb, "Afgeleid", derived)
    if outputs is not None:
        _add(wb, "Uitvoer", outputs)
    if tables is not None:
        listing = []
        for name, spec in tables.items():
            row = {"naam": name, "blad": spec.get("blad", name.capitalize())}
            row.update({k: v for k, v in spec.items() if k not in ("blad", "rules")})
            listing.append(row)
        _add(wb, "Tabellen", listing)
        for row, spec in zip(listing, tables.values()):
            _add(wb, row["blad"], spec.get("rules", []))
    if rules is not None:
        _add(wb, "Regels", rules)
    if parameters is not None:
        _add(wb, "Parameters", parameters)
    if examples is not None:
        _add(wb, "Voorbeelden", examples)
    if controls is not None:
        _add(wb, "Controles", controls)
    for name, raw in (sheets or {}).items():
        ws = wb.create_sheet(name)
        for values in raw:
            _append(ws, list(values))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def edit_workbook(data: bytes, edit: Callable[[Workbook], Any]) -> bytes:
    """``data`` opened in openpyxl, changed by ``edit(wb)`` and saved again: for what an officer
    does in Excel that the keyword arguments cannot say (hide a sheet, fold rows away, …)."""
    wb = load_workbook(io.BytesIO(data))
    edit(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def rewrite_part(data: bytes, part: str, old: bytes, new: bytes) -> bytes:
    """``data`` with ``old`` replaced by ``new`` in archive member ``part`` (e.g. a sheet's XML):
    for what Excel writes and openpyxl does not (a row of height 0)."""
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == part:
                assert old in content, f"{old!r} not in {part}"
                content = content.replace(old, new)
            out.writestr(member, content)
    return target.getvalue()


def fill_in_template(path: str | Path) -> Path:
    """What an officer does first with a ``regelwerk nieuw`` workbook: fill in the eigenaar and
    replace every placeholder (titel, omschrijving, bron, toelichting) by real text."""
    wb = load_workbook(path)
    meta = {row[0].value: row[1] for row in wb["Metadata"].iter_rows(min_row=2)}
    meta["titel"].value = "Leeftijdstoets (proef)"
    meta["eigenaar"].value = "Team Proef"
    meta["omschrijving"].value = "Wie meerderjarig is, wordt ingewilligd."
    rules = wb["Regels"]
    headers = [c.value for c in rules[1]]
    for row in rules.iter_rows(min_row=2):
        row[headers.index("bron")].value = "Vc B1/1.1; 001:L10"
        row[headers.index("toelichting")].value = None
    wb.save(path)
    return Path(path)


def write_workbook(path: str | Path, **sheets: Any) -> Path:
    """Write :func:`build_workbook` ``(**sheets)`` to ``path`` (parents created) and return it."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build_workbook(**sheets))
    return target


def sample_workbook() -> dict[str, Any]:
    """Keyword arguments of a small valid single-table workbook (a fresh copy each call)."""
    return copy.deepcopy(_SAMPLE)


def _add(wb: Workbook, title: str, rows: Rows, headers: list[str] | None = None) -> None:
    ws = wb.create_sheet(title)
    if headers is None:
        headers = []
        for row in rows:
            headers.extend(k for k in row if k not in headers)
    _append(ws, headers)
    for row in rows:
        _append(ws, [row.get(h) for h in headers])


def _append(ws: Any, values: list[Any]) -> None:
    ws.append(values)
    if not any(isinstance(value, Text) for value in values):
        return  # ws.max_row scans every cell: only look the row up when it needs fixing
    for cell, value in zip(ws[ws.max_row], values):
        if isinstance(value, Text):
            cell.value = str(value)
            cell.data_type = "s"


_SAMPLE: dict[str, Any] = {
    "metadata": {
        "titel": "Working holiday (test)",
        "eigenaar": "Team Uitwisseling",
        "beslissingsregel": "FIRST",
        "peildatum": "aanvraagdatum",
        "omschrijving": "Kleine testtabel",
    },
    "inputs": [
        {"naam": "nationaliteit", "type": "landcode", "verplicht": "ja", "omschrijving": "ISO-code"},
        {"naam": "geboortedatum", "type": "datum"},
        {"naam": "aanvraagdatum", "type": "datum"},
        {"naam": "retourticket", "type": "ja/nee", "verplicht": "nee", "standaard": "nee",
         "bron_standaard": "Vc 2000 B2/2.1; 003:L1251"},
    ],
    "derived": [
        {"naam": "leeftijd", "type": "geheel getal", "formule": "leeftijd(geboortedatum, aanvraagdatum)"},
    ],
    "outputs": [
        {"naam": "besluit", "type": "keuzelijst", "toegestane_waarden": "inwilligen, afwijzen"},
        {"naam": "gronden", "type": "lijst", "toegestane_waarden": "leeftijd, retourticket, nationaliteit"},
    ],
    "rules": [
        {"regel_id": "WH-01", "nationaliteit": "-", "leeftijd": "niet [18..30]", "retourticket": "-",
         "besluit": "afwijzen", "gronden": "leeftijd", "bron": "Vc B2/2.1", "geldig_van": date(2020, 1, 1),
         "geldig_tot": None, "toelichting": ""},
        {"regel_id": "WH-02", "nationaliteit": "-", "leeftijd": "-", "retourticket": "nee",
         "besluit": "afwijzen", "gronden": "retourticket", "bron": "Vc B2/2.2", "geldig_van": date(2020, 1, 1)},
        {"regel_id": "WH-03", "nationaliteit": "AR, HK, TW", "leeftijd": "-", "retourticket": "-",
         "besluit": "inwilligen", "bron": "Vc B2/2.3", "geldig_van": date(2020, 1, 1)},
        {"regel_id": "WH-04", "nationaliteit": "-", "leeftijd": "-", "retourticket": "-",
         "besluit": "afwijzen", "gronden": "nationaliteit", "bron": "Vc B2/2.4", "geldig_van": date(2020, 1, 1)},
    ],
    "examples": [
        {"voorbeeld": "te jong", "peildatum": date(2024, 3, 1), "nationaliteit": "AR",
         "geboortedatum": date(2010, 1, 1), "aanvraagdatum": date(2024, 3, 1), "retourticket": "ja",
         "besluit": "afwijzen", "gronden": "leeftijd", "toelichting": ""},
    ],
}
