"""People on a live server: created with ``regelwerk gebruiker toevoegen`` against its database."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support.live_server import REPO


def add_user(database_url: str, name: str, role: str) -> str:
    """Run the real CLI; the token is the last word of its last line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGELWERK_")}
    done = subprocess.run([sys.executable, "-m", "policy", "gebruiker", "toevoegen", name, "--rol", role,
                           "--database", database_url], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout.strip().splitlines()[-1].split()[-1]


def live_people(database_url: str, admin_token: str) -> dict[str, dict[str, str]]:
    headers = {"beheer": {"Authorization": f"Bearer {admin_token}"}}
    for name, role in (("anna", "opsteller"), ("bram", "beoordelaar"), ("dirk", "beheerder")):
        headers[name] = {"Authorization": f"Bearer {add_user(database_url, name, role)}"}
    return headers
