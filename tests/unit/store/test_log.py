"""Reading the decision log in bulk, and the decision date it is read by."""

from __future__ import annotations

import json
from datetime import date

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from policy.evaluation import Decision
from policy.store import month_ranges, read_decisions, read_matched_rows
from policy.store.log import EXTRA_COLUMN
from policy.store.store import _MIGRATIONS

INPUTS = [("b", "ja/nee"), ("b_getal", "ja/nee"), ("n", "geheel getal"), ("n_bool", "geheel getal"), ("f", "getal"),
          ("d", "datum"), ("t", "tekst"), ("t_lijst", "tekst"), ("l", "lijst"), ("ontbreekt", "tekst"), ("leeg", "datum")]
FACTS = {"b": True, "b_getal": 1, "n": 12, "n_bool": False, "f": 2.5, "d": "2024-05-01", "t": "[geen lijst",
         "t_lijst": ["a"], "l": ["x", "y"], "leeg": None}


def _log(store, facts, day, *, peildatum=date(2024, 5, 1)):
    decision = Decision("uitwisseling/test", "v1", peildatum, {"besluit": "inwilligen"}, (), facts)
    return store.append_decisions([(decision, None, "reference", "test")], decision_date=day)[0]


@pytest.mark.parametrize("backend", ["store", "pg_store"])
def test_the_log_is_read_with_each_facts_own_json_type(backend, request):
    s = request.getfixturevalue(backend)
    receipt = _log(s, FACTS, date(2024, 5, 2))
    frame = read_decisions(s.engine, "uitwisseling/test", date(2024, 5, 1), date(2024, 5, 31), INPUTS)
    row = frame.iloc[0]
    assert (row["decision_id"], row["table_version"], row["peildatum"]) == (receipt.decision_id, "v1", "2024-05-01")
    assert row["b"] is True and row["n_bool"] is False  # a JSON boolean is never read as 1 or 0
    assert row["n"] == 12 and row["f"] == 2.5 and row["d"] == "2024-05-01" and row["t"] == "[geen lijst"
    assert list(row["l"]) == ["x", "y"] and list(row["t_lijst"]) == ["a"]
    assert not isinstance(row["b_getal"], bool)  # a number where a bool belongs stays no bool
    assert row["ontbreekt"] is None and row["leeg"] is None
    assert not row[EXTRA_COLUMN]
    assert frame[EXTRA_COLUMN].tolist() == [False]
    fewer = read_decisions(s.engine, "uitwisseling/test", date(2024, 5, 1), date(2024, 5, 31), INPUTS[:3])
    assert fewer[EXTRA_COLUMN].tolist() == [True]  # facts the reader was not asked for
    assert "f" not in fewer.columns


@pytest.mark.parametrize("backend", ["store", "pg_store"])
def test_a_period_holds_the_decisions_of_its_days_not_withdrawn_in_log_order(backend, request):
    s = request.getfixturevalue(backend)
    days = [date(2024, 1, 31), date(2024, 2, 1), date(2024, 2, 29), date(2024, 3, 1), date(2024, 2, 10)]
    receipts = [_log(s, {"d": "2024-01-01"}, day) for day in days]
    with s.transaction() as tx:
        s.withdraw(tx, receipts[2].decision_id, "dubbel")
    frame = read_decisions(s.engine, "uitwisseling/test", date(2024, 2, 1), date(2024, 2, 29), [("d", "datum")])
    assert frame["decision_id"].tolist() == [receipts[1].decision_id, receipts[4].decision_id]
    assert frame["id"].is_monotonic_increasing
    assert read_decisions(s.engine, "uitwisseling/ander", date(2024, 1, 1), date(2024, 12, 31), []).empty
    texts = read_matched_rows(s.engine, frame["id"].tolist())
    assert set(texts) == set(frame["id"].tolist()) and all(t.strip() == "[]" for t in texts.values())


