"""Probes: the slips officers typically make in a workbook, each a whole class of input.

Every slip must give a Dutch diagnostic located at a sheet and a cell (the cell of the slip, not
just "the workbook"), and the workbook must not load (so it can never replace a good version).
What Regelwerk reads leniently on purpose (``Ja``/``JA``/``ja `` for a ja/nee, an Excel boolean,
an empty row, a renamed header that still names the same column) must load and mean the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from policy.catalog import load_table
from tests.factories import Text, build_workbook, edit_workbook, sample_workbook

#: Words that betray an English message to an officer (whole words, case-insensitive).
ENGLISH = re.compile(r"\b(the|must|should|invalid|expected|error|value|not|found|missing|cannot|"
                     r"traceback|exception|none|null)\b", re.I)
CELL = re.compile(r"^[A-Z]{1,3}[1-9][0-9]*$")


def _load(data: bytes):
    return load_table(data, table_id="t/werkboek", workbook_name="werkboek.xlsx")


def _col(spec: dict[str, Any], header: str, sheet: str = "rules") -> str:
    headers = list(dict.fromkeys(k for row in spec[sheet] for k in row))
    return chr(ord("A") + headers.index(header))


def _refused(data: bytes, code: str, sheet: str, cell: str | None) -> None:
    """The workbook does not load; ``code`` is reported at ``sheet``/``cell``; every error is
    Dutch and located at a cell of a sheet."""
    loaded, diagnostics = _load(data)
    errors = [d for d in diagnostics if d.is_error]
    assert loaded is None and errors, diagnostics
    for d in errors:
        assert d.location.blad, d
        assert not ENGLISH.search(d.message), d.message
        assert d.message[:1].isupper() or d.message[:1] == "'", d.message
    found = {(d.code, d.location.blad, d.location.cel) for d in errors}
    assert (code, sheet, cell) in found, found


def _spec(edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    spec = sample_workbook()
    edit(spec)
    return spec


def _set(sheet: str, index: int, header: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda spec: spec[sheet][index].__setitem__(header, value)


# ---------------------------------------------------------------------------------------------
# Values in a rules row or an example that Regelwerk cannot read as their type

RULE_SLIPS = [
    # (header, value, code): row 2 of Regels (rule 0) unless the header says otherwise
    ("geldig_van", "1-1-2020", "ongeldige_waarde"),  # a date typed as text, Dutch order
    ("geldig_van", "01-01-2020", "ongeldige_waarde"),
    ("geldig_van", "1 januari 2020", "ongeldige_waarde"),
    ("geldig_van", "2020/01/01", "ongeldige_waarde"),
    ("geldig_van", "31-02-2020", "ongeldige_waarde"),
    ("geldig_van", "2020-02-30", "ongeldige_waarde"),  # looks ISO, no such day
    ("geldig_van", 43831, "ongeldige_waarde"),  # Excel's serial number of 2020-01-01
    ("geldig_van", datetime(2020, 1, 1, 13, 5), "ongeldige_waarde"),  # a time of day slipped in
    ("geldig_tot", "eind 2025", "ongeldige_waarde"),
    ("leeftijd", "< 18,5", "ongeldige_waarde"),  # a comma decimal in a whole number
    ("leeftijd", "niet [18..30,0]", "ongeldige_waarde"),
    ("leeftijd", "< 1.000", "getal_met_scheidingsteken"),
    ("leeftijd", "[18..x]", "ongeldige_waarde"),
    ("leeftijd", "=18", "excel_formule"),  # a formula cell
    ("leeftijd", "=A1+1", "excel_formule"),
    ("bron", "=A1", "excel_formule"),
    ("geldig_van", "=DATE(2020,1,1)", "excel_formule"),
    ("besluit", "toekennen", "onbekende_waarde"),  # a dropdown value not in the list
    ("besluit", "Inwilligen", "onbekende_waarde"),
    ("besluit", "inwilligen.", "onbekende_waarde"),
    ("gronden", "leeftijd, lengte", "onbekende_waarde"),
    ("nationaliteit", "AR, XX", "onbekende_waarde"),
    ("nationaliteit", "ar", "onbekende_waarde"),
    ("nationaliteit", "ARG", "onbekende_waarde"),
    ("retourticket", "yes", "ongeldige_waarde"),
    ("retourticket", "j", "ongeldige_waarde"),
    ("retourticket", "ne\u200be", "ongeldige_waarde"),  # a zero-width space pasted from a web page
    ("bron", "zie boven", "bron_onleesbaar"),  # an unknown bron
    ("bron", "Vreemdelingencirculaire B2/2.1", "bron_onleesbaar"),
    ("bron", "Vc 2000 Z2/2.1", "bron_onleesbaar"),
    ("bron", "Vc 2000 B2/2.1.1 003:L1275", "bron_onleesbaar"),
    ("bron", "WBV 2099/1", "bron_onleesbaar"),
    ("bron", "Vc 2000 B2/2.1.1; 009:L5", "bronregel_onbekend"),  # a seed document that is not there
    ("bron", "Vc 2000 B2/2.1.1; 003:L999999", "bronregel_onbekend"),  # past the end of the document
    ("bron", "Vc 2000 B2/2.1.1; 003:L0", "bronregel_onbekend"),
    ("bron", "Vc 2000 B2/2.1.1; 003:L1280-1275", "bronregel_onbekend"),
    ("bron", "Vc 2000 B2/2.1.1 (004:L99999)", "bronregel_onbekend"),
    ("bron", None, "bron_ontbreekt"),
    ("bron", "   ", "bron_ontbreekt"),
    ("regel_id", None, "ontbrekende_waarde"),
]


@pytest.mark.parametrize("header,value,code", RULE_SLIPS, ids=[f"{h}={v!r}" for h, v, _ in RULE_SLIPS])
def test_a_slip_in_a_rule_cell_is_refused_at_that_cell(header, value, code):
    row = 3 if header == "retourticket" else 4 if header in ("besluit", "nationaliteit") else 2
    spec = _spec(_set("rules", row - 2, header, value))
    _refused(build_workbook(**spec), code, "Regels", f"{_col(spec, header)}{row}")


EXAMPLE_SLIPS = [
    ("geboortedatum", "1-1-2010", "ongeldige_waarde"),
    ("geboortedatum", "2010-13-01", "ongeldige_waarde"),
    ("peildatum", "maart 2024", "ongeldige_waarde"),
    ("retourticket", "misschien", "ongeldige_waarde"),
    ("nationaliteit", "Argentinië", "onbekende_waarde"),
    ("besluit", "afgewezen", "onbekende_waarde"),
    ("geboortedatum", "=DATE(2010,1,1)", "excel_formule"),
]


@pytest.mark.parametrize("header,value,code", EXAMPLE_SLIPS, ids=[f"{h}={v!r}" for h, v, _ in EXAMPLE_SLIPS])
def test_a_slip_in_an_example_cell_is_refused_at_that_cell(header, value, code):
    spec = _spec(_set("examples", 0, header, value))
    _refused(build_workbook(**spec), code, "Voorbeelden", f"{_col(spec, header, 'examples')}2")


@pytest.mark.parametrize("value", ["Ja", "JA", "ja ", " ja", "jA", True, "Nee", "NEE", "nee\u00a0", False])
def test_ja_nee_in_any_capitals_or_spacing_or_as_an_excel_boolean_reads_as_ja_nee(value):
    spec = _spec(_set("rules", 1, "retourticket", value))
    loaded, diagnostics = _load(build_workbook(**spec))
    assert loaded is not None, diagnostics
    canonical = "ja" if (value is True or str(value).strip().lower() == "ja") else "nee"
    plain, _ = _load(build_workbook(**_spec(_set("rules", 1, "retourticket", canonical))))
    assert plain is not None
    tests = [c.test for c in loaded.table.subtables[0].rules[1].conditions]
    assert tests == [c.test for c in plain.table.subtables[0].rules[1].conditions]


# ---------------------------------------------------------------------------------------------
# Rows and periods


def test_an_empty_row_in_the_middle_is_skipped_and_the_rows_after_it_keep_their_numbers():
    spec = sample_workbook()
    spec["rules"].insert(2, {})
    loaded, diagnostics = _load(build_workbook(**spec))
    assert loaded is not None, diagnostics
    rows = [(r.regel_id, r.row) for r in loaded.table.subtables[0].rules]
    assert rows == [("WH-01", 2), ("WH-02", 3), ("WH-03", 5), ("WH-04", 6)]
    # a slip after the gap is still reported at its real row
    spec["rules"][3]["besluit"] = "toekennen"
    _refused(build_workbook(**spec), "onbekende_waarde", "Regels", f"{_col(spec, 'besluit')}5")


@pytest.mark.parametrize("other", ["WH-01", "wh-01", "Wh-01", " WH-01 "])
def test_a_duplicate_regel_id_is_refused_at_the_second_row(other):
    spec = _spec(_set("rules", 1, "regel_id", other))
    _refused(build_workbook(**spec), "versies_overlappen" if other.strip() == "WH-01" else "dubbele_naam",
             "Regels", "A3")


def test_a_regel_id_in_other_capitals_on_another_sheet_is_refused_too():
    spec = sample_workbook()
    rules = spec.pop("rules")
    rules[3]["regel_id"] = "wh-01"
    spec["metadata"].pop("beslissingsregel")
    spec["tables"] = {"een": {"beslissingsregel": "FIRST", "rules": rules[:2]},
                      "twee": {"beslissingsregel": "FIRST", "rules": rules[2:]}}
    _refused(build_workbook(**spec), "dubbele_naam", "Twee", "A3")


@pytest.mark.parametrize("tot", [date(2019, 12, 31), date(2000, 1, 1)])
def test_a_row_whose_geldig_tot_is_before_geldig_van_is_refused(tot):
    spec = _spec(_set("rules", 0, "geldig_tot", tot))
    _refused(build_workbook(**spec), "periode_omgekeerd", "Regels", f"{_col(spec, 'geldig_van')}2")


def test_overlapping_rows_under_unique_are_refused_at_a_row():
    spec = sample_workbook()
    spec["metadata"]["beslissingsregel"] = "UNIQUE"
    _refused(build_workbook(**spec), "regels_overlappen", "Regels", "A3")


# ---------------------------------------------------------------------------------------------
# Headers


def _rename(spec: dict[str, Any], old: str, new: str) -> None:
    spec["rules"] = [{(new if k == old else k): v for k, v in row.items()} for row in spec["rules"]]


@pytest.mark.parametrize("old,new,code,cell", [
    ("leeftijd", "leeftyd", "onbekende_kolom", "C1"),
    ("leeftijd", "Leeftijd (jaren)", "onbekende_kolom", "C1"),
    ("besluit", "beslissing", "onbekende_kolom", "E1"),
    ("bron", "bronnen", "ontbrekende_kolom", "rij 1"),
    ("regel_id", "id regel", "onbekende_kolom", "A1"),
])
def test_a_renamed_header_is_refused_at_the_header_cell(old, new, code, cell):
    spec = sample_workbook()
    _rename(spec, old, new)
    loaded, diagnostics = _load(build_workbook(**spec))
    assert loaded is None
    errors = {(d.code, d.location.blad, d.location.cel) for d in diagnostics if d.is_error}
    assert ("onbekende_kolom", "Regels", cell) in errors or (code, "Regels", cell) in errors, errors


@pytest.mark.parametrize("new", ["Geldig van", " GELDIG_VAN ", "geldig van"])
def test_a_header_in_other_capitals_or_spacing_still_names_its_column(new):
    spec = sample_workbook()
    _rename(spec, "geldig_van", new)
    loaded, diagnostics = _load(build_workbook(**spec))
    assert loaded is not None, diagnostics
    assert {r.geldig_van for r in loaded.table.subtables[0].rules} == {date(2020, 1, 1)}


def test_a_condition_moved_right_of_the_outputs_is_refused_at_its_header():
    spec = sample_workbook()
    spec["rules"] = [{k: row[k] for k in ["regel_id", "besluit", "nationaliteit", "leeftijd", "retourticket",
                                          "gronden", "bron", "geldig_van"] if k in row} for row in spec["rules"]]
    _refused(build_workbook(**spec), "kolomvolgorde", "Regels", "C1")


def test_a_header_moved_to_row_two_is_refused():
    spec = sample_workbook()
    headers = list(dict.fromkeys(k for row in spec["rules"] for k in row))
    raw = [[None] * len(headers), headers] + [[row.get(h) for h in headers] for row in spec["rules"]]
    spec.pop("rules")
    loaded, diagnostics = _load(build_workbook(**spec, sheets={"Regels": raw}))
    assert loaded is None
    for d in diagnostics:
        if d.is_error:
            assert d.location.blad and d.location.cel, d
            assert not ENGLISH.search(d.message), d.message


# ---------------------------------------------------------------------------------------------
# What Excel does to the file: merged cells, hidden sheets, formulas in the declarations


def _edited(edit: Callable[[Any], None]) -> bytes:
    return edit_workbook(build_workbook(**sample_workbook()), edit)


@pytest.mark.parametrize("sheet,cells,code,cell", [
    ("Regels", "B2:B3", "samengevoegde_cellen", "B2"),
    ("Regels", "E2:E5", "samengevoegde_cellen", "E2"),
    ("Regels", "A1:B1", "samengevoegde_cellen", "A1"),
    ("Metadata", "A2:B2", "samengevoegde_cellen", "A2"),
    ("Invoer", "B2:B3", "samengevoegde_cellen", "B2"),
    ("Voorbeelden", "B2:C2", "samengevoegde_cellen", "B2"),
])
def test_merged_cells_are_refused_at_their_first_cell(sheet, cells, code, cell):
    _refused(_edited(lambda wb: wb[sheet].merge_cells(cells)), code, sheet, cell)


@pytest.mark.parametrize("sheet", ["Regels", "Invoer", "Metadata", "Uitvoer", "Voorbeelden", "Afgeleid"])
@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_that_is_read_is_refused(sheet, state):
    data = _edited(lambda wb: setattr(wb[sheet], "sheet_state", state))
    loaded, diagnostics = _load(data)
    assert loaded is None
    hits = [d for d in diagnostics if d.code == "verborgen_blad" and d.is_error]
    assert hits and hits[0].location.blad == sheet and not ENGLISH.search(hits[0].message)


@pytest.mark.parametrize("sheet,row,header,value", [
    ("metadata", None, "titel", '="Working holiday"'),
    ("inputs", 1, "type", '="datum"'),
    ("outputs", 0, "toegestane_waarden", "=A1"),
    ("derived", 0, "formule", "=leeftijd(geboortedatum, aanvraagdatum)"),
])
def test_a_formula_cell_in_the_declarations_is_refused(sheet, row, header, value):
    spec = sample_workbook()
    if row is None:
        spec[sheet][header] = value
    else:
        spec[sheet][row][header] = value
    loaded, diagnostics = _load(build_workbook(**spec))
    assert loaded is None
    hits = [d for d in diagnostics if d.code == "excel_formule"]
    assert hits and all(d.location.blad and d.location.cel for d in hits), diagnostics


def test_a_text_that_starts_with_an_equals_sign_is_not_a_formula():
    spec = _spec(_set("rules", 0, "toelichting", Text("= zie B2/2.1")))
    loaded, diagnostics = _load(build_workbook(**spec))
    assert all(d.code != "excel_formule" for d in diagnostics)


@pytest.mark.parametrize("property_,value,code", [
    ("beslissingsregel", "EERST", "onbekende_beslissingsregel"),
    ("peildatum", "aanvraag_datum", None),
    ("eigenaar", None, "ontbrekende_eigenschap"),
])
def test_a_slip_in_metadata_is_refused_at_its_value_cell(property_, value, code):
    spec = sample_workbook()
    spec["metadata"][property_] = value
    loaded, diagnostics = _load(build_workbook(**spec))
    assert loaded is None
    errors = [d for d in diagnostics if d.is_error]
    assert errors and all(d.location.blad and d.location.cel for d in errors), errors
    assert all(not ENGLISH.search(d.message) for d in errors)
    if code is not None:
        assert code in {d.code for d in errors}
