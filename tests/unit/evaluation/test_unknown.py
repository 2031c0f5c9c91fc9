"""Unknown is not false: three-valued evaluation per hit policy, on both matchers."""

from __future__ import annotations

from datetime import date

import pytest

from policy.compiler import compile_table
from policy.engine import DurableMatcher
from policy.errors import EvaluationError
from policy.evaluation import decide
from policy.model import InputField, OutputField, Test
from policy.reference import ReferenceMatcher

from .model_builder import rule, sub, table

VAN = date(2020, 1, 1)
INPUTS = [
    InputField("datum", "datum"),
    InputField("leeftijd", "geheel getal"),
    InputField("middelen", "ja/nee", required=False),  # absent: onbekend
    InputField("verzekerd", "ja/nee", required=False),
    InputField("uren", "geheel getal", required=False),
    InputField("soort", "keuzelijst", allowed=("werk", "studie"), required=False),
    InputField("geboren", "datum", required=False),
]
MATCHERS = [ReferenceMatcher(), DurableMatcher()]


def compiled_of(policy, rules, outputs=None, *, aggregation=None, derived=None, extra=()):
    outs = outputs or [OutputField("besluit", "keuzelijst", allowed=("afwijzen", "inwilligen", "nader"),
                                   default="inwilligen")]
    subtables = [sub("hoofd", policy, sorted({k for r in rules for k in (c.field for c in r.conditions)}),
                     [o.name for o in outs if not o.intermediate], rules, aggregation=aggregation), *extra]
    return compile_table(table(INPUTS, outs, subtables, derived=derived))


def decided(compiled, **facts):
    """Both matchers, which must agree; returns the reference decision."""
    base = {"datum": "2024-01-01", "leeftijd": 30, **facts}
    found = [decide(compiled, base, matcher=m) for m in MATCHERS]
    ref, durable = (d.to_dict() for d in found)
    assert ref == durable
    return found[0]


def test_a_refusal_on_an_unknown_fact_is_onvolledig_naming_it():
    c = compiled_of("FIRST", [
        rule("R1", 2, {"middelen": Test("eq", False)}, {"besluit": "afwijzen"}, van=VAN),
        rule("R2", 3, {}, {"besluit": "inwilligen"}, van=VAN),
    ])
    d = decided(c)
    assert (d.status, d.outputs, d.missing_facts) == ("onvolledig", {"besluit": None}, ("middelen",))
    assert d.to_dict()["ontbrekende_feiten"] == ["middelen"]
    assert d.to_dict()["onbekende_uitvoer"] == ["besluit"]
    assert decided(c, middelen=False).outputs["besluit"] == "afwijzen"
    assert decided(c, middelen=True).status == "beslist"


def test_first_a_known_earlier_row_decides_whatever_the_unknown_later_rows():
    c = compiled_of("FIRST", [
        rule("R1", 2, {"leeftijd": Test("gt", 25)}, {"besluit": "afwijzen"}, van=VAN),
        rule("R2", 3, {"middelen": Test("eq", False)}, {"besluit": "nader"}, van=VAN),
    ])
    d = decided(c)
    assert (d.status, d.outputs["besluit"], [m.regel_id for m in d.matched_rows]) == ("beslist", "afwijzen", ["R1"])


def test_only_the_facts_that_would_change_the_answer_are_missing():
    c = compiled_of("FIRST", [
        rule("R1", 2, {"middelen": Test("eq", False)}, {"besluit": "afwijzen"}, van=VAN),
        rule("R2", 3, {"verzekerd": Test("eq", False)}, {"besluit": "inwilligen"}, van=VAN),  # same as default
        rule("R3", 4, {"leeftijd": Test("gt", 40), "uren": Test("gt", 10)}, {"besluit": "afwijzen"}, van=VAN),
    ])
    d = decided(c)
    # verzekerd cannot change the answer (inwilligen either way); uren's row fails on leeftijd
    assert d.missing_facts == ("middelen",)


def test_unique_unknown_rows_that_agree_with_the_default_leave_it_known():
    c = compiled_of("UNIQUE", [
        rule("R1", 2, {"middelen": Test("eq", True)}, {"besluit": "inwilligen"}, van=VAN),
        rule("R2", 3, {"middelen": Test("eq", False), "leeftijd": Test("lt", 18)}, {"besluit": "afwijzen"}, van=VAN),
    ])
    assert decided(c).status == "beslist"
    assert decided(c).outputs["besluit"] == "inwilligen"


