"""Numbers written the Dutch way are never guessed (issue #10): ``1.000`` is a thousand or one."""

from __future__ import annotations

from datetime import date

import pytest

from policy.workbook import read_workbook
from policy.workbook.values import parse_value
from tests.factories import build_workbook, sample_workbook


def _read(book):
    return read_workbook(build_workbook(**book), table_id="proef/tabel")


def _at(diagnostics, code):
    return [(d.severity, d.location.blad, d.location.cel) for d in diagnostics if d.code == code]


@pytest.mark.parametrize(("text", "meant"), [
    ("1.000", "bedoelt u 1000 of 1?"),
    ("1,000", "bedoelt u 1000 of 1?"),
    ("1.500", "bedoelt u 1500 of 1.5?"),
    ("-2.000", "bedoelt u -2000 of -2?"),
    ("1.000.000", "bedoelt u 1000000?"),
    ("1.000,5", "bedoelt u 1000.5?"),
    ("1,000.5", "bedoelt u 1000.5?"),
])
@pytest.mark.parametrize("kind", ["geheel getal", "getal"])
def test_a_thousands_separator_is_refused_with_what_it_may_mean(text, meant, kind):
    error = parse_value(text, kind, field="quotum")
    assert error.code == "getal_met_scheidingsteken"
    assert meant in error.message


@pytest.mark.parametrize(("text", "value"), [("1,5", 1.5), ("1.5", 1.5), ("1.5000", 1.5), ("1000", 1000), ("12", 12)])
def test_plain_numbers_and_a_decimal_comma_still_read(text, value):
    assert parse_value(text, "getal", field="x") == value


def test_a_decimal_comma_is_no_whole_number():
    assert parse_value("1,5", "geheel getal", field="x").code == "ongeldige_waarde"


def test_a_parameter_value_of_1_000_is_an_error_at_its_cell():
    book = sample_workbook()
    book["parameters"] = [{"naam": "quotum", "sleutel": "JP", "waarde": "1.000", "geldig_van": date(2020, 1, 1),
                           "bron": "Vc 2000 B2/2.1.2"}]
    table, diagnostics = _read(book)
    assert table is None
    assert _at(diagnostics, "getal_met_scheidingsteken") == [("fout", "Parameters", "C2")]
    [d] = [d for d in diagnostics if d.code == "getal_met_scheidingsteken"]
    assert "parameter quotum" in d.message and "bedoelt u 1000 of 1?" in d.message


def test_an_excel_number_is_read_as_excel_shows_it():
    book = sample_workbook()
    book["parameters"] = [{"naam": "quotum", "sleutel": "JP", "waarde": 1000, "geldig_van": date(2020, 1, 1),
                           "bron": "Vc 2000 B2/2.1.2"}]
    table, diagnostics = _read(book)
    assert table is not None and table.parameters[0].value == 1000


def test_condition_output_and_example_cells_of_numbers_are_held_to_it():
    book = sample_workbook()
    book["inputs"].append({"naam": "inkomen", "type": "getal", "verplicht": "nee"})
    book["outputs"].append({"naam": "bedrag", "type": "geheel getal", "standaard": 0})
    rules = book["rules"]
    rules[0] = {**{k: rules[0][k] for k in ("regel_id", "nationaliteit", "leeftijd", "retourticket")},
                "inkomen": ">= 1.500", **rules[0], "bedrag": "2.000"}
    book["examples"][0]["inkomen"] = "1.000"
    _, diagnostics = _read(book)
    assert _at(diagnostics, "getal_met_scheidingsteken") == [
        ("fout", "Regels", "E2"), ("fout", "Regels", "L2"), ("fout", "Voorbeelden", "J2")]


