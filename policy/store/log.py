"""Reading the decision log in bulk: one frame of a table's decisions over a period of days.

The frame has one row per logged decision that was not withdrawn (dry runs are never logged),
ordered by log id, with one column per requested input holding the logged fact as it was
stored: a JSON ``true`` stays a bool, a number a number, a date its ``JJJJ-MM-DD`` text, a list
a tuple. The database picks the inputs out of each facts document into one short JSON array
(SQLite: ``json_extract`` with several paths; PostgreSQL: ``jsonb_agg`` of ``facts -> name``),
and the arrays of a month are parsed by Python in one ``json.loads``: less work than parsing
every facts document, and exact about JSON types (SQLite's ``json_extract`` of a single path
would turn ``true`` into 1). The outputs stay JSON text: the few distinct texts are
parsed once by the caller. Matched rows, which are long, are read separately and only for the
decisions that need them (:func:`read_matched_rows`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from policy.errors import PolicyError
from policy.store.columnar import AGGREGATED, ColumnarQuery, facts_columns, split_column

if TYPE_CHECKING:
    from policy.store.store import Store

__all__ = [
    "LOG_COLUMNS", "EXTRA_COLUMN", "LogUnavailableError", "engine_for", "month_ranges", "open_log", "read_decisions",
    "read_matched_rows", "release_engine", "url_of",
]

#: the columns every frame has, before the inputs
LOG_COLUMNS = ("id", "decision_id", "table_version", "peildatum", "outputs")
#: True where the logged facts hold a field that is not among the requested inputs
EXTRA_COLUMN = "_andere_feiten"

_CHUNK = 60  # paths per SQLite JSON function call (SQLite allows 127 arguments)


class LogUnavailableError(PolicyError):
    """The decision log cannot be read (no database there, or one without decision dates)."""

    code = "logboek_niet_beschikbaar"


def open_log(url: str) -> Store:
    """The store at ``url`` for reading the log; refuses a missing SQLite file (never creates one)
    and a database whose log has no decision dates yet (not migrated)."""
    from policy.store.store import Store

    try:
        parsed = make_url(url)
    except SQLAlchemyError:
        raise LogUnavailableError(f"'{url}' is geen database-URL.") from None
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:" \
            and not Path(parsed.database).exists():
        raise LogUnavailableError(f"Database {parsed.database} bestaat niet.")
    store = Store(url)
    try:
        columns = {c["name"] for c in inspect(store.engine).get_columns("decisions")}
    except SQLAlchemyError as exc:
        store.dispose()
        raise LogUnavailableError(f"Het logboek in {parsed.render_as_string()} is niet te lezen: {exc}") from None
    if "decision_date" not in columns:
        store.dispose()
        raise LogUnavailableError("Het logboek heeft nog geen beslisdatum: start de dienst eenmaal "
                                  "(regelwerk serve) om de database bij te werken.")
    return store


_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def url_of(store: Store) -> str:
    """The store's database URL, password included (for a worker that opens it itself)."""
    return store.engine.url.render_as_string(hide_password=False)


def engine_for(url: str, *, store: Store | None = None) -> Engine:
    """One engine per database URL and process (a Dask worker reads many months).

    With ``store``: that store's engine is the one for ``url`` until :func:`release_engine`.
    """
    with _engines_lock:
        if store is not None:
            return _engines.setdefault(url, store.engine)
        if url not in _engines:
            _engines[url] = create_engine(url, poolclass=NullPool)
        return _engines[url]


def release_engine(url: str, store: Store) -> None:
    """Forget ``store``'s engine for ``url`` (registered with :func:`engine_for`)."""
    with _engines_lock:
        if _engines.get(url) is store.engine:
            del _engines[url]


def month_ranges(start: date, end: date) -> list[tuple[date, date]]:
    """The calendar months of ``start..end`` (both inclusive), each cut to the period."""
    out = []
    first = start
    while first <= end:
        following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        last = min(following - timedelta(days=1), end)
        out.append((first, last))
        first = following
    return out


