"""The people of the publishing tests: an opsteller, a beoordelaar, a second opsteller, and the
bootstrap beheerder (ADMIN_TOKEN); and the two-person way a version goes live."""

from __future__ import annotations

from typing import Any

from policy.store import Store


def add_people(store: Store, admin_token: str) -> dict[str, dict[str, str]]:
    """Bearer headers by name: anna (opsteller), bram (beoordelaar), cor (opsteller), beheer."""
    headers = {"beheer": {"Authorization": f"Bearer {admin_token}"}}
    for name, role in (("anna", "opsteller"), ("bram", "beoordelaar"), ("cor", "opsteller")):
        headers[name] = {"Authorization": f"Bearer {store.add_user(name, role, created_by='test')}"}
    return headers


def publish(client: Any, people: dict[str, dict[str, str]], versions_url: str, version: str, **proposal: Any) -> Any:
    """anna proposes, bram approves: the response of the approval."""
    proposed = client.post(f"{versions_url}/{version}/proposal", headers=people["anna"],
                           json={"reason": "Nieuwe regels", **proposal})
    assert proposed.status_code == 200, _text(proposed)
    approved = client.post(f"{versions_url}/{version}/approval", headers=people["bram"], json={"reason": "Akkoord"})
    assert approved.status_code == 200, _text(approved)
    return approved


def _text(response: Any) -> str:
    return response.get_data(as_text=True) if hasattr(response, "get_data") else response.text
