"""read_workbook_cells: the model plus each cell's text and address, from one read."""

from __future__ import annotations

from datetime import date

from policy.workbook import CellText, read_workbook, read_workbook_cells
from tests.factories import build_workbook, sample_workbook


def test_cells_come_with_the_model_as_the_officer_wrote_them():
    data = build_workbook(**sample_workbook())
    table, diagnostics, cells = read_workbook_cells(data)
    assert (table, diagnostics) == read_workbook(data)
    row = cells.row("regels", 2)  # sheet and column names match as the reader matches them
    assert row["leeftijd"] == CellText("niet [18..30]", "C2")
    assert row["geldig_van"] == CellText(date(2020, 1, 1).isoformat(), "H2")
    assert row["toelichting"] == CellText("", "J2")  # blank, but the column is there
    assert cells.columns("Invoer")["omschrijving"] == "D"
    assert cells.sheet_name("VOORBEELDEN") == "Voorbeelden"
    assert [number for number, _ in cells.rows("Metadata")] == [2, 3, 4, 5, 6]
    assert cells.row("Regels", 99)["regel_id"] == CellText("", "A99")


def test_an_unreadable_file_has_no_cells():
    table, diagnostics, cells = read_workbook_cells(b"nope")
    assert table is None and [d.code for d in diagnostics] == ["onleesbaar_bestand"]
    assert not cells.has_sheet("Regels") and cells.rows("Regels") == []
