"""Decide a whole pandas DataFrame of cases at once: the batch path beside ``decide``, on its plan."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from policy.compiler import CompiledTable
from policy.errors import FactsInvalidError
from policy.evaluation.batch.columns import Column, natural_values
from policy.evaluation.batch.derive import derive_rows, parameter_lookup, within_exact
from policy.evaluation.batch.inputs import input_column
from policy.evaluation.batch.tables import run_table
from policy.evaluation.batch.vector import VECTOR_FAILURES, evaluate_vector
from policy.evaluation.controls import screen_facts
from policy.evaluation.decide import plan_for
from policy.evaluation.guard import is_guarded
from policy.evaluation.validate import RESERVED_FIELDS

__all__ = ["ERROR_COLUMN", "RULES_COLUMN", "evaluate_frame"]


ERROR_COLUMN = "fout"
RULES_COLUMN = "regels"


def evaluate_frame(
    compiled: CompiledTable, frame: pd.DataFrame, *, peildatum: date | None = None, allow_context: bool = True
) -> pd.DataFrame:
    """Decide every row of ``frame`` (one case per row, one column per input).

    Returns a DataFrame with the same index: one column per decision output (a list output
    holds tuples), ``regels`` (the
    regel_ids that decided, in evaluation order) and ``fout`` (None, or a dict field -> Dutch
    messages for a row whose facts are invalid or whose date no rule covers). Raises
    FactsInvalidError for a column that is not an input of the table.
    """
    return evaluate_frame_suspects(compiled, frame, peildatum=peildatum, allow_context=allow_context,
                                   track=False)[0]


def evaluate_frame_suspects(
    compiled: CompiledTable, frame: pd.DataFrame, *, peildatum: date | None = None, allow_context: bool = True,
    track: bool = True,
) -> tuple[pd.DataFrame, np.ndarray | None]:
    """:func:`evaluate_frame`, and (``track``) per row whether a fact left out could change its
    decision: only those rows need the three-valued, case-by-case path (a superset of them)."""
    plan = plan_for(compiled)
    n = len(frame)
    known = {spec["name"]: spec for spec in plan.inputs}
    bad_columns = {
        str(c): [f"'{c}' is geen invoer van deze tabel."] for c in frame.columns
        if c not in known or c in RESERVED_FIELDS or (known[c]["context"] and not allow_context)
    }
    if bad_columns:
        raise FactsInvalidError(bad_columns)

    row_errors: dict[int, dict[str, list[str]]] = {}
    env: dict[str, Column] = {}
    for name, spec in known.items():
        env[name] = input_column(frame, name, spec, n, row_errors)

    if peildatum is not None:
        pd_col = Column.constant(peildatum, n)
    else:
        pd_col = env.get(plan.peildatum_field, Column.constant(None, n))
        for i in np.flatnonzero(~pd_col.valid):
            if int(i) in row_errors:  # the date itself was invalid: that is the problem to report
                continue
            row_errors.setdefault(int(i), {}).setdefault(plan.peildatum_field, []).append(
                "is nodig als peildatum maar ontbreekt.")
    pd_days = pd_col.values.astype(np.int64)
    parameter = parameter_lookup(plan, pd_days)
    if plan.controls:  # sheet Controles: as the case-by-case path, a row whose facts cannot be true together
        _screen_rows(compiled, frame, peildatum, row_errors, _control_suspects(plan, env, n, parameter))
    unknown = _unknown_inputs(plan, frame, env) if track else None
    suspect = np.zeros(n, dtype=bool) if track else None

    pattern_ids: list[np.ndarray] = []
    pattern_rules: list[list[tuple[str, ...]]] = []
    for kind, step in plan.steps:
        if kind == "derive":
            name, fn, spec = step
            column = None
            if not is_guarded(fn):  # else its type is only known per value: the scalar path checks each one
                try:
                    column = evaluate_vector(spec["expr"], env, n, parameter)
                except VECTOR_FAILURES:  # some row fails: the scalar path says which, and why
                    column = None
            if column is None:
                env[name] = derive_rows(plan, name, fn, spec, env, pd_days, n, row_errors)
            else:
                env[name] = within_exact(name, column, row_errors)
            if unknown:
                reads = [unknown[r] for r in plan.derived_reads.get(name, ()) if r in unknown]
                if reads:
                    unknown[name] = np.logical_or.reduce(reads)
            continue
        inverse, rules_per_pattern, table_suspect = run_table(plan, step, env, pd_days, n, row_errors, unknown)
        if suspect is not None and table_suspect is not None:
            suspect |= table_suspect
        pattern_ids.append(inverse)
        pattern_rules.append(rules_per_pattern)

    out = pd.DataFrame(index=frame.index)
    for name in plan.decision_outputs:
        # object dtype: pandas would otherwise turn a missing text outcome (None) into NaN
        out[name] = pd.Series(natural_values(env[name], plan.output_specs[name]["type"]), index=frame.index, dtype=object)
    out[RULES_COLUMN] = pd.Series(combine_rules(pattern_ids, pattern_rules, n), index=frame.index, dtype=object)
    errors = np.empty(n, dtype=object)
    errors[:] = None
    for row, errs in row_errors.items():
        errors[row] = errs
        for name in plan.decision_outputs:
            out.iat[row, out.columns.get_loc(name)] = None
        out.iat[row, out.columns.get_loc(RULES_COLUMN)] = ()
    out[ERROR_COLUMN] = pd.Series(errors, index=frame.index, dtype=object)
    return out, suspect


def _unknown_inputs(plan: Any, frame: pd.DataFrame, env: dict[str, Column]) -> dict[str, np.ndarray]:
    """Per input whose absence is ``onbekend``, the rows that leave it out (a column missing
    from the frame: every row)."""
    unknown = {}
    for name in plan.unknown_when_absent:
        if name in env:
            absent = ~env[name].valid
        else:
            absent = np.ones(len(frame), dtype=bool)
        if name in frame.columns and plan.input_specs[name]["type"] == "tekst":
            absent = absent | np.fromiter((isinstance(v, str) and not v.strip() for v in frame[name]),
                                          dtype=bool, count=len(frame))
        if absent.any():
            unknown[name] = absent
    return unknown


def _control_suspects(plan: Any, env: dict[str, Column], n: int, parameter: Any) -> np.ndarray:
    """The rows that some check of sheet Controles may fail, worked out column-wise.

    A check fails a row only where its formula gives ``onwaar`` there; a row where it gives
    ``waar`` or no value passes, as on the case-by-case path. Where a formula cannot be
    evaluated column-wise, every row is a suspect (and the scalar path judges each one).
    """
    suspects = np.zeros(n, dtype=bool)
    for check, _fn, derive in plan.controls:
        scope = dict(env) if derive else env
        try:
            for name, closure, spec in derive:
                if is_guarded(closure):
                    return np.ones(n, dtype=bool)
                scope[name] = evaluate_vector(spec["expr"], scope, n, parameter)
            holds = evaluate_vector(check["expr"], scope, n, parameter)
        except VECTOR_FAILURES:
            return np.ones(n, dtype=bool)
        suspects |= holds.valid & ~holds.values.astype(bool)
    return suspects


def _screen_rows(compiled: CompiledTable, frame: pd.DataFrame, peildatum: date | None,
                 row_errors: dict[int, dict[str, list[str]]], suspects: np.ndarray) -> None:
    """The plausibility checks per row of ``suspects`` (only rows whose facts are each valid)."""
    rows = [int(i) for i in np.flatnonzero(suspects) if int(i) not in row_errors]
    if not rows:
        return
    for i, record in zip(rows, frame.iloc[rows].to_dict("records"), strict=True):
        facts = {k: v for k, v in record.items() if v is not None and not (isinstance(v, float) and v != v)}
        failure = screen_facts(compiled, facts, peildatum=peildatum)
        if failure is not None:
            row_errors[i] = failure.errors


def combine_rules(pattern_ids: list[np.ndarray], pattern_rules: list[list[tuple[str, ...]]], n: int) -> np.ndarray:
    out = np.empty(n, dtype=object)
    if not pattern_ids:
        out[:] = [()] * n
        return out
    key = np.zeros(n, dtype=np.int64)
    span = 1  # key < span: mixed radix over the tables' pattern ids, renumbered only when it would overflow
    for ids, rules in zip(pattern_ids, pattern_rules, strict=True):
        radix = max(len(rules), 1)
        if span * radix >= 1 << 62:
            key, seen = pd.factorize(key)
            key, span = key.astype(np.int64), len(seen)
        key = key * np.int64(radix) + ids
        span *= radix
    inverse, uniques = pd.factorize(key)
    first = np.zeros(len(uniques), dtype=np.int64)
    first[inverse[::-1]] = np.arange(n - 1, -1, -1)
    table = np.empty(len(uniques), dtype=object)
    for k, row in enumerate(first):
        table[k] = sum((rules[int(ids[row])] for ids, rules in zip(pattern_ids, pattern_rules, strict=True)), ())
    return table[inverse]
