"""The store: decision log, staged table versions, activations and the quota ledger (SQLAlchemy 2).

All writes go through ``with store.transaction() as tx:`` so that several records (a decision
and the quota place it takes) commit together or not at all. On SQLite the
transaction starts with ``BEGIN IMMEDIATE`` (writers queue instead of failing on a lock
upgrade); on PostgreSQL a transaction-scoped advisory lock serialises publication.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import Table, create_engine, event, func, insert, select, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, defer

from policy.errors import PolicyError
from policy.evaluation import Decision, to_json_value
from policy.store import sqlite
from policy.store.governance import GovernanceStore
from policy.store.idempotency import IdempotencyRecords
from policy.store.ledger import QuotaLedger
from policy.store.records import (
    Activation,
    Receipt,
    StagedVersion,
    activation_of,
    receipt_of,
    staged_of,
)
from policy.store.schema import ActivationRow, AuditRow, DecisionRow, TableVersionRow
from policy.store.sqlite import Checkpointer, MachineWriteLock, ThreadConnections

__all__ = ["AppendOnlyError", "Store"]

_MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant works: it only has to be the same for every process of this service.
_PG_LOCK_KEY = 0x5245_4745_4C57
_ZONE = ZoneInfo("Europe/Amsterdam")


def _json_column(value: Any, *, data: bool = True) -> tuple[Any, str]:
    """``value`` as JSON data (dates as ISO text; only if ``data``) and as the JSON text stored."""
    try:
        text = orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError is one: the standard library, as before
        plain = to_json_value(value)
        return plain, json.dumps(plain)
    return orjson.loads(text) if data else None, text


def _today() -> date:
    """The decision date when the caller gives none: today in the Netherlands."""
    return datetime.now(_ZONE).date()


class AppendOnlyError(PolicyError):
    """Something tried to change or remove a record of the log."""

    code = "alleen_toevoegen"


class _LogSession(Session):
    """A session that refuses to change or delete what the log holds."""


@event.listens_for(_LogSession, "before_flush")
def _refuse_changes(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in session.deleted:
        raise AppendOnlyError(f"{type(obj).__tablename__} is alleen-toevoegen: verwijderen kan niet.")
    for obj in session.dirty:
        if session.is_modified(obj):
            raise AppendOnlyError(f"{type(obj).__tablename__} is alleen-toevoegen: wijzigen kan niet.")


@event.listens_for(_LogSession, "do_orm_execute")
def _refuse_bulk_changes(state: Any) -> None:
    if state.is_update or state.is_delete:
        raise AppendOnlyError("Het logboek is alleen-toevoegen: UPDATE en DELETE kunnen niet.")


class Store(QuotaLedger, GovernanceStore, IdempotencyRecords):
    """The database of one service: open it with a SQLAlchemy URL, then :meth:`migrate`.

    The quota ledger's methods come from :class:`policy.store.ledger.QuotaLedger`, the
    idempotency records' from :class:`policy.store.idempotency.IdempotencyRecords`.
    """

    def __init__(self, url: str, **engine_options: Any) -> None:
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        self._write_lock: MachineWriteLock | None = None
        self._checkpointer: Checkpointer | None = None
        self._threads: ThreadConnections | None = None
        self._generations_sql: str | None = None
        if self.dialect == "sqlite":
            database = parsed.database
            if "timeout" not in parsed.query:  # wait for the write lock rather than fail at once
                engine_options.setdefault("connect_args", {"timeout": 30})
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).parent.mkdir(parents=True, exist_ok=True)
                self._write_lock = MachineWriteLock(database)
                self._checkpointer = Checkpointer(database)
                if set(parsed.query) <= {"timeout"}:  # the pool's connections have no other option
                    timeout = float(cast(str, parsed.query.get("timeout", 30)))
                    self._threads = ThreadConnections(database, timeout)
        self.engine: Engine = create_engine(parsed, **engine_options)
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", sqlite.on_connect)
            event.listen(self.engine, "begin", sqlite.on_begin)
        self._prepare_insert()

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    def dispose(self) -> None:
        self.engine.dispose()
        if self._threads is not None:
            self._threads.close()
        if self._write_lock is not None:
            self._write_lock.close()
        if self._checkpointer is not None:
            self._checkpointer.close()

    # -- schema -------------------------------------------------------------------------------

    def migrate(self) -> None:
        """Bring the schema to the newest revision (safe when several processes start at once)."""
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        with self._writing(serialised=True) as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not self.engine.dialect.has_table(conn, "alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def _writing(self, *, serialised: bool, claims: bool = True) -> Iterator[Connection]:
        # A request's effects (not publication) confirm its Idempotency-Key in their transaction.
        claim = self._claim_to_confirm() if claims and not serialised else None
        with self._write_lock.held() if self._write_lock else nullcontext(), self.engine.connect() as conn:
            conn = conn.execution_options(regelwerk_write=True)
            with conn.begin():
                if serialised and self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
                if claim is not None:
                    self._confirm_on(conn, claim)
                yield conn
        if claim is not None:
            claim.confirmed = True
        if self._checkpointer is not None:
            self._checkpointer.wrote()

    @contextmanager
    def transaction(self, *, serialised: bool = False) -> Iterator[Session]:
        """A write transaction: everything recorded in it commits together or not at all.

        ``serialised`` also takes the publication lock on PostgreSQL (SQLite writers are always
        serialised), for read-then-write steps such as staging and activating versions.
        Transactions do not nest.
        """
        with self._writing(serialised=serialised) as conn:
            with _LogSession(bind=conn, expire_on_commit=False) as session:
                yield session
                session.flush()

    @contextmanager
    def _dbapi(self) -> Iterator[Any]:
        """A DB-API connection for the request path's own statements: this thread's own on a
        SQLite file (:class:`ThreadConnections`), else one from the pool. The caller commits or
        rolls back; on a DB-API error the connection is dropped and SQLAlchemy's error raised."""
        dbapi_error = self.engine.dialect.loaded_dbapi.Error
        threads = self._threads
        conn: Any
        if threads is not None:
            try:
                conn = threads.get()
            except dbapi_error as exc:
                raise DBAPIError.instance("connect", None, exc, dbapi_error) from exc
        else:
            conn = self.engine.raw_connection()  # a failure to connect raises SQLAlchemy's own error
        try:
            yield conn
        except BaseException as exc:
            try:
                conn.rollback()
            except dbapi_error:  # the connection is unusable: not used again
                if threads is not None:
                    threads.drop(conn)
                else:
                    conn.invalidate()
            if isinstance(exc, dbapi_error):  # as SQLAlchemy would raise it
                raise DBAPIError.instance(None, None, exc, dbapi_error) from exc
            raise
        finally:
            if threads is None:
                conn.close()  # back to the pool

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with _LogSession(self.engine, expire_on_commit=False) as session:
            yield session

    def ping(self) -> None:
        """Raise if the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    # -- decision log -------------------------------------------------------------------------

    def record_decision(
        self,
        tx: Session,
        decision: Decision,
        *,
        engine: str,
        compiler: str,
        zaaknummer: str | None = None,
        decision_date: date | None = None,
    ) -> Receipt:
        """Append ``decision`` to the log inside ``tx``; returns the receipt with its new id.

        ``decision_date`` is the service's date of the decision (default: today in
        Europe/Amsterdam); an impact replay selects the log by it.
        """
        receipt, params = self._row(decision, engine=engine, compiler=compiler, zaaknummer=zaaknummer,
                                    decision_date=decision_date)
        tx.connection().exec_driver_sql(self._insert_sql, params)
        return receipt

    def append_decisions(self, entries: Iterable[tuple[Decision, str | None, str, str]], *,
                         decision_date: date | None = None,
                         rows: list[list[dict[str, Any]]] | None = None) -> list[Receipt]:
        """Log ``(decision, zaaknummer, engine, compiler)`` entries in one transaction of their own.

        The hot path of every logged request: one DB-API connection (this thread's own on a
        SQLite file, else a pooled one), one INSERT per decision and a COMMIT, without a Session
        or SQLAlchemy's per-statement machinery. What it writes is exactly what
        :meth:`record_decision` writes; the database's append-only triggers apply as always.
        ``rows``, when given, are each entry's matched rows as ``MatchedRow.to_dict`` gives them
        (a caller that made them for its answer; the receipt then holds the same list).
        Raises SQLAlchemyError (DBAPIError) when nothing was logged.
        """
        day = decision_date or _today()
        receipts, inserts = [], []
        for k, (d, z, e, c) in enumerate(entries):
            receipt, params = self._row(d, engine=e, compiler=c, zaaknummer=z, decision_date=day,
                                        rows=rows[k] if rows is not None else None)
            receipts.append(receipt)
            inserts.append(params)
        if not inserts:
            return receipts
        claim = self._claim_to_confirm()
        with self._write_lock.held() if self._write_lock else nullcontext(), self._dbapi() as conn:
            cursor = conn.cursor()
            try:
                if self.dialect == "sqlite":  # autocommit mode (see sqlite.on_connect): begin ourselves
                    cursor.execute("BEGIN IMMEDIATE")
                if claim is not None:  # the request's Idempotency-Key, in the same transaction
                    self._confirm_claim(cursor, claim)
                if len(inserts) == 1:
                    cursor.execute(self._insert_sql, inserts[0])
                else:
                    cursor.executemany(self._insert_sql, inserts)
            finally:
                cursor.close()
            conn.commit()
        if claim is not None:
            claim.confirmed = True
        if self._checkpointer is not None:
            self._checkpointer.wrote()
        return receipts

    def _row(self, decision: Decision, *, engine: str, compiler: str, zaaknummer: str | None,
             decision_date: date | None, rows: list[dict[str, Any]] | None = None) -> tuple[Receipt, Any]:
        """The receipt of ``decision`` and the parameters of its INSERT.

        The JSON columns are written once, by orjson (dates as ISO text, as ``to_json_value``
        writes them), and the receipt's values read back from that text; what orjson refuses
        (an integer past 64 bits, a key that is no string) takes the standard library's way.
        """
        facts, facts_text = _json_column(decision.facts)
        outputs, outputs_text = _json_column(decision.outputs)
        if rows is None:
            rows = [m.to_dict() for m in decision.matched_rows]
        _, rows_text = _json_column(rows, data=False)
        receipt = Receipt(
            decision_id=str(uuid.uuid4()),
            created_at=datetime.now(UTC),
            table_id=decision.table_id,
            table_version=decision.table_version,
            peildatum=decision.peildatum,
            facts=facts,
            outputs=outputs,
            matched_rows=rows,
            engine=engine,
            compiler=compiler,
            zaaknummer=zaaknummer,
            decision_date=decision_date or _today(),
            status=decision.status,
            missing_facts=list(decision.missing_facts) if decision.status == "onvolledig" else None,
        )
        texts = {"facts": facts_text, "outputs": outputs_text, "matched_rows": rows_text}
        return receipt, self._insert_params(vars(receipt), texts)

    def _prepare_insert(self) -> None:
        """Compile the INSERT of a decision once, with the column types' own conversions.

        Every logged request runs it: executed at driver level it skips SQLAlchemy's
        per-statement compilation and the ORM's unit of work. The JSON columns given as text
        (``_row``) are bound as text, which both databases read as JSON (PostgreSQL casts the
        parameter to JSONB in the statement itself).
        """
        table = cast(Table, DecisionRow.__table__)  # declarative types it as a FromClause
        columns = [c for c in table.columns if c.name != "id"]
        compiled = insert(table).compile(dialect=self.engine.dialect, column_keys=[c.name for c in columns])
        convert = {c.name: c.type._cached_bind_processor(self.engine.dialect) for c in columns}
        order = compiled.positiontup if compiled.positional else None

        def params(values: dict[str, Any], texts: dict[str, str]) -> Any:
            bound = {k: texts[k] if k in texts else (f(v) if (f := convert[k]) is not None and v is not None else v)
                     for k, v in values.items()}
            return tuple(bound[k] for k in order) if order is not None else bound

        self._insert_sql, self._insert_params = str(compiled), params

    def get_decision(self, decision_id: str) -> Receipt | None:
        with self._reading() as session:
            row = session.scalars(select(DecisionRow).where(DecisionRow.decision_id == decision_id)).first()
            return receipt_of(row) if row is not None else None

    def count_decisions(self, table_id: str | None = None) -> int:
        stmt = select(func.count()).select_from(DecisionRow)
        if table_id is not None:
            stmt = stmt.where(DecisionRow.table_id == table_id)
        with self._reading() as session:
            return session.scalar(stmt) or 0

    # -- table versions -----------------------------------------------------------------------

    def stage_version(
        self,
        tx: Session,
        *,
        table_id: str,
        version: str,
        content: bytes,
        compiled: dict[str, Any],
        source: str,
        filename: str,
        diagnostics: list[dict[str, Any]],
    ) -> tuple[StagedVersion, bool]:
        """Keep a checked version; returns ``(version, created)`` (False: it was already kept)."""
        existing = self._version_row(tx, table_id, version)
        if existing is not None:
            return staged_of(existing), False
        row = TableVersionRow(
            table_id=table_id,
            version=version,
            staged_at=datetime.now(UTC),
            source=source,
            filename=filename,
            size=len(content),
            content=content,
            compiled=compiled,
            diagnostics=diagnostics,
        )
        tx.add(row)
        return staged_of(row), True

    def get_version(self, table_id: str, version: str) -> StagedVersion | None:
        with self._reading() as session:
            row = self._version_row(session, table_id, version)
            return staged_of(row) if row is not None else None

    def has_version(self, tx: Session, table_id: str, version: str) -> bool:
        stmt = select(TableVersionRow.id).where(
            TableVersionRow.table_id == table_id, TableVersionRow.version == version
        )
        return tx.scalar(stmt) is not None

    def version_content(self, table_id: str, version: str) -> bytes | None:
        stmt = select(TableVersionRow.content).where(
            TableVersionRow.table_id == table_id, TableVersionRow.version == version
        )
        with self._reading() as session:
            return session.scalar(stmt)

    def list_versions(self, table_id: str | None = None) -> list[StagedVersion]:
        stmt = select(TableVersionRow).options(defer(TableVersionRow.content)).order_by(TableVersionRow.id)
        if table_id is not None:
            stmt = stmt.where(TableVersionRow.table_id == table_id)
        with self._reading() as session:
            return [staged_of(row) for row in session.scalars(stmt)]

    @staticmethod
    def _version_row(session: Session, table_id: str, version: str) -> TableVersionRow | None:
        stmt = select(TableVersionRow).where(
            TableVersionRow.table_id == table_id, TableVersionRow.version == version
        )
        return session.scalars(stmt).first()

    # -- activations --------------------------------------------------------------------------

    def activate(self, tx: Session, table_id: str, version: str, *, source: str) -> Activation:
        """Make a staged version the active one (the caller has run its examples)."""
        previous = self.active_versions(tx).get(table_id)
        row = ActivationRow(
            table_id=table_id,
            version=version,
            previous_version=previous,
            activated_at=datetime.now(UTC),
            source=source,
        )
        tx.add(row)
        tx.flush()
        return activation_of(row)

    def active_versions(self, session: Session | None = None) -> dict[str, str]:
        """``{table_id: version}`` of every table that was ever activated."""
        latest = select(func.max(ActivationRow.id)).group_by(ActivationRow.table_id)
        stmt = select(ActivationRow.table_id, ActivationRow.version).where(ActivationRow.id.in_(latest))
        if session is not None:
            return {t: v for t, v in session.execute(stmt)}
        with self._reading() as s:
            return {t: v for t, v in s.execute(stmt)}

    def activations(self, table_id: str | None = None) -> list[Activation]:
        stmt = select(ActivationRow).order_by(ActivationRow.id)
        if table_id is not None:
            stmt = stmt.where(ActivationRow.table_id == table_id)
        with self._reading() as session:
            return [activation_of(row) for row in session.scalars(stmt)]

    def generation(self) -> int:
        """The id of the newest activation (0 when none): changes whenever any table is swapped."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(ActivationRow.id))).scalar() or 0

    def generations(self) -> tuple[int, int]:
        """The newest activation id and the newest audit event id, in one round trip.

        The second moves with every proposal and approval, so a worker sees a new schedule.
        Every worker asks every CHECK_INTERVAL while it serves: one SELECT compiled once, on a
        DB-API connection (no Session, no statement compilation, no pool round on SQLite).
        """
        if self._generations_sql is None:
            stmt = select(select(func.max(ActivationRow.id)).scalar_subquery(),
                          select(func.max(AuditRow.id)).scalar_subquery())
            self._generations_sql = str(stmt.compile(dialect=self.engine.dialect))
        with self._dbapi() as conn:
            cursor = conn.cursor()
            try:
                cursor.execute(self._generations_sql)
                row = cursor.fetchone()
            finally:
                cursor.close()
        return row[0] or 0, row[1] or 0
