"""One table of the plan over the batch: rule tests as masks, each distinct pattern of matched rules
given its hit policy once, the outcome gathered back over the rows that share it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from policy.errors import PolicyError
from policy.evaluation.batch.columns import Column, gather_column
from policy.evaluation.batch.derive import in_force
from policy.evaluation.batch.outputs import dynamic_pattern, vector_outputs
from policy.evaluation.batch.rule_index import index_for, match_pairs, pair_patterns, suspect_pairs
from policy.evaluation.decide import apply_hit_policy
from policy.evaluation.plan import Plan, SubPlan
from policy.expr import names_in

__all__ = ["factorize_rows", "run_table", "suspect_rows"]


class _TestCache:
    """Per-column helpers reused across the tests of one table (factorised strings, list lengths)."""

    def factorised(self, col: Column) -> tuple[np.ndarray, dict[Any, int]]:
        return col.factorised()  # kept on the column: shared by every table that tests it

    def length(self, col: Column) -> np.ndarray:
        return col.lengths()


def _test_mask(test: Mapping[str, Any], col: Column, cache: _TestCache) -> np.ndarray:
    op = test["op"]
    valid = col.valid
    if col.kind == "list":
        empty = ~valid | (cache.length(col) == 0)
        if op == "empty":
            return empty
        if op == "present":
            return ~empty
        return np.zeros(len(valid), dtype=bool)
    if op == "empty":
        return ~valid
    if op == "present":
        return valid.copy()
    if col.kind == "str":
        codes, index = cache.factorised(col)
        if op in ("eq", "ne"):
            code = index.get(test["value"], -2)
            return valid & ((codes == code) if op == "eq" else (codes != code))
        if op in ("in", "not_in"):
            wanted = [index[v] for v in test["values"] if v in index]
            hit = np.isin(codes, wanted)
            return valid & (hit if op == "in" else ~hit)
        values = col.values  # comparisons on text: rare, element-wise
    else:
        values = col.values
    if col.kind == "bool" and op in ("eq", "ne"):
        x = test["value"]
        if not isinstance(x, bool):
            return np.zeros(len(valid), dtype=bool)
        return valid & ((values == x) if op == "eq" else (values != x))
    if op == "eq":
        return valid & (values == test["value"])
    if op == "ne":
        return valid & (values != test["value"])
    if op == "lt":
        return valid & (values < test["value"])
    if op == "le":
        return valid & (values <= test["value"])
    if op == "gt":
        return valid & (values > test["value"])
    if op == "ge":
        return valid & (values >= test["value"])
    if op in ("in", "not_in"):
        hit = np.isin(values, test["values"])
        return valid & (hit if op == "in" else ~hit)
    lo, hi = test["low"], test["high"]
    inside = (values >= lo if test["low_inclusive"] else values > lo) & (
        values <= hi if test["high_inclusive"] else values < hi)
    return valid & (inside if op == "between" else ~inside)


def suspect_rows(plan: Plan, sub: SubPlan, env: dict[str, Column], days: np.ndarray, n: int,
                 unknown: Mapping[str, np.ndarray], cache: _TestCache | None = None) -> np.ndarray:
    """The rows where a rule of ``sub`` could hold, or compute its outputs, on a value that is
    still unknown there (``unknown``: per field, the rows where it is). Only those rows can be
    decided otherwise three-valued (:mod:`policy.evaluation.unknown`) than here: elsewhere every
    rule that reads an unknown value is false on a known test. A superset: a rule open on an
    unknown is flagged even where the case-by-case path would work its value out after all.
    """
    out = np.zeros(n, dtype=bool)
    if not unknown:
        return out
    index = index_for(plan, sub, env)
    flagged = suspect_pairs(index, env, days, n, unknown, plan.unknown_when_absent) if index is not None else None
    if flagged is not None:  # a big table: only the rules of each case's bucket of the key
        return flagged
    cache = cache or _TestCache()
    for rp in sub.rules:
        formula_reads = {name for cell_name, fn, _ in rp.cells if fn is not None
                         for name in names_in(rp.compiled["outputs"][cell_name]["expr"]) if name in unknown}
        tests = rp.compiled["tests"]
        if not formula_reads and not any(t["field"] in unknown for t in tests):
            continue
        mask = in_force(rp.start, rp.end, days)
        touched = np.zeros(n, dtype=bool)
        for name in formula_reads:
            touched |= unknown[name]
        for test in tests:
            if not mask.any():
                break
            name = test["field"]
            held = _test_mask(test, env.get(name, Column.constant(None, n)), cache)
            u = unknown.get(name)
            # ``leeg``/``niet leeg`` on an input nobody gave are known: it was not given
            if u is not None and not (name in plan.unknown_when_absent and test["op"] in ("empty", "present")):
                held = held | u
                touched |= u & mask
            mask &= held
        out |= mask & touched
    return out


def run_table(plan: Plan, sub: SubPlan, env: dict[str, Column], days: np.ndarray, n: int,
               row_errors: dict[int, dict[str, list[str]]],
               unknown: dict[str, np.ndarray] | None = None) -> tuple[np.ndarray, list[tuple[str, ...]], np.ndarray | None]:
    """Decide ``sub`` column-wise. With ``unknown`` (per field, the rows where its value is
    still unknown) also the rows this table may decide otherwise three-valued, which then
    leave its outputs unknown in ``unknown`` too; else None."""
    cache = _TestCache()
    suspect = None
    if unknown is not None:
        suspect = suspect_rows(plan, sub, env, days, n, unknown, cache)
    index = index_for(plan, sub, env)
    pairs = match_pairs(index, env, days, n) if index is not None else None
    if pairs is not None:  # a big table: only the rules of each case's bucket of the key
        inverse, patterns = pair_patterns(*pairs, n, len(sub.rules))
        any_in_force = np.logical_or.reduce([in_force(start, end, days) for start, end in sub.coverage])
    else:
        inverse, patterns, any_in_force = _mask_patterns(sub, env, days, n, cache)
    if sub.final:
        for i in np.flatnonzero(~any_in_force):
            if int(i) in row_errors:
                continue
            row_errors.setdefault(int(i), {}).setdefault("peildatum", []).append(
                f"Geen enkele regel van tabel '{sub.name}' is van kracht op deze datum.")

    outputs: dict[str, np.ndarray] = {name: np.empty(n, dtype=object) for name in sub.outputs}
    per_pattern: dict[str, np.ndarray] = {name: np.empty(len(patterns), dtype=object) for name in sub.outputs}
    static_patterns = np.zeros(len(patterns), dtype=bool)
    order = np.argsort(inverse.astype(np.uint16) if len(patterns) <= 1 << 16 else inverse, kind="stable")  # radix
    bounds = np.concatenate(([0], np.cumsum(np.bincount(inverse, minlength=len(patterns)))))
    rules_per_pattern: list[tuple[str, ...]] = []
    for p, indices in enumerate(patterns):  # the rules of each pattern (ascending)
        rows = order[bounds[p]:bounds[p + 1]]
        dynamic = any(sub.rules[i].static is None for i in indices)
        if not dynamic:
            try:
                values, decided = apply_hit_policy(plan, sub, indices, {}, None)
                chosen = [i for d in decided for i in indices if sub.rules[i].matched_row is d]  # decided order
            except PolicyError as exc:  # a hit-policy violation is that rows' error, not the batch's
                for i in rows:
                    row_errors.setdefault(int(i), {}).setdefault(sub.name, []).append(exc.message)
                values, chosen = {name: None for name in sub.outputs}, []
            static_patterns[p] = True
            for name, value in values.items():
                per_pattern[name][p] = tuple(value) if isinstance(value, list) else value
        elif sub.hit_policy in ("FIRST", "UNIQUE") and indices and (
                vector := vector_outputs(plan, sub, sub.rules[indices[0]], rows, env, days)) is not None:
            if sub.hit_policy == "UNIQUE" and len(indices) > 1:
                ids = ", ".join(sub.rules[i].regel_id for i in indices)
                for i in rows:
                    row_errors.setdefault(int(i), {}).setdefault(sub.name, []).append(
                        f"Tabel '{sub.name}' is UNIQUE maar de regels {ids} gelden allemaal.")
            chosen = indices[:1]
            for name, values_out in vector.items():
                # fromiter keeps each value whole (a tuple is one value, not a row of a matrix)
                outputs[name][rows] = np.fromiter(values_out, dtype=object, count=len(values_out))
        else:
            chosen = dynamic_pattern(plan, sub, indices, rows, env, days, outputs, row_errors)
        rules_per_pattern.append(tuple(sub.rules[i].regel_id for i in chosen))
    gathered_rows = static_patterns[inverse]
    for name in sub.outputs:
        env[name] = gather_column(per_pattern[name], inverse, gathered_rows, outputs[name],
                                  plan.output_specs[name]["type"])
        if unknown is not None and suspect is not None and suspect.any():
            unknown[name] = suspect
    return inverse, rules_per_pattern, suspect


def _mask_patterns(sub: SubPlan, env: dict[str, Column], days: np.ndarray, n: int, cache: _TestCache
                   ) -> tuple[np.ndarray, list[list[int]], np.ndarray]:
    """The plain path: a rules x cases mask; per case its pattern id, each pattern's rules, and
    the cases some rule is in force for."""
    masks = np.zeros((len(sub.rules), n), dtype=bool)
    any_in_force = np.zeros(n, dtype=bool)
    for r, rp in enumerate(sub.rules):
        mask = in_force(rp.start, rp.end, days)
        any_in_force |= mask
        for test in rp.compiled["tests"]:
            if not mask.any():
                break
            mask &= _test_mask(test, env.get(test["field"], Column.constant(None, n)), cache)
        masks[r] = mask
    if len(sub.rules) == 0:
        return np.zeros(n, dtype=np.int64), [[]], any_in_force
    inverse, first = factorize_rows(masks)
    return inverse, [[int(i) for i in np.flatnonzero(masks[:, f])] for f in first], any_in_force


def factorize_rows(masks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per column of the (rules x cases) bool matrix, an id of its pattern; and one case per id."""
    words = []
    for start in range(0, masks.shape[0], 63):
        block = masks[start:start + 63]
        word = np.zeros(block.shape[1], dtype=np.int64)
        for bit, row in enumerate(block):  # one pass per rule: cheaper than an integer matmul
            word |= row.astype(np.int64) << np.int64(bit)
        words.append(word)
    key = words[0]
    if len(words) > 1:  # combine the words' ids pairwise (mixed radix on their factorised ids)
        ids, _ = pd.factorize(words[0])
        for w in words[1:]:
            wid, wu = pd.factorize(w)
            ids, _ = pd.factorize(ids.astype(np.int64) * np.int64(len(wu)) + wid)
        key = ids
    inverse, uniques = pd.factorize(key)
    first = np.zeros(len(uniques), dtype=np.int64)
    first[inverse[::-1]] = np.arange(len(inverse) - 1, -1, -1)
    return inverse.astype(np.int64), first
