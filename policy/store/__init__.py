"""Decision log and table publication records (SQLAlchemy 2, migrated with Alembic).

    store = Store("sqlite:///var/regelwerk.db")
    store.migrate()
    with store.transaction() as tx:
        receipt = store.record_decision(tx, decision, engine=..., compiler=...)
"""

from policy.store.records import Activation, Receipt, StagedVersion, software_labels
from policy.store.store import AppendOnlyError, Store

__all__ = ["Activation", "AppendOnlyError", "Receipt", "StagedVersion", "Store", "software_labels"]
