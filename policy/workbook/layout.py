"""Format a workbook so it helps the officer who edits it (``regelwerk opmaak``).

Dropdowns on every cell whose field has declared values (rules, parameters, examples, and the
declaration columns such as ``type`` and ``beslissingsregel``), an input message with the
field's omschrijving, column widths that fit, wrapped long text, frozen header rows, print
setup (landscape, one page wide, header row on every page) and distinct fills for conditions
and outputs. Only formatting is written: no cell value changes, so the reader sees the same
table (tests hold the compiled form and the diagnostics to that).

Lists too long for Excel's 255-character inline limit (all ISO country codes, long keuzelijsten)
go on a visible sheet ``Lijsten`` that the reader knows and skips; no sheet is hidden.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from policy.errors import PolicyError
from policy.model import FIELD_TYPES, InputField, OutputField, Table
from policy.model.suggest import country_codes
from policy.workbook.reader import read_workbook
from policy.workbook.sheets import normalise

__all__ = ["LISTS_SHEET", "FormatSummary", "LayoutError", "format_workbook", "HIT_POLICY_CHOICES"]

LISTS_SHEET = "Lijsten"
HIT_POLICY_CHOICES = ("UNIEK", "EERSTE", "PRIORITEIT", "ELKE", "VERZAMEL", "VERZAMEL SOM", "VERZAMEL AANTAL",
                      "VERZAMEL MIN", "VERZAMEL MAX", "REGELVOLGORDE", "UITVOERVOLGORDE")
_YES_NO = ("ja", "nee")
_INLINE_LIMIT = 255  # Excel refuses a longer inline list (quotes included, to be safe)
_LISTS_MARK = "RegelwerkLijsten"  # the code name of the Lijsten sheet this module writes
_SPARE_ROWS = 500  # validations reach this far below the last row, for rows still to be added
_MIN_WIDTH, _MAX_WIDTH = 10, 50

_HEADER = PatternFill("solid", fgColor="DDEBF7")  # declarations, metadata: one colour
_CONDITION_HEAD = PatternFill("solid", fgColor="BDD7EE")  # conditions / example inputs: blue
_CONDITION_CELL = PatternFill("solid", fgColor="EEF5FB")
_OUTPUT_HEAD = PatternFill("solid", fgColor="C6E0B4")  # outputs / expected outputs: green
_OUTPUT_CELL = PatternFill("solid", fgColor="F0F7EC")
_OTHER_HEAD = PatternFill("solid", fgColor="E7E6E6")  # regel_id, bron, geldig_van, …: grey

#: Input messages of the columns every rules or examples sheet has (officer-facing, Dutch).
_COLUMN_PROMPTS = {
    "regel_id": "Een korte, unieke naam van de regel, bijvoorbeeld WH-01.",
    "bron": "Waar de regel staat: de paragraaf van de Vc (zoals genummerd in die versie), het artikel "
            "en de vindplaats.",
    "geldig_van": "Eerste dag waarop de regel geldt (JJJJ-MM-DD); leeg: altijd al.",
    "geldig_tot": "Laatste dag waarop de regel geldt (JJJJ-MM-DD, die dag telt mee); leeg: geen einde.",
    "toelichting": "Uitleg; bij een regel ook of de lezing een aanname of interpretatie is.",
    "voorbeeld": "De naam van het voorbeeld.",
    "peildatum": "De datum waarop het voorbeeld wordt beslist (JJJJ-MM-DD); leeg: de peildatum uit de invoer.",
}

#: The sheets formatted besides the rules sheets (Lijsten is written, not formatted).
_FORMATTED = ("metadata", "invoer", "afgeleid", "uitvoer", "tabellen", "parameters", "voorbeelden", "controles")

#: Declaration columns with a fixed set of values: sheet -> column -> choices.
_DECLARATION_CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "invoer": {"type": FIELD_TYPES, "verplicht": _YES_NO, "herkomst": ("feit", "context")},
    "afgeleid": {"type": FIELD_TYPES},
    "uitvoer": {"type": FIELD_TYPES, "tussenresultaat": _YES_NO},
    "tabellen": {"beslissingsregel": HIT_POLICY_CHOICES},
}


class LayoutError(PolicyError):
    """The workbook cannot be formatted without changing what the officer wrote."""

    code = "opmaak_onmogelijk"


@dataclass
class FormatSummary:
    """What :func:`format_workbook` did (for the command's report)."""

    path: Path
    validations: int = 0  # data validations written
    sheets: list[str] = field(default_factory=list)  # sheets formatted
    lists_sheet: bool = False  # whether a Lijsten sheet holds long lists


@dataclass(frozen=True)
class _Field:
    name: str
    type: str
    choices: tuple[str, ...] | None
    description: str

    @property
    def list_name(self) -> str:
        """The heading of its list on Lijsten: the field for its own values, else the type."""
        return self.type if self.choices in (_YES_NO, _all_codes()) else self.name


@lru_cache(maxsize=1)
def _all_codes() -> tuple[str, ...]:
    return tuple(sorted(country_codes()))


def format_workbook(source: str | Path, target: str | Path | None = None) -> FormatSummary | None:
    """Write the formatted workbook ``source`` to ``target`` (default: over ``source``).

    Returns None, writing nothing, when the workbook cannot be read at all (the diagnostics of
    ``regelwerk check`` say why). A workbook with errors is still formatted as far as its
    declarations can be read.
    """
    path = Path(source)
    table, _ = read_workbook(path, partial=True)
    if table is None:
        return None
    wb = load_workbook(path)
    summary = FormatSummary(Path(target) if target is not None else path)
    fields = _fields(table)
    outputs = {f.name for f in table.outputs}
    # sheet -> the fields that are its outputs (a later table reads an intermediate as a condition)
    rule_sheets = {normalise(s.sheet): set(s.outputs) for s in table.subtables} or {"regels": outputs}
    lists = _Lists(wb)
    for ws in wb.worksheets:
        key = normalise(ws.title)
        if key not in rule_sheets and key not in _FORMATTED:
            continue  # a sheet Regelwerk does not read (notes, say) is the officer's own: left as it is
        ws.data_validations.dataValidation = []  # formatting twice gives the same workbook
        headers = _headers(ws)
        if key in rule_sheets:
            summary.validations += _format_grid(ws, headers, fields, rule_sheets[key], lists, skip=("regel_id",))
        elif key == "voorbeelden":
            summary.validations += _format_grid(ws, headers, fields, outputs, lists, skip=("voorbeeld",))
        elif key == "metadata":
            summary.validations += _format_metadata(ws, headers, table, lists)
            _style_header(ws, headers, {})
        elif key == "parameters":
            summary.validations += _format_parameters(ws, headers, table, fields, lists)
            _style_header(ws, headers, {})
        else:
            for column, choices in _DECLARATION_CHOICES.get(key, {}).items():
                if column in headers:
                    summary.validations += _validate(ws, [(headers[column], 2, _last_row(ws))], choices, lists,
                                                     strict=True, title=column)
            _style_header(ws, headers, {})
        _fit_columns(ws)
        _print_setup(ws)
        ws.freeze_panes = "B2" if key in rule_sheets or key == "voorbeelden" else "A2"
        summary.sheets.append(ws.title)
    summary.lists_sheet = lists.finish()
    wb.save(summary.path)
    return summary


# -- what the table declares -----------------------------------------------------------------

def _fields(table: Table) -> dict[str, _Field]:
    codes = _all_codes()
    out: dict[str, _Field] = {}
    declared: list[InputField | OutputField] = [*table.inputs, *table.outputs]
    for f in declared:
        out[f.name] = _Field(f.name, f.type, _choices(f.type, f.allowed, codes), f.description)
    for d in table.derived:
        out.setdefault(d.name, _Field(d.name, d.type, _choices(d.type, None, codes), d.description))
    return out


def _choices(kind: str, allowed: Sequence[Any] | None, codes: tuple[str, ...]) -> tuple[str, ...] | None:
    if allowed:
        return tuple(str(v) for v in allowed)
    if kind == "ja/nee":
        return _YES_NO
    if kind == "landcode":
        return codes
    return None


# -- sheets ----------------------------------------------------------------------------------

def _headers(ws: Worksheet) -> dict[str, int]:
    """Normalised header -> column number (the first of duplicates, as the reader takes it)."""
    out: dict[str, int] = {}
    for cell in ws[1] if ws.max_row >= 1 else ():
        if cell.value is not None and str(cell.value).strip():
            out.setdefault(normalise(cell.value), cell.column)
    return out


def _last_row(ws: Worksheet) -> int:
    return max(ws.max_row, 1) + _SPARE_ROWS


def _format_grid(ws: Worksheet, headers: dict[str, int], fields: dict[str, _Field], outputs: set[str],
                 lists: _Lists, *, skip: tuple[str, ...]) -> int:
    """A rules or examples sheet: a column per field, conditions/inputs blue, outputs green."""
    count = 0
    kinds: dict[int, str] = {}
    for name, column in headers.items():
        f = fields.get(name)
        if f is None or name in skip:
            kinds[column] = "other"
            if name in _COLUMN_PROMPTS:
                count += _validate(ws, [(column, 2, _last_row(ws))], None, lists, strict=False, title=name,
                                   prompt=_COLUMN_PROMPTS[name])
            continue
        kinds[column] = "output" if name in outputs else "condition"
        prompt = f.description or ""
        if f.choices is not None or prompt:
            count += _validate(ws, [(column, 2, _last_row(ws))], f.choices, lists, strict=False, title=name,
                               prompt=prompt, kind=f.type, list_name=f.list_name)
    _style_header(ws, headers, kinds)
    fills = {"condition": _CONDITION_CELL, "output": _OUTPUT_CELL}
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
        if all(c.value is None for c in row):
            continue
        for cell in row:
            fill = fills.get(kinds.get(cell.column, "other"))
            if fill is not None:
                cell.fill = fill
            if isinstance(cell.value, (date, datetime)):
                cell.number_format = "yyyy-mm-dd"
    return count


def _format_metadata(ws: Worksheet, headers: dict[str, int], table: Table, lists: _Lists) -> int:
    if "eigenschap" not in headers or "waarde" not in headers:
        return 0
    dates = tuple(f.name for f in table.inputs if f.type == "datum")
    choices = {"beslissingsregel": HIT_POLICY_CHOICES, "peildatum": dates or None}
    count = 0
    for row in range(2, ws.max_row + 1):
        prop = ws.cell(row, headers["eigenschap"]).value
        wanted = choices.get(normalise(prop)) if prop is not None else None
        if wanted:
            count += _validate(ws, [(headers["waarde"], row, row)], wanted, lists, strict=True, title=normalise(prop))
    return count


def _format_parameters(ws: Worksheet, headers: dict[str, int], table: Table, fields: dict[str, _Field],
                       lists: _Lists) -> int:
    """The ``sleutel`` of a parameter read as ``parameter("naam", veld)`` gets that field's list."""
    if "naam" not in headers or "sleutel" not in headers:
        return 0
    keys = _parameter_keys(table)
    rows: dict[str, list[tuple[int, int, int]]] = {}  # field -> its key cells
    for row in range(2, ws.max_row + 1):
        name = ws.cell(row, headers["naam"]).value
        f = fields.get(keys.get(str(name).strip(), "")) if name is not None else None
        if f is not None and f.choices is not None:
            runs = rows.setdefault(f.name, [])
            if runs and runs[-1][2] == row - 1:  # one range for adjacent rows
                runs[-1] = (runs[-1][0], runs[-1][1], row)
            else:
                runs.append((headers["sleutel"], row, row))
    for name, cells in rows.items():
        f = fields[name]
        _validate(ws, cells, f.choices, lists, strict=False, title=f.name, prompt=f.description, kind=f.type,
                  list_name=f.list_name)
    return len(rows)


def _parameter_keys(table: Table) -> dict[str, str]:
    """Parameter name -> the field its key is read from, in ``parameter("naam", veld)`` calls."""
    trees = [d.expr for d in table.derived]
    trees += [c.expr for s in table.subtables for r in s.rules for c in r.outputs if c.expr is not None]
    found: dict[str, str] = {}
    quota = table.extra.get("quota") or {}
    if quota.get("parameter") and quota.get("key"):
        found[quota["parameter"]] = quota["key"]
    for tree in trees:
        _walk_parameters(tree, found)
    return found


def _walk_parameters(tree: Any, found: dict[str, str]) -> None:
    if not isinstance(tree, list) or not tree:
        return
    if tree[0] == "call" and tree[1] == "parameter" and len(tree[2]) == 2:
        name, key = tree[2]
        if name[0] == "lit" and isinstance(name[1], str) and key[0] == "name":
            found.setdefault(name[1], key[1])
    for part in tree[1:]:
        if isinstance(part, list):
            for sub in part if part and isinstance(part[0], list) else [part]:
                _walk_parameters(sub, found)


# -- validations -----------------------------------------------------------------------------

class _Lists:
    """Long lists, one column each on the visible sheet Lijsten (created only when needed)."""

    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self.columns: dict[tuple[str, ...], str] = {}
        self.titles: list[tuple[str, tuple[str, ...]]] = []
        for ws in list(wb.worksheets):
            if normalise(ws.title) == normalise(LISTS_SHEET):
                if ws.sheet_properties.codeName != _LISTS_MARK:
                    raise LayoutError(
                        f"Het werkboek heeft al een eigen blad '{ws.title}'; Regelwerk zet daar de lange "
                        "keuzelijsten neer. Geef uw blad een andere naam en maak het werkboek opnieuw op.")
                del wb[ws.title]  # ours: rewritten from the declarations

    def formula(self, title: str, choices: tuple[str, ...]) -> str:
        inline = ",".join(choices)
        if len(inline) + 2 <= _INLINE_LIMIT and not any("," in c or '"' in c for c in choices):
            return f'"{inline}"'
        if choices not in self.columns:
            self.titles.append((title, choices))
            letter = get_column_letter(len(self.titles))
            self.columns[choices] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(choices) + 1}"
        return self.columns[choices]

    def finish(self) -> bool:
        if not self.titles:
            return False
        ws = self.wb.create_sheet(LISTS_SHEET)
        ws.sheet_properties.codeName = _LISTS_MARK  # so a later run knows the sheet is its own
        for col, (title, choices) in enumerate(self.titles, start=1):
            ws.cell(1, col, title).font = Font(bold=True)
            for row, value in enumerate(choices, start=2):
                ws.cell(row, col, value)
            longest = max(len(title), *map(len, choices))
            ws.column_dimensions[get_column_letter(col)].width = max(_MIN_WIDTH, min(_MAX_WIDTH, longest + 4))
        ws.freeze_panes = "A2"
        ws.sheet_properties.tabColor = "BFBFBF"
        return True


