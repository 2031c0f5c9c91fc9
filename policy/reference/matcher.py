"""The pure-Python matcher of the compiled form: the oracle the durable path is tested against.

Semantics (docs/architecture.md, "Null semantics"): a field whose value is ``None`` fails every
test except ``empty``; ``empty`` holds for ``None`` and for an empty list.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

__all__ = [
    "INDEX_MIN_RULES", "ReferenceMatcher", "RowIndex", "compile_predicate", "row_index", "rule_predicate", "test_holds",
]

Predicate = Callable[[Any], bool]


def _between(low: Any, high: Any, lo_inc: bool, hi_inc: bool, v: Any) -> bool:
    if lo_inc:
        if v < low:
            return False
    elif v <= low:
        return False
    if hi_inc:
        return v <= high
    return v < high


def compile_predicate(test: Mapping[str, Any]) -> Predicate:
    """A function value -> bool for one compiled test."""
    op = test["op"]
    if op == "empty":
        return lambda v: v is None or (isinstance(v, list) and not v)
    if op == "present":
        return lambda v: v is not None and not (isinstance(v, list) and not v)
    if op in ("in", "not_in"):
        values = frozenset(test["values"]) if all(
            isinstance(x, (str, int, float)) for x in test["values"]
        ) else tuple(test["values"])
        if op == "in":
            return lambda v: v is not None and not isinstance(v, list) and v in values
        return lambda v: v is not None and not isinstance(v, list) and v not in values
    if op in ("between", "not_between"):
        lo, hi = test["low"], test["high"]
        li, hi_inc = test["low_inclusive"], test["high_inclusive"]
        if op == "between":
            return lambda v: v is not None and _between(lo, hi, li, hi_inc, v)
        return lambda v: v is not None and not _between(lo, hi, li, hi_inc, v)
    x = test["value"]
    if op == "eq":
        # bool is an int in Python: keep True distinct from 1 as JSON does.
        if isinstance(x, bool):
            return lambda v: v is x
        return lambda v: v is not None and not isinstance(v, bool) and v == x
    if op == "ne":
        if isinstance(x, bool):
            return lambda v: isinstance(v, bool) and v is not x
        return lambda v: v is not None and not isinstance(v, list) and v != x
    if op == "lt":
        return lambda v: v is not None and v < x
    if op == "le":
        return lambda v: v is not None and v <= x
    if op == "gt":
        return lambda v: v is not None and v > x
    if op == "ge":
        return lambda v: v is not None and v >= x
    raise ValueError(f"unknown test op {op!r}")


def rule_predicate(tests: Sequence[Mapping[str, Any]]) -> Callable[[Callable[[str], Any]], bool]:
    """One function ``holds(get)`` for all tests of a rule (``get`` reads a fact)."""
    preds = [(t["field"], compile_predicate(t)) for t in tests]
    if not preds:
        return lambda get: True
    if len(preds) == 1:
        (f1, p1), = preds
        return lambda get: p1(get(f1))
    if len(preds) == 2:
        (f1, p1), (f2, p2) = preds
        return lambda get: p1(get(f1)) and p2(get(f2))
    if len(preds) == 3:
        (f1, p1), (f2, p2), (f3, p3) = preds
        return lambda get: p1(get(f1)) and p2(get(f2)) and p3(get(f3))
    return lambda get: all(p(get(f)) for f, p in preds)


def test_holds(test: Mapping[str, Any], value: Any) -> bool:
    return compile_predicate(test)(value)


#: Tables with fewer rules are walked row by row (an index would not pay).
INDEX_MIN_RULES = 32
#: A range index may hold at most this many row entries per rule (wide, overlapping ranges).
_RANGE_BUDGET = 16
#: The kinds of index: none (every row is tested), by pinned values, by numeric range.
NONE, PINS, RANGE = 0, 1, 2

Holds = Callable[[Callable[[str], Any]], bool]


#: The values a pin or a hull is made of (exact types: the compiled form is JSON data; a value
#: of any other type simply does not narrow its field).
_SCALARS = frozenset({str, int, float, bool})
_NUMBERS = frozenset({int, float})
_NARROWING = frozenset({"eq", "in", "between"})
#: At most this many rows (evenly spaced) choose a large table's index column.
_SAMPLE = 2_048


def _narrowing(test: Mapping[str, Any]) -> tuple[Sequence[Any] | None, tuple[Any, Any] | None]:
    """What ``test`` requires of its field's value: the values it must be one of (``=``, ``in``
    on texts, numbers, yes/no) and the closed numeric interval it must lie in (``=``, ``in``,
    ``[a..b]`` on numbers); None where it requires no such thing."""
    op = test["op"]
    if op == "eq":
        v = test["value"]
        kind = type(v)
        return ((v,) if kind in _SCALARS else None), ((v, v) if kind in _NUMBERS else None)
    if op == "in":
        values = test["values"]
        kinds = set(map(type, values))
        return (values if kinds <= _SCALARS else None), ((min(values), max(values)) if values and kinds <= _NUMBERS else None)
    if op == "between":
        lo, hi = test["low"], test["high"]
        return None, ((lo, max(lo, hi)) if type(lo) in _NUMBERS and type(hi) in _NUMBERS else None)
    return None, None


def _narrowed(
    rules: Sequence[Mapping[str, Any]], positions: Iterable[int], only: str | None = None
) -> tuple[dict[str, list[tuple[int, Sequence[Any]]]], dict[str, list[tuple[int, tuple[Any, Any]]]]]:
    """Per field (or only the field ``only``): the rows at ``positions`` that pin it, by their first
    pinning test, and those that bound it to a numeric hull, by their first bounding test."""
    pins: dict[str, list[tuple[int, Sequence[Any]]]] = {}
    hulls: dict[str, list[tuple[int, tuple[Any, Any]]]] = {}
    for pos in positions:
        for test in rules[pos]["tests"]:
            if test["op"] not in _NARROWING or (only is not None and test["field"] != only):
                continue
            p, h = _narrowing(test)
            if p is not None:
                rows = pins.setdefault(test["field"], [])
                if not rows or rows[-1][0] != pos:
                    rows.append((pos, p))
            if h is not None:
                spans = hulls.setdefault(test["field"], [])
                if not spans or spans[-1][0] != pos:
                    spans.append((pos, h))
    return pins, hulls


class RowIndex:
    """Which rows of one table can hold for a fact: a key -> rows index on its most selective column.

    The column is the field that leaves the fewest rows to test per call: by equality or list
    (``=``/``in``: a dict from each value to the rows that pin it) or by a numeric range (the
    closed hull of each row's ``[a..b]``/``=``/``in`` on the field: sorted cut points, each
    segment between and at them listing the rows that cover it). A row narrows a field only by a
    test that must hold for the row to hold, so a row the index leaves out for a value fails on
    that value. Rows that do not narrow the field (no test on it, or only ``!=``, ``niet``,
    ``leeg``, ``<``, …) are candidates for every value, and a value the index cannot place
    (unhashable, not comparable) makes every row a candidate.

    ``positions(value)`` gives the candidate rows' positions in row order; the caller still tests
    every test of each (the index only leaves out rows, it never decides one).
    """

    __slots__ = ("field", "kind", "every", "free", "table", "cuts", "segments")

    def __init__(self, rules: Sequence[Mapping[str, Any]]) -> None:
        self.every: Sequence[int] = range(len(rules))
        self.field: str | None = None
        self.kind = NONE
        self.free: Sequence[int] = self.every
        self.table: dict[Any, tuple[int, ...]] = {}
        self.cuts: list[Any] = []
        self.segments: list[tuple[int, ...]] = []
        if len(rules) < INDEX_MIN_RULES:
            return
        # The column is chosen on a sample of the rows (evenly spaced; all of them up to
        # _SAMPLE), then indexed over every row: the choice only decides what the index saves.
        n = len(rules)
        step = max(1, n // _SAMPLE)
        pins, hulls = _narrowed(rules, range(0, n, step))
        m = len(range(0, n, step))
        best = 0.5 * m  # an index must at least halve the rows tested
        for field in sorted(set(pins) | set(hulls)):
            pinned = pins.get(field, [])
            if m - len(pinned) + 1 < best:  # the rows it leaves free are tested on every call
                buckets: dict[Any, int] = {}
                for _, values in pinned:
                    for v in values:
                        buckets[v] = buckets.get(v, 0) + 1
                cost = (m - len(pinned)) + sum(k * k for k in buckets.values()) / max(1, sum(buckets.values()))
                if cost < best:
                    best, self.field, self.kind = cost, field, PINS
            ranged = hulls.get(field, [])
            if m - len(ranged) + 1 < best:
                cuts = sorted({x for _, h in ranged for x in h})
                width = sum(2 * (bisect_left(cuts, hi) - bisect_left(cuts, lo)) + 1 for _, (lo, hi) in ranged)
                if width <= _RANGE_BUDGET * m:
                    cost = (m - len(ranged)) + width / (2 * len(cuts) + 1)
                    if cost < best:
                        best, self.field, self.kind = cost, field, RANGE
        if self.field is None:
            return
        pins, hulls = _narrowed(rules, self.every, self.field)
        narrowed: set[int] = set()
        if self.kind == PINS:
            table: dict[Any, list[int]] = {}
            for pos, values in pins.get(self.field, ()):
                narrowed.add(pos)
                for v in values:
                    table.setdefault(v, []).append(pos)
            self.table = {v: tuple(rows) for v, rows in table.items()}
        else:
            ranged = hulls.get(self.field, [])
            cuts = sorted({x for _, h in ranged for x in h})
            spans = [(pos, bisect_left(cuts, lo), bisect_left(cuts, hi)) for pos, (lo, hi) in ranged]
            if sum(2 * (b - a) + 1 for _, a, b in spans) > _RANGE_BUDGET * n:  # the sample was too kind
                self.field, self.kind = None, NONE
                return
            # Segment 2k+1 is the cut point k itself, 2k the open stretch below it.
            segments: list[list[int]] = [[] for _ in range(2 * len(cuts) + 1)]
            for pos, a, b in spans:
                narrowed.add(pos)
                for seg in range(2 * a + 1, 2 * b + 2):
                    segments[seg].append(pos)
            self.cuts = cuts
            self.segments = [tuple(rows) for rows in segments]
        self.free = tuple(pos for pos in self.every if pos not in narrowed)

    def positions(self, value: Any) -> Sequence[int]:
        """The positions of the rows that can hold when the index's field is ``value``, in row order."""
        if self.kind == NONE:
            return self.every
        if value is None or isinstance(value, list):
            return self.free  # no `=`, `in` or range holds for no value, or for a list
        try:
            if self.kind == PINS:
                keyed = self.table.get(value, ())
            else:
                cuts = self.cuts
                i = bisect_left(cuts, value)
                keyed = self.segments[2 * i + 1 if i < len(cuts) and cuts[i] == value else 2 * i]
        except TypeError:  # a value the index cannot place (unhashable, or not comparable)
            return self.every
        if not self.free:
            return keyed
        return sorted([*keyed, *self.free]) if keyed else self.free


