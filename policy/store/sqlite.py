"""SQLite specifics: connection settings, write transactions, one writer per machine, checkpoints."""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

__all__ = ["Checkpointer", "MachineWriteLock", "ThreadConnections", "on_connect", "on_begin", "WAL_BACKSTOP_PAGES"]

log = logging.getLogger("regelwerk.opslag")

#: SQLite checkpoints the WAL itself (inside a committing request) only past this many pages:
#: a backstop for a process whose :class:`Checkpointer` is not running. ~40 MB of 4 KiB pages.
WAL_BACKSTOP_PAGES = 10_000


class MachineWriteLock:
    """One writer at a time on this machine for one SQLite file, queued by the kernel.

    Without it, writers poll for SQLite's lock and a busy log shows millisecond stalls; a
    blocking ``flock`` hands the lock over the moment it is released. Not reentrant.
    """

    def __init__(self, database: str) -> None:
        self.path = Path(f"{database}-schrijven.lock")
        self._thread_lock = threading.Lock()
        self._fd, self._pid = -1, -1

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._thread_lock:
            if self._pid != os.getpid():  # a forked child needs its own open file
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
                self._pid = os.getpid()
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._pid == os.getpid():
            os.close(self._fd)
            self._pid = -1


class ThreadConnections:
    """One DB-API connection per thread for the request path's own statements (the log's
    INSERT and COMMIT, the ledger's count), kept open between requests.

    Checking a connection out of SQLAlchemy's pool and back in (with its reset, a ROLLBACK)
    costs about as much as the INSERT itself; these connections skip it. They get the same
    settings as the pool's (:func:`on_connect`) and the URL's ``timeout``; none is ever left
    inside a transaction (the caller commits or rolls back, and :meth:`drop` closes one that
    could not). A forked child opens its own; :meth:`close` closes this process's.
    """

    def __init__(self, database: str, timeout: float) -> None:
        self.database, self.timeout = database, timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[tuple[int, sqlite3.Connection]] = []
        self._epoch = 0  # moves on close(): a thread's connection from before is not used again

    def get(self) -> sqlite3.Connection:
        pid = os.getpid()
        held = getattr(self._local, "held", None)
        if held is not None and held[0] == pid and held[1] == self._epoch:
            return held[2]  # type: ignore[no-any-return]
        connection = sqlite3.connect(self.database, timeout=self.timeout, isolation_level=None,
                                     check_same_thread=False)
        on_connect(connection, None)
        self._local.held = (pid, self._epoch, connection)
        with self._lock:
            self._open.append((pid, connection))
        return connection

    def drop(self, connection: sqlite3.Connection) -> None:
        """Close an unusable connection; this thread opens a new one next time."""
        held = getattr(self._local, "held", None)
        if held is not None and held[2] is connection:
            self._local.held = None
        with self._lock:
            self._open = [(p, c) for p, c in self._open if c is not connection]
        try:
            connection.close()
        except sqlite3.Error:
            pass

    def close(self) -> None:
        pid = os.getpid()
        with self._lock:
            self._epoch += 1
            mine, self._open = [c for p, c in self._open if p == pid], [(p, c) for p, c in self._open if p != pid]
        for connection in mine:
            try:
                connection.close()
            except sqlite3.Error:
                pass


def on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN (pysqlite's own is deferred and late).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL: a commit survives a crash of the process; only a power loss may lose the
    # last transactions (documented in docs/api.md).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Checkpoints (which fsync) run in the Checkpointer's thread, not in a request's commit.
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_BACKSTOP_PAGES}")
    cursor.close()


def on_begin(conn: Connection) -> None:
    # Writers take SQLite's write lock at once (BEGIN IMMEDIATE): a deferred transaction that
    # reads first could not upgrade while another process writes. On this machine writers are
    # already queued by MachineWriteLock, so the busy timeout only covers others.
    statement = "BEGIN IMMEDIATE" if conn.get_execution_options().get("regelwerk_write") else "BEGIN"
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # None only once invalidated; a connection that begins is checked out
    try:
        dbapi.execute(statement)
    except sqlite3.Error as exc:  # raised here, SQLAlchemy would not wrap it
        raise OperationalError(statement, None, exc) from exc


class Checkpointer:
    """Copies the WAL into the database file in a background thread, every ``interval`` seconds.

    With SQLite's automatic checkpoint, now and then one committing request would copy the
    WAL and wait for two fsyncs (milliseconds on a real disk): the log's p99. Here a daemon
    thread of each process that writes runs ``wal_checkpoint(PASSIVE)`` instead, which never
    blocks readers or writers. Durability is unchanged: a commit is in the WAL either way.
    The thread starts on the first write of a process (so forking is safe), stops on
    :meth:`close`, when its store is collected, or when the database file is gone.
    """

    def __init__(self, database: str, interval: float = 0.25) -> None:
        self.database = database
        self.interval = interval
        self._pid = -1
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.checkpoints = 0  # completed in this process (for tests and diagnostics)
        self.thread: threading.Thread | None = None

    def wrote(self) -> None:
        """Called after a commit: make sure this process has its checkpoint thread."""
        if self._pid == os.getpid() or self._stop.is_set():
            return
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()
            self.thread = threading.Thread(target=_checkpoint_loop, args=(weakref.ref(self), self._stop),
                                           name="regelwerk-checkpoint", daemon=True)
            self.thread.start()

    def checkpoint(self, connection: sqlite3.Connection) -> None:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if not busy:
            self.checkpoints += 1

    def close(self) -> None:
        """Stop the thread and wait for it: a process that forks next (gunicorn's master after
        migrating) must not fork while the thread is inside SQLite."""
        self._stop.set()
        thread = self.thread
        if thread is not None and self._pid == os.getpid() and thread is not threading.current_thread():
            thread.join(timeout=10)


def _checkpoint_loop(ref: weakref.ReferenceType[Checkpointer], stop: threading.Event) -> None:
    owner = ref()
    if owner is None:
        return
    database, interval = owner.database, owner.interval
    del owner  # hold no reference between rounds: the store may be collected
    try:
        connection = sqlite3.connect(database, timeout=5, isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        log.exception("checkpoints: %s kan niet worden geopend", database)
        return
    try:
        while not stop.wait(interval):
            owner = ref()
            if owner is None or not os.path.exists(database):
                return
            try:
                owner.checkpoint(connection)
            except sqlite3.Error as exc:  # busy or the like: try again next round
                log.debug("checkpoint van %s overgeslagen: %s", database, exc)
            del owner
    finally:
        connection.close()
