"""Probes: the publishing workflow end to end, as officers (and careless clients) drive it.

After every step, whatever was asked, the invariants of publishing hold (:func:`_invariants`):
each activation is the first release, an approval by someone other than the proposer, a
scheduled approval whose date has come, or a rollback to a version that was live before; the
live version is one whose workbook Regelwerk loads; a refused step changes nothing.
"""

from __future__ import annotations

import io
import itertools
import json
from typing import Any

import pytest

from tests.factories import build_workbook, edit_workbook
from tests.server.conftest import ADMIN_TOKEN
from tests.server.people import add_people
from tests.server.workbooks import TABLE_ID, expected_outcome, facts, proef, proef_bytes, version_of, write_proef

VERSIONS = f"/v1/tables/{TABLE_ID}/versions"
DECIDE = f"/v1/decisions/{TABLE_ID}"
PEOPLE = ("anna", "bram", "cor", "beheer")  # opsteller, beoordelaar, opsteller, beheerder


def _upload(client, headers, content):
    return client.post(VERSIONS, data={"werkboek": (io.BytesIO(content), "proef.xlsx")}, headers=headers)


def _live(client) -> tuple[str, dict[str, Any]]:
    body = client.post(DECIDE, json={"facts": facts(), "dry_run": True}).get_json()
    return body["table_version"], body["outputs"]


def _step(client, people, who: str, action: str, version: str, **body: Any):
    path = {"voorstel": "proposal", "goedkeuring": "approval", "afwijzing": "rejection",
            "terugzetten": "activate"}[action]
    return client.post(f"{VERSIONS}/{version}/{path}", headers=people[who], json={"reason": "probe", **body})


def _invariants(store, v1: str) -> None:
    events = store.audit_events(table_id=TABLE_ID)
    live_before: set[str] = set()
    for activation in store.activations(TABLE_ID):
        mine = [e for e in events if e.version == activation.version]
        if activation.version == v1 and not live_before:
            assert activation.source == "map" and activation.previous_version is None  # the first release
        elif activation.source == "terugzetting":
            assert activation.version in live_before, activation
        else:
            proposals = [e for e in mine if e.action == "voorgesteld"]
            approvals = [e for e in mine if e.action == "goedgekeurd"]
            assert proposals and approvals, (activation, [e.action for e in mine])
            assert approvals[-1].actor != proposals[-1].actor, (approvals[-1], proposals[-1])
            assert approvals[-1].role in ("beoordelaar", "beheerder")
        live_before.add(activation.version)
    active = store.active_versions().get(TABLE_ID)
    [staged] = [v for v in store.list_versions(TABLE_ID) if v.version == active]
    assert staged.diagnostics is not None
    geactiveerd = [e for e in events if e.action in ("geactiveerd", "teruggezet")]
    assert len(geactiveerd) == len(store.activations(TABLE_ID))  # one event per activation


@pytest.fixture
def world(app, v1):
    client = app.test_client()
    store = app.extensions["regelwerk"].store
    people = add_people(store, ADMIN_TOKEN)
    versions = {}
    for n, content in ((2, proef_bytes(2)), (3, _third())):
        assert _upload(client, people["anna"], content).status_code == 201
        versions[n] = version_of(content)
    return client, store, people, v1, versions


def _third() -> bytes:
    """A third good version: version 1's rules with another description."""
    spec = proef(1)
    spec["metadata"]["omschrijving"] = "Voor de tests (versie 3)"
    return build_workbook(**spec)


# ---------------------------------------------------------------------------------------------
# Who may approve: every actor against every state of one version


@pytest.mark.parametrize("proposer", ["anna", "cor", "beheer"])
@pytest.mark.parametrize("approver", PEOPLE)
def test_only_someone_else_with_the_right_role_can_approve(world, proposer, approver):
    client, store, people, v1, versions = world
    v2 = versions[2]
    assert _step(client, people, proposer, "voorstel", v2).status_code == 200
    response = _step(client, people, approver, "goedkeuring", v2)
    allowed = approver != proposer and approver in ("bram", "beheer")
    if allowed:
        assert response.status_code == 200, response.get_data(as_text=True)
        assert _live(client) == (v2, expected_outcome(2))
    else:
        assert response.status_code == 403, response.get_data(as_text=True)
        assert response.get_json()["code"] in ("eigen_voorstel", "geen_recht")
        assert _live(client) == (v1, expected_outcome(1))
    _invariants(store, v1)


ACTIONS = [(who, action) for who in PEOPLE for action in ("voorstel", "goedkeuring", "afwijzing", "terugzetten")]


@pytest.mark.parametrize("sequence", [
    # every ordered pair of (actor, step) on one version, then a third step by bram
    pair for pair in itertools.product(ACTIONS, repeat=2)
    if pair[0][1] != pair[1][1] or pair[0][0] != pair[1][0]
][::7])  # a spread of the 240 pairs: every actor and step occurs in each position
def test_no_sequence_of_steps_puts_a_version_live_without_a_second_person(world, sequence):
    client, store, people, v1, versions = world
    v2 = versions[2]
    for who, action in [*sequence, ("bram", "goedkeuring")]:
        response = _step(client, people, who, action, v2)
        assert response.status_code < 500, response.get_data(as_text=True)
        if response.status_code >= 400:
            assert response.mimetype == "application/problem+json"
        _invariants(store, v1)
    live, _ = _live(client)
    assert live in (v1, v2)


