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


WELL_TYPED = [("b", "ja/nee"), ("n", "geheel getal"), ("d", "datum"), ("t", "tekst"), ("l", "lijst"),
              ("k", "keuzelijst"), ("x", "getal")]


def _well_typed(k):
    facts = {"b": k % 3 == 0, "n": k * 7 - 20, "d": f"2024-05-{k % 28 + 1:02d}", "t": f"tekst \u00e9 \"{k}\"\n",
             "l": ["a", "b"][: k % 3], "k": ["ja", "nee", None][k % 3], "x": k - 3}
    return {name: v for name, v in facts.items() if v is not None}


@pytest.mark.parametrize("backend", ["store", "pg_store"])
@pytest.mark.parametrize("odd", [
    None,
    {"t": 5},  # a number where a text belongs
    {"b": 1},  # a number where a boolean belongs
    {"n": 3.0},  # a whole number written as a float
    {"n": 2**70},  # beyond int64
    {"x": 2.5},  # a number with decimals
    {"l": ["a", 1]},  # a list holding a number
    {"l": "a"},  # a text where a list belongs
    {"d": {"jaar": 2024}},  # an object
    {"onbekend": 1},  # a fact the reader does not know, in one decision only
    {"onbekend": None},  # ... given as null
])
def test_reading_whole_columns_gives_what_reading_each_value_gives(backend, odd, request):
    """Every decision read the fast way holds exactly what Python's json reads, whatever was logged."""
    s = request.getfixturevalue(backend)
    for k in range(40):
        facts = _well_typed(k)
        if odd is not None and k in (5, 17):
            facts.update(odd)
        _log(s, facts, date(2024, 5, 1 + k % 20))
    for inputs, ignored in ((WELL_TYPED, ()), (WELL_TYPED[:4], ("l", "k")), (WELL_TYPED[1:], ())):
        fast = read_decisions(s.engine, "uitwisseling/test", date(2024, 5, 1), date(2024, 5, 31), inputs,
                              ignored=ignored)
        careful = read_decisions(s.engine, "uitwisseling/test", date(2024, 5, 1), date(2024, 5, 31), inputs,
                                 ignored=ignored, columnar=False)
        assert len(fast) == 40
        assert fast.columns.tolist() == careful.columns.tolist()
        for name in fast.columns:
            got, want = fast[name].tolist(), careful[name].tolist()
            assert got == want, name
            assert [type(v) for v in got] == [type(v) for v in want], name


def test_the_columns_are_read_whole_only_where_that_is_exact():
    from policy.store.columnar import facts_columns

    def read(*docs, inputs=(("n", "geheel getal"), ("t", "tekst")), ignored=()):
        return facts_columns("\n".join(json.dumps(d) for d in docs).encode(), len(docs), list(inputs), ignored)

    columns, extra = read({"n": 1, "t": "a"}, {"t": "b"}, {"n": -2})
    assert columns["n"].tolist() == [1, None, -2] and columns["t"].tolist() == ["a", "b", None]
    assert extra.tolist() == [False, False, False]
    assert read({"n": 1.0}) is None and read({"n": 1}, {"n": 2.5}) is None  # 1.0 is no 1
    assert read({"t": 1}) is None and read({"t": "a"}, {"t": True}) is None
    assert read({"n": 1, "z": 2}, {"n": 2}) is None  # z absent or null in the second: cannot tell
    columns, extra = read({"n": 1, "z": 2}, {"n": 2, "z": 3}, ignored=())
    assert extra.tolist() == [True, True]
    assert read({"n": 1, "z": 2}, {"n": 2}, ignored=("z",))[1].tolist() == [False, False]
