"""The status of every logged decision: beslist, onvolledig or beoordeling_vereist.

With ``missing_facts`` (the inputs an onvolledig decision still needs). Rows logged before this
revision were all decided with every fact known or defaulted; they keep NULL, which the store
reads as ``beslist`` (the log is append-only: no fill).

Revision ID: 0004_decision_status
Revises: 0003_idempotency
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0004_decision_status"
down_revision = "0003_idempotency"
branch_labels = None
depends_on = None

_SQLITE_NO_UPDATE = ("CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions "
                     "BEGIN SELECT RAISE(ABORT, 'decisions is append-only'); END")


def upgrade() -> None:
    op.add_column("decisions", sa.Column("status", sa.String(30), nullable=True))
    op.add_column("decisions", sa.Column("missing_facts", sa.JSON().with_variant(JSONB(), "postgresql"), nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # DROP COLUMN rewrites the table; the triggers stay
        op.execute("DROP TRIGGER IF EXISTS decisions_no_update")
        op.drop_column("decisions", "missing_facts")
        op.drop_column("decisions", "status")
        op.execute(_SQLITE_NO_UPDATE)
    else:
        op.drop_column("decisions", "missing_facts")
        op.drop_column("decisions", "status")
