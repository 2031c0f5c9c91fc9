"""Warnings about what is legal but likely not meant: unused fields, unconditional rows, size."""

from __future__ import annotations

from policy.checks.context import Context, rule_name
from policy.expr import names_in
from policy.model import DerivedField, InputField

__all__ = ["check_hygiene", "ENGINE_RULE_LIMIT"]

#: Above this many rows the durable-rules adapter splits a table (docs/notes: errors near ~480).
ENGINE_RULE_LIMIT = 480


def check_hygiene(ctx: Context) -> None:
    _unused(ctx)
    _unconditional(ctx)
    _size(ctx)


def _unused(ctx: Context) -> None:
    used = {ctx.table.peildatum_field}
    for sub in ctx.table.subtables:
        used |= ctx.reads(sub)
    for d in ctx.table.derived:
        if d.expr is not None:
            used |= names_in(d.expr)
    fields: list[tuple[str, str, InputField | DerivedField]] = [("Invoer", "Invoer", f) for f in ctx.table.inputs]
    fields += [("Afgeleide invoer", "Afgeleid", f) for f in ctx.table.derived]
    for what, sheet, f in fields:
        if f.name not in used:
            ctx.report(
                "ongebruikte_invoer",
                f"{what} '{f.name}' wordt nergens gebruikt: geen voorwaarde, formule of peildatum "
                "leest het veld. Verwijder het of gebruik het.",
                ctx.at(f.location, sheet),
                warning=True,
            )


def _unconditional(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        for k, rule in enumerate(sub.rules):
            if any(c.test.op != "any" for c in rule.conditions):
                continue
            if sub.hit_policy == "FIRST" and k == len(sub.rules) - 1:
                continue  # the usual "otherwise" row
            ctx.report(
                "regel_zonder_voorwaarden",
                f"Regel {rule_name(rule)} heeft geen enkele voorwaarde en geldt dus altijd. "
                "Bedoelt u dat? Alleen als laatste regel onder FIRST is dat gebruikelijk.",
                ctx.rule_at(rule),
                warning=True,
            )


def _size(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        if len(sub.rules) > ENGINE_RULE_LIMIT:
            ctx.report(
                "grote_tabel",
                f"Tabel '{sub.name}' heeft {len(sub.rules)} regels; boven {ENGINE_RULE_LIMIT} regels "
                "verdeelt de engine een tabel in delen (ter informatie, geen fout).",
                ctx.table_at(sub),
                warning=True,
            )