_INDICES: dict[int, RowIndex] = {}


def row_index(owner: object, rules: Callable[[], Sequence[Mapping[str, Any]]]) -> RowIndex:
    """The ``RowIndex`` of a table's compiled ``rules()``, built once per ``owner`` (an object
    that lives as long as those rules, such as decide's plan of the table) and dropped with it."""
    key = id(owner)
    index = _INDICES.get(key)
    if index is None:
        index = _INDICES[key] = RowIndex(rules())
        weakref.finalize(owner, _INDICES.pop, key, None)
    return index


class ReferenceMatcher:
    """Matches rules by evaluating each compiled test in Python: a walk over the rows in force,
    of a large table only over the candidate rows its ``RowIndex`` gives."""

    name = "reference"

    def __init__(self) -> None:
        # Keyed by the identity of the compiled dict (kept alive in the entry, so ids are not reused).
        self._prepared: dict[tuple[int, int], _Prepared] = {}

    def _prepare(self, compiled: Mapping[str, Any], table_index: int) -> _Prepared:
        key = (id(compiled), table_index)
        prepared = self._prepared.get(key)
        if prepared is None or prepared.compiled is not compiled:
            prepared = self._prepared[key] = _Prepared(compiled, compiled["tables"][table_index]["rules"])
        return prepared

    def match(
        self, compiled: Mapping[str, Any], table_index: int, facts: Mapping[str, Any], peildatum: int
    ) -> list[int]:
        """Indices of the rules in force on ``peildatum`` whose tests all hold, in row order."""
        get = facts.get
        prepared = self._prepare(compiled, table_index)
        index = prepared.index
        if index.field is None:
            return [i for i, start, end, holds in prepared.walk
                    if (start is None or start <= peildatum) and (end is None or peildatum <= end) and holds(get)]
        rows = prepared.rows
        out = []
        for pos in index.positions(get(index.field)):
            i, start, end, holds = rows[pos]
            if (start is None or start <= peildatum) and (end is None or peildatum <= end):
                if holds is None:  # a large table's rows are compiled when first tested
                    holds = prepared.compile(pos)
                if holds(get):
                    out.append(i)
        return out

    def match_all(
        self, compiled: Mapping[str, Any], table_indices: Sequence[int], facts: Mapping[str, Any], peildatum: int
    ) -> dict[int, list[int]]:
        return {i: self.match(compiled, i, facts, peildatum) for i in table_indices}


class _Prepared:
    """One table as the reference matcher walks it: the table's ``RowIndex`` and per row (index,
    from, to, its tests as one predicate): in ``walk`` for a table without an index, in ``rows``
    for one with an index, where a row's predicate is compiled when the row is first tested (most
    rows of a large table are not, for a long while)."""

    __slots__ = ("compiled", "rules", "index", "walk", "rows")

    def __init__(self, compiled: Mapping[str, Any], rules: Sequence[Mapping[str, Any]]) -> None:
        self.compiled = compiled
        self.rules = rules
        self.index = RowIndex(rules)
        self.walk: list[tuple[int, int | None, int | None, Holds]] = []
        self.rows: list[tuple[int, int | None, int | None, Holds | None]] = []
        if self.index.field is None:
            self.walk = [(rule["index"], rule["from"], rule["to"], rule_predicate(rule["tests"])) for rule in rules]
        else:
            self.rows = [(rule["index"], rule["from"], rule["to"], None) for rule in rules]

    def compile(self, pos: int) -> Holds:
        i, start, end, _ = self.rows[pos]
        holds = rule_predicate(self.rules[pos]["tests"])
        self.rows[pos] = (i, start, end, holds)
        return holds