def _validate(ws: Worksheet, cells: list[tuple[int, int, int]], choices: Iterable[str] | None, lists: _Lists,
              *, strict: bool, title: str, prompt: str = "", kind: str = "", list_name: str = "") -> int:
    """One data validation on ``cells`` (column, first row, last row): a dropdown, an input message, or both.

    ``strict``: a value outside the list is warned about (Excel's "waarschuwing", which can be
    overridden: the reader also knows English names and other spellings). Otherwise the list
    only suggests, since a rule cell may hold ``niet(AR, HK)``, ``< 18`` or a formula.
    """
    choices = tuple(choices) if choices is not None else None
    if choices:
        dv = DataValidation(type="list", formula1=lists.formula(list_name or title, choices), allow_blank=True)
        dv.showErrorMessage = strict
        dv.errorStyle = "warning"
        dv.errorTitle = "Onbekende waarde"
        dv.error = _shorten(f"Deze waarde staat niet in de lijst voor {title}. Controleer de spelling.", 225)
    else:
        dv = DataValidation(allow_blank=True)  # any value: only the input message
    if prompt:
        dv.showInputMessage = True
        dv.promptTitle = _shorten(title, 32)
        dv.prompt = _shorten(f"{prompt} ({kind})" if kind else prompt, 255)
    for column, first, last in cells:
        letter = get_column_letter(column)
        dv.add(f"{letter}{first}" if first == last else f"{letter}{first}:{letter}{last}")
    ws.add_data_validation(dv)
    return 1


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- looks -----------------------------------------------------------------------------------

