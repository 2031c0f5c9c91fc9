"""The quota ledger: places per table, quota key and calendar year, taken atomically.

A place is taken by ONE conditional UPDATE (``granted < maximum``) inside the transaction that
logs the decision, so two requests can never both get the last place, and a crash leaves either
both the logged decision and its place or neither. ``CHECK (granted <= maximum)`` is the
backstop. Every change of a count is also an append-only :class:`QuotaEvent`: a decision taking
a place (``plaats``), a withdrawal releasing it (``vrijgegeven``), an admin correction
(``correctie``, with its reason). A count is therefore always the places held plus the
corrections.

On PostgreSQL the UPDATE locks the row until commit and a concurrent one re-checks the
condition on the committed count; on SQLite every writer is serialised anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, exists, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from policy.errors import PolicyError
from policy.store.records import (
    QuotaEvent,
    QuotaState,
    Withdrawal,
    quota_event_of,
    quota_of,
    withdrawal_of,
)
from policy.store.schema import QuotaEventRow, QuotaRow, WithdrawalRow

__all__ = ["QuotaLedger", "AlreadyWithdrawnError", "QuotaCorrectionError", "PLACE", "RELEASED", "CORRECTION"]

PLACE, RELEASED, CORRECTION = "plaats", "vrijgegeven", "correctie"
# Declarative types ``__table__`` as a FromClause; these classes are mapped to plain Tables.
_LEDGER = cast(Table, QuotaRow.__table__)
_EVENTS = cast(Table, QuotaEventRow.__table__)
_WITHDRAWALS = cast(Table, WithdrawalRow.__table__)


class AlreadyWithdrawnError(PolicyError):
    """The decision was withdrawn before; a place is released once only."""

    code = "al_ingetrokken"


class QuotaCorrectionError(PolicyError):
    """A correction would make the count negative, exceed the maximum or undercount the places held."""

    code = "correctie_ongeldig"


def _line(table_id: str, key: str, year: int) -> Any:
    return and_(_LEDGER.c.table_id == table_id, _LEDGER.c.quota_key == key, _LEDGER.c.year == year)


class QuotaLedger:
    """The quota part of :class:`policy.store.Store` (a mixin: it uses the store's sessions)."""

    dialect: str
    engine: Engine
    _granted_sql: tuple[str, Any] | None = None
    _reading: Callable[[], AbstractContextManager[Session]]
    _dbapi: Callable[[], AbstractContextManager[Any]]

    # -- reading -------------------------------------------------------------------------------

    def quota(self, table_id: str, key: str, year: int, tx: Session | None = None) -> QuotaState | None:
        """The ledger line, or None when nothing was ever counted there."""
        stmt = select(QuotaRow).where(QuotaRow.table_id == table_id, QuotaRow.quota_key == key,
                                      QuotaRow.year == year)
        with self._session(tx) as session:
            row = session.scalars(stmt).first()
            return quota_of(row) if row is not None else None

    def granted(self, table_id: str, key: str, year: int, tx: Session | None = None) -> int:
        """The places counted on a line (0 when nothing was ever counted there).

        Read on every decision of a table with a quota, so outside a transaction it is one
        prepared SELECT on a pooled DB-API connection (no Session, no statement compilation).
        """
        if tx is not None:
            state = self.quota(table_id, key, year, tx)
            return state.granted if state is not None else 0
        if self._granted_sql is None:
            stmt = select(_LEDGER.c.granted).where(
                _LEDGER.c.table_id == bindparam("t"), _LEDGER.c.quota_key == bindparam("k"),
                _LEDGER.c.year == bindparam("y"))
            compiled = stmt.compile(dialect=self.engine.dialect)
            self._granted_sql = (str(compiled), compiled.positiontup if compiled.positional else None)
        sql, order = self._granted_sql
        values = {"t": table_id, "k": key, "y": year}
        params: Any = tuple(values[k] for k in order) if order is not None else values
        with self._dbapi() as conn:
            cursor = conn.cursor()
            try:
                cursor.execute(sql, params)
                row = cursor.fetchone()
            finally:
                cursor.close()
        return int(row[0]) if row is not None else 0

    def quotas(self, table_id: str | None = None, year: int | None = None) -> list[QuotaState]:
        stmt = select(QuotaRow).order_by(QuotaRow.table_id, QuotaRow.year, QuotaRow.quota_key)
        if table_id is not None:
            stmt = stmt.where(QuotaRow.table_id == table_id)
        if year is not None:
            stmt = stmt.where(QuotaRow.year == year)
        with self._reading() as session:
            return [quota_of(row) for row in session.scalars(stmt)]

    def places(self, table_id: str, key: str, year: int, tx: Session | None = None) -> list[str]:
        """Ids of the decisions that hold a place (taken and not released), oldest first."""
        released = aliased(QuotaEventRow)
        stmt = (
            select(QuotaEventRow.decision_id)
            .where(QuotaEventRow.table_id == table_id, QuotaEventRow.quota_key == key, QuotaEventRow.year == year,
                   QuotaEventRow.kind == PLACE,
                   ~exists().where(released.decision_id == QuotaEventRow.decision_id, released.kind == RELEASED))
            .order_by(QuotaEventRow.id)
        )
        with self._session(tx) as session:
            return [d for d in session.scalars(stmt) if d is not None]

    def quota_events(self, table_id: str, key: str, year: int) -> list[QuotaEvent]:
        stmt = select(QuotaEventRow).where(
            QuotaEventRow.table_id == table_id, QuotaEventRow.quota_key == key, QuotaEventRow.year == year
        ).order_by(QuotaEventRow.id)
        with self._reading() as session:
            return [quota_event_of(row) for row in session.scalars(stmt)]

    def place_of(self, decision_id: str) -> QuotaEvent | None:
        """The place a decision took (released or not), if it took one."""
        stmt = select(QuotaEventRow).where(QuotaEventRow.decision_id == decision_id, QuotaEventRow.kind == PLACE)
        with self._reading() as session:
            row = session.scalars(stmt).first()
            return quota_event_of(row) if row is not None else None

    def withdrawal(self, decision_id: str) -> Withdrawal | None:
        stmt = select(WithdrawalRow).where(WithdrawalRow.decision_id == decision_id)
        with self._reading() as session:
            row = session.scalars(stmt).first()
            return withdrawal_of(row) if row is not None else None

    # -- taking and releasing places -----------------------------------------------------------

    def take_place(self, tx: Session, table_id: str, key: str, year: int, maximum: int) -> QuotaState | None:
        """Take one place if one is left (the maximum in force is ``maximum``); None when full.

        One conditional UPDATE; the ledger line is created first when it does not exist yet.
        """
        conn = tx.connection()
        stmt = (
            update(_LEDGER)
            .where(_line(table_id, key, year), _LEDGER.c.granted < maximum)
            .values(granted=_LEDGER.c.granted + 1, maximum=maximum, updated_at=datetime.now(UTC))
            .returning(_LEDGER.c.granted, _LEDGER.c.maximum)
        )
        taken = conn.execute(stmt).first()
        if taken is None:  # full, or no line yet (perhaps created by a concurrent request just now)
            self._ensure_line(tx, table_id, key, year, maximum)
            taken = conn.execute(stmt).first()
        return QuotaState(table_id, key, year, taken.maximum, taken.granted) if taken is not None else None

    def record_place(self, tx: Session, place: QuotaState, decision_id: str) -> None:
        """Note that ``decision_id`` (logged in ``tx``) holds the place just taken."""
        self._event(tx, place, PLACE, decision_id=decision_id, change=1)

    def give_back(self, tx: Session, place: QuotaState) -> QuotaState:
        """Undo :meth:`take_place` in the same transaction (the decision took no place after all)."""
        return self._step_down(tx, place.table_id, place.key, place.year) or place

    def withdraw(self, tx: Session, decision_id: str, reason: str | None) -> tuple[Withdrawal, QuotaState | None]:
        """Record the withdrawal of a logged decision and release the place it held, once.

        Raises AlreadyWithdrawnError the second time (also when two withdrawals race).
        """
        conn = tx.connection()
        if conn.execute(select(WithdrawalRow.id).where(WithdrawalRow.decision_id == decision_id)).first():
            raise AlreadyWithdrawnError(f"Beslissing '{decision_id}' is al ingetrokken.")
        withdrawal = Withdrawal(decision_id, datetime.now(UTC), reason)
        try:
            conn.execute(insert(_WITHDRAWALS).values(
                decision_id=decision_id, withdrawn_at=withdrawal.withdrawn_at, reason=reason))
        except IntegrityError as exc:
            raise AlreadyWithdrawnError(f"Beslissing '{decision_id}' is al ingetrokken.") from exc
        place = conn.execute(
            select(_EVENTS).where(_EVENTS.c.decision_id == decision_id, _EVENTS.c.kind == PLACE)
        ).first()
        if place is None:
            return withdrawal, None
        state = self._step_down(tx, place.table_id, place.quota_key, place.year)
        if state is None:  # nothing left to release (cannot happen while corrections keep the places)
            state = self.quota(place.table_id, place.quota_key, place.year, tx)
            self._event(tx, state, RELEASED, decision_id=decision_id, change=0, reason=reason)
        else:
            self._event(tx, state, RELEASED, decision_id=decision_id, change=-1, reason=reason)
        return withdrawal, state

    # -- corrections ---------------------------------------------------------------------------

    def correct_quota(
        self,
        tx: Session,
        table_id: str,
        key: str,
        year: int,
        maximum: int,
        *,
        reason: str,
        granted: int | None = None,
        change: int | None = None,
    ) -> QuotaState:
        """Set the count (``granted``) or move it (``change``), for grants made outside Regelwerk.

        The count stays between the places held by logged decisions and ``maximum`` (the
        quota in force, which the line takes on); otherwise QuotaCorrectionError.
        """
        if (granted is None) == (change is None):
            raise ValueError("give exactly one of granted and change")
        self._ensure_line(tx, table_id, key, year, maximum)
        conn = tx.connection()
        current: int = conn.execute(select(_LEDGER.c.granted).where(_line(table_id, key, year)).with_for_update()).scalar_one()
        target = granted if granted is not None else current + (change or 0)
        held = len(self.places(table_id, key, year, tx))
        if not held <= target <= maximum:
            raise QuotaCorrectionError(
                f"Het aantal voor {key} in {year} kan niet {target} worden: het ligt tussen de {held} "
                f"plaats(en) van vastgelegde beslissingen en het maximum {maximum}."
            )
        conn.execute(update(_LEDGER).where(_line(table_id, key, year))
                     .values(granted=target, maximum=maximum, updated_at=datetime.now(UTC)))
        state = QuotaState(table_id, key, year, maximum, target)
        self._event(tx, state, CORRECTION, change=target - current, reason=reason)
        return state

    # -- helpers -------------------------------------------------------------------------------

    def _session(self, tx: Session | None) -> AbstractContextManager[Session]:
        return nullcontext(tx) if tx is not None else self._reading()

    def _ensure_line(self, tx: Session, table_id: str, key: str, year: int, maximum: int) -> None:
        """Create the ledger line (count 0) unless it exists."""
        dialect_insert = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        stmt = dialect_insert(_LEDGER).values(
            table_id=table_id, quota_key=key, year=year, maximum=maximum, granted=0, updated_at=datetime.now(UTC)
        ).on_conflict_do_nothing(index_elements=["table_id", "quota_key", "year"])
        tx.connection().execute(stmt)

    def _step_down(self, tx: Session, table_id: str, key: str, year: int) -> QuotaState | None:
        row = tx.connection().execute(
            update(_LEDGER)
            .where(_line(table_id, key, year), _LEDGER.c.granted > 0)
            .values(granted=_LEDGER.c.granted - 1, updated_at=datetime.now(UTC))
            .returning(_LEDGER.c.granted, _LEDGER.c.maximum)
        ).first()
        return QuotaState(table_id, key, year, row.maximum, row.granted) if row is not None else None

    @staticmethod
    def _event(tx: Session, state: QuotaState | None, kind: str, *, change: int, decision_id: str | None = None,
               reason: str | None = None) -> None:
        if state is None:
            return
        tx.connection().execute(insert(_EVENTS).values(
            created_at=datetime.now(UTC), table_id=state.table_id, quota_key=state.key, year=state.year,
            kind=kind, decision_id=decision_id, change=change, granted=state.granted, reason=reason,
        ))
