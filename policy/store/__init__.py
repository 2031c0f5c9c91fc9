"""Decision log, table publication records and the quota ledger (SQLAlchemy 2, Alembic).

    store = Store("sqlite:///var/regelwerk.db")
    store.migrate()
    with store.transaction() as tx:
        receipt = store.record_decision(tx, decision, engine=..., compiler=...)
"""

from policy.store.governance import ROLES, AuditEvent, UnknownUserError, User, UserExistsError
from policy.store.log import month_ranges, read_decisions, read_matched_rows
from policy.store.ledger import AlreadyWithdrawnError, QuotaCorrectionError
from policy.store.records import Activation, QuotaEvent, QuotaState, Receipt, StagedVersion, Withdrawal, software_labels
from policy.store.store import AppendOnlyError, Store

__all__ = [
    "Activation", "AlreadyWithdrawnError", "AppendOnlyError", "QuotaCorrectionError", "QuotaEvent", "QuotaState",
    "Receipt", "StagedVersion", "Store", "Withdrawal", "month_ranges", "read_decisions", "read_matched_rows",
    "software_labels", "AuditEvent", "ROLES", "UnknownUserError", "User", "UserExistsError",
]
