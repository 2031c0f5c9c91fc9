"""Round trip: every bundled workbook exported to DMN (one model per period) and imported again
decides like the original on the oracle's generated inputs (tests/test_oracle.py's generator,
``policy.impact.make_case``), on the reference evaluator and, for a sample, on the durable path.

What does not travel: the quota declaration (the service applies it; the export warns), the
worked examples (Voorbeelden) and the validity dates (each model holds one period). Decisions
are compared per period: a case goes to the model of the period its peildatum falls in.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from policy.catalog import load_table, make_matcher
from policy.dmn import export_models, import_dmn
from policy.errors import PolicyError
from policy.evaluation import decide
from policy.evaluation.controls import screen_facts
from policy.impact import boundaries, make_case
from policy.workbook import read_workbook
from tests.bundled import TABLES_DIR, bundled, bundled_ids

REFERENCE = make_matcher("reference")
DURABLE = make_matcher("durable")
CASES = 3000


def outcome(compiled, facts, matcher):
    try:
        d = decide(compiled, facts, matcher=matcher)
    except PolicyError as exc:
        return ("error", exc.code)
    return ({k: list(v) if isinstance(v, tuple) else v for k, v in d.outputs.items()},
            [(m.table, m.regel_id) for m in d.matched_rows])


def _round_trip(table_id, tmp_path):
    table, _ = read_workbook((TABLES_DIR / f"{table_id}.xlsx").read_bytes(), table_id=table_id)
    models, problems = export_models(table)
    assert not [p for p in problems if p.is_error], [str(p) for p in problems]
    back = []
    for n, model in enumerate(models):
        source = tmp_path / f"{n}.dmn"
        source.write_bytes(model.xml)
        target = tmp_path / f"{n}.xlsx"
        import_problems, _ = import_dmn(source, target)
        assert import_problems == [], [str(p) for p in import_problems]
        loaded, diagnostics = load_table(target, table_id=table_id, workbook_name=target.name)
        assert loaded is not None, [str(d) for d in diagnostics if d.is_error]
        back.append((model.start, model.end, loaded.compiled))
    return problems, back


def _model_for(back, day):
    for start, end, compiled in back:
        if (start is None or start <= day) and (end is None or day <= end):
            return compiled
    return None


def _incomplete(compiled, facts):
    """Whether the original still lacks facts (``ontbrekende_feiten``) for this case."""
    try:
        return bool(decide(compiled, facts).missing_facts)
    except PolicyError:
        return False


def _no_other_answer(got, want, facts):
    """With facts left out, the joint enumeration of unknown facts works within a budget that
    follows a table's shape, which the DMN round trip changes (decisions become tables): the
    imported model may leave open what the original settled, but never decide it otherwise."""
    assert got[0] != "error" and want[0] != "error", facts
    for name, value in got[0].items():
        assert value is None or value == want[0].get(name), (name, facts)
    assert set(got[1]) <= set(want[1]), facts


@pytest.mark.parametrize("table_id", bundled_ids())
def test_export_then_import_decides_identically(table_id, tmp_path):
    original = bundled(table_id).compiled
    problems, back = _round_trip(table_id, tmp_path)
    peil = original.data["peildatum_field"]
    days, mentioned = boundaries(original.data)
    rng = random.Random(20261203)
    decided = considered = 0
    for k in range(CASES):
        facts = make_case(rng, original.data, days, mentioned)
        want = outcome(original, facts, REFERENCE)
        if screen_facts(original, facts) is not None:  # refused by Controles, which do not travel
            continue
        considered += 1
        try:
            day = date.fromisoformat(facts[peil])
        except (KeyError, TypeError, ValueError):
            day = None
        compiled = _model_for(back, day) if day else back[0][2]
        if compiled is None:  # no row in force that day: no model, and the original decides nothing
            assert want[0] == "error", (facts, want)
            continue
        got = outcome(compiled, facts, REFERENCE)
        if got != want and _incomplete(original, facts):
            _no_other_answer(got, want, facts)
        else:
            assert got == want, facts
        if k % 10 == 0:  # the imported model on durable answers as on the reference
            assert outcome(compiled, facts, DURABLE) == got, facts
        decided += want[0] != "error"
    # the cases reach the rules, not only validation errors
    assert considered >= CASES // 10 and decided >= considered // 3


def test_the_quota_is_named_as_not_exported():
    table = bundled("uitwisseling/working_holiday").table
    _, problems = export_models(table)
    assert [(p.code, p.severity) for p in problems] == [("dmn_export_onvolledig", "waarschuwing")] * 2
    assert problems[0].location.cel == "B6" and "quotum" in problems[0].message
    assert problems[1].location.blad == "Controles" and "Controles" in problems[1].message


def test_one_model_per_period_of_validity():
    table = bundled("uitwisseling/au_pair").table
    models, _ = export_models(table)
    assert [(m.start, m.end) for m in models] == [(None, date(2022, 9, 30)), (date(2022, 10, 1), None)]
