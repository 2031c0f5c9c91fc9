"""The motivering column, the Uitkomsten sheet and readable bron cells, as the checks see them."""

from __future__ import annotations

import copy

from policy.catalog import load_table
from tests.factories import build_workbook, sample_workbook


def _load(spec=None, uitkomsten=None):
    spec = spec or sample_workbook()
    sheets = {"Uitkomsten": uitkomsten} if uitkomsten is not None else None
    loaded, diagnostics = load_table(build_workbook(**spec, sheets=sheets), table_id="test/motivering")
    return loaded, [(d.code, d.location.blad, d.location.cel, d.message) for d in diagnostics if d.is_error]


def _with_motivering(texts):
    spec = copy.deepcopy(sample_workbook())
    for rule, text in zip(spec["rules"], texts):
        rule["motivering"] = text
    return spec


def test_a_clause_naming_fields_and_outcome_phrases_read_into_the_compiled_form():
    spec = _with_motivering(["de aanvrager op de aanvraagdatum {leeftijd} jaar is", "-", "", None])
    loaded, errors = _load(spec, [["uitvoer", "waarde", "zin"],
                                  ["besluit", "afwijzen", "De aanvraag wordt afgewezen"],
                                  ["besluit", "inwilligen", "De aanvraag wordt ingewilligd"]])
    assert errors == []
    rules = loaded.compiled.data["tables"][0]["rules"]
    assert [r["motivering"] for r in rules] == ["de aanvrager op de aanvraagdatum {leeftijd} jaar is", "-", "", ""]
    assert loaded.compiled.data["outcomes"] == [
        {"output": "besluit", "value": "afwijzen", "sentence": "De aanvraag wordt afgewezen"},
        {"output": "besluit", "value": "inwilligen", "sentence": "De aanvraag wordt ingewilligd"}]


def test_an_unknown_placeholder_is_an_error_at_its_cell_with_the_nearest_name():
    _, errors = _load(_with_motivering(["de aanvrager {leeftyd} jaar is"]))
    [(code, sheet, cell, message)] = errors
    assert (code, sheet) == ("motivering_onbekend_veld", "Regels")
    assert cell.endswith("2")
    assert "'{leeftyd}'" in message and "leeftijd" in message and "WH-01 (rij 2)" in message


def test_braces_that_do_not_read_are_an_error():
    _, errors = _load(_with_motivering(["de aanvrager {leeftijd jaar is", "ouder dan {leeftijd + 1}"]))
    assert [e[0] for e in errors] == ["motivering_onleesbaar", "motivering_onleesbaar"]
    assert "niet gesloten" in errors[0][3]
    assert "geen veldnaam" in errors[1][3]


def test_an_unreadable_bron_is_an_error_at_the_bron_cell():
    spec = copy.deepcopy(sample_workbook())
    spec["rules"][1]["bron"] = "Vc 2000 B2/2.2 003:L1275"
    _, errors = _load(spec)
    [(code, sheet, cell, message)] = errors
    assert (code, sheet) == ("bron_onleesbaar", "Regels")
    assert cell.endswith("3")
    assert "puntkomma" in message and "WH-02 (rij 3)" in message


def test_uitkomsten_name_a_decision_output_and_one_of_its_values_once():
    _, errors = _load(uitkomsten=[["uitvoer", "waarde", "zin"],
                                  ["besluiten", "afwijzen", "De aanvraag wordt afgewezen"],
                                  ["besluit", "weigeren", "De aanvraag wordt geweigerd"],
                                  ["besluit", "afwijzen", "De aanvraag wordt afgewezen"],
                                  ["besluit", "afwijzen", "Afgewezen"]])
    assert [(e[0], e[2]) for e in errors] == [
        ("onbekende_uitvoer", "A2"), ("onbekende_waarde", "B3"), ("uitkomst_dubbel", "A5")]
    assert "bedoelt u 'besluit'" in errors[0][3]


def test_a_sentence_for_any_value_names_known_fields():
    _, errors = _load(uitkomsten=[["uitvoer", "waarde", "zin"], ["besluit", "", "Besluit: {besluit}, {onbekend}"]])
    assert [(e[0], e[1], e[2]) for e in errors] == [("motivering_onbekend_veld", "Uitkomsten", "C2")]
