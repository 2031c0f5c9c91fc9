"""The batch path with unknown facts: rows where an input whose absence is ``onbekend`` was left
out and could matter (a rule of the case could hold on it) are decided one by one by
:func:`policy.evaluation.decide` (three-valued), the others column-wise by
:func:`policy.evaluation.batch.evaluate_frame`. Same frame, same answers as case by case.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from policy.compiler import CompiledTable
from policy.errors import FactsInvalidError, NoRowsInForceError, PolicyError
from policy.evaluation.decide import decide, plan_for
from policy.model import ASSESSMENT_VALUE
from policy.evaluation.batch.frame import ERROR_COLUMN, RULES_COLUMN, evaluate_frame_suspects

__all__ = ["evaluate_cases", "STATUS_COLUMN", "MISSING_COLUMN"]

STATUS_COLUMN = "status"  # beslist, onvolledig or beoordeling_vereist (None for a row in error)
MISSING_COLUMN = "ontbrekende_feiten"  # a tuple of input names (empty unless onvolledig)


def _plain(value: Any) -> Any:
    """A frame cell as the JSON value a single request would send (NaN: not given)."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def evaluate_cases(
    compiled: CompiledTable, frame: pd.DataFrame, *, peildatum: date | None = None, allow_context: bool = True
) -> pd.DataFrame:
    """:func:`evaluate_frame` that also decides rows with unknown facts, plus ``status`` and
    ``ontbrekende_feiten`` columns.

    Only the rows where a fact left out could matter (a rule that could hold, or a formula that
    reads it; :func:`policy.evaluation.batch.frame.evaluate_frame_suspects`) are decided one by
    one; a row that leaves out a fact no rule of its case reaches is decided column-wise.
    """
    out, suspect = evaluate_frame_suspects(compiled, frame, peildatum=peildatum, allow_context=allow_context)
    plan = plan_for(compiled)
    n = len(out)
    failed = np.fromiter((e is not None for e in out[ERROR_COLUMN]), dtype=bool, count=n)
    assessed = np.zeros(n, dtype=bool)
    for name in plan.decision_outputs:
        values = out[name].to_numpy(dtype=object)
        assessed |= np.fromiter((v == ASSESSMENT_VALUE if isinstance(v, str) else False for v in values),
                                dtype=bool, count=n)
    statuses = np.where(assessed, "beoordeling_vereist", "beslist").astype(object)
    statuses[failed] = None
    out[STATUS_COLUMN] = pd.Series(statuses, index=out.index, dtype=object)
    missing = np.empty(n, dtype=object)
    missing[:] = [()] * n
    out[MISSING_COLUMN] = pd.Series(missing, index=out.index, dtype=object)
    columns = list(frame.columns)
    redo = np.flatnonzero(suspect & ~failed) if suspect is not None else np.arange(0)
    for i in redo:
        facts = {c: _plain(frame[c].iat[i]) for c in columns}
        facts = {k: v for k, v in facts.items() if v is not None}
        _put(out, int(i), plan.decision_outputs, _decided(compiled, facts, peildatum, allow_context))
    return out


def _decided(compiled: CompiledTable, facts: dict[str, Any], peildatum: date | None,
             allow_context: bool) -> dict[str, Any]:
    try:
        d = decide(compiled, facts, peildatum=peildatum, allow_context=allow_context)
    except FactsInvalidError as exc:
        return {"error": exc.errors}
    except NoRowsInForceError as exc:
        return {"error": {"peildatum": [exc.message]}}
    except PolicyError as exc:
        return {"error": {"_tabel": [exc.message]}}
    return {"outputs": d.outputs, "rules": tuple(m.regel_id for m in d.matched_rows), "status": d.status,
            "missing": tuple(d.missing_facts)}


def _put(out: pd.DataFrame, i: int, outputs: tuple[str, ...], result: dict[str, Any]) -> None:
    at = out.columns.get_loc
    if "error" in result:
        for name in outputs:
            out.iat[i, at(name)] = None
        out.iat[i, at(RULES_COLUMN)] = ()
        out.iat[i, at(ERROR_COLUMN)] = result["error"]
        out.iat[i, at(STATUS_COLUMN)] = None
        return
    for name in outputs:
        value = result["outputs"].get(name)
        out.iat[i, at(name)] = tuple(value) if isinstance(value, list) else value
    out.iat[i, at(RULES_COLUMN)] = result["rules"]
    out.iat[i, at(ERROR_COLUMN)] = None
    out.iat[i, at(STATUS_COLUMN)] = result["status"]
    out.iat[i, at(MISSING_COLUMN)] = result["missing"]
