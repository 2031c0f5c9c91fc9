"""Quotas on the real production server: 8 processes x 40 concurrent grants for Hong Kong (quota
100) on SQLite and on PostgreSQL (two servers on one database), and workers killed with SIGKILL
in the middle of granting."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import pytest
import requests

from policy.store import Store
from tests.server.conftest import ADMIN_TOKEN
from tests.server.workbooks import HK_FACTS, WHP, copy_working_holiday
from tests.support.live_server import live_server
from tests.support.postgres import fresh_database, postgres_server

pytestmark = pytest.mark.slow

CLOCK = {"REGELWERK_CLOCK_DATE": "2026-03-01"}  # the quota year is 2026 whenever the test runs
PROCESSES, REQUESTS = 8, 40


@pytest.fixture
def tables_dir(tmp_path):
    return copy_working_holiday(tmp_path / "decision_tables")


@pytest.fixture(scope="module")
def postgres_url():
    with postgres_server() as url:
        yield url


def _burst(urls: list[str], count: int, offset: int) -> list[tuple[int, dict]]:
    """``count`` grant requests at once (one thread each), spread over the servers."""
    def one(n: int) -> tuple[int, dict]:
        url = urls[(offset + n) % len(urls)]
        response = requests.post(f"{url}/v1/decisions/{WHP}", json={"facts": HK_FACTS}, timeout=120)
        return response.status_code, response.json()

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(one, range(count)))


def _decide_concurrently(urls: list[str]) -> list[tuple[int, dict]]:
    with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
        bursts = pool.starmap(_burst, [(urls, REQUESTS, p) for p in range(PROCESSES)])
    return [answer for burst in bursts for answer in burst]


def _assert_exactly_the_quota_granted(answers: list[tuple[int, dict]], database_url: str, url: str) -> None:
    assert len(answers) == PROCESSES * REQUESTS
    statuses = sorted({status for status, _ in answers})
    assert statuses == [200], [body for status, body in answers if status != 200][:3]
    granted = [b for _, b in answers if b["outputs"]["besluit"] == "inwilligen"]
    refused = [b for _, b in answers if b["outputs"]["besluit"] == "afwijzen"]
    assert (len(granted), len(refused)) == (100, 220)
    assert all(b["outputs"]["gronden"] == ["quotum"] for b in refused)
    assert sorted(b["quota"]["granted"] for b in granted) == list(range(1, 101))  # every place once
    assert all(b["quota"]["place_taken"] for b in granted) and not any(b["quota"]["place_taken"] for b in refused)
    line = requests.get(f"{url}/v1/quota/{WHP}/HK/2026", timeout=10).json()
    assert (line["maximum"], line["granted"], line["remaining"]) == (100, 100, 0)
    assert sorted(line["decision_ids"]) == sorted(b["decision_id"] for b in granted)
    store = Store(database_url)
    try:
        assert store.count_decisions(WHP) == 320
        assert store.quota(WHP, "HK", 2026).granted == 100
        receipts = [store.get_decision(d) for d in line["decision_ids"]]
        assert all(r.outputs["besluit"] == "inwilligen" for r in receipts)
        assert sorted(r.facts["verleend_dit_jaar"] for r in receipts) == list(range(100))
    finally:
        store.dispose()


def test_320_concurrent_grants_for_hong_kong_give_exactly_100_places_on_sqlite(tables_dir):
    with live_server(tables_dir, env=CLOCK) as server:
        answers = _decide_concurrently([server.url])
        _assert_exactly_the_quota_granted(answers, server.database_url, server.url)


@pytest.mark.postgres
def test_320_concurrent_grants_through_two_servers_on_postgresql(tables_dir, postgres_url):
    database_url = fresh_database(postgres_url)
    with ExitStack() as stack:
        servers = [stack.enter_context(live_server(tables_dir, database_url=database_url, env=CLOCK))
                   for _ in range(2)]
        answers = _decide_concurrently([s.url for s in servers])
        _assert_exactly_the_quota_granted(answers, database_url, servers[0].url)


# -- SIGKILL -------------------------------------------------------------------------------------


def _grant_and_hang(database_url: str, tables_dir: str, signal_path: str) -> None:
    """A worker that takes a place and logs the decision, then stops before the commit."""
    from server import create_app

    app = create_app({"DATABASE_URL": database_url, "TABLES_DIR": tables_dir, "WATCH_INTERVAL": 0,
                      "CLOCK_DATE": "2026-03-01"})
    store = app.extensions["regelwerk"].store
    record_place = store.record_place

    def record_and_hang(tx, place, decision_id):
        record_place(tx, place, decision_id)  # ledger UPDATE, decision INSERT, place INSERT: not committed
        Path(signal_path).write_text(decision_id)
        time.sleep(300)

    store.record_place = record_and_hang
    app.test_client().post(f"/v1/decisions/{WHP}", json={"facts": HK_FACTS})


def _kill_mid_grant(database_url: str, tables_dir: Path, tmp_path: Path) -> str:
    signal_path = tmp_path / "in-transaction"
    worker = multiprocessing.get_context("spawn").Process(
        target=_grant_and_hang, args=(database_url, str(tables_dir), str(signal_path)))
    worker.start()
    deadline = time.monotonic() + 60
    while not signal_path.exists() or not signal_path.read_text():
        assert worker.is_alive() and time.monotonic() < deadline, "the worker never reached the grant"
        time.sleep(0.02)
    os.kill(worker.pid, signal.SIGKILL)
    worker.join()
    assert worker.exitcode == -signal.SIGKILL
    return signal_path.read_text()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_worker_killed_in_the_middle_of_a_grant_leaves_ledger_and_log_consistent(
    backend, tables_dir, tmp_path, request
):
    if backend == "sqlite":
        database_url = f"sqlite:///{tmp_path / 'regelwerk.db'}"
    else:
        database_url = fresh_database(request.getfixturevalue("postgres_url"))
    with live_server(tables_dir, database_url=database_url, env=CLOCK, admin_token=ADMIN_TOKEN) as server:
        first = requests.post(f"{server.url}/v1/decisions/{WHP}", json={"facts": HK_FACTS}, timeout=30).json()
        assert first["quota"]["granted"] == 1
        lost = _kill_mid_grant(database_url, tables_dir, tmp_path)
        store = Store(database_url)
        try:
            assert store.get_decision(lost) is None  # neither the decision …
            assert store.quota(WHP, "HK", 2026).granted == 1  # … nor its place survived
            assert store.places(WHP, "HK", 2026) == [first["decision_id"]]
        finally:
            store.dispose()
        after = requests.post(f"{server.url}/v1/decisions/{WHP}", json={"facts": HK_FACTS}, timeout=30).json()
        assert after["quota"]["granted"] == 2  # the lock went with the process; the next place is the 2nd


def test_workers_killed_while_granting_never_leave_a_place_without_its_decision(tables_dir):
    """SIGKILL the workers again and again under load; gunicorn starts new ones."""
    with live_server(tables_dir, env=CLOCK, workers=2) as server:
        stop = threading.Event()
        answers: list[dict] = []

        def client() -> None:
            with requests.Session() as session:
                while not stop.is_set():
                    try:
                        response = session.post(f"{server.url}/v1/decisions/{WHP}", json={"facts": HK_FACTS},
                                                timeout=30)
                    except requests.RequestException:
                        continue  # its worker was killed before (or while) answering
                    assert response.status_code == 200, response.text
                    answers.append(response.json())

        threads = [threading.Thread(target=client) for _ in range(6)]
        for t in threads:
            t.start()
        kills = 0
        try:
            while kills < 6:
                time.sleep(0.4)
                for pid in server.worker_pids()[:1]:
                    os.kill(pid, signal.SIGKILL)
                    kills += 1
        finally:
            stop.set()
            for t in threads:
                t.join()
        line = requests.get(f"{server.url}/v1/quota/{WHP}/HK/2026", timeout=10).json()
        store = Store(server.database_url)
        try:
            holders = store.places(WHP, "HK", 2026)
            assert line["granted"] == len(holders) == len(set(holders))  # every place has its decision
            assert all(store.get_decision(d).outputs["besluit"] == "inwilligen" for d in holders)
            answered = [a["decision_id"] for a in answers if a["quota"]["place_taken"]]
            assert set(answered) <= set(holders)  # every grant answered holds its place
            assert all(store.get_decision(a["decision_id"]) is not None for a in answers)
        finally:
            store.dispose()
        assert kills == 6 and len(answers) > 0
