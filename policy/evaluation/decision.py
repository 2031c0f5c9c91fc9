"""The result of a decision: small frozen dataclasses, JSON-able through ``to_dict``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from policy.bron import Citation

__all__ = ["Decision", "MatchedRow", "to_json_value", "STATUSES"]

#: ``beslist``: every decision output is known; ``onvolledig``: one depends on a fact still
#: unknown (``ontbrekende_feiten``); ``beoordeling_vereist``: the source leaves the judgement to
#: the IND and a person decides (``beoordeling``).
STATUSES = ("beslist", "onvolledig", "beoordeling_vereist")


#: Types ``to_json_value`` returns as they are (exact types; a subclass takes the careful path).
_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_json_value(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dict:
        return {k: v if type(v) in _SCALARS else to_json_value(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [v if type(v) in _SCALARS else to_json_value(v) for v in value]
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
            "bronnen": _citation_dicts(self.bronnen),
            "outputs": to_json_value(self.outputs),
        }


#: id(bronnen) -> (bronnen, their ``to_dict``s): a row's citations are worded once, not per answer
#: (the plan builds each row's ``bronnen`` once per version; a decision's rows share them).
_CITATIONS: dict[int, tuple[tuple[Citation, ...], tuple[dict[str, Any], ...]]] = {}


def _citation_dicts(bronnen: tuple[Citation, ...]) -> list[dict[str, Any]]:
    """``[c.to_dict() for c in bronnen]``, from a cache; every call returns fresh dicts and lists
    (a caller may change what it got without changing the next answer)."""
    entry = _CITATIONS.get(id(bronnen))
    if entry is None or entry[0] is not bronnen:
        if len(_CITATIONS) > 50_000:
            _CITATIONS.clear()
        entry = (bronnen, tuple(c.to_dict() for c in bronnen))
        _CITATIONS[id(bronnen)] = entry
    return [{**d, "seeds": [dict(s) for s in d["seeds"]]} for d in entry[1]]


@dataclass(frozen=True, init=False)
class Decision:
    table_id: str
    table_version: str
    peildatum: date
    outputs: dict[str, Any]
    matched_rows: tuple[MatchedRow, ...]
    facts: dict[str, Any]  # the normalised facts the decision used (context inputs included)
    trace: tuple[dict[str, Any], ...] | None = None
    engine: str = ""
    status: str = "beslist"
    #: onvolledig: the inputs still needed to know every decision output (only those that would
    #: change the answer), sorted.
    missing_facts: tuple[str, ...] = ()
    #: Decision outputs that are unknown (their value in ``outputs`` is None).
    unknown_outputs: tuple[str, ...] = ()
    #: beoordeling_vereist: the ground, the rows and the facts that led there.
    assessment: dict[str, Any] | None = None
    #: Dutch sentences a decision letter can quote (policy.motivering): outcome, reasons, sources.
    motivering: tuple[str, ...] = ()

    def __init__(self, table_id: str, table_version: str, peildatum: date, outputs: dict[str, Any],
                 matched_rows: tuple[MatchedRow, ...], facts: dict[str, Any],
                 trace: tuple[dict[str, Any], ...] | None = None, engine: str = "", status: str = "beslist",
                 missing_facts: tuple[str, ...] = (), unknown_outputs: tuple[str, ...] = (),
                 assessment: dict[str, Any] | None = None, motivering: tuple[str, ...] = ()) -> None:
        # The dataclass's own __init__ of a frozen class sets each field through object.__setattr__;
        # one decision is built per request, so its fields go straight into the instance dict, one
        # store each (no keyword dict built for an update), frozen all the same.
        d = self.__dict__
        d["table_id"] = table_id
        d["table_version"] = table_version
        d["peildatum"] = peildatum
        d["outputs"] = outputs
        d["matched_rows"] = matched_rows
        d["facts"] = facts
        d["trace"] = trace
        d["engine"] = engine
        d["status"] = status
        d["missing_facts"] = missing_facts
        d["unknown_outputs"] = unknown_outputs
        d["assessment"] = assessment
        d["motivering"] = motivering

    def to_dict(self, *, include_facts: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "table_id": self.table_id,
            "table_version": self.table_version,
            "peildatum": self.peildatum.isoformat(),
            "status": self.status,
            "outputs": to_json_value(self.outputs),
            "matched_rows": [m.to_dict() for m in self.matched_rows],
            "motivering": list(self.motivering),
        }
        if self.missing_facts or self.status == "onvolledig":
            out["ontbrekende_feiten"] = list(self.missing_facts)
            out["onbekende_uitvoer"] = list(self.unknown_outputs)
        if self.assessment is not None:
            out["beoordeling"] = to_json_value(self.assessment)
        if include_facts:
            out["facts"] = to_json_value(self.facts)
        if self.trace is not None:
            out["trace"] = to_json_value(list(self.trace))
        return out

