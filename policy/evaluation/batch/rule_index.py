"""Big tables over the batch: candidate rules per case from a key index, tests over (case, rule) pairs.

The plain path of :mod:`policy.evaluation.batch.tables` builds a rules x cases mask, so its cost
follows the rules that exist. For a table of at least ``INDEX_MIN_RULES`` rules this module picks
the condition column that narrows the rules most (an equality or list column: one bucket per
value it names; a number or date column: one bucket per stretch between, and per point on, the
boundaries its tests name, found with ``np.searchsorted``) and keeps, per bucket, the rules whose
test on that column could hold there (a superset). A case meets only the rules of its bucket: the
(case, rule) pairs are expanded at once and every test of the table is worked out over the pairs,
one group of like tests (same column, same kind, n-th such test of its rule) at a time, with the
rules' bounds gathered from per-rule arrays. The cost follows the pairs, not rules x cases.

Everything that does not depend on the cases (the key, its buckets, the per-rule test arrays) is
built once per plan and sub-table and column kinds (:func:`index_for`). A table whose tests this
module cannot express exactly (text compared with ``<``, a list value tested for equality, ...)
has no index and keeps the plain path, as does a table the best key would not narrow enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from policy.evaluation.batch.columns import Column
from policy.evaluation.plan import Plan, SubPlan
from policy.expr import names_in

__all__ = ["INDEX_MIN_RULES", "MAX_PAIR_SHARE", "MAX_SHARE", "RuleIndex", "index_for", "match_pairs", "pair_patterns",
           "suspect_pairs"]

#: Tables with fewer rules keep the plain rules x cases mask (cheap there, and no setup).
INDEX_MIN_RULES = 256
#: A key is used only when its average bucket holds at most this share of the rules.
MAX_SHARE = 0.125
#: ... and, per call, only when the cases' pairs are at most this share of rules x cases.
MAX_PAIR_SHARE = 0.5
#: At most this many (bucket, rule) entries per rule in a key's buckets.
_MAX_ENTRIES_PER_RULE = 64

_RANGE_OPS = {"eq", "ne", "lt", "le", "gt", "ge", "between", "not_between"}
_FAR = 2 ** 62


class _Unsupported(Exception):
    """A test this module does not express exactly: the table keeps the plain path."""


def _number(x: Any) -> float:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise _Unsupported
    return float(x)


@dataclass
class _Group:
    """The ``slot``-th test of one class on ``field`` of every rule that has one."""

    field: str
    cls: str  # "range" | "member" | "empty" | "present" | "never"
    has: np.ndarray  # per rule
    lo: np.ndarray | None = None
    hi: np.ndarray | None = None
    lo_inc: np.ndarray | None = None
    hi_inc: np.ndarray | None = None
    neg: np.ndarray | None = None
    #: member: value -> code (text) or sorted codes' values (numbers); allowed keys rule*(V+1)+code+1
    vocab: dict[Any, int] | None = None
    points: np.ndarray | None = None
    allowed: np.ndarray | None = None
    pair_rule: np.ndarray | None = None  # member: one entry per (rule, value named)
    pair_code: np.ndarray | None = None
    #: per rule, the test (for the key's buckets)
    tests: dict[int, dict[str, Any]] = _field(default_factory=dict)


@dataclass
class RuleIndex:
    """The key of one sub-table and the per-rule arrays of all its tests."""

    key_field: str
    key_kind: str
    boundaries: np.ndarray | None  # numbers, dates, yes/no: sorted boundaries
    key_vocab: dict[Any, int] | None  # text: value -> bucket
    offsets: np.ndarray  # bucket b holds rules[offsets[b]:offsets[b + 1]] (ascending)
    rules: np.ndarray
    groups: list[_Group]
    start: np.ndarray
    end: np.ndarray
    kinds: dict[str, str]
    #: per name an output formula reads: the rules whose formulas read it
    formula_reads: dict[str, np.ndarray]


_INDEXES: dict[tuple[int, int, tuple[tuple[str, str], ...]], tuple[Plan, RuleIndex | None]] = {}


def index_for(plan: Plan, sub: SubPlan, env: dict[str, Column]) -> RuleIndex | None:
    """The index of ``sub`` for columns of these kinds (built once, cached beside the plan), or
    None where the plain path is the one to take."""
    if len(sub.rules) < INDEX_MIN_RULES:
        return None
    kinds = tuple((name, env[name].kind if name in env else "num") for name in sub.fields)
    key = (id(plan), sub.index, kinds)
    entry = _INDEXES.get(key)
    if entry is None or entry[0] is not plan:
        try:
            built = _build(sub, dict(kinds))
        except _Unsupported:
            built = None
        entry = (plan, built)
        _INDEXES[key] = entry
    return entry[1]


def _classify(test: dict[str, Any], kind: str) -> str:
    op = test["op"]
    if op in ("empty", "present"):
        return op
    if kind == "list":
        return "never"
    if kind == "bool":
        if op not in ("eq", "ne"):
            raise _Unsupported
        return "range" if isinstance(test["value"], bool) else "never"
    if kind == "str":
        if op in ("eq", "ne", "in", "not_in"):
            return "member"
        raise _Unsupported
    if op in ("in", "not_in"):
        return "member"
    if op in _RANGE_OPS:
        return "range"
    raise _Unsupported


def _bounds(test: dict[str, Any]) -> tuple[float, float, bool, bool, bool]:
    """(low, high, low inclusive, high inclusive, negated) of a range test."""
    op = test["op"]
    if op in ("between", "not_between"):
        return (_number(test["low"]), _number(test["high"]), bool(test["low_inclusive"]),
                bool(test["high_inclusive"]), op == "not_between")
    v = _number(test["value"])
    return {"eq": (v, v, True, True, False), "ne": (v, v, True, True, True),
            "lt": (-np.inf, v, False, False, False), "le": (-np.inf, v, False, True, False),
            "gt": (v, np.inf, False, False, False), "ge": (v, np.inf, True, False, False)}[op]


def _member_values(test: dict[str, Any]) -> list[Any]:
    return [test["value"]] if test["op"] in ("eq", "ne") else list(test["values"])


def _build(sub: SubPlan, kinds: dict[str, str]) -> RuleIndex | None:
    n_rules = len(sub.rules)
    slots: dict[tuple[str, str, int], dict[int, dict[str, Any]]] = {}
    for r, rp in enumerate(sub.rules):
        seen: dict[tuple[str, str], int] = {}
        for test in rp.compiled["tests"]:
            name = test["field"]
            cls = _classify(test, kinds.get(name, "num"))
            slot = seen.get((name, cls), 0)
            seen[(name, cls)] = slot + 1
            slots.setdefault((name, cls, slot), {})[r] = test
    groups = [_group(name, cls, kinds.get(name, "num"), tests, n_rules) for (name, cls, _), tests in slots.items()]
    start = np.array([-_FAR if rp.start is None else rp.start for rp in sub.rules], dtype=np.int64)
    end = np.array([_FAR if rp.end is None else rp.end for rp in sub.rules], dtype=np.int64)

    best: tuple[float, str] | None = None
    for name in sub.fields:
        if kinds.get(name, "num") == "list":
            continue
        coverage = _coverage(name, kinds.get(name, "num"), groups, n_rules)
        if coverage is None:
            continue
        score = coverage[3]
        if best is None or score < best[0]:
            best = (score, name)
    if best is None or best[0] > MAX_SHARE * n_rules:
        return None
    name = best[1]
    coverage = _coverage(name, kinds.get(name, "num"), groups, n_rules)
    assert coverage is not None
    boundaries, vocab, (range_rule, range_lo, range_hi, n_buckets), _ = coverage
    lengths = range_hi - range_lo + 1
    if int(lengths.sum()) > _MAX_ENTRIES_PER_RULE * n_rules:
        return None
    rules = np.repeat(range_rule, lengths)
    buckets = np.repeat(range_lo, lengths) + (np.arange(len(rules)) - np.repeat(np.cumsum(lengths) - lengths, lengths))
    order = np.lexsort((rules, buckets))
    rules, buckets = rules[order], buckets[order]
    offsets = np.concatenate(([0], np.cumsum(np.bincount(buckets, minlength=n_buckets)))).astype(np.int64)
    formula_reads: dict[str, np.ndarray] = {}
    for r, rp in enumerate(sub.rules):
        for cell_name, fn, _ in rp.cells:
            if fn is not None:
                for read in names_in(rp.compiled["outputs"][cell_name]["expr"]):
                    formula_reads.setdefault(read, np.zeros(n_rules, dtype=bool))[r] = True
    return RuleIndex(name, kinds.get(name, "num"), boundaries, vocab, offsets, rules.astype(np.int64), groups,
                     start, end, kinds, formula_reads)


def _group(name: str, cls: str, kind: str, tests: dict[int, dict[str, Any]], n_rules: int) -> _Group:
    has = np.zeros(n_rules, dtype=bool)
    has[list(tests)] = True
    g = _Group(name, cls, has, tests=tests)
    if cls == "range":
        rows = list(tests)
        if kind == "bool":  # yes/no: eq/ne on True or False (as 1 and 0)
            bounds = [(float(t["value"]), float(t["value"]), True, True, t["op"] == "ne") for t in tests.values()]
        else:
            bounds = [_bounds(t) for t in tests.values()]
        arrays = []
        for k, column in enumerate(zip(*bounds, strict=True)):
            out = np.zeros(n_rules, dtype=float if k < 2 else bool)
            out[rows] = column
            arrays.append(out)
        g.lo, g.hi, g.lo_inc, g.hi_inc, g.neg = arrays
    elif cls == "member":
        neg = np.zeros(n_rules, dtype=bool)
        values: dict[int, list[Any]] = {}
        for r, test in tests.items():
            neg[r] = test["op"] in ("ne", "not_in")
            values[r] = _member_values(test)
        flat = [v for vs in values.values() for v in vs]
        g.pair_rule = np.repeat(np.fromiter(values, dtype=np.int64, count=len(values)),
                                [len(vs) for vs in values.values()]).astype(np.int64)
        if kind == "str":
            vocab: dict[Any, int] = {}
            g.pair_code = np.fromiter((vocab.setdefault(v, len(vocab)) for v in flat), dtype=np.int64,
                                      count=len(flat))
            g.vocab = vocab
            width = len(vocab) + 1
        else:
            numbers = np.fromiter((_number(v) for v in flat), dtype=float, count=len(flat))
            g.points = np.unique(numbers)
            g.pair_code = np.searchsorted(g.points, numbers).astype(np.int64)
            width = len(g.points) + 1
        g.allowed = np.unique(g.pair_rule * width + g.pair_code + 1)
        g.neg = neg
    return g


def _coverage(name: str, kind: str, groups: list[_Group], n_rules: int) -> Any:
    """The buckets of ``name`` as a key: (boundaries, vocab, (rule, first bucket, last bucket)
    ranges and the number of buckets, mean rules per valid bucket); None where no rule narrows it.

    A rule's buckets follow its first range, list or ``leeg`` test on ``name`` (a superset of
    where all its tests hold); a rule without one is in every bucket."""
    first_group: dict[str, _Group] = {}
    for grp in groups:
        if grp.field == name and grp.cls not in first_group:
            first_group[grp.cls] = grp  # slot 0 of each class comes first in ``groups``
    if not any(c in first_group for c in ("range", "member", "empty", "never")):
        return None
    left = np.ones(n_rules, dtype=bool)  # rules whose buckets are not settled yet
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    vocab: dict[Any, int] | None = None
    boundaries: np.ndarray | None = None
    if kind == "str":
        vocab = {}
        if "member" in first_group:
            for v in first_group["member"].vocab or {}:
                vocab.setdefault(v, len(vocab))
        n_valid = len(vocab) + 1  # each value a test names, and any other value
    else:
        found = [np.zeros(0)]
        if "range" in first_group:
            rng = first_group["range"]
            assert rng.lo is not None and rng.hi is not None
            found += [rng.lo[rng.has], rng.hi[rng.has]]
        if "member" in first_group and first_group["member"].points is not None:
            found.append(first_group["member"].points)
        boundaries = np.unique(np.concatenate(found))
        boundaries = boundaries[np.isfinite(boundaries)]
        n_valid = 2 * len(boundaries) + 1  # below, at and between the boundaries, above
    invalid = n_valid  # the bucket of a missing value
    g: _Group | None = first_group.get("range")
    if g is not None:
        assert boundaries is not None and g.lo is not None and g.hi is not None
        assert g.lo_inc is not None and g.hi_inc is not None and g.neg is not None
        r = np.flatnonzero(g.has & left)
        lo, hi = g.lo[r], g.hi[r]
        with np.errstate(invalid="ignore"):
            first = np.where(np.isfinite(lo), 2 * np.searchsorted(boundaries, lo) + np.where(g.lo_inc[r], 1, 2), 0)
            last = np.where(np.isfinite(hi), 2 * np.searchsorted(boundaries, hi) + np.where(g.hi_inc[r], 1, 0),
                            n_valid - 1)
        neg = g.neg[r]
        parts.append((r[~neg], first[~neg], last[~neg]))
        parts.append((r[neg], np.zeros(int(neg.sum()), dtype=np.int64), first[neg] - 1))
        parts.append((r[neg], last[neg] + 1, np.full(int(neg.sum()), n_valid - 1)))
        left[r] = False
    g = first_group.get("member")
    if g is not None:
        assert g.pair_rule is not None and g.pair_code is not None and g.neg is not None
        r = np.flatnonzero(g.has & left)
        neg = np.zeros(n_rules, dtype=bool)
        neg[r] = g.neg[r]
        parts.append((np.flatnonzero(neg), np.zeros(int(neg.sum()), dtype=np.int64),
                      np.full(int(neg.sum()), n_valid - 1)))
        chosen = np.zeros(n_rules, dtype=bool)
        chosen[r] = ~g.neg[r]
        keep = chosen[g.pair_rule]
        if vocab is not None:
            assert g.vocab is not None
            to_key = np.array([vocab[v] for v in g.vocab], dtype=np.int64)
            point = to_key[g.pair_code[keep]]
        else:
            assert boundaries is not None and g.points is not None
            point = 2 * np.searchsorted(boundaries, g.points)[g.pair_code[keep]] + 1
        parts.append((g.pair_rule[keep], point, point))
        left[r] = False
    g = first_group.get("empty")
    if g is not None:
        r = np.flatnonzero(g.has & left)
        parts.append((r, np.full(len(r), invalid), np.full(len(r), invalid)))
        left[r] = False
    g = first_group.get("never")
    if g is not None:
        left[g.has] = False  # such a rule holds nowhere
    present = first_group.get("present")
    r = np.flatnonzero(left)
    parts.append((r, np.zeros(len(r), dtype=np.int64),
                  np.where(present.has[r], n_valid - 1, invalid) if present is not None else np.full(len(r), invalid)))
    rr, ff, ll = (np.concatenate([p[k] for p in parts]).astype(np.int64) for k in range(3))
    nonempty = ff <= ll
    rr, ff, ll = rr[nonempty], ff[nonempty], ll[nonempty]
    score = float(np.clip(np.minimum(ll, n_valid - 1) - ff + 1, 0, None).sum()) / n_valid
    return boundaries, vocab, (rr, ff, ll, n_valid + 1), score


def _buckets(index: RuleIndex, col: Column) -> np.ndarray:
    """Each case's bucket of the key."""
    n_buckets = len(index.offsets) - 1
    if index.key_vocab is not None:
        codes, uniques = pd.factorize(col.values, use_na_sentinel=True)
        other = len(index.key_vocab)
        per_unique = np.array([index.key_vocab.get(u, other) for u in uniques] + [other], dtype=np.int64)
        out = per_unique[codes]  # the sentinel -1 takes the last entry; invalid rows are set below
    else:
        assert index.boundaries is not None
        values = col.values.astype(float)
        pos = np.searchsorted(index.boundaries, values)
        at = (pos < len(index.boundaries)) & (index.boundaries[np.minimum(pos, len(index.boundaries) - 1)] == values)
        out = 2 * pos + at
    return np.where(col.valid, out, n_buckets - 1)


