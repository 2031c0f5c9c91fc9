"""A decision over HTTP carries its motivering and structured citations; the receipt the same."""

from __future__ import annotations

from tests.server.workbooks import TABLE_ID, facts

URL = f"/v1/decisions/{TABLE_ID}"


def test_a_decision_and_its_receipt_carry_the_motivering_and_the_citations(client, v1):
    response = client.post(URL, json={"facts": facts(nationaliteit="AR")})
    assert response.status_code == 200
    body = response.get_json()
    [sentence] = body["motivering"]
    assert sentence.endswith("(Vc 2000 B2/2.1.2).")
    assert "nationaliteit is AR" in sentence  # the row has no template: generated from its conditions
    [row] = body["matched_rows"]
    assert row["bron"] == "Vc B2/2.1.2"
    [citation] = row["bronnen"]
    assert (citation["text"], citation["kind"], citation["number"]) == ("Vc 2000 B2/2.1.2", "paragraaf", "B2/2.1.2")
    assert citation["url"].startswith("https://wetten.overheid.nl/BWBR0012289")
    receipt = client.get(response.headers["Location"]).get_json()
    assert receipt["motivering"] == body["motivering"]
    assert receipt["matched_rows"] == body["matched_rows"]


def test_a_refusal_over_http_names_its_grounds_in_dutch(client):
    body = client.post(URL, json={"facts": facts(geboortedatum="1980-01-01"), "dry_run": True}).get_json()
    assert body["outputs"]["besluit"] == "afwijzen"
    assert body["motivering"] and all(s.endswith(".") for s in body["motivering"])
    assert "leeftijd is 44" in " ".join(body["motivering"])
