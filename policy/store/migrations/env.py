"""Alembic environment: run with the connection the store hands over (``attributes``).

``policy.store.Store.migrate`` runs this programmatically at start-up inside one locked
transaction, so two workers starting together migrate once. The ``alembic`` command works too
(``alembic -x url=sqlite:///var/regelwerk.db -c policy/store/migrations/alembic.ini upgrade head``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from policy.store.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("No database to migrate: pass -x url=... or set sqlalchemy.url.")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