def match_pairs(index: RuleIndex, env: dict[str, Column], days: np.ndarray, n: int
                ) -> tuple[np.ndarray, np.ndarray] | None:
    """The (case, rule) pairs where the rule is in force and all its tests hold, ordered by case
    and then rule; None when the key would not narrow these cases (the plain path is cheaper)."""
    columns = _columns(index, env, n)
    pairs = _pairs(index, _buckets(index, columns[index.key_field]), n, None)
    if pairs is None:
        return None
    case, rule = pairs
    ok = _holding(index, columns, case, rule, days, None, frozenset())
    return case[ok], rule[ok]


def suspect_pairs(index: RuleIndex, env: dict[str, Column], days: np.ndarray, n: int,
                  unknown: Mapping[str, np.ndarray], known_absent: frozenset[str]) -> np.ndarray | None:
    """:func:`policy.evaluation.batch.tables.suspect_rows` over the pairs: per case, whether a rule
    in force could hold on a value still unknown there (every other test holding) or compute its
    outputs from one. ``known_absent``: inputs whose ``leeg``/``niet leeg`` is known when absent.
    None when the key would not narrow these cases."""
    columns = _columns(index, env, n)
    wide = unknown.get(index.key_field)  # there a key test may hold on any value: every rule is a candidate
    pairs = _pairs(index, _buckets(index, columns[index.key_field]), n, wide)
    if pairs is None:
        return None
    case, rule = pairs
    ok = _holding(index, columns, case, rule, days, unknown, known_absent)
    touched = np.zeros(len(case), dtype=bool)
    for name, rows in unknown.items():
        reads = np.zeros(len(index.start), dtype=bool)
        if name in index.formula_reads:
            reads |= index.formula_reads[name]
        for g in index.groups:
            if g.field == name and not (name in known_absent and g.cls in ("empty", "present")):
                reads |= g.has
        if reads.any():
            touched |= reads[rule] & rows[case]
    out = np.zeros(n, dtype=bool)
    out[case[ok & touched]] = True
    return out


