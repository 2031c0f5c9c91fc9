from policy.checks import run_checks

from .builder import CLEAN_UNIQUE, COLUMNS, DERIVED, INPUTS, OUTPUTS, at, eq, having, row, sub, table, wh_table


def test_peildatum_must_be_a_date_input():
    [d] = having(run_checks(wh_table(CLEAN_UNIQUE, peildatum="nationaliteit")), "peildatum_ongeldig")
    assert d.is_error and d.location == at("Metadata")
    assert "'landcode'" in d.message
    [d] = having(run_checks(wh_table(CLEAN_UNIQUE, peildatum="leeftijd")), "peildatum_ongeldig")
    assert "geen veld op het blad Invoer" in d.message
    [d] = having(run_checks(wh_table(CLEAN_UNIQUE, peildatum="")), "peildatum_ongeldig")
    assert "geen peildatum" in d.message


def test_example_naming_unknown_fields():
    examples = [
        ("goed", {"aanvraagdatum": "2024-01-01", "nationaliteit": "AR"}, {"besluit": "inwilligen"}),
        ("fout", {"leeftijd": 20, "nationalitet": "AR"}, {"beslissing": "inwilligen"}),
    ]
    diags = having(run_checks(wh_table(CLEAN_UNIQUE, examples=examples)), "voorbeeld_onbekend_veld")
    assert [d.location for d in diags] == [at("Voorbeelden", "rij 3")] * 3
    assert "afgeleide invoer" in diags[0].message  # leeftijd
    assert "'nationalitet'" in diags[1].message
    assert "'beslissing'" in diags[2].message


def test_condition_on_an_unknown_field():
    rows = [row("R1", {"leeftijd": eq(18), "geslacht": eq("x")}, {"besluit": "inwilligen"})]
    t = table([*INPUTS], OUTPUTS, [sub("hoofd", "FIRST", [*COLUMNS, "geslacht"], ["besluit"], rows)], derived=DERIVED)
    [d] = having(run_checks(t), "voorwaarde_onbekend_veld")
    assert d.is_error and d.location == at("Regels", "E2")


