"""People and the audit trail: named users with a role, and who did what, when and why.

Users are append-only like the log: a token is never stored, only its sha256 (tokens are 32
random bytes, so a plain hash is enough to make a stolen database useless for logging in), and a
revocation is a row of its own. Every publication step and every correction is an
:class:`AuditEvent`; a version's state is read from them (``policy.publishing.workflow``).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from policy.errors import PolicyError
from policy.store.schema import AuditRow, UserRevocationRow, UserRow

__all__ = ["AuditEvent", "GovernanceStore", "User", "UserExistsError", "UnknownUserError", "ROLES",
           "hash_token", "new_token"]

#: The roles, from least to most: an opsteller uploads and proposes, a beoordelaar approves or
#: rejects, a beheerder may do everything (and roll back in an emergency).
ROLES = ("opsteller", "beoordelaar", "beheerder")


class UserExistsError(PolicyError):
    code = "gebruiker_bestaat"


class UnknownUserError(PolicyError):
    code = "onbekende_gebruiker"


def new_token() -> str:
    """A fresh bearer token (43 URL-safe characters, 256 random bits)."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created_at: datetime | None = None
    created_by: str | None = None
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role,
                "created_at": self.created_at.isoformat() if self.created_at else None,
                "created_by": self.created_by,
                "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None}


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: datetime
    actor: str
    role: str
    action: str
    table_id: str | None
    version: str | None
    subject: str | None
    reason: str | None
    effective_at: datetime | None
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat(), "actor": self.actor, "role": self.role,
                "action": self.action, "table_id": self.table_id, "version": self.version,
                "subject": self.subject, "reason": self.reason,
                "effective_at": self.effective_at.isoformat() if self.effective_at else None,
                "details": self.details}


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes for timezone-aware columns; they were written in UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _event_of(row: AuditRow) -> AuditEvent:
    return AuditEvent(row.id, _aware(row.at), row.actor, row.role, row.action, row.table_id,  # type: ignore[arg-type]
                      row.version, row.subject, row.reason, _aware(row.effective_at), row.details or {})


class GovernanceStore:
    """Mixed into :class:`policy.store.Store`: users and the audit trail."""

    _reading: Callable[[], AbstractContextManager[Session]]
    transaction: Callable[..., AbstractContextManager[Session]]

    # -- users ---------------------------------------------------------------------------------

    def add_user(self, name: str, role: str, *, created_by: str) -> str:
        """Create a user and return its token (shown once; only its hash is kept)."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        token = new_token()
        try:
            with self.transaction(serialised=True) as tx:
                if tx.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
                    raise UserExistsError(f"Er is al een gebruiker '{name}'.")
                now = datetime.now(UTC)
                tx.add(UserRow(name=name, role=role, token_hash=hash_token(token), created_at=now,
                               created_by=created_by))
                self.audit(tx, actor=created_by, role="beheerder", action="gebruiker_toegevoegd", subject=name,
                           details={"role": role})
        except IntegrityError as exc:  # the same name added at the same moment elsewhere
            raise UserExistsError(f"Er is al een gebruiker '{name}'.") from exc
        return token

    def revoke_user(self, name: str, *, revoked_by: str, reason: str | None = None) -> User:
        with self.transaction(serialised=True) as tx:
            if tx.scalar(select(UserRow.id).where(UserRow.name == name)) is None:
                raise UnknownUserError(f"Er is geen gebruiker '{name}'.")
            if tx.scalar(select(UserRevocationRow.id).where(UserRevocationRow.user_name == name)) is None:
                tx.add(UserRevocationRow(user_name=name, revoked_at=datetime.now(UTC), revoked_by=revoked_by,
                                         reason=reason))
                self.audit(tx, actor=revoked_by, role="beheerder", action="gebruiker_ingetrokken", subject=name,
                           reason=reason)
        return next(u for u in self.users() if u.name == name)

    def users(self) -> list[User]:
        stmt = (select(UserRow, UserRevocationRow.revoked_at)
                .outerjoin(UserRevocationRow, UserRevocationRow.user_name == UserRow.name)
                .order_by(UserRow.id))
        with self._reading() as session:
            return [User(u.name, u.role, _aware(u.created_at), u.created_by, _aware(revoked))
                    for u, revoked in session.execute(stmt)]

    def user_for_token(self, token: str) -> User | None:
        """The active user whose token this is, or None (unknown or revoked)."""
        stmt = (select(UserRow.name, UserRow.role, UserRevocationRow.id)
                .outerjoin(UserRevocationRow, UserRevocationRow.user_name == UserRow.name)
                .where(UserRow.token_hash == hash_token(token)))
        with self._reading() as session:
            row = session.execute(stmt).first()
        if row is None or row[2] is not None:
            return None
        return User(row[0], row[1])

    def has_users(self) -> bool:
        with self._reading() as session:
            return session.scalar(select(UserRow.id).limit(1)) is not None

    # -- the audit trail -----------------------------------------------------------------------

    def audit(self, tx: Session, *, actor: str, role: str, action: str, table_id: str | None = None,
              version: str | None = None, subject: str | None = None, reason: str | None = None,
              effective_at: datetime | None = None, details: dict[str, Any] | None = None) -> AuditEvent:
        """Append one event inside ``tx`` (it commits with what it records)."""
        # SQLite keeps the text of a timezone-aware value as given and hands it back without its
        # offset: everything is stored in UTC.
        effective_utc = effective_at.astimezone(UTC) if effective_at is not None else None
        row = AuditRow(at=datetime.now(UTC), actor=actor, role=role, action=action, table_id=table_id,
                       version=version, subject=subject, reason=reason, effective_at=effective_utc,
                       details=details or {})
        tx.add(row)
        tx.flush()
        return _event_of(row)

    def audit_events(self, *, table_id: str | None = None, version: str | None = None,
                     actions: tuple[str, ...] | None = None, limit: int | None = None,
                     session: Session | None = None) -> list[AuditEvent]:
        """Events oldest first (with ``limit``: the newest ``limit``, still oldest first)."""
        stmt = select(AuditRow)
        if table_id is not None:
            stmt = stmt.where(AuditRow.table_id == table_id)
        if version is not None:
            stmt = stmt.where(AuditRow.version == version)
        if actions is not None:
            stmt = stmt.where(AuditRow.action.in_(actions))
        if limit is not None:
            stmt = stmt.order_by(AuditRow.id.desc()).limit(limit)
            ordered = lambda rows: list(reversed(rows))  # noqa: E731
        else:
            stmt = stmt.order_by(AuditRow.id)
            ordered = lambda rows: rows  # noqa: E731
        if session is not None:
            return ordered([_event_of(r) for r in session.scalars(stmt)])
        with self._reading() as s:
            return ordered([_event_of(r) for r in s.scalars(stmt)])

    def audit_generation(self) -> int:
        """The newest audit event's id (0 when none): moves with every proposal and approval."""
        with self._reading() as session:
            return session.scalar(select(AuditRow.id).order_by(AuditRow.id.desc()).limit(1)) or 0
