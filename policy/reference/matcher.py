"""The pure-Python matcher of the compiled form: the oracle the durable path is tested against.

Semantics (docs/architecture.md, "Null semantics"): a field whose value is ``None`` fails every
test except ``empty``; ``empty`` holds for ``None`` and for an empty list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["INDEX_MIN_RULES", "ReferenceMatcher", "RowIndex", "compile_predicate", "rule_predicate", "test_holds"]

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

Entry = tuple[int, "int | None", "int | None", Callable[[Callable[[str], Any]], bool]]


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float))


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class RowIndex:
    """Candidate rows of one table for a fact: a key -> rows index on its most selective column.

    The column is the field that leaves the fewest rows to test per call: by equality or list
    (``=``/``in``: a dict from each value to the rows that pin it) or by a numeric range (the
    closed hull of each row's ``[a..b]``/``=``/``in`` on the field: sorted cut points, each
    segment between and at them listing the rows that cover it). Rows that do not narrow the
    field are tested on every call. Sound: every row whose tests can hold for a value is a
    candidate for it (a value the index cannot place is tested against every row).
    """

    __slots__ = ("field", "kind", "table", "cuts", "segments", "free", "every")

    def __init__(self, rules: Sequence[Mapping[str, Any]], entries: Sequence[Entry]) -> None:
        self.every = tuple(entries)
        self.field: str | None = None
        self.kind = 0
        self.table: dict[Any, tuple[Entry, ...]] = {}
        self.cuts: list[Any] = []
        self.segments: list[tuple[Entry, ...]] = []
        self.free: tuple[Entry, ...] = self.every
        if len(rules) < INDEX_MIN_RULES:
            return
        best = 0.5 * len(rules)  # an index must at least halve the rows tested
        fields = sorted({t["field"] for r in rules for t in r["tests"]})
        narrowing = [_narrowing(r) for r in rules]  # one pass over each rule's tests
        all_pins = {f: [n[0].get(f) for n in narrowing] for f in fields}
        all_hulls = {f: [n[1].get(f) for n in narrowing] for f in fields}
        for field in fields:
            pins = all_pins[field]
            pinned = sum(p is not None for p in pins)
            if pinned:
                buckets: dict[Any, int] = {}
                for p in pins:
                    for v in p or ():
                        buckets[v] = buckets.get(v, 0) + 1
                cost = (len(rules) - pinned) + sum(n * n for n in buckets.values()) / max(1, sum(buckets.values()))
                if cost < best:
                    best, self.field, self.kind = cost, field, 1
            hulls = all_hulls[field]
            ranged = [h for h in hulls if h is not None]
            if ranged:
                cuts = sorted({x for h in ranged for x in h})
                spans = [2 * (bisect_left(cuts, hi) - bisect_left(cuts, lo)) + 1 for lo, hi in ranged]
                if sum(spans) <= _RANGE_BUDGET * len(rules):
                    cost = (len(rules) - len(ranged)) + sum(spans) / (2 * len(cuts) + 1)
                    if cost < best:
                        best, self.field, self.kind = cost, field, 2
        if self.field is None:
            return
        free = []
        if self.kind == 1:
            table: dict[Any, list[Entry]] = {}
            for values, entry in zip(all_pins[self.field], entries):
                if values is None:
                    free.append(entry)
                    continue
                for v in values:
                    table.setdefault(v, []).append(entry)
            self.table = {v: tuple(rows) for v, rows in table.items()}
        else:
            hulls = all_hulls[self.field]
            self.cuts = sorted({x for h in hulls if h is not None for x in h})
            segments: list[list[Entry]] = [[] for _ in range(2 * len(self.cuts) + 1)]
            for hull, entry in zip(hulls, entries):
                if hull is None:
                    free.append(entry)
                    continue
                a, b = bisect_left(self.cuts, hull[0]), bisect_left(self.cuts, hull[1])
                for seg in range(2 * a + 1, 2 * b + 2):
                    segments[seg].append(entry)
            self.segments = [tuple(rows) for rows in segments]
        self.free = tuple(free)

    def candidates(self, value: Any) -> tuple[tuple[Entry, ...], tuple[Entry, ...]]:
        """(rows the index gives for ``value``, rows always tested); both in row order."""
        if self.kind == 0:
            return (), self.every
        if value is None or isinstance(value, list):
            return (), self.free  # no `=`, `in` or range holds for no value, or for a list
        try:
            if self.kind == 1:
                return self.table.get(value, ()), self.free
            cuts = self.cuts
            i = bisect_left(cuts, value)
            return self.segments[2 * i + 1 if i < len(cuts) and cuts[i] == value else 2 * i], self.free
        except TypeError:  # a value the index cannot place (unhashable, or not comparable)
            return (), self.every


def _narrowing(rule: Mapping[str, Any]) -> tuple[dict[str, frozenset[Any]], dict[str, tuple[Any, Any]]]:
    """Per field the rule tests: its pinned values and its numeric hull (where it has them)."""
    fields = {t["field"] for t in rule["tests"]}
    pins = {f: p for f in fields if (p := _pins(rule, f)) is not None}
    hulls = {f: h for f in fields if (h := _hull(rule, f)) is not None}
    return pins, hulls


def _pins(rule: Mapping[str, Any], field: str) -> frozenset[Any] | None:
    """The values ``field`` must take for the rule to hold (None: the rule does not pin it)."""
    for t in rule["tests"]:
        if t["field"] != field:
            continue
        if t["op"] == "eq" and _scalar(t["value"]):
            return frozenset([t["value"]])
        if t["op"] == "in" and all(_scalar(v) for v in t["values"]):
            return frozenset(t["values"])
    return None


def _hull(rule: Mapping[str, Any], field: str) -> tuple[Any, Any] | None:
    """A closed numeric interval ``field`` must lie in for the rule to hold (None: unbounded)."""
    for t in rule["tests"]:
        if t["field"] != field:
            continue
        op = t["op"]
        if op == "eq" and _number(t["value"]):
            return (t["value"], t["value"])
        if op == "in" and t["values"] and all(_number(v) for v in t["values"]):
            return (min(t["values"]), max(t["values"]))
        if op == "between" and _number(t["low"]) and _number(t["high"]):
            return (t["low"], max(t["low"], t["high"]))
    return None


class ReferenceMatcher:
    """Matches rules by evaluating each compiled test in Python; a large table tests only the
    candidate rows its ``RowIndex`` gives."""

    name = "reference"

    def __init__(self) -> None:
        # Keyed by the identity of the compiled dict (kept alive in the entry, so ids are not reused).
        self._prepared: dict[tuple[int, int], tuple[Mapping[str, Any], RowIndex]] = {}

    def _prepare(self, compiled: Mapping[str, Any], table_index: int) -> RowIndex:
        key = (id(compiled), table_index)
        entry = self._prepared.get(key)
        if entry is None or entry[0] is not compiled:
            rules = compiled["tables"][table_index]["rules"]
            prepared = [(rule["index"], rule["from"], rule["to"], rule_predicate(rule["tests"])) for rule in rules]
            entry = (compiled, RowIndex(rules, prepared))
            self._prepared[key] = entry
        return entry[1]

    def match(
        self, compiled: Mapping[str, Any], table_index: int, facts: Mapping[str, Any], peildatum: int
    ) -> list[int]:
        """Indices of the rules in force on ``peildatum`` whose tests all hold, in row order."""
        get = facts.get
        index = self._prepare(compiled, table_index)
        if index.field is None:
            return [i for i, start, end, holds in index.every
                    if (start is None or start <= peildatum) and (end is None or peildatum <= end) and holds(get)]
        keyed, free = index.candidates(get(index.field))
        out = [i for i, start, end, holds in keyed
               if (start is None or start <= peildatum) and (end is None or peildatum <= end) and holds(get)]
        more = [i for i, start, end, holds in free
                if (start is None or start <= peildatum) and (end is None or peildatum <= end) and holds(get)]
        if more:
            out = sorted(out + more) if out else more
        return out

    def match_all(
        self, compiled: Mapping[str, Any], table_indices: Sequence[int], facts: Mapping[str, Any], peildatum: int
    ) -> dict[int, list[int]]:
        return {i: self.match(compiled, i, facts, peildatum) for i in table_indices}
