"""The batch path's key index (rule_index) gives the plain rules x cases mask's answers on big
generated tables, with facts left out (invalid rows, and unknown facts flagged as suspect)."""

import random

import numpy as np
import pandas as pd
import pytest

from policy.compiler import compile_table
from policy.evaluation.batch import evaluate_frame, evaluate_frame_suspects, rule_index
from policy.evaluation.decide import plan_for
from policy.workbook import read_workbook
from tests.factories import build_workbook
from tests.unit.engine.wide import wide_cases, wide_workbook

#: inputs made optional without a default, so that leaving one out makes it unknown (band0: the key)
OPTIONAL = ("band0", "land1", "soort4", "band8")


def _compiled(rows, columns, policy, layout, seed):
    kwargs = wide_workbook(rows, columns, policy, layout=layout, seed=seed)
    for spec in kwargs["inputs"]:
        if spec["naam"] in OPTIONAL:
            spec["verplicht"] = "nee"
    table, diagnostics = read_workbook(build_workbook(**kwargs), table_id=f"test/index_{layout}_{seed}")
    assert table is not None, diagnostics
    return compile_table(table)


def _cases(compiled, n, seed):
    rng = random.Random(seed)
    cases = wide_cases(rng, compiled.data, n)
    for facts in cases:  # leave facts out: optional ones (unknown), required ones (an error), the date
        for name in list(facts):
            if rng.random() < (0.15 if name in OPTIONAL else 0.02):
                del facts[name]
    return pd.DataFrame(cases)


def _both(monkeypatch, compiled, frame, track):
    def run():
        if track:
            return evaluate_frame_suspects(compiled, frame)
        return evaluate_frame(compiled, frame), None

    monkeypatch.setattr(rule_index, "INDEX_MIN_RULES", 10 ** 9)
    plain, plain_suspect = run()
    monkeypatch.setattr(rule_index, "INDEX_MIN_RULES", 0)
    monkeypatch.setattr(rule_index, "MAX_SHARE", 2.0)
    monkeypatch.setattr(rule_index, "MAX_PAIR_SHARE", float("inf"))
    indexed, indexed_suspect = run()
    return plain, plain_suspect, indexed, indexed_suspect


@pytest.mark.parametrize(("policy", "layout", "seed"), [
    ("FIRST", "grid", 1), ("UNIQUE", "grid", 2), ("UNIQUE", "overlap", 3), ("COLLECT", "overlap", 4),
    ("RULE ORDER", "grid", 5), ("PRIORITY", "overlap", 6), ("COLLECT SUM", "overlap", 7), ("ANY", "overlap", 8),
])
def test_indexed_path_gives_the_mask_paths_answers(monkeypatch, policy, layout, seed):
    compiled = _compiled(300, 10, policy, layout, seed)
    frame = _cases(compiled, 600, seed)
    used = []
    for name in ("match_pairs", "suspect_pairs"):
        real = getattr(rule_index, name)
        monkeypatch.setattr(f"policy.evaluation.batch.tables.{name}",
                            lambda *a, _real=real, _name=name: used.append(_name) or _real(*a))
    for track in (False, True):
        plain, plain_suspect, indexed, indexed_suspect = _both(monkeypatch, compiled, frame, track)
        pd.testing.assert_frame_equal(indexed, plain)
        if track:
            assert np.array_equal(indexed_suspect, plain_suspect)
            assert plain_suspect.any()  # unknown facts were there to flag
    assert set(used) == {"match_pairs", "suspect_pairs"}, "the indexed path was not taken"
    assert plain["fout"].notna().any()  # rows with a required fact left out, or a hit-policy error
    assert (plain["fout"].isna() & plain["regels"].map(len).gt(0)).any()  # and decided rows


def test_big_table_takes_the_index_by_default():
    compiled = _compiled(1_000, 6, "FIRST", "grid", 9)
    frame = _cases(compiled, 300, 9)
    evaluate_frame(compiled, frame)
    plan = plan_for(compiled)
    (_, sub), = [step for step in plan.steps if step[0] == "table"]
    built = [index for (plan_id, sub_index, _), (owner, index) in rule_index._INDEXES.items()
             if owner is plan and sub_index == sub.index]
    assert built and built[0] is not None and built[0].key_field == "band0"


def test_an_empty_frame_gives_an_empty_answer_on_both_paths(monkeypatch):
    compiled = _compiled(300, 10, "FIRST", "grid", 1)
    frame = pd.DataFrame(columns=[spec["name"] for spec in compiled.data["inputs"]])
    plain, plain_suspect, indexed, indexed_suspect = _both(monkeypatch, compiled, frame, True)
    pd.testing.assert_frame_equal(indexed, plain)
    assert len(indexed) == 0 and len(indexed_suspect) == len(plain_suspect) == 0
