"""FIRST: a rule that earlier rules always beat is dead text in the table."""

from __future__ import annotations

from policy.checks.context import Context, rule_name
from policy.checks.cover import find_shadowed
from policy.checks.overlap import report_incomplete
from policy.model import SubTable

__all__ = ["check_reachability"]

_NAMED = 5  # earlier rules named in a message


def check_reachability(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        if sub.hit_policy == "FIRST":
            _check(ctx, sub)


def _check(ctx: Context, sub: SubTable) -> None:
    space = ctx.space(sub)
    boxes = [b for b in space.boxes if b.satisfiable]
    uncertain = frozenset(i for i, b in enumerate(boxes) if not b.certain)
    shadowed, complete = find_shadowed(
        space.universe(), [b.over for b in boxes], uncertain=uncertain, budget=ctx.budget
    )
    for i, earlier in sorted(shadowed.items()):
        box = boxes[i]
        names = ", ".join(rule_name(boxes[j].rule) for j in earlier[:_NAMED])
        if len(earlier) > _NAMED:
            names += f" en nog {len(earlier) - _NAMED}"
        if len(earlier) > 1:
            beaten = f"de eerdere regels {names} gelden"
        else:
            beaten = f"de eerdere regel {names} geldt"
        ctx.report(
            "regel_onbereikbaar",
            f"Regel {rule_name(box.rule)} wordt nooit gekozen: {beaten} al voor elk geval waarin "
            "deze regel geldt, in haar hele geldigheidsperiode "
            "(beslissingsregel EERSTE kiest de eerste). Zet de regel hoger of verwijder haar.",
            ctx.rule_at(box.rule),
        )
    if not complete:
        report_incomplete(ctx, sub, "onbereikbare regels")