def test_months_of_a_period_are_cut_to_it():
    assert month_ranges(date(2024, 1, 15), date(2024, 3, 2)) == [
        (date(2024, 1, 15), date(2024, 1, 31)), (date(2024, 2, 1), date(2024, 2, 29)),
        (date(2024, 3, 1), date(2024, 3, 2))]
    assert month_ranges(date(2024, 12, 1), date(2025, 1, 1))[-1] == (date(2025, 1, 1), date(2025, 1, 1))
    assert month_ranges(date(2024, 2, 1), date(2024, 1, 1)) == []


def test_the_decision_date_is_the_one_given_else_today_in_the_netherlands(store, decision):
    with store.transaction() as tx:
        given = store.record_decision(tx, decision, engine="e", compiler="c", decision_date=date(2024, 7, 1))
    assert store.get_decision(given.decision_id).decision_date == date(2024, 7, 1)
    default = store.append_decisions([(decision, None, "e", "c")])[0]
    assert store.get_decision(default.decision_id).decision_date == default.decision_date is not None


@pytest.mark.parametrize("backend", ["store", "pg_store"])
def test_the_migration_dates_existing_decisions_in_amsterdam_and_keeps_the_log_append_only(backend, request):
    s = request.getfixturevalue(backend)
    with s.engine.begin() as conn:  # back to the schema before the decision date
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    with s.engine.begin() as conn:
        for n, moment in enumerate(["2024-03-31 21:59:00+00:00", "2024-03-31 22:30:00+00:00",
                                    "2024-12-31 23:30:00+00:00"]):
            conn.execute(text(
                "INSERT INTO decisions (decision_id, created_at, table_id, table_version, peildatum, facts, outputs,"
                " matched_rows, engine, compiler) VALUES (:id, :at, 't', 'v', '2024-01-01', '{}', '{}', '[]', 'e', 'c')"),
                {"id": f"id-{n}", "at": moment if s.dialect == "postgresql" else moment[:19] + ".000000"})
    s.migrate()
    with s.engine.connect() as conn:
        dated = conn.execute(text("SELECT decision_id, decision_date FROM decisions ORDER BY id")).all()
    assert [(i, str(d)) for i, d in dated] == [  # CEST (+2) from 31 March 2024, CET (+1) in winter
        ("id-0", "2024-03-31"), ("id-1", "2024-04-01"), ("id-2", "2025-01-01")]
    with pytest.raises(DBAPIError, match="append-only"):
        with s.engine.begin() as conn:
            conn.execute(text("UPDATE decisions SET decision_date = NULL"))


def test_matched_rows_are_read_for_many_decisions_as_for_few(store):
    from policy.evaluation import MatchedRow

    decisions = [Decision("uitwisseling/test", "v1", date(2024, 5, 1), {}, (MatchedRow("hoofd", f"R{i}", 2, "Regels",
                                                                                     "Vc", {}),), {})
                 for i in range(2600)]
    receipts = store.append_decisions([(d, None, "e", "c") for d in decisions], decision_date=date(2024, 5, 2))
    frame = read_decisions(store.engine, "uitwisseling/test", date(2024, 5, 1), date(2024, 5, 31), [])
    ids = frame["id"].tolist()[100:2500]  # more than a lookup's worth, not all of them
    many = read_matched_rows(store.engine, ids)
    assert sorted(many) == sorted(ids)
    assert read_matched_rows(store.engine, ids[:50]) == {i: many[i] for i in ids[:50]}
    by_id = dict(zip(frame["id"], frame["decision_id"], strict=True))
    first = json.loads(many[ids[0]])[0]["regel_id"]
    assert first == next(f"R{k}" for k, r in enumerate(receipts) if r.decision_id == by_id[ids[0]])


def test_a_worker_opens_the_log_by_its_url_and_reads_the_same(store):
    from policy.store.log import engine_for, url_of

    _log(store, FACTS, date(2024, 5, 2))
    own = engine_for(url_of(store))  # as a Dask worker in another process would
    assert own is not store.engine
    period = ("uitwisseling/test", date(2024, 5, 1), date(2024, 5, 31), INPUTS)
    assert read_decisions(own, *period).equals(read_decisions(store.engine, *period))
    own.dispose()
