"""Idempotency records: a retried request (same ``Idempotency-Key``) takes effect once.

A record is one key of one caller on one route. Its life:

``gereserveerd``  reserved by the first request, in a short transaction of its own, before it
                  does anything; a retry that finds it waits, and a reservation whose request
                  died before doing anything (past ``reserved_until``) may be taken over.
``vastgelegd``    the request's first write (its log entry, quota place, withdrawal or
                  correction) moved the record here IN THE SAME TRANSACTION, with a conditional
                  UPDATE on the reservation's token: a request whose reservation was taken
                  over cannot write at all, so two requests with one key never both take effect.
``klaar``         the answer (status, a few headers, body and its sha256) is stored; retries
                  get it back.

The service marks "this request holds claim C" with :func:`claiming`; the store's write
transactions (``Store.transaction`` and ``Store.append_decisions``) confirm the claim in force,
once, in the first of them that commits. A request that wrote nothing (a dry run, a refusal)
releases its reservation, so its retry runs again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import JSON, DateTime, Integer, LargeBinary, String, Table, bindparam, delete, literal_column, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Mapped, mapped_column

from policy.store.schema import Base, _Id

__all__ = [
    "IdempotencyRow", "IdempotencyRecords", "IdempotencyRecord", "Claim", "ClaimLostError", "claiming",
    "RESERVED", "RECORDED", "DONE",
]

RESERVED, RECORDED, DONE = "gereserveerd", "vastgelegd", "klaar"


class IdempotencyRow(Base):
    """One ``Idempotency-Key`` of one caller on one route (``lookup`` hashes all three)."""

    __tablename__ = "idempotency_keys"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    lookup: Mapped[str] = mapped_column(String(64), unique=True)  # sha256(credential, route, key)
    route: Mapped[str] = mapped_column(String(600))
    fingerprint: Mapped[str] = mapped_column(String(64))  # sha256 of the request
    state: Mapped[str] = mapped_column(String(20))
    token: Mapped[str] = mapped_column(String(36))  # the reservation of the request that holds it
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reserved_until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    status: Mapped[int | None] = mapped_column(Integer)
    headers: Mapped[dict[str, str] | None] = mapped_column(JSON)
    body: Mapped[bytes | None] = mapped_column(LargeBinary)
    body_sha256: Mapped[str | None] = mapped_column(String(64))


_KEYS = cast(Table, IdempotencyRow.__table__)


@dataclass(frozen=True)
class IdempotencyRecord:
    """A key as stored (``status``/``headers``/``body`` once it is ``klaar``)."""

    state: str
    fingerprint: str
    token: str
    created_at: datetime
    reserved_until: datetime
    status: int | None
    headers: dict[str, str]
    body: bytes | None


class Claim:
    """The reservation a request holds; ``confirmed`` once a write of it committed."""

    def __init__(self, record_id: int, token: str) -> None:
        self.record_id = record_id
        self.token = token
        self.confirmed = False


class ClaimLostError(Exception):
    """The reservation was taken over (its request was presumed dead): this request must not write."""


_CLAIM: ContextVar[Claim | None] = ContextVar("regelwerk_idempotency_claim", default=None)


@contextmanager
def claiming(claim: Claim) -> Iterator[Claim]:
    """Within the block, the store's first committed write transaction confirms ``claim``."""
    token = _CLAIM.set(claim)
    try:
        yield claim
    finally:
        _CLAIM.reset(token)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)  # SQLite drops the zone


