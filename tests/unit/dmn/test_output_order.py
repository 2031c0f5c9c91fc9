"""OUTPUT ORDER (UITVOERVOLGORDE): every matching row, ordered by the output's allowed values (DMN 1.3)."""

from __future__ import annotations

import pandas as pd
import pytest

from policy.catalog import load_table, make_matcher
from policy.evaluation import decide
from policy.evaluation.batch import evaluate_frame
from tests.factories import build_workbook


def _table(policy="UITVOERVOLGORDE"):
    data = build_workbook(
        metadata={"titel": "T", "eigenaar": "Team Test", "beslissingsregel": policy, "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "leeftijd", "type": "geheel getal"}],
        outputs=[{"naam": "grond", "type": "lijst", "toegestane_waarden": "hoog, midden, laag"}],
        rules=[
            {"regel_id": "R1", "leeftijd": ">= 0", "grond": "laag", "bron": "Vc B1"},
            {"regel_id": "R2", "leeftijd": ">= 18", "grond": "hoog", "bron": "Vc B1"},
            {"regel_id": "R3", "leeftijd": ">= 10", "grond": "midden", "bron": "Vc B1"},
        ],
    )
    loaded, diagnostics = load_table(data, table_id="t/volgorde", workbook_name="volgorde.xlsx")
    assert loaded is not None, [str(d) for d in diagnostics]
    return loaded.compiled


@pytest.mark.parametrize("matcher", ["durable", "reference"])
def test_output_order_sorts_the_hits_by_the_allowed_values(matcher):
    compiled = _table()
    d = decide(compiled, {"aanvraagdatum": "2024-01-01", "leeftijd": 20}, matcher=make_matcher(matcher))
    assert list(d.outputs["grond"]) == ["hoog", "midden", "laag"]
    assert [m.regel_id for m in d.matched_rows] == ["R2", "R3", "R1"]
    rule_order = decide(_table("REGELVOLGORDE"), {"aanvraagdatum": "2024-01-01", "leeftijd": 20},
                        matcher=make_matcher(matcher))
    assert list(rule_order.outputs["grond"]) == ["laag", "hoog", "midden"]


def test_the_batch_path_orders_alike():
    compiled = _table()
    cases = [{"aanvraagdatum": "2024-01-01", "leeftijd": n} for n in (5, 12, 30)]
    out = evaluate_frame(compiled, pd.DataFrame(cases))
    reference = make_matcher("reference")
    for i, facts in enumerate(cases):
        assert list(out.loc[i, "grond"]) == list(decide(compiled, facts, matcher=reference).outputs["grond"])
    assert list(out.loc[2, "grond"]) == ["hoog", "midden", "laag"]


def _two_outputs(policy):
    data = build_workbook(
        metadata={"titel": "T", "eigenaar": "Team Test", "beslissingsregel": policy, "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "leeftijd", "type": "geheel getal"}],
        outputs=[{"naam": "grond", "type": "keuzelijst" if policy == "PRIORITEIT" else "lijst",
                  "toegestane_waarden": "hoog, laag"},
                 {"naam": "termijn", "type": "keuzelijst" if policy == "PRIORITEIT" else "lijst",
                  "toegestane_waarden": "kort, lang"}],
        rules=[
            {"regel_id": "R1", "leeftijd": ">= 0", "grond": "laag", "termijn": "kort", "bron": "Vc B1"},
            {"regel_id": "R2", "leeftijd": ">= 10", "grond": "hoog", "termijn": "lang", "bron": "Vc B1"},
            {"regel_id": "R3", "leeftijd": ">= 18", "grond": "hoog", "termijn": "kort", "bron": "Vc B1"},
            {"regel_id": "R4", "leeftijd": "< 0", "grond": "laag", "termijn": "lang", "bron": "Vc B1"},
        ],
    )
    loaded, diagnostics = load_table(data, table_id="t/twee", workbook_name="twee.xlsx")
    assert loaded is not None, [str(d) for d in diagnostics]
    return loaded.compiled


@pytest.mark.parametrize("matcher", ["durable", "reference"])
def test_the_next_output_breaks_ties_in_output_order_and_priority(matcher):
    """DMN 1.3: the first output's allowed values order the hits, the next output's break ties."""
    facts = {"aanvraagdatum": "2024-01-01", "leeftijd": 20}
    d = decide(_two_outputs("UITVOERVOLGORDE"), facts, matcher=make_matcher(matcher))
    assert [m.regel_id for m in d.matched_rows] == ["R3", "R2", "R1"]
    assert list(d.outputs["grond"]) == ["hoog", "hoog", "laag"]
    assert list(d.outputs["termijn"]) == ["kort", "lang", "kort"]
    p = decide(_two_outputs("PRIORITEIT"), facts, matcher=make_matcher(matcher))
    assert [m.regel_id for m in p.matched_rows] == ["R3"]
    assert (p.outputs["grond"], p.outputs["termijn"]) == ("hoog", "kort")


def test_the_batch_path_breaks_ties_alike():
    compiled = _two_outputs("UITVOERVOLGORDE")
    cases = [{"aanvraagdatum": "2024-01-01", "leeftijd": n} for n in (5, 12, 30)]
    out = evaluate_frame(compiled, pd.DataFrame(cases))
    assert list(out.loc[2, "regels"]) == ["R3", "R2", "R1"]
    assert list(out.loc[1, "termijn"]) == ["lang", "kort"]
