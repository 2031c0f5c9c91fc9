from policy.checks import run_checks

from .builder import CLEAN_UNIQUE, COLUMNS, DERIVED, INPUTS, OUTPUTS, at, having, row, sub, table, wh_table


def test_derived_formula_reading_an_unknown_field():
    t = table(
        INPUTS, OUTPUTS, [sub("hoofd", "UNIQUE", COLUMNS, ["besluit"], CLEAN_UNIQUE)],
        derived={"leeftijd": ("geheel getal", "leeftijd(geboortedatm, aanvraagdatum)")},
    )
    [d] = having(run_checks(t), "formule_onbekend_veld")
    assert d.is_error and d.location == at("Afgeleid", "C2")
    assert "'geboortedatm'" in d.message and "leeftijd" in d.message


def test_output_formula_reading_an_unknown_field_points_at_the_cell():
    rows = [*CLEAN_UNIQUE[:4], row("WH-05", dict(CLEAN_UNIQUE[4].when), {}, formulas={"besluit": "als(x, 1, 2)"})]
    [d] = having(run_checks(wh_table(rows)), "formule_onbekend_veld")
    assert d.location == at("Regels", "E6")  # A regel_id, B-D conditions, E besluit
    assert "regel WH-05 (rij 6)" in d.message


def test_unknown_function_and_parameter():
    # The parser refuses unknown functions, so a table can only carry one from elsewhere.
    expr = ["call", "wortel", [["name", "geboortedatum"]]]
    param = ["call", "parameter", [["lit", "quota"], ["name", "nationaliteit"]]]
    t = table(
        INPUTS, OUTPUTS, [sub("hoofd", "UNIQUE", COLUMNS, ["besluit"], CLEAN_UNIQUE)],
        derived={**DERIVED, "wortel_leeftijd": ("getal", expr), "quotum": ("geheel getal", param)},
        parameters=[("quotum", "HK", 100, None, None)],
    )
    diags = run_checks(t)
    [f] = having(diags, "formule_onbekende_functie")
    assert f.location == at("Afgeleid", "C3") and "'wortel'" in f.message
    [p] = having(diags, "formule_onbekende_parameter")
    assert p.location == at("Afgeleid", "C4") and "'quota'" in p.message


def test_known_parameter_is_fine():
    t = table(
        INPUTS, OUTPUTS, [sub("hoofd", "UNIQUE", [*COLUMNS, "quotum"], ["besluit"], CLEAN_UNIQUE)],
        derived={**DERIVED, "quotum": ("geheel getal", 'parameter("quotum", nationaliteit)')},
        parameters=[("quotum", "HK", 100, None, None)],
    )
    assert having(run_checks(t), "formule_onbekende_parameter") == []
