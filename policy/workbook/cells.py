"""The cells of a read workbook as the officer wrote them, by sheet, row and column.

The model keeps typed values; a diff must also show what the officer typed and where. The reader
already holds every cell while it reads, so :func:`policy.workbook.read_workbook_cells` hands
them out with the model instead of reading the file a second time.
"""

from __future__ import annotations

from typing import NamedTuple

from policy.workbook.sheets import Cell, Sheet, normalise

__all__ = ["CellText", "WorkbookCells"]


class CellText(NamedTuple):
    """One cell: its text as shown in Excel (``""`` when blank) and its address (``D12``)."""

    text: str
    ref: str


class WorkbookCells:
    """Row lookups over the sheets of one workbook (sheet and column names as the reader matches them)."""

    def __init__(self, sheets: list[Sheet]) -> None:
        self._sheets: dict[str, Sheet] = {}
        for sheet in sheets:
            self._sheets.setdefault(normalise(sheet.name), sheet)
        self._rows: dict[str, dict[int, list[Cell]]] = {}
        self._letters: dict[str, dict[str, str]] = {}

    def has_sheet(self, sheet: str) -> bool:
        return normalise(sheet) in self._sheets

    def sheet_name(self, sheet: str) -> str | None:
        """The sheet's name as written in the workbook, or None."""
        found = self._sheets.get(normalise(sheet))
        return found.name if found is not None else None

    def columns(self, sheet: str) -> dict[str, str]:
        """Normalised column name -> column letter (the first of duplicate headers counts)."""
        key = normalise(sheet)
        letters = self._letters.get(key)
        if letters is None:
            letters = {}
            found = self._sheets.get(key)
            for name, cell in found.headers if found is not None else ():
                letters.setdefault(name, cell.ref.rstrip("0123456789"))
            self._letters[key] = letters
        return letters

    def row(self, sheet: str, row: int) -> dict[str, CellText]:
        """Every headed column of data row ``row`` (blank cells too): name -> cell."""
        letters = self.columns(sheet)
        texts = {name: CellText("", f"{letter}{row}") for name, letter in letters.items()}
        cells = self._index(normalise(sheet)).get(row)
        if cells:
            by_letter = {letter: name for name, letter in letters.items()}
            for cell in cells:
                name = by_letter.get(cell.ref.rstrip("0123456789"))
                if name is not None:
                    texts[name] = CellText(cell.text, cell.ref)
        return texts

    def rows(self, sheet: str) -> list[tuple[int, dict[str, CellText]]]:
        """Every data row of the sheet (rows with any content), in order."""
        return [(number, self.row(sheet, number)) for number in self._index(normalise(sheet))]

    def _index(self, key: str) -> dict[int, list[Cell]]:
        rows = self._rows.get(key)
        if rows is None:
            sheet = self._sheets.get(key)
            rows = self._rows[key] = dict(sheet.rows) if sheet is not None else {}
        return rows
