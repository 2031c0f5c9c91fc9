"""A version's state, folded from its audit events and the activations."""

from __future__ import annotations

from datetime import UTC, datetime

from policy.publishing.workflow import version_states
from policy.store import AuditEvent

T = "uitwisseling/proef"


def _event(n: int, action: str, version: str, actor: str = "anna", effective: datetime | None = None) -> AuditEvent:
    return AuditEvent(n, datetime(2026, 1, 1, 12, n, tzinfo=UTC), actor, "opsteller", action, T, version, None,
                      f"reden {n}", effective, {})


def test_states_follow_the_events_and_the_active_version():
    a, b, c, d = "a" * 64, "b" * 64, "c" * 64, "d" * 64
    later = datetime(2026, 3, 1, tzinfo=UTC)
    events = [
        _event(1, "klaargezet", a), _event(2, "geactiveerd", a, "regelwerk"),
        _event(3, "klaargezet", b), _event(4, "voorgesteld", b), _event(5, "goedgekeurd", b, "bram"),
        _event(6, "geactiveerd", b, "bram"),
        _event(7, "klaargezet", c), _event(8, "voorgesteld", c, effective=later), _event(9, "goedgekeurd", c, "bram"),
        _event(10, "klaargezet", d), _event(11, "voorgesteld", d), _event(12, "afgewezen", d, "bram"),
        _event(13, "gebruiker_toegevoegd", d),  # not a step of a version's life
    ]
    versions = [(T, v) for v in (a, b, c, d)]
    states = version_states(events, versions, {T: b}, {(T, a), (T, b)})
    assert {v: s.state for (_, v), s in states.items()} == {
        a: "vervangen", b: "actief", c: "goedgekeurd", d: "afgewezen"}
    assert states[(T, c)].scheduled and states[(T, c)].effective_from == later
    assert (states[(T, b)].proposal.by, states[(T, b)].approval.by) == ("anna", "bram")
    assert states[(T, d)].rejection.reason == "reden 12"
    assert len(states[(T, d)].history) == 3


def test_a_version_stored_before_the_audit_trail_is_staged_or_replaced():
    a, b = "a" * 64, "b" * 64
    states = version_states([], [(T, a), (T, b)], {T: b}, {(T, a), (T, b)})
    assert (states[(T, a)].state, states[(T, b)].state) == ("vervangen", "actief")
    assert version_states([], [(T, a)], {}, set())[(T, a)].state == "klaargezet"


def test_proposing_again_clears_an_earlier_rejection():
    a = "a" * 64
    events = [_event(1, "klaargezet", a), _event(2, "voorgesteld", a), _event(3, "afgewezen", a, "bram"),
              _event(4, "voorgesteld", a)]
    s = version_states(events, [(T, a)], {}, set())[(T, a)]
    assert (s.state, s.rejection, s.proposal.reason) == ("voorgesteld", None, "reden 4")
