"""Publishing: a version's life from upload to live, its people and its audit trail (no Flask).

    publisher = Publisher(store, catalog, "decision_tables", clock=now)
    staged = publisher.stage(table_id, content, filename=..., source="upload", user=opsteller)
    publisher.workflow.propose(opsteller, table_id, staged.version, reason="...")
    publisher.workflow.approve(beoordelaar, table_id, staged.version, reason="...")
"""

from policy.publishing.publisher import CHECK_INTERVAL, DirectoryWatcher, Publisher, Staged
from policy.publishing.workflow import (
    FOLDER,
    SYSTEM,
    ExamplesFailedError,
    ForbiddenError,
    InterfaceMismatchError,
    OwnProposalError,
    PublishingError,
    ReasonRequiredError,
    StateError,
    VersionState,
    Workflow,
    checked_reason,
    may,
    require,
)

__all__ = [
    "CHECK_INTERVAL", "DirectoryWatcher", "Publisher", "Staged", "FOLDER", "SYSTEM", "ExamplesFailedError",
    "ForbiddenError", "InterfaceMismatchError", "OwnProposalError", "PublishingError", "ReasonRequiredError",
    "StateError", "VersionState", "Workflow", "checked_reason", "may", "require",
]
