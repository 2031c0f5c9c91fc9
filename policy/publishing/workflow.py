"""A version's life: klaargezet → voorgesteld → goedgekeurd (by someone else) → actief → vervangen.

Nothing makes a version live but a second person's approval, the first start of an empty
database (the bundled release), an emergency rollback to a version that was live before (a
beheerder, with a reason), and, for local development only, ``auto_activate``. Every step is an
audit event naming the person; a version's state is read back from those events and the
activations, so the database is the only place that knows it and every worker agrees.

Roles: an ``opsteller`` uploads and proposes; a ``beoordelaar`` approves or rejects; a
``beheerder`` may do all of that and roll back. Nobody approves their own proposal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from policy.errors import PolicyError, TableNotFoundError, VersionNotFoundError
from policy.evaluation.examples import ExampleResult
from policy.store import Activation, AuditEvent, Store, User

__all__ = [
    "VersionState", "Workflow", "PublishingError", "ForbiddenError", "OwnProposalError", "StateError",
    "ReasonRequiredError", "ExamplesFailedError", "InterfaceMismatchError", "SYSTEM", "FOLDER",
    "version_states", "may",
]

#: Who acts when the service itself does something (the first start, a scheduled activation).
SYSTEM = User("regelwerk", "systeem")
#: The tables directory as the author of a proposal (the person who saved the file is unknown).
FOLDER = User("tabellenmap", "opsteller")

_PERMISSIONS = {
    "klaarzetten": ("opsteller", "beheerder"),
    "voorstellen": ("opsteller", "beheerder"),
    "goedkeuren": ("beoordelaar", "beheerder"),
    "afwijzen": ("beoordelaar", "beheerder"),
    "terugzetten": ("beheerder",),
    "intrekken": ("beheerder",),
    "corrigeren": ("beheerder",),
    "audit": ("beheerder",),
}
_DUTCH_ACTIONS = {
    "klaarzetten": "een werkboek klaarzetten", "voorstellen": "een versie voorstellen",
    "goedkeuren": "een voorstel goedkeuren", "afwijzen": "een voorstel afwijzen",
    "terugzetten": "direct een versie terugzetten", "intrekken": "een beslissing intrekken",
    "corrigeren": "een quotum corrigeren", "audit": "het auditlogboek inzien",
}
#: The audit actions that move a version through its life.
LIFE = ("klaargezet", "voorgesteld", "goedgekeurd", "afgewezen", "geactiveerd", "teruggezet")
_MAX_REASON = 2000
#: Dates of effect are dates in the Netherlands; they are shown in its time.
_LOCAL = ZoneInfo("Europe/Amsterdam")


class PublishingError(PolicyError):
    code = "publicatiefout"


class ForbiddenError(PublishingError):
    code = "geen_recht"


class OwnProposalError(ForbiddenError):
    code = "eigen_voorstel"


class StateError(PublishingError):
    code = "verkeerde_status"


class ReasonRequiredError(PublishingError):
    code = "reden_ontbreekt"


class ExamplesFailedError(PublishingError):
    code = "voorbeelden_mislukt"

    def __init__(self, message: str, failures: list[ExampleResult]) -> None:
        super().__init__(message)
        self.failures = failures


class InterfaceMismatchError(PublishingError):
    """The workbook does not fit the table it was uploaded to; ``differences`` says how."""

    code = "ander_werkboek"

    def __init__(self, message: str, differences: list[str], details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.differences = differences
        self.details = details or []


def may(user: User, action: str) -> bool:
    return user.role in _PERMISSIONS[action]


def require(user: User, action: str) -> None:
    if not may(user, action):
        allowed = " of ".join(_PERMISSIONS[action])
        raise ForbiddenError(f"{user.name} ({user.role}) mag niet {_DUTCH_ACTIONS[action]}; dat mag een {allowed}.")


def checked_reason(reason: Any, *, required: bool = True) -> str | None:
    """A reason as given (stripped), or ReasonRequiredError."""
    text = reason.strip() if isinstance(reason, str) else None
    if not text:
        if required:
            raise ReasonRequiredError("Geef een reden ('reason'): wie later kijkt, moet kunnen lezen waarom.")
        return None
    if len(text) > _MAX_REASON:
        raise ReasonRequiredError(f"De reden is te lang (meer dan {_MAX_REASON} tekens).")
    return text


@dataclass(frozen=True)
class Step:
    """One step in a version's life: who, when, why."""

    by: str
    role: str
    at: datetime
    reason: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "role": self.role, "at": self.at.astimezone(_LOCAL).isoformat(), "reason": self.reason}