def test_a_list_value_decides_for_every_value_it_could_take():
    """ja/nee and keuzelijst facts could take only their values: a test that holds for all is known."""
    c = compiled_of("FIRST", [
        rule("R1", 2, {"soort": Test("eq", "werk")}, {"besluit": "afwijzen"}, van=VAN),
    ])
    assert (decided(c).status, decided(c).missing_facts) == ("onvolledig", ("soort",))
    c = compiled_of("FIRST", [
        rule("R1", 2, {"soort": Test("in", values=("werk", "studie"))}, {"besluit": "afwijzen"}, van=VAN),
    ])
    assert (decided(c).status, decided(c).outputs["besluit"]) == ("beslist", "afwijzen")
    c = compiled_of("FIRST", [
        rule("R1", 2, {"soort": Test("ne", "reizen")}, {"besluit": "afwijzen"}, van=VAN),
    ])
    assert (decided(c).status, decided(c).outputs["besluit"]) == ("beslist", "afwijzen")


def test_leeg_and_niet_leeg_test_whether_the_fact_was_given():
    c = compiled_of("FIRST", [
        rule("R1", 2, {"geboren": Test("empty")}, {"besluit": "nader"}, van=VAN),
        rule("R2", 3, {}, {"besluit": "afwijzen"}, van=VAN),
    ])
    assert (decided(c).status, decided(c).outputs["besluit"]) == ("beslist", "nader")
    assert decided(c, geboren="2000-01-01").outputs["besluit"] == "afwijzen"


@pytest.mark.parametrize(("aggregation", "facts", "status", "value"), [
    ("MAX", {"leeftijd": 30}, "beslist", 12),  # the unknown row's 6 cannot raise the maximum
    ("MIN", {"leeftijd": 30}, "onvolledig", None),  # 6 would lower the minimum
    ("SUM", {"leeftijd": 30}, "onvolledig", None),
    ("COUNT", {"leeftijd": 30}, "onvolledig", None),
    ("MAX", {"leeftijd": 30, "middelen": False}, "beslist", 12),
    ("MIN", {"leeftijd": 30, "middelen": False}, "beslist", 6),
    ("MIN", {"leeftijd": 30, "middelen": True}, "beslist", 12),
])
def test_collect_aggregations(aggregation, facts, status, value):
    duur = [OutputField("duur", "geheel getal")]
    c = compiled_of("COLLECT", [
        rule("D1", 2, {"leeftijd": Test("ge", 18)}, {"duur": 12}, van=VAN),
        rule("D2", 3, {"middelen": Test("eq", False)}, {"duur": 6}, van=VAN),
    ], duur, aggregation=aggregation)
    d = decided(c, **facts)
    assert (d.status, d.outputs["duur"]) == (status, value)


def test_collect_list_is_unknown_while_a_contributing_row_is_and_a_later_table_knows_what_it_can():
    grond = OutputField("grond", "lijst", allowed=("leeftijd", "middelen"), intermediate=True)
    besluit = OutputField("besluit", "keuzelijst", allowed=("afwijzen", "inwilligen"))
    gronden = sub("gronden", "COLLECT", ["leeftijd", "middelen"], ["grond"], [
        rule("G1", 2, {"leeftijd": Test("gt", 25)}, {"grond": ["leeftijd"]}, van=VAN),
        rule("G2", 3, {"middelen": Test("eq", False)}, {"grond": ["middelen"]}, van=VAN),
    ])
    hoofd = sub("besluit", "FIRST", ["grond"], ["besluit"], [
        rule("B1", 2, {"grond": Test("present")}, {"besluit": "afwijzen"}, van=VAN),
        rule("B2", 3, {}, {"besluit": "inwilligen"}, van=VAN),
    ])
    c = compile_table(table(INPUTS, [grond, besluit], [gronden, hoofd]))
    d = decided(c)  # leeftijd 30 gives a ground for certain: afwijzen, whatever middelen is
    assert (d.status, d.outputs["besluit"]) == ("beslist", "afwijzen")
    d = decided(c, leeftijd=20)  # now only middelen could give one
    assert (d.status, d.missing_facts) == ("onvolledig", ("middelen",))
    assert decided(c, leeftijd=20, middelen=True).outputs["besluit"] == "inwilligen"


