"""The template of ``regelwerk nieuw`` reads and checks clean, with its officer aids in place."""

from __future__ import annotations

from openpyxl import load_workbook

from policy.checks import run_checks
from policy.workbook import read_workbook, write_template
from policy.workbook.template import TEMPLATE_SHEETS


def test_template_round_trips_without_diagnostics(tmp_path):
    path = write_template(tmp_path / "au_pair.xlsx", "uitwisseling/au_pair")
    table, diagnostics = read_workbook(path, table_id="uitwisseling/au_pair")
    assert diagnostics == []
    assert table.title == "Nieuwe tabel uitwisseling/au_pair"
    assert [(s.name, s.hit_policy, s.inputs, s.outputs) for s in table.subtables] == [
        ("hoofd", "FIRST", ("leeftijd",), ("besluit",))]
    assert [e.name for e in table.examples] == ["minderjarig", "precies 18"]
    assert run_checks(table) == []


def test_template_sheets_have_frozen_headers_and_dropdowns(tmp_path):
    path = write_template(tmp_path / "nieuw.xlsx", "proef/nieuw")
    wb = load_workbook(path)
    assert wb.sheetnames == list(TEMPLATE_SHEETS)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert [c.value for c in ws[1]] == TEMPLATE_SHEETS[ws.title][0]
    invoer = {str(dv.sqref): dv.formula1 for dv in wb["Invoer"].data_validations.dataValidation}
    assert invoer["B2:B500"] == '"tekst,geheel getal,getal,datum,ja/nee,keuzelijst,landcode,lijst"'
    assert invoer["F2:F500"] == '"ja,nee"'
    assert invoer["H2:H500"] == '"feit,context"'
    uitvoer = {str(dv.sqref): dv.formula1 for dv in wb["Uitvoer"].data_validations.dataValidation}
    assert uitvoer["E2:E500"] == '"ja,nee"'
    (policy,) = wb["Metadata"].data_validations.dataValidation
    assert str(policy.sqref) == "B4" and "VERZAMEL SOM" in policy.formula1


def test_the_template_cites_a_source_as_the_law_does(tmp_path):
    table, _ = read_workbook(write_template(tmp_path / "nieuw.xlsx", "proef/nieuw"), table_id="proef/nieuw")
    assert {r.bron for s in table.subtables for r in s.rules} == {"Vc 2000 B2/2.1.1"}
