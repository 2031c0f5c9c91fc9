"""The OpenAPI document gives each table's request and response examples from its Voorbeelden
sheet (each example request is accepted and answers what the sheet expects), a `servers` entry,
a problem `default` on every operation and the limits the service applies."""

from __future__ import annotations

from tests.server.workbooks import TABLE_ID


def test_every_table_has_request_and_response_examples_from_its_voorbeelden(client):
    doc = client.get("/openapi.json").get_json()
    assert doc["servers"] == [{"url": "/", "description": "Deze dienst"}]
    operation = doc["paths"][f"/v1/decisions/{TABLE_ID}"]["post"]
    requests = operation["requestBody"]["content"]["application/json"]["examples"]
    responses = operation["responses"]["200"]["content"]["application/json"]["examples"]
    assert [e["summary"] for e in requests.values()][:2] == ["Argentijn van 24", "te jong"]
    assert set(responses) == set(requests)
    for name, example in requests.items():
        answer = client.post(f"/v1/decisions/{TABLE_ID}", json={**example["value"], "dry_run": True})
        assert answer.status_code == 200, answer.get_data(as_text=True)
        assert answer.get_json()["outputs"] == responses[name]["value"]["outputs"]
        assert [m["bron"] for m in answer.get_json()["matched_rows"]] == [
            m["bron"] for m in responses[name]["value"]["matched_rows"]]


def test_every_operation_documents_its_problems_and_the_limits(client):
    doc = client.get("/openapi.json").get_json()
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            assert "default" in operation["responses"], (method, path)
    facts = doc["components"]["schemas"][f"Feiten.{TABLE_ID.replace('/', '.')}"]["properties"]
    assert "AR" in facts["nationaliteit"]["enum"] and "AA" not in facts["nationaliteit"]["enum"]
    assert facts["kinderen"]["maximum"] == 10
    batch = doc["paths"][f"/v1/decisions/{TABLE_ID}/batch"]["post"]
    assert batch["requestBody"]["content"]["application/json"]["schema"]["maxItems"] == 100_000
    assert "nationaliteit" in batch["requestBody"]["content"]["text/csv"]["schema"]["pattern"]
    year = doc["paths"]["/v1/quota"]["get"]["parameters"][1]["schema"]
    assert (year["minimum"], year["maximum"]) == (1, 9999)
    assert [p["name"] for p in batch["parameters"]][-1] == "Idempotency-Key"
