"""UNIQUE: no two rules may hold for the same input on the same day; ANY: if they do, they agree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from policy.checks.context import Context, rule_name
from policy.checks.cover import find_overlaps
from policy.checks.space import RuleBox, TableSpace
from policy.model import Rule, SubTable

__all__ = ["check_overlaps", "report_incomplete", "MAX_REPORTED"]

#: Per table and code: more findings than this are summed up in one last diagnostic.
MAX_REPORTED = 50


def check_overlaps(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        if sub.hit_policy == "UNIQUE":
            _check(ctx, sub, any_policy=False)
        elif sub.hit_policy == "ANY":
            _check(ctx, sub, any_policy=True)


@dataclass(frozen=True)
class _Formula:
    text: str


def _outputs(rule: Rule) -> dict[str, Any]:
    """What a rule gives per output: a literal, or the formula it computes it with."""

    def value(v: Any) -> Any:
        return tuple(v) if isinstance(v, list) else v

    return {
        c.field: _Formula(c.text.strip()) if c.expr is not None else value(c.value) for c in rule.outputs
    }


def _check(ctx: Context, sub: SubTable, *, any_policy: bool) -> None:
    space = ctx.space(sub)
    boxes = [b for b in space.boxes if all(b.under)]
    kinds = [tuple(sorted(_outputs(b.rule).items())) for b in boxes] if any_policy else None
    found = find_overlaps(
        space.universe(), [b.under for b in boxes], kinds=kinds, listed=MAX_REPORTED, budget=ctx.budget
    )
    code = "tegenstrijdige_uitkomsten" if any_policy else "regels_overlappen"
    for (a, b), box in found.listed:
        first, second = boxes[a], boxes[b]
        where = space.describe(box, space.constrained(first.under, second.under))
        message = _message(first, second, where, any_policy, space)
        ctx.report(code, message, ctx.rule_at(second.rule))
    if found.total > len(found.listed):
        ctx.report(
            code,
            f"Nog {found.total - len(found.listed)} andere paren regels van tabel '{sub.name}' gelden "
            "tegelijk; los eerst de gemelde op.",
            ctx.table_at(sub),
        )
    if not found.complete:
        report_incomplete(ctx, sub, "overlappende regels")


def _message(a: RuleBox, b: RuleBox, where: str, any_policy: bool, space: TableSpace) -> str:
    both = f"De regels {rule_name(a.rule)} en {rule_name(b.rule)} gelden allebei {where}"
    if not any_policy:
        return both + (
            "; bij beslissingsregel UNIEK mag steeds maar één regel gelden. Maak de voorwaarden "
            "of de geldigheidsperiodes uitsluitend."
        )
    left, right = _outputs(a.rule), _outputs(b.rule)
    diff = [
        f"{name}: {_show(left.get(name))} tegenover {_show(right.get(name))}"
        for name in space.subtable.outputs
        if left.get(name) != right.get(name)
    ]
    return both + (
        f", maar geven een andere uitkomst ({'; '.join(diff)}); bij beslissingsregel ELKE moeten "
        "zij hetzelfde uitkomen."
    )


def _show(value: Any) -> str:
    if value is None:
        return "leeg"
    if isinstance(value, _Formula):
        return f"formule '{value.text}'"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value) or "leeg"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def report_incomplete(ctx: Context, sub: SubTable, what: str) -> None:
    ctx.report(
        "analyse_onvolledig",
        f"Tabel '{sub.name}' is te groot of te ingewikkeld om volledig op {what} te controleren; "
        "de gemelde gevallen kloppen, maar er kunnen er meer zijn.",
        ctx.table_at(sub),
        warning=True,
    )
