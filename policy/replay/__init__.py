"""Replay the real decision log with a draft version of a table: what would have flipped?

    report = replay_log(store, "uitwisseling/working_holiday", draft,
                        start=date(2024, 1, 1), end=date(2024, 12, 31))
    report.decisions, report.changed, report.to_dict()["by_outcome"]

Every logged decision of the table (not withdrawn; dry runs are never logged) whose decision
date falls in the period is decided again by ``draft`` on its own logged facts (the quota
counter included: the replay decides with the count that was logged) and peildatum, on the
vectorised batch path, and compared with its logged outputs. The log is read and decided per
calendar month: in process with pandas (``engine="pandas"``) or as a dask.dataframe with one
partition per month (``engine="dask"``, the default) on a local scheduler, or on a cluster
when ``scheduler`` (or ``REGELWERK_DASK_SCHEDULER``) names one. Both give the same report.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import date

from policy.compiler import CompiledTable
from policy.replay.constructed import CONSTRUCTED_NOTE, constructed_cases
from policy.replay.partition import Group, Partial, replay_frame, rows_involved
from policy.replay.report import ImpactReport, describe_outcome, distinguishing_inputs
from policy.replay.runner import ENGINES, Progress, run_dask, run_pandas
from policy.store import Store
from policy.store.log import month_ranges

__all__ = [
    "CONSTRUCTED_NOTE", "ENGINES", "Group", "constructed_cases", "ImpactReport", "Partial", "Progress", "describe_outcome", "distinguishing_inputs",
    "replay_frame", "replay_log", "rows_involved",
]


def replay_log(
    store: Store,
    table_id: str,
    draft: CompiledTable,
    *,
    start: date,
    end: date,
    changed_rows: Iterable[tuple[str, str]] | None = None,
    engine: str = "dask",
    scheduler: object | None = None,
    progress: Progress | None = None,
    examples: int = 3,
) -> ImpactReport:
    """Decide the logged decisions of ``table_id`` dated ``start..end`` again with ``draft``.

    ``changed_rows`` are the diff's changed rows as ``(table name, regel_id)``; given, each
    flip is put down to the changed rows among its logged and new matched rows, else to the
    rows that matched in one version only. ``scheduler`` (dask only): None (then
    ``REGELWERK_DASK_SCHEDULER``, else the local threaded scheduler), a local scheduler name
    (``threads``, ``processes``, ``synchronous``), a scheduler address, or a
    ``distributed.Client``. ``progress(done, total)`` is called as months finish.
    ``examples`` decision ids are kept per group. Raises ValueError for an unknown engine or
    a period that ends before it starts.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    began = time.perf_counter()
    months = month_ranges(start, end)
    rows = frozenset(changed_rows) if changed_rows is not None else None
    run: Callable[..., Partial] = run_dask if engine == "dask" else run_pandas
    partial = run(store, table_id, draft, months, changed_rows=rows, keep=examples, scheduler=scheduler,
                  progress=progress)
    return ImpactReport(table_id=table_id, version=draft.data["version"], period=(start, end), engine=engine,
                        seconds=time.perf_counter() - began, partitions=len(months), partial=partial,
                        outputs=tuple(o["name"] for o in draft.data["outputs"] if not o["intermediate"]))
