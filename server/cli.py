"""``regelwerk serve`` (and ``python -m server``): the production server, gunicorn.

Gunicorn's master migrates the database once before forking; each worker then builds the app
(``create_app``), which loads the active tables and follows publication through the database.
Configuration comes from ``REGELWERK_*`` variables (see docs/api.md); nothing is required.
"""

from __future__ import annotations

import logging
from typing import Any

import click
from gunicorn.app.base import BaseApplication

from policy.store import Store
from server.config import load_config

__all__ = ["serve", "GunicornApplication"]


class GunicornApplication(BaseApplication):
    """Gunicorn, configured in code (no config file, no command-line parsing of its own)."""

    def __init__(self, options: dict[str, Any], config: dict[str, Any] | None = None) -> None:
        self.options = options
        self.app_config = config
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from server.app import create_app

        return create_app(self.app_config)


def _migrate_once(server: Any) -> None:
    """gunicorn ``on_starting`` hook (master, before any worker exists)."""
    store = Store(load_config()["DATABASE_URL"])
    try:
        store.migrate()
    finally:
        store.dispose()


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--worker-class", "worker_class", type=click.Choice(["threads", "sync"]), default="threads",
              show_default=True, help="threads: slow clients hold a thread, not the worker; sync: one request "
                                      "per worker (for comparison only).")
@click.option("--threads", default=64, show_default=True, type=click.IntRange(1, 256),
              help="Threads per worker (each serves one request at a time).")
@click.option("--timeout", default=30, show_default=True, type=int,
              help="Seconds a worker may go silent before it is restarted.")
@click.option("--access-log/--no-access-log", default=False, show_default=True, help="Log every request.")
def serve(host: str, port: int, workers: int, worker_class: str, threads: int, timeout: int,
          access_log: bool) -> None:
    """Start the decision service (gunicorn) on HOST:PORT."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(process)d %(name)s %(levelname)s %(message)s")
    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        # Threads: a slow client holds one thread, not the worker; see server/workers.py.
        "worker_class": "server.workers.ProblemThreadWorker" if worker_class == "threads" else "sync",
        "threads": threads if worker_class == "threads" else 1,
        # A worker whose threads are all busy accepts no more: the next connection goes to another.
        "worker_connections": threads,
        "timeout": timeout,
        "graceful_timeout": 10,
        "on_starting": _migrate_once,
        "accesslog": "-" if access_log else None,
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "regelwerk",
        "control_socket_disable": True,  # several services on one machine would share its path
    }
    GunicornApplication(options).run()
