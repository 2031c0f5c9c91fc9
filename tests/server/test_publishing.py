"""Publishing versions: upload, check, stage, activate after the examples, rollback, replay,
the tables directory, and every worker following the database."""

from __future__ import annotations

import io
import logging
import time
import zipfile

from tests.server.conftest import ADMIN_TOKEN
from tests.server.people import add_people, publish
from tests.server.problems import assert_problem
from tests.server.workbooks import TABLE_ID, expected_outcome, facts, proef_bytes, version_of, write_proef

VERSIONS = f"/v1/tables/{TABLE_ID}/versions"
DECIDE = f"/v1/decisions/{TABLE_ID}"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _decide(client):
    body = client.post(DECIDE, json={"facts": facts(), "dry_run": True}).get_json()
    return body["table_version"], body["outputs"]


def _upload(client, headers, content, **kwargs):
    return client.post(VERSIONS, data={"werkboek": (io.BytesIO(content), "proef.xlsx")}, headers=headers, **kwargs)


def test_admin_endpoints_are_off_without_a_token_and_need_the_right_one(make_app, admin_headers):
    off = make_app(ADMIN_TOKEN=None).test_client()
    assert_problem(_upload(off, admin_headers, proef_bytes(2)), 403, "beheer_uitgeschakeld")
    client = make_app().test_client()
    for headers in ({}, {"Authorization": "Bearer fout"}, {"Authorization": "Basic geheim-beheer-token"}):
        response = _upload(client, headers, proef_bytes(2))
        assert_problem(response, 401, "niet_geautoriseerd")
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_workbook_with_errors_is_refused_with_located_dutch_diagnostics(client, admin_headers, v1, app):
    body = assert_problem(_upload(client, admin_headers, proef_bytes(2, broken=True)), 422, "ongeldig_werkboek")
    [error] = [d for d in body["diagnostics"] if d["severity"] == "fout"]
    assert (error["code"], error["blad"], error["cel"]) == ("onbekende_waarde", "Regels", "E4")
    assert "'misschien' is geen toegestane waarde voor besluit" in error["message"]
    assert error["plaats"] == f"{TABLE_ID}.xlsx › Regels › E4"
    assert [v.version for v in app.extensions["regelwerk"].store.list_versions(TABLE_ID)] == [v1]
    assert _decide(client) == (v1, expected_outcome(1))


def test_uploads_are_parsed_defensively(client, admin_headers, app):
    limit = app.config["MAX_UPLOAD_BYTES"]
    assert_problem(_upload(client, admin_headers, b"PK" + b"\0" * limit), 413, "verzoek_te_groot")
    assert_problem(client.post(VERSIONS, data="tekst", content_type="text/plain", headers=admin_headers), 415,
                   "verkeerd_inhoudstype")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (60 << 20) + b"</a>")
    body = assert_problem(client.post(VERSIONS, data=bomb.getvalue(), content_type=XLSX, headers=admin_headers),
                          422, "ongeldig_werkboek")
    assert body["diagnostics"][0]["code"] == "bestand_te_groot"
    body = assert_problem(_upload(client, admin_headers, b"geen zip"), 422, "ongeldig_werkboek")
    assert body["diagnostics"][0]["severity"] == "fout"
    assert_problem(client.post("/v1/tables/../geheim/versions", data=proef_bytes(2), content_type=XLSX,
                               headers=admin_headers), 400, "ongeldig_verzoek")


def test_stage_then_propose_approve_then_roll_back(client, people, v1):
    content = proef_bytes(2)
    v2 = version_of(content)
    response = _upload(client, people["anna"], content)
    assert response.status_code == 201
    staged = response.get_json()
    assert (staged["version"], staged["status"], staged["created"]) == (v2, "klaargezet", True)
    assert {d["code"] for d in staged["diagnostics"]} == {"ongebruikte_invoer"}  # warnings only
    assert _upload(client, people["anna"], content).status_code == 200  # the same bytes again: nothing new
    assert _decide(client) == (v1, expected_outcome(1))  # staged is not live

    approved = publish(client, people, VERSIONS, v2).get_json()
    assert (approved["state"], approved["proposal"]["by"], approved["approval"]["by"]) == ("actief", "anna", "bram")
    assert _decide(client) == (v2, expected_outcome(2))

    rollback = client.post(f"{VERSIONS}/{v1}/activate", headers=people["beheer"], json={"reason": "storing"})
    rollback = rollback.get_json()
    assert (rollback["version"], rollback["previous_version"]) == (v1, v2)
    assert _decide(client) == (v1, expected_outcome(1))
    again = client.post(f"{VERSIONS}/{v1}/activate", headers=people["beheer"], json={"reason": "nogmaals"})
    assert again.get_json()["already_active"] is True

    listed = {v["version"]: v for v in client.get(f"/v1/tables/{TABLE_ID}").get_json()["versions"]}
    assert listed[v1]["active"] is True and listed[v2]["active"] is False
    assert (listed[v1]["state"], listed[v2]["state"]) == ("actief", "vervangen")
    assert len(listed[v1]["activated_at"]) == 2 and len(listed[v2]["activated_at"]) == 1
    assert listed[v2]["periods"] == [{"geldig_van": "2020-01-01", "geldig_tot": None}]


