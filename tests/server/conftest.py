from __future__ import annotations

import pytest

from server import create_app
from tests.server.people import add_people
from tests.server.workbooks import TABLE_ID, version_of, write_proef

ADMIN_TOKEN = "geheim-beheer-token"


@pytest.fixture
def tables_dir(tmp_path):
    root = tmp_path / "decision_tables"
    write_proef(root, 1)
    return root


@pytest.fixture
def v1(tables_dir):
    """The version (sha256) of the workbook in the tables directory."""
    return version_of((tables_dir / f"{TABLE_ID}.xlsx").read_bytes())


@pytest.fixture
def database_url(tmp_path):
    return f"sqlite:///{tmp_path / 'var' / 'regelwerk.db'}"


@pytest.fixture
def make_app(tables_dir, database_url):
    """Build apps on the same database and tables; each one stands for a worker process."""
    apps = []

    def make(**config):
        settings = {"DATABASE_URL": database_url, "TABLES_DIR": str(tables_dir), "WATCH_INTERVAL": 0,
                    "ADMIN_TOKEN": ADMIN_TOKEN}
        settings.update(config)
        app = create_app(settings)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.extensions["regelwerk"].close()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def admin_headers():
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture
def people(app):
    """Bearer headers of anna (opsteller), bram (beoordelaar), cor (opsteller) and beheer."""
    return add_people(app.extensions["regelwerk"].store, ADMIN_TOKEN)
