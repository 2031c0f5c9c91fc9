"""decide's generated steps (policy.evaluation.steps) say what its traced loop says.

Without ``explain`` a decision runs the plan's steps as one generated function; with it, the loop
that traces each step. Both must give the same Decision (the trace aside) on every example of
every bundled table, with each example's facts and with each optional fact left out (the
three-valued path), including the errors they raise.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from policy.errors import PolicyError
from policy.evaluation import decide
from policy.evaluation.decide import _prepared
from policy.evaluation.steps import source_of
from policy.evaluation.unknown import Unknown, certainly_unknown, unknown_needing
from tests.bundled import bundled, bundled_ids


def _outcome(compiled: Any, facts: dict[str, Any], peildatum: date | None, explain: bool) -> Any:
    try:
        d = decide(compiled, facts, peildatum=peildatum, explain=explain)
    except PolicyError as exc:
        return type(exc).__name__, exc.code, exc.message
    out = d.to_dict()
    out.pop("trace", None)
    return out


@pytest.mark.parametrize("table_id", bundled_ids())
def test_generated_steps_decide_as_the_traced_loop(table_id):
    compiled = bundled(table_id).compiled
    optional = [f["name"] for f in compiled.data["inputs"] if not f["required"]]
    cases = 0
    for ex in compiled.data.get("examples", []):
        peildatum = date.fromisoformat(ex["peildatum"]) if ex.get("peildatum") else None
        variants = [ex["facts"]] + [{k: v for k, v in ex["facts"].items() if k != name}
                                    for name in optional if name in ex["facts"]]
        for facts in variants:
            assert _outcome(compiled, facts, peildatum, False) == _outcome(compiled, facts, peildatum, True), \
                (ex["name"], facts)
            cases += 1
    assert cases or not compiled.data.get("examples")


def test_generated_source_reads_as_the_plan():
    compiled = bundled("uitwisseling/working_holiday").compiled
    source = source_of(_prepared(compiled)[2].run)
    assert source.startswith("def run(env, param, match, data, pd, day, unknown, matched):")
    for index, name in enumerate(t["name"] for t in compiled.data["tables"]):
        assert f"# table {index}: {name!r}" in source
        assert f"        indices = match(data, {index}, encoded, pd)\n" in source  # one line per table
    for d in compiled.data["derived"]:
        assert f"    # derived field {d['name']}\n" in source
    # the dates a table tests reach the matcher as ordinals
    assert "encoded['preregistratie_datum'] = encoded['preregistratie_datum'].toordinal()" in source


def test_certainly_unknown_only_for_formulas_of_leaves():
    assert certainly_unknown(["call", "dagen_tussen", [["name", "a"], ["name", "b"]]]) == ("a", "b")
    assert certainly_unknown(["cmp", ">=", ["name", "a"], ["lit", 3]]) == ("a",)
    assert certainly_unknown(["call", "is_leeg", [["name", "a"]]]) is None  # knows an absent fact
    assert certainly_unknown(["call", "als", [["name", "c"], ["lit", 1], ["lit", 1]]]) is None
    assert certainly_unknown(["and", [["name", "a"], ["name", "b"]]]) is None  # a known nee settles it
    assert certainly_unknown(["bin", "+", ["bin", "+", ["name", "a"], ["lit", 1]], ["lit", 1]]) is None


def test_unknowns_by_their_needs_are_shared():
    u = unknown_needing(frozenset({"x"}))
    assert u is unknown_needing(frozenset({"x"})) and u == Unknown(frozenset({"x"}))
