"""What an officer cannot see cannot be law: hidden sheets, rows and columns that are read fail."""

from __future__ import annotations

from policy.workbook import read_workbook
from policy.workbook.sheetxml import read_layout
from tests.factories import build_workbook, edit_workbook, rewrite_part, sample_workbook

# Regels of sample_workbook(): A regel_id, B nationaliteit, C leeftijd, D retourticket, E besluit,
# F gronden, G bron, H geldig_van, I geldig_tot, J toelichting; rules on rows 2-5.


def _read(edit, **changes):
    spec = sample_workbook()
    spec.update(changes)
    _, diagnostics = read_workbook(edit_workbook(build_workbook(**spec), edit), table_id="test/zicht")
    return diagnostics


def _found(diagnostics, *codes):
    return [(d.code, d.severity, d.location.blad, d.location.cel) for d in diagnostics if d.code in codes]


CODES = ("verborgen_blad", "verborgen_rij", "verborgen_kolom")


def test_a_hidden_rules_sheet_is_an_error():
    def hide(wb):
        wb["Regels"].sheet_state = "hidden"

    assert _found(_read(hide), *CODES) == [("verborgen_blad", "fout", "Regels", None)]


def test_a_very_hidden_declaration_sheet_is_an_error_that_says_so():
    def hide(wb):
        wb["Invoer"].sheet_state = "veryHidden"

    [d] = [d for d in _read(hide) if d.code == "verborgen_blad"]
    assert (d.severity, d.location.blad) == ("fout", "Invoer") and "zeer verborgen" in d.message


def test_a_hidden_sheet_that_is_not_read_is_a_warning():
    def hide(wb):
        wb["Notities"].sheet_state = "hidden"

    diagnostics = _read(hide, sheets={"Notities": [["wat"], ["oude regel"]]})
    assert _found(diagnostics, *CODES) == [("verborgen_blad", "waarschuwing", "Notities", None)]
    assert not any(d.is_error for d in diagnostics)


def test_a_hidden_rule_row_is_an_error_at_its_first_cell():
    def hide(wb):
        wb["Regels"].row_dimensions[3].hidden = True

    [d] = [d for d in _read(hide) if d.code in CODES]
    assert (d.code, d.severity, d.location.blad, d.location.cel) == ("verborgen_rij", "fout", "Regels", "A3")
    assert d.message.startswith("Rij 3 van blad Regels is verborgen")


def test_rows_folded_away_in_a_collapsed_group_are_one_error_naming_them():
    def fold(wb):
        wb["Regels"].row_dimensions.group(3, 4, hidden=True, outline_level=1)

    [d] = [d for d in _read(fold) if d.code in CODES]
    assert (d.code, d.location.cel) == ("verborgen_rij", "A3")
    assert "De rijen 3 tot en met 4 van blad Regels zijn verborgen" in d.message


def test_a_row_of_height_zero_and_a_column_of_width_zero_are_hidden_too():
    data = build_workbook(**sample_workbook())  # sheet5 is Regels, sheet6 Voorbeelden
    data = rewrite_part(data, "xl/worksheets/sheet6.xml", b'<row r="2">', b'<row r="2" ht="0" customHeight="1">')
    data = rewrite_part(data, "xl/worksheets/sheet5.xml", b"<sheetData>",
                        b'<cols><col min="7" max="7" width="0" customWidth="1"/></cols><sheetData>')
    _, diagnostics = read_workbook(data, table_id="test/zicht")
    assert _found(diagnostics, *CODES) == [("verborgen_kolom", "fout", "Regels", "G1"),
                                           ("verborgen_rij", "fout", "Voorbeelden", "A2")]


def test_every_row_of_a_sheet_that_hides_rows_by_default_is_hidden():
    def default_hidden(wb):
        wb["Parameters"].sheet_format.zeroHeight = True

    parameters = [{"naam": "quotum", "waarde": 100, "bron": "Vc B2/2.1.2"}]
    assert _found(_read(default_hidden, parameters=parameters), *CODES) == [
        ("verborgen_rij", "fout", "Parameters", "A1")]


