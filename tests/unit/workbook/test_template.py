"""The template of ``regelwerk nieuw``: its officer aids are in place, an untouched copy is refused
at every placeholder, and once filled in it reads and checks clean."""

from __future__ import annotations

from openpyxl import load_workbook

from policy.checks import run_checks
from policy.workbook import read_workbook, write_template
from policy.workbook.template import TEMPLATE_SHEETS
from tests.factories import fill_in_template


def test_an_untouched_template_is_refused_at_each_placeholder_saying_what_to_fill_in(tmp_path):
    path = write_template(tmp_path / "au_pair.xlsx", "uitwisseling/au_pair")
    table, diagnostics = read_workbook(path, table_id="uitwisseling/au_pair")
    assert table is None
    assert [(d.code, d.severity, d.location.blad, d.location.cel) for d in diagnostics] == [
        ("ontbrekende_eigenschap", "fout", "Metadata", "B3"),
        ("sjabloon_niet_ingevuld", "fout", "Metadata", "B2"),
        ("sjabloon_niet_ingevuld", "fout", "Metadata", "B6"),
        ("sjabloon_niet_ingevuld", "fout", "Regels", "D2"),
        ("sjabloon_niet_ingevuld", "fout", "Regels", "G2"),
        ("sjabloon_niet_ingevuld", "fout", "Regels", "D3"),
        ("sjabloon_niet_ingevuld", "fout", "Regels", "G3"),
    ]
    by_cell = {(d.location.blad, d.location.cel): d.message for d in diagnostics}
    assert "'eigenaar'" in by_cell["Metadata", "B3"] and "team" in by_cell["Metadata", "B3"]
    assert "'Nieuwe tabel uitwisseling/au_pair'" in by_cell["Metadata", "B2"]
    assert "Schrijf hier de vindplaats" in by_cell["Regels", "D2"] and "Vc B2/2.1.1" in by_cell["Regels", "D2"]


def test_a_filled_in_template_round_trips_without_diagnostics(tmp_path):
    path = fill_in_template(write_template(tmp_path / "au_pair.xlsx", "uitwisseling/au_pair"))
    table, diagnostics = read_workbook(path, table_id="uitwisseling/au_pair")
    assert diagnostics == []
    assert (table.title, table.owner) == ("Leeftijdstoets (proef)", "Team Proef")
    assert [(s.name, s.hit_policy, s.inputs, s.outputs) for s in table.subtables] == [
        ("hoofd", "FIRST", ("leeftijd",), ("besluit",))]
    assert [e.name for e in table.examples] == ["minderjarig", "precies 18"]
    assert run_checks(table) == []


def test_template_sheets_have_frozen_headers_and_dropdowns(tmp_path):
    path = write_template(tmp_path / "nieuw.xlsx", "proef/nieuw")
    wb = load_workbook(path)
    assert wb.sheetnames == list(TEMPLATE_SHEETS)  # no list needs the sheet Lijsten
    for ws in wb.worksheets:
        assert ws.freeze_panes == ("B2" if ws.title in ("Regels", "Voorbeelden") else "A2")
        assert [c.value for c in ws[1]] == TEMPLATE_SHEETS[ws.title][0]
        headers = [c.value for c in ws[1]]
        lists = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1
                 for dv in ws.data_validations.dataValidation if dv.type == "list"}
        for header, values in TEMPLATE_SHEETS[ws.title][2].items():
            letter = "ABCDEFGHIJ"[headers.index(header)]
            assert lists[letter] == '"' + ",".join(values) + '"', (ws.title, header)
    invoer = {str(dv.sqref): dv.formula1 for dv in wb["Invoer"].data_validations.dataValidation}
    assert invoer["B2:B503"] == '"tekst,geheel getal,getal,datum,ja/nee,keuzelijst,landcode,lijst"'
    metadata = {str(dv.sqref): dv.formula1 for dv in wb["Metadata"].data_validations.dataValidation}
    assert "VERZAMEL SOM" in metadata["B4"]  # beslissingsregel
    assert metadata["B5"] == '"aanvraagdatum,geboortedatum"'  # peildatum: one of the date inputs
    regels = {str(dv.sqref): dv for dv in wb["Regels"].data_validations.dataValidation}
    assert regels["C2:C503"].formula1 == '"inwilligen,afwijzen"' and regels["C2:C503"].prompt.startswith(
        "Uitkomst van de aanvraag.")


def test_the_template_cites_a_source_as_the_law_does(tmp_path):
    # untouched, the template does not load (its placeholders are errors); read what is there
    table, _ = read_workbook(write_template(tmp_path / "nieuw.xlsx", "proef/nieuw"), table_id="proef/nieuw",
                             partial=True)
    assert {r.bron for s in table.subtables for r in s.rules} == {"Vc 2000 B2/2.1.1"}
