"""The result of a decision: small frozen dataclasses, JSON-able through ``to_dict``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from policy.bron import Citation

__all__ = ["Decision", "MatchedRow", "to_json_value"]


def to_json_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json_value(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class MatchedRow:
    """A rule that decided (part of) the outcome, with its citation."""

    table: str
    regel_id: str
    row: int
    sheet: str
    bron: str  # the cell text, as the officer wrote it
    outputs: dict[str, Any]
    bronnen: tuple[Citation, ...] = ()  # ``bron`` read into structured citations (policy.bron)

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "regel_id": self.regel_id,
            "row": self.row,
            "sheet": self.sheet,
            "bron": self.bron,
            "bronnen": [c.to_dict() for c in self.bronnen],
            "outputs": to_json_value(self.outputs),
        }


@dataclass(frozen=True)
class Decision:
    table_id: str
    table_version: str
    peildatum: date
    outputs: dict[str, Any]
    matched_rows: tuple[MatchedRow, ...]
    facts: dict[str, Any]  # the normalised facts the decision used (context inputs included)
    trace: tuple[dict[str, Any], ...] | None = None
    engine: str = ""

    def to_dict(self, *, include_facts: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "table_id": self.table_id,
            "table_version": self.table_version,
            "peildatum": self.peildatum.isoformat(),
            "outputs": to_json_value(self.outputs),
            "matched_rows": [m.to_dict() for m in self.matched_rows],
        }
        if include_facts:
            out["facts"] = to_json_value(self.facts)
        if self.trace is not None:
            out["trace"] = to_json_value(list(self.trace))
        return out
