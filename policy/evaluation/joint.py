"""Joint enumeration: deciding exactly what the table-by-table three-valued pass leaves unknown.

The three-valued pass (:mod:`policy.evaluation.unknown`) decides each table on its own, so it
cannot see that two unknown intermediate results move together (``aantekening_grond`` is empty
exactly when ``vrij_op_arbeidsmarkt`` is ``ja``; either way the last table says
``beoordeling_vereist``). When a decision output is still unknown after that pass,
:func:`settle_jointly` decides it exactly: each unknown fact the open outputs need gets a finite
set of representative values (``ja``/``nee``; a keuzelijst's allowed values; for numbers and
dates every test boundary, its neighbours and one value beyond all tests; for text every value a
test names and one named by none), and :func:`policy.evaluation.decide.decide` runs once per
combination with those facts *pinned* (:func:`pinned_facts`): a pinned fact has one possible
value, so every test and formula on it is two-valued, while ``leeg``/``niet leeg`` and
``is_leeg`` still see that it was not given. A fact whose value a formula reads and whose domain
is not finite (a date, a number) is not enumerated: it stays three-valued inside each run.

An output with one value in every combination is known; the facts still missing are only those
whose value changes a still-unknown output (some two combinations that differ in that fact alone
give a different answer), plus the facts each run still lacks. The rows cited are those that
decided in every combination, so a case worker reads only rows that hold whatever the missing
facts are; the motivering never shows a value nobody gave (the facts stay unknown in ``env``).
Above :data:`MAX_COMBINATIONS`, or when a combination fails (a hit policy violated for some
value), the three-valued answer stands: honestly ``onvolledig``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from itertools import product
from typing import Any

from policy.errors import PolicyError
from policy.evaluation.decision import MatchedRow

__all__ = ["MAX_COMBINATIONS", "pinned_facts", "representatives", "settle_jointly"]

#: At most this many combinations of representative values are decided; beyond, the output
#: stays unknown (``onvolledig``) as the three-valued pass left it.
MAX_COMBINATIONS = 256

_ORDERED = frozenset({"lt", "le", "gt", "ge", "between", "not_between"})


@dataclass
class _Pinned:
    values: dict[str, Any]
    env: dict[str, Any] | None = None
    unknown: dict[str, Any] | None = field(default=None)


_PINNED: ContextVar[_Pinned | None] = ContextVar("regelwerk_pinned_facts", default=None)


def pinned_facts(env: dict[str, Any], unknown: dict[str, Any]) -> dict[str, Any]:
    """Inside a combination run: the pinned value of each enumerated fact (else empty). Records
    the run's ``env`` and ``unknown`` (``decide`` fills them in place) for :func:`settle_jointly`."""
    pinned = _PINNED.get()
    if pinned is None:
        return {}
    pinned.env, pinned.unknown = env, unknown
    return pinned.values


def _value_reads(tree: Any, out: set[str]) -> None:
    """Names whose *value* a formula reads (``is_leeg(feit)`` reads only whether it was given)."""
    if not isinstance(tree, list) or not tree:
        return
    if tree[0] == "name":
        out.add(tree[1])
        return
    if tree[0] == "call" and tree[1] == "is_leeg" and tree[2] and tree[2][0][0] == "name":
        return
    for part in tree[1:]:
        if isinstance(part, list):
            if part and isinstance(part[0], str):
                _value_reads(part, out)
            else:
                for p in part:
                    _value_reads(p, out)


_FORMULA_READS: dict[int, tuple[dict[str, Any], frozenset[str]]] = {}


def _formula_reads(data: dict[str, Any]) -> frozenset[str]:
    entry = _FORMULA_READS.get(id(data))
    if entry is None or entry[0] is not data:
        names: set[str] = set()
        for d in data["derived"]:
            _value_reads(d["expr"], names)
        for sub in data["tables"]:
            for r in sub["rules"]:
                for cell in r["outputs"].values():
                    if "expr" in cell:
                        _value_reads(cell["expr"], names)
        entry = (data, frozenset(names))
        _FORMULA_READS[id(data)] = entry
    return entry[1]


