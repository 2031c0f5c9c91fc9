"""POST /v1/decisions/<id>, receipts and replay, and every error status with its problem body."""

from __future__ import annotations

import json
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.server.problems import assert_problem
from tests.server.workbooks import TABLE_ID, expected_outcome, facts

URL = f"/v1/decisions/{TABLE_ID}"


def test_a_decision_names_its_version_rows_and_sources_and_is_logged(client, v1):
    response = client.post(URL, json={"facts": facts(nationaliteit="AR"), "zaaknummer": "Z-2024-001"})
    assert response.status_code == 200
    body = response.get_json()
    assert body["outputs"] == {"besluit": "inwilligen", "gronden": []}
    assert (body["table_id"], body["table_version"], body["peildatum"]) == (TABLE_ID, v1, "2024-03-01")
    assert [(m["regel_id"], m["row"], m["bron"], m["outputs"]) for m in body["matched_rows"]] == [
        ("R3", 4, "Vc B2/2.1.2", {"besluit": "inwilligen", "gronden": []})]
    assert body["dry_run"] is False and "trace" not in body
    receipt = client.get(response.headers["Location"]).get_json()
    assert receipt["decision_id"] == body["decision_id"]
    assert receipt["zaaknummer"] == "Z-2024-001"
    assert receipt["facts"] == {"nationaliteit": "AR", "geboortedatum": "2000-01-01", "aanvraagdatum": "2024-03-01",
                                "retourticket": True, "uren": None, "kinderen": None, "soort": None,
                                "verleend_dit_jaar": 0}
    assert receipt["outputs"] == body["outputs"] and receipt["matched_rows"] == body["matched_rows"]
    assert receipt["engine"].startswith("durable (durable_rules ")
    assert receipt["compiler"].startswith("regelwerk ")


def test_dry_run_is_not_logged_and_explain_gives_the_trace(client, app):
    store = app.extensions["regelwerk"].store
    body = client.post(URL, json={"facts": facts(), "dry_run": True, "explain": True}).get_json()
    assert body["decision_id"] is None and body["dry_run"] is True
    assert body["outputs"] == expected_outcome(1)
    assert any(step.get("regel_id") == "R4" and step["matched"] for step in body["trace"])
    assert store.count_decisions() == 0


def test_peildatum_overrides_the_date_fact(client):
    body = client.post(URL, json={"facts": facts(), "peildatum": "2021-06-01", "dry_run": True}).get_json()
    assert body["peildatum"] == "2021-06-01"


def test_400_lists_every_problem_of_the_request_at_once(client, app):
    bad = {"nationaliteit": "Australie", "geboortedatum": 20000101, "aanvraagdatum": "01-03-2024",
           "retourticket": "false", "uren": "12", "kinderen": 11, "soort": "vakantie",
           "verleend_dit_jaar": 5, "lengte": 180}
    body = assert_problem(client.post(URL, json={"facts": bad, "explain": "ja", "extra": 1}), 400, "ongeldige_feiten")
    errors = body["errors"]
    assert set(errors) == set(bad) | {"explain", "extra"}
    assert "landcode" in errors["nationaliteit"][0]
    assert "JJJJ-MM-DD" in errors["geboortedatum"][0] and "getal 20000101" in errors["geboortedatum"][0]
    assert "JJJJ-MM-DD" in errors["aanvraagdatum"][0]
    assert "true of false" in errors["retourticket"][0]
    assert "getal" in errors["uren"][0]
    assert "maximum 10" in errors["kinderen"][0]
    assert "toegestaan: werk, studie" in errors["soort"][0]
    assert "door de dienst zelf ingevuld" in errors["verleend_dit_jaar"][0]
    assert "geen invoer" in errors["lengte"][0]
    assert errors["extra"] == ["is geen veld van dit verzoek."]
    assert app.extensions["regelwerk"].store.count_decisions() == 0


def test_400_for_numbers_beyond_exact_arithmetic(client):
    for value in (10**30, 1e300, 2**53 + 1):
        body = assert_problem(client.post(URL, json={"facts": facts(kinderen=value)}), 400, "ongeldige_feiten")
        assert "is te groot" in body["errors"]["kinderen"][0]


