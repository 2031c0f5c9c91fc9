"""Run the real production server (gunicorn via ``python -m server`` or ``regelwerk serve``).

    with live_server(tables_dir) as server:
        requests.post(f"{server.url}/v1/decisions/uitwisseling/working_holiday", json=...)

It listens on 127.0.0.1 on a free port, with a fresh SQLite database in a temporary directory
(unless ``database_url`` is given), and is ready (``/ready`` answers 200) when the block starts.
On leaving, gunicorn is asked to stop (SIGTERM) and, failing that, its process group is killed.

For pytest, ``pytest_plugins = ["tests.support.live_server"]`` provides the session fixture
``live_service``: the server over the repository's ``decision_tables/``, with admin endpoints
enabled by ``LIVE_ADMIN_TOKEN`` (the BDD decider seeds quota counts through them).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.ports import free_port

__all__ = ["LiveServer", "live_server", "live_service", "REPO", "LIVE_ADMIN_TOKEN"]

REPO = Path(__file__).resolve().parents[2]
LIVE_ADMIN_TOKEN = "beheer-token-van-de-testrun"


@dataclass(frozen=True)
class LiveServer:
    url: str
    pid: int
    database_url: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def worker_pids(self) -> list[int]:
        """The pids of gunicorn's workers now (the master's children), sorted."""
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.pid:
                    found.append(int(entry.name))
        return sorted(found)


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/ready", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@contextmanager
def live_server(
    tables_dir: str | Path | None = None,
    *,
    database_url: str | None = None,
    admin_token: str | None = None,
    workers: int = 2,
    command: str = "module",
    cwd: str | Path | None = None,
    bare: bool = False,
    env: Mapping[str, str] | None = None,
    start_timeout: float = 60.0,
    server_args: tuple[str, ...] = (),
) -> Iterator[LiveServer]:
    """Start the server, wait until it is ready, yield it, stop it.

    ``command`` is ``"module"`` (``python -m server``) or ``"regelwerk"`` (the console script);
    ``tables_dir`` None leaves TABLES_DIR unset (the default ``decision_tables/`` in ``cwd``);
    ``bare`` sets no ``REGELWERK_*`` variable at all, as on a fresh machine (the database is
    then the default ``var/regelwerk.db`` in ``cwd``); ``server_args`` go to the command as they are.
    """
    scratch = Path(tempfile.mkdtemp(prefix="regelwerk-live-"))
    port = free_port()
    variables = {k: v for k, v in os.environ.items() if not k.startswith("REGELWERK_")}
    if bare:
        database_url = "sqlite:///var/regelwerk.db"
    else:
        database_url = database_url or f"sqlite:///{scratch / 'regelwerk.db'}"
        variables["REGELWERK_DATABASE_URL"] = database_url
        if tables_dir is not None:
            variables["REGELWERK_TABLES_DIR"] = str(tables_dir)
        if admin_token:
            variables["REGELWERK_ADMIN_TOKEN"] = admin_token
    variables["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), variables.get("PYTHONPATH")]))
    variables.update(env or {})
    if command == "regelwerk":
        program = [str(Path(sys.executable).with_name("regelwerk")), "serve"]
    else:
        program = [sys.executable, "-m", "server"]
    args = [*program, "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), *server_args]
    log_path = scratch / "server.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(args, cwd=cwd or REPO, env=variables, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    server = LiveServer(url, process.pid, database_url, log_path)
    try:
        deadline = time.monotonic() + start_timeout
        while not _ready(url):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not become ready:\n{server.log()}")
            time.sleep(0.1)
        yield server
    finally:
        _stop(process)
        shutil.rmtree(scratch, ignore_errors=True)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # gunicorn: graceful shutdown of master and workers
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # our own session: the master and its workers
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def live_service() -> Iterator[LiveServer]:
    """The production server over the repository's decision tables, for the whole session."""
    with live_server(REPO / "decision_tables", admin_token=LIVE_ADMIN_TOKEN) as server:
        yield server
