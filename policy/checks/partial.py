"""The checks of names and formulas on a workbook the reader could read only in part.

A workbook with a cell error is not loaded, but an officer should see every mistake in one pass,
not the next one only after fixing the first. When the reader could read every declaration,
parameter and Metadata row (``PARTIAL_DECLARATIONS_READ``), what the remaining rows and the
declarations say can be judged without the rows that failed: unknown names in conditions,
formulas and examples, formula types, cycles, output types and values off the list. Coverage
(overlap, reachability, gaps) and anything that needs every row is left for the full run.
"""

from __future__ import annotations

from policy.checks.context import Context
from policy.checks.dependencies import check_dependencies
from policy.checks.formulas import check_formulas
from policy.checks.outputs import check_output_types
from policy.checks.references import check_references
from policy.checks.values import check_values

__all__ = ["PARTIAL_DECLARATIONS_READ", "check_names_of_partial"]

#: ``Table.extra`` key the reader sets on a partial table (``policy.workbook.reader``).
PARTIAL_DECLARATIONS_READ = "partial_declarations_read"
_NAME_STAGES = (check_references, check_formulas, check_dependencies, check_output_types, check_values)


def check_names_of_partial(ctx: Context) -> None:
    """The name stages, on a partial table whose declarations were all read (else nothing)."""
    if ctx.table.extra.get(PARTIAL_DECLARATIONS_READ) is not True:
        return
    for stage in _NAME_STAGES:
        stage(ctx)
