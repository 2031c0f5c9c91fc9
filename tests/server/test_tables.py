"""GET /v1/tables, /openapi.json, /docs, /beheer, /health and /ready."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import server
from tests.server.problems import assert_problem
from tests.server.workbooks import TABLE_ID

PUBLIC_INPUTS = ["nationaliteit", "geboortedatum", "aanvraagdatum", "retourticket", "uren", "kinderen", "soort"]


def test_tables_list_versions_periods_and_fields(client, v1):
    [table] = client.get("/v1/tables").get_json()["tables"]
    assert (table["id"], table["title"], table["version"]) == (TABLE_ID, "Proeftabel", v1)
    assert [f["name"] for f in table["inputs"]] == PUBLIC_INPUTS  # the context input is the service's
    assert [o["name"] for o in table["outputs"]] == ["besluit", "gronden"]
    [version] = table["versions"]
    assert (version["version"], version["active"], version["source"]) == (v1, True, "map")
    assert version["periods"] == [{"geldig_van": "2020-01-01", "geldig_tot": None}]


def test_one_table_gives_field_declarations_and_rows_with_sources(client, v1):
    table = client.get(f"/v1/tables/{TABLE_ID}").get_json()
    assert table["version"] == v1 and table["active"] is True
    fields = {f["name"]: f for f in table["inputs"]}
    assert fields["uren"] == {**fields["uren"], "type": "getal", "required": False, "minimum": 0, "maximum": 80}
    assert fields["soort"]["allowed"] == ["werk", "studie"]
    assert fields["nationaliteit"]["required"] is True
    assert fields["retourticket"]["default"] is False
    [rules] = table["tables"]
    assert rules["hit_policy"] == "FIRST"
    assert [(r["regel_id"], r["row"], r["bron"], r["geldig_van"], r["geldig_tot"]) for r in rules["rows"]] == [
        ("R1", 2, "Vc B2/2.1.1", "2020-01-01", None), ("R2", 3, "Vc B2/2.1.1", "2020-01-01", None),
        ("R3", 4, "Vc B2/2.1.2", "2020-01-01", None), ("R4", 5, "Vc B2/2.1", "2020-01-01", None)]
    assert_problem(client.get(f"/v1/tables/{TABLE_ID}?version={'0' * 64}"), 404, "onbekende_versie")


def test_openapi_describes_each_table_from_its_declarations(client):
    doc = client.get("/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    operation = doc["paths"][f"/v1/decisions/{TABLE_ID}"]["post"]
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    request = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert request["required"] == ["facts"] and request["additionalProperties"] is False
    assert set(request["properties"]) == {"facts", "peildatum", "explain", "dry_run", "zaaknummer"}
    facts = doc["components"]["schemas"][request["properties"]["facts"]["$ref"].rsplit("/", 1)[1]]
    assert list(facts["properties"]) == PUBLIC_INPUTS
    assert facts["required"] == ["nationaliteit", "geboortedatum", "aanvraagdatum"]
    assert facts["additionalProperties"] is False
    assert facts["properties"]["uren"] == {"type": ["number", "null"], "minimum": 0, "maximum": 80}
    assert facts["properties"]["soort"]["enum"] == ["werk", "studie", None]  # optional: null means not given
    assert facts["properties"]["geboortedatum"] == {"type": "string", "format": "date"}
    assert facts["properties"]["nationaliteit"]["pattern"] == "^[A-Z]{2}$"
    assert set(operation["responses"]) >= {"200", "400", "404", "413", "415", "422", "503"}
    assert f"/v1/tables/{TABLE_ID}/versions/{{version}}/activate" in doc["paths"]


@pytest.mark.parametrize("path", ["/docs", "/beheer"])
def test_the_pages_work_without_internet(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    static = Path(server.__file__).with_name("static")
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page):
        served = client.get(asset)
        assert served.status_code == 200
        assert served.data == (static / asset.removeprefix("/static/")).read_bytes()
    for text in [page] + [p.read_text() for p in static.iterdir()]:
        assert not re.search(r"https?://", text), "the page must not load anything from elsewhere"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["X-Frame-Options"] == "DENY"


def test_the_root_leads_to_the_console(client):
    response = client.get("/")
    assert response.status_code == 302 and response.headers["Location"].endswith("/beheer")


def test_problem_types_are_documented(client):
    response = client.get("/problemen/ongeldige_feiten")
    assert response.status_code == 200 and "De feiten zijn ongeldig" in response.get_data(as_text=True)
    assert_problem(client.get("/problemen/bestaat_niet"), 404, "niet_gevonden")


def test_health_and_readiness(client, make_app, tmp_path):
    assert client.get("/health").get_json() == {"status": "ok"}
    ready = client.get("/ready").get_json()
    assert ready["status"] == "gereed" and ready["tables"] == 1
    empty = make_app(TABLES_DIR=str(tmp_path / "leeg"), DATABASE_URL=f"sqlite:///{tmp_path / 'leeg.db'}")
    assert "geen tabellen" in assert_problem(empty.test_client().get("/ready"), 503, "niet_gereed")["detail"]
    assert empty.test_client().get("/health").status_code == 200


def test_api_keys_guard_the_api_when_configured(make_app):
    client = make_app(API_KEYS="sleutel-een, sleutel-twee").test_client()
    assert_problem(client.get("/v1/tables"), 401, "niet_geautoriseerd")
    assert_problem(client.get("/v1/tables", headers={"Authorization": "Bearer sleutel-drie"}), 401,
                   "niet_geautoriseerd")
    assert client.get("/v1/tables", headers={"Authorization": "Bearer sleutel-twee"}).status_code == 200
    assert client.get("/v1/tables", headers={"X-API-Key": "sleutel-een"}).status_code == 200
    assert client.get("/health").status_code == 200
    with_admin = make_app(API_KEYS="sleutel-een", ADMIN_TOKEN="beheer").test_client()
    assert with_admin.get("/v1/tables", headers={"Authorization": "Bearer beheer"}).status_code == 200
    assert_problem(with_admin.get("/v1/tables", headers={"Authorization": "Bearer sleutel-twee"}), 401,
                   "niet_geautoriseerd")