def test_400_for_missing_facts_and_nulls_in_required_fields(client):
    body = assert_problem(client.post(URL, json={"facts": {"nationaliteit": None}}), 400, "ongeldige_feiten")
    assert body["errors"] == {"nationaliteit": ["is verplicht en mag niet null zijn."],
                              "geboortedatum": ["is verplicht maar ontbreekt."],
                              "aanvraagdatum": ["is verplicht maar ontbreekt."]}
    body = assert_problem(client.post(URL, json={"dry_run": True}), 400, "ongeldig_verzoek")
    assert body["errors"] == {"facts": ["is verplicht maar ontbreekt."]}


def test_400_for_bodies_that_are_not_a_request(client):
    for raw in (b"[]", b'"facts"', b"{", b'{"facts": {"uren": NaN}}', b'{"facts": {}, "facts": {}}', b"\xff\xfe{"):
        body = assert_problem(client.post(URL, data=raw, content_type="application/json"), 400, "ongeldig_verzoek")
        assert body["errors"]
    body = assert_problem(client.post(URL, json={"facts": ["AU"]}), 400, "ongeldig_verzoek")
    assert body["errors"] == {"facts": ["moet een JSON-object zijn (veld: waarde)."]}


def test_404_for_unknown_tables_decisions_and_addresses(client):
    assert "onbekend/tabel" in assert_problem(
        client.post("/v1/decisions/onbekend/tabel", json={"facts": {}}), 404, "onbekende_tabel")["detail"]
    assert_problem(client.get("/v1/decisions/3f2b8c1e-0000-4000-8000-000000000000"), 404, "onbekende_beslissing")
    assert_problem(client.post("/v1/decisions/3f2b8c1e-0000-4000-8000-000000000000/replay"), 404,
                   "onbekende_beslissing")
    assert_problem(client.get("/v1/tables/onbekend/tabel"), 404, "onbekende_tabel")
    assert_problem(client.get("/bestaat-niet"), 404, "niet_gevonden")


def test_405_names_the_allowed_methods(client):
    response = client.put(URL, json={"facts": {}})
    assert_problem(response, 405, "methode_niet_toegestaan")
    assert "POST" in response.headers["Allow"]


def test_413_for_an_oversized_body(client, app):
    limit = app.config["MAX_REQUEST_BYTES"]
    padding = "x" * limit
    body = assert_problem(client.post(URL, json={"facts": facts(), "zaaknummer": padding}), 413, "verzoek_te_groot")
    assert "groter" in body["detail"]


def test_415_for_anything_but_json(client):
    for kwargs in ({"data": "nationaliteit=AU", "content_type": "application/x-www-form-urlencoded"},
                   {"data": '{"facts": {}}', "content_type": "text/plain"}, {"data": '{"facts": {}}'}):
        assert "application/json" in assert_problem(client.post(URL, **kwargs), 415, "verkeerd_inhoudstype")["detail"]


def test_422_when_no_rule_is_in_force_on_the_peildatum(client, app):
    body = assert_problem(client.post(URL, json={"facts": facts(aanvraagdatum="2019-12-31")}), 422,
                          "geen_regels_van_kracht")
    assert "2019-12-31" in body["detail"]
    assert app.extensions["regelwerk"].store.count_decisions() == 0


def test_503_and_no_answer_when_the_decision_cannot_be_logged(make_app, database_url):
    app = make_app(DATABASE_URL=database_url + "?timeout=0.2")
    client = app.test_client()
    blocker = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer holds the log
    try:
        response = client.post(URL, json={"facts": facts()})
        body = assert_problem(response, 503, "logboek_niet_beschikbaar")
        assert "outputs" not in body and "decision_id" not in body
        # a dry run needs no log, so it still answers
        assert client.post(URL, json={"facts": facts(), "dry_run": True}).status_code == 200
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert app.extensions["regelwerk"].store.count_decisions() == 0
    assert client.post(URL, json={"facts": facts()}).status_code == 200


