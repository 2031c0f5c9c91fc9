"""`regelwerk opmaak`: dropdowns, input messages, print setup — and a reading that does not change."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from policy.catalog import load_table
from policy.cli import main
from policy.evaluation import decide
from policy.evaluation.examples import run_examples
from policy.model.suggest import country_codes
from policy.workbook.layout import LISTS_SHEET, LayoutError, format_workbook
from tests.bundled import TABLES_DIR, bundled_ids
from tests.factories import build_workbook

START = date(2024, 1, 1)
LONG = [f"categorie_{i:02d}_met_een_lange_naam" for i in range(12)]  # > 255 characters inline


def spec(**changes):
    data = dict(
        metadata={"titel": "Opmaak", "eigenaar": "Team", "peildatum": "aanvraagdatum"},
        inputs=[
            {"naam": "aanvraagdatum", "type": "datum", "omschrijving": "Datum van de aanvraag."},
            {"naam": "nationaliteit", "type": "landcode", "omschrijving": "Nationaliteit (ISO-code)."},
            {"naam": "land_kort", "type": "landcode", "toegestane_waarden": "AR, HK", "verplicht": "nee"},
            {"naam": "student", "type": "ja/nee", "omschrijving": "Is student."},
            {"naam": "categorie", "type": "keuzelijst", "toegestane_waarden": ", ".join(LONG), "verplicht": "nee"},
            {"naam": "uren", "type": "geheel getal", "verplicht": "nee"},
        ],
        derived=[{"naam": "quotum", "type": "geheel getal", "formule": 'parameter("plaatsen", nationaliteit)'}],
        outputs=[
            {"naam": "grond", "type": "keuzelijst", "toegestane_waarden": "ok, te_jong", "tussenresultaat": "ja",
             "omschrijving": "Tussenresultaat."},
            {"naam": "besluit", "type": "keuzelijst", "toegestane_waarden": "inwilligen, afwijzen",
             "omschrijving": "Uitkomst van de aanvraag."},
        ],
        tables={
            "grond": {"beslissingsregel": "EERSTE", "blad": "Grond", "rules": [
                {"regel_id": "G1", "student": "ja", "grond": "ok", "bron": "Vc B1; 001:L1", "geldig_van": START,
                 "toelichting": "Een heel lange toelichting die zeker niet op één regel in een smalle kolom past, "
                                "dus die moet worden afgebroken zonder over de buurcellen heen te lopen."},
                {"regel_id": "G2", "student": "nee", "grond": "te_jong", "bron": "Vc B1; 001:L2",
                 "geldig_van": START},
            ]},
            "besluit": {"beslissingsregel": "UNIEK", "blad": "Besluit", "rules": [
                {"regel_id": "B1", "grond": "ok", "besluit": "inwilligen", "bron": "Vc B1; 001:L3", "geldig_van": START},
                {"regel_id": "B2", "grond": "te_jong", "besluit": "afwijzen", "bron": "Vc B1; 001:L4",
                 "geldig_van": START},
            ]},
        },
        parameters=[
            {"naam": "plaatsen", "sleutel": "AR", "waarde": 100, "geldig_van": START, "bron": "Vc B1; 001:L5"},
            {"naam": "plaatsen", "sleutel": "HK", "waarde": 200, "geldig_van": START, "bron": "Vc B1; 001:L6"},
        ],
        examples=[
            {"voorbeeld": "student", "peildatum": date(2024, 6, 1), "aanvraagdatum": date(2024, 6, 1),
             "nationaliteit": "AR", "student": True, "categorie": LONG[3], "besluit": "inwilligen"},
            {"voorbeeld": "geen student", "peildatum": date(2024, 6, 1), "aanvraagdatum": date(2024, 6, 1),
             "nationaliteit": "HK", "student": False, "besluit": "afwijzen"},
        ],
    )
    data.update(changes)
    return data


def reading(path):
    loaded, diagnostics = load_table(path.read_bytes(), table_id="t/opmaak", workbook_name="opmaak.xlsx")
    compiled = None if loaded is None else {k: v for k, v in loaded.compiled.data.items() if k != "version"}
    return compiled, [d.to_dict() for d in diagnostics], loaded


@pytest.fixture
def formatted(tmp_path):
    plain = tmp_path / "plain.xlsx"
    plain.write_bytes(build_workbook(**spec()))
    target = tmp_path / "opgemaakt.xlsx"
    summary = format_workbook(plain, target)
    return plain, target, summary


def validations(ws):
    """cell range -> (list formula or None, strict, prompt title)."""
    return {str(dv.sqref): (dv.formula1, dv.showErrorMessage, dv.promptTitle) for dv in ws.data_validations.dataValidation}


def test_reading_a_formatted_workbook_gives_the_same_table_and_the_same_diagnostics(formatted):
    plain, target, summary = formatted
    before, after = reading(plain), reading(target)
    assert before[0] is not None
    assert after[:2] == before[:2]  # compiled form (but for the version hash) and diagnostics
    assert after[2].compiled.data["version"] != before[2].compiled.data["version"]
    assert summary.lists_sheet and LISTS_SHEET not in summary.sheets  # written, not formatted as a table sheet
    assert LISTS_SHEET in load_workbook(target).sheetnames
    assert not [d for d in after[1] if d["code"] == "onbekend_blad"]  # the reader knows the sheet


def test_dropdowns_on_every_cell_whose_field_has_declared_values(formatted):
    _, target, _ = formatted
    wb = load_workbook(target)
    codes = sorted(country_codes())
    lijsten = wb[LISTS_SHEET]
    assert lijsten.sheet_state == "visible"
    columns = {c.value: c.column_letter for c in lijsten[1]}
    assert [c.value for c in lijsten[columns["landcode"]][1:]] == codes
    assert [c.value for c in lijsten[columns["categorie"]][1:] if c.value is not None] == LONG
    all_codes = f"'Lijsten'!${columns['landcode']}$2:${columns['landcode']}${len(codes) + 1}"

    grond = validations(wb["Grond"])  # regel_id, student, grond, bron, geldig_van, toelichting
    assert grond["B2:B503"] == ('"ja,nee"', False, "student")
    assert grond["C2:C503"] == ('"ok,te_jong"', False, "grond")
    besluit = validations(wb["Besluit"])  # the intermediate is a condition here
    assert besluit["B2:B503"] == ('"ok,te_jong"', False, "grond")
    assert besluit["C2:C503"] == ('"inwilligen,afwijzen"', False, "besluit")

    voorbeelden = wb["Voorbeelden"]
    headers = {c.value: c.column_letter for c in voorbeelden[1]}
    ex = validations(voorbeelden)
    col = headers["nationaliteit"]
    assert ex[f"{col}2:{col}503"] == (all_codes, False, "nationaliteit")
    col = headers["besluit"]
    assert ex[f"{col}2:{col}503"][0] == '"inwilligen,afwijzen"'
    col = headers["aanvraagdatum"]
    assert ex[f"{col}2:{col}503"] == (None, False, "aanvraagdatum")  # only the input message
    col = headers["categorie"]
    assert ex[f"{col}2:{col}503"][0] == f"'Lijsten'!${columns['categorie']}$2:${columns['categorie']}${len(LONG) + 1}"

    parameters = validations(wb["Parameters"])  # parameter("plaatsen", nationaliteit): its keys are land codes
    assert parameters["B2:B3"] == (all_codes, False, "nationaliteit")

    invoer = validations(wb["Invoer"])
    assert invoer["B2:B507"][0].startswith('"tekst,geheel getal') and invoer["B2:B507"][1] is True
    col = {c.value: c.column_letter for c in wb["Invoer"][1]}["verplicht"]
    assert invoer[f"{col}2:{col}507"][0] == '"ja,nee"'
    tabellen = validations(wb["Tabellen"])
    assert "REGELVOLGORDE" in tabellen["C2:C503"][0]
    metadata = validations(wb["Metadata"])
    assert metadata["B4"][0] == '"aanvraagdatum"'  # peildatum: a date input


def test_input_messages_carry_the_omschrijving(formatted):
    _, target, _ = formatted
    wb = load_workbook(target)
    prompts = {str(dv.sqref): dv.prompt for dv in wb["Grond"].data_validations.dataValidation if dv.showInputMessage}
    assert prompts["B2:B503"] == "Is student. (ja/nee)"
    assert prompts["C2:C503"] == "Tussenresultaat. (keuzelijst)"
    assert prompts["D2:D503"].startswith("Waar de regel staat")  # bron
    assert prompts["E2:E503"].startswith("Eerste dag waarop de regel geldt")  # geldig_van


def test_print_setup_freeze_panes_widths_and_fills(formatted):
    _, target, _ = formatted
    wb = load_workbook(target)
    for ws in wb.worksheets:
        if ws.title == LISTS_SHEET:
            continue
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert ws.freeze_panes == ("B2" if ws.title in ("Grond", "Besluit", "Voorbeelden") else "A2")
        assert all(ws.column_dimensions[c.column_letter].width >= len(str(c.value)) + 2 for c in ws[1] if c.value)
    grond = wb["Grond"]
    toelichting = grond["F2"]
    assert toelichting.alignment.wrap_text and grond.column_dimensions["F"].width == 50
    voorbeelden = wb["Voorbeelden"]
    headers = {c.value: c for c in voorbeelden[1]}
    inputs = {headers[n].fill.fgColor.rgb for n in ("nationaliteit", "student", "aanvraagdatum")}
    outputs = {headers["besluit"].fill.fgColor.rgb}
    assert len(inputs) == 1 and len(outputs) == 1 and inputs != outputs
    row = {c.column_letter: c.fill.fgColor.rgb for c in voorbeelden[2]}
    assert row[headers["student"].column_letter] != row[headers["besluit"].column_letter]


def test_formatting_twice_gives_the_same_validations(formatted, tmp_path):
    _, target, _ = formatted
    again = tmp_path / "twee.xlsx"
    format_workbook(target, again)
    first, second = load_workbook(target), load_workbook(again)
    assert first.sheetnames == second.sheetnames and first.sheetnames.count(LISTS_SHEET) == 1
    for ws in first.worksheets:
        assert validations(ws) == validations(second[ws.title])


def test_a_sheet_regelwerk_does_not_read_is_left_as_it_is(tmp_path):
    plain = tmp_path / "notities.xlsx"
    plain.write_bytes(build_workbook(**spec(), sheets={"Notities": [["onderwerp"], ["vrije tekst"]]}))
    target = tmp_path / "uit.xlsx"
    summary = format_workbook(plain, target)
    assert "Notities" not in summary.sheets
    ws = load_workbook(target)["Notities"]
    assert ws.freeze_panes is None and not ws.data_validations.dataValidation and not ws["A1"].font.b
    assert reading(target)[:2] == reading(plain)[:2]  # its onbekend_blad warning too


def test_an_officers_own_sheet_named_lijsten_is_never_overwritten(tmp_path):
    plain = tmp_path / "eigen.xlsx"
    plain.write_bytes(build_workbook(**spec(), sheets={"Lijsten": [["mijn"], ["aantekening"]]}))
    with pytest.raises(LayoutError):
        format_workbook(plain, tmp_path / "uit.xlsx")
    result = CliRunner().invoke(main, ["opmaak", str(plain)])
    assert result.exit_code == 1 and "eigen blad 'Lijsten'" in result.output
    assert load_workbook(plain)["Lijsten"]["A2"].value == "aantekening"


def test_a_workbook_with_errors_is_formatted_and_keeps_its_diagnostics(tmp_path):
    broken = spec()
    broken["tables"]["grond"]["rules"][0]["student"] = "misschien"
    plain = tmp_path / "kapot.xlsx"
    plain.write_bytes(build_workbook(**broken))
    target = tmp_path / "kapot_opgemaakt.xlsx"
    assert format_workbook(plain, target) is not None
    before, after = reading(plain), reading(target)
    assert before[0] is None and before[1] and after[:2] == before[:2]


def test_an_unreadable_file_is_left_alone(tmp_path):
    junk = tmp_path / "kapot.xlsx"
    junk.write_bytes(b"geen zip")
    assert format_workbook(junk, tmp_path / "uit.xlsx") is None
    result = CliRunner().invoke(main, ["opmaak", str(junk)])
    assert result.exit_code == 1 and "niet te lezen" in result.output
    assert junk.read_bytes() == b"geen zip"


@pytest.mark.parametrize("table_id", bundled_ids())
def test_opmaak_on_a_copy_of_each_bundled_workbook_keeps_it_clean_and_deciding_the_same(table_id, tmp_path):
    root = tmp_path / "decision_tables"
    shutil.copytree(TABLES_DIR, root)
    path = root / f"{table_id}.xlsx"
    name = f"{table_id}.xlsx"
    before, before_diagnostics = load_table(path.read_bytes(), table_id=table_id, workbook_name=name)
    result = CliRunner().invoke(main, ["opmaak", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"{name}: opgemaakt" in result.output
    after, after_diagnostics = load_table(path.read_bytes(), table_id=table_id, workbook_name=name)
    assert after is not None and after_diagnostics == before_diagnostics
    # clean: only the deliberate gaps of outputs declared 'geen waarde' (where a fact nobody gave
    # leaves the decision open) may be named, as warnings
    assert all(d.code == "gat_bewust" and d.severity == "waarschuwing" for d in after_diagnostics), after_diagnostics
    assert after.compiled.data["version"] != before.compiled.data["version"]
    assert {k: v for k, v in after.compiled.data.items() if k != "version"} == {
        k: v for k, v in before.compiled.data.items() if k != "version"}
    results = run_examples(after.compiled)
    assert results and all(r.passed for r in results)
    for example in after.compiled.data["examples"]:  # the same decision, row for row
        day = date.fromisoformat(example["peildatum"]) if example.get("peildatum") else None
        decisions = [decide(c, example["facts"], peildatum=day) for c in (before.compiled, after.compiled)]
        assert decisions[0].outputs == decisions[1].outputs
        assert decisions[0].matched_rows == decisions[1].matched_rows
    wb = load_workbook(path)
    assert all(ws.sheet_state == "visible" for ws in wb.worksheets)
    assert sum(len(ws.data_validations.dataValidation) for ws in wb.worksheets) > 10
    assert list(root.rglob(".*opmaak")) == []  # no scratch file left behind
