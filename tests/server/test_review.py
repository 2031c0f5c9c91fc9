"""Governed publishing over HTTP (in-process): roles, a version's life, the second person, the
interface a workbook must keep, scheduled activation for every worker, and the audit trail."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import text

from tests.bundled import TABLES_DIR
from tests.server.conftest import ADMIN_TOKEN
from tests.server.people import add_people, publish
from tests.server.problems import assert_problem
from tests.server.workbooks import TABLE_ID, expected_outcome, facts, proef_bytes, version_of

VERSIONS = f"/v1/tables/{TABLE_ID}/versions"
DECIDE = f"/v1/decisions/{TABLE_ID}"


def _upload(client, headers, content, name="proef.xlsx", **form):
    return client.post(VERSIONS, data={"werkboek": (io.BytesIO(content), name), **form}, headers=headers)


def _live_version(client):
    return client.post(DECIDE, json={"facts": facts(), "dry_run": True}).get_json()["table_version"]


def _staged(client, people, version=2, **kwargs):
    content = proef_bytes(version, **kwargs)
    assert _upload(client, people["anna"], content).status_code == 201
    return version_of(content)


def test_each_role_may_only_its_own_steps(client, people, v1):
    v2 = _staged(client, people)
    # a beoordelaar neither stages nor proposes
    assert_problem(_upload(client, people["bram"], proef_bytes(3)), 403, "geen_recht")
    assert_problem(client.post(f"{VERSIONS}/{v2}/proposal", headers=people["bram"], json={"reason": "x"}), 403,
                   "geen_recht")
    client.post(f"{VERSIONS}/{v2}/proposal", headers=people["anna"], json={"reason": "AU erbij"})
    # an opsteller does not approve, not even someone else's proposal
    body = assert_problem(client.post(f"{VERSIONS}/{v2}/approval", headers=people["cor"], json={"reason": "ok"}),
                          403, "geen_recht")
    assert "opsteller" in body["detail"] and "beoordelaar" in body["detail"]
    # the one-step activation is refused to an opsteller and a beoordelaar
    for who in ("anna", "bram"):
        assert_problem(client.post(f"{VERSIONS}/{v2}/activate", headers=people[who], json={"reason": "nu"}), 403,
                       "geen_recht")
    assert _live_version(client) == v1
    me = client.get("/v1/me", headers=people["bram"]).get_json()
    assert (me["name"], me["role"], me["may"]["goedkeuren"], me["may"]["voorstellen"]) == (
        "bram", "beoordelaar", True, False)


def test_the_proposer_cannot_approve_their_own_version_not_even_a_beheerder(make_app, v1):
    client = make_app().test_client()
    store = client.application.extensions["regelwerk"].store
    people = add_people(store, ADMIN_TOKEN)
    people["dirk"] = {"Authorization": f"Bearer {store.add_user('dirk', 'beheerder', created_by='test')}"}
    v2 = _staged(client, people)
    client.post(f"{VERSIONS}/{v2}/proposal", headers=people["dirk"], json={"reason": "eigen wijziging"})
    body = assert_problem(client.post(f"{VERSIONS}/{v2}/approval", headers=people["dirk"], json={"reason": "ok"}),
                          403, "eigen_voorstel")
    assert "dirk" in body["detail"]
    assert _live_version(client) == v1
    assert client.post(f"{VERSIONS}/{v2}/approval", headers=people["bram"], json={"reason": "ok"}).status_code == 200
    assert _live_version(client) == v2


def test_every_step_needs_a_reason_and_a_known_state(client, people, v1):
    v2 = _staged(client, people)
    for body in ({}, {"reason": ""}, {"reason": "   "}, {"reason": 3}):
        problem = assert_problem(client.post(f"{VERSIONS}/{v2}/proposal", headers=people["anna"], json=body), 400,
                                 "reden_ontbreekt")
        assert "reason" in problem["errors"]
    assert_problem(client.post(f"{VERSIONS}/{v2}/proposal", headers=people["anna"],
                               json={"reason": "x", "wanneer": "morgen"}), 400, "ongeldig_verzoek")
    assert_problem(client.post(f"{VERSIONS}/{v2}/proposal", headers=people["anna"],
                               json={"reason": "x", "effective_from": "1 januari"}), 400, "ongeldig_verzoek")
    assert_problem(client.post(f"{VERSIONS}/{v2}/proposal", headers=people["anna"],
                               json={"reason": "x", "effective_from": "2001-01-01"}), 400, "ongeldig_verzoek")
    # not proposed yet: nothing to approve or reject
    assert_problem(client.post(f"{VERSIONS}/{v2}/approval", headers=people["bram"], json={"reason": "ok"}), 409,
                   "verkeerde_status")
    assert_problem(client.post(f"{VERSIONS}/{v2}/rejection", headers=people["bram"], json={"reason": "nee"}), 409,
                   "verkeerde_status")
    # a rollback needs a reason, and only goes to a version that was live before
    assert_problem(client.post(f"{VERSIONS}/{v1}/activate", headers=people["beheer"]), 400, "reden_ontbreekt")
    body = assert_problem(client.post(f"{VERSIONS}/{v2}/activate", headers=people["beheer"],
                                      json={"reason": "snel"}), 409, "verkeerde_status")
    assert "nooit actief" in body["detail"]
    assert _live_version(client) == v1


def test_a_rejected_proposal_ends_and_can_be_proposed_again(client, people, v1):
    v2 = _staged(client, people)
    client.post(f"{VERSIONS}/{v2}/proposal", headers=people["anna"], json={"reason": "AU erbij"})
    rejected = client.post(f"{VERSIONS}/{v2}/rejection", headers=people["bram"], json={"reason": "bron ontbreekt"})
    assert (rejected.get_json()["state"], rejected.get_json()["rejection"]["by"]) == ("afgewezen", "bram")
    assert_problem(client.post(f"{VERSIONS}/{v2}/approval", headers=people["bram"], json={"reason": "toch"}), 409,
                   "verkeerde_status")
    assert _live_version(client) == v1
    again = client.post(f"{VERSIONS}/{v2}/proposal", headers=people["anna"], json={"reason": "bron erbij"})
    assert (again.get_json()["state"], again.get_json()["rejection"]) == ("voorgesteld", None)
    # the proposer may withdraw her own proposal
    withdrawn = client.post(f"{VERSIONS}/{v2}/rejection", headers=people["anna"], json={"reason": "ingetrokken"})
    assert withdrawn.get_json()["state"] == "afgewezen"


def test_a_workbook_of_another_table_is_refused_naming_what_differs(client, people, v1):
    au_pair = (TABLES_DIR / "uitwisseling" / "au_pair.xlsx").read_bytes()
    body = assert_problem(_upload(client, people["anna"], au_pair, "au_pair.xlsx"), 400, "ander_werkboek")
    assert body["differences"] and any("titel" in d for d in body["differences"])
    assert any("nationaliteit" in d or "invoer" in d for d in body["differences"])
    assert "hoort niet bij tabel" in body["detail"]
    assert [v.version for v in client.application.extensions["regelwerk"].store.list_versions(TABLE_ID)] == [v1]
    # said on purpose: staged, and shown as an interface change
    staged = _upload(client, people["anna"], au_pair, "au_pair.xlsx", interface_change="true")
    assert staged.status_code == 201
    answer = staged.get_json()
    assert answer["interface_change"] is True and answer["interface_differences"] == body["differences"]
    shown = client.get(f"{VERSIONS}/{answer['version']}", headers=people["bram"]).get_json()
    assert (shown["state"], shown["interface_change"]) == ("klaargezet", True)
    assert _live_version(client) == v1


def test_a_new_table_gets_its_first_version_through_the_same_review(client, people):
    new = "/v1/tables/uitwisseling/nieuw/versions"
    content = proef_bytes(2)
    staged = client.post(new, data={"werkboek": (io.BytesIO(content), "nieuw.xlsx")}, headers=people["anna"])
    assert staged.status_code == 201
    version = staged.get_json()["version"]
    assert_problem(client.post("/v1/decisions/uitwisseling/nieuw", json={"facts": facts(), "dry_run": True}), 404,
                   "onbekende_tabel")
    waiting = client.get("/v1/tables").get_json()["waiting"]
    assert [w["id"] for w in waiting] == ["uitwisseling/nieuw"]
    publish(client, people, new, version)
    answer = client.post("/v1/decisions/uitwisseling/nieuw", json={"facts": facts(), "dry_run": True}).get_json()
    assert answer["outputs"] == expected_outcome(2)


def test_a_scheduled_version_goes_live_at_its_date_for_every_worker_once(make_app, v1):
    before = make_app(CLOCK_DATE="2026-01-10").test_client()
    people = add_people(before.application.extensions["regelwerk"].store, ADMIN_TOKEN)
    v2 = _staged(before, people)
    before.post(f"{VERSIONS}/{v2}/proposal", headers=people["anna"],
                json={"reason": "per 1 maart", "effective_from": "2026-03-01"})
    approved = before.post(f"{VERSIONS}/{v2}/approval", headers=people["bram"], json={"reason": "akkoord"}).get_json()
    assert (approved["state"], approved["scheduled"]) == ("goedgekeurd", True)
    assert approved["effective_from"].startswith("2026-03-01T00:00:00+01:00")
    assert _live_version(before) == v1
    pending = before.get("/v1/tables").get_json()["tables"][0]["publication"]["pending"]
    assert [(p["version"], p["proposal"]["by"], p["effective_from"][:10]) for p in pending] == [
        (v2, "anna", "2026-03-01")]
    # the day before: still v1 in a worker whose clock says so
    assert _live_version(make_app(CLOCK_DATE="2026-02-28").test_client()) == v1
    # on the date: every worker answers with v2, and it was activated once
    workers = [make_app(CLOCK_DATE="2026-03-01").test_client() for _ in range(3)]
    assert [_live_version(w) for w in workers] == [v2, v2, v2]
    store = before.application.extensions["regelwerk"].store
    assert [a.version for a in store.activations(TABLE_ID)] == [v1, v2]
    assert [e.action for e in store.audit_events(table_id=TABLE_ID, version=v2)] == [
        "klaargezet", "voorgesteld", "goedgekeurd", "geactiveerd"]


def test_a_scheduled_version_can_be_stopped_before_its_date(make_app, v1):
    before = make_app(CLOCK_DATE="2026-01-10").test_client()
    people = add_people(before.application.extensions["regelwerk"].store, ADMIN_TOKEN)
    v2 = _staged(before, people)
    publish(before, people, VERSIONS, v2, effective_from="2026-03-01")
    stopped = before.post(f"{VERSIONS}/{v2}/rejection", headers=people["bram"], json={"reason": "toch niet"})
    assert stopped.get_json()["state"] == "afgewezen"
    assert _live_version(make_app(CLOCK_DATE="2026-03-02").test_client()) == v1


def test_the_audit_trail_names_who_did_what_and_why(client, people, v1, app):
    v2 = _staged(client, people)
    publish(client, people, VERSIONS, v2)
    client.post(f"{VERSIONS}/{v1}/activate", headers=people["beheer"], json={"reason": "storing"})
    decision = client.post(DECIDE, json={"facts": facts()}).get_json()
    client.post(f"/v1/decisions/{decision['decision_id']}/withdraw", headers=people["beheer"],
                json={"reason": "dubbel"})
    assert_problem(client.get("/v1/audit", headers=people["bram"]), 403, "geen_recht")
    events = client.get("/v1/audit", headers=people["beheer"]).get_json()["events"]
    steps = [(e["action"], e["actor"], e["reason"]) for e in events if e["action"] != "gebruiker_toegevoegd"]
    assert steps == [
        ("klaargezet", "tabellenmap", None),
        ("geactiveerd", "regelwerk", "eerste start"),
        ("klaargezet", "anna", None),
        ("voorgesteld", "anna", "Nieuwe regels"),
        ("goedgekeurd", "bram", "Akkoord"),
        ("geactiveerd", "bram", None),
        ("teruggezet", "beheer-token", "storing"),
        ("beslissing_ingetrokken", "beheer-token", "dubbel"),
    ]
    assert all(e["at"] for e in events)
    assert [e["action"] for e in client.get("/v1/audit?action=goedgekeurd", headers=people["beheer"])
            .get_json()["events"]] == ["goedgekeurd"]
    assert_problem(client.get("/v1/audit?limit=0", headers=people["beheer"]), 400, "ongeldig_verzoek")


def test_tokens_are_stored_hashed_and_a_revoked_token_opens_nothing(make_app, v1):
    client = make_app().test_client()
    store = client.application.extensions["regelwerk"].store
    token = store.add_user("eva", "opsteller", created_by="test")
    with store.engine.connect() as conn:
        dump = "\n".join(str(row) for row in conn.execute(text("SELECT * FROM users")))
    assert "eva" in dump and token not in dump
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/v1/me", headers=headers).status_code == 200
    store.revoke_user("eva", revoked_by="test", reason="vertrokken")
    assert_problem(client.get("/v1/me", headers=headers), 401, "niet_geautoriseerd")
    assert_problem(_upload(client, headers, proef_bytes(2)), 401, "niet_geautoriseerd")


def test_named_users_work_without_an_admin_token_and_open_the_read_endpoints(make_app, v1, tmp_path: Path):
    client = make_app(ADMIN_TOKEN=None, API_KEYS="sleutel").test_client()
    store = client.application.extensions["regelwerk"].store
    headers = {"Authorization": f"Bearer {store.add_user('anna', 'opsteller', created_by='test')}"}
    assert client.get("/v1/tables", headers=headers).status_code == 200
    assert_problem(client.get("/v1/tables", headers={"Authorization": "Bearer fout"}), 401, "niet_geautoriseerd")
    assert _upload(client, headers, proef_bytes(2)).status_code == 201
