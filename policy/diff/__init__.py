"""What differs between two versions of a table (Flask-free, for the CLI and the server).

``diff_workbooks`` compares two workbooks row by row and cell by cell, in meaning, with the
texts and cells the officer wrote; ``interface_differences`` says whether a workbook still
fits the table a case system calls (its inputs, outputs, title, peildatum and quota).
"""

from policy.diff.interface import INTERFACE_CODES, InterfaceDifference, interface_differences
from policy.diff.result import RULE_KINDS, CellChange, RowChange, SheetDiff, WorkbookDiff
from policy.diff.workbooks import ReadWorkbook, diff_tables, diff_workbooks, read_for_diff

__all__ = [
    "INTERFACE_CODES",
    "RULE_KINDS",
    "CellChange",
    "InterfaceDifference",
    "ReadWorkbook",
    "RowChange",
    "SheetDiff",
    "WorkbookDiff",
    "diff_tables",
    "diff_workbooks",
    "interface_differences",
    "read_for_diff",
]
