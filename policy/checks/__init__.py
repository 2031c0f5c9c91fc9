"""Static analysis of a table model: every problem as a :class:`policy.model.Diagnostic`.

Like OPA's compiler, the checks run as named stages in a fixed order; each stage reads the
shared :class:`Context` and appends diagnostics, none raises. Errors (severity ``fout``) block
compilation; warnings (``waarschuwing``) do not. Each code is documented in
``docs/fouten/<code>.md``.

The coverage stages (overlap, reachability, gaps) reason about sets of values exactly: each
field's values are cut into atoms at every boundary the table mentions (``atoms``), a rule is a
box of atoms × days (``space``), and boxes are compared by splitting the space (``cover``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from policy.checks.absence import check_absence, check_controls
from policy.checks.capacity import check_capacity
from policy.checks.context import Context
from policy.checks.cover import DEADLINE, DEFAULT_BUDGET
from policy.checks.dependencies import check_dependencies
from policy.checks.formulas import check_formulas
from policy.checks.gaps import check_gaps
from policy.checks.hygiene import check_hygiene
from policy.checks.motivering import check_motivering
from policy.checks.outputs import check_output_cells, check_output_types
from policy.checks.overlap import check_overlaps
from policy.checks.parameters import check_parameters
from policy.checks.partial import check_names_of_partial
from policy.checks.periods import check_period_order, check_periods, check_versions
from policy.checks.quota import check_quota
from policy.checks.reachability import check_reachability
from policy.checks.references import check_references
from policy.checks.repeats import check_repeats
from policy.checks.sources import check_sources
from policy.checks.values import check_values
from policy.model import Diagnostic, Table
from policy.model.bulk import collection_paused

__all__ = ["ROW_STAGES", "STAGES", "run_checks"]

Stage = Callable[[Context], None]

#: The stages in the order they run: names first, then rows, then how rows cover the space.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("references", check_references),
    ("formulas", check_formulas),
    ("dependencies", check_dependencies),
    ("outputs", check_output_types),
    ("output_cells", check_output_cells),
    ("sources", check_sources),
    ("motivering", check_motivering),
    ("absence", check_absence),
    ("controls", check_controls),
    ("periods", check_periods),
    ("parameters", check_parameters),
    ("quota", check_quota),
    ("values", check_values),
    ("capacity", check_capacity),
    ("overlaps", check_overlaps),
    ("repeats", check_repeats),
    ("reachability", check_reachability),
    ("gaps", check_gaps),
    ("hygiene", check_hygiene),
)

#: The stages that look at one row at a time: they still say something useful about a workbook
#: whose other rows or declarations the reader could not read (a row with a cell error comes
#: without that cell; ``names_of_partial`` runs the name stages only when every declaration was
#: read).
ROW_STAGES: tuple[tuple[str, Stage], ...] = (
    ("sources", check_sources),
    ("absence", check_absence),
    ("period_order", check_period_order),
    ("versions", check_versions),
    ("names_of_partial", check_names_of_partial),
)


def run_checks(
    table: Table,
    *,
    budget: int = DEFAULT_BUDGET,
    seconds: float | None = 20.0,
    stages: tuple[tuple[str, Stage], ...] = STAGES,
) -> list[Diagnostic]:
    """Every diagnostic about ``table``, errors and warnings, in stage order.

    ``budget`` bounds the work of each coverage analysis and ``seconds`` the wall-clock time of
    all of them together (``None``: no limit); a table that needs more gets the warning
    ``analyse_onvolledig`` instead of an endless check (an upload must answer in time).
    """
    token = DEADLINE.set(time.monotonic() + seconds if seconds is not None else None)
    try:
        with collection_paused():  # the masks and boxes of a big table (policy.model.bulk)
            ctx = Context(table, budget=budget)
            for _name, stage in stages:
                stage(ctx)
            return ctx.diagnostics
    finally:
        DEADLINE.reset(token)
