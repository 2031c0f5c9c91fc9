"""The pure-Python matcher of the compiled form: the oracle the durable path is tested against.

Semantics (docs/architecture.md, "Null semantics"): a field whose value is ``None`` fails every
test except ``empty``; ``empty`` holds for ``None`` and for an empty list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["ReferenceMatcher", "test_holds", "compile_predicate"]

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


def _rule_predicate(tests: Sequence[Mapping[str, Any]]) -> Callable[[Callable[[str], Any]], bool]:
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


class ReferenceMatcher:
    """Matches rules by evaluating each compiled test in Python, rule by rule."""

    name = "reference"

    def __init__(self) -> None:
        # Keyed by the identity of the compiled dict (kept alive in the entry, so ids are not reused).
        self._prepared: dict[tuple[int, int], tuple[Mapping[str, Any], list[Any]]] = {}

    def _prepare(self, compiled: Mapping[str, Any], table_index: int) -> list[Any]:
        key = (id(compiled), table_index)
        entry = self._prepared.get(key)
        if entry is None or entry[0] is not compiled:
            prepared = [
                (rule["index"], rule["from"], rule["to"], _rule_predicate(rule["tests"]))
                for rule in compiled["tables"][table_index]["rules"]
            ]
            entry = (compiled, prepared)
            self._prepared[key] = entry
        return entry[1]

    def match(
        self, compiled: Mapping[str, Any], table_index: int, facts: Mapping[str, Any], peildatum: int
    ) -> list[int]:
        """Indices of the rules in force on ``peildatum`` whose tests all hold, in row order."""
        get = facts.get
        return [
            index
            for index, start, end, holds in self._prepare(compiled, table_index)
            if (start is None or start <= peildatum) and (end is None or peildatum <= end) and holds(get)
        ]

    def match_all(
        self, compiled: Mapping[str, Any], table_indices: Sequence[int], facts: Mapping[str, Any], peildatum: int
    ) -> dict[int, list[int]]:
        return {i: self.match(compiled, i, facts, peildatum) for i in table_indices}
