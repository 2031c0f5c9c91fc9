"""POST /v1/decisions/<id>/batch: a JSON list or a CSV, results in the same order."""

from __future__ import annotations

from tests.server.problems import assert_problem
from tests.server.workbooks import TABLE_ID, expected_outcome, facts

URL = f"/v1/decisions/{TABLE_ID}/batch"

CASES = [
    {"facts": facts()},  # v1: refused, not a programme country
    {"facts": facts(nationaliteit="AR"), "zaaknummer": "Z-2"},
    {"facts": facts(geboortedatum="2010-01-01")},  # too young
    {"facts": facts(nationaliteit="Argentinie", kinderen="2")},  # invalid: that case's error only
    {"facts": facts(aanvraagdatum="2019-01-01")},  # no rule in force
    {"facts": facts(retourticket=False)},
]


def _summary(items):
    return [(i["index"], i["status"], i.get("outputs"), i.get("regel_ids"), i.get("code")) for i in items]


EXPECTED = [
    (0, 200, expected_outcome(1), ["R4"], None),
    (1, 200, {"besluit": "inwilligen", "gronden": []}, ["R3"], None),
    (2, 200, {"besluit": "afwijzen", "gronden": ["leeftijd"]}, ["R1"], None),
    (3, 400, None, None, "ongeldige_feiten"),
    (4, 422, None, None, "geen_regels_van_kracht"),
    (5, 200, {"besluit": "afwijzen", "gronden": ["retourticket"]}, ["R2"], None),
]


def test_a_logged_batch_answers_in_order_and_logs_each_decision(client, app):
    response = client.post(URL, json=CASES)
    assert response.status_code == 200 and response.headers["X-Regelwerk-Pad"] == "per-geval"
    items = response.get_json()
    assert _summary(items) == EXPECTED
    assert set(items[3]["errors"]) == {"nationaliteit", "kinderen"}
    receipt = client.get(f"/v1/decisions/{items[1]['decision_id']}").get_json()
    assert (receipt["zaaknummer"], receipt["outputs"]) == ("Z-2", items[1]["outputs"])
    assert app.extensions["regelwerk"].store.count_decisions() == 4


def test_a_dry_run_takes_the_vectorised_path_with_the_same_answers(client, app):
    response = client.post(f"{URL}?dry_run=true", json=CASES)
    assert response.headers["X-Regelwerk-Pad"] == "gevectoriseerd"
    items = response.get_json()
    assert _summary(items) == EXPECTED
    assert all(i.get("decision_id") is None for i in items)
    assert app.extensions["regelwerk"].store.count_decisions() == 0


def test_csv_cases_are_typed_by_the_declarations(client):
    csv = ("nationaliteit,geboortedatum,aanvraagdatum,retourticket,kinderen,zaaknummer\n"
           "AU,2000-01-01,2024-03-01,ja,,Z-1\n"
           "AR,2000-01-01,2024-03-01,true,2,\n"
           "AR,2000-01-01,2024-03-01,misschien,twee,\n"
           "AR,2000-01-01\n")
    items = client.post(f"{URL}?dry_run=true", data=csv.encode(), content_type="text/csv").get_json()
    assert [(i["status"], i.get("outputs", {}).get("besluit")) for i in items] == [
        (200, "afwijzen"), (200, "inwilligen"), (400, None), (400, None)]
    assert items[0]["zaaknummer"] == "Z-1"
    assert set(items[2]["errors"]) == {"retourticket", "kinderen"}
    assert "regel 5" in items[3]["errors"]["_regel"][0]
    body = assert_problem(client.post(URL, data=b"nationaliteit,lengte\nAU,180\n", content_type="text/csv"), 400,
                          "ongeldige_feiten")
    assert list(body["errors"]) == ["lengte"]


def test_batch_options_and_limits_are_problems(client, make_app):
    assert_problem(client.post(f"{URL}?dry_run=ja", json=CASES), 400, "ongeldig_verzoek")
    assert_problem(client.post(f"{URL}?peildatum=morgen", json=CASES), 400, "ongeldig_verzoek")
    assert_problem(client.post(URL, json={"facts": facts()}), 400, "ongeldig_verzoek")
    assert_problem(client.post(URL, data="x", content_type="text/plain"), 415, "verkeerd_inhoudstype")
    assert_problem(client.post("/v1/decisions/geen/tabel/batch", json=CASES), 404, "onbekende_tabel")
    small = make_app(MAX_BATCH_CASES=3).test_client()
    assert "hooguit 3" in assert_problem(small.post(URL, json=CASES), 413, "verzoek_te_groot")["detail"]
    tight = make_app(MAX_BATCH_BYTES=100).test_client()
    assert_problem(tight.post(URL, json=CASES), 413, "verzoek_te_groot")


def test_a_batch_peildatum_applies_to_cases_without_their_own(client):
    items = client.post(f"{URL}?dry_run=true&peildatum=2019-06-01", json=[
        {"facts": facts()}, {"facts": facts(), "peildatum": "2024-01-01"}]).get_json()
    assert [(i["status"], i.get("peildatum")) for i in items] == [(422, None), (200, "2024-01-01")]


def test_large_logged_batches_commit_chunk_by_chunk(make_app):
    app = make_app(BATCH_CHUNK=7)
    items = app.test_client().post(URL, json=[{"facts": facts()}] * 50).get_json()
    assert [i["index"] for i in items] == list(range(50))
    assert len({i["decision_id"] for i in items}) == 50
    assert app.extensions["regelwerk"].store.count_decisions() == 50


def test_a_case_with_only_an_envelope_problem_is_ongeldig_verzoek(client, app):
    cases = [{"facts": facts(), "bogus": 1}, {"facts": facts(), "zaaknummer": "Z\x07"},
             {"facts": facts(kinderen=99), "bogus": 1}, {"facts": facts(nationaliteit="AR")}]
    response = client.post(URL, json=cases)
    items = response.get_json()
    assert response.status_code == 200, items
    assert [(i["status"], i.get("code")) for i in items] == [
        (400, "ongeldig_verzoek"), (400, "ongeldig_verzoek"), (400, "ongeldige_feiten"), (200, None)]
    assert items[0]["errors"] == {"bogus": ["is geen veld van dit verzoek."]}
    assert "U+0007" in items[1]["errors"]["zaaknummer"][0]
    assert app.extensions["regelwerk"].store.count_decisions() == 1


def test_a_csv_in_a_named_charset_is_read_in_it(client):
    csv = ("nationaliteit;geboortedatum;aanvraagdatum;retourticket;zaaknummer\n"
           "AR;2000-01-01;2024-03-01;ja;Zaak-é€\n")
    url = f"{URL}?dry_run=true"
    for charset, raw in (("windows-1252", csv.encode("cp1252")), ('"ISO-8859-15"', csv.encode("iso-8859-15")),
                         ("utf-8", b"\xef\xbb\xbf" + csv.encode())):
        items = client.post(url, data=raw, content_type=f"text/csv; charset={charset}").get_json()
        assert [(i["status"], i["zaaknummer"]) for i in items] == [(200, "Zaak-é€")], charset
    body = assert_problem(client.post(url, data=csv.encode("cp1252"), content_type="text/csv"), 400, "ongeldig_verzoek")
    assert "geen UTF-8" in body["detail"] and "charset=windows-1252" in body["detail"]
    for charset in ("klingon", "base64", "rot13"):
        detail = assert_problem(client.post(url, data=csv.encode(), content_type=f"text/csv; charset={charset}"),
                                415, "verkeerd_inhoudstype")["detail"]
        assert charset in detail
