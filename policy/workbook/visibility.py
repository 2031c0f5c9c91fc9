"""What the officer cannot see: hidden sheets, hidden rows and columns that hold content, and
values whose number format shows nothing (``;;;``).

What an officer cannot see cannot be law: a hidden sheet, row or column that Regelwerk reads is
an error at its first cell with content; a hidden sheet that Regelwerk does not read is a
warning. Row and column visibility comes from :mod:`policy.workbook.layout`.
"""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl.utils import column_index_from_string, get_column_letter

from policy.workbook.sheets import Cell, Collector, Sheet

__all__ = ["check_visibility"]


def check_visibility(sheets: Iterable[Sheet], read: set[int], c: Collector) -> None:
    """Report what is hidden; ``read`` holds the ``id`` of every sheet Regelwerk reads."""
    for sheet in sheets:
        is_read = id(sheet) in read
        if sheet.state in ("hidden", "veryHidden"):
            how = " (zeer verborgen: alleen met een macro zichtbaar te maken)" if sheet.state == "veryHidden" else ""
            if is_read:
                c.error("verborgen_blad",
                        f"Het blad '{sheet.name}' is verborgen{how}, maar Regelwerk leest het: wat een "
                        "beleidsmedewerker niet ziet, kan geen beleid zijn. Maak het blad zichtbaar "
                        "(rechtsklik op een bladtab, Zichtbaar maken).", sheet.name)
            else:
                c.warn("verborgen_blad",
                       f"Het blad '{sheet.name}' is verborgen{how}. Regelwerk leest het niet, maar een "
                       "verborgen blad in een beleidswerkboek verwart: maak het zichtbaar of verwijder het.",
                       sheet.name)
        if is_read:
            _rows(sheet, c)
            _columns(sheet, c)
            _values(sheet, c)


def _content(sheet: Sheet) -> list[tuple[int, list[Cell]]]:
    """``(row number, non-blank cells)`` of the header row and every data row."""
    header = [cell for _, cell in sheet.headers]
    rows = [(1, header)] if header else []
    rows += [(n, [cell for cell in cells if not cell.blank]) for n, cells in sheet.rows]
    return [(n, cells) for n, cells in rows if cells]


def _rows(sheet: Sheet, c: Collector) -> None:
    layout = sheet.layout
    if not layout.rows_hidden_by_default and not any(layout.rows.values()):
        return  # no row is hidden
    hidden = [(n, cells) for n, cells in _content(sheet) if sheet.layout.row_hidden(n)]
    runs: list[list[tuple[int, list[Cell]]]] = []
    for n, cells in hidden:
        previous = runs[-1][-1][0] if runs else None
        if previous is not None and all(sheet.layout.row_hidden(r) for r in range(previous + 1, n)):
            runs[-1].append((n, cells))
        else:
            runs.append([(n, cells)])
    for run in runs:
        first, last = run[0][0], run[-1][0]
        what = f"Rij {first} van blad {sheet.name} is" if first == last else \
            f"De rijen {first} tot en met {last} van blad {sheet.name} zijn"
        c.at(run[0][1][0], "verborgen_rij",
             f"{what} verborgen, maar Regelwerk leest wat erin staat: wat een beleidsmedewerker niet ziet, "
             "kan geen beleid zijn. Maak de rijen zichtbaar (selecteer de rijen eromheen, Zichtbaar maken; "
             "of klap de groepering uit en zet een filter uit) of verwijder ze.")


def _columns(sheet: Sheet, c: Collector) -> None:
    if not sheet.layout.hidden_columns:
        return
    first: dict[int, Cell] = {}
    for _, cells in _content(sheet):
        for cell in cells:
            column = column_index_from_string(cell.ref.rstrip("0123456789"))
            first.setdefault(column, cell)
    for column in sorted(first):
        if sheet.layout.column_hidden(column):
            cell = first[column]
            named = f" ('{cell.text}')" if cell.ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "1" else ""
            c.at(cell, "verborgen_kolom",
                 f"Kolom {get_column_letter(column)}{named} van blad {sheet.name} is verborgen, maar Regelwerk "
                 "leest wat erin staat: wat een beleidsmedewerker niet ziet, kan geen beleid zijn. Maak de "
                 "kolom zichtbaar (selecteer de kolommen ernaast, Zichtbaar maken) of verwijder haar.")


def _values(sheet: Sheet, c: Collector) -> None:
    # the cells of _content(sheet) in its order, without building it: few cells are concealed
    header = [cell for _, cell in sheet.headers]
    for cells in (header, *(cells for _, cells in sheet.rows)):
        for cell in cells:
            if cell.concealed and not cell.blank:
                c.at(cell, "verborgen_waarde",
                     f"Cel {cell.ref} op blad {sheet.name} lijkt leeg, maar bevat '{cell.text or cell.value}': de "
                     "celopmaak (;;;) toont de waarde niet. Wat een beleidsmedewerker niet ziet, kan geen beleid "
                     "zijn. Geef de cel de opmaak Standaard, of maak haar echt leeg.")