def test_a_version_whose_examples_fail_cannot_be_proposed(client, people, v1):
    content = proef_bytes(2, failing_example=True)
    assert _upload(client, people["anna"], content).status_code == 201
    body = assert_problem(client.post(f"{VERSIONS}/{version_of(content)}/proposal", headers=people["anna"],
                                      json={"reason": "nieuw"}), 422, "voorbeelden_mislukt")
    [failure] = body["failures"]
    assert failure["voorbeeld"] == "Argentijn van 24"
    assert failure["verschillen"] == {"besluit": {"verwacht": "afwijzen", "kreeg": "inwilligen"}}
    assert _decide(client) == (v1, expected_outcome(1))


def test_activating_an_unknown_version_is_a_404(client, admin_headers):
    reason = {"json": {"reason": "terug"}}
    assert_problem(client.post(f"{VERSIONS}/{'0' * 64}/activate", headers=admin_headers, **reason), 404,
                   "onbekende_versie")
    assert_problem(client.post(f"{VERSIONS}/abc/activate", headers=admin_headers, **reason), 404, "onbekende_versie")
    assert_problem(client.post(f"/v1/tables/geen/tabel/versions/{'0' * 64}/activate", headers=admin_headers,
                               **reason), 404, "onbekende_tabel")


def test_replay_after_a_newer_version_is_active_is_identical(client, people, v1):
    decision = client.post(DECIDE, json={"facts": facts()}).get_json()
    assert decision["outputs"] == expected_outcome(1)
    content = proef_bytes(2)
    _upload(client, people["anna"], content)
    publish(client, people, VERSIONS, version_of(content))
    assert _decide(client)[1] == expected_outcome(2)
    replay = client.post(f"/v1/decisions/{decision['decision_id']}/replay").get_json()
    assert (replay["result"], replay["table_version"], replay["differences"]) == ("identical", v1, [])


def test_every_worker_follows_an_activation_made_by_another(make_app, v1):
    first, second = make_app().test_client(), make_app().test_client()
    people = add_people(first.application.extensions["regelwerk"].store, ADMIN_TOKEN)
    assert _decide(first) == _decide(second) == (v1, expected_outcome(1))
    content = proef_bytes(2)
    _upload(first, people["anna"], content)
    publish(first, people, VERSIONS, version_of(content))
    assert _decide(second) == (version_of(content), expected_outcome(2))


def test_changed_files_in_the_tables_directory_are_proposed_never_activated(app, people, tables_dir, v1, caplog):
    client, publisher = app.test_client(), app.extensions["regelwerk"].publisher
    v2 = version_of(write_proef(tables_dir, 2).read_bytes())
    assert TABLE_ID in publisher.scan_directory()
    assert _decide(client) == (v1, expected_outcome(1))  # the folder proposes; it does not activate
    assert publisher.scan_directory() == {}  # nothing changed since
    state = client.get(f"{VERSIONS}/{v2}", headers=people["bram"]).get_json()
    assert (state["state"], state["proposal"]["by"]) == ("voorgesteld", "tabellenmap")
    listed = client.get("/v1/tables").get_json()["tables"][0]["publication"]
    assert listed["folder"] == {"file": "uitwisseling/proef.xlsx", "version": v2, "differs_from_active": True,
                                "state": "voorgesteld"}
    assert [p["version"] for p in listed["pending"]] == [v2]
    client.post(f"{VERSIONS}/{v2}/approval", headers=people["bram"], json={"reason": "gezien"})
    assert _decide(client) == (v2, expected_outcome(2))

    with caplog.at_level(logging.WARNING, logger="regelwerk.publicatie"):
        write_proef(tables_dir, 1, broken=True)
        publisher.scan_directory()
    assert "afgewezen" in caplog.text and "Regels › E4  onbekende_waarde" in caplog.text
    assert _decide(client) == (v2, expected_outcome(2))

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="regelwerk.publicatie"):
        write_proef(tables_dir, 1, failing_example=True)
        publisher.scan_directory()
    assert "voorbeeld 'Argentijn van 24'" in caplog.text
    assert _decide(client) == (v2, expected_outcome(2))


