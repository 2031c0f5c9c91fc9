"""Write a workbook from plain rows (used by ``regelwerk importeer``; openpyxl stays in this package).

``sheets`` maps a sheet name to its rows, the first row the headers. The result is formatted as
``regelwerk opmaak`` formats any workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from policy.workbook.layout import format_workbook

__all__ = ["write_sheets"]


def write_sheets(path: str | Path, sheets: dict[str, list[list[Any]]], *, formatted: bool = True) -> Path:
    """Write ``sheets`` (name -> rows, headers first) to ``path`` and return the path."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    target = Path(path)
    wb.save(target)
    if formatted:
        format_workbook(target)
    return target
