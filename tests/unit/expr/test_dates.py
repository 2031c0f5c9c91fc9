"""Date arithmetic in formulas: datum_plus, dagen/maanden/jaren_tussen, and what the checks refuse."""

from datetime import date

import pytest

from policy.catalog import load_table
from policy.errors import EvaluationError
from policy.evaluation import decide
from policy.expr import ExprError, evaluate, parse_formula
from policy.expr.functions import add_to_date, completed_months, completed_years, completed_years_between
from policy.expr.render import render
from policy.expr.types import infer_type, operation_problems
from tests.factories import build_workbook

D = date


@pytest.mark.parametrize("start, kwargs, expected", [
    (D(2024, 1, 31), {"months": 1}, D(2024, 2, 29)),  # leap year: clamped to 29 February
    (D(2023, 1, 31), {"months": 1}, D(2023, 2, 28)),
    (D(2023, 3, 31), {"months": -1}, D(2023, 2, 28)),
    (D(2024, 2, 29), {"years": 1}, D(2025, 2, 28)),
    (D(2024, 2, 29), {"years": 4}, D(2028, 2, 29)),
    (D(2023, 5, 31), {"months": 1}, D(2023, 6, 30)),
    (D(2023, 1, 15), {"months": 13}, D(2024, 2, 15)),
    (D(2023, 1, 15), {"months": -13}, D(2021, 12, 15)),
    (D(2024, 3, 1), {"days": -1}, D(2024, 2, 29)),
    (D(2023, 1, 31), {"months": 1, "days": 1}, D(2023, 3, 1)),  # months first, then days
    (D(2024, 6, 30), {"years": -1, "months": -6}, D(2022, 12, 30)),
    (D(2024, 6, 30), {"days": 2.0}, D(2024, 7, 2)),  # a whole number held as a decimal
])
def test_datum_plus_moves_months_first_and_clamps_to_the_end_of_the_month(start, kwargs, expected):
    assert add_to_date(start, **kwargs) == expected


@pytest.mark.parametrize("start, end, months", [
    (D(2023, 1, 15), D(2023, 2, 15), 1),
    (D(2023, 1, 15), D(2023, 2, 14), 0),
    (D(2023, 1, 31), D(2023, 2, 28), 0),  # 31 February does not exist: complete on 1 March
    (D(2023, 1, 31), D(2023, 3, 1), 1),
    (D(2024, 1, 31), D(2024, 2, 29), 0),
    (D(2023, 2, 28), D(2023, 3, 28), 1),
    (D(2023, 2, 15), D(2023, 1, 15), -1),  # reversed: the same count, negative
    (D(2023, 3, 15), D(2023, 1, 10), -2),
    (D(2023, 1, 1), D(2023, 1, 1), 0),
])
def test_maanden_tussen_counts_completed_months(start, end, months):
    assert completed_months(start, end) == months


def test_jaren_tussen_counts_completed_years_like_leeftijd_and_negative_when_reversed():
    assert completed_years_between(D(2000, 2, 29), D(2001, 2, 28)) == 0 == completed_years(D(2000, 2, 29), D(2001, 2, 28))
    assert completed_years_between(D(2000, 2, 29), D(2001, 3, 1)) == 1
    assert completed_years_between(D(2010, 6, 1), D(2000, 6, 2)) == -9
    for start in (D(2000, 2, 29), D(2001, 1, 31), D(1999, 12, 31)):
        for end in (D(2003, 2, 28), D(2003, 3, 1), D(2004, 2, 29), D(2004, 12, 30)):
            assert completed_years_between(start, end) == completed_months(start, end) // 12


def test_datum_plus_and_maanden_tussen_agree_on_whole_months():
    for day in range(1, 29):
        start = D(2023, 1, day)
        for n in range(-25, 26):
            assert completed_months(start, add_to_date(start, months=n)) == n


ENV = {"aanvraagdatum": D(2024, 2, 29), "afgestudeerd": D(2023, 3, 1), "n": 2, "leegdatum": None}


