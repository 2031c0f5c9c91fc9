"""Read a decision-table workbook into a :class:`policy.model.Table` and its diagnostics."""

from __future__ import annotations

import hashlib
from pathlib import Path

from policy.model import Diagnostic, Table
from policy.workbook.cells import WorkbookCells
from policy.workbook.examples import read_examples, read_parameters
from policy.workbook.fields import check_metadata, read_declarations, read_metadata, read_quota
from policy.workbook.rules import read_subtables, read_table_specs
from policy.workbook.sheets import Collector, Sheet, load_sheets, normalise

__all__ = ["read_workbook", "read_workbook_cells", "KNOWN_SHEETS"]

KNOWN_SHEETS = ("metadata", "invoer", "afgeleid", "uitvoer", "tabellen", "regels", "parameters", "voorbeelden")
_REQUIRED_SHEETS = {"metadata": "Metadata", "invoer": "Invoer", "uitvoer": "Uitvoer"}


def read_workbook(
    source: str | Path | bytes,
    *,
    table_id: str | None = None,
    workbook_name: str | None = None,
    partial: bool = False,
) -> tuple[Table | None, list[Diagnostic]]:
    """Read ``source`` (a path or the file's bytes) into a Table, with every problem found.

    Returns ``(None, diagnostics)`` when any diagnostic is an error: a workbook is never
    half-loaded. With ``partial=True`` the readable part comes back instead (rows with a cell
    error left out), only so that row-by-row checks can report more at once; the caller must
    never decide with it. Bad content never raises; only an unreadable path raises OSError.
    ``table_id`` defaults to the file stem, ``workbook_name`` (used in every diagnostic's
    location) to ``<table_id>.xlsx`` or the file name.
    """
    table, diagnostics, _ = read_workbook_cells(source, table_id=table_id, workbook_name=workbook_name,
                                                partial=partial)
    return table, diagnostics


def read_workbook_cells(
    source: str | Path | bytes,
    *,
    table_id: str | None = None,
    workbook_name: str | None = None,
    partial: bool = False,
) -> tuple[Table | None, list[Diagnostic], WorkbookCells]:
    """:func:`read_workbook`, plus the cells as the officer wrote them (one read of the file)."""
    path = None if isinstance(source, (bytes, bytearray)) else Path(source)
    data = bytes(source) if path is None else path.read_bytes()  # type: ignore[arg-type]
    if workbook_name is None:
        workbook_name = f"{table_id}.xlsx" if table_id else (path.name if path else "werkboek.xlsx")
    if table_id is None:
        table_id = path.stem if path else workbook_name.rsplit("/", 1)[-1].removesuffix(".xlsx")
    c = Collector(workbook_name)
    loaded = load_sheets(data, c)
    if loaded is None:
        return None, c.diagnostics, WorkbookCells([])
    cells = WorkbookCells(loaded)
    sheets: dict[str, Sheet] = {}
    for sheet in loaded:
        sheets.setdefault(normalise(sheet.name), sheet)
    for key, title in _REQUIRED_SHEETS.items():
        if key not in sheets:
            c.error("ontbrekend_blad", f"Het werkboek mist het blad {title}; voeg het toe (zie de sjabloon).", title)
    meta = read_metadata(sheets["metadata"], c) if "metadata" in sheets else {}
    if "metadata" in sheets:
        check_metadata(meta, sheets["metadata"].name, c, has_tables="tabellen" in sheets)
    decl = read_declarations(sheets, c)
    specs = read_table_specs(sheets, meta, c)
    subtables = read_subtables(specs, decl, c)
    parameters = read_parameters(sheets["parameters"], c) if "parameters" in sheets else []
    examples = read_examples(sheets["voorbeelden"], decl, c) if "voorbeelden" in sheets else []
    table_sheets = {normalise(spec.sheet.name) for spec in specs}
    for key, sheet in sheets.items():
        if key not in KNOWN_SHEETS and key not in table_sheets:
            c.warn("onbekend_blad", f"Het blad '{sheet.name}' wordt niet gelezen; het is geen blad van "
                   "Regelwerk en staat niet op blad Tabellen.", sheet.name)
        elif key == "regels" and "tabellen" in sheets and key not in table_sheets:
            c.warn("onbekend_blad", "Het blad Regels wordt niet gelezen: dit werkboek heeft een blad "
                   "Tabellen en Regels staat daar niet op.", sheet.name)
    if c.has_errors and (not partial or loaded is None):
        return None, c.diagnostics, cells
    text = {k: cell.text for k, cell in meta.items()}
    table = Table(
        table_id=table_id,
        path=str(path) if path is not None else workbook_name,
        version=hashlib.sha256(data).hexdigest(),
        title=text.get("titel", ""),
        owner=text.get("eigenaar", ""),
        description=text.get("omschrijving", ""),
        peildatum_field=text.get("peildatum", ""),
        inputs=tuple(decl.inputs),
        derived=tuple(decl.derived),
        outputs=tuple(decl.outputs),
        subtables=tuple(subtables),
        parameters=tuple(parameters),
        examples=tuple(examples),
        extra=read_quota(meta, c),
    )
    return table, c.diagnostics, cells
