"""``regelwerk gebruiker``: users in the configured database, the token shown once, revocation."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import text

from policy.cli import main
from policy.store import Store


def test_add_list_and_revoke_a_user(tmp_path):
    url = f"sqlite:///{tmp_path / 'regelwerk.db'}"
    runner = CliRunner()
    added = runner.invoke(main, ["gebruiker", "toevoegen", "anna", "--rol", "opsteller", "--database", url])
    assert added.exit_code == 0, added.output
    token = added.output.strip().splitlines()[-1].split()[-1]
    assert len(token) >= 40
    store = Store(url)
    try:
        assert store.user_for_token(token).name == "anna"
        with store.engine.connect() as conn:
            assert token not in str(conn.execute(text("SELECT * FROM users")).all())

        again = runner.invoke(main, ["gebruiker", "toevoegen", "anna", "--rol", "beheerder", "--database", url])
        assert again.exit_code != 0 and "al een gebruiker 'anna'" in again.output
        wrong = runner.invoke(main, ["gebruiker", "toevoegen", "bram", "--rol", "baas", "--database", url])
        assert wrong.exit_code == 2

        listed = runner.invoke(main, ["gebruiker", "lijst", "--database", url])
        assert "anna" in listed.output and "opsteller" in listed.output and "actief" in listed.output
        assert token not in listed.output

        revoked = runner.invoke(main, ["gebruiker", "intrekken", "anna", "--reden", "vertrokken", "--database", url])
        assert revoked.exit_code == 0
        assert store.user_for_token(token) is None
        assert "ingetrokken" in runner.invoke(main, ["gebruiker", "lijst", "--database", url]).output
        unknown = runner.invoke(main, ["gebruiker", "intrekken", "niemand", "--database", url])
        assert unknown.exit_code != 0 and "geen gebruiker 'niemand'" in unknown.output
        assert [e.action for e in store.audit_events()] == ["gebruiker_toegevoegd", "gebruiker_ingetrokken"]
    finally:
        store.dispose()


def test_the_database_comes_from_the_environment(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("REGELWERK_DATABASE_URL", url)
    assert CliRunner().invoke(main, ["gebruiker", "toevoegen", "bram", "--rol", "beoordelaar"]).exit_code == 0
    store = Store(url)
    try:
        assert [(u.name, u.role) for u in store.users()] == [("bram", "beoordelaar")]
    finally:
        store.dispose()