@pytest.mark.parametrize("formula, expected", [
    ("datum_plus(aanvraagdatum, dagen=-1)", D(2024, 2, 28)),
    ("datum_plus(aanvraagdatum, maanden=-12)", D(2023, 2, 28)),
    ("datum_plus(aanvraagdatum, jaren=n, maanden=1)", D(2026, 3, 29)),
    ("datum_plus(aanvraagdatum, dagen=7 * n)", D(2024, 3, 14)),
    ("afgestudeerd >= datum_plus(aanvraagdatum, maanden=-12)", True),
    ("dagen_tussen(afgestudeerd, aanvraagdatum)", 365),
    ("maanden_tussen(afgestudeerd, aanvraagdatum)", 11),
    ("jaren_tussen(afgestudeerd, aanvraagdatum)", 0),
    ("aanvraagdatum > afgestudeerd", True),
    ('aanvraagdatum == datum("2024-02-29")', True),
    ("datum_plus(leegdatum, dagen=1)", None),  # no value in, no value out
    ("datum_plus(aanvraagdatum, dagen=leeg)", None),
    ("maanden_tussen(leegdatum, aanvraagdatum)", None),
    ("leegdatum < aanvraagdatum", None),
])
def test_date_formulas_evaluate(formula, expected):
    assert evaluate(parse_formula(formula), ENV) == expected


def test_keyword_arguments_become_positional_in_the_tree_and_render_back():
    tree = parse_formula("datum_plus(aanvraagdatum, maanden=-12)")
    assert tree == ["call", "datum_plus", [["name", "aanvraagdatum"], ["lit", 0], ["lit", -12], ["lit", 0]]]
    assert render(tree) == "datum_plus(aanvraagdatum, maanden=-12)"
    assert infer_type(tree, {"aanvraagdatum": "datum"}) == "datum"


@pytest.mark.parametrize("formula, words", [
    ("datum_plus(aanvraagdatum, weken=2)", "kent geen 'weken=…'"),
    ("datum_plus(aanvraagdatum, maand=2)", "bedoelt u maanden=?"),
    ("datum_plus(aanvraagdatum, 2)", "benoemde argumenten"),
    ("datum_plus(aanvraagdatum)", "ontbreekt"),
    ("datum_plus(aanvraagdatum, dagen=1, dagen=2)", "twee keer"),
    ("leeftijd(geboortedatum, op=aanvraagdatum)", "kent geen benoemde argumenten"),
    ("datum_plus(aanvraagdatum, **extra)", "kent geen"),
])
def test_keywords_are_strictly_validated(formula, words):
    with pytest.raises(ExprError) as err:
        parse_formula(formula)
    assert words in err.value.message


TYPES = {"aanvraagdatum": "datum", "geboortedatum": "datum", "uren": "geheel getal", "land": "landcode",
         "snel": "ja/nee"}


@pytest.mark.parametrize("formula, advice", [
    ("aanvraagdatum - 1", "gebruik datum_plus(aanvraagdatum, dagen=-1)"),
    ("aanvraagdatum + uren", "gebruik datum_plus(aanvraagdatum, dagen=uren)"),
    ("30 + aanvraagdatum", "gebruik datum_plus(aanvraagdatum, dagen=30)"),
    ("aanvraagdatum - geboortedatum", "gebruik dagen_tussen(geboortedatum, aanvraagdatum)"),
    ("aanvraagdatum + geboortedatum", "dagen_tussen(aanvraagdatum, geboortedatum)"),
    ("aanvraagdatum * 2", "vermenigvuldigd"),
    ("aanvraagdatum / 2", "gedeeld"),
    ("-aanvraagdatum", "negatief"),
    ("aanvraagdatum < 3", "vergeleken met een getal"),
    ('aanvraagdatum >= "2022-01-01"', 'datum("2022-01-01")'),
    ("leeftijd(uren, aanvraagdatum)", "moet een datum zijn"),
    ("datum_plus(uren, dagen=1)", "de datum van datum_plus moet een datum zijn"),
    ("datum_plus(aanvraagdatum, maanden=land)", "maanden= van datum_plus moet een getal zijn"),
    ("maanden_tussen(aanvraagdatum, 3)", "moet een datum zijn"),
    ("min(aanvraagdatum, 3)", "verschillende soorten"),
    ("snel + 1", "als(snel, 1, 0)"),
    ("als(snel, aanvraagdatum - 1, aanvraagdatum)", "datum_plus(aanvraagdatum, dagen=-1)"),  # nested
    ('dagen_tussen("2024-01-01", aanvraagdatum)', 'schrijf datum("2024-01-01")'),
    ("datum_plus(aanvraagdatum, maanden=1.5)", "maanden= moet een geheel getal zijn, maar is 1.5"),
    ("datum_plus(aanvraagdatum, dagen=ja)", "dagen= van datum_plus moet een getal zijn, maar ja is ja/nee"),
    ('datum_plus(aanvraagdatum, jaren="2")', 'jaren= van datum_plus moet een getal zijn'),
])
def test_operations_on_the_wrong_types_are_found_with_the_alternative(formula, advice):
    [problem] = operation_problems(parse_formula(formula), TYPES)
    assert advice in problem


