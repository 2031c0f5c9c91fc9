"""Load the sheets of a workbook as plain cells, and collect diagnostics with their location.

The archive is checked before openpyxl sees it (size, member count, compression ratio), sheets
are streamed in read-only mode with a cap on the number of cells, and Excel formulas are
reported here once (they are never calculated) so later stages skip those cells silently.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from policy.model import Diagnostic, Location
from policy.workbook.rowparser import sheet_rows
from policy.workbook.sheetxml import Layout, read_layout
from policy.workbook.values import CellError, hint, show

__all__ = ["Cell", "Record", "Sheet", "Collector", "load_sheets", "FAILED", "normalise"]

MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_RATIO = 200
MAX_CELLS = 200_000
#: A number format that shows exactly three decimals and no grouping (``0.000``, ``#0.000``).
_THREE_DECIMALS = re.compile(r"[#0]*0\.000")

#: Returned by :meth:`Collector.parse` when a cell could not be read (already reported).
FAILED: Any = object()


def normalise(header: Any) -> str:
    """``' Toegestane Waarden '`` -> ``'toegestane_waarden'``: how sheet and column names match."""
    return re.sub(r"\s+", "_", show(header).strip().lower())


@dataclass(frozen=True)
class Cell:
    value: Any
    ref: str  # "D12", or "rij 12" for a column the sheet does not have
    sheet: str
    formula: bool = False
    number_format: str = "General"  # how Excel shows a number: '0.000' shows 1 as 1.000
    concealed: bool = False  # its number format shows nothing (``;;;``): the officer sees a blank

    @property
    def blank(self) -> bool:
        value = self.value  # is_blank, inline: asked of every cell several times
        return not self.formula and (value is None or (isinstance(value, str) and not value.strip()))

    @property
    def text(self) -> str:
        # blank or a formula: ""; a blank text shows as "" too (show strips it)
        return "" if self.formula or self.value is None else show(self.value)


@dataclass
class Sheet:
    name: str
    headers: list[tuple[str, Cell]] = field(default_factory=list)  # (normalised name, header cell)
    headed: set[str] = field(default_factory=set)  # column letters with anything in row 1
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)  # data rows with any content
    state: str = "visible"  # or "hidden", "veryHidden"
    layout: Layout = field(default_factory=Layout)  # merged ranges, hidden rows and columns


@dataclass
class Record:
    """One data row of a sheet: the cells by normalised header."""

    sheet: str
    row: int
    cells: dict[str, Cell]
    letters: dict[str, str]  # column name -> column letter, for cells the row does not hold

    def cell(self, name: str) -> Cell:
        found = self.cells.get(name)
        if found is not None:
            return found
        return Cell(None, self.ref(name), self.sheet)

    def text(self, name: str) -> str:
        found = self.cells.get(name)
        return found.text if found is not None else ""  # a cell the row does not hold is blank

    def ref(self, name: str) -> str:
        """``self.cell(name).ref`` without making a Cell for one the row does not hold."""
        found = self.cells.get(name)
        if found is not None:
            return found.ref
        letter = self.letters.get(name)
        return f"{letter}{self.row}" if letter else f"rij {self.row}"


class Collector:
    """Diagnostics of one workbook, in the order found."""

    def __init__(self, workbook: str) -> None:
        self.workbook = workbook
        self.diagnostics: list[Diagnostic] = []

    def error(self, code: str, message: str, sheet: str | None = None, cel: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, Location(self.workbook, sheet, cel)))

    def warn(self, code: str, message: str, sheet: str | None = None, cel: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, Location(self.workbook, sheet, cel), "waarschuwing"))

    def at(self, cell: Cell, code: str, message: str) -> None:
        self.error(code, message, cell.sheet, cell.ref)

    def parse(self, cell: Cell, parser: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``parser(cell.value, …)``; a CellError is reported at the cell and gives FAILED."""
        if cell.formula or self.shown_ambiguously(cell, kwargs.get("field")):
            return FAILED
        result = parser(cell.value, *args, **kwargs)
        if isinstance(result, CellError):
            self.at(cell, result.code, result.message)
            return FAILED
        return result

    def shown_ambiguously(self, cell: Cell, field: Any = None) -> bool:
        """A number Excel shows as ``1.000`` (format ``0.000``): one to Excel, a thousand to a reader.

        Reported (``getal_met_scheidingsteken``) and True; the officer must say which is meant.
        """
        value = cell.value
        if isinstance(value, bool) or not isinstance(value, (int, float)) or abs(value) >= 1000:
            return False
        if not _THREE_DECIMALS.fullmatch(cell.number_format.strip()):
            return False
        shown = f"{value:.3f}"
        whole = shown.replace(".", "").lstrip("0") or "0"
        small = shown.rstrip("0").rstrip(".")
        what = f" voor {field}" if field else ""
        self.at(cell, "getal_met_scheidingsteken",
                f"Deze cel{what} toont {shown} (getalnotatie '{cell.number_format}'): voor Excel is dat "
                f"{small}, voor een lezer {whole} (bedoelt u {whole} of {small}?). Typ het getal zonder "
                "punt tussen de duizendtallen en kies de getalnotatie Standaard.")
        return True

    def location(self, cell: Cell) -> Location:
        return Location(self.workbook, cell.sheet, cell.ref)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)

    def records(self, sheet: Sheet, *, required: tuple[str, ...], optional: tuple[str, ...]) -> list[Record]:
        """The data rows of a sheet with a fixed set of columns; reports header problems."""
        known = required + optional
        columns = self.columns(sheet)
        for name, cell in columns.items():
            if name not in known:
                self.at(cell, "onbekende_kolom",
                        f"De kolom '{cell.text}' hoort niet op blad {sheet.name}{hint(name, known)}; "
                        f"toegestaan: {', '.join(known)}.")
        for name in required:
            if name not in columns:
                self.error("ontbrekende_kolom",
                           f"Blad {sheet.name} mist de kolom '{name}'; zet die in de eerste rij.",
                           sheet.name, "rij 1")
        return self.rows_of(sheet, columns)

    def columns(self, sheet: Sheet) -> dict[str, Cell]:
        """Header name -> header cell; reports duplicate headers (the first one counts)."""
        columns: dict[str, Cell] = {}
        for name, cell in sheet.headers:
            if name in columns:
                self.at(cell, "dubbele_kolom",
                        f"De kolom '{cell.text}' staat twee keer op blad {sheet.name} "
                        f"(ook in {columns[name].ref}); verwijder of hernoem er een.")
            else:
                columns[name] = cell
        return columns

    def rows_of(self, sheet: Sheet, columns: dict[str, Cell]) -> list[Record]:
        index = {_column(cell): name for name, cell in columns.items()}
        letters = {name: letter for letter, name in index.items()}
        records = []
        for row, cells in sheet.rows:
            by_name = {}
            for cell in cells:
                name = index.get(cell.ref.rstrip("0123456789"))  # _column(cell), inline: every cell
                if name is not None and name not in by_name:
                    by_name[name] = cell
            records.append(Record(sheet.name, row, by_name, letters))
        return records


