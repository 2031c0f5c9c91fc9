"""A formula must give the type of the field it fills: checked from the formula, and at run time."""

from datetime import date

import pytest

from policy.catalog import load_table
from policy.engine import DurableMatcher
from policy.errors import EvaluationError
from policy.evaluation import decide
from policy.expr import parse_formula
from policy.expr.types import fits, infer_type
from tests.factories import build_workbook

TYPES = {"geboren": "datum", "op": "datum", "uren": "geheel getal", "bedrag": "getal", "land": "landcode",
         "gronden": "lijst", "ok": "ja/nee", "naam": "tekst"}


@pytest.mark.parametrize("formula, expected", [
    ("leeftijd(geboren, op)", "geheel getal"),
    ("dagen_tussen(geboren, op)", "geheel getal"),
    ("uren + 1", "geheel getal"),
    ("uren / 2", "getal"),
    ("uren * bedrag", "getal"),
    ("-uren", "geheel getal"),
    ("uren >= 18", "ja/nee"),
    ("ok en uren > 3", "ja/nee"),
    ("niet ok", "ja/nee"),
    ("land", "tekst"),
    ("op", "datum"),
    ('datum("2022-10-01")', "datum"),
    ("samenvoegen(gronden, [\"x\"])", "lijst"),
    ("aantal(gronden)", "geheel getal"),
    ("min(uren, 12)", "geheel getal"),
    ("min(uren, 1.5)", "getal"),
    ("als(ok, uren, leeg)", "geheel getal"),
    ('als(ok, "ja", "nee")', "tekst"),
    ('als(ok, uren, "x")', None),  # mixed: checked at run time
    ("op + 1", None),  # arithmetic on a date: the evaluator refuses it
    ('parameter("quotum", land)', "geheel getal"),
    ('parameter("onbekend")', None),
    ("onbekend_veld", None),
])
def test_the_type_of_a_formula_is_worked_out_from_the_tree(formula, expected):
    assert infer_type(parse_formula(formula), TYPES, {"quotum": "geheel getal"}) == expected


def test_fits_compares_families_and_lets_the_unknown_pass():
    assert fits("geheel getal", "getal") and fits("getal", "geheel getal")
    assert fits("tekst", "keuzelijst") and fits("tekst", "landcode")
    assert fits(None, "datum") and fits("leeg", "ja/nee")
    assert not fits("datum", "geheel getal") and not fits("ja/nee", "tekst") and not fits("geheel getal", "lijst")


def workbook(out_type: str, formula: str, *, derived=None, allowed=None, parameters=None):
    return build_workbook(
        metadata={"titel": "T", "eigenaar": "Team Test", "beslissingsregel": "FIRST", "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "uren", "type": "geheel getal"},
                {"naam": "snel", "type": "ja/nee"}],
        derived=derived,
        outputs=[{"naam": "uit", "type": out_type, "toegestane_waarden": allowed}],
        rules=[{"regel_id": "R1", "uren": "-", "uit": formula, "bron": "Vc B1", "geldig_van": date(2020, 1, 1)}],
        parameters=parameters,
    )


@pytest.mark.parametrize("out_type, formula, inferred", [
    ("geheel getal", "aanvraagdatum", "datum"),
    ("ja/nee", "uren + 1", "geheel getal"),
    ("tekst", "uren > 3", "ja/nee"),
    ("datum", "uren * 2", "geheel getal"),
])
def test_an_output_formula_of_another_type_is_an_error_at_its_cell(out_type, formula, inferred):
    loaded, diagnostics = load_table(workbook(out_type, formula), table_id="t/f", workbook_name="f.xlsx")
    assert loaded is None
    [d] = [d for d in diagnostics if d.is_error]
    assert d.code == "formule_type_past_niet"
    assert (d.location.blad, d.location.cel) == ("Regels", "C2")
    assert f"type '{inferred}'" in d.message and f"uit heeft type '{out_type}'" in d.message


def test_a_derived_formula_of_another_type_is_an_error_on_sheet_afgeleid():
    derived = [{"naam": "x", "type": "geheel getal", "formule": "aanvraagdatum"}]
    loaded, diagnostics = load_table(workbook("geheel getal", "x", derived=derived), table_id="t/f",
                                     workbook_name="f.xlsx")
    assert loaded is None
    [d] = [d for d in diagnostics if d.is_error]
    assert d.code == "formule_type_past_niet" and d.location.blad == "Afgeleid"


