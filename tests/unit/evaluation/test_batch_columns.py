"""The batch path's column shapes: a frame gives the same answers and messages whatever the dtype
of its columns (pandas' string dtype, str objects, numpy integers and booleans), and the
calendar arithmetic of leeftijd / maanden_tussen is Python's date arithmetic."""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from policy.compiler import compile_table
from policy.errors import PolicyError
from policy.evaluation import decide
from policy.evaluation.batch import evaluate_frame
from policy.evaluation.batch.vector import _months, _years
from tests.unit.evaluation.test_decide import BESLUIT, DERIVED, GRONDEN, INPUTS, OUTPUTS, PARAMS
from tests.unit.evaluation.model_builder import table

COMPILED = compile_table(table(INPUTS, OUTPUTS, [BESLUIT, GRONDEN], derived=DERIVED, parameters=PARAMS))

DATES = ["2024-05-01", "01-05-2024", None, "2024-02-30", "2024-02-29", "2023-12-31", "2024-5-01", "2019-12-31"]
BORN = ["2000-05-01", "2006-05-02", "1990-02-28", None, "2000-02-29", "2024-06-01", "1985-01-01", "2001-01-01"]
LANDS = ["HK", "XX", None, "hk", "JP", "AR", "JP", "HK"]
HOURS = [20, 0, 81, 40, 79, 5, 80, 12]
GIVEN = [0, 150, 99, 100, 3, 250, 7, 101]


def _frame(text_dtype: object) -> pd.DataFrame:
    return pd.DataFrame({
        "datum": pd.Series(DATES, dtype=text_dtype),
        "geboren": pd.Series(BORN, dtype=text_dtype),
        "land": pd.Series(LANDS, dtype=text_dtype),
        "uren": np.array(HOURS, dtype=np.int64),
        "verleend": np.array(GIVEN, dtype=np.int64),
    })


def _answers(frame: pd.DataFrame) -> list[object]:
    out = evaluate_frame(COMPILED, frame)
    return [("fout", out.loc[k, "fout"]) if out.loc[k, "fout"] is not None else
            (out.loc[k, "besluit"], list(out.loc[k, "gronden"]), tuple(out.loc[k, "regels"])) for k in out.index]


@pytest.mark.parametrize("text_dtype", [object, "str", "string"])
def test_every_dtype_gives_the_case_by_case_answers_and_the_same_messages(text_dtype):
    """The same answers and ``fout`` messages as a frame of Python objects (its numbers take
    the general path); and each row as ``decide`` decides it (a row in error: the same fields)."""
    reference = _answers(_frame(object).astype(object))  # every column Python objects: the general path
    assert _answers(_frame(text_dtype)) == reference
    for k, got in enumerate(reference):
        facts = {name: value for name, value in
                 (("datum", DATES[k]), ("geboren", BORN[k]), ("land", LANDS[k]), ("uren", HOURS[k]),
                  ("verleend", GIVEN[k])) if value is not None}
        try:
            d = decide(COMPILED, facts)
        except PolicyError as exc:
            fields = set(getattr(exc, "errors", None) or {"peildatum"})  # no rule in force: the peildatum
            assert got[0] == "fout" and set(got[1]) == fields, k  # (the batch words its own messages)
            continue
        assert got == (d.outputs["besluit"], d.outputs["gronden"], tuple(m.regel_id for m in d.matched_rows)), k
    assert sum(got[0] == "fout" for got in reference) >= 4  # the bad dates, the unknown land, the hours


def _python_years(born: int, on: int) -> int:
    b, o = date.fromordinal(born), date.fromordinal(on)
    return o.year - b.year - ((o.month, o.day) < (b.month, b.day))


def _python_months(start: int, end: int) -> int:
    s, e = date.fromordinal(start), date.fromordinal(end)
    return (e.year - s.year) * 12 + e.month - s.month - (e.day < s.day)


@pytest.mark.parametrize("low, high, n", [
    (1, date.max.toordinal(), 20_000),  # the whole calendar: worked out per row
    (date(1999, 12, 1).toordinal(), date(2004, 3, 31).toordinal(), 20_000),  # a short span: per day, looked up
])
def test_calendar_arithmetic_is_pythons_on_every_span(low, high, n):
    rng = np.random.default_rng(low)
    start = rng.integers(low, high + 1, n)
    end = rng.integers(low, high + 1, n)
    feb29 = date(2000, 2, 29).toordinal()
    if low <= feb29 <= high:  # a birthday on 29 February, in and out of leap years
        start[:50] = feb29
    years, months = _years(start, end), _months(np.minimum(start, end), np.maximum(start, end))
    for i in range(0, n, 13):
        assert years[i] == _python_years(int(start[i]), int(end[i]))
        a, b = sorted((int(start[i]), int(end[i])))
        assert months[i] == _python_months(a, b)
