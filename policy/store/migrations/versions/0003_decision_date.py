"""The decision date of every logged decision, for replaying a period of the log.

``created_at`` is real UTC time; the decision date is the service's date (CLOCK_DATE in tests,
else the date in Europe/Amsterdam). Existing rows get the date of ``created_at`` in
Europe/Amsterdam. The decision log is append-only, so its UPDATE trigger is lifted for this
one fill and put back in the same transaction.

Revision ID: 0003_decision_date
Revises: 0003_governance
Create Date: 2026-12-02
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0003_decision_date"
down_revision = "0003_governance"
branch_labels = None
depends_on = None

_ZONE = ZoneInfo("Europe/Amsterdam")
_SQLITE_NO_UPDATE = ("CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions "
                     "BEGIN SELECT RAISE(ABORT, 'decisions is append-only'); END")


def _local_date(created_at: object) -> object:
    moment = created_at if isinstance(created_at, datetime) else datetime.fromisoformat(str(created_at))
    if moment.tzinfo is None:  # SQLite keeps the UTC time without its offset
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(_ZONE).date()


def upgrade() -> None:
    op.add_column("decisions", sa.Column("decision_date", sa.Date(), nullable=True))
    op.create_index("ix_decisions_table_id_decision_date", "decisions", ["table_id", "decision_date"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE decisions DISABLE TRIGGER decisions_append_only")
        op.execute("UPDATE decisions SET decision_date = (created_at AT TIME ZONE 'Europe/Amsterdam')::date")
        op.execute("ALTER TABLE decisions ENABLE TRIGGER decisions_append_only")
        return
    rows = bind.execute(sa.text("SELECT id, created_at FROM decisions")).all()
    if not rows:
        return
    op.execute("DROP TRIGGER IF EXISTS decisions_no_update")
    table = sa.table("decisions", sa.column("id", sa.Integer()), sa.column("decision_date", sa.Date()))
    bind.execute(table.update().where(table.c.id == sa.bindparam("row_id")).values(decision_date=sa.bindparam("day")),
                 [{"row_id": row_id, "day": _local_date(created)} for row_id, created in rows])
    op.execute(_SQLITE_NO_UPDATE)


def downgrade() -> None:
    op.drop_index("ix_decisions_table_id_decision_date", table_name="decisions")
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # DROP COLUMN rewrites the table; the triggers stay
        op.execute("DROP TRIGGER IF EXISTS decisions_no_update")
        op.drop_column("decisions", "decision_date")
        op.execute(_SQLITE_NO_UPDATE)
    else:
        op.drop_column("decisions", "decision_date")