def test_replay_of_a_logged_decision_is_identical(client, v1):
    decision_id = client.post(URL, json={"facts": facts()}).get_json()["decision_id"]
    body = client.post(f"/v1/decisions/{decision_id}/replay").get_json()
    assert body["result"] == "identical" and body["identical"] is True and body["differences"] == []
    assert body["table_version"] == v1
    assert_problem(client.post(f"/v1/decisions/{decision_id}/replay", json={"facts": {}}), 400, "ongeldig_verzoek")


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=6,
)
_fact_names = st.sampled_from(["nationaliteit", "geboortedatum", "aanvraagdatum", "retourticket", "uren",
                               "kinderen", "soort", "verleend_dit_jaar", "sid", "id", "onbekend"])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(_fact_names, _json_values, max_size=4),
       envelope=st.dictionaries(st.sampled_from(["peildatum", "explain", "zaaknummer", "x"]), _json_values, max_size=2))
def test_bad_input_is_never_a_500(client, changes, envelope):
    response = client.post(URL, json={"facts": {**facts(), **changes}, "dry_run": True, **envelope})
    assert response.status_code in (200, 400, 422), response.get_data(as_text=True)
    if response.status_code != 200:
        assert response.mimetype == "application/problem+json"


def test_a_problem_only_of_the_envelope_is_ongeldig_verzoek(client, app):
    body = assert_problem(client.post(URL, json={"facts": facts(), "bogus": 1}), 400, "ongeldig_verzoek")
    assert body["errors"] == {"bogus": ["is geen veld van dit verzoek."]}
    body = assert_problem(client.post(URL, json={"facts": facts(), "peildatum": "morgen", "dry_run": "ja"}), 400,
                          "ongeldig_verzoek")
    assert set(body["errors"]) == {"peildatum", "dry_run"}
    # a fact problem beside it makes it a problem of the facts
    body = assert_problem(client.post(URL, json={"facts": facts(kinderen=99), "bogus": 1}), 400, "ongeldige_feiten")
    assert set(body["errors"]) == {"kinderen", "bogus"}
    assert app.extensions["regelwerk"].store.count_decisions() == 0


def test_a_zaaknummer_is_visible_text_of_at_most_200_characters(client, app):
    for bad, words in (("Z-1\x07", "U+0007) op positie 4"), ("Z\n2", "U+000A) op positie 2"),
                       ("Z\u20283", "U+2028"), ("Z\x9b4", "U+009B"), ("Z" * 201, "201 tekens lang; ten hoogste 200")):
        body = assert_problem(client.post(URL, json={"facts": facts(), "zaaknummer": bad}), 400, "ongeldig_verzoek")
        assert list(body["errors"]) == ["zaaknummer"] and words in body["errors"]["zaaknummer"][0], bad
    assert app.extensions["regelwerk"].store.count_decisions() == 0
    for good in ("Z" * 200, "V-2024/001 (nareis) é", "  "):
        response = client.post(URL, json={"facts": facts(), "zaaknummer": good})
        assert response.status_code == 200, good
        receipt = client.get(response.headers["Location"]).get_json()
        assert receipt["zaaknummer"] == (None if not good.strip() else good)


def test_415_for_json_in_another_charset(client, app):
    raw = '{"facts": {}}'.encode("latin-1")
    for charset in ("latin-1", "ISO-8859-1", "utf-16", "windows-1252"):
        response = client.post(URL, data=raw, content_type=f"application/json; charset={charset}")
        detail = assert_problem(response, 415, "verkeerd_inhoudstype")["detail"]
        assert "UTF-8" in detail and charset in detail
    for charset in ("utf-8", "UTF-8", '"utf-8"', "utf8"):
        response = client.post(URL, data=json.dumps({"facts": facts(), "dry_run": True}),
                               content_type=f"application/json; charset={charset}")
        assert response.status_code == 200, charset
    assert app.extensions["regelwerk"].store.count_decisions() == 0
