"""Quotas in the service (in process): the ledger fills the counter, grants take places, the
table refuses on its quota ground when none is left; withdrawals, corrections, the year rollover."""

from __future__ import annotations

from datetime import date

import pytest

from server.quotas import line_for, quota_rule
from tests.server.conftest import ADMIN_TOKEN
from tests.server.problems import assert_problem
from tests.server.workbooks import WHP as TABLE
from tests.server.workbooks import HK_FACTS as HK
from tests.server.workbooks import copy_working_holiday
URL = f"/v1/decisions/{TABLE}"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture
def tables_dir(tmp_path):
    return copy_working_holiday(tmp_path / "decision_tables")


@pytest.fixture
def app(make_app):
    return make_app(CLOCK_DATE="2026-03-01")


def _line(client, key="HK", year=2026):
    return client.get(f"/v1/quota/{TABLE}/{key}/{year}").get_json()


def _correct(client, granted, key="HK", year=2026, reason="verleend vóór Regelwerk"):
    response = client.post(f"/v1/quota/{TABLE}/{key}/{year}/correction", json={"granted": granted, "reason": reason},
                           headers=ADMIN)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def test_grants_take_places_until_the_quota_is_full_then_the_table_refuses_on_quotum(client, app):
    _correct(client, 98)
    answers = [client.post(URL, json={"facts": HK}).get_json() for _ in range(3)]
    assert [a["outputs"]["besluit"] for a in answers] == ["inwilligen", "inwilligen", "afwijzen"]
    assert answers[2]["outputs"]["gronden"] == ["quotum"]
    assert "WH-A16" in [m["regel_id"] for m in answers[2]["matched_rows"]]
    assert [a["quota"] for a in answers] == [
        {"key": "HK", "year": 2026, "maximum": 100, "granted": g, "remaining": 100 - g, "place_taken": t}
        for g, t in ((99, True), (100, True), (100, False))]
    store = app.extensions["regelwerk"].store
    receipts = [store.get_decision(a["decision_id"]) for a in answers]
    assert [r.facts["verleend_dit_jaar"] for r in receipts] == [98, 99, 100]  # the counter that decided
    line = _line(client)
    assert (line["granted"], line["remaining"]) == (100, 0)
    assert line["decision_ids"] == [a["decision_id"] for a in answers[:2]]


def test_every_logged_decision_carries_the_services_decision_date(client, app):
    """CLOCK_DATE is the decision date: on a grant's own transaction and on the plain log path."""
    granted = client.post(URL, json={"facts": HK}).get_json()  # takes a place: record_decision
    plain = client.post(URL, json={"facts": {**HK, "nationaliteit": "AU", "indieningsplaats": "ind_loket"}}).get_json()
    assert granted["quota"]["place_taken"] and plain["quota"] is None  # no quota for AU: append_decisions
    store = app.extensions["regelwerk"].store
    assert {store.get_decision(a["decision_id"]).decision_date for a in (granted, plain)} == {date(2026, 3, 1)}


def test_a_dry_run_reads_the_ledger_but_takes_no_place(client, app):
    _correct(client, 100)
    body = client.post(URL, json={"facts": HK, "dry_run": True}).get_json()
    assert body["outputs"]["gronden"] == ["quotum"] and body["decision_id"] is None
    assert body["quota"]["granted"] == 100 and body["quota"]["place_taken"] is False
    _correct(client, 10)
    for _ in range(3):
        assert client.post(URL, json={"facts": HK, "dry_run": True}).get_json()["quota"]["granted"] == 10
    assert _line(client)["granted"] == 10
    assert app.extensions["regelwerk"].store.count_decisions() == 0


def test_callers_cannot_send_the_counter(client):
    body = assert_problem(client.post(URL, json={"facts": {**HK, "verleend_dit_jaar": 0}}), 400, "ongeldige_feiten")
    assert list(body["errors"]) == ["verleend_dit_jaar"]


def test_a_key_without_a_quota_counts_nothing(client, app):
    australian = {**HK, "nationaliteit": "AU", "indieningsplaats": "ind_loket"}
    body = client.post(URL, json={"facts": australian}).get_json()
    assert body["outputs"]["besluit"] == "inwilligen" and body["quota"] is None
    assert app.extensions["regelwerk"].store.quotas() == []
    assert_problem(client.get(f"/v1/quota/{TABLE}/AU/2026"), 404, "onbekend_quotum")


