"""The worked examples run with the checks: every failure at its cell, in the officer's words."""

from __future__ import annotations

from datetime import date

import pytest

from policy.catalog import load_table
from policy.checks.examples import check_examples
from policy.evaluation.examples import say_value
from tests.bundled import bundled, bundled_ids
from tests.factories import build_workbook, sample_workbook

# Voorbeelden columns of sample_workbook(): A voorbeeld, B peildatum, C nationaliteit,
# D geboortedatum, E aanvraagdatum, F retourticket, G besluit, H gronden, I toelichting, J fout


def _example(name, **cells):
    row = {"voorbeeld": name, "peildatum": date(2024, 3, 1), "nationaliteit": "AR",
           "geboortedatum": date(1999, 1, 1), "aanvraagdatum": date(2024, 3, 1), "retourticket": "ja",
           "besluit": None, "gronden": None, "toelichting": "", "fout": None}
    row.update(cells)
    return row


def _diagnostics(*examples):
    spec = sample_workbook()
    spec["examples"] = list(examples)
    loaded, diagnostics = load_table(build_workbook(**spec), table_id="test/voorbeelden")
    assert loaded is not None, diagnostics
    return check_examples(loaded.table, loaded.compiled)


def test_a_wrong_outcome_is_an_error_at_the_expected_cell_naming_the_rule_that_matched():
    [d] = _diagnostics(_example("te jong", geboortedatum=date(2010, 1, 1), besluit="inwilligen"))
    assert (d.code, d.severity, d.location.blad, d.location.cel) == ("voorbeeld_klopt_niet", "fout", "Voorbeelden", "G2")
    assert d.message.startswith("Voorbeeld 'te jong' (rij 2): besluit verwacht 'inwilligen', uitkomst 'afwijzen' "
                                "(regel WH-01 gaf 'afwijzen').")


def test_every_differing_cell_of_every_example_is_reported_at_once():
    found = _diagnostics(
        _example("goed", besluit="inwilligen"),
        _example("twee fout", geboortedatum=date(2010, 1, 1), besluit="inwilligen", gronden="retourticket"),
        _example("ook fout", nationaliteit="US", besluit="inwilligen"),
    )
    assert [(d.location.cel, d.code) for d in found] == [
        ("G3", "voorbeeld_klopt_niet"), ("H3", "voorbeeld_klopt_niet"), ("G4", "voorbeeld_klopt_niet")]
    assert "gronden verwacht 'retourticket', uitkomst 'leeftijd' (regel WH-01 gaf 'leeftijd')" in found[1].message
    assert "Voorbeeld 'ook fout' (rij 4): besluit verwacht 'inwilligen', uitkomst 'afwijzen' (regel WH-04 gaf " \
           "'afwijzen')" in found[2].message


def test_an_output_left_empty_says_it_gave_no_outcome():
    [d] = _diagnostics(_example("geen grond", besluit="inwilligen", gronden="leeftijd"))
    assert d.location.cel == "H2"
    assert "gronden verwacht 'leeftijd', gaf geen uitkomst (regel WH-03 liet gronden leeg)" in d.message
    assert "None" not in d.message


def test_an_expected_fault_that_does_not_come_is_reported_at_the_fout_cell():
    [d] = _diagnostics(_example("moet fout geven", fout="ongeldige_feiten"))
    assert d.location.cel == "J2"
    assert "verwacht de fout 'ongeldige_feiten', maar gaf een uitkomst (besluit 'inwilligen'" in d.message


def test_a_fault_where_an_outcome_is_expected_is_reported_at_the_example():
    [d] = _diagnostics(_example("kapot", geboortedatum=None, besluit="afwijzen"))
    assert d.location.cel == "A2"
    assert "gaf de fout 'ongeldige_feiten' in plaats van een uitkomst" in d.message


def test_the_expected_fault_passes():
    assert _diagnostics(_example("juist fout", geboortedatum=None, fout="ongeldige_feiten")) == []


@pytest.mark.parametrize(("value", "said"), [
    (True, "'ja'"), (False, "'nee'"), (None, "'leeg'"), ([], "'leeg'"), (date(2024, 3, 1), "'2024-03-01'"),
    (["leeftijd", "retourticket"], "'leeftijd, retourticket'"), (2.5, "'2,5'"), (12.0, "'12'"),
])
def test_values_are_said_as_the_sheet_writes_them(value, said):
    assert say_value(value) == said


@pytest.mark.parametrize("table_id", bundled_ids())
def test_the_bundled_examples_hold(table_id):
    loaded = bundled(table_id)
    assert check_examples(loaded.table, loaded.compiled) == []
