"""Every bundled table over real HTTP: listed by GET /v1/tables, and each of its worked examples
decided by the running server with the outcome the workbook expects.

A worked example of a table with a quota gives the counter the service fills in itself
(``verleend_dit_jaar``); the test sets the ledger line to that count first (an admin correction,
as for grants made outside Regelwerk) and decides as a dry run, so the count is the ledger's.
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest
import requests

from tests.bundled import TABLES_DIR, bundled, bundled_ids
from tests.server.conftest import ADMIN_TOKEN
from tests.support.live_server import live_server

pytestmark = pytest.mark.slow

CLOCK = "2026-03-01"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("bundled")
    shutil.copytree(TABLES_DIR, root / "decision_tables")
    with live_server(root / "decision_tables", admin_token=ADMIN_TOKEN, env={"REGELWERK_CLOCK_DATE": CLOCK}) as live:
        yield live


def _same(expected: Any, actual: Any) -> bool:
    if expected is None or expected == []:
        return actual is None or actual == []
    if isinstance(expected, list):
        return isinstance(actual, list) and sorted(actual) == sorted(expected)
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return isinstance(actual, (int, float)) and float(actual) == float(expected)
    return expected == actual


def test_every_bundled_table_is_listed_with_its_quota(server):
    listed = requests.get(f"{server.url}/v1/tables", timeout=10).json()
    ids = [t["id"] for t in listed["tables"]]
    assert ids == sorted(bundled_ids()) and listed["waiting"] == []
    quotas = {t["id"]: t["quota"] for t in listed["tables"] if t.get("quota")}
    assert quotas["uitwisseling/working_holiday"]["key"] == "nationaliteit"
    assert quotas["bijzonder_verblijf/pilot_aachen"] == {
        "parameter": "quotum", "key": "ingediend_door", "counter": "verleend_dit_jaar", "keys": ["voorportaal_kerkrade"]}


@pytest.mark.parametrize("table_id", bundled_ids())
def test_each_worked_example_is_decided_over_http_as_the_workbook_expects(server, table_id):
    data = bundled(table_id).compiled.data
    context = {spec["name"] for spec in data["inputs"] if spec["context"]}
    quota = data.get("quota")
    assert data["examples"], f"{table_id} has no worked examples"
    for example in data["examples"]:
        facts = {k: v for k, v in example["facts"].items() if k not in context}
        if quota and quota["counter"] in example["facts"] and facts.get(quota["key"]) in _keys(data, quota):
            key, count = facts[quota["key"]], example["facts"][quota["counter"]]
            corrected = requests.post(f"{server.url}/v1/quota/{table_id}/{key}/{CLOCK[:4]}/correction", headers=ADMIN,
                                      json={"granted": count, "reason": f"voorbeeld {example['name']}"}, timeout=10)
            assert corrected.status_code == 200, corrected.text
        request = {"facts": facts, "dry_run": True}
        if example["peildatum"]:
            request["peildatum"] = example["peildatum"]
        response = requests.post(f"{server.url}/v1/decisions/{table_id}", json=request, timeout=30)
        expected = dict(example["expected"])
        name = f"{table_id}: {example['name']} (Voorbeelden rij {example['row']})"
        if "fout" in expected:
            assert response.status_code >= 400 and response.json()["code"] == expected.pop("fout"), name
            continue
        assert response.status_code == 200, f"{name}: {response.text}"
        body = response.json()
        # the Voorbeelden columns status and ontbrekende_feiten are the decision's, not outputs
        actual = {**body["outputs"], **{k: body.get(k) for k in _DECISION_COLUMNS if k in expected}}
        wrong = {k: (v, actual.get(k)) for k, v in expected.items() if not _same(v, actual.get(k))}
        assert not wrong, f"{name}: verwacht, kreeg {wrong}"


_DECISION_COLUMNS = ("status", "ontbrekende_feiten")


def _keys(data: dict[str, Any], quota: dict[str, Any]) -> set[str]:
    return {e["key"] for e in data["parameters"].get(quota["parameter"], ()) if e["key"] is not None}
