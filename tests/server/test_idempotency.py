"""Idempotency-Key (in process): a retried decision, batch, withdrawal or correction takes effect
once and gets the first answer; another request with the same key is refused; a request that
wrote nothing keeps no key. The live, concurrent and PostgreSQL cases are in test_idempotency_live."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from tests.server.conftest import ADMIN_TOKEN
from tests.server.problems import assert_problem
from tests.server.workbooks import HK_FACTS as HK
from tests.server.workbooks import WHP as TABLE
from tests.server.workbooks import copy_working_holiday

URL = f"/v1/decisions/{TABLE}"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture
def tables_dir(tmp_path):
    return copy_working_holiday(tmp_path / "decision_tables")


@pytest.fixture
def app(make_app):
    return make_app(CLOCK_DATE="2026-03-01", API_KEYS="sleutel-a,sleutel-b")


@pytest.fixture
def store(app):
    return app.extensions["regelwerk"].store


def _key(name: str, credential: str = "sleutel-a") -> dict[str, str]:
    return {"Idempotency-Key": name, "Authorization": f"Bearer {credential}"}


def test_a_retried_decision_returns_the_first_answer_and_takes_one_place(client, store):
    first = client.post(URL, json={"facts": HK}, headers=_key("zaak-1"))
    again = client.post(URL, json={"facts": HK}, headers=_key("zaak-1"))
    assert first.status_code == again.status_code == 200
    assert again.get_data() == first.get_data()
    assert again.headers["Idempotent-Replayed"] == "true" and "Idempotent-Replayed" not in first.headers
    assert again.headers["Location"] == first.headers["Location"] == f"/v1/decisions/{first.get_json()['decision_id']}"
    assert again.mimetype == "application/json"
    assert store.count_decisions(TABLE) == 1
    assert store.quota(TABLE, "HK", 2026).granted == 1
    other = client.post(URL, json={"facts": HK}, headers=_key("zaak-2"))
    assert other.get_json()["decision_id"] != first.get_json()["decision_id"]
    assert store.quota(TABLE, "HK", 2026).granted == 2


def test_the_same_key_with_another_body_is_refused_and_changes_nothing(client, store):
    client.post(URL, json={"facts": HK}, headers=_key("zaak-1"))
    changed = client.post(URL, json={"facts": {**HK, "retourticket": False}}, headers=_key("zaak-1"))
    assert_problem(changed, 422, "idempotentie_sleutel_hergebruikt")
    assert "Idempotency-Key" in changed.get_json()["detail"]
    assert store.count_decisions(TABLE) == 1


def test_a_key_belongs_to_one_credential_and_one_route(client, store):
    a = client.post(URL, json={"facts": HK}, headers=_key("gedeeld", "sleutel-a")).get_json()
    b = client.post(URL, json={"facts": HK}, headers=_key("gedeeld", "sleutel-b")).get_json()
    assert a["decision_id"] != b["decision_id"]
    batch = client.post(f"{URL}/batch", json=[{"facts": HK}], headers=_key("gedeeld", "sleutel-a"))
    assert batch.status_code == 200 and batch.get_json()[0]["decision_id"] not in (a["decision_id"], b["decision_id"])
    assert store.count_decisions(TABLE) == 3


def test_a_request_that_wrote_nothing_keeps_no_key(client, store):
    bad = client.post(URL, json={"facts": {**HK, "nationaliteit": "hk"}}, headers=_key("zaak-1"))
    assert bad.status_code == 400
    dry = client.post(URL, json={"facts": HK, "dry_run": True}, headers=_key("zaak-1"))
    assert dry.status_code == 200 and "Idempotent-Replayed" not in dry.headers
    real = client.post(URL, json={"facts": HK}, headers=_key("zaak-1"))
    assert real.status_code == 200 and real.get_json()["decision_id"] is not None
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT state FROM idempotency_keys")).scalars().all() == ["klaar"]


@pytest.mark.parametrize("key", ["", " ", "x" * 256, "sleutel met\u00e9", "a\tb"])
def test_a_malformed_key_is_a_400_naming_the_header(client, key):
    response = client.post(URL, json={"facts": HK}, headers=_key(key))
    assert_problem(response, 400, "ongeldig_verzoek")
    assert list(response.get_json()["errors"]) == ["Idempotency-Key"]


def test_a_quoted_key_is_the_same_key(client, store):
    first = client.post(URL, json={"facts": HK}, headers=_key('"zaak-1"')).get_json()
    again = client.post(URL, json={"facts": HK}, headers=_key("zaak-1")).get_json()
    assert first == again


def test_a_retried_batch_returns_the_first_answer(client, store):
    cases = [{"facts": HK, "zaaknummer": f"Z-{n}"} for n in range(3)] + [{"facts": {}}]
    first = client.post(f"{URL}/batch", json=cases, headers=_key("batch-1"))
    body = first.get_data()  # a batch is streamed: its cases are decided as it is read
    again = client.post(f"{URL}/batch", json=cases, headers=_key("batch-1"))
    assert first.status_code == again.status_code == 200
    assert again.get_data() == body
    assert again.headers["X-Regelwerk-Versie"] == first.headers["X-Regelwerk-Versie"]
    assert store.count_decisions(TABLE) == 3 and store.quota(TABLE, "HK", 2026).granted == 3
    csv = client.post(f"{URL}/batch", data=b"nationaliteit\nHK\n", content_type="text/csv", headers=_key("batch-1"))
    assert_problem(csv, 422, "idempotentie_sleutel_hergebruikt")


def test_a_retried_withdrawal_and_correction_take_effect_once(client, store):
    decision_id = client.post(URL, json={"facts": HK}, headers=ADMIN).get_json()["decision_id"]
    headers = {**ADMIN, "Idempotency-Key": "intrekking-1"}
    first = client.post(f"/v1/decisions/{decision_id}/withdraw", json={"reason": "vergissing"}, headers=headers)
    again = client.post(f"/v1/decisions/{decision_id}/withdraw", json={"reason": "vergissing"}, headers=headers)
    assert first.status_code == again.status_code == 200 and again.get_data() == first.get_data()
    unkeyed = client.post(f"/v1/decisions/{decision_id}/withdraw", json={"reason": "vergissing"}, headers=ADMIN)
    assert_problem(unkeyed, 409, "al_ingetrokken")
    headers = {**ADMIN, "Idempotency-Key": "correctie-1"}
    body = {"change": 5, "reason": "verleend vóór Regelwerk"}
    answers = [client.post(f"/v1/quota/{TABLE}/HK/2026/correction", json=body, headers=headers) for _ in range(3)]
    assert {a.status_code for a in answers} == {200}
    assert store.quota(TABLE, "HK", 2026).granted == 5
    assert len([e for e in store.quota_events(TABLE, "HK", 2026) if e.kind == "correctie"]) == 1


def test_a_retry_while_the_first_is_running_waits_then_gets_409(client, app, store):
    app.config["IDEMPOTENCY_WAIT_SECONDS"] = 0.2
    first = client.post(URL, json={"facts": HK}, headers=_key("zaak-1"))
    with store.engine.begin() as conn:  # as if the first were still at work: its answer not stored yet
        conn.execute(text("UPDATE idempotency_keys SET state = 'vastgelegd', body = NULL"))
    waiting = client.post(URL, json={"facts": HK}, headers=_key("zaak-1"))
    assert_problem(waiting, 409, "idempotentie_in_behandeling")
    assert waiting.headers["Retry-After"] == "1"
    assert store.count_decisions(TABLE) == 1
    assert first.status_code == 200


def test_a_reservation_whose_request_died_before_writing_is_taken_over(client, store):
    client.post(URL, json={"facts": HK}, headers=_key("zaak-1"))
    past = datetime.now(UTC) - timedelta(minutes=5)
    with store.engine.begin() as conn:  # as if a worker was killed after reserving, before writing
        conn.execute(text("DELETE FROM idempotency_keys"))
    client.post(URL, json={"facts": HK}, headers=_key("zaak-2"))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE idempotency_keys SET state = 'gereserveerd', reserved_until = :t, body = NULL"),
                     {"t": past})
    retried = client.post(URL, json={"facts": HK}, headers=_key("zaak-2"))
    assert retried.status_code == 200 and "Idempotent-Replayed" not in retried.headers
    assert store.count_decisions(TABLE) == 3


def test_keys_expire_after_the_configured_hours(client, store):
    first = client.post(URL, json={"facts": HK}, headers=_key("zaak-1")).get_json()
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE idempotency_keys SET expires_at = :t"),
                     {"t": datetime.now(UTC) - timedelta(seconds=1)})
    again = client.post(URL, json={"facts": HK}, headers=_key("zaak-1")).get_json()
    assert again["decision_id"] != first["decision_id"]
    assert store.purge_keys() == 0


def test_a_retried_decision_of_a_table_without_a_quota_is_logged_once(make_app, tmp_path):
    from tests.server.workbooks import TABLE_ID, facts, write_proef

    write_proef(tmp_path / "proef", 1)
    app = make_app(TABLES_DIR=str(tmp_path / "proef"))
    client = app.test_client()
    url = f"/v1/decisions/{TABLE_ID}"
    answers = [client.post(url, json={"facts": facts(nationaliteit="AR")}, headers={"Idempotency-Key": "k"})
               for _ in range(3)]
    assert {a.status_code for a in answers} == {200} and len({a.get_data() for a in answers}) == 1
    batch = [client.post(f"{url}/batch", json=[{"facts": facts()}] * 3, headers={"Idempotency-Key": "k"}).get_data()
             for _ in range(2)]
    assert batch[0] == batch[1]
    assert app.extensions["regelwerk"].store.count_decisions(TABLE_ID) == 1 + 3
