"""Decision log, staged table versions and activations, all append-only.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TABLES = ("decisions", "table_versions", "activations")


def _json() -> sa.types.TypeEngine:
    return sa.JSON().with_variant(JSONB(), "postgresql")


def _id() -> sa.Column:
    return sa.Column(
        "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
    )


def upgrade() -> None:
    op.create_table(
        "decisions",
        _id(),
        sa.Column("decision_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("table_id", sa.String(200), nullable=False),
        sa.Column("table_version", sa.String(64), nullable=False),
        sa.Column("peildatum", sa.Date(), nullable=False),
        sa.Column("facts", _json(), nullable=False),
        sa.Column("outputs", _json(), nullable=False),
        sa.Column("matched_rows", _json(), nullable=False),
        sa.Column("engine", sa.String(100), nullable=False),
        sa.Column("compiler", sa.String(100), nullable=False),
        sa.Column("zaaknummer", sa.String(100), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
        sa.UniqueConstraint("decision_id", name="uq_decisions_decision_id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_decisions_table_id_created_at", "decisions", ["table_id", "created_at"])
    op.create_index("ix_decisions_zaaknummer", "decisions", ["zaaknummer"])

    op.create_table(
        "table_versions",
        _id(),
        sa.Column("table_id", sa.String(200), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("staged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("filename", sa.String(300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("compiled", _json(), nullable=False),
        sa.Column("diagnostics", _json(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_table_versions"),
        sa.UniqueConstraint("table_id", "version", name="uq_table_versions_table_id_version"),
        sqlite_autoincrement=True,
    )

    op.create_table(
        "activations",
        _id(),
        sa.Column("table_id", sa.String(200), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("previous_version", sa.String(64), nullable=True),
        sa.Column("activated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_activations"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_activations_table_id_id", "activations", ["table_id", "id"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in _TABLES:
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION regelwerk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME "
            "USING ERRCODE = 'insufficient_privilege'; END $$"
        )
        for table in _TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION regelwerk_append_only()"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION regelwerk_append_only()"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in reversed(_TABLES):
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        op.drop_table(table)
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS regelwerk_append_only()")
