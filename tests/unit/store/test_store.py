from __future__ import annotations

import multiprocessing
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

import policy.store
from policy.store import AppendOnlyError, Store, software_labels
from policy.store.schema import APPEND_ONLY_TABLES, Base, DecisionRow


def _head() -> str:
    """The newest revision of the migrations (whatever their chain is named)."""
    config = Config()
    config.set_main_option("script_location", str(Path(policy.store.__file__).with_name("migrations")))
    return ScriptDirectory.from_config(config).get_current_head()


def _record(store, decision, **kw):
    with store.transaction() as tx:
        return store.record_decision(tx, decision, engine="reference", compiler="regelwerk test", **kw)


def _fill_every_table(store, decision, compiled):
    """One row in every append-only table: a decision holding a place, withdrawn; a version, activated."""
    with store.transaction() as tx:
        place = store.take_place(tx, "uitwisseling/test", "AR", 2024, 100)
        receipt = store.record_decision(tx, decision, engine="reference", compiler="regelwerk test")
        store.record_place(tx, place, receipt.decision_id)
    _stage(store, compiled)
    with store.transaction(serialised=True) as tx:
        store.activate(tx, "uitwisseling/test", "a" * 64, source="beheer")
    with store.transaction() as tx:
        store.withdraw(tx, receipt.decision_id, None)
        store.audit(tx, actor="anna", role="opsteller", action="voorgesteld", table_id="uitwisseling/test",
                    version="a" * 64, reason="test")
    store.add_user("anna", "opsteller", created_by="test")
    store.revoke_user("anna", revoked_by="test")
    return receipt


def _head() -> str:
    """The newest migration (whatever its name): what a migrated database is at."""
    from pathlib import Path

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import policy.store

    config = Config()
    config.set_main_option("script_location", str(Path(policy.store.__file__).with_name("migrations")))
    return ScriptDirectory.from_config(config).get_current_head()


def _stage(store, compiled, version="a" * 64, table_id="uitwisseling/test"):
    with store.transaction(serialised=True) as tx:
        return store.stage_version(
            tx, table_id=table_id, version=version, content=b"PK\x03\x04 bytes " + version.encode(),
            compiled=compiled.data, source="upload", filename="test.xlsx", diagnostics=[],
        )


def test_migrations_create_the_schema_of_the_model_and_run_once(store):
    store.migrate()  # again: nothing to do
    assert store.schema_revision() == _head()
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_date_of_effect_reads_back_as_the_same_moment(kind, request):
    """Midnight in the Netherlands stays midnight there (SQLite used to drop the offset)."""
    store = request.getfixturevalue("store" if kind == "sqlite" else "pg_store")
    midnight = datetime(2099, 1, 1, tzinfo=ZoneInfo("Europe/Amsterdam"))
    with store.transaction() as tx:
        store.audit(tx, actor="anna", role="opsteller", action="voorgesteld", table_id="uitwisseling/test",
                    version="a" * 64, reason="test", effective_at=midnight)
    [event] = store.audit_events(table_id="uitwisseling/test")
    assert event.effective_at == midnight


def test_sqlite_database_uses_write_ahead_logging(store):
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_a_decision_is_stored_with_everything_needed_to_reproduce_it(store, decision):
    receipt = _record(store, decision, zaaknummer="Z-2024-1")
    stored = store.get_decision(receipt.decision_id)
    assert stored == receipt
    assert stored.facts == {"datum": "2024-05-01", "land": "AR", "verleend": 0}
    assert stored.outputs == {"besluit": "inwilligen"}
    assert stored.matched_rows == [{"table": "hoofd", "regel_id": "R1", "row": 2, "sheet": "Regels",
                                    "bron": "Vc B2/2.1", "bronnen": decision.matched_rows[0].to_dict()["bronnen"],
                                    "outputs": {"besluit": "inwilligen"}}]
    assert stored.matched_rows[0]["bronnen"][0]["text"] == "Vc 2000 B2/2.1"
    assert stored.peildatum == date(2024, 5, 1)
    assert (stored.table_id, stored.table_version) == ("uitwisseling/test", "vuitwisseling/test")
    assert stored.zaaknummer == "Z-2024-1"
    assert stored.created_at.tzinfo is not None
    assert stored.to_dict()["peildatum"] == "2024-05-01"
    assert store.get_decision("00000000-0000-0000-0000-000000000000") is None