def test_the_first_grant_of_a_new_year_starts_a_new_count(make_app, client):
    december = make_app(CLOCK_DATE="2025-12-31").test_client()
    _correct(december, 99, year=2025)
    assert december.post(URL, json={"facts": HK}).get_json()["quota"]["granted"] == 100
    assert december.post(URL, json={"facts": HK}).get_json()["outputs"]["gronden"] == ["quotum"]
    january = make_app(CLOCK_DATE="2026-01-01").test_client()  # another worker, after midnight
    body = january.post(URL, json={"facts": HK}).get_json()
    assert body["outputs"]["besluit"] == "inwilligen"
    assert body["quota"] == {"key": "HK", "year": 2026, "maximum": 100, "granted": 1, "remaining": 99,
                             "place_taken": True}
    assert _line(january, year=2025)["granted"] == 100
    years = [(q["year"], q["granted"]) for q in january.get("/v1/quota").get_json()["quota"]]
    assert years == [(2025, 100), (2026, 1)]


def test_a_withdrawal_releases_the_place_once_and_is_recorded(client, app):
    _correct(client, 99)
    granted = client.post(URL, json={"facts": HK}).get_json()
    assert client.post(URL, json={"facts": HK}).get_json()["outputs"]["besluit"] == "afwijzen"
    decision_id = granted["decision_id"]
    assert client.get(f"/v1/decisions/{decision_id}").get_json()["quota_place"] == {
        "key": "HK", "year": 2026, "held": True}
    assert_problem(client.post(f"/v1/decisions/{decision_id}/withdraw"), 401, "niet_geautoriseerd")
    response = client.post(f"/v1/decisions/{decision_id}/withdraw", json={"reason": "vergunning ingetrokken"},
                           headers=ADMIN)
    assert response.status_code == 200
    body = response.get_json()
    assert body["place_released"] is True and body["quota"]["granted"] == 99 and body["reason"] == "vergunning ingetrokken"
    assert_problem(client.post(f"/v1/decisions/{decision_id}/withdraw", headers=ADMIN), 409, "al_ingetrokken")
    receipt = client.get(f"/v1/decisions/{decision_id}").get_json()
    assert receipt["withdrawal"]["reason"] == "vergunning ingetrokken" and receipt["quota_place"]["held"] is False
    assert _line(client)["decision_ids"] == []
    again = client.post(URL, json={"facts": HK}).get_json()  # the released place is taken again
    assert again["outputs"]["besluit"] == "inwilligen" and again["quota"]["granted"] == 100
    assert_problem(client.post("/v1/decisions/00000000-0000-0000-0000-000000000000/withdraw", headers=ADMIN),
                   404, "onbekende_beslissing")
    refused = client.post(URL, json={"facts": HK}).get_json()["decision_id"]
    released = client.post(f"/v1/decisions/{refused}/withdraw", headers=ADMIN).get_json()
    assert released["place_released"] is False and released["quota"] is None
    assert app.extensions["regelwerk"].store.quota(TABLE, "HK", 2026).granted == 100


def test_corrections_need_a_reason_and_stay_within_places_and_maximum(client):
    correction = f"/v1/quota/{TABLE}/HK/2026/correction"
    assert_problem(client.post(correction, json={"granted": 5, "reason": "x"}), 401, "niet_geautoriseerd")
    body = assert_problem(client.post(correction, json={"granted": "5", "change": 1, "extra": 1}, headers=ADMIN),
                          400, "ongeldig_verzoek")
    assert set(body["errors"]) == {"_verzoek", "granted", "extra", "reason"}
    assert_problem(client.post(correction, json={"granted": 101, "reason": "te veel"}, headers=ADMIN),
                   409, "correctie_ongeldig")
    client.post(URL, json={"facts": HK})
    assert_problem(client.post(correction, json={"granted": 0, "reason": "onder de vastgelegde"}, headers=ADMIN),
                   409, "correctie_ongeldig")
    response = client.post(correction, json={"change": 36, "reason": "36 verleend in januari, vóór Regelwerk"},
                           headers=ADMIN)
    assert response.get_json()["granted"] == 37
    line = _line(client)
    assert [(c["change"], c["granted"], c["reason"]) for c in line["corrections"]] == [
        (36, 37, "36 verleend in januari, vóór Regelwerk")]
    assert_problem(client.post(f"/v1/quota/{TABLE}/AU/2026/correction", json={"granted": 1, "reason": "x"},
                               headers=ADMIN), 404, "onbekend_quotum")
    assert_problem(client.get("/v1/quota/uitwisseling/onbekend/HK/2026"), 404, "onbekende_tabel")
    assert_problem(client.get("/v1/quota?year=twee"), 400, "ongeldig_verzoek")


def test_a_granted_decision_replays_identically(client):
    _correct(client, 42)
    body = client.post(URL, json={"facts": HK}).get_json()
    replay = client.post(f"/v1/decisions/{body['decision_id']}/replay").get_json()
    assert replay["result"] == "identical"


