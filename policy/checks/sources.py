"""Every rule cites its source: the Vc paragraph, article and source line it encodes."""

from __future__ import annotations

from policy.checks.context import Context, rule_name

__all__ = ["check_sources"]


def check_sources(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        for rule in sub.rules:
            if not (rule.bron or "").strip():
                ctx.report(
                    "bron_ontbreekt",
                    f"Regel {rule_name(rule)} heeft geen bron. Vul in de kolom bron de vindplaats in, "
                    "bijvoorbeeld 'Vc B2/2.1.1; 003:L1295'.",
                    ctx.rule_at(rule, "bron"),
                )
