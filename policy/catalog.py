"""A directory of workbooks, loaded, checked and compiled, with versions that can be swapped.

Loading is all-or-nothing per workbook: a workbook with errors is never half-loaded and never
replaces the version that is live. Swapping the active version is one reference assignment
under a lock, so a decision in flight finishes on the version it started with.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from policy.checks import ROW_STAGES, run_checks
from policy.compiler import FORMAT, CompiledTable, compile_table
from policy.errors import TableNotFoundError, VersionNotFoundError, WorkbookInvalidError
from policy.evaluation import Decision, Matcher, decide
from policy.model import Diagnostic, Table
from policy.reference import ReferenceMatcher
from policy.workbook import read_workbook

__all__ = ["Catalog", "LoadedTable", "load_table", "make_matcher", "table_id_for"]


@dataclass(frozen=True)
class LoadedTable:
    #: The model read from the workbook; None for a version served from the compiled form it was
    #: stored with (see :meth:`Catalog.load_compiled`).
    table: Table | None
    compiled: CompiledTable
    diagnostics: tuple[Diagnostic, ...]  # warnings only (errors never load)

    @property
    def table_id(self) -> str:
        return self.compiled.table_id

    @property
    def version(self) -> str:
        return self.compiled.version


def table_id_for(path: Path, root: Path) -> str:
    """``decision_tables/uitwisseling/working_holiday.xlsx`` -> ``uitwisseling/working_holiday``."""
    return path.resolve().relative_to(root.resolve()).with_suffix("").as_posix()


def load_table(
    source: str | Path | bytes, *, table_id: str | None = None, workbook_name: str | None = None
) -> tuple[LoadedTable | None, list[Diagnostic]]:
    """Read, check and compile one workbook. Returns ``(None, diagnostics)`` on any error."""
    table, diagnostics = read_workbook(source, table_id=table_id, workbook_name=workbook_name, partial=True)
    if any(d.is_error for d in diagnostics):
        # The readable rows still get the row-by-row checks, so an officer sees every missing
        # bron or reversed period at once, not only after the cell errors are fixed.
        if table is not None:
            diagnostics = diagnostics + run_checks(table, stages=ROW_STAGES)
        return None, diagnostics
    if table is None:
        return None, diagnostics
    diagnostics = diagnostics + run_checks(table)
    if any(d.is_error for d in diagnostics):
        return None, diagnostics
    try:
        compiled = compile_table(table)
    except WorkbookInvalidError as exc:
        return None, diagnostics + exc.diagnostics
    return LoadedTable(table, compiled, tuple(diagnostics)), diagnostics


def make_matcher(kind: str | Matcher = "durable") -> Matcher:
    if not isinstance(kind, str):
        return kind
    if kind == "reference":
        return ReferenceMatcher()
    if kind == "durable":
        from policy.engine import DurableMatcher

        return DurableMatcher()
    raise ValueError(f"unknown matcher {kind!r}")


class Catalog:
    """Tables by id: every loaded version, and the one that is active."""

    def __init__(self, root: str | Path | None = None, *, matcher: str | Matcher = "durable") -> None:
        self.root = Path(root) if root is not None else None
        self.matcher = make_matcher(matcher)
        self._lock = threading.Lock()
        self._versions: dict[str, dict[str, LoadedTable]] = {}
        self._active: dict[str, LoadedTable] = {}
        self._files: dict[Path, tuple[float, int]] = {}
        #: Diagnostics of the last load attempt per workbook path (errors and warnings).
        self.diagnostics: dict[str, list[Diagnostic]] = {}

    @classmethod
    def from_directory(cls, root: str | Path, *, matcher: str | Matcher = "durable") -> Catalog:
        catalog = cls(root, matcher=matcher)
        catalog.reload_changed()
        return catalog

    # -- reading -----------------------------------------------------------------------------
    def ids(self) -> list[str]:
        return sorted(self._active)

    def get(self, table_id: str, version: str | None = None) -> LoadedTable:
        if version is not None:
            try:
                return self._versions[table_id][version]
            except KeyError:
                if table_id not in self._versions:
                    raise TableNotFoundError(f"Er is geen tabel '{table_id}'.") from None
                raise VersionNotFoundError(f"Tabel '{table_id}' heeft geen versie '{version}'.") from None
        try:
            return self._active[table_id]
        except KeyError:
            raise TableNotFoundError(f"Er is geen tabel '{table_id}'.") from None

    def versions(self, table_id: str) -> list[LoadedTable]:
        if table_id not in self._versions:
            raise TableNotFoundError(f"Er is geen tabel '{table_id}'.")
        return list(self._versions[table_id].values())

    def decide(
        self,
        table_id: str,
        facts: dict[str, Any],
        *,
        peildatum: date | None = None,
        explain: bool = False,
        version: str | None = None,
        allow_context: bool = True,
    ) -> Decision:
        loaded = self.get(table_id, version)
        return decide(
            loaded.compiled, facts, peildatum=peildatum, explain=explain, matcher=self.matcher,
            allow_context=allow_context,
        )

    # -- changing ----------------------------------------------------------------------------
    def load_version(
        self, table_id: str, source: str | Path | bytes, *, workbook_name: str | None = None
    ) -> tuple[LoadedTable | None, list[Diagnostic]]:
        """Stage a version (not active). Errors leave the catalog unchanged."""
        loaded, diagnostics = load_table(source, table_id=table_id, workbook_name=workbook_name)
        if loaded is not None:
            with self._lock:
                self._versions.setdefault(table_id, {})[loaded.version] = loaded
        return loaded, diagnostics

    def load_compiled(self, table_id: str, data: dict[str, Any]) -> LoadedTable:
        """A version from the compiled form it was checked and stored with (not re-read).

        For a stored version that today's checks would refuse (they may grow stricter than when
        it went live): decisions and replays of that version keep working exactly as before.
        """
        if data.get("format") != FORMAT or data.get("table_id") != table_id:
            raise ValueError(f"stored compiled form of {table_id} is not format {FORMAT}")
        loaded = LoadedTable(None, CompiledTable(data), ())
        with self._lock:
            self._versions.setdefault(table_id, {})[loaded.version] = loaded
        return loaded

    def activate(self, table_id: str, version: str) -> LoadedTable:
        """Make a staged version live (one atomic swap)."""
        loaded = self.get(table_id, version)
        with self._lock:
            active = dict(self._active)
            active[table_id] = loaded
            self._active = active
        return loaded

    def add(self, table_id: str, source: str | Path | bytes, *, workbook_name: str | None = None) -> tuple[LoadedTable | None, list[Diagnostic]]:
        """Load and activate in one step (used when reading a directory)."""
        loaded, diagnostics = self.load_version(table_id, source, workbook_name=workbook_name)
        if loaded is not None:
            self.activate(table_id, loaded.version)
        return loaded, diagnostics

    def reload_changed(self) -> dict[str, list[Diagnostic]]:
        """Re-read workbooks in the directory that changed since the last look.

        Returns the diagnostics of every workbook that was (re)read, by table id. A workbook
        with errors is reported and the version that was live stays live.
        """
        if self.root is None:
            return {}
        report: dict[str, list[Diagnostic]] = {}
        for path in sorted(self.root.rglob("*.xlsx")):
            if path.name.startswith("~$"):  # Excel's lock files
                continue
            stat = path.stat()
            stamp = (stat.st_mtime, stat.st_size)
            if self._files.get(path) == stamp:
                continue
            self._files[path] = stamp
            table_id = table_id_for(path, self.root)
            name = path.relative_to(self.root).as_posix()
            _, diagnostics = self.add(table_id, path.read_bytes(), workbook_name=name)
            self.diagnostics[table_id] = diagnostics
            report[table_id] = diagnostics
        return report
