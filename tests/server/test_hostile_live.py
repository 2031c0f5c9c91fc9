"""Hostile and careless clients against the real production server: input that once gave a 500
(years outside a date, JSON nested a thousand deep), Python's English in a detail, a 413 that did
not say its limit, and the protective headers on every answer. On SQLite and PostgreSQL where
the database is involved."""

from __future__ import annotations

import pytest
import requests

from tests.server.workbooks import HK_FACTS, WHP, copy_working_holiday
from tests.support.live_server import live_server
from tests.support.postgres import fresh_database, postgres_server

pytestmark = pytest.mark.slow

ADMIN_TOKEN = "beheer-token-vijandig"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
ENV = {"REGELWERK_CLOCK_DATE": "2026-03-01"}
DECIDE = f"/v1/decisions/{WHP}"
_ENGLISH = ("Expecting", "line 1", "column", "Traceback", "Error", "delimiter", "Bad Request", "Payload")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request, tmp_path_factory):
    tables_dir = copy_working_holiday(tmp_path_factory.mktemp("tables") / "decision_tables")
    database_url = None
    with postgres_server() if request.param == "postgresql" else _nothing() as pg:
        if pg is not None:
            database_url = fresh_database(pg)
        with live_server(tables_dir, database_url=database_url, admin_token=ADMIN_TOKEN, env=ENV) as running:
            yield running


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _assert_dutch_problem(response: requests.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert (body["status"], body["code"], body["type"]) == (status, code, f"/problemen/{code}")
    words = body["detail"] + " ".join(" ".join(v) for v in body.get("errors", {}).values())
    assert not any(english in words for english in _ENGLISH), words
    return body


@pytest.mark.parametrize("year", ["0", "10000", "99999999999", "99999999999999999999999999"])
def test_a_year_outside_1_to_9999_is_a_400_in_every_quota_route(server, year):
    line = requests.get(f"{server.url}/v1/quota/{WHP}/HK/{year}", timeout=10)
    assert "year" in _assert_dutch_problem(line, 400, "ongeldig_verzoek")["errors"]
    listing = requests.get(f"{server.url}/v1/quota", params={"year": year}, timeout=10)
    assert "year" in _assert_dutch_problem(listing, 400, "ongeldig_verzoek")["errors"]
    correction = requests.post(f"{server.url}/v1/quota/{WHP}/HK/{year}/correction", headers=ADMIN,
                               json={"change": 1, "reason": "test"}, timeout=10)
    _assert_dutch_problem(correction, 400, "ongeldig_verzoek")
    assert requests.get(f"{server.url}/v1/quota/{WHP}/HK/9999", timeout=10).status_code == 200


@pytest.mark.parametrize("path", [DECIDE, f"{DECIDE}/batch", "/v1/decisions/x/withdraw"])
def test_json_nested_a_thousand_deep_is_a_400_that_states_the_limit(server, path):
    for body in (b"[" * 1000 + b"]" * 1000, b'{"facts": ' * 1000 + b"1" + b"}" * 1000, b"[" * 33 + b"]" * 33):
        response = requests.post(f"{server.url}{path}", data=body, headers={**ADMIN, "Content-Type": "application/json"},
                                 timeout=10)
        assert "32 niveaus" in _assert_dutch_problem(response, 400, "ongeldig_verzoek")["detail"]
    nested = [[[["a"]]]] * 3  # within the limit: read, then refused for what it is
    response = requests.post(f"{server.url}{DECIDE}", json={"facts": {**HK_FACTS, "nationaliteit": nested}},
                             timeout=10)
    _assert_dutch_problem(response, 400, "ongeldige_feiten")


@pytest.mark.parametrize("body, said", [
    (b"", "hier hoort een waarde (regel 1, kolom 1)"),
    (b'{"facts": {}', "hier hoort een komma"),
    (b"{'facts': {}}", "veldnaam tussen dubbele aanhalingstekens"),
    (b'{"facts": {}} extra', "na de JSON-waarde staat nog iets"),
    (b'{"facts": {"a": "\x01"}}', "stuurteken"),
    (b'{"facts": NaN}', "NaN is geen JSON-getal"),
    (b"\xff\xfe{", "geen UTF-8"),
])
def test_broken_json_is_told_in_dutch_with_its_place(server, body, said):
    response = requests.post(f"{server.url}{DECIDE}", data=body, headers={"Content-Type": "application/json"},
                             timeout=10)
    assert said in _assert_dutch_problem(response, 400, "ongeldig_verzoek")["detail"]


def test_a_413_names_the_limit(server):
    response = requests.post(f"{server.url}{DECIDE}", data=b" " * ((1 << 20) + 1),
                             headers={"Content-Type": "application/json"}, timeout=30)
    body = _assert_dutch_problem(response, 413, "verzoek_te_groot")
    assert body["limit_bytes"] == 1 << 20 and "1.048.576 bytes (1 MiB)" in body["detail"]


def test_every_answer_says_nosniff_and_receipts_and_admin_answers_are_not_stored(server):
    decided = requests.post(f"{server.url}{DECIDE}", json={"facts": HK_FACTS}, timeout=10)
    decision_id = decided.json()["decision_id"]
    private = [
        decided,
        requests.get(f"{server.url}/v1/decisions/{decision_id}", timeout=10),
        requests.post(f"{server.url}/v1/decisions/{decision_id}/replay", timeout=10),
        requests.get(f"{server.url}/v1/quota/{WHP}/HK/2026", timeout=10),
        requests.post(f"{server.url}/v1/decisions/{decision_id}/withdraw", headers=ADMIN, json={}, timeout=10),
        requests.post(f"{server.url}/v1/decisions/{decision_id}/withdraw", headers=ADMIN, json={}, timeout=10),
        requests.post(f"{server.url}/v1/tables/{WHP}/versions", headers=ADMIN, timeout=10),
        requests.post(f"{server.url}/v1/decisions/{decision_id}/withdraw", timeout=10),
        requests.get(f"{server.url}/v1/tables", timeout=10),
    ]
    assert [r.status_code for r in private] == [200, 200, 200, 200, 200, 409, 415, 401, 200]
    public = [requests.get(f"{server.url}{path}", timeout=10)
              for path in ("/health", "/ready", "/openapi.json", "/docs", "/beheer", "/problemen/quotum_vol", "/nergens")]
    for response in private + public:
        assert response.headers["X-Content-Type-Options"] == "nosniff", response.url
    for response in private:
        assert response.headers["Cache-Control"] == "no-store", response.url
    assert public[-1].headers["Cache-Control"] == "no-store"  # a problem