def test_a_logged_batch_takes_places_case_by_case_and_a_dry_run_batch_reads_the_ledger(client, app):
    _correct(client, 98)
    cases = [{"facts": HK}, {"facts": {**HK, "nationaliteit": "XX"}}, {"facts": HK}, {"facts": HK}]
    items = client.post(f"{URL}/batch", json=cases).get_json()
    assert [i["status"] for i in items] == [200, 400, 200, 200]
    assert [i["outputs"]["besluit"] for i in items if i["status"] == 200] == ["inwilligen", "inwilligen", "afwijzen"]
    assert [i["quota"]["granted"] for i in items if i["status"] == 200] == [99, 100, 100]
    dry = client.post(f"{URL}/batch?dry_run=true", json=[{"facts": HK}, {"facts": {**HK, "nationaliteit": "JP",
                                                                                    "indieningsplaats": "ind_loket",
                                                                                    "preregistratie_volgnummer": "JP-1",
                                                                                    "preregistratie_datum": "2026-01-15"}}])
    assert dry.headers["X-Regelwerk-Pad"] == "gevectoriseerd"
    assert [i["outputs"]["besluit"] for i in dry.get_json()] == ["afwijzen", "inwilligen"]
    assert app.extensions["regelwerk"].store.quota(TABLE, "HK", 2026).granted == 100


def test_openapi_describes_the_quota_endpoints(client):
    paths = client.get("/openapi.json").get_json()["paths"]
    assert {"/v1/quota", "/v1/decisions/{decision_id}/withdraw", f"/v1/quota/{TABLE}/{{key}}/{{year}}",
            f"/v1/quota/{TABLE}/{{key}}/{{year}}/correction"} <= set(paths)


KR = {**HK, "nationaliteit": "KR", "indieningsplaats": "ind_loket", "preregistratie_volgnummer": "KR-0042",
      "preregistratie_datum": "2023-12-01", "aanvraagdatum": "2023-12-31"}  # KR quota 100 until 2023, then 200


def test_a_place_taken_after_the_count_moved_is_given_back_when_the_table_then_refuses(client, app):
    """Decided on a stale count (98) while others reached 100 of the 200 in force in 2026; on the
    peildatum the quota was 100, so the table refuses with the real count and the place goes back."""
    svc = app.extensions["regelwerk"]
    _correct(client, 100, key="KR")
    loaded = svc.catalog.get(TABLE)
    request = {"facts": {**KR, "aanvraagdatum": date.fromisoformat(KR["aanvraagdatum"]),
                         "preregistratie_datum": date.fromisoformat(KR["preregistratie_datum"]),
                         "geboortedatum": date.fromisoformat(KR["geboortedatum"])}}
    line = line_for(loaded.compiled, request["facts"], svc.today())
    rule = quota_rule(loaded.compiled)
    stale = svc._decide(loaded, request, {rule.counter: 98})
    assert (line.maximum, stale.outputs["besluit"]) == (200, "inwilligen")
    decided = svc._grant(loaded, request, rule, line, stale, 98)
    assert decided.decision.outputs["gronden"] == ["quotum"] and decided.quota.place_taken is False
    assert decided.receipt.facts["verleend_dit_jaar"] == 100 and decided.quota.state.granted == 100
    assert svc.store.quota(TABLE, "KR", 2026).granted == 100 and svc.store.places(TABLE, "KR", 2026) == []


def test_a_full_ledger_the_table_does_not_enforce_on_the_peildatum_is_409_and_not_logged(make_app):
    """In 2023 the KR quota in force is 100; an application dated 2024 meets the table's 200."""
    client = make_app(CLOCK_DATE="2023-06-01").test_client()
    _correct(client, 100, key="KR", year=2023)
    facts = {**KR, "aanvraagdatum": "2024-01-01"}
    assert client.post(URL, json={"facts": facts, "dry_run": True}).get_json()["outputs"]["besluit"] == "inwilligen"
    body = assert_problem(client.post(URL, json={"facts": facts}), 409, "quotum_vol")
    assert "KR in 2023" in body["detail"]
    assert client.application.extensions["regelwerk"].store.count_decisions() == 0


def test_the_table_description_names_its_quota_and_keys(client):
    described = client.get(f"/v1/tables/{TABLE}").get_json()
    assert described["quota"] == {"parameter": "quotum", "key": "nationaliteit", "counter": "verleend_dit_jaar",
                                  "keys": ["AR", "HK", "JP", "KR", "TW", "UY"]}
    listed = {t["id"]: t["quota"] for t in client.get("/v1/tables").get_json()["tables"]}
    assert listed[TABLE] == described["quota"]
