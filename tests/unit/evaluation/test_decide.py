from datetime import date

import pytest

from policy.compiler import compile_table
from policy.errors import FactsInvalidError, HitPolicyViolationError, NoRowsInForceError
from policy.evaluation import decide
from policy.model import InputField, OutputField, ParameterValue, Test

from .model_builder import rule, sub, table

INPUTS = [
    InputField("datum", "datum"),
    InputField("geboren", "datum"),
    InputField("land", "keuzelijst", allowed=("AR", "HK", "JP")),
    InputField("uren", "getal", required=False, minimum=0, maximum=80),
    InputField("verleend", "geheel getal", required=False, context=True, default=0),
]
OUTPUTS = [
    OutputField("grond", "lijst", allowed=("leeftijd", "uren", "quotum"), intermediate=True),
    OutputField("besluit", "keuzelijst", allowed=("afwijzen", "inwilligen")),
    OutputField("gronden", "lijst", allowed=("leeftijd", "uren", "quotum")),
]
GRONDEN = sub("gronden", "COLLECT", ["leeftijd", "uren", "quotum_bereikt"], ["grond"], [
    rule("G1", 2, {"leeftijd": Test("lt", 18)}, {"grond": ["leeftijd"]}),
    rule("G2", 3, {"leeftijd": Test("gt", 30)}, {"grond": ["leeftijd"]}),
    rule("G3", 4, {"uren": Test("gt", 30)}, {"grond": ["uren"]}),
    rule("G4", 5, {"quotum_bereikt": Test("eq", True)}, {"grond": ["quotum"]}),
])
BESLUIT = sub("besluit", "FIRST", ["grond"], ["besluit", "gronden"], [
    rule("B1", 2, {"grond": Test("present")}, {"besluit": "afwijzen", "gronden": "=grond"}, van=date(2020, 1, 1)),
    rule("B2", 3, {}, {"besluit": "inwilligen", "gronden": []}, van=date(2020, 1, 1)),
])
DERIVED = {
    "leeftijd": ("geheel getal", "leeftijd(geboren, datum)"),
    "quotum": ("geheel getal", 'parameter("quotum", land)'),
    "quotum_bereikt": ("ja/nee", "verleend >= quotum"),
}
PARAMS = [
    ParameterValue("quotum", "HK", 100, date(2019, 1, 1), None),
    ParameterValue("quotum", "JP", 100, None, date(2023, 12, 31)),
    ParameterValue("quotum", "JP", 200, date(2024, 1, 1), None),
]


@pytest.fixture(scope="module")
def compiled():
    return compile_table(table(INPUTS, OUTPUTS, [BESLUIT, GRONDEN], derived=DERIVED, parameters=PARAMS))


def facts(**kw):
    # uren is optional without a default: left out it is unknown (tests/unit/evaluation/test_unknown.py)
    base = {"datum": "2024-05-01", "geboren": "2000-05-01", "land": "HK", "uren": 20}
    base.update(kw)
    return base


def test_tables_run_in_dependency_order(compiled):
    assert [t["name"] for t in compiled.data["tables"]] == ["gronden", "besluit"]


def test_grant_cites_the_deciding_row(compiled):
    d = decide(compiled, facts())
    assert d.outputs == {"besluit": "inwilligen", "gronden": []}
    assert [(m.table, m.regel_id, m.row) for m in d.matched_rows] == [("besluit", "B2", 3)]
    assert d.peildatum == date(2024, 5, 1)


def test_collect_lists_every_ground_and_first_decides(compiled):
    d = decide(compiled, facts(geboren="1990-01-01", uren=31))
    assert d.outputs == {"besluit": "afwijzen", "gronden": ["leeftijd", "uren"]}
    assert [m.regel_id for m in d.matched_rows] == ["G2", "G3", "B1"]


@pytest.mark.parametrize(("geboren", "grond"), [
    ("2006-05-02", ["leeftijd"]),  # one day before the 18th birthday
    ("2006-05-01", []),  # 18th birthday
    ("1993-05-02", []),  # the day before the 31st birthday: still 30
    ("1993-05-01", ["leeftijd"]),  # 31st birthday: "ouder dan 30"
])
def test_age_in_completed_years(compiled, geboren, grond):
    assert decide(compiled, facts(geboren=geboren)).outputs["gronden"] == grond


def test_dated_parameter_and_context_input(compiled):
    assert decide(compiled, facts(land="JP", verleend=150)).outputs["gronden"] == []
    assert decide(compiled, facts(land="JP", verleend=150, datum="2023-12-31")).outputs["gronden"] == ["quotum"]
    assert decide(compiled, facts(land="AR", verleend=10_000)).outputs["gronden"] == []  # no quota


def test_context_input_can_be_refused(compiled):
    with pytest.raises(FactsInvalidError) as exc:
        decide(compiled, facts(verleend=1), allow_context=False)
    assert list(exc.value.errors) == ["verleend"]


def test_every_fact_problem_reported_at_once(compiled):
    with pytest.raises(FactsInvalidError) as exc:
        decide(compiled, {"datum": "01-05-2024", "land": "Argentinie", "uren": "18", "sid": 1, "extra": True})
    errors = exc.value.errors
    assert set(errors) == {"datum", "land", "uren", "sid", "extra", "geboren"}
    assert "JJJJ-MM-DD" in errors["datum"][0]
    assert "bedoelt u 'AR'" in errors["land"][0]
    assert "getal" in errors["uren"][0]


