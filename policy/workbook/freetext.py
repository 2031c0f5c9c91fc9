"""Free-text cells (``bron``, ``toelichting``, ``omschrijving``, and the titel and eigenaar in
Metadata): left as the template wrote them, or starting like a spreadsheet formula.

A placeholder of ``regelwerk nieuw`` that is still there is an error at its cell: an untouched
template is not a table. The bron of a template example rule counts as a placeholder while the
row keeps the template's regel_id, however real the example citation looks. Text that begins with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage
return) is a warning: a spreadsheet that opens the workbook or a CSV export of it may run it as
a formula (``+cmd|' /C calc'!A0``). A lone ``-`` and a plain number such as ``-5`` are fine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policy.workbook.sheets import Cell, Collector, Sheet
from policy.workbook.template import PLACEHOLDERS, TEMPLATE_RULES

__all__ = ["check_free_text", "FREE_TEXT_COLUMNS"]

FREE_TEXT_COLUMNS = ("bron", "toelichting", "omschrijving")
_METADATA_TEXT = ("titel", "eigenaar", "omschrijving")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS = re.compile(r"-+|[+-]?\d+(?:[.,]\d+)?%?")
_WHAT = {
    "titel": "Schrijf hier de naam van de tabel voor mensen, bijvoorbeeld 'Working Holiday Programma'.",
    "bron": "Schrijf hier de vindplaats: de paragraaf van de Vc zoals genummerd in die versie, het artikel en "
            "de bronregel, bijvoorbeeld 'Vc B2/2.1.1; 003:L1295'.",
    "toelichting": "Schrijf hier waarom de regel zo luidt (en zeg het als hij een interpretatie is), of maak "
                   "de cel leeg.",
    "omschrijving": "Schrijf hier waarvoor de tabel is, of maak de cel leeg.",
}


def check_free_text(sheets: Iterable[Sheet], metadata: dict[str, Cell], c: Collector) -> None:
    """Report placeholders and formula-like text in the free-text cells of the sheets read."""
    for key in _METADATA_TEXT:
        cell = metadata.get(key)
        if cell is not None:
            _check(cell, key, "Metadata", c)
    for sheet in sheets:
        columns: dict[str, str] = {}
        for name, header in sheet.headers:
            if name in FREE_TEXT_COLUMNS:
                columns.setdefault(header.ref.rstrip("0123456789"), name)
        if not columns:
            continue
        ids = _letter(sheet, "regel_id")
        for _, cells in sheet.rows:
            letters = [cell.ref.rstrip("0123456789") for cell in cells]
            regel_id = next((cell.text for cell, letter in zip(cells, letters) if letter == ids), None)
            for cell, letter in zip(cells, letters):
                column = columns.get(letter)
                if column is not None:
                    template_row = column == "bron" and (regel_id, cell.text) in TEMPLATE_RULES
                    _check(cell, column, sheet.name, c, template_row)


def _letter(sheet: Sheet, name: str) -> str | None:
    return next((header.ref.rstrip("0123456789") for key, header in sheet.headers if key == name), None)


def _check(cell: Cell, column: str, sheet: str, c: Collector, template_row: bool = False) -> None:
    if cell.formula or not isinstance(cell.value, str) or not cell.value.strip():
        return
    if template_row or _placeholder(column, cell.value):
        c.at(cell, "sjabloon_niet_ingevuld",
             f"Hier staat nog de voorbeeldtekst van de sjabloon ('{cell.text}'). {_WHAT[column]}")
        return
    raw = cell.value
    first = raw[:1] if raw[:1] in ("\t", "\r") else raw.lstrip()[:1]
    if first in _FORMULA_START and not _HARMLESS.fullmatch(raw.strip()):
        shown = {"\t": "een tab", "\r": "een regelterugloop"}.get(first, f"'{first}'")
        c.warn("tekst_als_formule",
               f"De tekst in {column} op blad {sheet} begint met {shown} ('{_short(cell.text)}'). Een "
               "rekenprogramma dat het werkboek of een export ervan (CSV) opent, kan die tekst als formule "
               "uitvoeren. Laat de tekst met een letter, cijfer of haakje beginnen.", cell.sheet, cell.ref)


def _placeholder(column: str, text: str) -> bool:
    words = re.sub(r"\s+", " ", text).strip().lower()
    return any(words.startswith(p) for p in PLACEHOLDERS.get(column, ()))


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"
