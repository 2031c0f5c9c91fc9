"""Over HTTP: a decision's status, beoordeling_vereist and the Controles checks (single and batch)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import write_workbook

TABLE = "medisch/proef_status"
URL = f"/v1/decisions/{TABLE}"
START = date(2020, 1, 1)


def workbook() -> dict:
    """A small medical table: a treatment cannot start before birth; special circumstances go to a
    case worker; a BMA advice that is not given is unknown."""
    return {
        "metadata": {"titel": "Proef status", "eigenaar": "Team Medisch", "beslissingsregel": "EERSTE",
                     "peildatum": "aanvraagdatum"},
        "inputs": [
            {"naam": "aanvraagdatum", "type": "datum"},
            {"naam": "geboortedatum", "type": "datum"},
            {"naam": "begin_behandeling", "type": "datum", "verplicht": "nee"},
            {"naam": "bijzondere_omstandigheden", "type": "ja/nee", "verplicht": "nee", "standaard": "nee",
             "bron_standaard": "Vc 2000 B8/2.1"},
            {"naam": "bma_advies_positief", "type": "ja/nee", "verplicht": "nee"},
        ],
        "outputs": [
            {"naam": "besluit", "type": "keuzelijst",
             "toegestane_waarden": "inwilligen, afwijzen, beoordeling_vereist"},
            {"naam": "grond", "type": "keuzelijst", "toegestane_waarden": "bijzondere_omstandigheden, bma",
             "standaard": "geen waarde"},
        ],
        "rules": [
            {"regel_id": "PS-01", "bijzondere_omstandigheden": "ja", "bma_advies_positief": "-",
             "besluit": "beoordeling_vereist", "grond": "bijzondere_omstandigheden", "bron": "Vc 2000 B8/2.1",
             "geldig_van": START},
            {"regel_id": "PS-02", "bijzondere_omstandigheden": "-", "bma_advies_positief": "ja",
             "besluit": "inwilligen", "grond": "leeg", "bron": "Vc 2000 B8/2.2", "geldig_van": START},
            {"regel_id": "PS-03", "bijzondere_omstandigheden": "-", "bma_advies_positief": "-",
             "besluit": "afwijzen", "grond": "bma", "bron": "Vc 2000 B8/2.3", "geldig_van": START},
        ],
        "controls": [
            {"regel_id": "CT-01", "controle": "geboortedatum <= aanvraagdatum",
             "melding": "De geboortedatum ligt na de aanvraagdatum."},
            {"regel_id": "CT-02", "controle": "begin_behandeling >= geboortedatum",
             "melding": "De behandeling begon vóór de geboorte."},
        ],
    }


@pytest.fixture
def tables_dir(tmp_path):
    root = tmp_path / "decision_tables"
    write_workbook(root / f"{TABLE}.xlsx", **workbook())
    return root


def facts(**kw):
    base = {"aanvraagdatum": "2024-03-01", "geboortedatum": "1980-01-01", "bma_advies_positief": True}
    base.update(kw)
    return {k: v for k, v in base.items() if v is not None}


def test_a_complete_decision_is_beslist(client):
    response = client.post(URL, json={"facts": facts()})
    body = response.get_json()
    assert response.status_code == 200, body
    assert (body["status"], body["outputs"]["besluit"]) == ("beslist", "inwilligen")
    assert "ontbrekende_feiten" not in body


def test_beoordeling_vereist_names_ground_rows_and_facts(client):
    body = client.post(URL, json={"facts": facts(bijzondere_omstandigheden=True)}).get_json()
    assert body["status"] == "beoordeling_vereist"
    assert body["outputs"] == {"besluit": "beoordeling_vereist", "grond": "bijzondere_omstandigheden"}
    assert body["beoordeling"]["grond"] == "bijzondere_omstandigheden"
    assert [r["regel_id"] for r in body["beoordeling"]["regels"]] == ["PS-01"]
    assert body["beoordeling"]["feiten"] == {"bijzondere_omstandigheden": True}


def test_a_failing_check_is_a_400_naming_both_fields(client):
    response = client.post(URL, json={"facts": facts(begin_behandeling="1979-12-31")})
    body = response.get_json()
    assert response.status_code == 400
    assert body["code"] == "ongeldige_feiten"
    assert body["errors"] == {"begin_behandeling": ["De behandeling begon vóór de geboorte."],
                              "geboortedatum": ["De behandeling begon vóór de geboorte."]}
    assert [c["regel_id"] for c in body["checks"]] == ["CT-02"]
    # the boundary: a treatment from the day of birth is plausible
    assert client.post(URL, json={"facts": facts(begin_behandeling="1980-01-01")}).status_code == 200


@pytest.mark.parametrize("dry_run", ["true", "false"])
def test_a_batch_checks_each_case_on_its_own(client, dry_run):
    cases = [{"facts": facts()}, {"facts": facts(geboortedatum="2024-03-02")}, {"facts": facts()}]
    response = client.post(f"{URL}/batch?dry_run={dry_run}", json=cases)
    assert response.status_code == 200
    items = response.get_json()
    assert [item["status"] for item in items] == [200, 400, 200]
    assert items[1]["code"] == "ongeldige_feiten"
    assert items[1]["errors"] == {"aanvraagdatum": ["De geboortedatum ligt na de aanvraagdatum."],
                                  "geboortedatum": ["De geboortedatum ligt na de aanvraagdatum."]}
    assert items[0]["outputs"]["besluit"] == "inwilligen"


def test_the_openapi_document_describes_the_status(client):
    schemas = client.get("/openapi.json").get_json()["components"]["schemas"]
    assert schemas["Beslissing"]["properties"]["status"]["enum"] == ["beslist", "onvolledig", "beoordeling_vereist"]
    assert "status" in schemas["Beslissing"]["required"]


def test_a_decision_with_an_unknown_fact_answers_onvolledig_naming_it(client):
    response = client.post(URL, json={"facts": facts(bma_advies_positief=None)})
    body = response.get_json()
    assert response.status_code == 200, body
    assert body["status"] == "onvolledig"
    assert body["ontbrekende_feiten"] == ["bma_advies_positief"]
    assert body["onbekende_uitvoer"] == ["besluit", "grond"]
    assert body["outputs"] == {"besluit": None, "grond": None}  # never a refusal on a ground not assessed
    receipt = client.get(response.headers["Location"]).get_json()
    assert (receipt["status"], receipt["ontbrekende_feiten"]) == ("onvolledig", ["bma_advies_positief"])
    replay = client.post(f"/v1/decisions/{body['decision_id']}/replay").get_json()
    assert replay["identical"] is True, replay
    # the fact given either way decides
    assert client.post(URL, json={"facts": facts(bma_advies_positief=False)}).get_json()["outputs"]["besluit"] == \
        "afwijzen"


def test_an_unknown_fact_that_cannot_change_the_answer_is_not_asked_for(client):
    body = client.post(URL, json={"facts": facts(bma_advies_positief=None, bijzondere_omstandigheden=True)}).get_json()
    assert (body["status"], body["outputs"]["besluit"]) == ("beoordeling_vereist", "beoordeling_vereist")
    assert "ontbrekende_feiten" not in body


@pytest.mark.parametrize("dry_run", ["true", "false"])
def test_a_batch_answers_onvolledig_per_case(client, dry_run):
    cases = [{"facts": facts()}, {"facts": facts(bma_advies_positief=None)},
             {"facts": facts(bijzondere_omstandigheden=True)}]
    items = client.post(f"{URL}/batch?dry_run={dry_run}", json=cases).get_json()
    assert [(i["status"], i["decision_status"]) for i in items] == [
        (200, "beslist"), (200, "onvolledig"), (200, "beoordeling_vereist")]
    assert items[1]["ontbrekende_feiten"] == ["bma_advies_positief"]
    assert items[1]["outputs"]["besluit"] is None
    assert items[2]["beoordeling"]["grond"] == "bijzondere_omstandigheden"
