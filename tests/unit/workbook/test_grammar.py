"""Every form of the cell grammar (docs/architecture.md, "Condition cell grammar")."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy.model import Test
from policy.workbook.grammar import (
    CellError, parse_allowed, parse_condition, parse_hit_policy, parse_value, split_list,
)

COUNTRIES = ("AR", "HK", "TW")


def cond(raw, kind="geheel getal", allowed=None):
    return parse_condition(raw, kind, field="veld", allowed=allowed)


@pytest.mark.parametrize(
    ("raw", "kind", "expected"),
    [
        (None, "geheel getal", Test("any")),
        ("", "tekst", Test("any")),
        ("  -  ", "landcode", Test("any")),
        ("AR", "landcode", Test("eq", value="AR")),
        ("18", "geheel getal", Test("eq", value=18)),
        (18, "geheel getal", Test("eq", value=18)),
        ("ja", "ja/nee", Test("eq", value=True)),
        ("Nee", "ja/nee", Test("eq", value=False)),
        (True, "ja/nee", Test("eq", value=True)),
        ("2022-10-01", "datum", Test("eq", value=date(2022, 10, 1))),
        (datetime(2022, 10, 1), "datum", Test("eq", value=date(2022, 10, 1))),
        ('"tekst, met komma"', "tekst", Test("eq", value="tekst, met komma")),
        ("= 18", "geheel getal", Test("eq", value=18)),
        ("!= 18", "geheel getal", Test("ne", value=18)),
        ("<> AR", "landcode", Test("ne", value="AR")),
        ("< 18", "geheel getal", Test("lt", value=18)),
        ("<= 18", "geheel getal", Test("le", value=18)),
        ("> 30", "geheel getal", Test("gt", value=30)),
        (">=18", "geheel getal", Test("ge", value=18)),
        ("< 2024-01-01", "datum", Test("lt", value=date(2024, 1, 1))),
        ("> 2,5", "getal", Test("gt", value=2.5)),
        ("[18..30]", "geheel getal", Test("between", low=18, high=30)),
        ("[18..30[", "geheel getal", Test("between", low=18, high=30, high_inclusive=False)),
        ("[18..30)", "geheel getal", Test("between", low=18, high=30, high_inclusive=False)),
        ("]18..30]", "geheel getal", Test("between", low=18, high=30, low_inclusive=False)),
        ("(18..30]", "geheel getal", Test("between", low=18, high=30, low_inclusive=False)),
        ("(18..30)", "geheel getal", Test("between", low=18, high=30, low_inclusive=False, high_inclusive=False)),
        ("[ 1,5 .. 2.5 ]", "getal", Test("between", low=1.5, high=2.5)),
        ("[2020-01-01..2020-12-31]", "datum", Test("between", low=date(2020, 1, 1), high=date(2020, 12, 31))),
        ("AR, HK, TW", "landcode", Test("in", values=COUNTRIES)),
        ("18, 21", "geheel getal", Test("in", values=(18, 21))),
        ("1,5; 2,5", "getal", Test("in", values=(1.5, 2.5))),
        ("1,5, 2", "getal", Test("in", values=(1.5, 2))),
        ('"a, b", c', "tekst", Test("in", values=("a, b", "c"))),
        ("niet(AR, HK)", "landcode", Test("not_in", values=("AR", "HK"))),
        ("niet (AR)", "landcode", Test("ne", value="AR")),
        ("niet AR", "landcode", Test("ne", value="AR")),
        ("NIET [18..30]", "geheel getal", Test("not_between", low=18, high=30)),
        ("niet < 18", "geheel getal", Test("ge", value=18)),
        ("leeg", "datum", Test("empty")),
        ("niet leeg", "tekst", Test("present")),
        ("leeg", "lijst", Test("empty")),
        ("niet leeg", "lijst", Test("present")),
    ],
)
def test_condition_forms(raw, kind, expected):
    assert cond(raw, kind) == expected


def test_keuzelijst_condition_checks_allowed_values():
    allowed = ("inwilligen", "afwijzen")
    assert cond("afwijzen, inwilligen", "keuzelijst", allowed) == Test("in", values=("afwijzen", "inwilligen"))
    error = cond("afwijzn", "keuzelijst", allowed)
    assert error.code == "onbekende_waarde"
    assert "(bedoelt u 'afwijzen'?)" in error.message


def test_unknown_country_suggests_the_code_from_the_name():
    error = cond("Argentinie", "landcode")
    assert error == CellError(
        "onbekende_waarde",
        "'Argentinie' is geen landcode (ISO 3166-1 alpha-2) voor veld (bedoelt u 'AR'?); "
        "gebruik twee hoofdletters, bijvoorbeeld AR.",
    )
    assert "(bedoelt u 'AR'?)" in cond("Argentinie", "landcode", allowed=COUNTRIES).message
    assert "(bedoelt u 'HK'?)" in cond("hk", "landcode").message


@pytest.mark.parametrize(
    ("raw", "kind", "code"),
    [
        ("achttien", "geheel getal", "ongeldige_waarde"),
        ("18.5", "geheel getal", "ongeldige_waarde"),
        (18.5, "geheel getal", "ongeldige_waarde"),
        ("1.000,5", "getal", "getal_met_scheidingsteken"),
        ("2024-13-01", "datum", "ongeldige_waarde"),
        ("01-10-2022", "datum", "ongeldige_waarde"),
        (datetime(2022, 10, 1, 12, 30), "datum", "ongeldige_waarde"),
        ("misschien", "ja/nee", "ongeldige_waarde"),
        (1, "ja/nee", "ongeldige_waarde"),
        ("XX", "landcode", "onbekende_waarde"),
        ("< AR", "landcode", "ongeldige_voorwaarde"),
        ("[a..b]", "tekst", "ongeldige_voorwaarde"),
        ("[18..30", "geheel getal", "ongeldige_voorwaarde"),
        ("[18-30]", "geheel getal", "ongeldige_voorwaarde"),
        ("[30..18]", "geheel getal", "ongeldig_bereik"),
        ("<", "geheel getal", "ongeldige_voorwaarde"),
        ("AR,, HK", "landcode", "ongeldige_voorwaarde"),
        ('"open', "tekst", "ongeldige_voorwaarde"),
        ("niet niet AR", "landcode", "ongeldige_voorwaarde"),
        ("niet()", "landcode", "ongeldige_voorwaarde"),
        ("a, b", "lijst", "ongeldige_voorwaarde"),
    ],
)
def test_condition_errors_are_data(raw, kind, code):
    error = cond(raw, kind)
    assert isinstance(error, CellError)
    assert error.code == code
    assert "veld" in error.message or "'" in error.message


@pytest.mark.parametrize(
    ("raw", "kind", "allowed", "expected"),
    [
        (None, "geheel getal", None, None),
        ("  ", "tekst", None, None),
        ("12", "geheel getal", None, 12),
        (12.0, "geheel getal", None, 12),
        ("-3", "geheel getal", None, -3),
        ("2,5", "getal", None, 2.5),
        ("2.5", "getal", None, 2.5),
        (7, "getal", None, 7),
        ("2024-03-01", "datum", None, date(2024, 3, 1)),
        (date(2024, 3, 1), "datum", None, date(2024, 3, 1)),
        ("JA", "ja/nee", None, True),
        ("onwaar", "ja/nee", None, False),
        ("TRUE", "ja/nee", None, True),
        (False, "ja/nee", None, False),
        ("vrije tekst", "tekst", None, "vrije tekst"),
        (42, "tekst", None, "42"),
        ("HK", "landcode", None, "HK"),
        ("inwilligen", "keuzelijst", ("inwilligen", "afwijzen"), "inwilligen"),
        ("leeftijd, retourticket", "lijst", ("leeftijd", "retourticket"), ["leeftijd", "retourticket"]),
        ("leeg", "lijst", None, []),
    ],
)
def test_literal_values(raw, kind, allowed, expected):
    value = parse_value(raw, kind, field="veld", allowed=allowed)
    assert value == expected
    assert type(value) is type(expected)


def test_list_value_refuses_an_item_not_allowed():
    error = parse_value("leeftijd, retourtiket", "lijst", field="gronden", allowed=("leeftijd", "retourticket"))
    assert error.code == "onbekende_waarde"
    assert "'retourtiket'" in error.message and "(bedoelt u 'retourticket'?)" in error.message


def test_split_list_keeps_quoted_commas():
    assert split_list('a, "b, c" , d') == ["a", "b, c", "d"]


def test_allowed_values():
    assert parse_allowed("inwilligen, afwijzen", "keuzelijst", field="besluit") == ("inwilligen", "afwijzen")
    assert parse_allowed(None, "landcode", field="nationaliteit") is None
    assert parse_allowed(None, "keuzelijst", field="besluit").code == "ontbrekende_waarde"
    assert parse_allowed("AR, XY", "landcode", field="nationaliteit").code == "onbekende_waarde"
    assert parse_allowed("a, b, a", "keuzelijst", field="besluit").code == "dubbele_naam"
    assert parse_allowed("1, 2", "geheel getal", field="aantal").code == "ongeldige_waarde"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("UNIQUE", ("UNIQUE", None)),
        ("uniek", ("UNIQUE", None)),
        ("FIRST", ("FIRST", None)),
        ("Eerste", ("FIRST", None)),
        ("PRIORITY", ("PRIORITY", None)),
        ("PRIORITEIT", ("PRIORITY", None)),
        ("ANY", ("ANY", None)),
        ("ELKE", ("ANY", None)),
        ("COLLECT", ("COLLECT", None)),
        ("VERZAMEL", ("COLLECT", None)),
        ("COLLECT SUM", ("COLLECT", "SUM")),
        ("verzamel som", ("COLLECT", "SUM")),
        ("COLLECT COUNT", ("COLLECT", "COUNT")),
        ("VERZAMEL AANTAL", ("COLLECT", "COUNT")),
        ("VERZAMEL MIN", ("COLLECT", "MIN")),
        ("COLLECT MAX", ("COLLECT", "MAX")),
        ("RULE ORDER", ("RULE ORDER", None)),
        ("REGELVOLGORDE", ("RULE ORDER", None)),
    ],
)
def test_hit_policy_names(raw, expected):
    assert parse_hit_policy(raw) == expected


def test_hit_policy_errors():
    unknown = parse_hit_policy("EERST")
    assert unknown.code == "onbekende_beslissingsregel" and "(bedoelt u 'EERSTE'?)" in unknown.message
    assert parse_hit_policy("EERSTE SOM").code == "onbekende_beslissingsregel"
    assert parse_hit_policy(None).code == "ontbrekende_waarde"


KINDS = ("tekst", "geheel getal", "getal", "datum", "ja/nee", "keuzelijst", "landcode", "lijst")
_CELL = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.dates(),
    st.text(alphabet=st.sampled_from(list('[]()<>=!,.;" -nietlg0123456789ARHKja')), max_size=25),
    st.text(max_size=25),
)


@settings(max_examples=300, deadline=None)
@given(raw=_CELL, kind=st.sampled_from(KINDS))
def test_any_cell_reads_as_a_test_or_an_error_never_raises(raw, kind):
    result = parse_condition(raw, kind, field="veld", allowed=("a", "b") if kind in ("keuzelijst", "lijst") else None)
    assert isinstance(result, (Test, CellError))
    if isinstance(result, CellError):
        assert result.code and result.message
    value = parse_value(raw, kind, field="veld")
    assert not isinstance(value, Exception)


@pytest.mark.parametrize(("raw", "expected"), [
    ("≥ 18", Test("ge", value=18)),
    ("≤18", Test("le", value=18)),
    ("≠ 18", Test("ne", value=18)),
    ("niet ≥ 18", Test("lt", value=18)),
])
def test_comparison_symbols_of_legal_texts_are_accepted(raw, expected):
    assert cond(raw) == expected


@pytest.mark.parametrize(("raw", "kind", "suggested"), [
    ("18 - 30", "geheel getal", "[18..30]"),
    ("18 t/m 30", "geheel getal", "[18..30]"),
    ("2020-01-01 tot 2020-12-31", "datum", "[2020-01-01..2020-12-31["),
])
def test_a_range_written_out_gets_the_range_syntax_suggested(raw, kind, suggested):
    result = cond(raw, kind)
    assert isinstance(result, CellError) and result.code == "ongeldige_voorwaarde"
    assert suggested in result.message


def test_a_date_is_not_mistaken_for_a_range():
    assert cond("2020-01-01", "datum") == Test("eq", value=date(2020, 1, 1))