class IdempotencyRecords:
    """The idempotency part of :class:`policy.store.Store` (a mixin, like the quota ledger)."""

    dialect: str
    engine: Engine
    _confirm_sql: tuple[str, Any] | None = None
    _writing: Callable[..., AbstractContextManager[Connection]]

    def reserve_key(self, lookup: str, route: str, fingerprint: str, *, hold: timedelta,
                    keep: timedelta) -> Claim | IdempotencyRecord:
        """Reserve the key, or return the record another request made of it.

        An expired record (older than ``keep``) is removed first; a reservation past its
        ``reserved_until`` that never wrote anything is taken over.
        """
        now = datetime.now(UTC)
        token = str(uuid.uuid4())
        dialect_insert = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        with self._writing(serialised=False, claims=False) as conn:
            conn.execute(delete(_KEYS).where(_KEYS.c.lookup == lookup, _KEYS.c.expires_at < now))
            inserted = conn.execute(
                dialect_insert(_KEYS).values(
                    lookup=lookup, route=route, fingerprint=fingerprint, state=RESERVED, token=token,
                    created_at=now, reserved_until=now + hold, expires_at=now + keep,
                ).on_conflict_do_nothing(index_elements=["lookup"]).returning(_KEYS.c.id)
            ).first()
            if inserted is not None:
                return Claim(inserted.id, token)
            row = conn.execute(select(_KEYS).where(_KEYS.c.lookup == lookup)).first()
            assert row is not None  # it conflicted, and records are only removed once expired
            record = _record_of(row)
            if record.state == RESERVED and record.reserved_until < now and record.fingerprint == fingerprint:
                taken = conn.execute(
                    update(_KEYS).where(_KEYS.c.id == row.id, _KEYS.c.token == record.token,
                                        _KEYS.c.state == RESERVED)
                    .values(token=token, reserved_until=now + hold)
                ).rowcount
                if taken == 1:
                    return Claim(row.id, token)
            return record

    def idempotency_record(self, lookup: str) -> IdempotencyRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(_KEYS).where(_KEYS.c.lookup == lookup)).first()
            return _record_of(row) if row is not None else None

    def finish_key(self, claim: Claim, status: int, headers: dict[str, str], body: bytes, body_sha256: str) -> None:
        """Store the answer of a request whose claim is confirmed."""
        with self._writing(serialised=False, claims=False) as conn:
            conn.execute(update(_KEYS).where(_KEYS.c.id == claim.record_id, _KEYS.c.token == claim.token)
                         .values(state=DONE, status=status, headers=headers, body=body, body_sha256=body_sha256))

    def release_key(self, claim: Claim) -> None:
        """Remove the reservation of a request that wrote nothing (its retry runs again)."""
        with self._writing(serialised=False, claims=False) as conn:
            conn.execute(delete(_KEYS).where(_KEYS.c.id == claim.record_id, _KEYS.c.token == claim.token,
                                             _KEYS.c.state == RESERVED))

    def purge_keys(self) -> int:
        """Remove expired records; returns how many."""
        with self._writing(serialised=False, claims=False) as conn:
            return conn.execute(delete(_KEYS).where(_KEYS.c.expires_at < datetime.now(UTC))).rowcount

    # -- called by the store's write transactions ------------------------------------------------

    def _claim_to_confirm(self) -> Claim | None:
        claim = _CLAIM.get()
        return claim if claim is not None and not claim.confirmed else None

    def _confirm_statement(self) -> tuple[str, Any]:
        """The conditional UPDATE that confirms a claim, compiled once (it runs on DB-API cursors)."""
        if self._confirm_sql is None:
            stmt = (update(_KEYS).where(_KEYS.c.id == bindparam("i"), _KEYS.c.token == bindparam("t"),
                                        _KEYS.c.state == literal_column(f"'{RESERVED}'"))
                    .values(state=literal_column(f"'{RECORDED}'")))
            compiled = stmt.compile(dialect=self.engine.dialect)
            self._confirm_sql = (str(compiled), compiled.positiontup if compiled.positional else None)
        return self._confirm_sql

    def _confirm_claim(self, cursor: Any, claim: Claim) -> None:
        """Inside a write transaction (a DB-API cursor): move ``claim`` to ``vastgelegd``.

        Raises ClaimLostError (the caller rolls back) when the reservation is no longer ours.
        """
        sql, order = self._confirm_statement()
        values = {"i": claim.record_id, "t": claim.token}
        cursor.execute(sql, tuple(values[k] for k in order) if order is not None else values)
        if cursor.rowcount != 1:
            raise ClaimLostError("de reservering van deze Idempotency-Key is overgenomen")

    def _confirm_on(self, conn: Connection, claim: Claim) -> None:
        """:meth:`_confirm_claim` on a SQLAlchemy connection."""
        confirmed = conn.execute(update(_KEYS).where(_KEYS.c.id == claim.record_id, _KEYS.c.token == claim.token,
                                                     _KEYS.c.state == RESERVED).values(state=RECORDED)).rowcount
        if confirmed != 1:
            raise ClaimLostError("de reservering van deze Idempotency-Key is overgenomen")


def _record_of(row: Any) -> IdempotencyRecord:
    return IdempotencyRecord(
        state=row.state, fingerprint=row.fingerprint, token=row.token, created_at=_aware(row.created_at),
        reserved_until=_aware(row.reserved_until), status=row.status, headers=dict(row.headers or {}),
        body=bytes(row.body) if row.body is not None else None,
    )
