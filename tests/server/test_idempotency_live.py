"""Idempotency-Key on the real production server: 8 retries of one key at once (two servers on
one PostgreSQL database too) take one quota place and log one decision, and each gets the first
answer; a batch retried at once is decided once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

import pytest
import requests

from policy.store import Store
from tests.server.workbooks import HK_FACTS, WHP, copy_working_holiday
from tests.support.live_server import live_server
from tests.support.postgres import fresh_database, postgres_server

pytestmark = pytest.mark.slow

CLOCK = {"REGELWERK_CLOCK_DATE": "2026-03-01", "REGELWERK_API_KEYS": "zaaksysteem"}
AUTH = {"Authorization": "Bearer zaaksysteem"}
RETRIES = 8


@pytest.fixture
def tables_dir(tmp_path):
    return copy_working_holiday(tmp_path / "decision_tables")


@pytest.fixture(scope="module")
def postgres_url():
    with postgres_server() as url:
        yield url


def _at_once(urls: list[str], path: str, body, key: str) -> list[requests.Response]:
    def one(n: int) -> requests.Response:
        return requests.post(f"{urls[n % len(urls)]}{path}", json=body, timeout=60,
                             headers={**AUTH, "Idempotency-Key": key})

    with ThreadPoolExecutor(RETRIES) as pool:
        return list(pool.map(one, range(RETRIES)))


def _assert_one_effect(urls: list[str], database_url: str) -> None:
    answers = _at_once(urls, f"/v1/decisions/{WHP}", {"facts": HK_FACTS, "zaaknummer": "Z-1"}, "zaak-Z-1")
    assert [a.status_code for a in answers] == [200] * RETRIES, [a.text for a in answers]
    assert len({a.content for a in answers}) == 1  # byte for byte the first answer
    assert sum("Idempotent-Replayed" not in a.headers for a in answers) == 1
    body = answers[0].json()
    assert body["quota"]["granted"] == 1 and body["quota"]["place_taken"]
    cases = [{"facts": HK_FACTS, "zaaknummer": f"B-{n}"} for n in range(5)]
    batches = _at_once(urls, f"/v1/decisions/{WHP}/batch", cases, "batch-1")
    assert [b.status_code for b in batches] == [200] * RETRIES, [b.text for b in batches]
    assert len({b.content for b in batches}) == 1
    store = Store(database_url)
    try:
        assert store.count_decisions(WHP) == 1 + 5
        assert store.quota(WHP, "HK", 2026).granted == 1 + 5
        assert store.places(WHP, "HK", 2026)[0] == body["decision_id"]
    finally:
        store.dispose()


def test_eight_concurrent_retries_of_one_key_take_one_place_on_sqlite(tables_dir):
    with live_server(tables_dir, env=CLOCK, workers=2) as server:
        _assert_one_effect([server.url], server.database_url)


@pytest.mark.postgres
def test_eight_concurrent_retries_through_two_servers_take_one_place_on_postgresql(tables_dir, postgres_url):
    database_url = fresh_database(postgres_url)
    with ExitStack() as stack:
        servers = [stack.enter_context(live_server(tables_dir, database_url=database_url, env=CLOCK, workers=2))
                   for _ in range(2)]
        _assert_one_effect([s.url for s in servers], database_url)
