"""Read a decision-table workbook into a :class:`policy.model.Table` and its diagnostics."""

from __future__ import annotations

import hashlib
from pathlib import Path

from policy.model import Diagnostic, Table
from policy.model.bulk import collection_paused
from policy.workbook.cells import WorkbookCells
from policy.workbook.controls import read_controls
from policy.workbook.examples import read_examples, read_parameters
from policy.workbook.freetext import check_free_text
from policy.workbook.fields import check_metadata, read_declarations, read_metadata, read_quota
from policy.workbook.outcomes import read_outcomes
from policy.workbook.rules import read_subtables, read_table_specs
from policy.workbook.sheets import Collector, Sheet, load_sheets, normalise
from policy.workbook.visibility import check_visibility

__all__ = ["read_workbook", "read_workbook_cells", "KNOWN_SHEETS", "PARTIAL_DECLARATIONS_READ"]

#: ``lijsten`` holds the long dropdown lists `regelwerk opmaak` writes (policy.workbook.layout); never read.
KNOWN_SHEETS = ("metadata", "invoer", "afgeleid", "uitvoer", "tabellen", "regels", "parameters", "voorbeelden",
                "lijsten", "uitkomsten", "controles")
_REQUIRED_SHEETS = {"metadata": "Metadata", "invoer": "Invoer", "uitvoer": "Uitvoer"}
_DECLARATION_SHEETS = ("metadata", "invoer", "afgeleid", "uitvoer", "tabellen", "parameters")
#: ``Table.extra`` key of a partial table (``read_workbook(partial=True)`` with errors): True when
#: every declaration, parameter and Metadata row was read, so that checks of names and formulas
#: can run on it without reporting what the reader could not read as missing
#: (``policy.checks.partial`` reads it).
PARTIAL_DECLARATIONS_READ = "partial_declarations_read"


def read_workbook(
    source: str | Path | bytes,
    *,
    table_id: str | None = None,
    workbook_name: str | None = None,
    partial: bool = False,
) -> tuple[Table | None, list[Diagnostic]]:
    """Read ``source`` (a path or the file's bytes) into a Table, with every problem found.

    Returns ``(None, diagnostics)`` when any diagnostic is an error: a workbook is never
    half-loaded. With ``partial=True`` the readable part comes back instead, only so that the
    checks can report more at once; the caller must never decide with it. A rule row with a cell
    error is then kept without that cell (if its regel_id and dates can be read), and
    ``Table.extra[PARTIAL_DECLARATIONS_READ]`` says whether every declaration was read. Bad
    content never raises; only an unreadable path raises OSError.
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
    with collection_paused():  # a big workbook is millions of small objects (policy.model.bulk)
        return _read(source, table_id, workbook_name, partial)


def _read(source: str | Path | bytes, table_id: str | None, workbook_name: str | None,
          partial: bool) -> tuple[Table | None, list[Diagnostic], WorkbookCells]:
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
    twins: list[Sheet] = []  # a second sheet whose name reads the same as an earlier one
    for sheet in loaded:
        if sheets.setdefault(normalise(sheet.name), sheet) is not sheet:
            twins.append(sheet)
    for key, title in _REQUIRED_SHEETS.items():
        if key not in sheets:
            c.error("ontbrekend_blad", f"Het werkboek mist het blad {title}; voeg het toe (zie de sjabloon).", title)
    meta = read_metadata(sheets["metadata"], c) if "metadata" in sheets else {}
    if "metadata" in sheets:
        check_metadata(meta, sheets["metadata"].name, c, has_tables="tabellen" in sheets)
    decl = read_declarations(sheets, c)
    specs = read_table_specs(sheets, meta, c)
    subtables = read_subtables(specs, decl, c, keep_broken_rows=partial)
    parameters = read_parameters(sheets["parameters"], c) if "parameters" in sheets else []
    examples = read_examples(sheets["voorbeelden"], decl, c) if "voorbeelden" in sheets else []
    outcomes = read_outcomes(sheets["uitkomsten"], decl, c) if "uitkomsten" in sheets else []
    controls = read_controls(sheets["controles"], c) if "controles" in sheets else []
    table_sheets = {normalise(spec.sheet.name) for spec in specs}
    for key, sheet in sheets.items():
        if key not in KNOWN_SHEETS and key not in table_sheets:
            c.warn("onbekend_blad", f"Het blad '{sheet.name}' wordt niet gelezen; het is geen blad van "
                   "Regelwerk en staat niet op blad Tabellen.", sheet.name)
        elif key == "regels" and "tabellen" in sheets and key not in table_sheets:
            c.warn("onbekend_blad", "Het blad Regels wordt niet gelezen: dit werkboek heeft een blad "
                   "Tabellen en Regels staat daar niet op.", sheet.name)
    for twin in twins:
        key = normalise(twin.name)
        report = c.error if key in KNOWN_SHEETS or key in table_sheets else c.warn
        report("dubbele_naam", f"De bladen '{sheets[key].name}' en '{twin.name}' hebben voor Regelwerk dezelfde "
               f"naam (hoofdletters en spaties tellen niet mee); alleen '{sheets[key].name}' wordt gelezen. "
               "Hernoem of verwijder een van beide.", twin.name)
    read = {id(sheet) for key, sheet in sheets.items() if key in KNOWN_SHEETS or key in table_sheets}
    if "tabellen" in sheets and "regels" not in table_sheets:
        read.discard(id(sheets.get("regels")))
    check_visibility(loaded, read, c)
    check_free_text([sheet for sheet in loaded if id(sheet) in read], meta, c)
    if c.has_errors and (not partial or loaded is None):
        return None, c.diagnostics, cells
    extra = read_quota(meta, c)
    if "peildatum" in meta:  # where peildatum_ongeldig points (checks/references.py)
        extra["peildatum_location"] = c.location(meta["peildatum"])
    if c.has_errors:  # partial: may the checks of names and declarations run on what was read?
        extra[PARTIAL_DECLARATIONS_READ] = decl.complete and not decl.broken and not any(
            d.is_error and (d.location.blad is None or normalise(d.location.blad) in _DECLARATION_SHEETS)
            for d in c.diagnostics)
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
        extra=extra,
        outcomes=tuple(outcomes),
        checks=tuple(controls),
    )
    return table, c.diagnostics, cells
