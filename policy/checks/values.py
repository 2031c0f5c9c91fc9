"""Values a field can never take: a choice not on the list, a test that never holds."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from policy.checks.atoms import describe_value
from policy.checks.context import Context, rule_name
from policy.model import Condition, Location, Rule, SubTable

__all__ = ["check_values"]

_LISTED = 10  # allowed values shown in a message


def check_values(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        _conditions(ctx, sub)
        _output_literals(ctx, sub)


def _allowed(ctx: Context, name: str) -> tuple[Any, ...] | None:
    info = ctx.field_info(name)
    return info.allowed if info.type in ("keuzelijst", "lijst") and info.allowed else None


def _not_allowed(values: Iterable[Any], allowed: tuple[Any, ...]) -> list[Any]:
    return [v for v in values if v not in allowed]


def _allowed_text(allowed: tuple[Any, ...]) -> str:
    shown = ", ".join(describe_value(v) for v in allowed[:_LISTED])
    return shown + (", …" if len(allowed) > _LISTED else "")


def _conditions(ctx: Context, sub: SubTable) -> None:
    space = ctx.space(sub)
    dim = {f.name: d for d, f in enumerate(space.fields)}
    allowed_of: dict[str, tuple[Any, ...] | None] = {}
    for rule in sub.rules:
        for cond in rule.conditions:
            test = cond.test
            name = cond.field
            if name not in allowed_of:
                allowed_of[name] = _allowed(ctx, name)
            allowed = allowed_of[name]
            if allowed and test.op in ("eq", "ne", "in", "not_in"):
                mentioned = (test.value,) if test.op in ("eq", "ne") else test.values
                wrong = _not_allowed(mentioned, allowed)
                if wrong:  # reported once, not also as a test that never holds
                    where = ctx.at(cond.location, rule.sheet, f"rij {rule.row}")
                    _report_not_allowed(ctx, rule, name, "waarde", wrong, allowed, where)
                    continue
            over, _ = space.fields[dim[name]].mask(test)
            if not over:
                ctx.report(
                    "voorwaarde_nooit_waar",
                    f"De voorwaarde '{cond.text or test.op}' op {name} in regel {rule_name(rule)} "
                    f"kan nooit gelden: {_why_never(ctx, cond)} Deze regel wordt zo nooit gekozen.",
                    ctx.at(cond.location, rule.sheet, f"rij {rule.row}"),
                    warning=True,
                )


def _why_never(ctx: Context, cond: Condition) -> str:
    info = ctx.field_info(cond.field)
    if cond.test.op == "empty":
        return f"{cond.field} heeft altijd een waarde."
    if info.type == "lijst":
        return (
            "op een lijst gelden alleen 'leeg' en 'niet leeg' "
            "(gebruik anders een formule met bevat())."
        )
    bounds = []
    if info.minimum is not None:
        bounds.append(f"minimum {describe_value(info.minimum)}")
    if info.maximum is not None:
        bounds.append(f"maximum {describe_value(info.maximum)}")
    if bounds:
        return f"geen waarde binnen de grenzen van {cond.field} ({', '.join(bounds)}) voldoet."
    return f"geen enkele waarde van {cond.field} voldoet."


def _report_not_allowed(
    ctx: Context,
    rule: Rule,
    field: str,
    what: str,
    wrong: list[Any],
    allowed: tuple[Any, ...],
    where: Location,
) -> None:
    shown = ", ".join(f"'{describe_value(v)}'" for v in wrong)
    ctx.report(
        "waarde_niet_in_keuzelijst",
        f"{shown} in regel {rule_name(rule)} is geen toegestane {what} voor {field}; "
        f"toegestaan: {_allowed_text(allowed)}.",
        where,
    )


def _output_literals(ctx: Context, sub: SubTable) -> None:
    allowed_of: dict[str, tuple[Any, ...] | None] = {}
    for rule in sub.rules:
        for cell in rule.outputs:
            name = cell.field
            if name not in allowed_of:
                allowed_of[name] = _allowed(ctx, name)
            allowed = allowed_of[name]
            if not allowed or cell.expr is not None or cell.value is None:
                continue
            values = cell.value if isinstance(cell.value, (list, tuple)) else (cell.value,)
            wrong = _not_allowed(values, allowed)
            if wrong:
                where = ctx.at(cell.location, rule.sheet, f"rij {rule.row}")
                _report_not_allowed(ctx, rule, cell.field, "uitkomst", wrong, allowed, where)
