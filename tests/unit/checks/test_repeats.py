"""A row that repeats another (same tests, same outcome, shared days) is warned (issue #10)."""

from datetime import date

import pytest

from policy.catalog import load_table
from policy.checks import run_checks
from tests.factories import build_workbook

from .builder import at, between, ge, having, inp, le, lt, one_of, out, row, sub, table

INPUTS = [inp("aanvraagdatum", "datum"), inp("leeftijd", "geheel getal"), inp("nationaliteit", "landcode")]
GRONDEN = [out("gronden", "lijst", allowed=("leeftijd", "nationaliteit"))]


def collect(rows, policy="COLLECT", aggregation=None, outputs=GRONDEN):
    return table(INPUTS, outputs, [sub("hoofd", policy, ["leeftijd", "nationaliteit"], [o.name for o in outputs],
                                       rows, aggregation=aggregation)])


@pytest.mark.parametrize(("first", "second"), [
    ({"leeftijd": lt(18)}, {"leeftijd": le(17)}),  # the same whole numbers, written otherwise
    ({"nationaliteit": one_of("AR", "HK")}, {"nationaliteit": one_of("HK", "AR")}),
    ({"leeftijd": between(18, 30, hi_inc=False)}, {"leeftijd": between(18, 29)}),
    ({"leeftijd": ge(18)}, {"leeftijd": ge(18)}),
])
def test_the_same_tests_written_otherwise_with_the_same_outcome_are_a_repeat(first, second):
    rows = [row("G-01", first, {"gronden": ["leeftijd"]}), row("G-02", second, {"gronden": ["leeftijd"]})]
    [d] = having(run_checks(collect(rows)), "regel_herhaald")
    assert not d.is_error and d.location == at("Regels", "rij 3")
    assert "Regel G-02 (rij 3) is een herhaling van regel G-01 (rij 2)" in d.message
    assert "VERZAMEL" in d.message and "COLLECT" not in d.message


def test_a_different_outcome_or_narrower_tests_are_no_repeat():
    rows = [row("G-01", {"leeftijd": lt(18)}, {"gronden": ["leeftijd"]}),
            row("G-02", {"leeftijd": lt(18)}, {"gronden": ["nationaliteit"]}),
            row("G-03", {"leeftijd": lt(17)}, {"gronden": ["leeftijd"]})]
    assert having(run_checks(collect(rows)), "regel_herhaald") == []


def test_periods_that_do_not_meet_are_no_repeat_but_shared_days_are():
    apart = [row("G-01", {"leeftijd": lt(18)}, {"gronden": ["leeftijd"]}, tot=date(2021, 12, 31)),
             row("G-02", {"leeftijd": lt(18)}, {"gronden": ["leeftijd"]}, van=date(2022, 1, 1))]
    assert having(run_checks(collect(apart)), "regel_herhaald") == []
    shared = [row("G-01", {"leeftijd": lt(18)}, {"gronden": ["leeftijd"]}, tot=date(2022, 6, 30)),
              row("G-02", {"leeftijd": lt(18)}, {"gronden": ["leeftijd"]}, van=date(2022, 1, 1))]
    [d] = having(run_checks(collect(shared)), "regel_herhaald")
    assert "bijvoorbeeld op 2022-" in d.message


@pytest.mark.parametrize(("policy", "aggregation"), [("COLLECT", "COUNT"), ("COLLECT", "SUM"), ("RULE ORDER", None)])
def test_every_collecting_policy_is_checked(policy, aggregation):
    outputs = GRONDEN if aggregation is None else [out("punten", "geheel getal")]
    value = {"gronden": ["leeftijd"]} if aggregation is None else {"punten": 1}
    rows = [row("G-01", {"leeftijd": lt(18)}, value), row("G-02", {"leeftijd": lt(18)}, value)]
    assert len(having(run_checks(collect(rows, policy, aggregation, outputs)), "regel_herhaald")) == 1


def test_first_is_not_checked_for_repeats():
    besluit = [out("besluit", "keuzelijst", allowed=("afwijzen", "inwilligen"))]
    rows = [row("G-01", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}),
            row("G-02", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}),
            row("G-03", {}, {"besluit": "inwilligen"})]
    assert having(run_checks(collect(rows, "FIRST", outputs=besluit)), "regel_herhaald") == []


def test_a_repeated_row_in_a_real_workbook_is_named_at_its_regel_id_cell():
    rules = [
        {"regel_id": "G-01", "leeftijd": "< 18", "nationaliteit": "-", "gronden": "leeftijd", "bron": "Vc B1"},
        {"regel_id": "G-02", "leeftijd": "> 30", "nationaliteit": "-", "gronden": "leeftijd", "bron": "Vc B1"},
        {"regel_id": "G-03", "leeftijd": "<= 17", "nationaliteit": "", "gronden": "leeftijd", "bron": "Vc B1"},
    ]
    data = build_workbook(
        metadata={"titel": "Gronden", "eigenaar": "Team", "beslissingsregel": "VERZAMEL", "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "leeftijd", "type": "geheel getal"},
                {"naam": "nationaliteit", "type": "landcode"}],
        outputs=[{"naam": "gronden", "type": "lijst", "toegestane_waarden": "leeftijd"}],
        rules=rules,
    )
    loaded, diagnostics = load_table(data, table_id="test/gronden")
    [d] = [d for d in diagnostics if d.code == "regel_herhaald"]
    assert loaded is not None and d.severity == "waarschuwing"
    assert str(d.location) == "test/gronden.xlsx › Regels › A4"
    assert "G-03 (rij 4) is een herhaling van regel G-01 (rij 2)" in d.message
