"""features/publicatie/publiceren.feature: the officers' side of governed publishing, through
the service's HTTP endpoints (in process, on the proef table of tests/server/workbooks.py)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, step, then, when

from server import create_app
from tests.server.workbooks import TABLE_ID, expected_outcome, facts, proef_bytes, version_of, write_proef

scenarios("publicatie/publiceren.feature")

ADMIN_TOKEN = "publicatie-beheer"
VERSIONS = f"/v1/tables/{TABLE_ID}/versions"


@pytest.fixture
def decider():
    """These scenarios publish; they do not run once per decider like the tables' features."""
    return None


@dataclass
class World:
    root: Path
    clock: str | None = None
    apps: dict[str | None, Any] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    contents: dict[int, bytes] = field(default_factory=dict)
    last: Any = None

    def client(self) -> Any:
        """A worker whose clock says ``clock`` (all workers share the database and the folder)."""
        if self.clock not in self.apps:
            self.apps[self.clock] = create_app({
                "DATABASE_URL": f"sqlite:///{self.root / 'regelwerk.db'}", "TABLES_DIR": str(self.root / "tabellen"),
                "WATCH_INTERVAL": 0, "ADMIN_TOKEN": ADMIN_TOKEN, "CLOCK_DATE": self.clock})
        return self.apps[self.clock].test_client()

    @property
    def store(self) -> Any:
        return self.apps[next(iter(self.apps))].extensions["regelwerk"].store

    def content(self, version: int) -> bytes:
        if version not in self.contents:
            self.contents[version] = proef_bytes(version)
        return self.contents[version]

    def version(self, n: int) -> str:
        return version_of(self.content(n))

    def headers(self, name: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[name]}"}


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    for app in w.apps.values():
        app.extensions["regelwerk"].close()


# -- Gegeven -----------------------------------------------------------------------------------


@given("de proeftabel met versie 1 actief")
def proeftabel(world: World):
    path = write_proef(world.root / "tabellen", 1)
    world.contents[1] = path.read_bytes()
    world.client()  # the first start: the folder is the release


@given("de gebruikers:")
def gebruikers(world: World, datatable):
    header, *rows = datatable
    for row in rows:
        name, role = dict(zip(header, row))["naam"], dict(zip(header, row))["rol"]
        world.tokens[name] = world.store.add_user(name, role, created_by="feature")


@step(parsers.parse('het is "{dag}"'))
@step(parsers.parse('het "{dag}" is'))
def het_is(world: World, dag: str):
    world.clock = dag


# -- Als ---------------------------------------------------------------------------------------


@when(parsers.parse('"{wie}" versie {n:d} klaarzet'))
def klaarzetten(world: World, wie: str, n: int):
    world.last = world.client().post(VERSIONS, data={"werkboek": (io.BytesIO(world.content(n)), "proef.xlsx")},
                                     headers=world.headers(wie))
    assert world.last.status_code == 201, world.last.get_data(as_text=True)


@when(parsers.re(r'"(?P<wie>[^"]+)" versie (?P<n>\d+) voorstelt met de reden "(?P<reden>[^"]*)"'
                 r'( en datum van ingang "(?P<datum>[^"]+)")?'))
def voorstellen(world: World, wie: str, n: str, reden: str, datum: str | None):
    body: dict[str, Any] = {"reason": reden}
    if datum:
        body["effective_from"] = datum
    world.last = world.client().post(f"{VERSIONS}/{world.version(int(n))}/proposal", json=body,
                                     headers=world.headers(wie))


@when(parsers.parse('"{wie}" versie {n:d} goedkeurt met de reden "{reden}"'))
def goedkeuren(world: World, wie: str, n: int, reden: str):
    world.last = world.client().post(f"{VERSIONS}/{world.version(n)}/approval", json={"reason": reden},
                                     headers=world.headers(wie))


@when(parsers.parse('"{wie}" versie {n:d} afwijst met de reden "{reden}"'))
def afwijzen(world: World, wie: str, n: int, reden: str):
    world.last = world.client().post(f"{VERSIONS}/{world.version(n)}/rejection", json={"reason": reden},
                                     headers=world.headers(wie))


@when(parsers.re(r'"(?P<wie>[^"]+)" versie (?P<n>\d+) direct activeert met de reden "(?P<reden>[^"]*)"'))
def direct_activeren(world: World, wie: str, n: str, reden: str):
    world.last = world.client().post(f"{VERSIONS}/{world.version(int(n))}/activate", json={"reason": reden},
                                     headers=world.headers(wie))


@when(parsers.parse("versie {n:d} in de tabellenmap wordt gezet"))
def in_de_map(world: World, n: int):
    world.contents[n] = write_proef(world.root / "tabellen", n).read_bytes()
    world.apps[world.clock].extensions["regelwerk"].publisher.scan_directory()


# -- Dan ---------------------------------------------------------------------------------------


def _decided_version(world: World) -> tuple[str, dict[str, Any]]:
    body = world.client().post(f"/v1/decisions/{TABLE_ID}", json={"facts": facts(), "dry_run": True}).get_json()
    return body["table_version"], body["outputs"]


@then(parsers.parse("beslist de dienst met versie {n:d}"))
@then(parsers.parse("beslist de dienst nog met versie {n:d}"))
def beslist_met(world: World, n: int):
    assert _decided_version(world) == (world.version(n), expected_outcome(n))


@then(parsers.parse('weigert de dienst met "{code}"'))
def weigert(world: World, code: str):
    body = world.last.get_json()
    assert world.last.status_code in (400, 403, 409, 422), world.last.get_data(as_text=True)
    assert body["code"] == code, body
    assert body["detail"]  # a Dutch sentence saying why


@then(parsers.parse('is versie {n:d} "{status}"'))
def status(world: World, n: int, status: str):
    shown = world.client().get(f"{VERSIONS}/{world.version(n)}", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    assert shown.get_json()["state"] == status


@then("staat in het auditlogboek:")
def auditlogboek(world: World, datatable):
    header, *rows = datatable
    events = world.client().get("/v1/audit", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}).get_json()["events"]
    seen = [(e["action"], e["actor"], e["reason"] or "") for e in events]
    wanted = [tuple(dict(zip(header, row))[k] for k in ("actie", "wie", "reden")) for row in rows]
    position = 0
    for entry in wanted:  # in this order, among the others
        assert entry in seen[position:], (entry, seen)
        position = seen.index(entry, position) + 1