def representatives(data: dict[str, Any], spec: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """One value of each class of values no rule of ``data`` tells apart, for the input ``spec``;
    None when there is no such finite set (a formula reads a date or a number; a list)."""
    name, kind = spec["name"], spec["type"]
    if kind == "ja/nee":
        return (True, False)
    if kind in ("keuzelijst", "landcode") and spec.get("allowed"):
        return tuple(spec["allowed"])
    if kind == "lijst" or name in _formula_reads(data):
        return None
    tests = [t for sub in data["tables"] for r in sub["rules"] for t in r["tests"]
             if t["field"] == name and t["op"] not in ("empty", "present")]
    points: set[Any] = set()
    for t in tests:
        for key in ("value", "low", "high"):
            if t.get(key) is not None:
                points.add(t[key])
        points.update(v for v in t.get("values") or () if v is not None)
    if kind in ("geheel getal", "datum", "getal"):
        lo, hi = spec.get("minimum"), spec.get("maximum")
        numbers = sorted(p for p in points if isinstance(p, (int, float)) and not isinstance(p, bool))
        if kind == "getal":
            cands = set(numbers) | {(a + b) / 2 for a, b in zip(numbers, numbers[1:])}
            cands |= {numbers[0] - 1, numbers[-1] + 1} if numbers else {0}
        else:
            cands = {0} if not numbers else set()
            for p in numbers:
                cands |= {math.floor(p), math.ceil(p), math.floor(p) + 1, math.ceil(p) - 1}
        for bound in (lo, hi):
            if bound is not None:
                cands.add(bound)
        found: list[Any] = sorted(c for c in cands if (lo is None or c >= lo) and (hi is None or c <= hi))
        if kind == "datum":
            return tuple(date.fromordinal(int(c)) for c in found if 1 <= c <= date.max.toordinal())
        return tuple(found)
    if any(t["op"] in _ORDERED for t in tests):
        return None
    strings = sorted(str(p) for p in points)
    other = "anders"
    while other in points:
        other += "_"
    return (*strings, other)


def _key(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


_OPEN = object()  # an output a combination still does not know


def settle_jointly(
    compiled: Any, facts: Mapping[str, Any], plan: Any, env: dict[str, Any], unknown: Mapping[str, Any],
    open_outputs: list[str], matched: list[MatchedRow], trace: list[dict[str, Any]] | None, **options: Any,
) -> tuple[list[str], list[str], list[MatchedRow]]:
    """(still unknown outputs, facts still missing, rows that decided) once the unknown facts
    behind ``open_outputs`` are enumerated jointly; ``env`` gets every value that is the same in
    all combinations. ``options`` are ``decide``'s (peildatum, matcher, allow_context)."""
    missing = sorted(frozenset().union(*(unknown[n].needs for n in open_outputs)))
    unchanged = (open_outputs, missing, matched)
    if _PINNED.get() is not None:
        return unchanged
    from policy.evaluation.decide import decide  # decide calls this module: import when used

    domains = {}
    for name in missing:
        spec = plan.input_specs.get(name)
        values = representatives(compiled.data, spec) if spec is not None else None
        if values:
            domains[name] = values
    names = sorted(domains)
    if not names or math.prod(len(domains[n]) for n in names) > MAX_COMBINATIONS:
        return unchanged
    runs = []
    for combo in product(*(domains[n] for n in names)):
        pinned = _Pinned(dict(zip(names, combo)))
        token = _PINNED.set(pinned)
        try:
            d = decide(compiled, facts, **options)
        except PolicyError:  # some value makes the table fail: the three-valued answer stands
            return unchanged
        finally:
            _PINNED.reset(token)
        runs.append((combo, d, pinned.env or {}, pinned.unknown or {}))

    def answer(run: Any, name: str) -> Any:
        d = run[1]
        return _OPEN if name in d.unknown_outputs else _key(d.outputs.get(name))

    still = [n for n in open_outputs if any(answer(r, n) is _OPEN for r in runs)
             or len({answer(r, n) for r in runs}) > 1]
    lacking: set[str] = set()
    for r in runs:
        lacking |= set(r[1].missing_facts)
    if still:
        outcome = {r[0]: tuple(answer(r, n) for n in still) for r in runs}
        for i, name in enumerate(names):
            others = [n for n in range(len(names)) if n != i]
            groups: dict[tuple[Any, ...], set[Any]] = {}
            for combo, result in outcome.items():
                groups.setdefault(tuple(combo[j] for j in others), set()).add(
                    ("open", combo) if _OPEN in result else result)
            if any(len(g) > 1 for g in groups.values()):
                lacking.add(name)
    settled = [n for n in open_outputs if n not in still]
    inputs = set(plan.input_specs)
    first_env = runs[0][2]
    for name, value in first_env.items():
        if name in inputs or any(name in r[3] for r in runs):
            continue
        if all(_key(r[2].get(name)) == _key(value) for r in runs[1:]):
            env[name] = value
    # the rows that decided table by table, then those that decided in every combination
    ids = [{(m.table, m.regel_id, m.row) for m in r[1].matched_rows} for r in runs]
    seen = {(m.table, m.regel_id, m.row) for m in matched}
    rows = list(matched) + [m for m in runs[0][1].matched_rows
                            if (m.table, m.regel_id, m.row) not in seen and all((m.table, m.regel_id, m.row) in i
                                                                               for i in ids[1:])]
    if trace is not None:
        trace.append({"step": "joint", "facts": names, "combinations": len(runs),
                      "settled": settled, "onbekend": still})
    return still, sorted(lacking if still else set()), rows
