"""Probes: hostile and careless HTTP clients, with and without API keys configured.

Every malformed request is a 4xx problem document (never a 500) whose ``errors`` name each wrong
field, in Dutch; a retried request takes effect once. The live-server probes (oversized headers,
concurrent retries) are in test_hostile_live.py beside this file.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.server.conftest import ADMIN_TOKEN
from tests.server.workbooks import TABLE_ID, facts

URL = f"/v1/decisions/{TABLE_ID}"
KEY = "sleutel-van-het-zaaksysteem"
FACTS = facts(nationaliteit="AR")  # granted by version 1

#: What betrays Python's or marshmallow's English (whole words, case-insensitive).
ENGLISH = re.compile(r"\b(field|may|must|not a valid|invalid|expected|expecting|missing|error|traceback|"
                     r"exception|unknown|required|null is|none)\b", re.I)


@pytest.fixture(params=["open", "keyed"])
def keyed(request, make_app) -> tuple[Any, dict[str, str]]:
    """A client and the headers it sends: no API keys configured, or one (sent as Bearer)."""
    if request.param == "open":
        return make_app().test_client(), {}
    return make_app(API_KEYS=(KEY,)).test_client(), {"Authorization": f"Bearer {KEY}"}


def _words(body: dict[str, Any]) -> str:
    errors = body.get("errors") or {}
    return " ".join([body.get("title", ""), body.get("detail", "")]
                    + [" ".join(v) if isinstance(v, list) else str(v) for v in errors.values()])


def _problem(response, status: int | None = None) -> dict[str, Any]:
    """A 4xx problem document in Dutch; returns its body."""
    text = response.get_data(as_text=True)
    assert 400 <= response.status_code < 500, text
    if status is not None:
        assert response.status_code == status, text
    assert response.mimetype == "application/problem+json", text
    body = json.loads(text)
    assert body["status"] == response.status_code and body["type"] == f"/problemen/{body['code']}"
    assert not ENGLISH.search(_words(body)), _words(body)
    return body


def _post(client, headers, raw: bytes, content_type: str | None = "application/json", url: str = URL, **extra):
    sent = {**headers, **extra}
    if content_type is not None:
        sent["Content-Type"] = content_type
    return client.post(url, data=raw, headers=sent)


def _body(**members: Any) -> bytes:
    return json.dumps({"facts": FACTS, **members}).encode()


# ---------------------------------------------------------------------------------------------
# Bodies the JSON reader must refuse, with a Dutch reason

BROKEN_BODIES = [
    b"", b" ", b"{", b"}", b"{'facts': {}}", b'{"facts": {}', b'{"facts": {},}', b"nul", b"[1, 2",
    b'{"facts": {"uren": NaN}}', b'{"facts": {"uren": Infinity}}', b'{"facts": {"uren": -Infinity}}',
    b'{"facts": {"nationaliteit": "AR", "nationaliteit": "HK"}}', b'{"facts": {}, "facts": {}}',
    b'{"facts": {"soort": "\\ud800"}}',  # a lone surrogate: no Unicode text (was a 500)
    b'{"facts": {"nationaliteit": "\\udc00R"}}', b'{"zaaknummer": "\\ud83d", "facts": {}}',
    b'{"facts": {"soort": "\xed\xa0\x80"}}',  # the same surrogate as raw bytes
    b'{"facts": {"soort": "\xff"}}', b"\xff\xfe{}", b'{"facts": {"soort": "werk\n"}}',
    b'{"facts": {"kinderen": 1' + b"0" * 5000 + b"}}",
    b"[" * 40 + b"]" * 40, b'{"a": ' * 40 + b"1" + b"}" * 40,
]


@pytest.mark.parametrize("raw", BROKEN_BODIES, ids=range(len(BROKEN_BODIES)))
def test_a_body_that_is_no_acceptable_json_is_a_dutch_400(keyed, raw):
    client, headers = keyed
    body = _problem(_post(client, headers, raw), 400)
    assert body["code"] == "ongeldig_verzoek"


@pytest.mark.parametrize("raw", [b'{"facts": {"soort": "\\ud800"}}', b'[{"facts": {"soort": "\\udfff"}}]'])
def test_a_lone_surrogate_in_a_batch_or_a_decision_is_a_400_and_nothing_is_logged(app, raw):
    client = app.test_client()
    store = app.extensions["regelwerk"].store
    before = store.count_decisions()
    url = URL + ("/batch" if raw.startswith(b"[") else "")
    assert "surrogaat" in _problem(_post(client, {}, raw, url=url), 400)["detail"]
    assert store.count_decisions() == before


# ---------------------------------------------------------------------------------------------
# Content types and methods


@pytest.mark.parametrize("content_type", [
    None, "", "text/plain", "text/json", "application/xml", "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x", "*/*", "application/json, text/plain", "application/jsonp",
])
def test_a_body_that_is_not_declared_json_is_a_415(keyed, content_type):
    client, headers = keyed
    _problem(_post(client, headers, _body(), content_type), 415)


@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "FOO"])
@pytest.mark.parametrize("url", [URL, URL + "/batch", "/v1/quota", "/v1/tables"])
def test_a_wrong_method_is_a_405_with_allow(keyed, method, url):
    client, headers = keyed
    if method == "GET" and url in ("/v1/quota", "/v1/tables"):
        return  # those are read with GET
    response = client.open(url, method=method, headers=headers)
    if method == "OPTIONS" and response.status_code == 200:
        return  # an OPTIONS answer with Allow is fine too
    _problem(response, 405)
    assert response.headers.get("Allow")


# ---------------------------------------------------------------------------------------------
# Facts of the wrong type: every wrong field is named, none silently coerced


WRONG_FACTS = [
    ("retourticket", "false"), ("retourticket", "true"), ("retourticket", "ja"), ("retourticket", "Ja"),
    ("retourticket", 1), ("retourticket", 0), ("retourticket", []), ("retourticket", {}),
    ("kinderen", "18"), ("kinderen", "3"), ("kinderen", 2.5), ("kinderen", True), ("kinderen", 11),
    ("kinderen", -1), ("kinderen", 2 ** 60), ("kinderen", "1e3"),
    ("uren", "40"), ("uren", "40,5"), ("uren", False), ("uren", 80.0001), ("uren", -0.5),
    ("geboortedatum", "1-1-2000"), ("geboortedatum", "2000-02-30"), ("geboortedatum", 20000101),
    ("geboortedatum", "2000-01-01T00:00:00"), ("geboortedatum", "2000-1-1"), ("geboortedatum", "0000-01-01"),
    ("geboortedatum", " 2000-01-01"), ("geboortedatum", "\uff12000-01-01"), ("geboortedatum", True),
    ("nationaliteit", "ar"), ("nationaliteit", "XX"), ("nationaliteit", "ARG"), ("nationaliteit", "\uff21\uff32"),
    ("nationaliteit", "A\u200bR"), ("nationaliteit", 32), ("nationaliteit", ["AR"]),
    ("soort", "Werk"), ("soort", "werk "), ("soort", "werk\u00a0"), ("soort", "\u202ewerk"), ("soort", "w\u0000erk"),
    ("soort", "x" * 10_001),
    ("nationalit\u0435it", "AR"),  # a Cyrillic e: another field
    ("NATIONALITEIT", "AR"), ("nationaliteit ", "AR"), ("onbekend", 1), ("verleend_dit_jaar", 3),
]


@pytest.mark.parametrize("name,value", WRONG_FACTS, ids=[f"{n}={v!r}"[:40] for n, v in WRONG_FACTS])
def test_a_wrong_fact_is_a_400_naming_that_field(keyed, name, value):
    client, headers = keyed
    sent = {**FACTS, name: value}
    body = _problem(_post(client, headers, json.dumps({"facts": sent}).encode()), 400)
    if "\x00" in str(value):  # refused as it is read (no database stores it), the field named
        assert body["code"] == "ongeldig_verzoek" and f"veld '{name}'" in body["detail"], body
    else:
        assert body["code"] == "ongeldige_feiten"
        assert name in body["errors"], body


def test_every_wrong_fact_is_named_at_once(keyed):
    client, headers = keyed
    sent = {"nationaliteit": "XX", "geboortedatum": "gisteren", "retourticket": "false", "kinderen": "3",
            "uren": "veel", "soort": "vrije tijd", "onbekend": 1}
    body = _problem(_post(client, headers, json.dumps({"facts": sent}).encode()), 400)
    assert set(body["errors"]) == {"nationaliteit", "geboortedatum", "aanvraagdatum", "retourticket", "kinderen",
                                   "uren", "soort", "onbekend"}


@pytest.mark.parametrize("member,value", [
    ("facts", None), ("facts", []), ("facts", "x"), ("facts", 1), ("explain", "true"), ("explain", 1),
    ("dry_run", "false"), ("dry_run", 0), ("peildatum", "morgen"), ("peildatum", 20240301),
    ("peildatum", "2024-02-30"), ("zaaknummer", 5), ("zaaknummer", ["Z-1"]), ("zaaknummer", "z" * 10_001),
    ("feiten", {}), ("Facts", {}),
])
def test_a_wrong_member_of_the_request_is_a_400_naming_it(keyed, member, value):
    client, headers = keyed
    raw = json.dumps({"facts": FACTS, member: value} if member != "facts" else {member: value}).encode()
    body = _problem(_post(client, headers, raw), 400)
    assert member in body["errors"], body


@pytest.mark.parametrize("value", [[], "x", 1, None, True, [{"facts": FACTS}]])
def test_a_body_that_is_no_object_is_a_400(keyed, value):
    client, headers = keyed
    _problem(_post(client, headers, json.dumps(value).encode()), 400)


def test_a_fact_nobody_gave_is_unknown_not_false(keyed):
    """retourticket has a standaard (nee) from its bron; soort and uren have none: left out or null,
    they are unknown, and a decision that depends on them is never taken as if they were false."""
    client, headers = keyed
    for sent in ({**FACTS, "soort": None, "uren": None}, dict(FACTS)):
        response = _post(client, headers, json.dumps({"facts": sent, "dry_run": True}).encode())
        assert response.status_code == 200, response.get_data(as_text=True)
    left_out = {k: v for k, v in FACTS.items() if k != "nationaliteit"}
    body = _problem(_post(client, headers, json.dumps({"facts": left_out}).encode()), 400)
    assert "nationaliteit" in body["errors"]  # required: missing is refused, never guessed
    nulled = _problem(_post(client, headers, json.dumps({"facts": {**FACTS, "nationaliteit": None}}).encode()), 400)
    assert "nationaliteit" in nulled["errors"]


# ---------------------------------------------------------------------------------------------
# Batches: each case answered on its own, the envelope refused as a whole


def test_a_batch_of_broken_cases_answers_each_case_with_its_own_dutch_problem(keyed):
    client, headers = keyed
    cases = [{"facts": FACTS}, 5, None, "x", {"facts": {**FACTS, "kinderen": "3"}}, {"facts": None},
             {"facts": FACTS, "extra": 1}, {}, {"facts": {**FACTS, "retourticket": "false"}}]
    response = _post(client, headers, json.dumps(cases).encode(), url=URL + "/batch")
    assert response.status_code == 200, response.get_data(as_text=True)
    items = response.get_json()
    assert [item["index"] for item in items] == list(range(len(cases)))
    assert items[0]["status"] == 200
    for item in items[1:]:
        assert 400 <= item["status"] < 500, item
        assert not ENGLISH.search(_words(item)), item
    assert "kinderen" in items[4]["errors"] and "retourticket" in items[8]["errors"]


@pytest.mark.parametrize("raw,content_type,query", [
    (b"{}", "application/json", ""), (b'"x"', "application/json", ""), (b"", "text/csv", ""),
    (b"nationaliteit;geboortedatum\n\xe9;2000-01-01\n", "text/csv", ""),
    (b"[]", "application/json", "?dry_run=misschien"), (b"[]", "application/json", "?peildatum=gisteren"),
    (b"[]", "application/json", "?peildatum=2024-02-30"),
    (b"[" * 40 + b"]" * 40, "application/json", ""),
])
def test_a_broken_batch_envelope_is_a_400(keyed, raw, content_type, query):
    client, headers = keyed
    _problem(_post(client, headers, raw, content_type, url=URL + "/batch" + query), 400)


# ---------------------------------------------------------------------------------------------
# Idempotency-Key: a retry takes effect once, a changed body under the same key is refused


def test_a_replayed_key_returns_the_first_decision_and_a_changed_body_is_refused(keyed, app):
    client, headers = keyed
    first = _post(client, headers, _body(zaaknummer="Z-1"), **{"Idempotency-Key": "probe-1"})
    again = _post(client, headers, _body(zaaknummer="Z-1"), **{"Idempotency-Key": "probe-1"})
    assert first.status_code == again.status_code == 200
    assert first.get_json()["decision_id"] == again.get_json()["decision_id"]
    for changed in (_body(zaaknummer="Z-2"), _body(zaaknummer="Z-1").replace(b": ", b":"),
                    json.dumps({"facts": {**FACTS, "nationaliteit": "HK"}, "zaaknummer": "Z-1"}).encode()):
        body = _problem(_post(client, headers, changed, **{"Idempotency-Key": "probe-1"}), 422)
        assert body["code"] == "idempotentie_sleutel_hergebruikt"
    other_route = _post(client, headers, json.dumps([{"facts": FACTS}]).encode(), url=URL + "/batch",
                        **{"Idempotency-Key": "probe-1"})
    assert other_route.status_code == 200  # a key belongs to one route


@pytest.mark.parametrize("key", ["", " ", "a" * 256, "sleutel-\u00e9", "k\u0000", "k\u0001", "k\u007f"])
def test_a_malformed_idempotency_key_is_a_400_naming_the_header(keyed, key):
    client, headers = keyed
    body = _problem(_post(client, headers, _body(), **{"Idempotency-Key": key}), 400)
    assert "Idempotency-Key" in body["errors"]


# ---------------------------------------------------------------------------------------------
# Credentials, paths and query strings


@pytest.mark.parametrize("auth", [
    {}, {"Authorization": "Bearer verkeerd"}, {"Authorization": "Basic YTpi"}, {"Authorization": "Bearer"},
    {"Authorization": "Bearer " + "x" * 10_000}, {"X-API-Key": "sl\u00e9utel"}, {"Authorization": f"bearer {KEY} x"},
])
def test_a_missing_or_wrong_key_is_a_401_when_keys_are_configured(make_app, auth):
    client = make_app(API_KEYS=(KEY,)).test_client()
    response = _post(client, auth, _body())
    body = _problem(response, 401)
    assert body["code"] == "niet_geautoriseerd" and response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("path", [
    "/v1/decisions/nope/nope", "/v1/decisions/../../etc/passwd", "/v1/decisions/uitwisseling/pr\u00f6ef",
    "/v1/decisions/%00", "/v1/decisions/" + "9" * 300, "/v1/tables/" + TABLE_ID + "?version=zz",
    "/v1/tables/" + TABLE_ID + "?version=" + "a" * 5000, "/v1/quota/" + TABLE_ID + "/HK/2024",
    "/v1/quota/" + TABLE_ID + "/HK/0", "/v1/quota/" + TABLE_ID + "/HK/abc", "/v1/quota?year=-1",
    "/v1/quota?year=%00", "/v1/jobs/%ff", "/v1/tables/%ff%fe",
])
def test_a_strange_path_or_query_is_a_4xx_not_a_500(keyed, path):
    client, headers = keyed
    _problem(client.get(path, headers=headers))


@pytest.mark.parametrize("limit", ["abc", "-5", "0", "99999999999999999999999", "1e3", "%00"])
def test_a_wrong_audit_limit_is_a_400_naming_it(make_app, limit):
    client = make_app().test_client()
    body = _problem(client.get(f"/v1/audit?limit={limit}", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}), 400)
    assert "limit" in body["errors"]
