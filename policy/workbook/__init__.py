"""Read decision-table workbooks (the only package that imports openpyxl).

``read_workbook`` turns an ``.xlsx`` into a :class:`policy.model.Table` plus diagnostics, keeping
every cell's location; ``grammar`` reads single cells; ``write_template`` writes a new workbook;
``format_workbook`` writes dropdowns, input messages and print setup (``regelwerk opmaak``).
The format is described in docs/architecture.md ("Workbook format") and, for policy officers,
in docs/werkboek.md.
"""

from policy.workbook.grammar import CellError, parse_allowed, parse_condition, parse_hit_policy, parse_value
from policy.workbook.cells import CellText, WorkbookCells
from policy.workbook.layout import format_workbook
from policy.workbook.reader import read_workbook, read_workbook_cells
from policy.workbook.template import write_template

__all__ = [
    "CellError",
    "CellText",
    "WorkbookCells",
    "format_workbook",
    "parse_allowed",
    "parse_condition",
    "parse_hit_policy",
    "parse_value",
    "read_workbook",
    "read_workbook_cells",
    "write_template",
]
