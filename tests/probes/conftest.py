"""The probes use the service tests' fixtures (tables_dir, make_app, app, client, people, ...)."""

from tests.server.conftest import (  # noqa: F401  (fixtures are found by name)
    admin_headers, app, client, database_url, make_app, people, tables_dir, v1,
)
