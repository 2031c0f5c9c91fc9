"""Probes against the real production server (keys configured): what only a socket shows
(oversized and repeated headers, a body that lies about its length, concurrent retries), and
text PostgreSQL cannot store (a NUL was a 503 "database niet bereikbaar" there)."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
import requests

from tests.server.workbooks import HK_FACTS, WHP, copy_working_holiday
from tests.support.live_server import live_server
from tests.support.postgres import fresh_database, postgres_server

pytestmark = pytest.mark.slow

KEY = "zaaksysteem-probe"
AUTH = {"Authorization": f"Bearer {KEY}"}
ADMIN_TOKEN = "beheer-probe"
ENV = {"REGELWERK_CLOCK_DATE": "2026-03-01", "REGELWERK_API_KEYS": KEY}
DECIDE = f"/v1/decisions/{WHP}"


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request, tmp_path_factory):
    tables_dir = copy_working_holiday(tmp_path_factory.mktemp("tables") / "decision_tables")
    with postgres_server() if request.param == "postgresql" else _nothing() as pg:
        database_url = fresh_database(pg) if pg is not None else None
        with live_server(tables_dir, database_url=database_url, admin_token=ADMIN_TOKEN, env=ENV) as running:
            yield running


def _raw(server, request: bytes) -> bytes:
    """Send ``request`` as it is and return the status line and headers of the answer."""
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=20) as sock:
        sock.sendall(request)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    return answer


@pytest.mark.parametrize("headers", [
    {"X-Vulling": "x" * 70_000},  # one header past any sane limit
    {f"X-Kop-{n}": "y" * 100 for n in range(300)},  # very many headers
    {"Authorization": "Bearer " + "z" * 20_000},
])
def test_oversized_headers_are_a_4xx_and_the_server_keeps_answering(server, headers):
    try:
        response = requests.post(f"{server.url}{DECIDE}", json={"facts": HK_FACTS, "dry_run": True},
                                 headers={**AUTH, **headers}, timeout=20)
        assert 400 <= response.status_code < 500, response.text
    except requests.ConnectionError:
        pass  # closing the connection on a request too large to read is an answer too
    ok = requests.post(f"{server.url}{DECIDE}", json={"facts": HK_FACTS, "dry_run": True}, headers=AUTH, timeout=20)
    assert ok.status_code == 200


def test_a_body_shorter_than_its_content_length_is_not_a_500(server):
    parts = urlsplit(server.url)
    body = b'{"facts": {}}'
    answer = _raw(server, b"POST " + DECIDE.encode() + b" HTTP/1.1\r\nHost: " + parts.netloc.encode()
                  + b"\r\nAuthorization: Bearer " + KEY.encode() + b"\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 500\r\nConnection: close\r\n\r\n" + body)
    assert answer == b"" or not answer.startswith(b"HTTP/1.1 5"), answer[:200]


def test_two_content_types_or_two_keys_are_refused_not_guessed(server):
    parts = urlsplit(server.url)
    body = b'{"facts": {}}'
    for extra in (b"Content-Type: text/plain\r\n", b"Idempotency-Key: a\r\nIdempotency-Key: b\r\n"):
        answer = _raw(server, b"POST " + DECIDE.encode() + b" HTTP/1.1\r\nHost: " + parts.netloc.encode()
                      + b"\r\nAuthorization: Bearer " + KEY.encode() + b"\r\nContent-Type: application/json\r\n"
                      + extra + b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n"
                      + body)
        status = int(answer.split(b" ", 2)[1])
        assert 400 <= status < 500, answer[:300]


@pytest.mark.parametrize("member", ["zaaknummer", "reason"])
def test_a_nul_in_a_text_is_a_400_on_every_database(server, member):
    if member == "zaaknummer":
        response = requests.post(f"{server.url}{DECIDE}", data=b'{"facts": {}, "zaaknummer": "Z\\u0000"}',
                                 headers={**AUTH, "Content-Type": "application/json"}, timeout=20)
    else:
        response = requests.post(f"{server.url}/v1/decisions/onbekend/withdraw", data=b'{"reason": "a\\u0000"}',
                                 headers={"Authorization": f"Bearer {ADMIN_TOKEN}",
                                          "Content-Type": "application/json"}, timeout=20)
    assert response.status_code == 400, response.text
    assert "NUL" in response.json()["detail"]
    assert requests.get(f"{server.url}/ready", timeout=20).status_code == 200


def test_concurrent_retries_with_one_key_decide_once_and_a_changed_body_is_refused(server):
    key = "probe-gelijktijdig-1"

    def one(n: int) -> requests.Response:
        facts = HK_FACTS if n % 4 else {**HK_FACTS, "geboortedatum": "2001-01-01"}  # every 4th: another body
        return requests.post(f"{server.url}{DECIDE}", json={"facts": facts}, timeout=60,
                             headers={**AUTH, "Idempotency-Key": key})

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(one, range(8)))
    assert all(a.status_code < 500 for a in answers), [a.text for a in answers]
    decided = [a for a in answers if a.status_code == 200]
    assert len({a.json()["decision_id"] for a in decided}) == 1
    assert all(a.status_code in (200, 409, 422) for a in answers)
    refused = [a for a in answers if a.status_code == 422]
    assert all(a.json()["code"] == "idempotentie_sleutel_hergebruikt" for a in refused)