def _column(cell: Cell) -> str:
    return cell.ref.rstrip("0123456789")



def check_archive(data: bytes) -> CellError | None:
    """Refuse what is not an xlsx, or what would unpack into far more than it looks (zip bomb)."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return CellError("onleesbaar_bestand",
                         "Het bestand is geen Excel-werkboek (.xlsx); sla het op als Excel-werkmap.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception:  # zipfile raises BadZipFile, NotImplementedError, ValueError… on damage
        return CellError("onleesbaar_bestand", "Het bestand is beschadigd en kan niet worden gelezen.")
    if len(members) > MAX_MEMBERS:
        return CellError("bestand_te_groot", f"Het werkboek bevat meer dan {MAX_MEMBERS} onderdelen.")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        return CellError("bestand_te_groot",
                         f"Het werkboek is uitgepakt {total // (1024 * 1024)} MB; "
                         f"de grens is {MAX_UNCOMPRESSED // (1024 * 1024)} MB.")
    for m in members:
        if m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            return CellError("bestand_te_groot",
                             f"Onderdeel {m.filename} pakt verdacht sterk uit "
                             f"({m.file_size // max(m.compress_size, 1)} keer); het werkboek wordt niet gelezen.")
    names = {m.filename for m in members}
    if "xl/workbook.xml" not in names:
        return CellError("onleesbaar_bestand",
                         "Het bestand is een zip-archief maar geen Excel-werkboek (.xlsx).")
    return None


def load_sheets(data: bytes, collector: Collector) -> list[Sheet] | None:
    """All sheets of the workbook, or None when it cannot be read (reported)."""
    problem = check_archive(data)
    if problem is not None:
        collector.error(problem.code, problem.message)
        return None
    try:
        with warnings.catch_warnings():  # openpyxl warns about parts it skips; we report what matters
            warnings.simplefilter("ignore", UserWarning)
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        collector.error("onleesbaar_bestand",
                        f"Het werkboek kan niet worden gelezen ({type(exc).__name__}); "
                        "open het in Excel en sla het opnieuw op als .xlsx.")
        return None
    sheets = []
    try:
        for ws in wb.worksheets:
            part = _sheet_xml(data, ws)
            sheet = _read_sheet(ws, part, collector)
            if sheet is not None:
                sheets.append(sheet)
                sheet.state = getattr(ws, "sheet_state", "visible") or "visible"
                sheet.layout = read_layout(part)
                _check_merged(sheet, collector)
    except Exception as exc:  # a damaged sheet part
        collector.error("onleesbaar_bestand",
                        f"Een blad van het werkboek kan niet worden gelezen ({type(exc).__name__}); "
                        "open het in Excel en sla het opnieuw op als .xlsx.")
        return None
    finally:
        wb.close()
    return sheets


def _read_sheet(ws: Any, part: bytes, collector: Collector) -> Sheet | None:
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # trust the cells, not the stored (possibly huge) dimension
    sheet = Sheet(ws.title)
    seen = 0
    for row_number, (width, cells) in enumerate(_rows(ws, part), start=1):
        seen += max(width, 1)
        if seen > MAX_CELLS:
            collector.error("te_veel_cellen",
                            f"Blad {ws.title} heeft meer dan {MAX_CELLS} cellen; "
                            "verwijder lege opgemaakte rijen en kolommen of splits de tabel.",
                            ws.title)
            return None
        for cell in cells:
            if cell.formula:
                collector.at(cell, "excel_formule",
                             f"De cel bevat de Excel-formule '{cell.value}'; Regelwerk rekent geen "
                             "Excel-formules uit. Schrijf de waarde zelf, of een formule zonder '=' "
                             "(bijvoorbeeld min(a, 12)).")
        if row_number == 1:
            sheet.headers = [(normalise(c.value), c) for c in cells if not c.blank and not c.formula]
            sheet.headed = {_column(c) for c in cells if not c.blank}
        elif any(not c.blank for c in cells):
            sheet.rows.append((row_number, cells))
    _check_headerless(sheet, collector)
    return sheet


def _sheet_xml(data: bytes, ws: Any) -> bytes:
    """The sheet's XML part (empty when it cannot be found)."""
    path = getattr(ws, "_worksheet_path", None)
    if not path:
        return b""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read(path.lstrip("/"))
    except (KeyError, zipfile.BadZipFile):
        return b""


