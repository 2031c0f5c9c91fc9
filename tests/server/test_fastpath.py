"""The lean path of plain decision requests (server/fastpath.py) answers exactly as the app does.

Two services on databases of their own, one with LEAN_DECISIONS off: every request gets the
same status, headers and body from both (the new decision id aside), and each logs the same.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.server.conftest import ADMIN_TOKEN
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
                                          "application/problem+json", "application/json; charset=latin-1",
                                          'application/json; charset="UTF-8"', "application/json;charset=utf8",
                                          "application/json; foo=bar; charset=utf-16"])
def test_content_types(both, content_type):
    lean, app, _ = both
    raw = json.dumps({"facts": facts(), "dry_run": True})
    assert _post(lean, raw, content_type) == _post(app, raw, content_type)


def test_another_charset_is_the_apps_415(both):
    lean, app, seen = both
    raw = json.dumps({"facts": facts()})
    status, _, body = _post(lean, raw, "application/json; charset=iso-8859-1")
    assert status == 415 and b"verkeerd_inhoudstype" in body and seen == [1]
    assert lean.extensions["regelwerk"].store.count_decisions() == 0


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


# -- with API keys configured (a real deployment) ---------------------------------------------------

KEYS = ("sleutel-een", "sleutel-twee")


@pytest.fixture
def keyed(make_app, tmp_path):
    lean = make_app(API_KEYS=KEYS)
    app = make_app(API_KEYS=KEYS, LEAN_DECISIONS=False, DATABASE_URL=f"sqlite:///{tmp_path / 'var' / 'app.db'}")
    seen = []
    lean.before_request(lambda: seen.append(1))
    return lean, app, seen


OPENING = [
    {"Authorization": f"Bearer {KEYS[0]}"},
    {"Authorization": f"bearer   {KEYS[1]} "},  # the scheme in any case, the key trimmed
    {"X-API-Key": KEYS[1]},
    {"Authorization": f"Bearer {ADMIN_TOKEN}"},  # whoever may publish may read
    {"Authorization": "Basic eDp5", "X-API-Key": KEYS[0]},  # not a Bearer: the X-API-Key counts
]
NOT_OPENING = [
    {},
    {"Authorization": "Bearer verkeerd"},
    {"Authorization": "Bearer "},
    {"Authorization": KEYS[0]},  # no scheme
    {"Authorization": f"Basic {KEYS[0]}"},
    {"X-API-Key": "verkeerd"},
    {"X-API-Key": ""},
    {"Authorization": "Bearer verkeerd", "X-API-Key": KEYS[0]},  # the Bearer token is the one presented
    {"Authorization": f"Bearer {KEYS[0]}x"},
    {"Authorization": f"Bearer {KEYS[0][:-1]}"},
    {"Authorization": "Bearer sleutel-één"},
]


@pytest.mark.parametrize("headers", OPENING)
@pytest.mark.parametrize("body", PLAIN[:3])
def test_a_plain_request_with_a_key_skips_the_app_and_gets_its_answer(keyed, headers, body):
    lean, app, seen = keyed
    raw = json.dumps(body)
    assert _post(lean, raw, headers=headers) == _post(app, raw, headers=headers)
    assert seen == []
    lean_store, app_store = (a.extensions["regelwerk"].store for a in (lean, app))
    assert lean_store.count_decisions() == app_store.count_decisions() == (0 if body.get("dry_run") else 1)


@pytest.mark.parametrize("headers", NOT_OPENING)
def test_a_request_without_a_valid_key_gets_the_apps_401_and_logs_nothing(keyed, headers):
    lean, app, seen = keyed
    raw = json.dumps({"facts": facts()})
    status, answer_headers, _ = answer = _post(lean, raw, headers=headers)
    assert answer == _post(app, raw, headers=headers)  # body, WWW-Authenticate, every header
    assert status == 401 and ("WWW-Authenticate", 'Bearer realm="regelwerk"') in answer_headers
    assert seen == [1]
    assert sum(a.extensions["regelwerk"].store.count_decisions() for a in (lean, app)) == 0


def test_a_named_users_token_is_looked_up_by_the_app(keyed):
    lean, app, seen = keyed
    tokens = [a.extensions["regelwerk"].store.add_user("ambtenaar", "opsteller", created_by="test")
              for a in (lean, app)]
    raw = json.dumps({"facts": facts()})
    answers = [_post(a, raw, headers={"Authorization": f"Bearer {t}"}) for a, t in zip((lean, app), tokens)]
    assert answers[0] == answers[1] and answers[0][0] == 200 and seen == [1]
    lean.extensions["regelwerk"].store.revoke_user("ambtenaar", revoked_by="test")
    again = _post(lean, raw, headers={"Authorization": f"Bearer {tokens[0]}"})
    assert again[0] == 401 and seen == [1, 1]


@pytest.mark.parametrize("body", REFUSED)
def test_a_refused_request_with_a_key_is_answered_by_the_app(keyed, body):
    lean, app, seen = keyed
    raw = json.dumps(body)
    headers = {"X-API-Key": KEYS[0]}
    assert _post(lean, raw, headers=headers) == _post(app, raw, headers=headers)
    assert seen == [1] and lean.extensions["regelwerk"].store.count_decisions() == 0


def test_an_idempotency_key_with_an_api_key_takes_the_app_and_takes_effect_once(keyed):
    lean, _, seen = keyed
    client = lean.test_client()
    headers = {"Idempotency-Key": "k-2", "Authorization": f"Bearer {KEYS[0]}"}
    first = client.post(URL, json={"facts": facts()}, headers=headers)
    again = client.post(URL, json={"facts": facts()}, headers=headers)
    assert again.headers["Idempotent-Replayed"] == "true" and again.data == first.data
    assert len(seen) == 2 and lean.extensions["regelwerk"].store.count_decisions() == 1
