"""The quota declaration on blad Metadata: read, checked, compiled."""

from __future__ import annotations

from datetime import date

import pytest

from policy.catalog import load_table
from tests.factories import build_workbook, sample_workbook

DECLARATION = {
    "quotum_parameter": "quotum",
    "quotum_sleutel": "nationaliteit",
    "quotum_teller": "verleend_dit_jaar",
    "quotum_uitvoer": "besluit",
    "quotum_waarde": "inwilligen",
    "quotum_grond": "quotum",
}


def _workbook(**declaration: str | None) -> dict:
    book = sample_workbook()
    book["metadata"].update({k: v for k, v in {**DECLARATION, **declaration}.items() if v is not None})
    book["inputs"].append({"naam": "verleend_dit_jaar", "type": "geheel getal", "verplicht": "nee",
                           "standaard": 0, "minimum": 0, "herkomst": "context"})
    book["derived"].append({"naam": "quotum_vol", "type": "ja/nee",
                            "formule": 'als(is_leeg(parameter("quotum", nationaliteit)), nee, '
                                       'verleend_dit_jaar >= parameter("quotum", nationaliteit))'})
    book["outputs"][1]["toegestane_waarden"] += ", quotum"
    conditions = ("regel_id", "nationaliteit", "leeftijd", "retourticket")
    book["rules"] = [{**{k: r.get(k) for k in conditions}, "quotum_vol": "-", **r} for r in book["rules"]]
    book["rules"].insert(2, {**book["rules"][2], "regel_id": "WH-Q", "nationaliteit": "-", "quotum_vol": "ja",
                             "besluit": "afwijzen", "gronden": "quotum", "bron": "Vc B2/2.1.2"})
    book["parameters"] = [{"naam": "quotum", "sleutel": "HK", "waarde": 2, "geldig_van": date(2020, 1, 1),
                           "bron": "Vc 2000 B2/2.1.2"}]
    return book


def _load(book: dict):
    return load_table(build_workbook(**book), table_id="uitwisseling/test")


def test_a_complete_declaration_is_compiled():
    loaded, diagnostics = _load(_workbook())
    assert [d for d in diagnostics if d.is_error] == []
    assert loaded.compiled.data["quota"] == {
        "parameter": "quotum", "key": "nationaliteit", "counter": "verleend_dit_jaar",
        "output": "besluit", "value": "inwilligen", "ground": "quotum",
    }


def test_a_table_without_a_quota_compiles_none():
    loaded, _ = load_table(build_workbook(**sample_workbook()), table_id="uitwisseling/test")
    assert loaded.compiled.data["quota"] is None


def test_a_missing_key_names_every_missing_one():
    loaded, diagnostics = _load(_workbook(quotum_grond=None, quotum_waarde=None))
    assert loaded is None
    [d] = [d for d in diagnostics if d.code == "quotum_onvolledig"]
    assert "quotum_waarde, quotum_grond" in d.message and d.location.blad == "Metadata"


@pytest.mark.parametrize(("key", "value", "says"), [
    ("quotum_parameter", "quota", "staat niet op blad Parameters"),
    ("quotum_sleutel", "land", "geen invoer die de aanvrager opgeeft"),
    ("quotum_sleutel", "verleend_dit_jaar", "geen invoer die de aanvrager opgeeft"),
    ("quotum_sleutel", "aanvraagdatum", "van type 'datum'"),
    ("quotum_teller", "retourticket", "herkomst context"),
    ("quotum_uitvoer", "uitkomst", "geen uitvoer van de beslissing"),
    ("quotum_waarde", "verlenen", "geen toegestane waarde van besluit"),
    ("quotum_grond", "vol", "geen toegestane waarde van een uitvoer"),
])
def test_a_name_that_does_not_fit_is_reported_at_its_cell(key, value, says):
    loaded, diagnostics = _load(_workbook(**{key: value}))
    assert loaded is None
    [d] = [d for d in diagnostics if d.code == "quotum_onbekend_veld"]
    assert f"{key} '{value}'" in d.message and says in d.message
    row = list({**sample_workbook()["metadata"], **DECLARATION}).index(key) + 2
    assert (d.location.blad, d.location.cel) == ("Metadata", f"B{row}")


def test_an_unknown_quotum_key_is_an_unknown_property():
    book = _workbook()
    book["metadata"]["quotum_maximum"] = "100"
    _, diagnostics = _load(book)
    [d] = [d for d in diagnostics if d.code == "onbekende_eigenschap"]
    assert "quotum_parameter" in d.message  # the hint lists the real keys


def test_the_working_holiday_table_declares_its_quota():
    loaded, diagnostics = load_table("decision_tables/uitwisseling/working_holiday.xlsx",
                                     table_id="uitwisseling/working_holiday")
    assert [d for d in diagnostics if d.is_error] == []
    assert loaded.compiled.data["quota"]["counter"] == "verleend_dit_jaar"
