"""The quota ledger on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from policy.store import AlreadyWithdrawnError, QuotaCorrectionError, QuotaState, Store
from tests.support.postgres import fresh_database

TABLE = "uitwisseling/test"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[pytest.mark.postgres, pytest.mark.slow])])
def ledger(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'var' / 'regelwerk.db'}"
    else:
        url = fresh_database(request.getfixturevalue("postgres_url"))
    store = Store(url)
    store.migrate()
    yield store
    store.dispose()


def _grant(store, decision, key="HK", year=2026, maximum=3):
    """Log ``decision`` and take a place for it in one transaction, as the service does."""
    with store.transaction() as tx:
        place = store.take_place(tx, TABLE, key, year, maximum)
        receipt = store.record_decision(tx, decision, engine="reference", compiler="test")
        if place is not None:
            store.record_place(tx, place, receipt.decision_id)
    return place, receipt


def test_places_are_taken_until_the_maximum_and_never_beyond(ledger, decision):
    assert ledger.quota(TABLE, "HK", 2026) is None
    taken = [_grant(ledger, decision)[0] for _ in range(5)]
    assert [p.granted if p else None for p in taken] == [1, 2, 3, None, None]
    assert ledger.quota(TABLE, "HK", 2026) == QuotaState(TABLE, "HK", 2026, 3, 3)
    assert ledger.count_decisions() == 5
    assert len(ledger.places(TABLE, "HK", 2026)) == 3
    with pytest.raises(DBAPIError):  # the CHECK constraint backs the conditional UPDATE up
        with ledger.engine.begin() as conn:
            conn.execute(text("UPDATE quota_ledger SET granted = granted + 1"))
    truncate = ["TRUNCATE quota_ledger"] if ledger.dialect == "postgresql" else []
    for sql in ["DELETE FROM quota_ledger", *truncate]:  # a line is never removed
        with pytest.raises(DBAPIError, match="append-only"):
            with ledger.engine.begin() as conn:
                conn.execute(text(sql))
    assert ledger.quota(TABLE, "HK", 2026).granted == 3


def test_keys_and_years_have_their_own_count_and_the_maximum_in_force(ledger, decision):
    _grant(ledger, decision, key="HK", year=2025, maximum=1)
    assert _grant(ledger, decision, key="HK", year=2025, maximum=1)[0] is None
    assert _grant(ledger, decision, key="HK", year=2026, maximum=1)[0].granted == 1  # the next year starts at 0
    assert _grant(ledger, decision, key="AR", year=2025, maximum=1)[0].granted == 1
    assert _grant(ledger, decision, key="HK", year=2025, maximum=2)[0] == QuotaState(TABLE, "HK", 2025, 2, 2)
    assert [(q.key, q.year, q.granted, q.maximum) for q in ledger.quotas(TABLE)] == [
        ("AR", 2025, 1, 1), ("HK", 2025, 2, 2), ("HK", 2026, 1, 1)]
    assert [q.year for q in ledger.quotas(year=2026)] == [2026]


def test_a_failed_transaction_takes_no_place(ledger, decision):
    with pytest.raises(RuntimeError):
        with ledger.transaction() as tx:
            ledger.take_place(tx, TABLE, "HK", 2026, 3)
            ledger.record_decision(tx, decision, engine="reference", compiler="test")
            raise RuntimeError("the answer could not be sent")
    assert ledger.count_decisions() == 0
    assert (ledger.quota(TABLE, "HK", 2026) or QuotaState(TABLE, "HK", 2026, 3, 0)).granted == 0


def test_a_place_given_back_in_the_same_transaction(ledger, decision):
    with ledger.transaction() as tx:
        place = ledger.take_place(tx, TABLE, "HK", 2026, 3)
        assert ledger.give_back(tx, place).granted == 0
    assert ledger.quota(TABLE, "HK", 2026).granted == 0


def test_a_withdrawal_releases_the_place_once(ledger, decision):
    _, first = _grant(ledger, decision)
    _, second = _grant(ledger, decision)
    with ledger.transaction() as tx:
        withdrawal, state = ledger.withdraw(tx, first.decision_id, "bezwaar gegrond")
    assert state.granted == 1 and withdrawal.reason == "bezwaar gegrond"
    assert ledger.places(TABLE, "HK", 2026) == [second.decision_id]
    assert ledger.withdrawal(first.decision_id).reason == "bezwaar gegrond"
    with pytest.raises(AlreadyWithdrawnError):
        with ledger.transaction() as tx:
            ledger.withdraw(tx, first.decision_id, "nog eens")
    assert ledger.quota(TABLE, "HK", 2026).granted == 1
    assert ledger.place_of(first.decision_id).kind == "plaats"
    kinds = [(e.kind, e.decision_id, e.change, e.granted) for e in ledger.quota_events(TABLE, "HK", 2026)]
    assert kinds == [("plaats", first.decision_id, 1, 1), ("plaats", second.decision_id, 1, 2),
                     ("vrijgegeven", first.decision_id, -1, 1)]


def test_withdrawing_a_decision_without_a_place_releases_nothing(ledger, decision):
    with ledger.transaction() as tx:
        receipt = ledger.record_decision(tx, decision, engine="reference", compiler="test")
    with ledger.transaction() as tx:
        withdrawal, state = ledger.withdraw(tx, receipt.decision_id, None)
    assert state is None and withdrawal.decision_id == receipt.decision_id


def test_corrections_set_or_move_the_count_within_places_held_and_maximum(ledger, decision):
    with ledger.transaction() as tx:
        state = ledger.correct_quota(tx, TABLE, "HK", 2026, 100, granted=37, reason="37 verleend vóór Regelwerk")
    assert state == QuotaState(TABLE, "HK", 2026, 100, 37)
    _grant(ledger, decision, maximum=100)
    with ledger.transaction() as tx:
        assert ledger.correct_quota(tx, TABLE, "HK", 2026, 100, change=-2, reason="dubbel geteld").granted == 36
    for wrong in ({"granted": 101}, {"granted": 0}, {"change": -40}):
        with pytest.raises(QuotaCorrectionError):
            with ledger.transaction() as tx:
                ledger.correct_quota(tx, TABLE, "HK", 2026, 100, reason="fout", **wrong)
    assert ledger.quota(TABLE, "HK", 2026).granted == 36
    corrections = [(e.change, e.granted, e.reason) for e in ledger.quota_events(TABLE, "HK", 2026)
                   if e.kind == "correctie"]
    assert corrections == [(37, 37, "37 verleend vóór Regelwerk"), (-2, 36, "dubbel geteld")]


def _take_many(url: str, attempts: int, maximum: int) -> int:
    store = Store(url)
    taken = 0
    try:
        for _ in range(attempts):
            with store.transaction() as tx:
                taken += store.take_place(tx, TABLE, "HK", 2026, maximum) is not None
    finally:
        store.dispose()
    return taken


def test_processes_taking_places_at_once_never_overshoot(ledger):
    url = ledger.engine.url.render_as_string(hide_password=False)
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        taken = pool.starmap(_take_many, [(url, 30, 50)] * 4)
    assert sum(taken) == 50
    assert ledger.quota(TABLE, "HK", 2026).granted == 50
