"""Context facts the service filled in for an old version, that a draft no longer has."""

from __future__ import annotations

from datetime import date

from policy.compiler import compile_table
from policy.evaluation import decide
from policy.model import InputField, OutputField, Test
from policy.replay import replay_log
from policy.store import Store
from tests.unit.evaluation.model_builder import rule, sub, table


def _compiled(*, with_counter: bool, version: str):
    inputs = [InputField("datum", "datum"), InputField("land", "keuzelijst", allowed=("AR", "HK"))]
    if with_counter:
        inputs.append(InputField("verleend", "geheel getal", required=False, context=True, default=0))
    outputs = [OutputField("besluit", "keuzelijst", allowed=("afwijzen", "inwilligen"))]
    rules = [rule("R1", 2, {"land": Test("eq", "AR")}, {"besluit": "inwilligen"}, van=date(2020, 1, 1)),
             rule("R2", 3, {"land": Test("eq", "HK")}, {"besluit": "afwijzen"}, van=date(2020, 1, 1))]
    compiled = compile_table(table(inputs, outputs, [sub("hoofd", "UNIQUE", ["land"], ["besluit"], rules)],
                                   table_id="uitwisseling/test"))
    compiled.data["version"] = version
    return compiled


def test_a_context_fact_of_an_old_version_is_left_out_not_refused(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'regelwerk.db'}")
    store.migrate()
    old = _compiled(with_counter=True, version="a" * 64)
    draft = _compiled(with_counter=False, version="b" * 64)
    for land in ("AR", "HK", "AR"):
        d = decide(old, {"datum": "2024-05-01", "land": land}, allow_context=True)
        assert d.facts["verleend"] == 0  # the service's counter is in the logged facts
        store.append_decisions([(d, None, "reference", "test")], decision_date=date(2024, 5, 2))
    period = {"start": date(2024, 5, 1), "end": date(2024, 5, 31), "engine": "pandas"}

    # the old version is unknown to the store: its counter is a fact the draft does not know
    unknown = replay_log(store, "uitwisseling/test", draft, **period).to_dict()
    assert unknown["changed"] == 3
    assert {repr(g["to"]) for g in unknown["by_outcome"]} == {repr({"fout": "ongeldige_feiten",
                                                                    "velden": ["onbekend_veld"]})}

    with store.transaction(serialised=True) as tx:  # as the service keeps every version it serves
        store.stage_version(tx, table_id="uitwisseling/test", version=old.data["version"], content=b"PK",
                            compiled=old.data, source="map", filename="test.xlsx", diagnostics=[])
    for engine in ("pandas", "dask"):
        known = replay_log(store, "uitwisseling/test", draft, **{**period, "engine": engine})
        assert (known.decisions, known.changed) == (3, 0), engine
    store.dispose()


def test_outcomes_logged_with_their_outputs_in_another_order_are_one_group(tmp_path):
    from policy.evaluation import Decision

    store = Store(f"sqlite:///{tmp_path / 'regelwerk.db'}")
    store.migrate()
    draft = _compiled(with_counter=False, version="b" * 64)
    for outputs in ({"besluit": "afwijzen", "termijn": 12}, {"termijn": 12, "besluit": "afwijzen"}):
        logged = Decision("uitwisseling/test", "a" * 64, date(2024, 5, 1), outputs, (),
                          {"datum": "2024-05-01", "land": "AR"})
        store.append_decisions([(logged, None, "reference", "test")], decision_date=date(2024, 5, 2))
    report = replay_log(store, "uitwisseling/test", draft, start=date(2024, 5, 1), end=date(2024, 5, 31),
                        engine="pandas").to_dict()
    assert (report["decisions"], report["changed"]) == (2, 2)
    assert [(g["from"], g["to"], g["count"], len(g["examples"])) for g in report["by_outcome"]] == [
        ({"besluit": "afwijzen", "termijn": 12}, {"besluit": "inwilligen"}, 2, 2)]
    store.dispose()
