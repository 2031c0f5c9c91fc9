"""A throw-away PostgreSQL server for tests that need the real thing.

``REGELWERK_TEST_POSTGRES_URL`` points the tests at an existing server instead (for example the
one ``scripts/postgres.sh`` starts); otherwise a cluster is created with the local ``initdb``
in a temporary directory, listening on 127.0.0.1 only, and removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.support.ports import free_port

__all__ = ["postgres_server", "fresh_database"]


def _as_postgres_user(args: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root.
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a server URL (``postgresql+psycopg://…/postgres``) for the duration."""
    existing = os.environ.get("REGELWERK_TEST_POSTGRES_URL")
    if existing:
        yield existing
        return
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL (initdb, pg_ctl) is not installed; see scripts/postgres.sh")
    base = Path(tempfile.mkdtemp(prefix="regelwerk-pg-"))
    data = base / "data"
    if os.geteuid() == 0:
        shutil.chown(base, user="postgres")
    port = free_port()
    run = lambda args: subprocess.run(  # noqa: E731
        _as_postgres_user(args), check=True, capture_output=True, text=True
    )
    try:
        run([initdb, "-D", str(data), "--auth=trust", "--username=postgres", "-E", "UTF8"])
        opts = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={base} -c fsync=off"
        run([pg_ctl, "-D", str(data), "-o", opts, "-w", "-l", str(base / "log"), "start"])
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            run([pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"])
    finally:
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(server_url: str) -> str:
    """Create an empty database on the server and return its URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)
