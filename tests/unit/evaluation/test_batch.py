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
from policy.evaluation.batch.unknown_rows import evaluate_cases  # the batch path: evaluate_frame, and decide for unknown facts
from policy.evaluation.batch import evaluate_frame
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


def test_a_list_with_no_value_stays_apart_from_the_empty_list():
    """'geen waarde' on a lijst output: no matching rule is no value (None) on both paths, while a
    rule that gives the empty list gives [] (the batch kept both as an empty tuple before)."""
    compiled = compile_table(table(
        [InputField("datum", "datum"), InputField("uren", "getal")],
        [OutputField("gronden", "lijst", allowed=("uren",), no_value=True)],
        [sub("besluit", "FIRST", ["uren"], ["gronden"], [
            rule("L1", 2, {"uren": Test("gt", 30)}, {"gronden": ["uren"]}),
            rule("L2", 3, {"uren": Test("between", low=10, high=30, low_inclusive=True, high_inclusive=True)},
                 {"gronden": []}),
        ])],
    ))
    cases = [{"datum": "2024-01-01", "uren": u} for u in (40, 20, 5)]
    out = evaluate_frame(compiled, pd.DataFrame(cases))
    scalar = [decide(compiled, c).outputs["gronden"] for c in cases]
    assert scalar == [["uren"], [], None]
    assert [out.loc[i, "gronden"] for i in range(3)] == [("uren",), (), None]
def test_a_formula_whose_type_is_checked_per_value_is_decided_column_wise_and_still_refuses():
    """A formula filling a field with a list of allowed values: fitting values pass, the others
    stop that row's decision with decide's own message (the guard)."""
    compiled = compile_table(table(
        [InputField("datum", "datum"), InputField("soort", "tekst"), InputField("redenen", "lijst")],
        [OutputField("code", "keuzelijst", allowed=("a", "b")), OutputField("gronden", "lijst", allowed=("x", "y"))],
        [sub("code", "FIRST", ["soort"], ["code", "gronden"], [
            rule("C1", 2, {"soort": Test("present")}, {"code": "=soort", "gronden": "=redenen"}),
        ])],
    ))
    rows = [
        {"datum": "2024-01-01", "soort": "a", "redenen": ["x"]},
        {"datum": "2024-01-01", "soort": "b", "redenen": ["y", "x"]},
        {"datum": "2024-01-01", "soort": "c", "redenen": ["x"]},
        {"datum": "2024-01-01", "soort": "a", "redenen": ["z"]},
    ]
    out = evaluate_frame(compiled, pd.DataFrame(rows * 50))
    for k, facts in enumerate(rows * 50):
        try:
            d = decide(compiled, facts)
        except PolicyError as exc:
            assert out.loc[k, "fout"] is not None
            assert [m for ms in out.loc[k, "fout"].values() for m in ms] == [exc.message]
        else:
            assert out.loc[k, "fout"] is None
            assert (out.loc[k, "code"], list(out.loc[k, "gronden"])) == (d.outputs["code"], d.outputs["gronden"])
    assert out["fout"].notna().sum() == 100


@pytest.mark.parametrize("dtype", [object, "str"])
def test_blank_texts_are_no_value_on_both_paths_whatever_the_white_space(dtype):
    compiled = compile_table(table(
        [InputField("datum", "datum"), InputField("kenmerk", "tekst", required=False)],
        [OutputField("uitkomst", "keuzelijst", allowed=("leeg", "gevuld"))],
        [sub("uitkomst", "FIRST", ["kenmerk"], ["uitkomst"], [
            rule("K1", 2, {"kenmerk": Test("empty")}, {"uitkomst": "leeg"}),
            rule("K2", 3, {}, {"uitkomst": "gevuld"}),
        ])],
    ))
    texts = ["", " ", "\t\n", "\x1c\x1f", "\u3000\u2028", "\xa0", " a ", "b", "\u200b", None]
    frame = pd.DataFrame({"datum": ["2024-01-01"] * len(texts), "kenmerk": pd.Series(texts, dtype=dtype)})
    out = evaluate_frame(compiled, frame)
    want = [decide(compiled, {"datum": "2024-01-01", **({"kenmerk": t} if t is not None else {})}).outputs["uitkomst"]
            for t in texts]
    assert out["uitkomst"].tolist() == want
    assert want[:6] == ["leeg"] * 6 and want[6:9] == ["gevuld"] * 3


def test_a_fact_left_out_that_no_rule_reaches_is_decided_column_wise_and_one_that_matters_case_by_case():
    """Working Holiday: Australians never give a pre-registration (only Korea and Japan need one),
    so leaving it out changes nothing for them; a Korean without its date is onvolledig or, with
    a number but no date, buiten behandeling for WH-B06. Both paths agree on every row."""
    from policy.evaluation.batch.frame import evaluate_frame_suspects
    from policy.evaluation.batch.unknown_rows import MISSING_COLUMN, STATUS_COLUMN
    from tests.bundled import bundled

    compiled = bundled("uitwisseling/working_holiday").compiled
    base = {"geboortedatum": "2000-06-15", "aanvraagdatum": "2024-05-01", "retourticket_of_middelen": True,
            "eerder_uitwisseling_nl": False, "ten_laste_algemene_middelen": False}
    rows = ([{**base, "nationaliteit": "AU", "indieningsplaats": "ind_loket"}] * 50
            + [{**base, "nationaliteit": "KR", "indieningsplaats": "ind_loket", "preregistratie_volgnummer": "KR-1"}]
            + [{**base, "nationaliteit": "JP", "indieningsplaats": "ind_loket"}]
            + [{**base, "nationaliteit": "KR", "indieningsplaats": "ind_loket", "preregistratie_volgnummer": "KR-2",
                "preregistratie_datum": "2024-04-01"}])
    frame = pd.DataFrame(rows)
    _, suspect = evaluate_frame_suspects(compiled, frame)
    assert not suspect[:50].any()  # the Australians: nothing to decide one by one
    out = evaluate_cases(compiled, frame)
    for i, facts in enumerate(rows):
        d = decide(compiled, {k: v for k, v in facts.items() if not pd.isna(v)})
        assert out[STATUS_COLUMN].iat[i] == d.status
        assert tuple(out[MISSING_COLUMN].iat[i]) == tuple(d.missing_facts)
        for name, value in d.outputs.items():
            got = out[name].iat[i]
            assert (list(got) if isinstance(got, tuple) else got) == value, (i, name)
    assert out["besluit"].iat[50] == "buiten_behandeling" and list(out["gronden"].iat[50]) == ["preregistratie"]
    assert out[STATUS_COLUMN].iat[52] == "beslist"


def test_a_formula_row_decided_with_a_fact_left_out_keeps_its_structured_citations():
    """leeftijdsbepaling without opgegeven_geboortedatum: the three-valued path builds the row
    with formula outputs itself and must carry the row's bronnen like the fast path."""
    from tests.bundled import bundled

    compiled = bundled("bescherming/leeftijdsbepaling").compiled
    facts = {"onderzoeksdatum": "2024-09-02", "spaakbeen_uitgerijpt": True, "sleutelbeenderen": "beide_uitgerijpt",
             "leeftijd_onbekend": False}
    d = decide(compiled, facts)
    assert d.matched_rows and all(m.bronnen for m in d.matched_rows if m.bron), d.matched_rows
