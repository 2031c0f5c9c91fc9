"""``beoordeling_vereist``: where the source leaves the judgement to the IND, a person decides.

A decision output whose value is :data:`policy.model.ASSESSMENT_VALUE` makes the decision's
status ``beoordeling_vereist``. The decision then says why: the ground (the deciding table's
``grond``/``gronden`` output when it has one), the rows that led there and the facts those rows
tested, so that the case worker sees what is to be judged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from policy.evaluation.decision import MatchedRow
from policy.model import ASSESSMENT_VALUE

__all__ = ["assessment_of", "GROUND_OUTPUTS"]

#: The outputs that name a decision's ground, in the order they are looked for.
GROUND_OUTPUTS = ("grond", "gronden")


def _is_assessment(value: Any) -> bool:
    return value == ASSESSMENT_VALUE or (isinstance(value, list) and ASSESSMENT_VALUE in value)


def assessment_of(plan: Any, outputs: Mapping[str, Any], env: Mapping[str, Any],
                  matched: Sequence[MatchedRow]) -> dict[str, Any] | None:
    """The ``beoordeling`` of a decision whose output asks for a person's judgement, else None."""
    for value in outputs.values():  # the common case first: no output asks for it
        if value == ASSESSMENT_VALUE or (isinstance(value, list) and ASSESSMENT_VALUE in value):
            break
    else:
        return None
    names = [name for name, value in outputs.items() if _is_assessment(value)]
    if not names:
        return None
    tables = {step.name: step for kind, step in plan.steps if kind == "table"}
    rows = [m for m in matched if any(_is_assessment(m.outputs.get(n)) for n in names)]
    if not rows:  # a formula or a default gave it: the rows of the tables that produce the output
        rows = [m for m in matched if any(n in tables[m.table].outputs for n in names if m.table in tables)]
    grounds: dict[str, Any] = {}
    tested: list[str] = []
    for m in rows:
        sub = tables.get(m.table)
        if sub is None:
            continue
        for ground in GROUND_OUTPUTS:
            if ground in sub.outputs and env.get(ground) not in (None, []):
                grounds.setdefault(ground, env.get(ground))
        rule = next((rp.compiled for rp in sub.rules if rp.regel_id == m.regel_id and rp.compiled["row"] == m.row),
                    None)
        for test in (rule or {}).get("tests", ()):
            if test["field"] not in tested:
                tested.append(test["field"])
    first_ground = next(iter(grounds.values()), None)
    return {
        "uitvoer": names,
        "grond": first_ground,
        "regels": [m.to_dict() for m in rows],
        "feiten": {name: env.get(name) for name in tested},
    }