def test_a_failed_transaction_stores_nothing(store, decision):
    with pytest.raises(RuntimeError):
        with store.transaction() as tx:
            store.record_decision(tx, decision, engine="e", compiler="c")
            raise RuntimeError("quota check failed")
    assert store.count_decisions() == 0


def test_the_orm_refuses_to_change_or_delete_a_decision(store, decision):
    receipt = _record(store, decision)
    with pytest.raises(AppendOnlyError):
        with store.transaction() as tx:
            row = tx.scalars(select(DecisionRow)).one()
            row.outputs = {"besluit": "afwijzen"}
    with pytest.raises(AppendOnlyError):
        with store.transaction() as tx:
            tx.delete(tx.scalars(select(DecisionRow)).one())
    with pytest.raises(AppendOnlyError):
        with store.transaction() as tx:
            tx.execute(update(DecisionRow).values(zaaknummer="x"))
    with pytest.raises(AppendOnlyError):
        with store.transaction() as tx:
            tx.execute(delete(DecisionRow))
    assert store.get_decision(receipt.decision_id) == receipt


@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
def test_the_database_refuses_update_and_delete(store, decision, compiled, table):
    _fill_every_table(store, decision, compiled)
    for sql in (f"UPDATE {table} SET id = id + 100", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.execute(text(sql))
    with store.engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() >= 1


def test_staging_is_idempotent_by_hash(store, compiled):
    first, created = _stage(store, compiled)
    again, created_again = _stage(store, compiled)
    assert (created, created_again) == (True, False)
    assert again == first
    assert store.version_content("uitwisseling/test", "a" * 64) == b"PK\x03\x04 bytes " + b"a" * 64
    assert store.get_version("uitwisseling/test", "b" * 64) is None
    assert [v.version for v in store.list_versions("uitwisseling/test")] == ["a" * 64]


def test_activation_history_gives_active_version_rollback_and_generation(store, compiled):
    assert store.generation() == 0 and store.active_versions() == {}
    _stage(store, compiled, "a" * 64)
    _stage(store, compiled, "b" * 64)
    _stage(store, compiled, "c" * 64, table_id="ander/tabel")
    steps = [("uitwisseling/test", "a" * 64), ("ander/tabel", "c" * 64), ("uitwisseling/test", "b" * 64),
             ("uitwisseling/test", "a" * 64)]  # the last one is a rollback
    generations = []
    for table_id, version in steps:
        with store.transaction(serialised=True) as tx:
            generations.append(store.activate(tx, table_id, version, source="beheer").generation)
        assert store.generation() == generations[-1]
    assert generations == sorted(generations) and len(set(generations)) == 4
    assert store.active_versions() == {"uitwisseling/test": "a" * 64, "ander/tabel": "c" * 64}
    history = store.activations("uitwisseling/test")
    assert [(a.version, a.previous_version) for a in history] == [
        ("a" * 64, None), ("b" * 64, "a" * 64), ("a" * 64, "b" * 64)]


def test_software_labels_name_the_engine_and_compiled_format():
    engine, compiler = software_labels("durable", 1)
    assert engine.startswith("durable (durable_rules 2.0.28")
    assert compiler.startswith("regelwerk ") and compiler.endswith("(vorm 1)")
    assert software_labels("reference", 1)[0] == "reference"


def _migrate(url: str) -> str | None:
    s = Store(url)
    s.migrate()
    revision = s.schema_revision()
    s.dispose()
    return revision


def test_processes_starting_together_migrate_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert pool.map(_migrate, [url] * 4) == [_head()] * 4
    with Store(url).engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


@pytest.mark.postgres
@pytest.mark.slow
def test_postgresql_log_is_append_only_too(pg_store, decision, compiled):
    receipt = _fill_every_table(pg_store, decision, compiled)
    assert pg_store.get_decision(receipt.decision_id) == receipt
    with pg_store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert pg_store.active_versions() == {"uitwisseling/test": "a" * 64}
    assert pg_store.generation() >= 1
    for table in APPEND_ONLY_TABLES:
        for sql in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}", f"TRUNCATE {table}"):
            with pytest.raises(DBAPIError, match="append-only"):
                with pg_store.engine.begin() as conn:
                    conn.execute(text(sql))
        with pg_store.engine.connect() as conn:
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() >= 1