@dataclass(frozen=True)
class VersionState:
    table_id: str
    version: str
    state: str  # klaargezet, voorgesteld, goedgekeurd, afgewezen, actief, vervangen
    staged: Step | None = None
    proposal: Step | None = None
    effective_from: datetime | None = None
    approval: Step | None = None
    rejection: Step | None = None
    was_active: bool = False
    interface_change: bool = False
    history: list[AuditEvent] = field(default_factory=list)

    @property
    def scheduled(self) -> bool:
        return self.state == "goedgekeurd" and self.effective_from is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version, "state": self.state, "scheduled": self.scheduled,
            "staged": self.staged.to_dict() if self.staged else None,
            "proposal": self.proposal.to_dict() if self.proposal else None,
            "effective_from": self.effective_from.astimezone(_LOCAL).isoformat() if self.effective_from else None,
            "approval": self.approval.to_dict() if self.approval else None,
            "rejection": self.rejection.to_dict() if self.rejection else None,
            "interface_change": self.interface_change,
        }


def _step(event: AuditEvent) -> Step:
    return Step(event.actor, event.role, event.at, event.reason)


def version_states(events: Iterable[AuditEvent], versions: Iterable[tuple[str, str]],
                   active: dict[str, str], ever_active: set[tuple[str, str]]) -> dict[tuple[str, str], VersionState]:
    """Fold the audit events into the state of every ``(table_id, version)``.

    Versions stored before the audit trail existed start as klaargezet (or vervangen when they
    were live once); the active version of a table is actief whatever its events say.
    """
    states = {key: VersionState(key[0], key[1], "klaargezet", was_active=key in ever_active) for key in versions}
    for event in events:
        if event.action not in LIFE or event.table_id is None or event.version is None:
            continue
        key = (event.table_id, event.version)
        s = states.get(key) or VersionState(key[0], key[1], "klaargezet")
        s = replace(s, history=[*s.history, event])
        if event.action == "klaargezet":
            s = replace(s, staged=s.staged or _step(event),
                        interface_change=s.interface_change or bool(event.details.get("interface_change")))
        elif event.action == "voorgesteld":
            s = replace(s, state="voorgesteld", proposal=_step(event), effective_from=event.effective_at,
                        approval=None, rejection=None)
        elif event.action == "goedgekeurd":
            s = replace(s, state="goedgekeurd", approval=_step(event))
        elif event.action == "afgewezen":
            s = replace(s, state="afgewezen", rejection=_step(event))
        else:  # geactiveerd, teruggezet
            s = replace(s, state="vervangen", was_active=True, effective_from=None)
        states[key] = s
    for key, s in states.items():
        if active.get(key[0]) == key[1]:
            states[key] = replace(s, state="actief", was_active=True, effective_from=None)
        elif s.state == "klaargezet" and s.was_active:
            states[key] = replace(s, state="vervangen")
    return states


