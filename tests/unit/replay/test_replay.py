"""Replaying the decision log with a draft: the counts are what deciding each case again gives."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from policy.errors import PolicyError
from policy.evaluation import decide, to_json_value
from policy.reference import ReferenceMatcher
from policy.replay import replay_log
from tests.bundled import bundled
from tests.unit.replay.conftest import TABLE, draft_with_age_limit, draft_with_new_input

YEAR = (date(2024, 1, 1), date(2024, 12, 31))


def _in_period(entries, start, end):
    return [e for e in entries if not e["withdrawn"] and start <= e["day"] <= end]


def independent_count(entries, draft, start, end):
    """Each logged case decided again on its own, case by case: (old, new) outcome -> count."""
    flips: Counter = Counter()
    for entry in _in_period(entries, start, end):
        receipt = entry["receipt"]
        try:
            d = decide(draft, receipt.facts, peildatum=receipt.peildatum, allow_context=True,
                       matcher=ReferenceMatcher())
            new = to_json_value(d.outputs)
        except PolicyError as exc:
            new = {"fout": exc.code}
        if new != receipt.outputs:
            flips[(repr(sorted(receipt.outputs.items())), repr(sorted(new.items())))] += 1
    return flips


def report_flips(report):
    flips: Counter = Counter()
    for group in report.to_dict()["by_outcome"]:
        new = {"fout": group["to"]["fout"]} if "fout" in group["to"] else group["to"]
        flips[(repr(sorted(group["from"].items())), repr(sorted(new.items())))] += group["count"]
    return flips


def _without_timing(report):
    out = report.to_dict()
    del out["seconds"], out["engine"]
    return out


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    return draft_with_age_limit(tmp_path_factory.mktemp("draft"))


def test_impact_counts_equal_an_independent_count_case_by_case(log, draft):
    store, entries = log
    report = replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], engine="pandas")
    expected = independent_count(entries, draft, *YEAR)
    assert report.decisions == len(_in_period(entries, *YEAR))
    assert report.changed == sum(expected.values()) > 0
    assert report_flips(report) == expected
    body = report.to_dict()
    assert (body["decisions"], body["changed"]) == (report.decisions, report.changed)
    assert body["against_version"] == [{"version": bundled(TABLE).version, "decisions": report.decisions,
                                        "changed": report.changed}]
    assert body["period"] == {"from": "2024-01-01", "to": "2024-12-31"}


def test_examples_are_logged_decisions_of_their_group(log, draft):
    store, entries = log
    receipts = {e["receipt"].decision_id: e["receipt"] for e in entries}
    report = replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], engine="pandas", examples=2)
    for group in report.to_dict()["by_outcome"]:
        assert 1 <= len(group["examples"]) <= 2
        for decision_id in group["examples"]:
            receipt = receipts[decision_id]
            assert receipt.outputs == group["from"]
            new = decide(draft, receipt.facts, peildatum=receipt.peildatum, allow_context=True)
            assert to_json_value(new.outputs) == group["to"]


def test_the_same_draft_changes_nothing(log):
    store, entries = log
    live = bundled(TABLE).compiled
    report = replay_log(store, TABLE, live, start=YEAR[0], end=YEAR[1], engine="pandas")
    assert report.decisions == len(_in_period(entries, *YEAR)) and report.changed == 0
    body = report.to_dict()
    assert body["by_outcome"] == body["by_rows"] == body["by_inputs"] == []


def test_withdrawn_decisions_and_other_days_are_not_replayed(log, draft):
    store, entries = log
    start, end = date(2024, 3, 10), date(2024, 4, 20)  # months cut at both ends
    report = replay_log(store, TABLE, draft, start=start, end=end, engine="pandas")
    assert report.decisions == len(_in_period(entries, start, end)) > 0
    assert report.partitions == 2
    assert report_flips(report) == independent_count(entries, draft, start, end)
    assert replay_log(store, "uitwisseling/au_pair", draft, start=start, end=end, engine="pandas").decisions == 0


def test_dask_gives_the_same_report_as_pandas(log, draft):
    store, _ = log
    pandas = replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], engine="pandas")
    for scheduler in ("threads", "synchronous"):
        dask = replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], engine="dask", scheduler=scheduler)
        assert dask.to_dict()["engine"] == "dask"
        assert _without_timing(dask) == _without_timing(pandas)


def test_on_a_local_cluster_with_two_workers_the_counts_are_the_same(log, draft):
    """Two workers of a dask.distributed LocalCluster (threads: processes take too long on 2 cores)."""
    from distributed import Client, LocalCluster

    store, entries = log
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        seen = []
        report = replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], scheduler=client,
                            progress=lambda done, total: seen.append((done, total)))
        assert len(client.scheduler_info()["workers"]) == 2
    assert report_flips(report) == independent_count(entries, draft, *YEAR)
    assert report.decisions == len(_in_period(entries, *YEAR))
    assert seen == [(k, 12) for k in range(1, 13)]


def test_progress_is_reported_per_month(log, draft):
    store, _ = log
    for engine in ("pandas", "dask"):
        seen = []
        replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], engine=engine,
                   progress=lambda done, total: seen.append((done, total)))
        assert seen == [(k, 12) for k in range(1, 13)], engine


def test_flips_are_put_down_to_the_diffs_changed_rows(log, draft):
    store, _ = log
    report = replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], engine="pandas",
                        changed_rows={("afwijzing", "WH-A12")})
    groups = report.to_dict()["by_rows"]
    assert groups == [{"rows": [{"table": "afwijzing", "regel_id": "WH-A12"}], "count": report.changed,
                       "examples": groups[0]["examples"]}]
    # without the diff: the rows that matched in one version only, WH-A12 among them
    plain = replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], engine="pandas").to_dict()["by_rows"]
    assert sum(g["count"] for g in plain) == report.changed
    assert all({"table": "afwijzing", "regel_id": "WH-A12"} in g["rows"] for g in plain)


def test_the_inputs_that_set_the_flips_apart_are_the_age_and_the_nationality(log, draft):
    store, entries = log
    report = replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], engine="pandas")
    by_inputs = {item["input"]: item for item in report.to_dict()["by_inputs"]}
    assert next(iter(by_inputs)) == "geboortedatum"  # the most telling input comes first
    ages = {v["value"]: v for v in by_inputs["geboortedatum"]["values"]}
    assert {v for v, item in ages.items() if item["changed"]} <= {f"{a} jaar" for a in range(31, 36)}
    assert sum(item["changed"] for item in ages.values()) == report.changed
    # the age limit raised is that of B2/2.1.2: only its nationalities flip
    nations = {v["value"] for v in by_inputs["nationaliteit"]["values"] if v["changed"]}
    assert nations and nations <= {"HK", "KR", "AR", "JP", "TW", "UY"}
    for item in ages.values():
        assert 0 <= item["changed"] <= item["decisions"]


def test_a_case_the_draft_refuses_counts_as_changed_in_a_group_of_its_own(log, tmp_path):
    store, entries = log
    draft = draft_with_new_input(tmp_path)
    report = replay_log(store, TABLE, draft, start=YEAR[0], end=YEAR[1], engine="pandas")
    assert report.changed == report.decisions == len(_in_period(entries, *YEAR))
    targets = {repr(g["to"]) for g in report.to_dict()["by_outcome"]}
    assert targets == {repr({"fout": "ongeldige_feiten", "velden": ["verklaring_omtrent_gedrag"]})}
    assert report_flips(report) == independent_count(entries, draft, *YEAR)


def test_a_period_that_ends_before_it_starts_is_refused(log, draft):
    store, _ = log
    with pytest.raises(ValueError):
        replay_log(store, TABLE, draft, start=date(2024, 2, 1), end=date(2024, 1, 1))
    with pytest.raises(ValueError):
        replay_log(store, TABLE, draft, start=date(2024, 1, 1), end=date(2024, 2, 1), engine="spark")


@pytest.mark.parametrize("table_id", ["medisch/medische_behandeling", "inburgering/hardheidsclausule"])
def test_decisions_with_facts_left_out_replay_as_they_were_decided(tmp_path, table_id):
    """A log with onvolledig decisions (facts nobody gave) replayed by the same version: every
    decision comes out as logged, as the case-by-case path decides it three-valued."""
    import random

    from policy.errors import PolicyError as _Refused
    from policy.impact import boundaries, make_case
    from policy.store import Store

    compiled = bundled(table_id).compiled
    store = Store(f"sqlite:///{tmp_path / 'regelwerk.db'}")
    store.migrate()
    try:
        rng = random.Random(11)
        days, mentioned = boundaries(compiled.data)
        statuses = Counter()
        optional = [s["name"] for s in compiled.data["inputs"] if not s["required"]]
        while sum(statuses.values()) < 300:
            facts = make_case(rng, compiled.data, days, mentioned)
            for name in optional:  # leave some facts out
                if rng.random() < 0.2:
                    facts.pop(name, None)
            try:
                decision = decide(compiled, facts)
            except _Refused:
                continue
            statuses[decision.status] += 1
            store.append_decisions([(decision, None, "reference", "test")], decision_date=date(2024, 6, 1))
        assert statuses["onvolledig"] >= 20, statuses
        report = replay_log(store, table_id, compiled, start=date(2024, 1, 1), end=date(2024, 12, 31), engine="pandas")
        assert report.decisions == 300 and report.changed == 0, report.to_dict()["by_outcome"][:3]
    finally:
        store.dispose()
