"""The tables of the store: the decision log, staged table versions, activations and quotas.

Every table but one is append-only: a decision, a staged workbook, an activation, a withdrawal
and a quota event are facts about the past. The database refuses UPDATE and DELETE (triggers
created by the migrations) and so does the ORM (``policy.store.store``). The exception is the
quota ledger, a counter per table, key and year that only ever changes by one conditional
UPDATE (``policy.store.ledger``), with a CHECK constraint as a backstop. The active version of a table is its latest activation; the
highest activation id is the publication "generation" that every worker compares cheaply.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "Base", "DecisionRow", "TableVersionRow", "ActivationRow", "QuotaRow", "QuotaEventRow", "WithdrawalRow",
    "UserRow", "UserRevocationRow", "AuditRow", "APPEND_ONLY_TABLES",
]

_Json = JSON().with_variant(JSONB(), "postgresql")
# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
_Id = BigInteger().with_variant(Integer(), "sqlite")

_NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "pk": "pk_%(table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=_NAMING)


class DecisionRow(Base):
    """One logged decision: everything needed to show and reproduce it."""

    __tablename__ = "decisions"
    __table_args__ = (
        # Read by an impact replay (a table's decisions of a period); every index costs each
        # logged decision a page write, so there is none a query does not use (revision 0005).
        Index(None, "table_id", "decision_date"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    table_id: Mapped[str] = mapped_column(String(200))
    table_version: Mapped[str] = mapped_column(String(64))
    peildatum: Mapped[date] = mapped_column(Date)
    facts: Mapped[dict[str, Any]] = mapped_column(_Json)
    outputs: Mapped[dict[str, Any]] = mapped_column(_Json)
    matched_rows: Mapped[list[dict[str, Any]]] = mapped_column(_Json)
    engine: Mapped[str] = mapped_column(String(100))
    compiler: Mapped[str] = mapped_column(String(100))
    zaaknummer: Mapped[str | None] = mapped_column(String(100), index=True)
    # The service's decision date (CLOCK_DATE in tests, else the date in Europe/Amsterdam): the
    # day an impact replay selects by. NULL only where a database predates revision 0003 and
    # its migration could not tell (it fills every existing row from created_at).
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # beslist, onvolledig or beoordeling_vereist; NULL for rows logged before revision 0004
    # (decided with every fact known or defaulted: beslist).
    status: Mapped[str | None] = mapped_column(String(30), nullable=True)
    missing_facts: Mapped[list[str] | None] = mapped_column(_Json, nullable=True)


class TableVersionRow(Base):
    """A checked workbook version (the file's bytes, by sha256), staged for activation."""

    __tablename__ = "table_versions"
    __table_args__ = (
        UniqueConstraint("table_id", "version"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    table_id: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(64))
    staged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(20))  # "upload" or "map" (TABLES_DIR)
    filename: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    compiled: Mapped[dict[str, Any]] = mapped_column(_Json)
    diagnostics: Mapped[list[dict[str, Any]]] = mapped_column(_Json)  # warnings only


class ActivationRow(Base):
    """A table version made live; the latest row per table is the active version."""

    __tablename__ = "activations"
    __table_args__ = (
        Index(None, "table_id", "id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    table_id: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(64))
    previous_version: Mapped[str | None] = mapped_column(String(64))
    activated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(20))  # "beheer" (admin API) or "map" (TABLES_DIR)


class QuotaRow(Base):
    """The quota ledger: places taken per table, quota key and calendar year of the decision."""

    __tablename__ = "quota_ledger"
    __table_args__ = (
        UniqueConstraint("table_id", "quota_key", "year"),
        CheckConstraint("granted >= 0 AND granted <= maximum", name="granted_within_maximum"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    table_id: Mapped[str] = mapped_column(String(200))
    quota_key: Mapped[str] = mapped_column(String(100))
    year: Mapped[int] = mapped_column(Integer)
    maximum: Mapped[int] = mapped_column(Integer)  # the quota parameter in force at the last change
    granted: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class QuotaEventRow(Base):
    """Why a ledger count changed: a place taken by a decision, released, or corrected."""

    __tablename__ = "quota_events"
    __table_args__ = (
        Index(None, "table_id", "quota_key", "year"),
        UniqueConstraint("decision_id", "kind"),  # a decision takes, and releases, a place once
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    table_id: Mapped[str] = mapped_column(String(200))
    quota_key: Mapped[str] = mapped_column(String(100))
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # "plaats", "vrijgegeven" or "correctie"
    decision_id: Mapped[str | None] = mapped_column(String(36))
    change: Mapped[int] = mapped_column(Integer)
    granted: Mapped[int] = mapped_column(Integer)  # the count after this event
    reason: Mapped[str | None] = mapped_column(Text)


class WithdrawalRow(Base):
    """A logged decision withdrawn (once); a place it held is released in the same transaction."""

    __tablename__ = "withdrawals"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(String(36), unique=True)
    withdrawn_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str | None] = mapped_column(Text)


class UserRow(Base):
    """A named person with a role; only the sha256 of the token is kept."""

    __tablename__ = "users"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # "opsteller", "beoordelaar" or "beheerder"
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(100))


class UserRevocationRow(Base):
    """A user whose token no longer opens anything (once per user; the user row stays)."""

    __tablename__ = "user_revocations"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    user_name: Mapped[str] = mapped_column(String(100), unique=True)
    revoked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_by: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)


class AuditRow(Base):
    """Who did what, when and why: uploads, proposals, approvals, activations, corrections.

    A version's life (klaargezet, voorgesteld, goedgekeurd, afgewezen, actief, vervangen) is
    read from these rows and the activations; ``effective_at`` is a proposal's date of effect.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        Index(None, "table_id", "version"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(30))
    table_id: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[str | None] = mapped_column(String(64))
    subject: Mapped[str | None] = mapped_column(String(200))  # a decision id, a quota line, a user
    reason: Mapped[str | None] = mapped_column(Text)
    effective_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    details: Mapped[dict[str, Any]] = mapped_column(_Json)


APPEND_ONLY_TABLES = ("decisions", "table_versions", "activations", "quota_events", "withdrawals",
                      "users", "user_revocations", "audit_events")