def test_a_retried_approval_activates_once(world):
    client, store, people, v1, versions = world
    v2 = versions[2]
    assert _step(client, people, "anna", "voorstel", v2).status_code == 200
    first = _step(client, people, "bram", "goedkeuring", v2)
    again = _step(client, people, "bram", "goedkeuring", v2)
    other = _step(client, people, "beheer", "goedkeuring", v2)
    assert first.status_code == 200 and again.status_code == other.status_code == 409
    assert [a.version for a in store.activations(TABLE_ID)] == [v1, v2]
    _invariants(store, v1)


def test_a_retried_rollback_rolls_back_once(world):
    client, store, people, v1, versions = world
    v2 = versions[2]
    _step(client, people, "anna", "voorstel", v2)
    _step(client, people, "bram", "goedkeuring", v2)
    answers = [_step(client, people, "beheer", "terugzetten", v1) for _ in range(3)]
    assert all(a.status_code == 200 for a in answers), [a.get_data(as_text=True) for a in answers]
    assert [a.version for a in store.activations(TABLE_ID)] == [v1, v2, v1]
    assert _live(client)[0] == v1
    _invariants(store, v1)


def test_rollback_only_to_a_version_that_was_live_and_only_by_a_beheerder(world):
    client, store, people, v1, versions = world
    v2, v3 = versions[2], versions[3]
    _step(client, people, "anna", "voorstel", v2)
    _step(client, people, "bram", "goedkeuring", v2)
    for who in ("anna", "bram", "cor"):
        assert _step(client, people, who, "terugzetten", v1).status_code == 403
    assert _step(client, people, "beheer", "terugzetten", v3).status_code == 409  # never live: propose it
    assert _step(client, people, "beheer", "terugzetten", "0" * 64).status_code == 404
    assert _live(client)[0] == v2
    assert _step(client, people, "beheer", "terugzetten", v1).status_code == 200
    assert _live(client) == (v1, expected_outcome(1))
    _invariants(store, v1)


# ---------------------------------------------------------------------------------------------
# Dates of effect


@pytest.mark.parametrize("effective_from,status", [
    ("2026-02-30", 400), ("1 maart", 400), ("", 400), (20260301, 400), (True, 400), (["2026-03-01"], 400),
    ("2026-01-09", 422), ("2000-01-01", 422), ("0001-01-01", 400),  # 0001-01-01 00:00 in NL is year 0 in UTC
    ("9999-12-31T23:59:59-14:00", 400),  # past year 9999 in UTC (was a 500)
    ("2026-01-10T00:00:00+14:00", 422),  # 2026-01-09 11:00 in the Netherlands: the past (was accepted)
])
def test_a_wrong_date_of_effect_is_refused_and_nothing_is_proposed(make_app, v1, effective_from, status):
    client = make_app(CLOCK_DATE="2026-01-10").test_client()
    store = client.application.extensions["regelwerk"].store
    people = add_people(store, ADMIN_TOKEN)
    content = proef_bytes(2)
    assert _upload(client, people["anna"], content).status_code == 201
    response = _step(client, people, "anna", "voorstel", version_of(content), effective_from=effective_from)
    assert response.status_code == status, response.get_data(as_text=True)
    assert "effective_from" in response.get_json()["errors"]
    assert [e.action for e in store.audit_events(table_id=TABLE_ID, version=version_of(content))] == ["klaargezet"]


def test_a_date_of_effect_that_is_today_in_the_netherlands_is_accepted(make_app, v1):
    """2026-01-09T23:00-14:00 is 2026-01-10 11:00 in the Netherlands: today, not the past."""
    client = make_app(CLOCK_DATE="2026-01-10").test_client()
    people = add_people(client.application.extensions["regelwerk"].store, ADMIN_TOKEN)
    content = proef_bytes(2)
    assert _upload(client, people["anna"], content).status_code == 201
    response = _step(client, people, "anna", "voorstel", version_of(content),
                     effective_from="2026-01-09T23:00:00-14:00")
    assert response.status_code == 200, response.get_data(as_text=True)


def _two_scheduled(make_app):
    """v3 scheduled for 2026-04-01 and approved first, then v2 for 2026-03-01; the clock at 2026-01-10."""
    before = make_app(CLOCK_DATE="2026-01-10").test_client()
    store = before.application.extensions["regelwerk"].store
    people = add_people(store, ADMIN_TOKEN)
    v2b, v3b = proef_bytes(2), _third()
    for content in (v2b, v3b):
        assert _upload(before, people["anna"], content).status_code == 201
    v2, v3 = version_of(v2b), version_of(v3b)
    for version, day in ((v3, "2026-04-01"), (v2, "2026-03-01")):
        assert _step(before, people, "anna", "voorstel", version, effective_from=day).status_code == 200
        assert _step(before, people, "bram", "goedkeuring", version).status_code == 200
    return before, store, v2, v3