@pytest.mark.parametrize("backend", ["store", "pg_store"])
def test_appending_decisions_writes_what_a_transaction_writes(backend, request, decision):
    """The request path's append (DB-API, no Session) stores the same receipt, on both databases."""
    s = request.getfixturevalue(backend)
    via_session = _record(s, decision, zaaknummer="Z-1")
    appended = s.append_decisions([(decision, "Z-2", "reference", "regelwerk test"),
                                   (decision, None, "reference", "regelwerk test")])
    assert [s.get_decision(r.decision_id) for r in appended] == appended
    first = appended[0]
    assert (first.facts, first.outputs, first.matched_rows, first.peildatum) == (
        via_session.facts, via_session.outputs, via_session.matched_rows, via_session.peildatum)
    assert first.zaaknummer == "Z-2" and appended[1].zaaknummer is None
    assert s.count_decisions() == 3
    assert s.append_decisions([]) == []


@pytest.mark.parametrize("backend", ["store", "pg_store"])
def test_the_json_columns_keep_every_value_as_json_would(backend, request, decision):
    """The log's JSON is written by orjson: dates, texts beyond ASCII, fractions, lists and an
    integer past 64 bits (the standard library's way) read back as the receipt holds them."""
    s = request.getfixturevalue(backend)
    varied = replace(decision, facts={**decision.facts, "naam": "Zoë \u2028 Ñandú", "bedrag": 0.1 + 0.2,
                                      "groot": 1e16, "klein": -2.5e-7, "lijst": ("a", "b"), "op": date(2024, 2, 29)},
                     outputs={**decision.outputs, "teller": 2**70, "leeg": None})
    appended = s.append_decisions([(varied, None, "e", "c")])[0]
    via_session = _record(s, varied)
    for receipt in (appended, via_session):
        stored = s.get_decision(receipt.decision_id)
        assert stored == receipt
        assert stored.facts["op"] == "2024-02-29" and stored.facts["lijst"] == ["a", "b"]
        assert stored.facts["bedrag"] == 0.30000000000000004 and stored.outputs["teller"] == 2**70
        assert stored.facts["naam"] == "Zoë \u2028 Ñandú"


@pytest.mark.parametrize("backend", ["store", "pg_store"])
def test_an_append_that_fails_stores_none_of_its_decisions(backend, request, decision, monkeypatch):
    s = request.getfixturevalue(backend)
    taken = s.append_decisions([(decision, None, "e", "c")])[0].decision_id
    import uuid

    ids = iter([uuid.uuid4(), uuid.UUID(taken)])  # the second decision repeats a logged id
    monkeypatch.setattr("policy.store.store.uuid.uuid4", lambda: next(ids))
    with pytest.raises(DBAPIError):
        s.append_decisions([(decision, None, "e", "c"), (decision, None, "e", "c")])
    monkeypatch.undo()
    assert s.count_decisions() == 1  # the first of the two was rolled back with the second
    assert s.append_decisions([(decision, None, "e", "c")])  # and the connection is usable again
    assert s.count_decisions() == 2


@pytest.mark.parametrize("backend", ["store", "pg_store"])
def test_granted_reads_the_ledger_count_in_and_outside_a_transaction(backend, request, decision):
    s = request.getfixturevalue(backend)
    assert s.granted("uitwisseling/test", "AR", 2024) == 0
    with s.transaction() as tx:
        for _ in range(3):
            s.take_place(tx, "uitwisseling/test", "AR", 2024, 100)
        assert s.granted("uitwisseling/test", "AR", 2024, tx) == 3
    assert s.granted("uitwisseling/test", "AR", 2024) == 3
    assert s.granted("uitwisseling/test", "AR", 2025) == 0
    assert s.granted("uitwisseling/test", "HK", 2024) == 0


def test_sqlite_checkpoints_run_in_a_background_thread_not_in_a_commit(store, decision):
    import time

    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() >= 10_000  # only a backstop
    checkpointer = store._checkpointer
    assert checkpointer is not None
    store.append_decisions([(decision, None, "e", "c")] * 3)
    thread = checkpointer.thread
    assert thread is not None and thread.is_alive()  # started by the first write (the migration)
    deadline = time.monotonic() + 10
    while checkpointer.checkpoints == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert checkpointer.checkpoints >= 1
    assert store.count_decisions() == 3
    store.dispose()
    thread.join(timeout=5)
    assert not thread.is_alive()
