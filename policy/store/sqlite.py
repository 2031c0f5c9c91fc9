"""SQLite specifics: connection settings, write transactions, and one writer per machine."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

__all__ = ["MachineWriteLock", "on_connect", "on_begin"]


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


def on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN (pysqlite's own is deferred and late).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL: a commit survives a crash of the process; only a power loss may lose the
    # last transactions (documented in docs/api.md).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
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
