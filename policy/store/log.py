"""Reading the decision log in bulk: one frame of a table's decisions over a period of days.

The frame has one row per logged decision that was not withdrawn (dry runs are never logged),
ordered by log id, with one column per requested input holding the logged fact as it was
stored: a JSON ``true`` stays a bool, a number a number, a date its ``JJJJ-MM-DD`` text. On
SQLite the facts are taken apart by SQLite's JSON functions (in C, one call per input), which
is several times faster than parsing every facts document in Python; on PostgreSQL each value
comes as JSON from ``facts -> name``. The outputs stay JSON text: the few distinct texts are
parsed once by the caller. Matched rows, which are long, are read separately and only for the
decisions that need them (:func:`read_matched_rows`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.engine import Engine

__all__ = ["LOG_COLUMNS", "EXTRA_COLUMN", "month_ranges", "read_decisions", "read_matched_rows"]

#: the columns every frame has, before the inputs
LOG_COLUMNS = ("id", "decision_id", "table_version", "peildatum", "outputs")
#: True where the logged facts hold a field that is not among the requested inputs
EXTRA_COLUMN = "_andere_feiten"

_TYPED = ("geheel getal", "getal", "tekst", "lijst")  # kinds whose JSON type must be checked too


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
                   inputs: Sequence[tuple[str, str]]) -> pd.DataFrame:
    """The logged, not withdrawn decisions of ``table_id`` whose decision date is in ``start..end``.

    ``inputs`` are ``(name, type)`` pairs (the types of the workbook's Invoer sheet); the frame
    gets a column per name (None where the fact was not logged) and :data:`EXTRA_COLUMN`.
    ``peildatum`` is ISO text; ``outputs`` JSON text.
    """
    if engine.dialect.name == "sqlite":
        sql, params, post = _sqlite_query(table_id, start, end, inputs)
    else:
        sql, params, post = _postgres_query(table_id, start, end, inputs)
    mark = "?" if engine.dialect.name == "sqlite" else "%s"
    conn = engine.raw_connection()
    try:
        cursor = conn.cursor()
        try:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
            # withdrawals are few: read them apart rather than look each decision up
            cursor.execute(f"SELECT w.decision_id FROM withdrawals w JOIN decisions d ON d.decision_id = w.decision_id"
                           f"{_period(mark)}", params[-3:])
            withdrawn = {w for (w,) in cursor.fetchall()}
        finally:
            cursor.close()
        conn.rollback()
    finally:
        conn.close()
    raw = list(zip(*rows, strict=True)) if rows else [()] * (len(LOG_COLUMNS) + 1 + sum(w for _, _, w in post))
    data: dict[str, Any] = {}
    for k, name in enumerate(LOG_COLUMNS):
        data[name] = _column(raw[k])
    data[EXTRA_COLUMN] = np.array(raw[len(LOG_COLUMNS)], dtype=bool)
    position = len(LOG_COLUMNS) + 1
    for name, kind, width in post:
        values = raw[position:position + width]
        data[name] = _natural(kind, values, engine.dialect.name)
        position += width
    frame = pd.DataFrame(data)
    if withdrawn:
        frame = frame[~frame["decision_id"].isin(withdrawn)].reset_index(drop=True)
    frame["id"] = frame["id"].astype(np.int64)
    if len(frame) and not isinstance(frame["peildatum"].iloc[0], str):
        frame["peildatum"] = _column([d.isoformat() for d in frame["peildatum"]])
    return frame


def read_matched_rows(engine: Engine, ids: Iterable[int]) -> dict[int, str]:
    """``{log id: matched_rows JSON text}`` for the given log ids (chunked queries)."""
    wanted = [int(i) for i in ids]
    out: dict[int, str] = {}
    sqlite = engine.dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"
    column = "matched_rows" if sqlite else "matched_rows::text"
    conn = engine.raw_connection()
    try:
        cursor = conn.cursor()
        try:
            for begin in range(0, len(wanted), 500):
                chunk = wanted[begin:begin + 500]
                cursor.execute(f"SELECT id, {column} FROM decisions WHERE id IN ({', '.join([mark] * len(chunk))})",
                               chunk)
                out.update(cursor.fetchall())
        finally:
            cursor.close()
        conn.rollback()
    finally:
        conn.close()
    return out


def _period(mark: str) -> str:
    return f" WHERE d.table_id = {mark} AND d.decision_date >= {mark} AND d.decision_date <= {mark}"


def _where(mark: str) -> str:
    return f" FROM decisions d{_period(mark)} ORDER BY d.id"


def _sqlite_query(table_id: str, start: date, end: date,
                  inputs: Sequence[tuple[str, str]]) -> tuple[str, list[Any], list[tuple[str, str, int]]]:
    paths = [_json_path(name) for name, _ in inputs]
    if paths:
        extra = f"json_remove(d.facts, {', '.join('?' * len(paths))}) != '{{}}'"
    else:
        extra = "d.facts != '{}'"
    columns = ["d.id", "d.decision_id", "d.table_version", "d.peildatum", "d.outputs", extra]
    params: list[Any] = list(paths)
    post = []
    for (name, kind), path in zip(inputs, paths, strict=True):
        if kind == "ja/nee":  # json_extract gives 1 for true: the JSON type tells a bool from a number
            columns.append("json_type(d.facts, ?)")
            params.append(path)
            post.append((name, kind, 1))
        elif kind in _TYPED:
            columns += ["json_extract(d.facts, ?)", "json_type(d.facts, ?)"]
            params += [path, path]
            post.append((name, kind, 2))
        else:
            columns.append("json_extract(d.facts, ?)")
            params.append(path)
            post.append((name, kind, 1))
    sql = "SELECT " + ", ".join(columns) + _where("?")
    return sql, [*params, table_id, start.isoformat(), end.isoformat()], post


def _postgres_query(table_id: str, start: date, end: date,
                    inputs: Sequence[tuple[str, str]]) -> tuple[str, list[Any], list[tuple[str, str, int]]]:
    columns = ["d.id", "d.decision_id", "d.table_version", "d.peildatum", "d.outputs::text",
               "(d.facts - %s::text[]) <> '{}'::jsonb"]
    params: list[Any] = [[name for name, _ in inputs]]
    post = []
    for name, kind in inputs:
        columns.append("d.facts -> %s")  # JSON: psycopg gives the value with its own type
        params.append(name)
        post.append((name, kind, 1))
    sql = "SELECT " + ", ".join(columns) + _where("%s")
    return sql, [*params, table_id, start, end], post


def _json_path(name: str) -> str:
    return '$."' + name.replace('"', '\\"') + '"'


def _column(values: Sequence[Any]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


_BOOLEANS = {"true": True, "false": False, "null": None, None: None}


def _natural(kind: str, values: Sequence[Sequence[Any]], dialect: str) -> np.ndarray:
    """One input's logged values as Python values of their JSON type."""
    if dialect != "sqlite":
        return _column(values[0])
    if kind == "ja/nee":  # another JSON type stays its type's name: the draft refuses it as a bool
        return _column([_BOOLEANS.get(t, t) for t in values[0]])
    out = _column(values[0])
    if len(values) == 1:
        return out
    types = pd.Series(_column(values[1]), dtype=object)
    if kind in ("geheel getal", "getal"):
        for i in np.flatnonzero(types.isin(("true", "false")).to_numpy()):
            out[i] = types.iat[i] == "true"
    else:  # tekst, lijst: an array or object is JSON text from json_extract; parse it back
        parsed: dict[str, Any] = {}
        for i in np.flatnonzero(types.isin(("array", "object")).to_numpy()):
            text = out[i]
            if text not in parsed:
                parsed[text] = json.loads(text)
            value = parsed[text]
            out[i] = list(value) if isinstance(value, list) else value
        if kind == "lijst":  # a true/false where a list belongs: keep it a bool, refused as a list
            for i in np.flatnonzero(types.isin(("true", "false")).to_numpy()):
                out[i] = types.iat[i] == "true"
    return out
