"""Every slip in a workbook is reported in one pass, not the next one only after fixing the first."""

from __future__ import annotations

from datetime import date

from policy.catalog import load_table
from tests.factories import build_workbook, edit_workbook, sample_workbook

# Regels of sample_workbook(): A regel_id, B nationaliteit, C leeftijd, D retourticket, E besluit,
# F gronden, G bron, H geldig_van, I geldig_tot, J toelichting; rules WH-01..WH-04 on rows 2-5.
# Voorbeelden: A voorbeeld, …, G besluit, H gronden.


def _diagnostics(spec, edit=None):
    data = build_workbook(**spec)
    loaded, diagnostics = load_table(edit_workbook(data, edit) if edit else data, table_id="test/alles")
    assert loaded is None
    return [(d.code, d.severity, d.location.blad, d.location.cel) for d in diagnostics]


def test_a_workbook_planted_with_many_slips_gets_them_all_at_once():
    spec = sample_workbook()
    rules = spec["rules"]
    rules[0].update(leeftijd="achttien", bron=None)  # a wrong cell and a missing bron in one row
    rules[1].update(retourticket="misschien", besluit="inwiligen")  # two wrong cells in one row
    rules[2].update(regel_id="WH-01", toelichting="+zie WH-01")  # a second WH-01 overlapping the first
    rules[3].update(geldig_van=date(2021, 1, 1), geldig_tot=date(2020, 6, 30), bron="Voorbeeldbron (vul in)")
    spec["derived"][0]["formule"] = "leeftijd(geboorte_datum, aanvraagdatum)"  # another sheet's slip
    spec["examples"][0]["besluit"] = "misschien"
    spec["examples"].append(dict(spec["examples"][0], voorbeeld="tweede", besluit="afwijzen", gronden="tikfout"))

    def hide(wb):
        wb["Regels"].row_dimensions[5].hidden = True

    assert sorted(_diagnostics(spec, hide)) == sorted([
        ("ongeldige_waarde", "fout", "Regels", "C2"),
        ("bron_ontbreekt", "fout", "Regels", "G2"),
        ("ongeldige_waarde", "fout", "Regels", "D3"),
        ("onbekende_waarde", "fout", "Regels", "E3"),
        ("versies_overlappen", "fout", "Regels", "A4"),
        ("tekst_als_formule", "waarschuwing", "Regels", "J4"),
        ("verborgen_rij", "fout", "Regels", "A5"),
        ("periode_omgekeerd", "fout", "Regels", "H5"),
        ("sjabloon_niet_ingevuld", "fout", "Regels", "G5"),
        ("formule_onbekend_veld", "fout", "Afgeleid", "A2"),
        ("onbekende_waarde", "fout", "Voorbeelden", "G2"),
        ("onbekende_waarde", "fout", "Voorbeelden", "H3"),
    ])


def test_the_same_slip_in_many_cells_of_a_column_is_reported_in_each():
    spec = sample_workbook()
    for rule, wrong in zip(spec["rules"], ("gisteren", "morgen", "2020-13-01", "ooit")):
        rule["geldig_van"] = wrong
    assert _diagnostics(spec) == [("ongeldige_waarde", "fout", "Regels", f"H{row}") for row in range(2, 6)]


def test_a_duplicate_regel_id_shows_beside_a_cell_error_in_another_row():
    spec = sample_workbook()
    spec["rules"][1]["regel_id"] = "WH-01"  # overlaps rij 2
    spec["rules"][3]["besluit"] = "inwiligen"
    assert _diagnostics(spec) == [("onbekende_waarde", "fout", "Regels", "E5"),
                                  ("versies_overlappen", "fout", "Regels", "A3")]


def test_names_are_not_judged_when_a_declaration_could_not_be_read():
    spec = sample_workbook()
    spec["inputs"][1]["type"] = "datumm"  # geboortedatum cannot be read: its formula use is not unknown
    spec["rules"][0]["besluit"] = "inwiligen"
    found = _diagnostics(spec)
    assert ("onbekend_type", "fout", "Invoer", "B3") in found
    assert ("onbekende_waarde", "fout", "Regels", "E2") in found
    assert not [d for d in found if d[0].startswith("formule_")]


def test_the_rows_of_a_table_whose_hit_policy_cannot_be_read_are_still_checked():
    spec = sample_workbook()
    spec["metadata"]["beslissingsregel"] = "EERST"
    spec["rules"][2]["bron"] = None
    found = _diagnostics(spec)
    assert [d[:2] for d in found] == [("onbekende_beslissingsregel", "fout"), ("bron_ontbreekt", "fout")]
    assert (found[0][2:], found[1][2:]) == (("Metadata", "B4"), ("Regels", "G4"))


def test_a_table_row_without_name_and_sheet_is_reported_at_both_cells():
    spec = sample_workbook()
    spec["metadata"].pop("beslissingsregel")
    listing = [["naam", "blad", "beslissingsregel"], ["hoofd", "Regels", "EERSTE"], [None, None, "EERSTE"]]
    assert _diagnostics({**spec, "sheets": {"Tabellen": listing}}) == [
        ("ontbrekende_waarde", "fout", "Tabellen", "A3"), ("ontbrekende_waarde", "fout", "Tabellen", "B3")]
