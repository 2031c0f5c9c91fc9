"""The real production server (gunicorn, 2 workers) on 127.0.0.1, started by the test run."""

from __future__ import annotations

import shutil
import threading
import time

import pytest
import requests

from tests.server.conftest import ADMIN_TOKEN
from tests.server.live_people import live_people
from tests.server.workbooks import TABLE_ID, expected_outcome, facts, proef_bytes, version_of
from tests.support.live_server import live_server

pytestmark = pytest.mark.slow

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def server(tables_dir):
    with live_server(tables_dir, admin_token=ADMIN_TOKEN) as running:
        yield running


def test_while_a_version_is_activated_8_clients_get_whole_answers_from_one_version(server, v1):
    content = proef_bytes(2)
    v2 = version_of(content)
    staged = requests.post(f"{server.url}/v1/tables/{TABLE_ID}/versions", data=content,
                           headers={**ADMIN, "Content-Type": XLSX}, timeout=30)
    assert staged.status_code == 201, staged.text
    people = live_people(server.database_url, ADMIN_TOKEN)
    proposed = requests.post(f"{server.url}/v1/tables/{TABLE_ID}/versions/{v2}/proposal", headers=people["anna"],
                             json={"reason": "nieuw"}, timeout=60)
    assert proposed.status_code == 200, proposed.text
    outcome = {v1: expected_outcome(1), v2: expected_outcome(2)}
    rows = {v1: ["R4"], v2: ["R3"]}
    results: list[tuple[float, float, int, dict]] = []
    stop = threading.Event()
    lock = threading.Lock()

    def client() -> None:
        with requests.Session() as session:
            while not stop.is_set():
                started = time.monotonic()
                response = session.post(f"{server.url}/v1/decisions/{TABLE_ID}", json={"facts": facts()}, timeout=30)
                body = response.json()
                with lock:
                    results.append((started, time.monotonic(), response.status_code, body))

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    activation_started = time.monotonic()
    activated = requests.post(f"{server.url}/v1/tables/{TABLE_ID}/versions/{v2}/approval", headers=people["bram"],
                              json={"reason": "akkoord"}, timeout=60)
    activation_done = time.monotonic()
    time.sleep(1.0)
    stop.set()
    for t in threads:
        t.join()

    assert activated.status_code == 200, activated.text
    assert all(status == 200 for _, _, status, _ in results), [b for _, _, s, b in results if s != 200][:3]
    for _, _, _, body in results:  # every answer entirely from one version
        version = body["table_version"]
        assert body["outputs"] == outcome[version]
        assert [m["regel_id"] for m in body["matched_rows"] if m["table"] == "hoofd"] == rows[version]
    before = [b["table_version"] for _, end, _, b in results if end < activation_started]
    after = [b["table_version"] for start, _, _, b in results if start > activation_done]
    assert before and set(before) == {v1}
    assert after and set(after) == {v2}  # atomic for all workers: nothing old once activation returned
    sample = [b for _, _, _, b in results[:: max(1, len(results) // 20)]]
    for body in sample:  # and the log holds exactly what was answered
        receipt = requests.get(f"{server.url}/v1/decisions/{body['decision_id']}", timeout=10).json()
        assert (receipt["table_version"], receipt["outputs"]) == (body["table_version"], body["outputs"])


def test_replay_on_the_live_server_after_a_newer_version_is_identical(server, v1):
    decided = requests.post(f"{server.url}/v1/decisions/{TABLE_ID}", json={"facts": facts()}, timeout=10).json()
    content = proef_bytes(2)
    requests.post(f"{server.url}/v1/tables/{TABLE_ID}/versions", data=content,
                  headers={**ADMIN, "Content-Type": XLSX}, timeout=30)
    people = live_people(server.database_url, ADMIN_TOKEN)
    versions = f"{server.url}/v1/tables/{TABLE_ID}/versions/{version_of(content)}"
    requests.post(f"{versions}/proposal", headers=people["anna"], json={"reason": "nieuw"}, timeout=60)
    requests.post(f"{versions}/approval", headers=people["bram"], json={"reason": "akkoord"}, timeout=60)
    for _ in range(4):  # whichever worker answers
        replay = requests.post(f"{server.url}/v1/decisions/{decided['decision_id']}/replay", timeout=10).json()
        assert (replay["result"], replay["table_version"]) == ("identical", v1)


def test_regelwerk_serve_runs_on_a_fresh_machine_without_configuration(tmp_path, tables_dir):
    shutil.copytree(tables_dir, tmp_path / "checkout" / "decision_tables")
    checkout = tmp_path / "checkout"
    with live_server(command="regelwerk", cwd=checkout, bare=True) as running:
        ready = requests.get(f"{running.url}/ready", timeout=5).json()
        assert ready["tables"] == 1
        assert requests.get(f"{running.url}/docs", timeout=5).status_code == 200
    assert (checkout / "var" / "regelwerk.db").is_file()
