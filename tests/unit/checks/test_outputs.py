"""Outputs of collecting tables must have the type the hit policy gives them (read from workbooks)."""

from datetime import date

import pytest

from policy.catalog import load_table
from policy.engine import DurableMatcher
from policy.evaluation import decide
from tests.factories import build_workbook


def spec(policy: str, output_type: str, allowed: str | None = "leeftijd, uren", values=("leeftijd", "uren")):
    return dict(
        metadata={"titel": "Gronden", "eigenaar": "Team Test", "beslissingsregel": policy,
                  "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "leeftijd", "type": "geheel getal"},
                {"naam": "uren", "type": "geheel getal"}],
        outputs=[{"naam": "grond", "type": output_type, "toegestane_waarden": allowed}],
        rules=[
            {"regel_id": "G1", "leeftijd": "> 30", "uren": "-", "grond": values[0], "bron": "Vc B1",
             "geldig_van": date(2020, 1, 1)},
            {"regel_id": "G2", "leeftijd": "-", "uren": "> 30", "grond": values[1], "bron": "Vc B1",
             "geldig_van": date(2020, 1, 1)},
        ],
    )


def load(s):
    return load_table(build_workbook(**s), table_id="t/gronden", workbook_name="gronden.xlsx")


@pytest.mark.parametrize("policy, output_type, allowed, values, expected", [
    ("COLLECT", "keuzelijst", "leeftijd, uren", ("leeftijd", "uren"), "een lijst van de uitkomsten"),
    ("RULE ORDER", "tekst", None, ("te_oud", "te_veel_uren"), "een lijst van de uitkomsten"),
    ("COLLECT SUM", "keuzelijst", "leeftijd, uren", ("leeftijd", "uren"), "de som van de uitkomsten"),
    ("COLLECT COUNT", "tekst", None, ("te_oud", "te_veel_uren"), "het aantal uitkomsten"),
    ("COLLECT MAX", "ja/nee", None, ("ja", "nee"), "de grootste uitkomst"),
])
def test_an_output_the_policy_cannot_fill_is_an_error_at_its_type_cell(policy, output_type, allowed, values, expected):
    loaded, diagnostics = load(spec(policy, output_type, allowed, values))
    assert loaded is None
    [d] = [d for d in diagnostics if d.is_error]
    assert d.code == "uitvoer_type_past_niet"
    assert (d.location.werkboek, d.location.blad, d.location.cel) == ("gronden.xlsx", "Uitvoer", "B2")
    assert expected in d.message and f"type '{output_type}'" in d.message


@pytest.mark.parametrize("policy, output_type, values, facts, outcome", [
    ("COLLECT", "lijst", ("leeftijd", "uren"), {"leeftijd": 40, "uren": 40}, ["leeftijd", "uren"]),
    ("COLLECT COUNT", "geheel getal", (1, 1), {"leeftijd": 40, "uren": 40}, 2),
    ("COLLECT SUM", "getal", (1.5, 2), {"leeftijd": 40, "uren": 40}, 3.5),
    ("COLLECT MIN", "geheel getal", (3, 7), {"leeftijd": 40, "uren": 40}, 3),
    ("COLLECT MAX", "datum", (date(2024, 1, 1), date(2025, 1, 1)), {"leeftijd": 40, "uren": 40}, date(2025, 1, 1)),
])
def test_a_fitting_type_loads_and_both_matchers_give_it(policy, output_type, values, facts, outcome):
    loaded, diagnostics = load(spec(policy, output_type, "leeftijd, uren" if output_type == "lijst" else None, values))
    assert loaded is not None, [str(d) for d in diagnostics]
    facts = {"aanvraagdatum": "2024-05-01", **facts}
    assert decide(loaded.compiled, facts).outputs == {"grond": outcome}
    assert decide(loaded.compiled, facts, matcher=DurableMatcher()).outputs == {"grond": outcome}
