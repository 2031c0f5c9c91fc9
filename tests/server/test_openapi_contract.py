"""What the service takes and answers matches what /openapi.json promises (JSON Schema 2020-12).

Every bundled table decides its own worked examples: the requests are validated against the
documented request schema, and the answers (decisions, receipts, replays, batch results,
problems) against the schemas the document gives for those operations, so a case system that
generates a client from the document gets what it expects.
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from tests.bundled import TABLES_DIR, bundled, bundled_ids


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from server import create_app

    root = tmp_path_factory.mktemp("contract")
    shutil.copytree(TABLES_DIR, root / "decision_tables")
    app = create_app({"TABLES_DIR": str(root / "decision_tables"), "DATABASE_URL": f"sqlite:///{root / 'r.db'}",
                      "WATCH_INTERVAL": 0})
    yield app.test_client(), app.test_client().get("/openapi.json").get_json()
    app.extensions["regelwerk"].close()


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _validator(doc: dict[str, Any], *path: str) -> Draft202012Validator:
    """A validator for the schema at ``path`` in the document; its $refs resolve in the document."""
    root = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": _pointer(*path),
            "components": doc["components"], "paths": doc["paths"]}
    return Draft202012Validator(root)


def _check(doc: dict[str, Any], body: Any, *path: str) -> None:
    errors = sorted(_validator(doc, *path).iter_errors(body), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def _response(path: str, method: str, status: str) -> tuple[str, ...]:
    return ("paths", path, method, "responses", status, "content", "application/json", "schema")


def _problem(path: str, method: str, status: str) -> tuple[str, ...]:
    return ("paths", path, method, "responses", status, "content", "application/problem+json", "schema")


def test_every_reference_in_the_document_resolves(service):
    _, doc = service
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    assert refs
    for ref in set(refs):
        target: Any = doc
        for part in ref.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        assert isinstance(target, dict), ref
    Draft202012Validator.check_schema({"components": doc["components"]})


def _examples(table_id: str) -> list[dict[str, Any]]:
    """The table's worked examples, without the inputs the service fills in (context)."""
    data = bundled(table_id).compiled.data
    context = {spec["name"] for spec in data["inputs"] if spec["context"]}
    return [{**e, "facts": {k: v for k, v in e["facts"].items() if k not in context}} for e in data["examples"]]


@pytest.mark.parametrize("table_id", bundled_ids())
def test_decisions_receipts_and_replays_match_their_schemas(service, table_id):
    client, doc = service
    path = f"/v1/decisions/{table_id}"
    examples = _examples(table_id)
    assert examples
    for example in examples:
        request = {"facts": example["facts"], "dry_run": True, "explain": True}
        if example.get("peildatum"):
            request["peildatum"] = example["peildatum"]
        _check(doc, request, "paths", path, "post", "requestBody", "content", "application/json", "schema")
        response = client.post(path, json=request)
        body = response.get_json()
        if response.status_code == 200:
            _check(doc, body, *_response(path, "post", "200"))
        else:
            _check(doc, body, *_problem(path, "post", str(response.status_code)))
    logged = client.post(path, json={"facts": examples[0]["facts"], "zaaknummer": "Z-1"})
    assert logged.status_code == 200, logged.get_json()
    _check(doc, logged.get_json(), *_response(path, "post", "200"))
    decision_id = logged.get_json()["decision_id"]
    _check(doc, client.get(f"/v1/decisions/{decision_id}").get_json(),
           *_response("/v1/decisions/{decision_id}", "get", "200"))
    _check(doc, client.post(f"/v1/decisions/{decision_id}/replay").get_json(),
           *_response("/v1/decisions/{decision_id}/replay", "post", "200"))


@pytest.mark.parametrize("table_id", bundled_ids())
def test_batch_results_and_bad_requests_match_their_schemas(service, table_id):
    client, doc = service
    cases = [{"facts": e["facts"]} for e in _examples(table_id)] + [{"facts": {"onbekend": 1}}]
    batch_path = f"/v1/decisions/{table_id}/batch"
    response = client.post(batch_path + "?dry_run=true", json=cases)
    assert response.status_code == 200
    _check(doc, response.get_json(), *_response(batch_path, "post", "200"))
    bad = client.post(f"/v1/decisions/{table_id}", json={"facts": {"onbekend": 1}, "dry_run": "ja"})
    assert bad.status_code == 400
    _check(doc, bad.get_json(), *_problem(f"/v1/decisions/{table_id}", "post", "400"))


def test_quota_answers_match_their_schemas(service):
    client, doc = service
    table = next(t for t in bundled_ids() if bundled(t).compiled.data.get("quota"))
    line_path = f"/v1/quota/{table}/{{key}}/{{year}}"
    decided = client.post(f"/v1/decisions/{table}", json={"facts": _examples(table)[0]["facts"]})
    assert decided.status_code == 200
    _check(doc, client.get("/v1/quota").get_json(), *_response("/v1/quota", "get", "200"))
    key = bundled(table).compiled.data["parameters"][bundled(table).compiled.data["quota"]["parameter"]][0]["key"]
    year = client.get("/v1/quota").get_json()["today"][:4]
    _check(doc, client.get(f"/v1/quota/{table}/{key}/{year}").get_json(), *_response(line_path, "get", "200"))
    missing = client.get(f"/v1/quota/{table}/XX/{year}")
    assert missing.status_code == 404
    _check(doc, missing.get_json(), *_problem(line_path, "get", "404"))


_values = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**6), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(max_size=12), st.sampled_from(["2024-02-29", "2023-02-29", "AU", "HK", "ja", "nee"]),
                    st.lists(st.text(max_size=5), max_size=3))


@pytest.mark.parametrize("table_id", bundled_ids())
def test_any_request_gets_an_answer_the_document_describes(service, table_id):
    """Examples with fields changed, dropped or added at random: 200, 400 or 422, each as documented."""
    client, doc = service
    path = f"/v1/decisions/{table_id}"
    examples = _examples(table_id)
    names = sorted({spec["name"] for spec in bundled(table_id).compiled.data["inputs"]} | {"onbekend"})

    @settings(max_examples=60, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.sampled_from(examples), st.dictionaries(st.sampled_from(names), _values, max_size=3),
           st.lists(st.sampled_from(names), max_size=2))
    def answer(example, changes, dropped):
        facts = {k: v for k, v in {**example["facts"], **changes}.items() if k not in dropped}
        response = client.post(path, json={"facts": facts, "dry_run": True})
        status = str(response.status_code)
        assert status in ("200", "400", "422"), response.get_data(as_text=True)
        if status == "200":
            _check(doc, response.get_json(), *_response(path, "post", status))
        else:
            assert response.mimetype == "application/problem+json"
            _check(doc, response.get_json(), *_problem(path, "post", status))

    answer()
