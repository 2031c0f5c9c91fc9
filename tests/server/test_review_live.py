"""Governed publishing on the real server (gunicorn, 2 workers), on SQLite and PostgreSQL: the
folder does not activate, the wrong workbook is refused, the proposer cannot approve, a version
scheduled for a moment goes live then for every worker (once), and the audit trail names both
people. Users are made with the real ``regelwerk gebruiker toevoegen``."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import requests

from tests.bundled import TABLES_DIR
from tests.server.conftest import ADMIN_TOKEN
from tests.server.live_people import live_people
from tests.server.workbooks import TABLE_ID, expected_outcome, facts, proef_bytes, version_of, write_proef
from tests.support.live_server import live_server
from tests.support.postgres import fresh_database, postgres_server

pytestmark = pytest.mark.slow

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
VERSIONS = f"/v1/tables/{TABLE_ID}/versions"


@pytest.fixture(scope="module")
def postgres_url():
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'regelwerk.db'}"
    return fresh_database(request.getfixturevalue("postgres_url"))


def _answers(url: str, n: int = 16) -> list[tuple[str, dict]]:
    out = []
    for _ in range(n):  # a new connection each time: the answers come from both workers
        body = requests.post(f"{url}/v1/decisions/{TABLE_ID}", json={"facts": facts(), "dry_run": True},
                             timeout=30, headers={"Connection": "close"}).json()
        out.append((body["table_version"], _hashable(body["outputs"])))
    return out


def _hashable(outputs: dict) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in outputs.items()))


def _stage(url: str, headers: dict[str, str], content: bytes) -> requests.Response:
    return requests.post(f"{url}{VERSIONS}", data=content, headers={**headers, "Content-Type": XLSX}, timeout=60)


def test_the_whole_review_on_the_live_server(tables_dir, database_url, v1):
    with live_server(tables_dir, database_url=database_url, admin_token=ADMIN_TOKEN,
                     env={"REGELWERK_WATCH_INTERVAL": "0.2"}) as server:
        url = server.url
        people = live_people(database_url, ADMIN_TOKEN)

        # the folder proposes, it never activates
        v2 = version_of(write_proef(tables_dir, 2).read_bytes())
        deadline = time.monotonic() + 30
        pending: list[dict] = []
        while not pending and time.monotonic() < deadline:
            pending = requests.get(f"{url}/v1/tables", headers=people["bram"], timeout=10).json()[
                "tables"][0]["publication"]["pending"]
            time.sleep(0.2)
        assert [(p["version"], p["state"], p["proposal"]["by"]) for p in pending] == [
            (v2, "voorgesteld", "tabellenmap")]
        assert set(_answers(url, 6)) == {(v1, _hashable(expected_outcome(1)))}
        requests.post(f"{url}{VERSIONS}/{v2}/rejection", headers=people["bram"], json={"reason": "niet nu"},
                      timeout=30).raise_for_status()

        # the workbook of another table is refused, naming what differs
        au_pair = (TABLES_DIR / "uitwisseling" / "au_pair.xlsx").read_bytes()
        refused = _stage(url, people["anna"], au_pair)
        assert refused.status_code == 400 and refused.json()["code"] == "ander_werkboek"
        assert refused.headers["Content-Type"].startswith("application/problem+json")

        # staged by anna, proposed by dirk (a beheerder) for a moment a few seconds ahead; dirk cannot approve it
        content = proef_bytes(3)
        v3 = version_of(content)
        assert _stage(url, people["anna"], content).status_code == 201
        moment = datetime.now(ZoneInfo("Europe/Amsterdam")) + timedelta(seconds=4)
        proposed = requests.post(f"{url}{VERSIONS}/{v3}/proposal", headers=people["dirk"], timeout=60,
                                 json={"reason": "AU erbij", "effective_from": moment.isoformat()})
        assert proposed.status_code == 200, proposed.text
        own = requests.post(f"{url}{VERSIONS}/{v3}/approval", headers=people["dirk"], json={"reason": "ok"},
                            timeout=30)
        assert (own.status_code, own.json()["code"]) == (403, "eigen_voorstel")
        approved = requests.post(f"{url}{VERSIONS}/{v3}/approval", headers=people["bram"],
                                 json={"reason": "akkoord"}, timeout=30).json()
        assert (approved["state"], approved["scheduled"]) == ("goedgekeurd", True)
        assert {a[0] for a in _answers(url, 6)} == {v1}  # not before its moment

        while datetime.now(ZoneInfo("Europe/Amsterdam")) < moment + timedelta(seconds=0.5):
            time.sleep(0.1)
        after = _answers(url, 16)
        assert set(after) == {(v3, _hashable(expected_outcome(3)))}  # every worker, from the first request on
        table = requests.get(f"{url}/v1/tables/{TABLE_ID}", timeout=10).json()
        assert [len(v["activated_at"]) for v in table["versions"] if v["version"] == v3] == [1]  # once

        events = requests.get(f"{url}/v1/audit?table_id={TABLE_ID}", headers=people["beheer"], timeout=10).json()
        v3_steps = [(e["action"], e["actor"]) for e in events["events"] if e["version"] == v3]
        assert v3_steps == [("klaargezet", "anna"), ("voorgesteld", "dirk"), ("goedgekeurd", "bram"),
                            ("geactiveerd", "bram")]
