"""Voorbeelden may expect a status and the facts still missing; a failing one says why in Dutch."""

from __future__ import annotations

from datetime import date

from policy.catalog import load_table
from policy.checks.examples import check_examples
from policy.workbook import read_workbook
from tests.factories import build_workbook, sample_workbook


def workbook(examples):
    kwargs = sample_workbook()
    kwargs["inputs"][3] = {"naam": "retourticket", "type": "ja/nee", "verplicht": "nee"}  # absent: onbekend
    kwargs["examples"] = examples
    return build_workbook(**kwargs)


BASE = {"peildatum": date(2024, 3, 1), "nationaliteit": "AR", "geboortedatum": date(2000, 1, 1),
        "aanvraagdatum": date(2024, 3, 1)}


def diagnostics(examples):
    data = workbook(examples)
    loaded, found = load_table(data, table_id="proef/tabel")
    if loaded is None:
        return found
    table, _ = read_workbook(data, table_id="proef/tabel")
    return check_examples(table, loaded.compiled)


def test_an_example_may_expect_onvolledig_and_its_missing_facts():
    assert diagnostics([{"voorbeeld": "zonder ticket", **BASE, "status": "onvolledig",
                         "ontbrekende_feiten": "retourticket"}]) == []
    assert diagnostics([{"voorbeeld": "met ticket", **BASE, "retourticket": "ja", "besluit": "inwilligen",
                         "status": "beslist", "ontbrekende_feiten": "leeg"}]) == []


def test_an_example_that_leaves_a_fact_out_is_told_the_decision_is_onvolledig():
    (d,) = diagnostics([{"voorbeeld": "zonder ticket", **BASE, "besluit": "inwilligen"}])
    assert d.code == "voorbeeld_klopt_niet"
    assert "onvolledig zolang retourticket niet is opgegeven" in d.message
    (d,) = diagnostics([{"voorbeeld": "zonder ticket", **BASE, "status": "beslist"}])
    assert "status verwacht 'beslist', de beslissing is 'onvolledig' (ontbrekende feiten: retourticket)" in d.message


def test_a_status_or_missing_fact_that_cannot_be_is_a_cell_error():
    found = diagnostics([{"voorbeeld": "x", **BASE, "status": "misschien", "ontbrekende_feiten": "lengte"}])
    assert [(d.code, d.location.blad) for d in found if d.is_error] == [
        ("onbekende_waarde", "Voorbeelden"), ("onbekende_waarde", "Voorbeelden")]