class Workflow:
    """The publication steps, each checked for role and state, each recorded with its person.

    ``activate(tx, table_id, version, source)`` is the one way a version goes live (the
    publisher's, which also makes every worker follow); ``run_examples(table_id, version)``
    runs a stored version's examples on the production matcher.
    """

    def __init__(self, store: Store, *, clock: Callable[[], datetime],
                 activate: Callable[..., Activation],
                 run_examples: Callable[[str, str], list[ExampleResult]]) -> None:
        self.store = store
        self.clock = clock
        self._activate = activate
        self._run_examples = run_examples

    # -- reading -------------------------------------------------------------------------------

    def states(self, table_id: str | None = None, session: Any = None) -> dict[tuple[str, str], VersionState]:
        versions = [(v.table_id, v.version) for v in self.store.list_versions(table_id)]
        ever = {(a.table_id, a.version) for a in self.store.activations(table_id)}
        events = self.store.audit_events(table_id=table_id, actions=LIFE, session=session)
        return version_states(events, versions, self.store.active_versions(session), ever)

    def state(self, table_id: str, version: str, session: Any = None) -> VersionState:
        found = self.states(table_id, session).get((table_id, version))
        if found is None or self.store.get_version(table_id, version) is None:
            if not self.store.list_versions(table_id):
                raise TableNotFoundError(f"Er is geen tabel '{table_id}'.")
            raise VersionNotFoundError(f"Tabel '{table_id}' heeft geen versie '{version}'.")
        return found

    def next_due(self) -> datetime | None:
        """The earliest date of effect of an approved, scheduled version (None: nothing waits)."""
        due = [s.effective_from for s in self.states().values() if s.scheduled and s.effective_from]
        return min(due) if due else None

    # -- the steps -----------------------------------------------------------------------------

    def record_staged(self, tx: Any, user: User, table_id: str, version: str, *, filename: str,
                      interface_change: bool, details: dict[str, Any] | None = None) -> None:
        self.store.audit(tx, actor=user.name, role=user.role, action="klaargezet", table_id=table_id,
                         version=version, details={"filename": filename, "interface_change": interface_change,
                                                   **(details or {})})

    def propose(self, user: User, table_id: str, version: str, *, reason: Any,
                effective_from: datetime | None = None) -> VersionState:
        """Put a checked version up for review; its examples must pass on the production engine."""
        require(user, "voorstellen")
        text = checked_reason(reason)
        if effective_from is not None and effective_from.tzinfo is None:
            raise ValueError("effective_from must be timezone-aware")
        current = self.state(table_id, version)
        if current.state not in ("klaargezet", "afgewezen", "vervangen"):
            raise StateError(f"Versie {version[:12]} is {current.state}; alleen een klaargezette, afgewezen of "
                             "vervangen versie kan worden voorgesteld.")
        failures = [r for r in self._run_examples(table_id, version) if not r.passed]
        if failures:
            raise ExamplesFailedError(
                f"{len(failures)} voorbeeld(en) van versie {version[:12]} mislukt; er is niets voorgesteld.", failures)
        with self.store.transaction(serialised=True) as tx:
            again = self.state(table_id, version, tx).state
            if again != current.state:
                raise StateError(f"Versie {version[:12]} is intussen {again}.")
            self.store.audit(tx, actor=user.name, role=user.role, action="voorgesteld", table_id=table_id,
                             version=version, reason=text, effective_at=effective_from)
        return self.state(table_id, version)

    def approve(self, user: User, table_id: str, version: str, *, reason: Any) -> VersionState:
        """Approve someone else's proposal; it goes live now, or on its date of effect."""
        require(user, "goedkeuren")
        text = checked_reason(reason)
        # Again on this worker's production engine: the folder's proposals ran on the reference.
        failures = [r for r in self._run_examples(table_id, version) if not r.passed]
        if failures:
            raise ExamplesFailedError(
                f"{len(failures)} voorbeeld(en) van versie {version[:12]} mislukt; er is niets goedgekeurd.", failures)
        with self.store.transaction(serialised=True) as tx:
            current = self.state(table_id, version, tx)
            if current.state != "voorgesteld" or current.proposal is None:
                raise StateError(f"Versie {version[:12]} is {current.state}; alleen een voorstel kan worden "
                                 "goedgekeurd.")
            if current.proposal.by == user.name:
                raise OwnProposalError(f"{user.name} stelde deze versie zelf voor; een ander moet haar goedkeuren.")
            self.store.audit(tx, actor=user.name, role=user.role, action="goedgekeurd", table_id=table_id,
                             version=version, reason=text, effective_at=current.effective_from,
                             details={"voorgesteld_door": current.proposal.by})
            if current.effective_from is None or current.effective_from <= self.clock():
                self._go_live(tx, user, table_id, version, current, scheduled=False)
        return self.state(table_id, version)

    def reject(self, user: User, table_id: str, version: str, *, reason: Any) -> VersionState:
        """End a proposal (or cancel a scheduled approval); the proposer may withdraw their own."""
        text = checked_reason(reason)
        with self.store.transaction(serialised=True) as tx:
            current = self.state(table_id, version, tx)
            if current.state not in ("voorgesteld", "goedgekeurd"):
                raise StateError(f"Versie {version[:12]} is {current.state}; alleen een voorstel of een geplande "
                                 "versie kan worden afgewezen.")
            own = current.proposal is not None and current.proposal.by == user.name
            if not own:
                require(user, "afwijzen")
            self.store.audit(tx, actor=user.name, role=user.role, action="afgewezen", table_id=table_id,
                             version=version, reason=text)
        return self.state(table_id, version)

    def roll_back(self, user: User, table_id: str, version: str, *, reason: Any) -> tuple[Activation | None, bool]:
        """Emergency: put back a version that was live before (beheerder, with a reason).

        Returns ``(activation, already_active)``.
        """
        require(user, "terugzetten")
        text = checked_reason(reason)
        current = self.state(table_id, version)
        if current.state == "actief":
            return None, True
        if not current.was_active:
            raise StateError(f"Versie {version[:12]} was nooit actief; direct terugzetten kan alleen naar een "
                             "eerder actieve versie. Stel deze versie voor, zodat een ander haar beoordeelt.")
        failures = [r for r in self._run_examples(table_id, version) if not r.passed]
        if failures:
            raise ExamplesFailedError(
                f"{len(failures)} voorbeeld(en) van versie {version[:12]} mislukt; niets is veranderd.", failures)
        with self.store.transaction(serialised=True) as tx:
            if self.store.active_versions(tx).get(table_id) == version:
                return None, True
            activation = self._activate(tx, table_id, version, source="terugzetting")
            self.store.audit(tx, actor=user.name, role=user.role, action="teruggezet", table_id=table_id,
                             version=version, reason=text, details={"vorige_versie": activation.previous_version})
        return activation, False

    def activate_due(self) -> list[tuple[str, str]]:
        """Make every approved version whose date of effect has come live (once, whoever looks)."""
        done = []
        now = self.clock()
        with self.store.transaction(serialised=True) as tx:
            for (table_id, version), s in sorted(self.states(session=tx).items(),
                                                 key=lambda kv: kv[1].effective_from or now):
                if s.scheduled and s.effective_from is not None and s.effective_from <= now and s.approval:
                    approver = User(s.approval.by, s.approval.role)
                    self._go_live(tx, approver, table_id, version, s, scheduled=True)
                    done.append((table_id, version))
        return done

    def _go_live(self, tx: Any, user: User, table_id: str, version: str, s: VersionState, *,
                 scheduled: bool) -> Activation:
        activation = self._activate(tx, table_id, version, source="gepland" if scheduled else "goedkeuring")
        self.store.audit(
            tx, actor=user.name, role=user.role, action="geactiveerd", table_id=table_id, version=version,
            reason=s.approval.reason if scheduled and s.approval else None, effective_at=s.effective_from,
            details={"voorgesteld_door": s.proposal.by if s.proposal else None, "gepland": scheduled,
                     "vorige_versie": activation.previous_version},
        )
        return activation
