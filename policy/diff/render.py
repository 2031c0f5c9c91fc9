"""The diff in Dutch for the terminal (``regelwerk verschil``), as rich text lines."""

from __future__ import annotations

from rich.text import Text

from policy.diff.result import CellChange, RowChange, SheetDiff, WorkbookDiff

__all__ = ["diff_lines"]

_HEADINGS = {"metadata": "Metadata", "invoer": "Invoer", "afgeleid": "Afgeleid", "uitvoer": "Uitvoer",
             "tabellen": "Tabellen", "parameters": "Parameters", "voorbeelden": "Voorbeelden"}


def diff_lines(diff: WorkbookDiff) -> list[Text]:
    """Every difference, sheet by sheet, then a summary of the rules."""
    lines = [Text.assemble(("Wat verandert er: ", "bold"), diff.old_workbook, " → ", diff.new_workbook)]
    if diff.identical:
        lines.append(Text("Geen verschil in betekenis: regels, invoer, uitvoer, parameters en voorbeelden "
                          "zijn gelijk.", style="green"))
        return lines
    for sheet in diff.sheets:
        lines.append(Text(""))
        lines.append(Text(_heading(sheet), style="bold"))
        if sheet.columns_added:
            lines.append(Text.assemble("  ", ("kolom erbij ", "green"), ", ".join(sheet.columns_added)))
        if sheet.columns_removed:
            lines.append(Text.assemble("  ", ("kolom eraf  ", "red"), ", ".join(sheet.columns_removed)))
        for row in sheet.added:
            lines.append(Text.assemble("  ", ("nieuw      ", "green"), (row.label, "bold"), f"  (rij {row.new_row})"))
            lines.append(Text("      " + _cells(row, new=True), style="green"))
        for row in sheet.removed:
            lines.append(Text.assemble("  ", ("vervallen  ", "red"), (row.label, "bold"), f"  (rij {row.old_row})"))
            lines.append(Text("      " + _cells(row, new=False), style="red"))
        for row in sheet.changed:
            lines.append(Text.assemble("  ", ("gewijzigd  ", "yellow"), (row.label, "bold"), f"  ({_rows(row)})"))
            for cell in row.cells:
                lines.append(_change(cell))
        for row in sheet.moved:
            lines.append(Text.assemble("  ", ("verplaatst ", "cyan"), (row.label, "bold"),
                                       f"  (van rij {row.old_row} naar rij {row.new_row})"))
    lines.append(Text(""))
    lines.append(_summary(diff))
    return lines


def _heading(sheet: SheetDiff) -> str:
    if sheet.kind == "regels":
        if sheet.old_sheet and sheet.new_sheet and sheet.old_sheet != sheet.new_sheet:
            where = f"blad {sheet.old_sheet} → {sheet.new_sheet}"
        else:
            where = f"blad {sheet.sheet}"
        state = "" if sheet.old_sheet and sheet.new_sheet else (" (nieuwe tabel)" if sheet.new_sheet else " (tabel vervalt)")
        return f"Tabel {sheet.table}, {where}{state}"
    return f"Blad {sheet.new_sheet or sheet.old_sheet or _HEADINGS.get(sheet.kind, sheet.kind)}"


def _rows(row: RowChange) -> str:
    return f"rij {row.old_row}" if row.old_row == row.new_row else f"rij {row.old_row} → rij {row.new_row}"


def _cells(row: RowChange, *, new: bool) -> str:
    return "; ".join(f"{c.column}: {c.new if new else c.old}" for c in row.cells)


def _quoted(text: str | None) -> str:
    if text is None:
        return "(geen kolom)"
    return f"'{text}'" if text else "(leeg)"


def _change(cell: CellChange) -> Text:
    where = " → ".join(ref or "—" for ref in (cell.old_cell, cell.new_cell))
    return Text.assemble("      ", (cell.column, "bold"), ": ", (_quoted(cell.old), "red"), " → ",
                         (_quoted(cell.new), "green"), (f"   {where}", "dim"))


def _summary(diff: WorkbookDiff) -> Text:
    words = {"added": "nieuw", "changed": "gewijzigd", "removed": "vervallen", "moved": "verplaatst"}
    parts = [f"{len(diff.rule_ids(kind))} {words[kind]}" for kind in words]
    rows = sum(len(s.added) + len(s.removed) + len(s.changed) + len(s.moved) for s in diff.sheets)
    return Text.assemble(("Samenvatting: ", "bold"), f"{rows} rij(en) verschillen op {len(diff.sheets)} blad(en); "
                         f"regels: {', '.join(parts)}.")