def test_a_restart_keeps_a_rollback(make_app, admin_headers, tables_dir, v1):
    client = make_app(AUTO_ACTIVATE=True).test_client()
    v2 = version_of(write_proef(tables_dir, 2).read_bytes())
    client.application.extensions["regelwerk"].publisher.scan_directory()
    assert _decide(client) == (v2, expected_outcome(2))  # local development: the file went live
    client.post(f"{VERSIONS}/{v1}/activate", headers=admin_headers, json={"reason": "terug"})
    restarted = make_app().test_client()
    assert _decide(restarted) == (v1, expected_outcome(1))
    assert v2 in {v["version"] for v in restarted.get(f"/v1/tables/{TABLE_ID}").get_json()["versions"]}


def test_the_watcher_thread_proposes_without_a_request(make_app, tables_dir, v1):
    app = make_app(WATCH_INTERVAL=0.1)
    client = app.test_client()
    workflow = app.extensions["regelwerk"].publisher.workflow
    v2 = version_of(write_proef(tables_dir, 2).read_bytes())
    deadline = time.monotonic() + 20
    while (TABLE_ID, v2) not in workflow.states() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workflow.states()[(TABLE_ID, v2)].state == "voorgesteld"
    assert _decide(client) == (v1, expected_outcome(1))
    assert app.extensions["regelwerk"].store.active_versions()[TABLE_ID] == v1


def test_with_auto_activate_the_watcher_publishes_without_a_request(make_app, tables_dir, v1):
    app = make_app(WATCH_INTERVAL=0.1, AUTO_ACTIVATE="1")
    client = app.test_client()
    v2 = version_of(write_proef(tables_dir, 2).read_bytes())
    deadline = time.monotonic() + 20
    while _decide(client)[0] != v2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _decide(client) == (v2, expected_outcome(2))
    assert app.extensions["regelwerk"].store.active_versions()[TABLE_ID] == v2


def test_a_staged_version_shows_what_activating_it_would_change(client, admin_headers, v1):
    body = _upload(client, admin_headers, proef_bytes(2)).get_json()
    impact = body["impact"]
    assert impact["against_version"] == v1
    assert impact["cases"] > 2000 and 0 < impact["changed"] <= impact["cases"]
    # v2 grants the Australian of 24 whom v1 refused on nationality: the shift is reported with examples.
    assert any(s["old"].startswith("besluit=afwijzen") and s["new"].startswith("besluit=inwilligen")
               for s in impact["shifts"])
    diff = impact["examples"][0]
    assert diff["old"]["outputs"] != diff["new"]["outputs"]
    same = _upload(client, admin_headers, proef_bytes(1)).get_json()  # the active bytes again
    assert same["impact"]["changed"] == 0


def test_a_live_version_that_todays_checks_refuse_keeps_serving_from_its_stored_compiled_form(
        make_app, monkeypatch, caplog, v1):
    """An upgrade may bring stricter checks: the version already live must not vanish, and its
    receipts must still replay. The service then uses the compiled form stored with the version."""
    first = make_app().test_client()
    decision_id = first.post(f"/v1/decisions/{TABLE_ID}", json={"facts": facts()}).get_json()["decision_id"]

    from policy import catalog as catalog_module
    from policy.model import Diagnostic, Location

    stricter = Diagnostic("strengere_controle", "Een controle van na deze versie.", Location("proef.xlsx"))
    monkeypatch.setattr(catalog_module, "load_table", lambda *a, **k: (None, [stricter]))
    restarted = make_app().test_client()  # a worker of the upgraded service, on the same database
    answer = restarted.post(f"/v1/decisions/{TABLE_ID}", json={"facts": facts(), "dry_run": True})
    assert answer.status_code == 200 and answer.get_json()["table_version"] == v1
    replay = restarted.post(f"/v1/decisions/{decision_id}/replay").get_json()
    assert replay["result"] == "identical" and replay["table_version"] == v1
    assert "strengere_controle" in caplog.text and "opgeslagen gecompileerde vorm" in caplog.text