def _style_header(ws: Worksheet, headers: dict[str, int], kinds: dict[int, str]) -> None:
    fills = {"condition": _CONDITION_HEAD, "output": _OUTPUT_HEAD, "other": _OTHER_HEAD}
    for cell in ws[1] if ws.max_row >= 1 else ():
        if cell.value is None:
            continue
        cell.font = Font(bold=True)
        cell.fill = fills.get(kinds.get(cell.column, ""), _HEADER)
        cell.alignment = Alignment(vertical="top", wrap_text=False)


def _fit_columns(ws: Worksheet) -> None:
    """Widths from the longest line in each column (capped); longer text wraps, top-aligned."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            text = cell.value.isoformat()[:10] if isinstance(cell.value, (date, datetime)) else str(cell.value)
            longest = max((len(line) for line in text.splitlines()), default=0)
            extra = 3 if cell.row == 1 else 2  # bold headers are wider
            widths[cell.column] = max(widths.get(cell.column, 0), longest + extra)
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = max(_MIN_WIDTH, min(_MAX_WIDTH, width))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and (len(cell.value) > _MAX_WIDTH - 2 or "\n" in cell.value):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for dim in ws.row_dimensions.values():
        dim.height = None  # let Excel fit each row to its wrapped text


def _print_setup(ws: Worksheet) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    ws.oddFooter.center.text = "&A — pagina &P van &N"
