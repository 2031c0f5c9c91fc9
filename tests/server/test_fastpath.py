"""The lean path of plain decision requests (server/fastpath.py) answers exactly as the app does.

Two services on databases of their own, one with LEAN_DECISIONS off: every request gets the
same status, headers and body from both (the new decision id aside), and each logs the same.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.server.workbooks import TABLE_ID, facts

URL = f"/v1/decisions/{TABLE_ID}"
_ID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

PLAIN = [
    {"facts": facts(nationaliteit="AR")},
    {"facts": facts(), "zaaknummer": "Z-2024-001"},
    {"facts": facts(), "dry_run": True},
    {"facts": facts(), "dry_run": False, "explain": True, "zaaknummer": None},
    {"facts": facts(), "peildatum": "2024-03-01", "explain": None},
]
REFUSED = [
    {"facts": facts(nationaliteit="ZZ")},  # a fact the core refuses
    {"facts": {**facts(), "onbekend": 1}},  # a name this layer words
    {"facts": facts(), "dry_run": 1},  # an envelope marshmallow words
    {"facts": facts(), "peildatum": "2024-13-01"},
    {"facts": facts(), "extra": True},
    {"facts": facts(aanvraagdatum="2019-12-31")},  # 422: no rule in force
    {"facts": "geen object"},
    [1, 2],
]


@pytest.fixture
def both(make_app, tmp_path):
    lean = make_app()
    app = make_app(LEAN_DECISIONS=False, DATABASE_URL=f"sqlite:///{tmp_path / 'var' / 'app.db'}")
    seen = []
    lean.before_request(lambda: seen.append(1))  # counts the requests the app itself handled
    return lean, app, seen


def _answer(response):
    headers = [(k, _ID.sub(b"ID", v.encode()).decode()) for k, v in response.headers.items()]
    return response.status_code, headers, _ID.sub(b"ID", response.data)


def _post(app, data, content_type="application/json", **kw):
    return _answer(app.test_client().post(URL, data=data, content_type=content_type, **kw))


@pytest.mark.parametrize("body", PLAIN)
def test_a_plain_request_skips_the_app_and_gets_its_answer(both, body):
    lean, app, seen = both
    raw = json.dumps(body)
    assert _post(lean, raw) == _post(app, raw)
    assert seen == []  # answered by the lean path
    lean_store, app_store = (a.extensions["regelwerk"].store for a in (lean, app))
    assert lean_store.count_decisions() == app_store.count_decisions() == (0 if body.get("dry_run") else 1)


@pytest.mark.parametrize("body", REFUSED)
def test_a_refused_request_is_answered_by_the_app_and_logs_nothing(both, body):
    lean, app, seen = both
    raw = json.dumps(body)
    assert _post(lean, raw) == _post(app, raw)
    assert seen == [1]  # the app's handlers and hooks answered it
    assert lean.extensions["regelwerk"].store.count_decisions() == 0


@pytest.mark.parametrize("data", [b"", b"   ", b"{bad", b'{"facts": {}, "facts": {}}', b"[NaN]", "{\"facts\": {\"é\": 1}}".encode("latin-1")])
def test_a_body_that_does_not_parse_gets_the_apps_400(both, data):
    lean, app, seen = both
    status, _, _ = answer = _post(lean, data)
    assert answer == _post(app, data) and status == 400 and seen == [1]


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "APPLICATION/JSON", "text/plain",
                                          "application/problem+json"])
def test_content_types(both, content_type):
    lean, app, _ = both
    raw = json.dumps({"facts": facts(), "dry_run": True})
    assert _post(lean, raw, content_type) == _post(app, raw, content_type)


def test_other_routes_and_tables_are_the_apps(both):
    lean, app, seen = both
    for path in (f"{URL}/batch", "/v1/decisions/uitwisseling/geen_tabel", "/v1/decisions/", f"{URL}/"):
        responses = [_answer(a.test_client().post(path, data="[]", content_type="application/json"))
                     for a in (lean, app)]
        assert responses[0][:2] == responses[1][:2], path
    assert len(seen) == 4


def test_an_idempotency_key_takes_the_app(both):
    lean, _, seen = both
    client = lean.test_client()
    headers = {"Idempotency-Key": "k-1"}
    first = client.post(URL, json={"facts": facts()}, headers=headers)
    again = client.post(URL, json={"facts": facts()}, headers=headers)
    assert again.headers["Idempotent-Replayed"] == "true" and again.data == first.data
    assert len(seen) == 2 and lean.extensions["regelwerk"].store.count_decisions() == 1
