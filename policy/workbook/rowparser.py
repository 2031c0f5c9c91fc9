"""A sheet's rows as :class:`~policy.workbook.sheets.Cell`s, read without a ReadOnlyCell per cell.

openpyxl's read-only iteration builds a dict and a ``ReadOnlyCell`` for every cell, and the
reader then built its own ``Cell`` from that: ~30 µs a cell, most of a 10,000-row workbook's
read. This runs openpyxl's own sheet parser (``WorkSheetParser.parse``: the same XML walk, so
the same errors on a damaged part) and replaces only its row step. A common cell (a number, a
shared, plain or simple inline string, a boolean; no formula, no date format, an ordinary
address and style)
becomes a ``Cell`` here at once; every other cell goes through openpyxl's ``parse_cell`` and its
``ReadOnlyCell``, exactly as before. Rows come out as ``ReadOnlyWorksheet.iter_rows`` gives them
after ``reset_dimensions``: numbered from 1, a missing row as an empty one, a row's width the
column of its last cell (cells beyond it dropped, a later cell of the same column winning).
"""

from __future__ import annotations

import io
import re
import types
import xml.etree.ElementTree
from collections.abc import Callable, Iterator
from string import ascii_uppercase, digits
from typing import Any

from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.worksheet import _reader
from openpyxl.worksheet._reader import INLINE_STRING, VALUE_TAG, WorkSheetParser, _cast_number
from openpyxl.xml.constants import SHEET_MAIN_NS

__all__ = ["plain_xml", "sheet_rows"]

Row = tuple[int, list[Any]]  # (width as openpyxl counts it, the cells with a value, by column)

_UPPER = frozenset(ascii_uppercase)
_VALUE_KINDS = frozenset(("n", "s", "str", "b"))
_TEXT_TAG = "{%s}t" % SHEET_MAIN_NS
_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")

#: ``WorkSheetParser.parse`` on the C ElementTree parser. openpyxl walks the sheet with defusedxml's
#: pure-Python one (~1 µs per element); that protects against entity declarations, which need a
#: DTD, so a part without any ``<!`` (no DOCTYPE, no comment, no CDATA) in UTF-8 gets the C
#: parser and the very same walk (openpyxl's own code, pinned 3.1.5, with only ``iterparse``
#: bound to the standard library's).
_parse_plain = types.FunctionType(WorkSheetParser.parse.__code__,
                                  {**vars(_reader), "iterparse": xml.etree.ElementTree.iterparse}, "parse")


def plain_xml(part: bytes) -> bool:
    """Whether ``part`` is UTF-8 XML without a DTD (nothing for defusedxml to refuse)."""
    if b"<!" in part or b"\x00" in part:
        return False
    found = _ENCODING.match(part.removeprefix(b"\xef\xbb\xbf")[:300])
    return found is None or found.group(1).lower() in (b"utf-8", b"utf8")


def sheet_rows(ws: Any, part: bytes, make_cell: Callable[[Any, str, int, int], Any],
               fast_cell: Callable[..., Any]) -> Iterator[Row]:
    """The rows of read-only worksheet ``ws`` (its XML ``part``; empty: openpyxl opens it), row 1
    first (see the module docstring).

    ``make_cell(read_only_cell, sheet, row, column)`` turns an openpyxl cell into a Cell (the
    careful path); ``fast_cell(value, ref, sheet, number_format, has_style)`` makes one of a
    common cell.
    """
    counter = 1
    with (io.BytesIO(part) if part else ws._get_source()) as src:
        parser = _RowParser(ws, src, make_cell, fast_cell)
        rows = _parse_plain(parser) if part and plain_xml(part) else parser.parse()
        for number, row in rows:
            for _ in range(counter, number):  # rows the XML leaves out
                counter += 1
                yield 0, []
            if counter <= number:
                counter += 1
                yield row


class _RowParser(WorkSheetParser):  # type: ignore[misc]
    def __init__(self, ws: Any, src: Any, make_cell: Callable[..., Any], fast_cell: Callable[..., Any]) -> None:
        wb = ws.parent
        super().__init__(src, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
                         date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        self.ws = ws
        self.title = ws.title
        self.make_cell = make_cell
        self.fast_cell = fast_cell
        self.formats: dict[int, str] = {}  # style id -> number format, as ReadOnlyCell gives it
        self.columns: dict[str, int] = {}  # column letters -> number

    def parse_row(self, row: Any) -> tuple[int, Row]:
        r = row.get("r")
        if r is not None:
            try:
                self.row_counter = int(r)
            except ValueError:
                value = float(r)
                if not value.is_integer():
                    raise ValueError(f"{r} is not a valid row number") from None
                self.row_counter = int(value)
        else:
            self.row_counter += 1
        self.col_counter = 0
        number = self.row_counter
        cells: list[tuple[int, Any]] = []
        ordered = True
        last = 0
        for element in row:
            column, cell = self._cell(element, number)
            if column <= last:
                ordered = False
            last = column
            cells.append((column, cell))
        if not ordered:  # as ReadOnlyWorksheet._get_row: by column, the later one winning, none past the last
            by_column = dict(cells)
            cells = sorted((c, cell) for c, cell in by_column.items() if 1 <= c <= last and cell is not None)
        return number, (last, [cell for _, cell in cells if cell is not None])

    def _cell(self, element: Any, number: int) -> tuple[int, Any]:
        ref = element.get("r")
        kind = element.get("t", "n")
        style = element.get("s")
        if ref and len(element) == 1 and (style is None or style.isdigit()) and (
                ((child := element[0]).tag == VALUE_TAG and kind in _VALUE_KINDS)
                # ``<is><t>text</t></is>``: an inline string whose content is its one text (else openpyxl reads it)
                or (kind == "inlineStr" and child.tag == INLINE_STRING and not child.attrib and len(child) == 1
                    and child[0].tag == _TEXT_TAG and len(child[0]) == 0 and bool(child[0].text))):
            letters = ref.rstrip(digits)
            column = self.columns.get(letters)
            if column is None and letters and len(letters) <= 3 and _UPPER.issuperset(letters) and len(ref) > len(letters):
                column = self.columns[letters] = _column_number(letters)
            style_id = int(style) if style else 0
            if column is not None and not (kind == "n" and style_id in self.date_formats):
                self.col_counter = column
                text = child.text if kind != "inlineStr" else child[0].text
                if not text:
                    return column, None
                if kind == "n":
                    value: Any = _cast_number(text)
                elif kind == "s":
                    value = self.shared_strings[int(text)]
                elif kind == "b":
                    value = bool(int(text))
                else:
                    value = text
                number_format = self.formats.get(style_id)
                if number_format is None:
                    number_format = self.formats[style_id] = ReadOnlyCell(self.ws, 0, 0, None, "n", style_id).number_format
                return column, self.fast_cell(value, f"{letters}{number}", self.title, number_format, style_id != 0)
        parsed = self.parse_cell(element)
        column = parsed["column"]
        cell = ReadOnlyCell(self.ws, **parsed)
        return column, (self.make_cell(cell, self.title, number, column) if cell.value is not None else None)


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number
