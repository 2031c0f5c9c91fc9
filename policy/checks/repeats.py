"""Rows that repeat another row: the same tests, the same outcome, on shared days.

In a collecting table (COLLECT with or without aggregation, RULE ORDER) such a repeat adds its
outcome twice (``gronden: leeftijd, leeftijd``, a count of 2, a doubled sum); under UNIQUE and
ANY it is a row too many. Conditions are compared as the sets of values they accept (the atoms
of ``space``), so ``AR, HK`` repeats ``HK, AR`` and ``< 18`` repeats ``<= 17`` for a whole number.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from policy.checks.context import Context, policy_text, rule_name
from policy.checks.space import RuleBox, TableSpace
from policy.model import Rule

__all__ = ["check_repeats"]

_POLICIES = ("COLLECT", "RULE ORDER", "OUTPUT ORDER", "UNIQUE", "ANY")


def _outcome(rule: Rule) -> tuple[tuple[str, str], ...]:
    """What a row gives per output, formulas by their tree (not their spelling)."""
    parts = []
    for cell in rule.outputs:
        given: Any = {"expr": cell.expr} if cell.expr is not None else {"value": cell.value}
        parts.append((cell.field, json.dumps(given, sort_keys=True, default=str)))
    return tuple(sorted(parts))


def check_repeats(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        if sub.hit_policy not in _POLICIES:
            continue
        space = ctx.space(sub)
        groups: dict[Any, list[RuleBox]] = defaultdict(list)
        for box in space.boxes:
            if box.certain and box.satisfiable:
                groups[(box.over[:-1], _outcome(box.rule))].append(box)
        for boxes in groups.values():
            _report(ctx, space, sub.hit_policy, boxes)


def _report(ctx: Context, space: TableSpace, policy: str, boxes: list[RuleBox]) -> None:
    reported: set[int] = set()
    for i, first in enumerate(boxes):
        for later in boxes[i + 1 :]:
            shared = first.over[-1] & later.over[-1]
            if not shared or later.position in reported or first.rule.regel_id == later.rule.regel_id:
                continue  # same regel_id: versions, which ``periods`` judges
            reported.add(later.position)
            day = space.time.witness(shared)
            when = "" if shared == space.time.universe else f" (bijvoorbeeld op {day})"
            effect = ("telt zijn uitkomst dubbel" if policy in ("COLLECT", "RULE ORDER", "OUTPUT ORDER")
                      else "geldt steeds samen met die regel")
            ctx.report(
                "regel_herhaald",
                f"Regel {rule_name(later.rule)} is een herhaling van regel {rule_name(first.rule)}: dezelfde "
                f"voorwaarden en dezelfde uitkomst, en ze gelden op dezelfde dagen{when}. De tabel is "
                f"{policy_text(policy)}, dus de herhaling {effect}. Verwijder een van beide, of maak het verschil in "
                "de voorwaarden of de geldigheid duidelijk.",
                ctx.rule_at(later.rule),
                warning=True,
            )