def read_decisions(engine: Engine, table_id: str, start: date, end: date,
                   inputs: Sequence[tuple[str, str]], *, ignored: Sequence[str] = (),
                   columnar: bool = True) -> pd.DataFrame:
    """The logged, not withdrawn decisions of ``table_id`` whose decision date is in ``start..end``.

    ``inputs`` are ``(name, type)`` pairs (the draft's Invoer sheet); the frame gets a column
    per name, holding the logged value with its JSON type (None where the fact was not logged;
    a list as a tuple), and :data:`EXTRA_COLUMN` (facts other than the inputs and the
    ``ignored`` names). ``peildatum`` is ISO text; ``outputs`` JSON text.

    Read as whole columns (:mod:`policy.store.columnar`) where that is exact, else (or with
    ``columnar=False``) value by value with Python's json; both give the same frame.
    """
    sqlite = engine.dialect.name == "sqlite"
    names = [name for name, _ in inputs]
    ignored = [n for n in ignored if n not in names]
    period: list[Any] = [table_id, start.isoformat(), end.isoformat()] if sqlite else [table_id, start, end]
    conn = engine.raw_connection()
    try:
        cursor = conn.cursor()
        try:
            # withdrawals are few: read them apart rather than look each decision up
            cursor.execute("SELECT w.decision_id FROM withdrawals w JOIN decisions d ON d.decision_id = w.decision_id"
                           + _period("?" if sqlite else "%s"), period)
            withdrawn = {w for (w,) in cursor.fetchall()}
            frame = _read_columnar(cursor, sqlite, period, inputs, ignored) if columnar else None
            if frame is None:  # the careful path: every value parsed by Python's json
                sql, params = (_sqlite_query if sqlite else _postgres_query)(names, ignored)
                cursor.execute(sql, [*params, *period])
                frame = _frame(cursor.fetchall(), names, sqlite)
        finally:
            cursor.close()
        conn.rollback()
    finally:
        conn.close()
    if withdrawn:
        frame = frame[~frame["decision_id"].isin(withdrawn)].reset_index(drop=True)
    if len(frame) and not isinstance(frame["peildatum"].iloc[0], str):
        frame["peildatum"] = pd.Series(_column([d.isoformat() for d in frame["peildatum"]]), dtype=object)
    return frame


def _read_columnar(cursor: Any, sqlite: bool, period: list[Any], inputs: Sequence[tuple[str, str]],
                   ignored: Sequence[str]) -> pd.DataFrame | None:
    """The period's frame from whole-column texts (:mod:`policy.store.columnar`), or None."""
    cursor.execute(ColumnarQuery(sqlite).sql, period)
    n, *texts = cursor.fetchone()
    n = int(n)
    split = [split_column(t, n, "\n" if name in ("outputs", "facts") else ",")
             for name, t in zip(AGGREGATED[:-1], texts[:-1], strict=True)]
    pieces = [p for p in split if p is not None]
    if len(pieces) < len(split):
        return None
    if n == 0:
        return _frame([], [name for name, _ in inputs], sqlite)
    read = facts_columns(texts[-1].encode(), n, inputs, ignored)
    if read is None:
        return None
    columns, extra = read
    ids = np.array(pieces[0], dtype=np.int64)
    order = None if bool(np.all(ids[1:] > ids[:-1])) else np.argsort(ids, kind="stable")
    data: dict[str, pd.Series] = {}
    for name, values in zip(AGGREGATED[:-1], pieces, strict=True):
        data[name] = pd.Series(ids if name == "id" else _column(values), dtype=ids.dtype if name == "id" else object)
    data[EXTRA_COLUMN] = pd.Series(extra)
    data.update({name: pd.Series(columns[name], dtype=object) for name, _ in inputs})
    frame = pd.DataFrame(data, copy=False)
    return frame if order is None else frame.iloc[order].reset_index(drop=True)


def _frame(rows: Sequence[Any], names: list[str], sqlite: bool) -> pd.DataFrame:
    """The period's frame from the careful query's rows."""
    chunks = ([names[k:k + _CHUNK] for k in range(0, len(names), _CHUNK)] if sqlite else [names]) if names else []
    raw = list(zip(*rows, strict=True)) if rows else [()] * (len(LOG_COLUMNS) + 1 + len(chunks))
    data: dict[str, pd.Series] = {name: pd.Series(_column(raw[k]), dtype=object) for k, name in enumerate(LOG_COLUMNS)}
    data["id"] = pd.Series(np.array(raw[0], dtype=np.int64))
    data[EXTRA_COLUMN] = pd.Series(np.array(raw[len(LOG_COLUMNS)], dtype=bool))
    # JSON arrays of the inputs' values, each column parsed in one go: the values keep their
    # JSON types (true is no 1, a list no text)
    for k, chunk in enumerate(chunks):
        texts = raw[len(LOG_COLUMNS) + 1 + k]
        nested = any("[" in t[1:] or "{" in t for t in texts)
        values = json.loads("[" + ",".join(texts) + "]") if texts else []
        columns = list(zip(*values, strict=True)) if values else [()] * len(chunk)
        for name, column in zip(chunk, columns, strict=False):  # SQLite's repeated path comes last
            data[name] = pd.Series(_column(column, hashable=nested), dtype=object)
    # object columns as read: pandas would otherwise turn text into its string dtype (a
    # conversion there and back for nothing) and a number among dates into NaN
    return pd.DataFrame(data, copy=False)


