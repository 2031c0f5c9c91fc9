"""standaard 'geen waarde': a deliberate gap is a warning and answers no value; undeclared it stays an error."""

from __future__ import annotations

import pytest

from policy.catalog import load_table, make_matcher
from policy.evaluation import decide
from tests.factories import build_workbook


def _load(standaard, kind="keuzelijst"):
    data = build_workbook(
        metadata={"titel": "T", "eigenaar": "Team Test", "beslissingsregel": "EERSTE", "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "leeftijd", "type": "geheel getal"}],
        outputs=[{"naam": "besluit", "type": kind, "toegestane_waarden": "ja, nee" if kind == "keuzelijst" else None,
                  "standaard": standaard}],
        rules=[{"regel_id": "R1", "leeftijd": ">= 18", "besluit": "ja" if kind != "getal" else 1, "bron": "Vc B1"}],
    )
    return load_table(data, table_id="t/gat", workbook_name="gat.xlsx")


def test_an_undeclared_gap_stays_an_error():
    loaded, diagnostics = _load(None)
    assert loaded is None
    assert {d.code for d in diagnostics if d.is_error} == {"gat_in_tabel"}


@pytest.mark.parametrize("kind", ["keuzelijst", "tekst", "getal"])
@pytest.mark.parametrize("matcher", ["durable", "reference"])
def test_geen_waarde_makes_the_gap_a_warning_and_answers_no_value(kind, matcher):
    loaded, diagnostics = _load("geen waarde", kind)
    assert loaded is not None, [str(d) for d in diagnostics]
    assert [d.code for d in diagnostics if d.code.startswith("gat")] == ["gat_bewust"]
    assert not any(d.is_error for d in diagnostics)
    d = decide(loaded.compiled, {"aanvraagdatum": "2024-01-01", "leeftijd": 10}, matcher=make_matcher(matcher))
    assert d.outputs["besluit"] is None
    assert list(d.matched_rows) == []