def _columns(index: RuleIndex, env: dict[str, Column], n: int) -> dict[str, Column]:
    missing = Column.constant(None, n)
    return {name: env.get(name, missing) for name in index.kinds}


def _pairs(index: RuleIndex, bucket: np.ndarray, n: int, wide: np.ndarray | None
           ) -> tuple[np.ndarray, np.ndarray] | None:
    """Each case with each rule of its bucket (with every rule where ``wide``), by case and rule."""
    n_rules = len(index.start)
    starts = index.offsets[bucket]
    counts = index.offsets[bucket + 1] - starts
    if wide is not None:
        counts = np.where(wide, n_rules, counts)
    total = int(counts.sum())
    if total > MAX_PAIR_SHARE * n * n_rules:
        return None
    case = np.repeat(np.arange(n, dtype=np.int64), counts)
    offset_in_case = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    position = np.repeat(starts, counts) + offset_in_case
    if wide is None:
        return case, index.rules[position]
    every = wide[case]
    rule = np.where(every, offset_in_case, index.rules[np.minimum(position, len(index.rules) - 1)])
    return case, rule


def _holding(index: RuleIndex, columns: dict[str, Column], case: np.ndarray, rule: np.ndarray,
             days: np.ndarray, unknown: Mapping[str, np.ndarray] | None, known_absent: frozenset[str]
             ) -> np.ndarray:
    """Per pair, whether the rule is in force and each of its tests holds (or, with ``unknown``,
    could hold: the field's value is unknown there and the test is not a known ``leeg``)."""
    day = days[case]
    ok = (day >= index.start[rule]) & (day <= index.end[rule])
    codes: dict[int, np.ndarray] = {}
    for g in index.groups:
        sel = np.flatnonzero(ok & g.has[rule])
        if not len(sel):
            continue
        cs, rs = case[sel], rule[sel]
        col = columns[g.field]
        valid = col.valid[cs]
        if g.cls == "never":
            held = np.zeros(len(sel), dtype=bool)
        elif col.kind == "list" and g.cls in ("empty", "present"):
            empty = ~valid | (np.fromiter(map(len, col.values[cs]), dtype=np.int64, count=len(cs)) == 0)
            held = empty if g.cls == "empty" else ~empty
        elif g.cls == "empty":
            held = ~valid
        elif g.cls == "present":
            held = valid
        elif g.cls == "range":
            assert g.lo is not None and g.hi is not None and g.lo_inc is not None and g.hi_inc is not None
            assert g.neg is not None
            x = col.values[cs].astype(float)
            lo, hi = g.lo[rs], g.hi[rs]
            inside = np.where(g.lo_inc[rs], x >= lo, x > lo) & np.where(g.hi_inc[rs], x <= hi, x < hi)
            held = valid & (inside ^ g.neg[rs])
        else:
            assert g.allowed is not None and g.neg is not None
            code = codes.get(id(g))
            if code is None:
                code = codes[id(g)] = _member_codes(g, col)
            width = (len(g.vocab) if g.vocab is not None else len(g.points)) + 1  # type: ignore[arg-type]
            wanted = rs * width + code[cs] + 1
            pos = np.minimum(np.searchsorted(g.allowed, wanted), len(g.allowed) - 1)
            held = valid & ((g.allowed[pos] == wanted) ^ g.neg[rs])
        if unknown is not None and g.field in unknown and not (
                g.field in known_absent and g.cls in ("empty", "present")):
            held = held | unknown[g.field][cs]
        ok[sel] = held
    return ok


