"""Batch results carry what single decisions carry, item errors are problem objects, and CSV goes
in with ``;`` or ``,`` and a decimal comma and comes out with ``Accept: text/csv``."""

from __future__ import annotations

import csv
import io

import pytest

from tests.server.workbooks import TABLE_ID, facts

URL = f"/v1/decisions/{TABLE_ID}/batch"


@pytest.mark.parametrize("dry_run", ["true", "false"])
def test_a_batch_result_carries_the_single_decision_envelope(client, dry_run):
    single = client.post(f"/v1/decisions/{TABLE_ID}", json={"facts": facts(nationaliteit="AR"), "dry_run": True})
    items = client.post(f"{URL}?dry_run={dry_run}", json=[{"facts": facts(nationaliteit="AR")}, {"facts": {}}]).get_json()
    decided, refused = items
    expected = single.get_json()
    for name in ("table_id", "table_version", "peildatum", "outputs"):
        assert decided[name] == expected[name], name
    assert decided["dry_run"] is (dry_run == "true")
    assert (decided["decision_id"] is None) is (dry_run == "true")
    assert [(m["regel_id"], m["bron"], m["sheet"], m["row"], m["table"]) for m in decided["matched_rows"]] == [
        (m["regel_id"], m["bron"], m["sheet"], m["row"], m["table"]) for m in expected["matched_rows"]]
    assert refused["type"] == "/problemen/ongeldige_feiten" and refused["title"] and refused["status"] == 400
    assert refused["index"] == 1 and refused["detail"] and "nationaliteit" in refused["errors"]


@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_with_semicolons_or_commas_a_decimal_comma_and_ja_nee_or_true_false(client, delimiter):
    uren = '"30,5"' if delimiter == "," else "30,5"
    lines = [f"nationaliteit{delimiter}geboortedatum{delimiter}aanvraagdatum{delimiter}retourticket{delimiter}uren",
             delimiter.join(["AR", "2000-01-01", "2024-03-01", "ja", uren]),
             delimiter.join(["AR", "2000-01-01", "2024-03-01", "false", "12"]),
             delimiter.join(["AR", "2000-01-01", "2024-03-01", "TRUE", "81"])]
    items = client.post(URL + "?dry_run=true", data="\r\n".join(lines).encode(), content_type="text/csv").get_json()
    assert [i["status"] for i in items] == [200, 200, 400]
    assert items[0]["outputs"]["besluit"] == "inwilligen"
    assert items[1]["outputs"]["gronden"] == ["retourticket"]
    assert "uren" in items[2]["errors"]


def test_accept_text_csv_answers_csv_in_the_requests_delimiter(client):
    body = "nationaliteit;geboortedatum;aanvraagdatum;retourticket\nAR;2000-01-01;2024-03-01;ja\nXX;2000;2024-03-01;ja\n"
    response = client.post(URL + "?dry_run=true", data=body.encode(), content_type="text/csv",
                           headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True)), delimiter=";"))
    assert [r["status"] for r in rows] == ["200", "400"]
    assert rows[0]["besluit"] == "inwilligen" and rows[0]["regel_ids"] == "R3" and rows[0]["bron"] == "Vc B2/2.1.2"
    assert rows[0]["table_id"] == TABLE_ID and rows[1]["code"] == "ongeldige_feiten" and "geboortedatum" in rows[1]["detail"]
    as_json = client.post(URL + "?dry_run=true", json=[{"facts": facts(nationaliteit="AR")}],
                          headers={"Accept": "text/csv"})
    assert as_json.mimetype == "text/csv" and as_json.get_data(as_text=True).startswith("index,status,")
