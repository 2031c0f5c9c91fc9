from datetime import date

from policy.checks import run_checks

from .builder import CLEAN_UNIQUE, COLUMNS, DERIVED, INPUTS, OUTPUTS, at, having, sub, table

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
    assert d.is_error and d.location == at("Parameters", "rij 3")
    assert "quotum (JP) heeft van 2023-07-01 tot en met 2023-12-31 twee waarden: 100" in d.message
    assert "rij 2" in d.message


def test_consecutive_parameter_values_are_fine():
    params = [("quotum", "JP", 100, None, date(2023, 12, 31)), ("quotum", "JP", 200, date(2024, 1, 1), None)]
    assert run_checks(quotum_table(params)) == []


def test_parameter_period_running_backwards():
    params = [("quotum", "JP", 100, date(2024, 1, 1), date(2023, 1, 1))]
    [d] = having(run_checks(quotum_table(params)), "periode_omgekeerd")
    assert d.location == at("Parameters", "rij 2")