def _member_codes(g: _Group, col: Column) -> np.ndarray:
    """Per case, the code of its value among the values ``g``'s tests name (-1: none of them)."""
    if g.vocab is not None:
        codes, uniques = pd.factorize(col.values, use_na_sentinel=True)
        per_unique = np.array([g.vocab.get(u, -1) for u in uniques] + [-1], dtype=np.int64)
        return per_unique[codes]
    assert g.points is not None
    values = col.values.astype(float)
    pos = np.minimum(np.searchsorted(g.points, values), len(g.points) - 1)
    return np.where(g.points[pos] == values, pos, -1)


def pair_patterns(case: np.ndarray, rule: np.ndarray, n: int, n_rules: int) -> tuple[np.ndarray, list[list[int]]]:
    """Per case an id of the set of rules it matched (ids in order of first case, as
    :func:`policy.evaluation.batch.tables.factorize_rows` numbers them), and each id's rules."""
    if n == 0:
        return np.zeros(0, dtype=np.int64), []
    per_case = np.bincount(case, minlength=n)
    width = int(per_case.max())
    if width == 0:
        return np.zeros(n, dtype=np.int64), [[]]
    matrix = np.full((n, width), -1, dtype=np.int64)
    matrix[case, np.arange(len(case)) - (np.cumsum(per_case) - per_case)[case]] = rule
    key, _ = pd.factorize(matrix[:, 0])
    for j in range(1, width):
        key, _ = pd.factorize(key.astype(np.int64) * np.int64(n_rules + 1) + (matrix[:, j] + 1))
    inverse, uniques = pd.factorize(key)
    first = np.zeros(len(uniques), dtype=np.int64)
    first[inverse[::-1]] = np.arange(n - 1, -1, -1)
    return inverse.astype(np.int64), [[int(r) for r in matrix[i, :per_case[i]]] for i in first]
