"""Quota ledger, quota events and withdrawals.

The ledger is a counter (one conditional UPDATE takes a place; CHECK granted <= maximum is the
backstop) whose lines are never deleted; quota events and withdrawals are append-only like the
decision log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_APPEND_ONLY = ("quota_events", "withdrawals")


def _id() -> sa.Column:
    return sa.Column(
        "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
    )


def upgrade() -> None:
    op.create_table(
        "quota_ledger",
        _id(),
        sa.Column("table_id", sa.String(200), nullable=False),
        sa.Column("quota_key", sa.String(100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("maximum", sa.Integer(), nullable=False),
        sa.Column("granted", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_quota_ledger"),
        sa.UniqueConstraint("table_id", "quota_key", "year", name="uq_quota_ledger_table_id_quota_key_year"),
        sa.CheckConstraint("granted >= 0 AND granted <= maximum", name="ck_quota_ledger_granted_within_maximum"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "quota_events",
        _id(),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("table_id", sa.String(200), nullable=False),
        sa.Column("quota_key", sa.String(100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("decision_id", sa.String(36), nullable=True),
        sa.Column("change", sa.Integer(), nullable=False),
        sa.Column("granted", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_quota_events"),
        sa.UniqueConstraint("decision_id", "kind", name="uq_quota_events_decision_id_kind"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_quota_events_table_id_quota_key_year", "quota_events", ["table_id", "quota_key", "year"])
    op.create_table(
        "withdrawals",
        _id(),
        sa.Column("decision_id", sa.String(36), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_withdrawals"),
        sa.UniqueConstraint("decision_id", name="uq_withdrawals_decision_id"),
        sqlite_autoincrement=True,
    )

    dialect = op.get_bind().dialect.name
    for table in _APPEND_ONLY:
        if dialect == "sqlite":
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )
        elif dialect == "postgresql":  # regelwerk_append_only() comes from revision 0001
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION regelwerk_append_only()"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION regelwerk_append_only()"
            )
    # A ledger line changes its count but never goes away.
    if dialect == "sqlite":
        op.execute("CREATE TRIGGER quota_ledger_no_delete BEFORE DELETE ON quota_ledger "
                   "BEGIN SELECT RAISE(ABORT, 'quota_ledger is append-only'); END")
    elif dialect == "postgresql":
        op.execute("CREATE TRIGGER quota_ledger_no_delete BEFORE DELETE ON quota_ledger "
                   "FOR EACH ROW EXECUTE FUNCTION regelwerk_append_only()")
        op.execute("CREATE TRIGGER quota_ledger_no_truncate BEFORE TRUNCATE ON quota_ledger "
                   "FOR EACH STATEMENT EXECUTE FUNCTION regelwerk_append_only()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in _APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        op.execute("DROP TRIGGER IF EXISTS quota_ledger_no_delete")
    op.drop_table("withdrawals")
    op.drop_index("ix_quota_events_table_id_quota_key_year", table_name="quota_events")
    op.drop_table("quota_events")
    op.drop_table("quota_ledger")