def test_booleans_and_numbers_are_strict(compiled):
    with pytest.raises(FactsInvalidError) as exc:
        decide(compiled, facts(uren=True))
    assert "getal" in exc.value.errors["uren"][0]
    with pytest.raises(FactsInvalidError):
        decide(compiled, facts(uren=81))


def test_peildatum_override_and_no_rows_in_force(compiled):
    d = decide(compiled, facts(), peildatum=date(2021, 1, 1))
    assert d.peildatum == date(2021, 1, 1)
    with pytest.raises(NoRowsInForceError):
        decide(compiled, facts(datum="2019-12-31"))


def test_explain_traces_each_condition(compiled):
    d = decide(compiled, facts(geboren="2010-01-01"), explain=True)
    steps = [t for t in d.trace if t["step"] == "rule" and t["regel_id"] == "G1"]
    assert steps[0]["matched"] is True
    assert steps[0]["conditions"] == [{"field": "leeftijd", "test": "< 18", "value": 14, "result": True}]
    assert any(t["step"] == "derived" and t["field"] == "leeftijd" and t["value"] == 14 for t in d.trace)


def test_unique_violation_is_an_error():
    t = table([InputField("datum", "datum"), InputField("n", "geheel getal")],
              [OutputField("o", "tekst")],
              [sub("hoofd", "UNIQUE", ["n"], ["o"], [
                  rule("A", 2, {"n": Test("ge", 1)}, {"o": "a"}), rule("B", 3, {"n": Test("le", 5)}, {"o": "b"})])])
    c = compile_table(t)
    assert decide(c, {"datum": "2024-01-01", "n": 9}).outputs == {"o": "a"}
    with pytest.raises(HitPolicyViolationError):
        decide(c, {"datum": "2024-01-01", "n": 3})


@pytest.mark.parametrize(("policy", "agg", "expected"), [
    ("PRIORITY", None, "hoog"), ("RULE ORDER", None, ["laag", "hoog"]), ("COLLECT", "COUNT", 2),
])
def test_hit_policies(policy, agg, expected):
    out_type = "keuzelijst" if agg is None and policy == "PRIORITY" else ("geheel getal" if agg else "lijst")
    t = table([InputField("datum", "datum"), InputField("n", "geheel getal")],
              [OutputField("o", out_type, allowed=("hoog", "laag") if agg is None else None)],
              [sub("hoofd", policy, ["n"], ["o"], [
                  rule("A", 2, {"n": Test("ge", 1)}, {"o": "laag"}), rule("B", 3, {"n": Test("le", 5)}, {"o": "hoog"})],
                  aggregation=agg)])
    assert decide(compile_table(t), {"datum": "2024-01-01", "n": 3}).outputs["o"] == expected


def test_landcode_takes_any_iso_code_unless_the_table_lists_some():
    inputs = [InputField("datum", "datum"), InputField("land", "landcode"),
              InputField("eu", "landcode", required=False, allowed=("NL", "BE"))]
    t = table(inputs, [OutputField("o", "tekst")],
              [sub("hoofd", "FIRST", ["land"], ["o"], [rule("A", 2, {}, {"o": "x"})])])
    c = compile_table(t)
    assert decide(c, {"datum": "2024-01-01", "land": "UY"}).outputs == {"o": "x"}
    with pytest.raises(FactsInvalidError) as exc:
        decide(c, {"datum": "2024-01-01", "land": "Uruguay", "eu": "DE"})
    assert "bedoelt u 'UY'" in exc.value.errors["land"][0]
    assert "toegestaan: NL, BE" in exc.value.errors["eu"][0]


def test_blank_text_is_no_value():
    inputs = [InputField("datum", "datum"), InputField("nummer", "tekst", required=False),
              InputField("naam", "tekst")]
    t = table(inputs, [OutputField("o", "tekst")],
              [sub("hoofd", "FIRST", ["nummer"], ["o"], [
                  rule("A", 2, {"nummer": Test("empty")}, {"o": "geen nummer"}),
                  rule("B", 3, {}, {"o": "nummer"})])])
    c = compile_table(t)
    assert decide(c, {"datum": "2024-01-01", "naam": "x", "nummer": "  "}).outputs == {"o": "geen nummer"}
    assert decide(c, {"datum": "2024-01-01", "naam": "x", "nummer": "A1"}).outputs == {"o": "nummer"}
    with pytest.raises(FactsInvalidError) as exc:
        decide(c, {"datum": "2024-01-01", "naam": ""})
    assert "verplicht" in exc.value.errors["naam"][0]


def test_trace_shows_dates_as_officers_write_them():
    t = table([InputField("datum", "datum")], [OutputField("o", "tekst")],
              [sub("hoofd", "FIRST", ["datum"], ["o"], [
                  rule("A", 2, {"datum": Test("lt", date(2022, 10, 1))}, {"o": "oud"}),
                  rule("B", 3, {}, {"o": "nieuw"})])])
    d = decide(compile_table(t), {"datum": "2022-09-30"}, explain=True)
    cond = next(s for s in d.trace if s.get("regel_id") == "A")["conditions"][0]
    assert cond == {"field": "datum", "test": "< 2022-10-01", "value": date(2022, 9, 30), "result": True}
