"""The durable path and the pure-Python reference agree on every bundled table, and on wide
generated tables that pass `check`.

Inputs are generated from each table's own declarations and aimed at its boundaries: the
dates and numbers its rows and parameters mention, a day either side, and anniversaries of
the peildatum (so derived ages land on their thresholds). At least 10,000 inputs per table.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policy.catalog import make_matcher
from policy.checks import run_checks
from policy.compiler import compile_table
from policy.engine.matcher import _plan
from policy.errors import PolicyError
from policy.evaluation import decide
from policy.impact import boundaries, make_case
from policy.reference.unknown_rows import evaluate_cases  # the batch path: evaluate_frame, and decide for unknown facts
from policy.workbook import read_workbook
from policy.workbook.grammar import parse_hit_policy
from tests.bundled import bundled, bundled_ids
from tests.factories import build_workbook
from tests.unit.engine.wide import wide_cases, wide_workbook

CASES_PER_EXAMPLE = 250
EXAMPLES = 40  # 40 x 250 = 10,000 generated inputs per table

DURABLE = make_matcher("durable")
REFERENCE = make_matcher("reference")


def outcome(compiled, facts, matcher):
    try:
        d = decide(compiled, facts, matcher=matcher)
    except PolicyError as exc:
        return ("error", exc.code)
    return (d.outputs, [(m.table, m.regel_id) for m in d.matched_rows])


@pytest.mark.parametrize("table_id", bundled_ids())
def test_durable_and_reference_agree(table_id):
    compiled = bundled(table_id).compiled
    days, mentioned = boundaries(compiled.data)
    seen = []

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example, HealthCheck.data_too_large])
    @given(st.integers(min_value=0, max_value=2**32 - 1))
    def agree(seed):
        rng = random.Random(seed)  # hypothesis picks (and shrinks) the seed; the cases come from it
        for _ in range(CASES_PER_EXAMPLE):
            facts = make_case(rng, compiled.data, days, mentioned)
            assert outcome(compiled, facts, DURABLE) == outcome(compiled, facts, REFERENCE), facts
            seen.append(facts)

    agree()
    assert len(seen) >= 10_000


@pytest.mark.parametrize("table_id", bundled_ids())
def test_batch_path_agrees_with_case_by_case(table_id):
    compiled = bundled(table_id).compiled
    days, mentioned = boundaries(compiled.data)
    rng = random.Random(20261124)
    cases = [make_case(rng, compiled.data, days, mentioned) for _ in range(3000)]
    out = evaluate_cases(compiled, pd.DataFrame(cases))
    for i, facts in enumerate(cases):
        want = outcome(compiled, facts, REFERENCE)
        if want[0] == "error":
            assert out.loc[i, "fout"] is not None, facts
            continue
        assert out.loc[i, "fout"] is None, (facts, out.loc[i, "fout"])
        got = {name: list(v) if isinstance(v, tuple) else v for name in want[0] for v in [out.loc[i, name]]}
        assert got == want[0], facts
        assert list(out.loc[i, "regels"]) == [r for _, r in want[1]], facts


#: Values at and past the edges of what a fact may be, per declared type (and a few of the wrong type).
_HOSTILE = {
    "geheel getal": [0, -1, 2**53, -(2**53), 2**53 + 1, 10**30, 1e300, 7.0, 7.5, True, "18", None],
    "getal": [0.0, -0.0, 1e-300, 999_999_999_999_999.5, 1e15, 2**53, 2**53 + 1, float("inf"), "1,5", False],
    "datum": ["0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "2024-1-1", "", 20240101],
    "ja/nee": [True, False, "false", 0, 1, None],
    "tekst": ["", " ", "x" * 10_000, "x" * 10_001, 'aan"hal\\ing', "é😀\u2028", 5],
    "keuzelijst": ["", "ONBEKEND", "x" * 10_001, 1],
    "landcode": ["NL", "nl", "XX", "", "NLD"],
    "lijst": [[], ["x"], "x", [1], ["x" * 10_001]],
}


@pytest.mark.parametrize("table_id", bundled_ids())
def test_durable_reference_and_batch_agree_on_hostile_values(table_id):
    """Extreme and ill-typed values: both matchers give the same decision or the same error, and the
    batch path refuses exactly the cases that are refused one by one. (NaN is left out: in a
    DataFrame it is pandas' "missing"; JSON bodies cannot carry it.)"""
    compiled = bundled(table_id).compiled
    days, mentioned = boundaries(compiled.data)
    rng = random.Random(7)
    inputs = [spec for spec in compiled.data["inputs"] if spec["type"] in _HOSTILE]
    cases = []
    for spec in inputs:
        for value in _HOSTILE[spec["type"]]:
            facts = make_case(rng, compiled.data, days, mentioned)
            facts[spec["name"]] = value
            cases.append(facts)
    for facts in cases:
        assert outcome(compiled, facts, DURABLE) == outcome(compiled, facts, REFERENCE), facts
    out = evaluate_cases(compiled, pd.DataFrame(cases))
    for i, facts in enumerate(cases):
        failed = outcome(compiled, facts, REFERENCE)[0] == "error"
        assert (out.loc[i, "fout"] is not None) == failed, (facts, out.loc[i, "fout"])


# --------------------------------------------------------------------------- wide tables
#
# Generated tables of 100 to 10,000 rows and 5 or 25 condition columns (bands of numbers,
# country lists, date ranges, decimals, choices, yes/no, list presence, comparisons; rows with
# their own geldig_van). Each passes `check` and then must get the same answers on the durable
# path, from the reference and from the batch path: durable's fixed limits (error 303 from 65
# bands on one field, error 113 from 15 list cells in one row, …) are the adapter's to lift.
# One workbook is read per size and layout; the hit policy is set in the table model, as the
# reader makes it of another `beslissingsregel` cell, so each big workbook is read once.
# (10,000 rows x 25 columns is more than a sheet's 200,000 cells: no such workbook passes
# `check`; tests/unit/engine/test_wide_tables.py holds the engine to that size directly.)

SINGLE = ("UNIQUE", "FIRST", "PRIORITY", "ANY")
SUMS = ("COLLECT SUM", "COLLECT COUNT", "COLLECT MIN", "COLLECT MAX")

#: (rows, columns, layout, the policy the workbook is written with, the policies decided, cases)
WIDE = [
    (100, 5, "bands", "UNIQUE", SINGLE, 200),
    (150, 5, "periods", "UNIQUE", ("UNIQUE", "FIRST"), 200),
    (100, 5, "grid", "UNIQUE", SINGLE, 300),
    (100, 5, "overlap", "COLLECT", ("COLLECT", "RULE ORDER"), 300),
    (100, 5, "overlap", "COLLECT SUM", SUMS, 200),
    (100, 25, "grid", "UNIQUE", SINGLE, 300),
    (100, 25, "overlap", "PRIORITY", ("PRIORITY",), 300),
    (100, 25, "overlap", "COLLECT", ("COLLECT", "RULE ORDER"), 300),
    (100, 25, "overlap", "COLLECT SUM", SUMS, 200),
    (1_000, 5, "bands", "FIRST", ("FIRST",), 200),
    (1_000, 5, "grid", "UNIQUE", ("UNIQUE", "FIRST", "ANY"), 300),
    (1_000, 5, "overlap", "COLLECT", ("COLLECT",), 300),
    (1_000, 5, "overlap", "COLLECT SUM", ("COLLECT SUM", "COLLECT MAX"), 300),
    pytest.param(1_000, 25, "grid", "UNIQUE", ("UNIQUE", "PRIORITY"), 200, marks=pytest.mark.slow),
    pytest.param(1_000, 25, "overlap", "COLLECT", ("RULE ORDER",), 200, marks=pytest.mark.slow),
    pytest.param(10_000, 5, "grid", "UNIQUE", ("UNIQUE", "FIRST"), 100, marks=pytest.mark.slow),
]


def _wide_id(rows, columns, layout, base, policies, n):
    return f"{rows}x{columns}-{layout}-{base.replace(' ', '_')}"


def _with_policy(table, policy):
    """The table as read from a workbook whose `beslissingsregel` says ``policy``."""
    name, aggregation = parse_hit_policy(policy)
    return replace(table, subtables=(replace(table.subtables[0], hit_policy=name, aggregation=aggregation),))


@pytest.mark.parametrize(("rows", "columns", "layout", "base", "policies", "n"), WIDE,
                         ids=[_wide_id(*(p.values if hasattr(p, "values") else p)) for p in WIDE])
def test_wide_tables_that_pass_check_hold_on_the_durable_path(rows, columns, layout, base, policies, n):
    data = build_workbook(**wide_workbook(rows, columns, base, layout=layout, seed=rows + columns))
    table, read = read_workbook(data, table_id="test/breed")
    assert table is not None and not [d for d in read if d.is_error], read
    for policy in policies:
        variant = _with_policy(table, policy)
        errors = [d for d in run_checks(variant, seconds=3) if d.is_error]
        assert errors == [], (policy, errors[:3])
        compiled = compile_table(variant)
        cases = wide_cases(random.Random(rows * columns), compiled.data, n)
        wanted = [outcome(compiled, facts, REFERENCE) for facts in cases]
        for facts, want in zip(cases, wanted):
            assert outcome(compiled, facts, DURABLE) == want, (policy, facts)
        met = sum(want[0] != "error" and bool(want[1]) for want in wanted)
        assert met >= n // 3, (policy, met)  # the cases reach the rows, not only the defaults
        out = evaluate_cases(compiled, pd.DataFrame(cases))
        for i, (facts, want) in enumerate(zip(cases, wanted)):
            assert (out.loc[i, "fout"] is not None) == (want[0] == "error"), (policy, facts)
            if want[0] != "error":
                got = {name: list(v) if isinstance(v, tuple) else v for name in want[0] for v in [out.loc[i, name]]}
                assert got == want[0], (policy, facts)
                assert list(out.loc[i, "regels"]) == [r for _, r in want[1]], (policy, facts)
    if rows >= 1_000:  # wide enough that durable could not hold it in one ruleset
        assert len(_plan(compile_table(table).data, 0)[0].chunks) > 1
