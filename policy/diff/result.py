"""The result of comparing two workbooks: frozen data with a JSON-able ``to_dict``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["CellChange", "RowChange", "SheetDiff", "WorkbookDiff", "RULE_KINDS"]

#: Which rule ids a :class:`WorkbookDiff` can list.
RULE_KINDS = ("added", "changed", "removed", "moved")


@dataclass(frozen=True)
class CellChange:
    """One cell that differs: its column, the text the officer wrote (None: no such cell) and where."""

    column: str
    old: str | None
    new: str | None
    old_cell: str | None  # "D12" in the old workbook's sheet
    new_cell: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.column, "old": self.old, "new": self.new,
                "old_cell": self.old_cell, "new_cell": self.new_cell}


@dataclass(frozen=True)
class RowChange:
    """A row added, removed, changed or moved, named by its key (``regel_id``, ``naam``, …).

    Added rows list their filled cells (``old`` None), removed rows theirs (``new`` None),
    changed rows only the cells whose meaning differs, moved rows none.
    """

    key: tuple[tuple[str, Any], ...]  # (column, value) pairs; values JSON-able
    label: str  # the key for people: "WH-01 (geldig van 2025-01-01)"
    old_row: int | None
    new_row: int | None
    cells: tuple[CellChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"key": dict(self.key), "label": self.label, "old_row": self.old_row, "new_row": self.new_row,
                "cells": [c.to_dict() for c in self.cells]}


@dataclass(frozen=True)
class SheetDiff:
    """The differences on one sheet. ``kind``: metadata, invoer, afgeleid, uitvoer, tabellen,
    regels (then ``table`` names the decision table), parameters or voorbeelden."""

    kind: str
    old_sheet: str | None  # the sheet's name in each workbook (None: not there)
    new_sheet: str | None
    table: str | None = None
    added: tuple[RowChange, ...] = ()
    removed: tuple[RowChange, ...] = ()
    changed: tuple[RowChange, ...] = ()
    moved: tuple[RowChange, ...] = ()  # rule rows whose order among the others changed
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()

    @property
    def sheet(self) -> str:
        return self.new_sheet or self.old_sheet or self.kind

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.moved
                    or self.columns_added or self.columns_removed)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "removed": len(self.removed), "changed": len(self.changed),
                "moved": len(self.moved)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "sheet": self.sheet, "old_sheet": self.old_sheet, "new_sheet": self.new_sheet,
            "table": self.table,
            "added": [r.to_dict() for r in self.added], "removed": [r.to_dict() for r in self.removed],
            "changed": [r.to_dict() for r in self.changed], "moved": [r.to_dict() for r in self.moved],
            "columns_added": list(self.columns_added), "columns_removed": list(self.columns_removed),
        }


@dataclass(frozen=True)
class WorkbookDiff:
    """What differs between two workbooks, sheet by sheet (only sheets with a difference)."""

    old_workbook: str
    new_workbook: str
    old_version: str  # sha256 of each file
    new_version: str
    sheets: tuple[SheetDiff, ...]

    @property
    def identical(self) -> bool:
        """No difference in meaning (the files may still differ, e.g. in layout)."""
        return not self.sheets

    def rule_ids(self, kind: str) -> frozenset[tuple[str, str]]:
        """``(table name, regel_id)`` of the rules ``kind`` (one of RULE_KINDS).

        A rule with dated versions can be in several sets: an added version and a changed one.
        """
        if kind not in RULE_KINDS:
            raise ValueError(f"kind must be one of {RULE_KINDS}, not {kind!r}")
        return frozenset(
            (s.table, dict(r.key)["regel_id"])
            for s in self.sheets if s.kind == "regels" and s.table is not None
            for r in getattr(s, kind)
        )

    def summary(self) -> dict[str, Any]:
        return {
            "identical": self.identical,
            "sheets": self._counts(),
            "rules": {kind: [{"table": t, "regel_id": r} for t, r in sorted(self.rule_ids(kind))]
                      for kind in RULE_KINDS},
        }

    def _counts(self) -> dict[str, dict[str, int]]:
        """Counts by sheet name; a removed table and a new one on a sheet of the same name are
        told apart by their table name."""
        counts: dict[str, dict[str, int]] = {}
        for s in self.sheets:
            key = s.sheet if s.sheet not in counts else f"{s.sheet} ({s.table})"
            counts[key] = s.counts()
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": {"workbook": self.old_workbook, "version": self.old_version},
            "new": {"workbook": self.new_workbook, "version": self.new_version},
            "identical": self.identical,
            "summary": self.summary(),
            "sheets": [s.to_dict() for s in self.sheets],
        }