def test_hidden_columns_are_errors_at_their_header_also_inside_a_grouped_range():
    def hide(wb):
        wb["Regels"].column_dimensions.group("D", "E", hidden=True)  # one <col min=4 max=5>
        wb["Uitvoer"].column_dimensions["B"].hidden = True

    found = _read(hide)
    assert _found(found, *CODES) == [
        ("verborgen_kolom", "fout", "Uitvoer", "B1"),
        ("verborgen_kolom", "fout", "Regels", "D1"),
        ("verborgen_kolom", "fout", "Regels", "E1"),
    ]
    assert "Kolom D ('retourticket') van blad Regels is verborgen" in next(
        d.message for d in found if d.location.cel == "D1")


def test_hidden_rows_and_columns_without_content_are_fine():
    def hide(wb):
        wb["Regels"].row_dimensions[40].hidden = True
        wb["Regels"].column_dimensions["Q"].hidden = True
        wb["Notities"].row_dimensions[2].hidden = True  # not read

    assert _found(_read(hide, sheets={"Notities": [["wat"], ["oud"]]}), *CODES) == []


def test_every_hidden_thing_is_reported_at_once():
    def hide(wb):
        wb["Regels"].row_dimensions[2].hidden = True
        wb["Regels"].row_dimensions[5].hidden = True
        wb["Regels"].column_dimensions["J"].hidden = True
        wb["Afgeleid"].sheet_state = "hidden"
        wb["Voorbeelden"].row_dimensions[2].hidden = True

    assert _found(_read(hide), *CODES) == [
        ("verborgen_blad", "fout", "Afgeleid", None),
        ("verborgen_rij", "fout", "Regels", "A2"),
        ("verborgen_rij", "fout", "Regels", "A5"),
        ("verborgen_kolom", "fout", "Regels", "J1"),
        ("verborgen_rij", "fout", "Voorbeelden", "A2"),
    ]


def test_the_layout_reader_takes_prefixes_quotes_and_attribute_order_as_excel_may_write_them():
    xml = (b"<x:worksheet xmlns:x='s'><x:cols><x:col width='9' max='7' min='6' hidden='true'/></x:cols>"
           b"<x:sheetData><x:row spans='1:3' r='4' hidden='1'><x:c r='A4'/></x:row><x:row r='5'/>"
           b"<x:row r='6' ht='0' customHeight='1'/></x:sheetData>"
           b"<x:mergeCells><x:mergeCell ref=\"B2:B3\"/></x:mergeCells><x:rowBreaks/></x:worksheet>")
    layout = read_layout(xml)
    assert layout.hidden_columns == [(6, 7)] and layout.merged == ["B2:B3"]
    assert [r for r in range(1, 8) if layout.row_hidden(r)] == [4, 6]


def test_a_value_whose_number_format_shows_nothing_is_an_error_at_its_cell():
    def conceal(wb):
        wb["Regels"]["C3"].value = "< 18"
        wb["Regels"]["C3"].number_format = ";;;"  # the officer sees a blank: "any value"
        wb["Parameters"]["B2"].number_format = ";;"  # a number vanishes with three sections
        wb["Regels"]["J2"].value = "tekst"
        wb["Regels"]["J2"].number_format = ";;"  # text stays visible: fine

    found = _read(conceal, parameters=[{"naam": "quotum", "waarde": 100, "bron": "Vc B2/2.1.2"}])
    assert _found(found, "verborgen_waarde") == [("verborgen_waarde", "fout", "Regels", "C3"),
                                                 ("verborgen_waarde", "fout", "Parameters", "B2")]
    assert "'< 18'" in next(d.message for d in found if d.code == "verborgen_waarde")


def test_a_second_sheet_whose_name_reads_the_same_is_not_silently_ignored():
    spec = sample_workbook()
    spec["sheets"] = {"regels ": [["regel_id", "bron"], ["X-01", "Vc"]], "Notities": [["a"]], "Notities  ": [["b"]]}
    _, diagnostics = read_workbook(build_workbook(**spec), table_id="test/zicht")
    assert _found(diagnostics, "dubbele_naam") == [("dubbele_naam", "fout", "regels ", None),
                                                   ("dubbele_naam", "waarschuwing", "Notities  ", None)]
    assert "alleen 'Regels' wordt gelezen" in diagnostics[[d.code for d in diagnostics].index("dubbele_naam")].message
