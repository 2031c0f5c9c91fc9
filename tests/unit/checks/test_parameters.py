from datetime import date

from policy.catalog import load_table
from policy.checks import run_checks
from tests.factories import build_workbook, sample_workbook

from .builder import CLEAN_UNIQUE, COLUMNS, DERIVED, INPUTS, OUTPUTS, at, having, inp, sub, table

QUOTUM = {**DERIVED, "quotum": ("geheel getal", 'parameter("quotum", nationaliteit)')}


def quotum_table(parameters):
    return table(INPUTS, OUTPUTS, [sub("hoofd", "UNIQUE", [*COLUMNS, "quotum"], ["besluit"], CLEAN_UNIQUE)],
                 derived=QUOTUM, parameters=parameters)


def test_values_of_one_parameter_and_key_must_not_overlap():
    params = [
        ("quotum", "JP", 100, None, date(2023, 12, 31)),
        ("quotum", "JP", 200, date(2023, 7, 1), None),
        ("quotum", "HK", 100, date(2023, 7, 1), None),  # another key: fine
    ]
    [d] = having(run_checks(quotum_table(params)), "parameter_overlapt")
    assert d.is_error and d.location == at("Parameters", "D3")  # the geldig_van cell
    assert "quotum (JP) heeft van 2023-07-01 tot en met 2023-12-31 twee waarden: 100" in d.message
    assert "rij 2" in d.message


def test_consecutive_parameter_values_are_fine():
    params = [("quotum", "JP", 100, None, date(2023, 12, 31)), ("quotum", "JP", 200, date(2024, 1, 1), None)]
    assert run_checks(quotum_table(params)) == []


def test_parameter_period_running_backwards():
    params = [("quotum", "JP", 100, date(2024, 1, 1), date(2023, 1, 1))]
    [d] = having(run_checks(quotum_table(params)), "periode_omgekeerd")
    assert d.location == at("Parameters", "D2")  # the geldig_van cell


# -- held to the rules of rule rows (issue #10) -------------------------------------------

def test_a_parameter_value_without_source_is_an_error_at_its_bron_cell():
    params = [("quotum", "JP", 100, date(2020, 1, 1), None, " "), ("quotum", "HK", 100, date(2020, 1, 1), None)]
    [d] = having(run_checks(quotum_table(params)), "bron_ontbreekt")
    assert d.is_error and d.location == at("Parameters", "F2")
    assert "Parameter quotum (JP) heeft geen bron" in d.message and "Vc 2000 B2/2.1.1" in d.message


def test_a_key_in_lower_case_is_an_error_with_the_code_it_means():
    params = [("quotum", "cl", 100, date(2020, 1, 1), None), ("quotum", "JP", 200, date(2020, 1, 1), None)]
    [d] = having(run_checks(quotum_table(params)), "onbekende_waarde")
    assert d.is_error and d.location == at("Parameters", "B2")
    assert "'cl'" in d.message and "(bedoelt u 'CL'?)" in d.message


def test_a_key_must_be_one_of_a_keuzelijst_keys_values_exactly():
    inputs = [*INPUTS, inp("soort", "keuzelijst", allowed=("Au pair", "Werk"))]
    derived = {**DERIVED, "maximum": ("geheel getal", 'parameter("maximum", soort)')}
    rows = [*CLEAN_UNIQUE]
    t = table(inputs, OUTPUTS, [sub("hoofd", "UNIQUE", [*COLUMNS, "maximum"], ["besluit"], rows)], derived=derived,
              parameters=[("maximum", "Au pair", 3, None, None), ("maximum", "werk", 5, None, None)])
    [d] = having(run_checks(t), "onbekende_waarde")
    assert d.is_error and d.location == at("Parameters", "B3") and "(bedoelt u 'Werk'?)" in d.message


def test_the_quota_declaration_checks_the_keys_of_its_parameter():
    t = quotum_table([("quotum", "jp", 100, None, None)])
    t.extra["quota"] = {"parameter": "quotum", "key": "nationaliteit"}
    found = having(run_checks(t), "onbekende_waarde")
    assert found and all(d.location == at("Parameters", "B2") for d in found)


def test_a_decimal_value_where_the_formula_reads_a_whole_number_is_an_error_at_the_value():
    params = [("quotum", "JP", 1.5, None, None), ("quotum", "HK", 100, None, None)]
    [d] = having(run_checks(quotum_table(params)), "ongeldige_waarde")
    assert d.is_error and d.location == at("Parameters", "C2")
    assert "1.5" in d.message and "geheel getal" in d.message


def test_a_text_value_where_a_number_is_read_is_an_error():
    [d] = having(run_checks(quotum_table([("quotum", "JP", "honderd", None, None)])), "ongeldige_waarde")
    assert d.location == at("Parameters", "C2")


