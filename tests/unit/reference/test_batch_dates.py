"""Date formulas give the same answers, and the same rekenfout, case by case (both matchers) and in a batch."""

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from policy.catalog import load_table, make_matcher
from policy.errors import PolicyError
from policy.evaluation import decide
from policy.reference.unknown_rows import evaluate_cases  # the batch path: evaluate_frame, and decide for unknown facts
from tests.factories import build_workbook

START = date(2020, 1, 1)
DURABLE = make_matcher("durable")


def _workbook(hit_policy: str) -> bytes:
    return build_workbook(
        metadata={"titel": "Datums", "eigenaar": "Team Test", "beslissingsregel": hit_policy,
                  "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"},
                {"naam": "afstudeerdatum", "type": "datum", "verplicht": "nee"},
                {"naam": "maanden", "type": "getal", "verplicht": "nee"},
                {"naam": "jaren", "type": "geheel getal", "verplicht": "nee"}],
        derived=[
            {"naam": "grens", "type": "datum", "formule": "datum_plus(aanvraagdatum, maanden=-12)"},
            {"naam": "verschoven", "type": "datum",
             "formule": "datum_plus(afstudeerdatum, jaren=jaren, maanden=maanden, dagen=-1)"},
            {"naam": "recent", "type": "ja/nee", "formule": "afstudeerdatum >= grens"},
            {"naam": "maanden_geleden", "type": "geheel getal",
             "formule": "maanden_tussen(afstudeerdatum, aanvraagdatum)"},
            {"naam": "jaren_geleden", "type": "geheel getal", "formule": "jaren_tussen(afstudeerdatum, aanvraagdatum)"},
            {"naam": "dagen_geleden", "type": "geheel getal", "formule": "dagen_tussen(afstudeerdatum, aanvraagdatum)"},
            # a dated parameter holding a date is a date in both paths
            {"naam": "ingang", "type": "datum", "formule": 'parameter("ingang")'},
            {"naam": "na_ingang", "type": "ja/nee", "formule": 'aanvraagdatum >= parameter("ingang")'},
            {"naam": "ingang_later", "type": "datum", "formule": 'datum_plus(parameter("ingang"), maanden=1)'},
        ],
        outputs=[{"naam": "besluit", "type": "keuzelijst", "toegestane_waarden": "ja, nee, onbekend"},
                 {"naam": "einddatum", "type": "datum"},
                 {"naam": "termijn", "type": "geheel getal"}],
        rules=[
            {"regel_id": "R1", "recent": "ja", "na_ingang": "-", "besluit": "ja",
             "einddatum": "datum_plus(verschoven, maanden=maanden_geleden)",
             "termijn": "maanden_geleden + jaren_geleden + dagen_geleden", "bron": "Vc B4/2.1", "geldig_van": START},
            {"regel_id": "R4", "recent": "nee", "na_ingang": "ja", "besluit": "nee", "einddatum": "ingang_later",
             "termijn": "dagen_tussen(ingang, aanvraagdatum)", "bron": "Vc B4/2.1", "geldig_van": START},
            {"regel_id": "R2", "recent": "nee", "na_ingang": "nee", "besluit": "nee",
             "einddatum": "datum_plus(aanvraagdatum, jaren=jaren)", "termijn": "dagen_tussen(grens, aanvraagdatum)",
             "bron": "Vc B4/2.1", "geldig_van": START},
            {"regel_id": "R3", "recent": "leeg", "besluit": "onbekend", "einddatum": "leeg", "termijn": "leeg",
             "bron": "Vc B4/2.1", "geldig_van": START},
        ],
        parameters=[{"naam": "ingang", "waarde": date(2021, 1, 31), "geldig_van": START, "geldig_tot": date(2022, 12, 31),
                     "bron": "Vc B4/2.1"},
                    {"naam": "ingang", "waarde": date(2023, 8, 31), "geldig_van": date(2023, 1, 1),
                     "bron": "Vc B4/2.1"}],
    )


def _day(rng: random.Random) -> date:
    """Dates near month ends and 29 February, where date arithmetic is hard."""
    year = rng.choice([2020, 2021, 2023, 2024])
    month = rng.randint(1, 12)
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_next - timedelta(days=rng.choice([1, 2, 3, 4, 0, 15, 29]))


