"""The vectorised batch path gives the case-by-case answers, row for row."""

from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy.compiler import compile_table
from policy.errors import FactsInvalidError, PolicyError
from policy.evaluation import decide
from policy.model import InputField, OutputField, Test
from policy.reference.unknown_rows import evaluate_cases  # the batch path: evaluate_frame, and decide for unknown facts
from tests.unit.evaluation.test_decide import BESLUIT, DERIVED, GRONDEN, INPUTS, OUTPUTS, PARAMS
from tests.unit.evaluation.model_builder import rule, sub, table

COMPILED = compile_table(table(INPUTS, OUTPUTS, [BESLUIT, GRONDEN], derived=DERIVED, parameters=PARAMS))

cases = st.fixed_dictionaries(
    {
        "datum": st.dates(date(2019, 6, 1), date(2025, 12, 31)).map(date.isoformat),
        "geboren": st.dates(date(1985, 1, 1), date(2012, 12, 31)).map(date.isoformat),
        "land": st.sampled_from(["AR", "HK", "JP"]),
    },
    optional={
        "uren": st.one_of(st.integers(0, 80), st.floats(0, 80, allow_nan=False)),
        "verleend": st.integers(0, 300),
    },
)


def scalar(facts):
    try:
        d = decide(COMPILED, facts)
    except PolicyError as exc:
        return ("fout", exc.code)
    return (d.outputs, tuple(m.regel_id for m in d.matched_rows))


def batch_rows(frame):
    out = evaluate_cases(COMPILED, frame)
    rows = []
    for _, r in out.iterrows():
        if r["fout"] is not None:
            rows.append(("fout", None))
        else:
            gronden = None if r["gronden"] is None else list(r["gronden"])  # None: onbekend
            rows.append(({"besluit": r["besluit"], "gronden": gronden}, tuple(r["regels"])))
    return rows


@settings(max_examples=60, deadline=None)
@given(st.lists(cases, min_size=1, max_size=40))
def test_batch_agrees_with_case_by_case(facts_list):
    frame = pd.DataFrame(facts_list)
    for facts, got in zip(facts_list, batch_rows(frame), strict=True):
        want = scalar(facts)
        if want[0] == "fout":
            assert got[0] == "fout"
        else:
            assert got == want


def test_invalid_rows_are_reported_per_row_and_others_still_decided():
    frame = pd.DataFrame([
        {"datum": "2024-05-01", "geboren": "2000-05-01", "land": "HK", "uren": 20},
        {"datum": "01-05-2024", "geboren": "2000-05-01", "land": "XX"},
        {"datum": "2019-12-31", "geboren": "2000-05-01", "land": "HK", "uren": 20},
        {"datum": "2024-05-01", "geboren": "2000-05-01", "land": "HK"},  # uren not given: onbekend
    ])
    out = evaluate_cases(COMPILED, frame)
    assert out.loc[0, "besluit"] == "inwilligen" and out.loc[0, "fout"] is None
    assert out.loc[0, "status"] == "beslist"
    assert set(out.loc[1, "fout"]) == {"datum", "land"}
    assert "peildatum" in out.loc[2, "fout"]  # no rule in force before 2020
    assert (out.loc[3, "status"], out.loc[3, "ontbrekende_feiten"], out.loc[3, "besluit"]) == (
        "onvolledig", ("uren",), None)


def test_unknown_column_refuses_the_batch():
    with pytest.raises(FactsInvalidError):
        evaluate_cases(COMPILED, pd.DataFrame([{"datum": "2024-05-01", "onbekend": 1}]))


def test_a_large_batch_is_decided():
    start = date(2020, 1, 1)
    n = 20_000
    frame = pd.DataFrame({
        "datum": [(start + timedelta(days=i % 1500)).isoformat() for i in range(n)],
        "geboren": [(date(1985, 1, 1) + timedelta(days=(i * 37) % 9000)).isoformat() for i in range(n)],
        "land": [["AR", "HK", "JP"][i % 3] for i in range(n)],
        "uren": [float(i % 50) for i in range(n)],
    })
    out = evaluate_cases(COMPILED, frame)
    assert out["fout"].isna().all()
    sample = frame.sample(200, random_state=1)
    for i, row in sample.iterrows():
        want = scalar(row.to_dict())
        assert out.loc[i, "besluit"] == want[0]["besluit"]
        assert list(out.loc[i, "gronden"]) == want[0]["gronden"]


def test_unique_violation_among_formula_rules_is_that_rows_error():
    """Two UNIQUE rules with formula outcomes that both hold: the row gets the error, others are decided."""
    compiled = compile_table(table(
        [InputField("datum", "datum"), InputField("uren", "getal")],
        [OutputField("score", "getal")],
        [sub("score", "UNIQUE", ["uren"], ["score"], [
            rule("S1", 2, {"uren": Test("gt", 10)}, {"score": "=uren * 2"}),
            rule("S2", 3, {"uren": Test("gt", 20)}, {"score": "=uren"}),
        ])],
    ))
    out = evaluate_cases(compiled, pd.DataFrame([
        {"datum": "2024-01-01", "uren": 15},
        {"datum": "2024-01-01", "uren": 25},
    ]))
    assert out.loc[0, "score"] == 30 and out.loc[0, "fout"] is None
    assert out.loc[1, "fout"] == {"score": ["Tabel 'score' is UNIQUE maar de regels S1, S2 gelden allemaal."]}
    with pytest.raises(PolicyError):
        decide(compiled, {"datum": "2024-01-01", "uren": 25})


@pytest.mark.parametrize("uren", [10**30, 2**53 + 1, -(2**53) - 2, 1e308, 1e15 + 0.5])
def test_numbers_beyond_exact_arithmetic_are_refused_by_both_paths(uren):
    facts = {"datum": "2024-05-01", "geboren": "2000-05-01", "land": "HK", "uren": uren}
    with pytest.raises(FactsInvalidError) as exc:
        decide(COMPILED, facts)
    assert "is te groot" in exc.value.errors["uren"][0]
    out = evaluate_cases(COMPILED, pd.DataFrame([facts, {**facts, "uren": 40}]))
    assert set(out.loc[0, "fout"]) == {"uren"} and repr(uren) in out.loc[0, "fout"]["uren"][0]
    assert out.loc[1, "fout"] is None


def test_the_largest_exact_numbers_are_still_accepted():
    from policy.evaluation.validate import MAX_WHOLE, FactValidator

    spec = {"name": "n", "type": "geheel getal", "required": True, "context": False, "default": None,
            "allowed": None, "minimum": None, "maximum": None}
    check = FactValidator([spec, {**spec, "name": "x", "type": "getal"}])
    assert check({"n": MAX_WHOLE, "x": 999_999_999_999_999.5}) == {"n": MAX_WHOLE, "x": 999_999_999_999_999.5}
    assert check({"n": -MAX_WHOLE, "x": -999_999_999_999_999.0}) == {"n": -MAX_WHOLE, "x": -999_999_999_999_999.0}
