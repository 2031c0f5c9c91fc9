"""Quotas on the real production server: 8 processes of concurrent grants on SQLite and on
PostgreSQL (two servers on one database) for each bundled table with a quota (Working Holiday
Hong Kong 100: 8 x 40; the Aachen pilot 75: 8 x 20, both tables served at once so their lines
are counted apart), and workers killed with SIGKILL in the middle of granting."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from policy.store import Store
from tests.server.conftest import ADMIN_TOKEN
from tests.server.workbooks import AACHEN, AACHEN_FACTS, HK_FACTS, WHP, copy_bundled
from tests.support.live_server import live_server
from tests.support.postgres import fresh_database, postgres_server

pytestmark = pytest.mark.slow

CLOCK = {"REGELWERK_CLOCK_DATE": "2026-03-01"}  # the quota year is 2026 whenever the test runs
PROCESSES = 8


@dataclass(frozen=True)
class QuotaCase:
    """A table with a quota, an applicant it grants, and how many concurrent requests to send."""

    table_id: str
    facts: dict[str, Any]
    key: str
    maximum: int
    requests: int  # per process
    counter: str = "verleend_dit_jaar"
    output: str = "besluit"
    grant: str = "inwilligen"
    refusal: str = "afwijzen"
    grounds: str = "gronden"
    ground: str = "quotum"

    @property
    def total(self) -> int:
        return PROCESSES * self.requests


CASES = {
    "working_holiday_hk": QuotaCase(WHP, HK_FACTS, "HK", 100, requests=40),
    "pilot_aachen": QuotaCase(AACHEN, AACHEN_FACTS, "voorportaal_kerkrade", 75, requests=20),
}


@pytest.fixture
def tables_dir(tmp_path):
    return copy_bundled(tmp_path / "decision_tables", WHP, AACHEN)


@pytest.fixture(scope="module")
def postgres_url():
    with postgres_server() as url:
        yield url


def _burst(urls: list[str], case: QuotaCase, offset: int) -> list[tuple[int, dict]]:
    """``case.requests`` grant requests at once (one thread each), spread over the servers."""
    def one(n: int) -> tuple[int, dict]:
        url = urls[(offset + n) % len(urls)]
        response = requests.post(f"{url}/v1/decisions/{case.table_id}", json={"facts": case.facts}, timeout=120)
        return response.status_code, response.json()

    with ThreadPoolExecutor(case.requests) as pool:
        return list(pool.map(one, range(case.requests)))


def _decide_concurrently(urls: list[str], case: QuotaCase) -> list[tuple[int, dict]]:
    with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
        bursts = pool.starmap(_burst, [(urls, case, p) for p in range(PROCESSES)])
    return [answer for burst in bursts for answer in burst]


def _assert_exactly_the_quota_granted(case: QuotaCase, answers: list[tuple[int, dict]], database_url: str,
                                      url: str) -> None:
    assert len(answers) == case.total
    statuses = sorted({status for status, _ in answers})
    assert statuses == [200], [body for status, body in answers if status != 200][:3]
    granted = [b for _, b in answers if b["outputs"][case.output] == case.grant]
    refused = [b for _, b in answers if b["outputs"][case.output] == case.refusal]
    assert (len(granted), len(refused)) == (case.maximum, case.total - case.maximum)
    assert all(b["outputs"][case.grounds] == [case.ground] for b in refused)
    assert sorted(b["quota"]["granted"] for b in granted) == list(range(1, case.maximum + 1))  # every place once
    assert all(b["quota"]["place_taken"] for b in granted) and not any(b["quota"]["place_taken"] for b in refused)
    assert all(b["quota"]["key"] == case.key and b["quota"]["year"] == 2026 for b in granted + refused)
    line = requests.get(f"{url}/v1/quota/{case.table_id}/{case.key}/2026", timeout=10).json()
    assert (line["maximum"], line["granted"], line["remaining"]) == (case.maximum, case.maximum, 0)
    assert sorted(line["decision_ids"]) == sorted(b["decision_id"] for b in granted)
    lines = requests.get(f"{url}/v1/quota", timeout=10).json()["quota"]
    assert [(q["table_id"], q["key"], q["year"], q["granted"]) for q in lines] == [
        (case.table_id, case.key, 2026, case.maximum)]  # the other table's line was never touched
    store = Store(database_url)
    try:
        assert store.count_decisions(case.table_id) == case.total
        assert store.quota(case.table_id, case.key, 2026).granted == case.maximum
        receipts = [store.get_decision(d) for d in line["decision_ids"]]
        assert all(r.outputs[case.output] == case.grant for r in receipts)
        assert sorted(r.facts[case.counter] for r in receipts) == list(range(case.maximum))
    finally:
        store.dispose()


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_concurrent_grants_give_exactly_the_quota_on_sqlite(tables_dir, case):
    with live_server(tables_dir, env=CLOCK) as server:
        answers = _decide_concurrently([server.url], case)
        _assert_exactly_the_quota_granted(case, answers, server.database_url, server.url)


@pytest.mark.postgres
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_concurrent_grants_through_two_servers_give_exactly_the_quota_on_postgresql(tables_dir, postgres_url, case):
    database_url = fresh_database(postgres_url)
    with ExitStack() as stack:
        servers = [stack.enter_context(live_server(tables_dir, database_url=database_url, env=CLOCK))
                   for _ in range(2)]
        answers = _decide_concurrently([s.url for s in servers], case)
        _assert_exactly_the_quota_granted(case, answers, database_url, servers[0].url)


def test_both_quotas_at_once_keep_their_own_lines(tables_dir):
    """Working Holiday and the Aachen pilot granted at the same time on one ledger: each line
    counts its own table's places and no more."""
    wh, aachen = CASES["working_holiday_hk"], CASES["pilot_aachen"]
    with live_server(tables_dir, env=CLOCK) as server:
        with ThreadPoolExecutor(2) as pool:
            futures = [pool.submit(_decide_concurrently, [server.url], c) for c in (aachen, wh)]
            answers = [f.result() for f in futures]
        for case, got in zip((aachen, wh), answers):
            assert sum(b["outputs"]["besluit"] == "inwilligen" for _, b in got) == case.maximum
        lines = requests.get(f"{server.url}/v1/quota", timeout=10).json()["quota"]
        assert sorted((q["table_id"], q["key"], q["granted"], q["maximum"]) for q in lines) == [
            (AACHEN, "voorportaal_kerkrade", 75, 75), (WHP, "HK", 100, 100)]


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