def _case(rng: random.Random) -> dict:
    case: dict = {"aanvraagdatum": _day(rng).isoformat()}
    if rng.random() < 0.9:
        case["afstudeerdatum"] = (_day(rng) - timedelta(days=365 * rng.randint(0, 2))).isoformat()
    pick = rng.random()
    if pick < 0.8:
        case["maanden"] = rng.choice([0, 1, -1, 11, 12, 13, -25, 2.0])
    elif pick < 0.9:
        case["maanden"] = rng.choice([0.5, -1.25])  # not whole: a rekenfout on both paths
    if rng.random() < 0.85:
        case["jaren"] = rng.choice([0, 1, -1, 4, 10_000, -3_000])  # the large ones leave the calendar
    return case


def _scalar(compiled, facts, matcher=None):
    try:
        d = decide(compiled, facts, matcher=matcher)
    except PolicyError as exc:
        return ("fout", exc.message)
    return (d.outputs, [m.regel_id for m in d.matched_rows])


@pytest.mark.parametrize("hit_policy", ["FIRST", "UNIQUE", "PRIORITY"])
def test_date_formulas_agree_between_the_scalar_and_the_batch_path(hit_policy):
    loaded, diagnostics = load_table(_workbook(hit_policy), table_id="t/datums", workbook_name="datums.xlsx")
    assert loaded is not None, diagnostics
    compiled = loaded.compiled
    rng = random.Random(20261202)
    cases = [_case(rng) for _ in range(1500)]
    out = evaluate_cases(compiled, pd.DataFrame(cases))
    failures = 0
    for i, facts in enumerate(cases):
        want = _scalar(compiled, facts)
        if i % 5 == 0:  # the durable-rules matcher reads the derived dates the same way
            assert _scalar(compiled, facts, DURABLE) == want, facts
        errors = out.loc[i, "fout"]
        if want[0] == "fout":
            failures += 1
            assert errors is not None, facts
            assert want[1] in [m for messages in errors.values() for m in messages], (facts, errors)
            continue
        assert errors is None, (facts, errors)
        got = {name: list(v) if isinstance(v, tuple) else v for name in want[0] for v in [out.loc[i, name]]}
        assert got == want[0], facts
        assert list(out.loc[i, "regels"]) == want[1], facts
    assert 50 < failures < 600  # both kinds of rekenfout were met, and most cases decided


def test_a_batch_row_that_leaves_the_calendar_fails_alone_with_the_cell_named():
    loaded, _ = load_table(_workbook("FIRST"), table_id="t/datums", workbook_name="datums.xlsx")
    frame = pd.DataFrame([
        {"aanvraagdatum": "2024-02-29", "afstudeerdatum": "2023-06-30", "maanden": 1, "jaren": 0},
        {"aanvraagdatum": "2024-02-29", "afstudeerdatum": "2023-06-30", "maanden": 1, "jaren": 9_000},
    ])
    out = evaluate_cases(loaded.compiled, frame)
    assert out.loc[0, "fout"] is None and out.loc[0, "besluit"] == "ja"
    [message] = [m for messages in out.loc[1, "fout"].values() for m in messages]
    assert "blad Afgeleid, rij 3 (de formule van verschoven)" in message and "buiten de kalender" in message


@pytest.mark.parametrize("formula", [
    "datum_plus(a, dagen=d, maanden=m, jaren=j)",
    "datum_plus(a, maanden=m)",
    "maanden_tussen(a, b)",
    "jaren_tussen(a, b)",
    "dagen_tussen(a, b)",
    "leeftijd(a, b)",
    "a >= datum_plus(b, maanden=-12)",
])
def test_the_column_wise_date_functions_match_the_scalar_ones_without_falling_back(formula):
    from policy.expr import evaluate, parse_formula
    from policy.reference.vector import Column, evaluate_vector

    rng = random.Random(7)
    rows = [{"a": _day(rng), "b": _day(rng) if rng.random() < 0.95 else None, "d": rng.randint(-400, 400),
             "m": rng.randint(-30, 30), "j": rng.randint(-5, 5)} for _ in range(3000)]
    tree = parse_formula(formula)
    env = {}
    for name in ("a", "b", "d", "m", "j"):
        values = [r[name] for r in rows]
        valid = [v is not None for v in values]
        if name in ("a", "b"):
            env[name] = Column(pd.array([v.toordinal() if v else 0 for v in values]).to_numpy("int64"),
                               pd.array(valid).to_numpy(bool), "date")
        else:
            env[name] = Column(pd.array(values, dtype="float64").to_numpy(), pd.array(valid).to_numpy(bool), "num")
    col = evaluate_vector(tree, env, len(rows))  # raises if it could not do it column-wise
    for i, row in enumerate(rows):
        assert col.natural(i) == evaluate(tree, row), row
