"""Deciding with facts nobody gave on a large table: the three-valued pass tests only the rows the
row index gives for the key column's known value, and answers exactly as when it tests every row
(the key column itself unknown included)."""

from __future__ import annotations

import random
from typing import Any

import pytest

import policy.reference.matcher as reference_matcher
from policy.compiler import compile_table
from policy.errors import PolicyError
from policy.evaluation import decide
from policy.evaluation.decide import plan_for
from policy.reference import ReferenceMatcher
from policy.reference.matcher import row_index
from policy.workbook import read_workbook
from tests.factories import build_workbook
from tests.unit.engine.wide import wide_cases, wide_workbook

OPTIONAL = ("band0", "land1", "soort4")  # the key column, a country list and a choice list


def _table(policy: str) -> Any:
    spec = wide_workbook(150, 9, policy, layout="grid", seed=9)
    for field in spec["inputs"]:
        if field["naam"] in OPTIONAL:
            field["verplicht"] = "nee"
    table, diagnostics = read_workbook(build_workbook(**spec), table_id="t/onbekend_breed")
    assert table is not None, diagnostics
    return compile_table(table)


def _outcome(compiled: Any, facts: dict[str, Any]) -> Any:
    try:
        d = decide(compiled, facts, matcher=ReferenceMatcher())
    except PolicyError as exc:
        return ("error", exc.code)
    return (d.outputs, [m.regel_id for m in d.matched_rows], d.missing_facts)


@pytest.mark.parametrize("policy", ["FIRST", "COLLECT"])
def test_unknown_facts_on_an_indexed_table_decide_as_the_walk_of_every_row(
    policy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    indexed, walked = _table(policy), _table(policy)  # two versions: each keeps its own plan and index
    rng = random.Random(len(policy))
    cases = wide_cases(rng, indexed.data, 250)
    for n, facts in enumerate(cases):  # leave out some optional facts (the key column too, at times)
        for name in OPTIONAL + ("lijst6",):
            if rng.random() < (0.2 if name == "band0" else 0.4):
                facts.pop(name, None)
    answers = [_outcome(indexed, facts) for facts in cases]
    sub = plan_for(indexed).steps[-1][1]
    assert row_index(sub, lambda: []).field == "band0"  # the three-valued pass used the index
    monkeypatch.setattr(reference_matcher, "INDEX_MIN_RULES", 10**9)  # no index: every row tested
    assert [_outcome(walked, facts) for facts in cases] == answers
    assert row_index(plan_for(walked).steps[-1][1], lambda: []).field is None
    assert sum(a[0] != "error" and bool(a[2]) for a in answers) > 20  # many answers still need a fact
