"""The bare route of benchmarks/http.py: off unless asked for, never in the contract, same parser."""

from tests.server.problems import assert_problem


def test_the_bare_route_is_off_by_default_and_never_documented(make_app):
    plain = make_app().test_client()
    assert_problem(plain.post("/_bare?bytes=100", json={"facts": {}}), 404, "niet_gevonden")
    client = make_app(BARE_ROUTE="1").test_client()
    assert not any("_bare" in path for path in client.get("/openapi.json").get_json()["paths"])


def test_the_bare_route_answers_the_size_asked_for_after_the_same_strict_parse(make_app):
    client = make_app(BARE_ROUTE=True).test_client()
    for size in (15, 100, 2345):
        response = client.post(f"/_bare?bytes={size}", json={"facts": {"a": "é"}})
        assert response.status_code == 200 and len(response.get_data()) == size
    for raw in (b'{"facts": {}, "facts": {}}', b'{"a": NaN}', b"[" * 33 + b"]" * 33):
        assert_problem(client.post("/_bare?bytes=100", data=raw, content_type="application/json"), 400,
                       "ongeldig_verzoek")