def test_a_decimal_comma_in_a_formula_is_warned_at_its_cell():
    book = sample_workbook()
    book["outputs"].append({"naam": "duur", "type": "getal", "standaard": 0})
    book["rules"][2]["duur"] = "min(leeftijd, 1,5)"  # row 4: min of leeftijd, 1 and 5
    table, diagnostics = _read(book)
    assert table is not None
    assert _at(diagnostics, "decimale_komma") == [("waarschuwing", "Regels", "K4")]
    [d] = [d for d in diagnostics if d.code == "decimale_komma"]
    assert "Bedoelt u 1.5?" in d.message


def test_a_formula_that_a_decimal_comma_breaks_says_why():
    book = sample_workbook()
    book["derived"].append({"naam": "half", "type": "getal", "formule": "als(retourticket, 1,5, 2)"})
    _, diagnostics = _read(book)
    [d] = [d for d in diagnostics if d.code == "ongeldige_formule"]
    assert (d.location.blad, d.location.cel) == ("Afgeleid", "C3") and "Bedoelt u 1.5?" in d.message


def test_arguments_with_a_space_after_the_comma_are_not_warned():
    book = sample_workbook()
    book["outputs"].append({"naam": "duur", "type": "getal", "standaard": 0})
    book["rules"][2]["duur"] = "min(leeftijd, 1, 5)"
    _, diagnostics = _read(book)
    assert _at(diagnostics, "decimale_komma") == []


@pytest.mark.parametrize(("text", "code"), [("1,000", "getal_met_scheidingsteken"), ("1,5", "decimale_komma"),
                                            ("niet(17,18)", "decimale_komma")])
def test_a_whole_number_condition_with_a_comma_between_digits_is_not_read_as_a_list(text, code):
    book = sample_workbook()
    book["rules"][1]["leeftijd"] = text  # row 3
    _, diagnostics = _read(book)
    assert _at(diagnostics, code) == [("fout", "Regels", "C3")]


def test_a_whole_number_list_with_spaces_still_reads():
    book = sample_workbook()
    book["rules"][1]["leeftijd"] = "17, 18"
    table, _ = _read(book)
    [cond] = [c for c in table.subtables[0].rules[1].conditions if c.field == "leeftijd"]
    assert cond.test.values == (17, 18)


def _with_format(book, sheet, ref, value, number_format):
    """The workbook with ``ref`` on ``sheet`` an Excel number shown in ``number_format``."""
    import io

    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(build_workbook(**book)))
    wb[sheet][ref].value = value
    wb[sheet][ref].number_format = number_format
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("value", "meant"), [(1, "bedoelt u 1000 of 1?"), (1.5, "bedoelt u 1500 of 1.5?")])
def test_an_excel_number_shown_as_1_000_is_refused_with_both_readings(value, meant):
    book = sample_workbook()
    book["parameters"] = [{"naam": "quotum", "sleutel": "JP", "waarde": 7, "geldig_van": date(2020, 1, 1),
                           "bron": "Vc 2000 B2/2.1.2"}]
    table, diagnostics = read_workbook(_with_format(book, "Parameters", "C2", value, "0.000"), table_id="proef/tabel")
    assert table is None
    [d] = [d for d in diagnostics if d.code == "getal_met_scheidingsteken"]
    assert (d.severity, d.location.blad, d.location.cel) == ("fout", "Parameters", "C2") and meant in d.message


def test_an_output_cell_shown_as_1_000_is_refused_and_a_thousand_grouped_is_fine():
    book = sample_workbook()
    book["outputs"].append({"naam": "bedrag", "type": "geheel getal", "standaard": 0})
    book["rules"][0]["bedrag"] = 1
    data = _with_format(book, "Regels", "K2", 1, "0.000")
    _, diagnostics = read_workbook(data, table_id="proef/tabel")
    assert _at(diagnostics, "getal_met_scheidingsteken") == [("fout", "Regels", "K2")]
    table, diagnostics = read_workbook(_with_format(book, "Regels", "K2", 1000, "#,##0"), table_id="proef/tabel")
    assert table is not None and _at(diagnostics, "getal_met_scheidingsteken") == []