def test_priority_an_unknown_row_of_higher_priority_could_still_win():
    c = compiled_of("PRIORITY", [
        rule("P1", 2, {"leeftijd": Test("ge", 18)}, {"besluit": "inwilligen"}, van=VAN),
        rule("P2", 3, {"middelen": Test("eq", False)}, {"besluit": "afwijzen"}, van=VAN),
        rule("P3", 4, {"verzekerd": Test("eq", False)}, {"besluit": "nader"}, van=VAN),
    ])
    d = decided(c)  # allowed order: afwijzen < inwilligen < nader; only P2 outranks P1
    assert (d.status, d.missing_facts) == ("onvolledig", ("middelen",))
    d = decided(c, middelen=True)
    assert (d.status, d.outputs["besluit"]) == ("beslist", "inwilligen")


def test_derived_fields_and_formulas_propagate_unknown_but_is_leeg_and_als_are_known():
    derived = {
        "jaren": ("geheel getal", "jaren_tussen(geboren, datum)"),
        "jaren_of_nul": ("geheel getal", "als(is_leeg(geboren), 0, jaren_tussen(geboren, datum))"),
    }
    c = compiled_of("FIRST", [
        rule("R1", 2, {"jaren": Test("lt", 18)}, {"besluit": "afwijzen"}, van=VAN),
    ], derived=derived)
    assert decided(c).missing_facts == ("geboren",)
    c = compiled_of("FIRST", [
        rule("R1", 2, {"jaren_of_nul": Test("lt", 18)}, {"besluit": "afwijzen"}, van=VAN),
    ], derived=derived)
    assert (decided(c).status, decided(c).outputs["besluit"]) == ("beslist", "afwijzen")


def test_an_output_formula_reading_an_unknown_fact_is_unknown():
    uren = [OutputField("uren_per_week", "geheel getal")]
    c = compiled_of("FIRST", [rule("R1", 2, {}, {"uren_per_week": "=uren * 2"}, van=VAN)], uren)
    d = decided(c)
    assert (d.status, d.outputs["uren_per_week"], d.missing_facts) == ("onvolledig", None, ("uren",))
    assert decided(c, uren=10).outputs["uren_per_week"] == 20


def test_the_trace_shows_a_test_on_an_unknown_fact_without_result():
    c = compiled_of("FIRST", [rule("R1", 2, {"middelen": Test("eq", False)}, {"besluit": "afwijzen"}, van=VAN)])
    trace = decide(c, {"datum": "2024-01-01", "leeftijd": 30}, explain=True).trace
    (cond,) = [t for t in trace if t["step"] == "rule"][0]["conditions"]
    assert (cond["field"], cond["result"], cond["onbekend"]) == ("middelen", None, True)


def test_null_is_not_given():
    c = compiled_of("FIRST", [rule("R1", 2, {"middelen": Test("eq", False)}, {"besluit": "afwijzen"}, van=VAN)])
    assert decided(c, middelen=None).missing_facts == ("middelen",)


def test_a_formula_that_fails_beside_an_unknown_value_is_a_rekenfout_not_a_raw_error():
    """`datum_plus(geboren, dagen=1) >= datum_plus(datum, dagen=1)` with `geboren` unknown still works out
    the known side; a known date at the edge of the calendar then fails as on the fast path."""
    c = compiled_of("FIRST", [
        rule("R1", 2, {"later": Test("eq", True)}, {"besluit": "afwijzen"}, van=VAN),
        rule("R2", 3, {}, {"besluit": "inwilligen"}, van=VAN),
    ], derived={"later": ("ja/nee", "datum_plus(geboren, dagen=1) >= datum_plus(datum, dagen=1)")})
    for m in MATCHERS:
        with pytest.raises(EvaluationError, match="kon niet worden uitgerekend"):
            decide(c, {"datum": "9999-12-31", "leeftijd": 30}, matcher=m)
    d = decided(c, datum="2024-01-01")
    assert (d.status, d.missing_facts) == ("onvolledig", ("geboren",))
