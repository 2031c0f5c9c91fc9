"""A leaner decision log: drop the index on (table_id, created_at), which no query reads.

Every logged decision writes one page of each index of ``decisions``; this one served no
query (the log is read by ``decision_id``, by table and decision date for an impact replay,
and by ``zaaknummer`` when an operator looks a case up). Its index on (table_id,
decision_date) and the unique ``decision_id`` stay. Nothing else changes: no row is touched.

Revision ID: 0005_lean_decision_log
Revises: 0004_decision_status
Create Date: 2026-12-03
"""

from alembic import op

revision = "0005_lean_decision_log"
down_revision = "0004_decision_status"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_decisions_table_id_created_at", table_name="decisions")


def downgrade() -> None:
    op.create_index("ix_decisions_table_id_created_at", "decisions", ["table_id", "created_at"])