def test_two_scheduled_versions_go_live_in_the_order_of_their_dates(make_app, v1):
    before, store, v2, v3 = _two_scheduled(make_app)
    assert _live(before)[0] == v1
    assert _live(make_app(CLOCK_DATE="2026-03-15").test_client())[0] == v2
    assert _live(make_app(CLOCK_DATE="2026-04-02").test_client())[0] == v3
    assert [a.version for a in store.activations(TABLE_ID)] == [v1, v2, v3]
    _invariants(store, v1)


def test_a_worker_that_wakes_after_both_dates_ends_on_the_later_one(make_app, v1):
    before, store, v2, v3 = _two_scheduled(make_app)
    assert _live(make_app(CLOCK_DATE="2026-05-01").test_client())[0] == v3
    assert [a.version for a in store.activations(TABLE_ID)] == [v1, v2, v3]
    _invariants(store, v1)


# ---------------------------------------------------------------------------------------------
# A broken workbook never goes live, whichever way it comes in


@pytest.mark.parametrize("breakage", ["value", "formula", "hidden", "merged", "bron", "not_xlsx", "empty"])
def test_a_broken_upload_is_refused_with_located_diagnostics_and_nothing_changes(world, breakage):
    client, store, people, v1, versions = world
    good = proef_bytes(2)
    content = {
        "value": proef_bytes(2, broken=True),
        "formula": edit_workbook(good, lambda wb: setattr(wb["Regels"]["E4"], "value", "=A1")),
        "hidden": edit_workbook(good, lambda wb: setattr(wb["Regels"], "sheet_state", "hidden")),
        "merged": edit_workbook(good, lambda wb: wb["Regels"].merge_cells("B2:B3")),
        "bron": edit_workbook(good, lambda wb: setattr(wb["Regels"]["F2"], "value", "Vc B2/2.1.1; 003:L99999")),
        "not_xlsx": b"PK\x03\x04 geen werkboek",
        "empty": b"",
    }[breakage]
    before = [v.version for v in store.list_versions(TABLE_ID)]
    response = _upload(client, people["anna"], content)
    assert 400 <= response.status_code < 500, response.get_data(as_text=True)
    body = response.get_json()
    if response.status_code == 422:
        errors = [d for d in body["diagnostics"] if d["severity"] == "fout"]
        assert errors and all(d["blad"] for d in errors if breakage not in ("not_xlsx", "empty")), errors
    assert [v.version for v in store.list_versions(TABLE_ID)] == before
    assert _step(client, people, "anna", "voorstel", version_of(content)).status_code == 404
    assert _live(client)[0] == v1
    _invariants(store, v1)


def test_a_version_whose_examples_fail_is_never_proposed_approved_or_rolled_back_to(world):
    client, store, people, v1, versions = world
    failing = proef_bytes(2, failing_example=True)
    assert _upload(client, people["anna"], failing).status_code == 201
    vf = version_of(failing)
    assert _step(client, people, "anna", "voorstel", vf).status_code == 422
    assert _step(client, people, "bram", "goedkeuring", vf).status_code in (409, 422)
    assert _step(client, people, "beheer", "terugzetten", vf).status_code in (409, 422)
    assert _live(client)[0] == v1
    _invariants(store, v1)


def test_a_broken_file_in_the_tables_directory_never_replaces_the_live_version(app, tables_dir, v1):
    client = app.test_client()
    store = app.extensions["regelwerk"].store
    write_proef(tables_dir, 2, broken=True)
    problems = app.extensions["regelwerk"].publisher.scan_directory()
    assert any(d.is_error and d.location.blad and d.location.cel for d in problems[TABLE_ID])
    assert _live(client) == (v1, expected_outcome(1))
    assert [v.version for v in store.list_versions(TABLE_ID)] == [v1]
    _invariants(store, v1)


# ---------------------------------------------------------------------------------------------
# Careless bodies on the publishing steps


@pytest.mark.parametrize("raw", [
    b'{"reason": "a\\u0000b"}',  # a NUL: was a 503 "database niet bereikbaar" on PostgreSQL
    b'{"reason": "\\ud800"}', b'{"reason": 5}', b'{"reason": null}', b'{"reason": ""}', b'{"reason": "  "}',
    b'{"reason": "x", "reason": "y"}', b'{"reason": "x", "extra": 1}', b"[]", b'"x"', b"{", b"null",
    b'{"reason": "' + b"x" * 2001 + b'"}',
])
def test_a_careless_body_on_a_step_is_a_400_and_changes_nothing(world, raw):
    client, store, people, v1, versions = world
    v2 = versions[2]
    before = len(store.audit_events(table_id=TABLE_ID))
    response = client.post(f"{VERSIONS}/{v2}/proposal", headers={**people["anna"], "Content-Type": "application/json"},
                           data=raw)
    assert response.status_code == 400, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert len(store.audit_events(table_id=TABLE_ID)) == before
    json.loads(response.get_data(as_text=True))
