"""What the store hands out: frozen records of decisions, versions, activations and quotas."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import metadata
from typing import Any

from policy.store.schema import ActivationRow, DecisionRow, QuotaEventRow, QuotaRow, TableVersionRow, WithdrawalRow

__all__ = [
    "Receipt", "StagedVersion", "Activation", "QuotaState", "QuotaEvent", "Withdrawal", "software_labels",
    "receipt_of", "staged_of", "activation_of", "quota_of", "quota_event_of", "withdrawal_of",
]


@dataclass(frozen=True)
class Receipt:
    """A logged decision as stored: enough to show it and to decide it again."""

    decision_id: str
    created_at: datetime
    table_id: str
    table_version: str
    peildatum: date
    facts: dict[str, Any]
    outputs: dict[str, Any]
    matched_rows: list[dict[str, Any]]
    engine: str
    compiler: str
    zaaknummer: str | None
    #: the service's decision date (the day an impact replay selects by); None only for a row
    #: logged before revision 0003 that its migration could not date
    decision_date: date | None = None
    #: beslist, onvolledig or beoordeling_vereist (None: logged before revision 0004, beslist)
    status: str | None = "beslist"
    missing_facts: list[str] | None = None  # onvolledig: the inputs still needed

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "decision_id": self.decision_id,
            "created_at": self.created_at.isoformat(),
            "table_id": self.table_id,
            "table_version": self.table_version,
            "peildatum": self.peildatum.isoformat(),
            "facts": self.facts,
            "status": self.status or "beslist",
            "outputs": self.outputs,
            "matched_rows": self.matched_rows,
            "engine": self.engine,
            "compiler": self.compiler,
            "zaaknummer": self.zaaknummer,
        }
        if self.status == "onvolledig":
            out["ontbrekende_feiten"] = list(self.missing_facts or [])
        return out


@dataclass(frozen=True)
class StagedVersion:
    """A checked workbook version kept for activation, rollback and replay."""

    table_id: str
    version: str
    staged_at: datetime
    source: str
    filename: str
    size: int
    compiled: dict[str, Any]
    diagnostics: list[dict[str, Any]]


@dataclass(frozen=True)
class Activation:
    generation: int
    table_id: str
    version: str
    previous_version: str | None
    activated_at: datetime
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "table_id": self.table_id,
            "version": self.version,
            "previous_version": self.previous_version,
            "activated_at": self.activated_at.isoformat(),
            "source": self.source,
        }


@dataclass(frozen=True)
class QuotaState:
    """One line of the quota ledger: places granted of the maximum, per table, key and year."""

    table_id: str
    key: str
    year: int
    maximum: int
    granted: int

    @property
    def remaining(self) -> int:
        return max(self.maximum - self.granted, 0)

    def to_dict(self) -> dict[str, Any]:
        return {"table_id": self.table_id, "key": self.key, "year": self.year, "maximum": self.maximum,
                "granted": self.granted, "remaining": self.remaining}


@dataclass(frozen=True)
class QuotaEvent:
    """Why a count changed: ``plaats`` (a decision took a place), ``vrijgegeven``, ``correctie``."""

    created_at: datetime
    table_id: str
    key: str
    year: int
    kind: str
    decision_id: str | None
    change: int
    granted: int
    reason: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"created_at": self.created_at.isoformat(), "kind": self.kind, "decision_id": self.decision_id,
                "change": self.change, "granted": self.granted, "reason": self.reason}


@dataclass(frozen=True)
class Withdrawal:
    decision_id: str
    withdrawn_at: datetime
    reason: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"withdrawn_at": self.withdrawn_at.isoformat(), "reason": self.reason}


@lru_cache(maxsize=16)
def software_labels(matcher: str, compiled_format: int) -> tuple[str, str]:
    """``(engine, compiler)`` labels recorded with each decision."""
    engine = matcher
    if "durable" in matcher:
        engine = f"{matcher} (durable_rules {_dist_version('durable_rules')})"
    return engine, f"regelwerk {_dist_version('regelwerk')} (vorm {compiled_format})"


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "onbekend"


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; every stored time is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _record(cls: type[Any], row: Any, **given: Any) -> Any:
    """A record from a row: the fields of the same name, plus those ``given``."""
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls) if f.name not in given}, **given)


def receipt_of(row: DecisionRow) -> Receipt:
    return _record(Receipt, row, created_at=_utc(row.created_at))


def staged_of(row: TableVersionRow) -> StagedVersion:
    return _record(StagedVersion, row, staged_at=_utc(row.staged_at))


def activation_of(row: ActivationRow) -> Activation:
    return _record(Activation, row, generation=row.id, activated_at=_utc(row.activated_at))


def quota_of(row: QuotaRow) -> QuotaState:
    return QuotaState(row.table_id, row.quota_key, row.year, row.maximum, row.granted)


def quota_event_of(row: QuotaEventRow) -> QuotaEvent:
    return _record(QuotaEvent, row, key=row.quota_key, created_at=_utc(row.created_at))


def withdrawal_of(row: WithdrawalRow) -> Withdrawal:
    return _record(Withdrawal, row, withdrawn_at=_utc(row.withdrawn_at))
