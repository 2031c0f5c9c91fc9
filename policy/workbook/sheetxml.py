"""How a sheet's cells are shown, from its XML part: merged ranges, hidden rows and columns.

Read-only openpyxl gives a sheet's state but not its row and column formatting, so those are
found in the XML: ``<row r="5" hidden="1">`` (also rows folded away in a collapsed group,
filtered out, or with height 0, and every unlisted row of a sheet whose ``sheetFormatPr`` says
``zeroHeight``) and ``<col min="3" max="5" hidden="1">`` (or width 0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Layout", "read_layout"]

_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_MERGED = re.compile(rb"<" + _PREFIX + rb'mergeCell\s+ref="([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)"')
_ROW = re.compile(rb"<" + _PREFIX + rb"row\b([^>]*)>")
_COL = re.compile(rb"<" + _PREFIX + rb"col\b([^>]*)>")
_FORMAT = re.compile(rb"<" + _PREFIX + rb"sheetFormatPr\b([^>]*)>")
_ATTRIBUTE = re.compile(rb"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


@dataclass
class Layout:
    """How a sheet's cells are shown, as far as the checks care."""

    merged: list[str] = field(default_factory=list)  # "B2:B3"
    rows: dict[int, bool] = field(default_factory=dict)  # row number -> hidden, for rows the XML lists
    rows_hidden_by_default: bool = False  # sheetFormatPr zeroHeight: unlisted rows are hidden
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)  # inclusive 1-based ranges

    def row_hidden(self, row: int) -> bool:
        return self.rows.get(row, self.rows_hidden_by_default)

    def column_hidden(self, column: int) -> bool:
        return any(low <= column <= high for low, high in self.hidden_columns)


def _attributes(raw: bytes) -> dict[str, str]:
    out = {}
    for name, double, single in _ATTRIBUTE.findall(raw):
        key = name.decode(errors="replace").rsplit(":", 1)[-1]
        out[key] = (double or single).decode(errors="replace")
    return out


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true")


def _zero(value: str | None) -> bool:
    try:
        return value is not None and float(value) == 0
    except ValueError:
        return False


def read_layout(xml: bytes) -> Layout:
    """The merged ranges, row visibility and hidden column ranges of a sheet's XML part."""
    layout = Layout(merged=[m.decode() for m in _MERGED.findall(xml)])
    found = _FORMAT.search(xml)
    if found is not None:
        layout.rows_hidden_by_default = _true(_attributes(found.group(1)).get("zeroHeight"))
    for match in _ROW.finditer(xml):
        attrs = _attributes(match.group(1))
        if not attrs.get("r", "").isdigit():
            continue
        height = attrs.get("ht")
        hidden = _true(attrs.get("hidden")) or _zero(height) or (height is None and layout.rows_hidden_by_default)
        layout.rows[int(attrs["r"])] = hidden
    for match in _COL.finditer(xml):
        attrs = _attributes(match.group(1))
        if not (_true(attrs.get("hidden")) or _zero(attrs.get("width"))):
            continue
        try:
            low, high = int(attrs["min"]), int(attrs.get("max", attrs["min"]))
        except (KeyError, ValueError):
            continue
        layout.hidden_columns.append((low, high))
    return layout
