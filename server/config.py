"""Service configuration: defaults, then ``REGELWERK_*`` environment variables, then the dict
given to :func:`server.create_app` (later wins)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

__all__ = ["DEFAULTS", "load_config", "today", "now"]

#: The decision date (and so the quota year) is the date in the Netherlands.
TIMEZONE = ZoneInfo("Europe/Amsterdam")

DEFAULTS: dict[str, Any] = {
    "DATABASE_URL": "sqlite:///var/regelwerk.db",
    "TABLES_DIR": "decision_tables",
    "ADMIN_TOKEN": None,  # admin endpoints are disabled without it
    "API_KEYS": (),  # when set, /v1 decision and table endpoints need one of these keys
    "MATCHER": "durable",  # or "reference" (the pure-Python oracle)
    "WATCH_INTERVAL": 2.0,  # seconds between looks at TABLES_DIR; 0 switches watching off
    "MAX_REQUEST_BYTES": 1 << 20,  # a single decision request
    "MAX_BATCH_BYTES": 32 << 20,
    "MAX_BATCH_CASES": 100_000,
    "MAX_UPLOAD_BYTES": 10 << 20,  # a workbook upload (the reader limits the unzipped size)
    "BATCH_CHUNK": 500,
    "JOB_AFTER_SECONDS": 20.0,  # a workbook upload still running after this becomes a job (202 + status URL)
    "REQUEST_BODY_SECONDS": 10.0,  # a request body must arrive whole within this (408 otherwise); 0: no limit  # cases logged per transaction in a batch
    "IDEMPOTENCY_HOURS": 24,  # how long an Idempotency-Key and its answer are kept
    "IDEMPOTENCY_WAIT_SECONDS": 10.0,  # a retry waits this long for the first request's answer, then 409
    "IDEMPOTENCY_HOLD_SECONDS": 60,  # a reservation whose request wrote nothing may be taken over after this
    "CLOCK_DATE": None,  # JJJJ-MM-DD: a fixed decision date, for tests only (default: today, Europe/Amsterdam)
    # Local development only: a new or changed workbook in TABLES_DIR goes live at once, unreviewed.
    "AUTO_ACTIVATE": False,
    # Plain decision requests skip Flask's round (server/fastpath.py); off: every request takes the app.
    "LEAN_DECISIONS": True,
    # benchmarks/http.py only: POST /_bare, the yardstick a decision is measured against (server/yardstick.py).
    "BARE_ROUTE": False,
}

_INTS = {"MAX_REQUEST_BYTES", "MAX_BATCH_BYTES", "MAX_BATCH_CASES", "MAX_UPLOAD_BYTES", "BATCH_CHUNK",
         "IDEMPOTENCY_HOURS", "IDEMPOTENCY_HOLD_SECONDS"}


def load_config(
    overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The effective configuration: defaults < ``REGELWERK_<KEY>`` variables < ``overrides``."""
    environ = os.environ if environ is None else environ
    config = dict(DEFAULTS)
    for key in DEFAULTS:
        raw = environ.get(f"REGELWERK_{key}")
        if raw is not None and raw != "":
            config[key] = raw
    config.update(overrides or {})
    for key in _INTS:
        config[key] = int(config[key])
    config["WATCH_INTERVAL"] = float(config["WATCH_INTERVAL"])
    config["IDEMPOTENCY_WAIT_SECONDS"] = float(config["IDEMPOTENCY_WAIT_SECONDS"])
    config["REQUEST_BODY_SECONDS"] = float(config["REQUEST_BODY_SECONDS"])
    config["JOB_AFTER_SECONDS"] = float(config["JOB_AFTER_SECONDS"])
    keys = config["API_KEYS"]
    if isinstance(keys, str):
        keys = [k.strip() for k in keys.split(",")]
    config["API_KEYS"] = tuple(k for k in (keys or ()) if k)
    config["ADMIN_TOKEN"] = config["ADMIN_TOKEN"] or None
    for key in ("AUTO_ACTIVATE", "BARE_ROUTE", "LEAN_DECISIONS"):
        flag = config[key]
        config[key] = flag.strip().lower() in ("1", "true", "ja", "yes") if isinstance(flag, str) else bool(flag)
    clock = config["CLOCK_DATE"] or None
    config["CLOCK_DATE"] = date.fromisoformat(clock) if isinstance(clock, str) else clock
    return config


def today(config: Mapping[str, Any]) -> date:
    """The decision date: CLOCK_DATE when configured, else today in Europe/Amsterdam."""
    return config["CLOCK_DATE"] or datetime.now(TIMEZONE).date()


def now(config: Mapping[str, Any]) -> datetime:
    """The moment in Europe/Amsterdam; with CLOCK_DATE, today's time of day on that date.

    It decides when an approved version's date of effect has come.
    """
    moment = datetime.now(TIMEZONE)
    clock = config["CLOCK_DATE"]
    return datetime.combine(clock, moment.timetz()) if clock else moment
