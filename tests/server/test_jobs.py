"""Long requests become jobs (in process): an upload still running after JOB_AFTER_SECONDS is
answered 202 with a status URL that gives the upload's own answer once it is done."""

from __future__ import annotations

import time

from tests.server.workbooks import TABLE_ID, proef_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_an_upload_slower_than_the_limit_is_a_job_whose_url_gives_its_answer(make_app, admin_headers):
    client = make_app(JOB_AFTER_SECONDS=0.001).test_client()
    response = client.post(f"/v1/tables/{TABLE_ID}/versions", data=proef_bytes(2),
                           headers={**admin_headers, "Content-Type": XLSX})
    assert response.status_code == 202
    url = response.headers["Location"]
    deadline = time.monotonic() + 60
    while (status := client.get(url, headers=admin_headers)).get_json().get("status") == "bezig":
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert status.status_code == 201, status.get_data(as_text=True)
    assert status.get_json()["status"] == "klaargezet" and status.get_json()["table_id"] == TABLE_ID
    again = client.post(f"/v1/tables/{TABLE_ID}/versions", data=proef_bytes(2),
                        headers={**admin_headers, "Content-Type": XLSX})
    assert again.status_code in (200, 202)


def test_an_upload_within_the_limit_is_answered_at_once(client, admin_headers):
    response = client.post(f"/v1/tables/{TABLE_ID}/versions", data=proef_bytes(2),
                           headers={**admin_headers, "Content-Type": XLSX})
    assert response.status_code == 201 and response.get_json()["status"] == "klaargezet"
