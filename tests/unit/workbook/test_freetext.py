"""Free text that is still the template's placeholder, or that a spreadsheet would run as a formula."""

from __future__ import annotations

from datetime import date

import pytest

from policy.workbook import read_workbook
from tests.factories import Text, build_workbook, sample_workbook

# Regels of sample_workbook(): A regel_id, B nationaliteit, C leeftijd, D retourticket, E besluit,
# F gronden, G bron, H geldig_van, I geldig_tot, J toelichting; rules on rows 2-5.


def _read(spec):
    return read_workbook(build_workbook(**spec), table_id="test/tekst")


def _found(diagnostics, *codes):
    return [(d.code, d.severity, d.location.blad, d.location.cel) for d in diagnostics if d.code in codes]


@pytest.mark.parametrize("text", [
    "+cmd|' /C calc'!A0", Text("=HYPERLINK(\"http://x\")"), "@SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0",
    Text("  =1+1"), "\tVc B1", "- zie Vc B2",
])
def test_formula_like_free_text_is_a_warning_at_its_cell(text):
    spec = sample_workbook()
    spec["rules"][1]["bron"] = text
    table, diagnostics = _read(spec)
    assert _found(diagnostics, "tekst_als_formule") == [("tekst_als_formule", "waarschuwing", "Regels", "G3")]
    assert table is not None  # a warning: the workbook still loads
    [d] = [d for d in diagnostics if d.code == "tekst_als_formule"]
    assert "begint met" in d.message and "CSV" in d.message


@pytest.mark.parametrize("text", ["-", "--", "-5", "+31", "-2,5", "Vc B2/2.1; -", "(zie -)", "5%"])
def test_a_dash_a_signed_number_or_text_that_merely_contains_signs_is_fine(text):
    spec = sample_workbook()
    spec["rules"][0]["toelichting"] = text
    _, diagnostics = _read(spec)
    assert _found(diagnostics, "tekst_als_formule") == []


def test_condition_cells_are_not_free_text():
    spec = sample_workbook()  # its conditions hold "-" and "niet [18..30]"
    spec["rules"][0]["leeftijd"] = Text("= 18")
    assert _found(_read(spec)[1], "tekst_als_formule") == []


def test_every_free_text_cell_on_every_sheet_is_looked_at_at_once():
    spec = sample_workbook()
    spec["metadata"]["titel"] = Text("=1+1")
    spec["inputs"][0]["omschrijving"] = "@nationaliteit"
    spec["rules"][0]["bron"] = "+cmd|' /C calc'!A0"
    spec["rules"][3]["toelichting"] = Text("=2+5")
    spec["parameters"] = [{"naam": "quotum", "waarde": 100, "bron": "-1+1", "toelichting": "+x"}]
    spec["examples"][0]["toelichting"] = "@x"
    _, diagnostics = _read(spec)
    assert _found(diagnostics, "tekst_als_formule") == [
        ("tekst_als_formule", "waarschuwing", "Metadata", "B2"),
        ("tekst_als_formule", "waarschuwing", "Invoer", "D2"),
        ("tekst_als_formule", "waarschuwing", "Regels", "G2"),
        ("tekst_als_formule", "waarschuwing", "Regels", "J5"),
        ("tekst_als_formule", "waarschuwing", "Parameters", "C2"),
        ("tekst_als_formule", "waarschuwing", "Parameters", "D2"),
        ("tekst_als_formule", "waarschuwing", "Voorbeelden", "I2"),
    ]


def test_a_placeholder_left_in_any_workbook_is_an_error_at_its_cell():
    spec = sample_workbook()
    spec["rules"][2]["bron"] = "Voorbeeldbron (vul de paragraaf en vindplaats in)"
    spec["rules"][3]["toelichting"] = "voorbeeldregel:  iets"
    spec["metadata"]["titel"] = "Nieuwe tabel"
    table, diagnostics = _read(spec)
    assert table is None
    assert _found(diagnostics, "sjabloon_niet_ingevuld") == [
        ("sjabloon_niet_ingevuld", "fout", "Metadata", "B2"),
        ("sjabloon_niet_ingevuld", "fout", "Regels", "G4"),
        ("sjabloon_niet_ingevuld", "fout", "Regels", "J5"),
    ]


@pytest.mark.parametrize("eigenaar", [None, "", "   "])
def test_the_eigenaar_is_required(eigenaar):
    spec = sample_workbook()
    if eigenaar is None:
        del spec["metadata"]["eigenaar"]
    else:
        spec["metadata"]["eigenaar"] = eigenaar
    _, diagnostics = _read(spec)
    [d] = [d for d in diagnostics if d.is_error]
    assert (d.code, d.location.blad) == ("ontbrekende_eigenschap", "Metadata")
    assert d.location.cel == (None if eigenaar is None else "B3") and "'eigenaar'" in d.message


def test_a_real_bron_and_a_dated_parameter_pass():
    spec = sample_workbook()
    spec["parameters"] = [{"naam": "quotum", "waarde": 100, "geldig_van": date(2024, 1, 1),
                           "bron": "Vc B2/2.1.2; 003:L1291"}]
    table, diagnostics = _read(spec)
    assert table is not None and _found(diagnostics, "tekst_als_formule", "sjabloon_niet_ingevuld") == []


def test_the_example_bron_of_a_template_rule_left_in_place_is_a_placeholder_but_not_elsewhere(monkeypatch):
    # a template whose example rule cites a real-looking source
    monkeypatch.setattr("policy.workbook.freetext.TEMPLATE_RULES", frozenset({("VB-01", "Vc 2000 B2/2.1.1")}))
    spec = sample_workbook()
    spec["rules"][0].update(regel_id="VB-01", bron="Vc 2000 B2/2.1.1")  # the template's row, untouched
    spec["rules"][1]["bron"] = "Vc 2000 B2/2.1.1"  # the same citation on a real rule is fine
    _, diagnostics = _read(spec)
    assert _found(diagnostics, "sjabloon_niet_ingevuld") == [("sjabloon_niet_ingevuld", "fout", "Regels", "G2")]


def test_every_bron_the_template_writes_is_refused_while_untouched():
    from policy.workbook.template import TEMPLATE_RULES

    for regel_id, bron in TEMPLATE_RULES:
        spec = sample_workbook()
        spec["rules"][0].update(regel_id=regel_id, bron=bron)
        assert _found(_read(spec)[1], "sjabloon_niet_ingevuld") == [("sjabloon_niet_ingevuld", "fout", "Regels", "G2")]
