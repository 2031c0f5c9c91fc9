"""Assertions about problem documents (RFC 9457), shared by the service tests."""

from __future__ import annotations


def assert_problem(response, status: int, code: str) -> dict:
    """The response is ``application/problem+json`` with every required member; returns the body."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"] == f"/problemen/{code}"
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    return body