@pytest.mark.parametrize("formula", [
    "datum_plus(aanvraagdatum, maanden=-12) <= geboortedatum",
    "dagen_tussen(geboortedatum, aanvraagdatum) + 1",
    "aanvraagdatum == geboortedatum",
    "uren * 2 - 1",
    "als(snel, aanvraagdatum, geboortedatum)",
    "max(aanvraagdatum, geboortedatum)",
    "datum_plus(aanvraagdatum, dagen=uren / 2)",  # a decimal number of days: checked when it runs
])
def test_well_typed_date_formulas_have_no_problems(formula):
    assert operation_problems(parse_formula(formula), TYPES) == []


def workbook(formula: str, out_type: str = "datum", *, derived=None, examples=None):
    return build_workbook(
        metadata={"titel": "T", "eigenaar": "Team Test", "beslissingsregel": "FIRST", "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "afstudeerdatum", "type": "datum"},
                {"naam": "uren", "type": "getal", "verplicht": "nee"}],
        derived=derived,
        outputs=[{"naam": "uit", "type": out_type}],
        rules=[{"regel_id": "R1", "uren": "-", "uit": formula, "bron": "Vc B1", "geldig_van": date(2020, 1, 1)}],
        examples=examples,
    )


def test_a_date_minus_a_number_is_an_error_at_its_cell_with_the_alternative():
    loaded, diagnostics = load_table(workbook("aanvraagdatum - 1"), table_id="t/d", workbook_name="d.xlsx")
    assert loaded is None
    [d] = [d for d in diagnostics if d.is_error]
    assert d.code == "formule_bewerking_past_niet"
    assert (d.location.blad, d.location.cel) == ("Regels", "C2")
    assert "gebruik datum_plus(aanvraagdatum, dagen=-1)" in d.message


def test_a_derived_formula_on_the_wrong_types_is_an_error_at_its_row():
    derived = [{"naam": "termijn", "type": "datum", "formule": "aanvraagdatum * 2"}]
    loaded, diagnostics = load_table(workbook("termijn", derived=derived), table_id="t/d", workbook_name="d.xlsx")
    assert loaded is None
    [d] = [d for d in diagnostics if d.is_error]
    assert d.code == "formule_bewerking_past_niet" and d.location.blad == "Afgeleid"


def test_an_unknown_keyword_is_an_error_at_its_cell():
    loaded, diagnostics = load_table(workbook("datum_plus(aanvraagdatum, weken=1)"), table_id="t/d",
                                     workbook_name="d.xlsx")
    assert loaded is None
    [d] = [d for d in diagnostics if d.is_error]
    assert d.code == "ongeldige_formule" and (d.location.blad, d.location.cel) == ("Regels", "C2")


