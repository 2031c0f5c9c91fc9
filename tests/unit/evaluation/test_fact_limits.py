"""Facts beyond what the engine holds exactly are invalid facts on every path (a 400, never a 422)."""

from datetime import date

import pytest

from policy.catalog import load_table
from policy.engine import DurableMatcher
from policy.evaluation import decide
from tests.factories import build_workbook


@pytest.mark.parametrize("matcher", [None, DurableMatcher()])
def test_a_text_fact_longer_than_the_engine_holds_is_invalid_on_both_paths(matcher):
    import pandas as pd

    from policy.errors import FactsInvalidError
    from policy.evaluation.batch import evaluate_frame

    spec = dict(
        metadata={"titel": "T", "eigenaar": "Team Test", "beslissingsregel": "FIRST", "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "naam", "type": "tekst"}],
        outputs=[{"naam": "uit", "type": "ja/nee"}],
        rules=[{"regel_id": "R1", "naam": 'Jan "de" \\Vries', "uit": "ja", "bron": "Vc B1",
                "geldig_van": date(2020, 1, 1)},
               {"regel_id": "R2", "naam": "-", "uit": "nee", "bron": "Vc B1", "geldig_van": date(2020, 1, 1)}],
    )
    loaded, _ = load_table(build_workbook(**spec), table_id="t/tekst")
    base = {"aanvraagdatum": "2024-01-01"}
    assert decide(loaded.compiled, {**base, "naam": 'Jan "de" \\Vries'}, matcher=matcher).outputs == {"uit": True}
    assert decide(loaded.compiled, {**base, "naam": "x" * 10_000}, matcher=matcher).outputs == {"uit": False}
    with pytest.raises(FactsInvalidError) as exc:
        decide(loaded.compiled, {**base, "naam": "x" * 10_001}, matcher=matcher)
    assert "is te lang" in exc.value.errors["naam"][0]
    out = evaluate_frame(loaded.compiled, pd.DataFrame([{**base, "naam": "x" * 10_001}, {**base, "naam": "kort"}]))
    assert set(out.loc[0, "fout"]) == {"naam"} and out.loc[1, "uit"] is False