def test_a_parameter_nobody_reads_is_a_warning_that_names_the_one_meant():
    params = [("quotum", "HK", 100, None, None), ("qoutum", "JP", 200, None, None)]
    [d] = having(run_checks(quotum_table(params)), "ongebruikte_parameter")
    assert not d.is_error and d.location == at("Parameters", "rij 3")
    assert "'qoutum'" in d.message and "(bedoelt u 'quotum'?)" in d.message


def test_a_formula_reading_a_parameter_that_does_not_exist_is_an_error_with_a_suggestion():
    derived = {**DERIVED, "quotum": ("geheel getal", 'parameter("qoutum", nationaliteit)')}
    t = table(INPUTS, OUTPUTS, [sub("hoofd", "UNIQUE", [*COLUMNS, "quotum"], ["besluit"], CLEAN_UNIQUE)],
              derived=derived, parameters=[("quotum", "HK", 100, None, None)])
    diagnostics = run_checks(t)
    [d] = having(diagnostics, "formule_onbekende_parameter")
    assert d.is_error and d.location == at("Afgeleid", "C3") and "(bedoelt u 'quotum'?)" in d.message
    [w] = having(diagnostics, "ongebruikte_parameter")
    assert w.location == at("Parameters", "rij 2")


def test_a_gap_between_two_values_is_a_warning_naming_the_missing_days():
    params = [("quotum", "KR", 100, None, date(2026, 6, 30)), ("quotum", "KR", 200, date(2027, 1, 1), None),
              ("quotum", "HK", 100, None, date(2026, 6, 30))]  # another key that simply ends: no gap
    [d] = having(run_checks(quotum_table(params)), "gat_tussen_versies")
    assert not d.is_error and d.location == at("Parameters", "D3")
    assert d.message.startswith("Van 2026-07-01 tot en met 2026-12-31 geldt geen waarde van parameter quotum (KR)")


def test_the_reader_gives_each_parameter_cell_its_own_location():
    book = sample_workbook()
    book["derived"].append({"naam": "quotum", "type": "geheel getal",
                            "formule": 'parameter("quotum", nationaliteit)'})
    book["outputs"].append({"naam": "maximum", "type": "geheel getal", "standaard": 0})
    for rule in book["rules"]:
        rule["maximum"] = "quotum"
    book["parameters"] = [
        {"naam": "quotum", "sleutel": "HK", "waarde": 100, "geldig_van": date(2020, 1, 1), "bron": "Vc 2000 B2/2.1.2"},
        {"naam": "quotum", "sleutel": "cl", "waarde": "1,5", "geldig_van": date(2020, 1, 1)},
    ]
    _, diagnostics = load_table(build_workbook(**book), table_id="uitwisseling/test")
    where = {d.code: str(d.location) for d in diagnostics}
    assert where["bron_ontbreekt"] == "uitwisseling/test.xlsx › Parameters › E3"
    assert where["onbekende_waarde"] == "uitwisseling/test.xlsx › Parameters › B3"
    assert where["ongeldige_waarde"] == "uitwisseling/test.xlsx › Parameters › C3"



def test_a_value_of_another_kind_than_its_siblings_is_an_error_where_no_formula_types_it():
    derived = {**DERIVED, "vol": ("ja/nee", 'verleend >= parameter("quotum", nationaliteit)')}
    inputs = [*INPUTS, inp("verleend", "geheel getal", required=False, default=0, context=True)]
    t = table(inputs, OUTPUTS, [sub("hoofd", "UNIQUE", [*COLUMNS, "vol"], ["besluit"], CLEAN_UNIQUE)],
              derived=derived, parameters=[("quotum", "HK", 100, None, None), ("quotum", "JP", "honderd", None, None),
                                           ("quotum", "AR", 200, None, None)])
    [d] = having(run_checks(t), "ongeldige_waarde")
    assert d.is_error and d.location == at("Parameters", "C3")
    assert "honderd (tekst)" in d.message and "getal" in d.message


def test_a_key_written_in_the_formula_must_have_a_row():
    derived = {**DERIVED, "quotum": ("geheel getal", 'parameter("quotum", "jp")')}
    t = table(INPUTS, OUTPUTS, [sub("hoofd", "UNIQUE", [*COLUMNS, "quotum"], ["besluit"], CLEAN_UNIQUE)],
              derived=derived, parameters=[("quotum", "JP", 100, None, None), ("quotum", "HK", 100, None, None)])
    [d] = having(run_checks(t), "onbekende_waarde")
    assert d.is_error and d.location == at("Afgeleid", "C3") and "(bedoelt u 'JP'?)" in d.message
