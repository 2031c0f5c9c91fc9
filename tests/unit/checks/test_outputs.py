"""Outputs of collecting tables must have the type the hit policy gives them (read from workbooks)."""

from datetime import date

import pytest

from policy.catalog import load_table
from policy.engine import DurableMatcher
from policy.evaluation import decide
from policy.checks import run_checks
from tests.factories import build_workbook, sample_workbook

from .builder import Row, at, gt, having, inp, lt, out, row, sub, table


def spec(policy: str, output_type: str, allowed: str | None = "leeftijd, uren", values=("leeftijd", "uren")):
    return dict(
        metadata={"titel": "Gronden", "eigenaar": "Team Test", "beslissingsregel": policy,
                  "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "leeftijd", "type": "geheel getal"},
                {"naam": "uren", "type": "geheel getal"}],
        outputs=[{"naam": "grond", "type": output_type, "toegestane_waarden": allowed}],
        rules=[
            {"regel_id": "G1", "leeftijd": "> 30", "uren": "-", "grond": values[0], "bron": "Vc B1",
             "geldig_van": date(2020, 1, 1)},
            {"regel_id": "G2", "leeftijd": "-", "uren": "> 30", "grond": values[1], "bron": "Vc B1",
             "geldig_van": date(2020, 1, 1)},
        ],
    )


def load(s):
    return load_table(build_workbook(**s), table_id="t/gronden", workbook_name="gronden.xlsx")


@pytest.mark.parametrize("policy, output_type, allowed, values, expected", [
    ("COLLECT", "keuzelijst", "leeftijd, uren", ("leeftijd", "uren"), "een lijst van de uitkomsten"),
    ("RULE ORDER", "tekst", None, ("te_oud", "te_veel_uren"), "een lijst van de uitkomsten"),
    ("COLLECT SUM", "keuzelijst", "leeftijd, uren", ("leeftijd", "uren"), "de som van de uitkomsten"),
    ("COLLECT COUNT", "tekst", None, ("te_oud", "te_veel_uren"), "het aantal uitkomsten"),
    ("COLLECT MAX", "ja/nee", None, ("ja", "nee"), "de grootste uitkomst"),
])
def test_an_output_the_policy_cannot_fill_is_an_error_at_its_type_cell(policy, output_type, allowed, values, expected):
    loaded, diagnostics = load(spec(policy, output_type, allowed, values))
    assert loaded is None
    [d] = [d for d in diagnostics if d.is_error]
    assert d.code == "uitvoer_type_past_niet"
    assert (d.location.werkboek, d.location.blad, d.location.cel) == ("gronden.xlsx", "Uitvoer", "B2")
    assert expected in d.message and f"type '{output_type}'" in d.message


@pytest.mark.parametrize("policy, output_type, values, facts, outcome", [
    ("COLLECT", "lijst", ("leeftijd", "uren"), {"leeftijd": 40, "uren": 40}, ["leeftijd", "uren"]),
    ("COLLECT COUNT", "geheel getal", (1, 1), {"leeftijd": 40, "uren": 40}, 2),
    ("COLLECT SUM", "getal", (1.5, 2), {"leeftijd": 40, "uren": 40}, 3.5),
    ("COLLECT MIN", "geheel getal", (3, 7), {"leeftijd": 40, "uren": 40}, 3),
    ("COLLECT MAX", "datum", (date(2024, 1, 1), date(2025, 1, 1)), {"leeftijd": 40, "uren": 40}, date(2025, 1, 1)),
])
def test_a_fitting_type_loads_and_both_matchers_give_it(policy, output_type, values, facts, outcome):
    loaded, diagnostics = load(spec(policy, output_type, "leeftijd, uren" if output_type == "lijst" else None, values))
    assert loaded is not None, [str(d) for d in diagnostics]
    facts = {"aanvraagdatum": "2024-05-01", **facts}
    assert decide(loaded.compiled, facts).outputs == {"grond": outcome}
    assert decide(loaded.compiled, facts, matcher=DurableMatcher()).outputs == {"grond": outcome}


# -- blank output cells (issue #10) -------------------------------------------------------

def _found(book):
    loaded, diagnostics = load_table(build_workbook(**book), table_id="uitwisseling/test")
    return loaded, [(d.code, d.severity, d.location.blad, d.location.cel) for d in diagnostics
                    if d.code == "ontbrekende_waarde"]


def test_a_blank_decision_cell_where_every_other_row_decides_is_an_error_at_that_cell():
    book = sample_workbook()
    book["rules"][3]["besluit"] = None  # WH-04, row 5: decide would answer "besluit": null
    loaded, found = _found(book)
    assert loaded is None
    assert ("ontbrekende_waarde", "fout", "Regels", "E5") in found


def test_a_blank_cell_that_other_rows_leave_open_too_is_a_warning_and_leeg_is_silent():
    book = sample_workbook()
    book["outputs"].append({"naam": "duur", "type": "geheel getal"})
    book["rules"][2]["duur"] = 12  # only inwilligen has a duration; WH-01 says so with leeg
    book["rules"][0]["duur"] = "leeg"
    book["rules"][2]["gronden"] = "leeg"
    loaded, found = _found(book)
    assert loaded is not None
    assert found == [("ontbrekende_waarde", "waarschuwing", "Regels", "K3"),
                     ("ontbrekende_waarde", "waarschuwing", "Regels", "K5")]


def test_a_blank_list_cell_is_a_warning_not_an_error():
    loaded, found = _found(sample_workbook())  # WH-03 gives no gronden
    assert loaded is not None
    assert found == [("ontbrekende_waarde", "waarschuwing", "Regels", "F4")]


def test_an_output_with_a_standaard_may_be_blank():
    book = sample_workbook()
    book["outputs"][1]["standaard"] = "leeg"
    book["rules"][3]["besluit"] = "afwijzen"
    _, found = _found(book)
    assert found == []


def test_a_collecting_row_without_any_outcome_is_an_error():
    t = table([inp("aanvraagdatum", "datum"), inp("leeftijd", "geheel getal")],
              [out("gronden", "lijst", allowed=("leeftijd",))],
              [sub("hoofd", "COLLECT", ["leeftijd"], ["gronden"], [
                  row("G-01", {"leeftijd": lt(18)}, {"gronden": ["leeftijd"]}),
                  Row("G-02", {"leeftijd": gt(30)}, {"gronden": None})])])
    [d] = having(run_checks(t), "ontbrekende_waarde")
    assert d.is_error and d.location == at("Regels", "C3") and "voegt hij niets toe" in d.message
