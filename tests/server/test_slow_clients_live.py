"""Slow and heavy clients against the real production server: 40 clients stalled in the middle
of their body do not stop /health or decisions, no worker is killed, each stalled client gets a
408 problem when its time is up; what gunicorn itself refuses is a problem document too; a
20,000-row workbook upload is answered in JSON, not by a killed worker's HTML."""

from __future__ import annotations

import io
import socket
import time
from datetime import date, timedelta

import openpyxl

import pytest
import requests

from tests.server.workbooks import HK_FACTS, WHP, copy_working_holiday
from tests.support.live_server import live_server

pytestmark = pytest.mark.slow

ADMIN_TOKEN = "beheer-token-traag"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STALLED = 40
BODY_SECONDS = 6


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tables_dir = copy_working_holiday(tmp_path_factory.mktemp("tables") / "decision_tables")
    env = {"REGELWERK_CLOCK_DATE": "2026-03-01", "REGELWERK_REQUEST_BODY_SECONDS": str(BODY_SECONDS),
           "REGELWERK_JOB_AFTER_SECONDS": "0.5"}  # a 20,000-row upload takes longer
    with live_server(tables_dir, admin_token=ADMIN_TOKEN, env=env) as running:
        yield running


def _stall(url: str, path: str = f"/v1/decisions/{WHP}") -> socket.socket:
    """Send the headers and a tenth of the promised body, then nothing."""
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=30)
    sock.sendall(f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                 "Content-Length: 1000\r\n\r\n".encode() + b'{"facts": {' + b" " * 89)
    return sock


def _answer(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_forty_stalled_clients_do_not_stop_health_or_decisions_and_no_worker_dies(server):
    workers = server.worker_pids()
    stalled = [_stall(server.url) for _ in range(STALLED)]
    try:
        time.sleep(1)  # every stalled request has reached a thread by now
        for _ in range(5):
            started = time.monotonic()
            assert requests.get(f"{server.url}/health", timeout=2).status_code == 200
            decided = requests.post(f"{server.url}/v1/decisions/{WHP}", json={"facts": HK_FACTS}, timeout=2)
            assert decided.status_code == 200, decided.text
            assert time.monotonic() - started < 2
        answers = [_answer(sock) for sock in stalled]  # each is cut off when its time is up
    finally:
        for sock in stalled:
            sock.close()
    for raw in answers:
        head, _, body = raw.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 408"), raw[:200]
        assert b"application/problem+json" in head and b"verzoek_te_traag" in body
    assert server.worker_pids() == workers  # no worker was killed or replaced
    assert "WORKER TIMEOUT" not in server.log()


def test_a_client_trickling_its_body_gets_no_more_time_than_one_that_stalls(server):
    sock = _stall(server.url)
    started = time.monotonic()
    sock.settimeout(0.5)
    try:
        while time.monotonic() - started < BODY_SECONDS + 5:
            try:
                sock.sendall(b" ")
                if sock.recv(65536):
                    break
            except TimeoutError:
                continue
            except OSError:
                break
    finally:
        sock.close()
    assert time.monotonic() - started < BODY_SECONDS + 3


@pytest.mark.parametrize("request_bytes, status", [
    (b"GARBAGE\r\n\r\n", 400),
    (b"GET /" + b"a" * 10_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
    (b"GET /health HTTP/1.1\r\nHost: x\r\n" + b"X-Veel: y\r\n" * 200 + b"\r\n", 431),
])
def test_what_gunicorn_refuses_itself_is_a_problem_document(server, request_bytes, status):
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request_bytes)
        raw = _answer(sock)
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(f"HTTP/1.1 {status}".encode()), raw[:300]
    assert b"application/problem+json" in head and b"nosniff" in head
    assert b"<html" not in body and b'"status": %d' % status in body


def _big_workbook(rows: int) -> bytes:
    """A table of ``rows`` rows, written in openpyxl's streaming mode (the factory would take
    minutes): one row per age-and-date combination. Its check takes seconds (it ends refused:
    ages and days outside the rows are gaps); what counts here is that the upload becomes a job."""
    book = openpyxl.Workbook(write_only=True)
    for name, lines in (
        ("Metadata", [("eigenschap", "waarde"), ("titel", "Groot"), ("eigenaar", "Team Uitwisseling"),
                      ("beslissingsregel", "EERSTE"),
                      ("peildatum", "aanvraagdatum")]),
        ("Invoer", [("naam", "type"), ("leeftijd", "geheel getal"), ("aanvraagdatum", "datum")]),
        ("Uitvoer", [("naam", "type", "toegestane_waarden"), ("besluit", "keuzelijst", "inwilligen, afwijzen")]),
    ):
        sheet = book.create_sheet(name)
        for line in lines:
            sheet.append(line)
    sheet = book.create_sheet("Regels")
    sheet.append(("regel_id", "leeftijd", "aanvraagdatum", "besluit", "bron"))
    for n in range(rows):
        day = date(2000, 1, 1) + timedelta(days=n // 100)
        sheet.append((f"R{n}", str(n % 100), day.isoformat(), "afwijzen" if n % 2 else "inwilligen", "Vc B2/2.1"))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_20000_row_workbook_upload_becomes_a_job_with_a_status_url_and_no_worker_dies(server):
    workers = server.worker_pids()
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    content = _big_workbook(20_000)
    started = time.monotonic()
    response = requests.post(f"{server.url}/v1/tables/uitwisseling/groot/versions", data=content,
                             headers={**admin, "Content-Type": XLSX}, timeout=60)
    assert response.status_code == 202, response.text[:500]
    assert time.monotonic() - started < 30
    job = response.json()
    assert response.headers["Location"] == job["url"] == f"/v1/jobs/{job['job_id']}"
    assert job["status"] == "bezig"
    status = requests.get(f"{server.url}{job['url']}", headers=admin, timeout=5)
    assert status.status_code == 200 and status.json()["status"] == "bezig" and "Retry-After" in status.headers
    stranger = requests.get(f"{server.url}{job['url']}", timeout=5)  # another credential: not theirs
    assert stranger.status_code == 404 and stranger.json()["code"] == "onbekende_taak"
    assert requests.get(f"{server.url}/health", timeout=2).status_code == 200
    assert server.worker_pids() == workers
