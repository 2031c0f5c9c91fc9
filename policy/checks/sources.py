"""Every rule and every parameter value cites its source: where in the law it comes from."""

from __future__ import annotations

from policy.checks.context import Context, rule_name

__all__ = ["BRON_EXAMPLE", "check_sources"]

#: How a ``bron`` cell reads: a legal citation (the Vc paragraph as numbered in that version).
BRON_EXAMPLE = "Vc 2000 B2/2.1.1"


def check_sources(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        for rule in sub.rules:
            if not (rule.bron or "").strip():
                ctx.report(
                    "bron_ontbreekt",
                    f"Regel {rule_name(rule)} heeft geen bron. Vul in de kolom bron de vindplaats in, "
                    f"bijvoorbeeld '{BRON_EXAMPLE}'.",
                    ctx.rule_at(rule, "bron"),
                )
    for p in ctx.table.parameters:
        if not (p.bron or "").strip():
            what = f"{p.name} ({p.key})" if p.key is not None else p.name
            ctx.report(
                "bron_ontbreekt",
                f"Parameter {what} heeft geen bron. Een parameter is net als een regel beleid: vul in de "
                f"kolom bron de vindplaats van de waarde in, bijvoorbeeld '{BRON_EXAMPLE}'.",
                p.cells.get("bron") or ctx.at(p.location, "Parameters"),
            )