def _check_merged(sheet: Sheet, collector: Collector) -> None:
    """Merged cells are read as one value in the first cell and blanks elsewhere: refuse them.

    A blank condition means "any value" and a blank output the default, so a merged range would
    be read differently from what the officer sees. Read-only openpyxl does not expose merges,
    so they are found in the sheet's XML part (``<mergeCell ref="B2:B3"/>``).
    """
    for ref in sheet.layout.merged:
        first = ref.split(":")[0]
        collector.error(
            "samengevoegde_cellen",
            f"De cellen {ref} op blad {sheet.name} zijn samengevoegd. Regelwerk leest dan alleen {first}; "
            "de andere cellen tellen als leeg (bij een voorwaarde: elke waarde). Maak de samenvoeging "
            "ongedaan en zet de waarde in elke cel.",
            sheet.name, first,
        )


def _rows(ws: Any, part: bytes) -> Iterator[tuple[int, list[Cell]]]:
    """Each row from row 1: its width as openpyxl counts it, and its cells with a value."""
    if hasattr(ws, "_get_source"):  # a read-only worksheet: openpyxl's parser, our cells (rowparser)
        yield from sheet_rows(ws, part, _cell, _plain_cell)
        return
    for row_number, row in enumerate(ws.iter_rows(), start=1):
        yield len(row), [_cell(c, ws.title, row_number, col) for col, c in enumerate(row, start=1)
                         if getattr(c, "value", None) is not None]


def _plain_cell(value: Any, ref: str, sheet: str, number_format: Any, has_style: bool) -> Cell:
    """A cell without a formula (what :func:`_cell` makes of one, from its parts)."""
    concealed = has_style and _conceals(number_format, value)
    return Cell(value, ref, sheet, False, number_format or "General", concealed)


def _cell(c: Any, sheet: str, row: int, col: int) -> Cell:
    ref = f"{get_column_letter(col)}{row}"
    value = getattr(c, "value", None)
    formula = getattr(c, "data_type", None) == "f" or isinstance(value, (ArrayFormula, DataTableFormula))
    if isinstance(value, (ArrayFormula, DataTableFormula)):
        value = getattr(value, "text", None) or "=…"
    concealed = bool(getattr(c, "has_style", False)) and _conceals(getattr(c, "number_format", None), value)
    return Cell(value, ref, sheet, formula, getattr(c, "number_format", None) or "General", concealed)


def _conceals(number_format: Any, value: Any) -> bool:
    """Whether a cell with this format shows nothing: every section empty (``;;;``, or ``;;`` for
    a number; a text needs the fourth section, so three semicolons, to vanish)."""
    if not isinstance(number_format, str) or not number_format.strip() or isinstance(value, bool):
        return False
    compact = number_format.replace(" ", "")
    if set(compact) != {";"}:
        return False
    return len(compact) >= 3 or not isinstance(value, str)


def _check_headerless(sheet: Sheet, collector: Collector) -> None:
    """Values in a column without a header would silently vanish: report the first such cell."""
    reported: set[str] = set()
    for _, cells in sheet.rows:
        for cell in cells:
            column = cell.ref.rstrip("0123456789")  # _column(cell), inline: every cell
            if column not in sheet.headed and column not in reported and not cell.blank:
                reported.add(column)
                collector.at(cell, "kolom_zonder_kop",
                             f"Kolom {column} op blad {sheet.name} heeft waarden maar geen kop in rij 1; "
                             "geef de kolom een naam of maak hem leeg.")