def test_twelve_months_ago_decides_through_a_workbook():
    derived = [{"naam": "recent", "type": "ja/nee",
                "formule": "afstudeerdatum >= datum_plus(aanvraagdatum, maanden=-12)"}]
    data = build_workbook(
        metadata={"titel": "T", "eigenaar": "Team Test", "beslissingsregel": "FIRST", "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "afstudeerdatum", "type": "datum"}],
        derived=derived,
        outputs=[{"naam": "besluit", "type": "keuzelijst", "toegestane_waarden": "ja, nee"}],
        rules=[{"regel_id": "R1", "recent": "ja", "besluit": "ja", "bron": "Vc B4/2.1", "geldig_van": date(2020, 1, 1)},
               {"regel_id": "R2", "recent": "nee", "besluit": "nee", "bron": "Vc B4/2.1", "geldig_van": date(2020, 1, 1)}],
    )
    loaded, diagnostics = load_table(data, table_id="t/d", workbook_name="d.xlsx")
    assert loaded is not None, diagnostics

    def besluit(applied, graduated):
        return decide(loaded.compiled, {"aanvraagdatum": applied, "afstudeerdatum": graduated}).outputs["besluit"]

    assert besluit(D(2024, 3, 31), D(2023, 3, 31)) == "ja"  # exactly twelve months: not longer
    assert besluit(D(2024, 3, 31), D(2023, 3, 30)) == "nee"
    assert besluit(D(2024, 2, 29), D(2023, 2, 28)) == "ja"  # 29 February - 12 months = 28 February


@pytest.mark.parametrize("formula, facts, words", [
    ("datum_plus(aanvraagdatum, jaren=uren)", {"uren": 9000}, "buiten de kalender"),
    ("datum_plus(aanvraagdatum, dagen=uren)", {"uren": 1.5}, "dagen= moet een geheel getal zijn"),
])
def test_a_formula_that_fails_when_deciding_is_a_rekenfout_naming_its_cell(formula, facts, words):
    loaded, diagnostics = load_table(workbook(formula), table_id="t/d", workbook_name="d.xlsx")
    assert loaded is not None, diagnostics
    with pytest.raises(EvaluationError) as err:
        decide(loaded.compiled, {"aanvraagdatum": D(2024, 1, 1), "afstudeerdatum": D(2023, 1, 1), **facts})
    message = err.value.message
    assert err.value.code == "rekenfout"
    assert "blad Regels, cel C2 (uit in regel R1)" in message and words in message
    assert "uren = " in message  # the values it was given
    assert "Error" not in message and "datetime" not in message  # no raw Python


def test_a_failure_the_checks_cannot_see_is_explained_in_dutch_at_its_row():
    # `als` with a date in one branch and a number in the other: its type is only known per case
    derived = [{"naam": "x", "type": "getal", "formule": "als(uren > 1, aanvraagdatum, 3) + 1"}]
    loaded, diagnostics = load_table(workbook("aanvraagdatum", derived=derived), table_id="t/d", workbook_name="d.xlsx")
    assert loaded is not None, diagnostics
    facts = {"aanvraagdatum": D(2024, 1, 1), "afstudeerdatum": D(2023, 1, 1)}
    assert decide(loaded.compiled, {**facts, "uren": 0}).outputs["uit"] == D(2024, 1, 1)
    with pytest.raises(EvaluationError) as err:
        decide(loaded.compiled, {**facts, "uren": 2})
    message = err.value.message
    assert message.startswith("De formule in blad Afgeleid, rij 2 (de formule van x) kon niet worden uitgerekend: ")
    assert "gebruik datum_plus(als(uren > 1, aanvraagdatum, 3), dagen=1)" in message
    assert "unsupported" not in message


def test_evaluate_words_a_failure_in_dutch_too():
    with pytest.raises(EvaluationError) as err:
        evaluate(parse_formula("n / (n - 2)"), {"n": 2})
    assert err.value.message == "De formule kon niet worden uitgerekend: 'n / (n - 2)' deelt door nul (waarden: n = 2)."


def test_a_value_of_the_wrong_type_names_the_formulas_cell_too():
    data = build_workbook(
        metadata={"titel": "T", "eigenaar": "Team Test", "beslissingsregel": "FIRST", "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "snel", "type": "ja/nee"}],
        outputs=[{"naam": "uit", "type": "datum"}],
        rules=[{"regel_id": "R1", "snel": "-", "uit": "als(snel, aanvraagdatum, 3)", "bron": "Vc B1",
                "geldig_van": date(2020, 1, 1)}],
    )
    loaded, diagnostics = load_table(data, table_id="t/d", workbook_name="d.xlsx")
    assert loaded is not None, diagnostics
    with pytest.raises(EvaluationError) as err:
        decide(loaded.compiled, {"aanvraagdatum": D(2024, 1, 1), "snel": False})
    assert err.value.message == ("De formule voor uit gaf 3, maar uit is van type 'datum'; de beslissing is daarom "
                                 "niet genomen (formule in blad Regels, cel C2 (uit in regel R1)).")
