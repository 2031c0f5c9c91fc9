"""Running a replay: month by month in process (pandas), or as a dask.dataframe (Dask).

Both read one month of the log per partition (:func:`policy.store.log.read_decisions`),
decide it with :func:`policy.replay.partition.replay_frame` and add the partials up in month
order, so both give the same counts and the same examples. Dask partitions read the database
themselves (a worker on another machine opens the URL; in this process the store's own
engine is reused), so only the draft and a month's bounds travel to a worker, and only a
small :class:`Partial` comes back.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import pandas as pd

from policy.compiler import CompiledTable
from policy.replay.partition import Partial, replay_frame
from policy.store import Store
from policy.store.log import (
    EXTRA_COLUMN,
    LOG_COLUMNS,
    engine_for,
    read_decisions,
    read_matched_rows,
    release_engine,
    url_of,
)

__all__ = ["ENGINES", "Progress", "SCHEDULER_VARIABLE", "run_dask", "run_pandas"]

ENGINES = ("dask", "pandas")
SCHEDULER_VARIABLE = "REGELWERK_DASK_SCHEDULER"
LOCAL_SCHEDULERS = ("threads", "processes", "synchronous", "sync", "single-threaded")

Progress = Callable[[int, int], None]
Month = tuple[date, date]

def _fields(draft: CompiledTable) -> list[tuple[str, str]]:
    return [(spec["name"], spec["type"]) for spec in draft.data["inputs"]]


def context_facts_dropped(store: Store, table_id: str, draft: CompiledTable) -> list[str]:
    """Context inputs of the table's stored versions that the draft does not have.

    The service filled them in (a quota counter, say); a draft without them would not be given
    them, so the replay leaves them out rather than refuse every decision for an unknown fact.
    """
    mine = {spec["name"] for spec in draft.data["inputs"]}
    names = {spec["name"] for v in store.list_versions(table_id) for spec in v.compiled.get("inputs", ())
             if spec.get("context")}
    return sorted(names - mine)


def run_pandas(store: Store, table_id: str, draft: CompiledTable, months: list[Month], *,
               changed_rows: frozenset[tuple[str, str]] | None, keep: int, scheduler: object | None = None,
               progress: Progress | None = None) -> Partial:
    """Month by month in this process."""
    total = Partial()
    fields, ignored = _fields(draft), context_facts_dropped(store, table_id, draft)
    for done, (first, last) in enumerate(months, start=1):
        frame = read_decisions(store.engine, table_id, first, last, fields, ignored=ignored)
        part = replay_frame(draft, frame, changed_rows=changed_rows, keep=keep,
                            read_matched_rows=lambda ids: read_matched_rows(store.engine, ids))
        total.merge(part, keep)
        if progress is not None:
            progress(done, len(months))
    return total


class _ReadMonth:
    """A partition of the log: one month's decisions (picklable, for dd.from_map)."""

    def __init__(self, url: str, table_id: str, fields: list[tuple[str, str]], ignored: list[str]) -> None:
        self.url, self.table_id, self.fields, self.ignored = url, table_id, fields, ignored

    def __call__(self, month: Month) -> pd.DataFrame:
        return read_decisions(engine_for(self.url), self.table_id, month[0], month[1], self.fields, ignored=self.ignored)


class _ReplayPartition:
    """One partition decided again: a one-row frame holding its :class:`Partial`."""

    def __init__(self, url: str, draft: CompiledTable, changed_rows: frozenset[tuple[str, str]] | None,
                 keep: int) -> None:
        self.url, self.draft, self.changed_rows, self.keep = url, draft, changed_rows, keep

    def __call__(self, frame: pd.DataFrame) -> pd.DataFrame:
        engine = engine_for(self.url)
        part = replay_frame(self.draft, frame, changed_rows=self.changed_rows, keep=self.keep,
                            read_matched_rows=lambda ids: read_matched_rows(engine, ids))
        return pd.DataFrame({"partial": pd.Series([part], dtype=object)})


def _meta(fields: list[tuple[str, str]]) -> pd.DataFrame:
    columns: dict[str, pd.Series] = {name: pd.Series([], dtype=object) for name in LOG_COLUMNS}
    columns["id"] = pd.Series([], dtype="int64")
    columns[EXTRA_COLUMN] = pd.Series([], dtype=bool)
    columns.update({name: pd.Series([], dtype=object) for name, _ in fields})
    return pd.DataFrame(columns)


def run_dask(store: Store, table_id: str, draft: CompiledTable, months: list[Month], *,
             changed_rows: frozenset[tuple[str, str]] | None, keep: int, scheduler: object | None = None,
             progress: Progress | None = None) -> Partial:
    """A dask.dataframe over the log, one partition per month, decided where Dask runs it."""
    import dask
    import dask.dataframe as dd

    total = Partial()
    if not months:
        return total
    url = url_of(store)
    fields = _fields(draft)
    with dask.config.set({"dataframe.convert-string": False}):  # the facts keep their own types
        reader = _ReadMonth(url, table_id, fields, context_facts_dropped(store, table_id, draft))
        log = dd.from_map(reader, months, meta=_meta(fields), label="beslissingslog",
                          enforce_metadata=False)
        partials = log.map_partitions(_ReplayPartition(url, draft, changed_rows, keep),
                                      meta=pd.DataFrame({"partial": pd.Series([], dtype=object)}))
        parts = partials.to_delayed()
    chosen = scheduler if scheduler is not None else (os.environ.get(SCHEDULER_VARIABLE) or "threads")
    engine_for(url, store=store)  # partitions run in this process read through the store's own engine
    try:
        frames = _compute(parts, chosen, progress)
    finally:
        release_engine(url, store)
    for frame in frames:
        for part in frame["partial"]:
            total.merge(part, keep)
    return total


def _compute(parts: list[Any], scheduler: object, progress: Progress | None) -> list[pd.DataFrame]:
    import dask

    if isinstance(scheduler, str) and scheduler in LOCAL_SCHEDULERS:
        if progress is None:
            return list(dask.compute(*parts, scheduler=scheduler))
        with _LocalProgress({p.key for p in parts}, progress):
            return list(dask.compute(*parts, scheduler=scheduler))
    if isinstance(scheduler, str):  # the address of a cluster's scheduler
        from distributed import Client

        with Client(scheduler) as client:
            return _on_cluster(client, parts, progress)
    return _on_cluster(scheduler, parts, progress)


def _on_cluster(client: Any, parts: list[Any], progress: Progress | None) -> list[pd.DataFrame]:
    from distributed import as_completed

    futures = client.compute(parts)
    for done, _ in enumerate(as_completed(futures), start=1):
        if progress is not None:
            progress(done, len(futures))
    return [f.result() for f in futures]


def _local_progress_base() -> type:
    from dask.callbacks import Callback

    return Callback


class _LocalProgress:
    """Counts finished partitions on a local scheduler (dask's callback protocol)."""

    def __init__(self, keys: set[Any], progress: Progress) -> None:
        base = _local_progress_base()
        outer = self
        self.keys, self.progress, self.done = keys, progress, 0

        class _Callback(base):  # type: ignore[misc,valid-type]
            def _posttask(self, key: Any, result: Any, dsk: Mapping[Any, Any], state: Any, worker_id: Any) -> None:
                if key in outer.keys:
                    outer.done += 1
                    outer.progress(outer.done, len(outer.keys))

        self._callback = _Callback()

    def __enter__(self) -> _LocalProgress:
        self._callback.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._callback.__exit__(*exc)