def read_matched_rows(engine: Engine, ids: Iterable[int]) -> dict[int, str]:
    """``{log id: matched_rows JSON text}`` for the given log ids."""
    wanted = [int(i) for i in ids]
    out: dict[int, str] = {}
    if not wanted:
        return out
    sqlite = engine.dialect.name == "sqlite"
    column = "matched_rows" if sqlite else "matched_rows::text"
    conn = engine.raw_connection()
    try:
        cursor = conn.cursor()
        try:
            if sqlite:  # one statement: the ids as a JSON array, looked up by primary key
                cursor.execute(f"SELECT id, {column} FROM decisions WHERE id IN (SELECT value FROM json_each(?))",
                               [json.dumps(wanted)])
            else:
                cursor.execute(f"SELECT id, {column} FROM decisions WHERE id = ANY(%s)", [wanted])
            out.update(cursor.fetchall())
        finally:
            cursor.close()
        conn.rollback()
    finally:
        conn.close()
    return out


def _period(mark: str) -> str:
    return f" WHERE d.table_id = {mark} AND d.decision_date >= {mark} AND d.decision_date <= {mark}"


def _sqlite_query(names: Sequence[str], ignored: Sequence[str]) -> tuple[str, list[Any]]:
    """SQL giving, per decision, whether it has other facts, then JSON arrays of the inputs' values.

    SQLite takes at most 127 arguments per function, so the paths go in chunks: one
    ``json_extract`` with several paths per chunk (a JSON array; the chunk's first path is
    repeated at its end, so that a chunk of one input still gives an array).
    """
    paths = [_json_path(name) for name in names]
    chunks = [paths[k:k + _CHUNK] for k in range(0, len(paths), _CHUNK)]
    known = [*paths, *(_json_path(name) for name in ignored)]
    extra, params = "d.facts", []
    for k in range(0, len(known), _CHUNK):
        chunk = known[k:k + _CHUNK]
        extra = f"json_remove({extra}, {', '.join('?' * len(chunk))})"
        params += chunk
    arrays = []
    for chunk in chunks:
        arrays.append(f"json_extract(d.facts, {', '.join('?' * (len(chunk) + 1))})")
        params += [*chunk, chunk[0]]
    sql = (f"SELECT d.id, d.decision_id, d.table_version, d.peildatum, d.outputs, {extra} != '{{}}'"
           f"{''.join(', ' + a for a in arrays)} FROM decisions d{_period('?')} ORDER BY d.id")
    return sql, params


def _postgres_query(names: Sequence[str], ignored: Sequence[str]) -> tuple[str, list[Any]]:
    facts = ("(SELECT jsonb_agg(d.facts -> t.name ORDER BY t.position) "
             "FROM unnest(%s::text[]) WITH ORDINALITY AS t(name, position))::text")
    sql = ("SELECT d.id, d.decision_id, d.table_version, d.peildatum, d.outputs::text, "
           f"(d.facts - %s::text[]) <> '{{}}'::jsonb{', ' + facts if names else ''} "
           f"FROM decisions d{_period('%s')} ORDER BY d.id")
    known = [*names, *ignored]
    return sql, ([known, list(names)] if names else [known])


def _json_path(name: str) -> str:
    return '$."' + name.replace('"', '\\"') + '"'


def _column(values: Sequence[Any], *, hashable: bool = False) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = [_frozen(v) for v in values] if hashable else list(values)
    return out


def _frozen(value: Any) -> Any:
    """A list as a tuple and an object as a tuple of its items: hashable, still no text or number."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _frozen(v)) for k, v in value.items())
    return value
