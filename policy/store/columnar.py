"""The fast way to read a period of the decision log: whole columns, no Python object per fact.

The database hands over each column of the period as one text (SQLite ``group_concat``,
PostgreSQL ``string_agg``), and pyarrow's JSON reader parses the facts documents into typed
columns in C++ (on its own threads, outside the GIL). Only distinct texts become Python
strings (a month of a million decisions has a few hundred distinct dates and a dozen
nationalities); the frame holds exactly what :func:`policy.store.log.read_decisions`'s careful
path holds.

pyarrow is strict about JSON types (a number where a text was declared, ``true`` where a
number, a repeated key are errors, never coerced), and whatever this path cannot give exactly
is left to the careful path: it returns None. That is: a value whose JSON type differs from the
input's declared type, a number that is not a whole number within int64 (pyarrow would read it
as a float, losing ``3`` against ``3.0``), a fact the draft does not know that is absent or
null in some decisions (absent and null cannot be told apart in a column), a text with a line
break between documents.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["ColumnarQuery", "facts_columns", "split_column"]

#: the texts of a period, one aggregate per column, in this order
AGGREGATED = ("id", "decision_id", "table_version", "peildatum", "outputs", "facts")

_STRINGS = ("tekst", "keuzelijst", "landcode", "datum")
_NUMBERS = ("geheel getal", "getal")


class ColumnarQuery:
    """The SQL of the aggregated read for one dialect (period parameters: table id, first, last day)."""

    def __init__(self, sqlite: bool) -> None:
        if sqlite:  # group_concat keeps the scan's order for every column alike; ids say which order
            agg = ["group_concat(d.id)", "group_concat(d.decision_id)", "group_concat(d.table_version)",
                   "group_concat(d.peildatum)", "group_concat(d.outputs, char(10))", "group_concat(d.facts, char(10))"]
            mark = "?"
        else:
            agg = [f"string_agg({c}, {sep} ORDER BY d.id)" for c, sep in (
                ("d.id::text", "','"), ("d.decision_id", "','"), ("d.table_version", "','"),
                ("d.peildatum::text", "','"), ("d.outputs::text", "E'\\n'"), ("d.facts::text", "E'\\n'"))]
            mark = "%s"
        self.sql = (f"SELECT count(*), {', '.join(agg)} FROM decisions d WHERE d.table_id = {mark}"
                    f" AND d.decision_date >= {mark} AND d.decision_date <= {mark}")


def split_column(text: str | None, n: int, sep: str) -> list[str] | None:
    """The ``n`` pieces of an aggregated column, or None when a piece held the separator."""
    if n == 0:
        return []
    if text is None:
        return None
    pieces = text.split(sep)
    return pieces if len(pieces) == n else None


def facts_columns(blob: bytes, n: int, inputs: Sequence[tuple[str, str]],
                  ignored: Sequence[str]) -> tuple[dict[str, np.ndarray], np.ndarray] | None:
    """Per input an object column of the logged values, and the other-facts flags; or None.

    ``blob`` is the ``n`` facts documents, one per line. None: this period needs the careful
    path (see the module docstring).
    """
    import pyarrow as pa
    import pyarrow.json as pj

    if blob.count(b"\n") != n - 1:
        return None
    declared = dict(inputs)
    schema = pa.schema([(name, _arrow_type(pa, kind)) for name, kind in inputs if kind not in _NUMBERS])
    try:
        table = pj.read_json(io.BytesIO(blob), read_options=pj.ReadOptions(block_size=1 << 22),
                             parse_options=pj.ParseOptions(explicit_schema=schema,
                                                           unexpected_field_behavior="infer"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if table.num_rows != n:
        return None
    extra = np.zeros(n, dtype=bool)
    columns: dict[str, np.ndarray] = {}
    for name in table.column_names:
        column = table.column(name).combine_chunks()
        kind = declared.get(name)
        if kind is None:
            if name in ignored:
                continue
            if column.null_count:  # absent or null: a null the decision was given would be another fact
                return None
            extra[:] = True
            continue
        values = _objects(pa, column, kind)
        if values is None:
            return None
        columns[name] = values
    for name, _ in inputs:
        if name not in columns:
            none = np.empty(n, dtype=object)
            none[:] = None
            columns[name] = none
    return columns, extra


def _arrow_type(pa: Any, kind: str) -> Any:
    if kind == "ja/nee":
        return pa.bool_()
    if kind == "lijst":
        return pa.list_(pa.string())
    return pa.string()  # tekst, keuzelijst, landcode, datum (dates stay their JJJJ-MM-DD text)


def _objects(pa: Any, column: Any, kind: str) -> np.ndarray | None:
    """The column as Python values (None for no value; a list as a tuple), or None if not exact."""
    n = len(column)
    if pa.types.is_null(column.type):
        out = np.empty(n, dtype=object)
        out[:] = None
        return out
    if kind in _STRINGS or pa.types.is_string(column.type):
        if not pa.types.is_string(column.type):
            return None
        encoded = column.dictionary_encode()
        distinct = np.empty(len(encoded.dictionary) + 1, dtype=object)
        distinct[:-1] = encoded.dictionary.to_pylist()
        distinct[-1] = None
        return distinct[encoded.indices.fill_null(len(encoded.dictionary)).to_numpy(zero_copy_only=False)]
    if kind == "ja/nee":
        if column.null_count == 0:
            return column.to_numpy(zero_copy_only=False).astype(object)  # Python bools
        out = np.empty(n, dtype=object)
        out[:] = column.to_pylist()
        return out
    if kind == "lijst":
        out = np.empty(n, dtype=object)
        out[:] = [tuple(v) if v is not None else None for v in column.to_pylist()]
        return out
    if not pa.types.is_int64(column.type):  # a float column has lost whether 3 was 3 or 3.0
        return None
    out = np.empty(n, dtype=object)
    out[:] = column.to_pylist()
    return out
