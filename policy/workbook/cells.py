"""The cells of a read workbook as the officer wrote them, by sheet, row and column.

The model keeps typed values; a diff must also show what the officer typed and where. The reader
already holds every cell while it reads, so :func:`policy.workbook.read_workbook_cells` hands
them out with the model instead of reading the file a second time.
"""

from __future__ import annotations

from dataclasses import dataclass

from policy.workbook.sheets import Sheet, normalise

__all__ = ["CellText", "WorkbookCells"]


@dataclass(frozen=True)
class CellText:
    """One cell: its text as shown in Excel (``""`` when blank) and its address (``D12``)."""

    text: str
    ref: str


class WorkbookCells:
    """Row lookups over the sheets of one workbook (sheet and column names as the reader matches them)."""

    def __init__(self, sheets: list[Sheet]) -> None:
        self._sheets: dict[str, Sheet] = {}
        for sheet in sheets:
            self._sheets.setdefault(normalise(sheet.name), sheet)
        self._rows: dict[str, dict[int, dict[str, CellText]]] = {}
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
        key = normalise(sheet)
        rows = self._rows.get(key)
        if rows is None:
            rows = self._rows[key] = self._index(key)
        found = rows.get(row)
        if found is None:
            return {name: CellText("", f"{letter}{row}") for name, letter in self.columns(sheet).items()}
        return found

    def rows(self, sheet: str) -> list[tuple[int, dict[str, CellText]]]:
        """Every data row of the sheet (rows with any content), in order."""
        key = normalise(sheet)
        rows = self._rows.get(key)
        if rows is None:
            rows = self._rows[key] = self._index(key)
        return list(rows.items())

    def _index(self, key: str) -> dict[int, dict[str, CellText]]:
        sheet = self._sheets.get(key)
        if sheet is None:
            return {}
        letters = self.columns(sheet.name)
        by_letter = {letter: name for name, letter in letters.items()}
        out: dict[int, dict[str, CellText]] = {}
        for number, cells in sheet.rows:
            texts = {name: CellText("", f"{letter}{number}") for name, letter in letters.items()}
            for cell in cells:
                name = by_letter.get(cell.ref.rstrip("0123456789"))
                if name is not None:
                    texts[name] = CellText(cell.text, cell.ref)
            out[number] = texts
        return out