@pytest.mark.parametrize("matcher", [None, DurableMatcher()])
def test_what_the_formula_cannot_prove_is_checked_on_each_decision(matcher):
    """``als`` with a number in one branch and a text in the other: fine when it gives the number."""
    loaded, diagnostics = load_table(workbook("geheel getal", 'als(snel, uren, "veel")'), table_id="t/f")
    assert loaded is not None, [str(d) for d in diagnostics]
    facts = {"aanvraagdatum": "2024-05-01", "uren": 7}
    assert decide(loaded.compiled, {**facts, "snel": True}, matcher=matcher).outputs == {"uit": 7}
    with pytest.raises(EvaluationError, match="uit gaf 'veel', maar uit is van type 'geheel getal'"):
        decide(loaded.compiled, {**facts, "snel": False}, matcher=matcher)


def test_a_text_output_from_a_formula_must_be_one_of_its_allowed_values():
    loaded, _ = load_table(workbook("keuzelijst", 'als(snel, "kort", "lang")', allowed="kort, middel"),
                           table_id="t/f")
    facts = {"aanvraagdatum": "2024-05-01", "uren": 7}
    assert decide(loaded.compiled, {**facts, "snel": True}).outputs == {"uit": "kort"}
    with pytest.raises(EvaluationError, match="toegestaan: kort, middel"):
        decide(loaded.compiled, {**facts, "snel": False})


def test_a_whole_number_from_a_division_is_given_as_a_whole_number():
    loaded, _ = load_table(workbook("geheel getal", "uren / 2"), table_id="t/f")
    assert decide(loaded.compiled, {"aanvraagdatum": "2024-05-01", "uren": 8, "snel": True}).outputs == {"uit": 4}
    assert type(decide(loaded.compiled, {"aanvraagdatum": "2024-05-01", "uren": 8, "snel": True}).outputs["uit"]) is int
    with pytest.raises(EvaluationError):
        decide(loaded.compiled, {"aanvraagdatum": "2024-05-01", "uren": 7, "snel": True})


@pytest.mark.parametrize("matcher", [None, DurableMatcher()])
def test_a_date_parameter_is_a_date_in_formulas_and_conditions(matcher):
    derived = [{"naam": "ingang", "type": "datum", "formule": 'parameter("ingangsdatum")'}]
    spec = dict(
        metadata={"titel": "T", "eigenaar": "Team Test", "beslissingsregel": "FIRST", "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}],
        derived=[*derived, {"naam": "na_ingang", "type": "ja/nee", "formule": 'aanvraagdatum >= parameter("ingangsdatum")'}],
        outputs=[{"naam": "uit", "type": "tekst"}],
        rules=[
            {"regel_id": "R1", "ingang": ">= 2022-01-01", "na_ingang": "ja", "uit": "nieuw", "bron": "Vc B1",
             "geldig_van": date(2020, 1, 1)},
            {"regel_id": "R2", "ingang": "-", "na_ingang": "-", "uit": "oud", "bron": "Vc B1",
             "geldig_van": date(2020, 1, 1)},
        ],
        parameters=[{"naam": "ingangsdatum", "waarde": date(2022, 10, 1), "geldig_van": date(2020, 1, 1),
                     "bron": "Vc B1"}],
    )
    loaded, diagnostics = load_table(build_workbook(**spec), table_id="t/p")
    assert loaded is not None, [str(d) for d in diagnostics]
    assert decide(loaded.compiled, {"aanvraagdatum": "2024-01-01"}, matcher=matcher).outputs == {"uit": "nieuw"}
    assert decide(loaded.compiled, {"aanvraagdatum": "2022-09-30"}, matcher=matcher).outputs == {"uit": "oud"}


def test_the_batch_path_checks_an_unproven_derived_formula_row_by_row_too():
    import pandas as pd

    from policy.evaluation.batch import evaluate_frame

    derived = [{"naam": "x", "type": "geheel getal", "formule": 'als(snel, uren, "veel")'}]
    loaded, diagnostics = load_table(workbook("geheel getal", "x", derived=derived), table_id="t/f")
    assert loaded is not None, [str(d) for d in diagnostics]
    frame = pd.DataFrame([{"aanvraagdatum": "2024-01-01", "uren": 7, "snel": True},
                          {"aanvraagdatum": "2024-01-01", "uren": 7, "snel": False}])
    first, second = evaluate_frame(loaded.compiled, frame).to_dict("records")
    assert first == {"uit": 7, "regels": ("R1",), "fout": None}
    assert second["uit"] is None and "x gaf 'veel'" in second["fout"]["x"][0]
    with pytest.raises(EvaluationError):
        decide(loaded.compiled, frame.iloc[1].to_dict())

