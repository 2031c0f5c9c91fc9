"""Every rule and every parameter value cites its source, in a form that reads as citations."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from policy.bron import BRON_VOORBEELD, BronError, parse_bron
from policy.checks.context import Context, rule_name
from policy.model import Location
from policy.workbook.template import PLACEHOLDERS

__all__ = ["BRON_EXAMPLE", "check_sources", "check_bron_text"]

#: How a ``bron`` cell reads: a legal citation (the Vc paragraph as numbered in that version).
BRON_EXAMPLE = "Vc 2000 B2/2.1.1"


def check_bron_text(ctx: Context, text: str, what: str, where: Location, geldig_van: date | None = None) -> None:
    """``bron_onleesbaar`` at ``where`` when ``text`` does not read as citations (see docs/werkboek.md)."""
    if text.strip().lower().startswith(PLACEHOLDERS["bron"]):
        return  # the template's example, reported by the reader (sjabloon_niet_ingevuld)
    problem = _bron_problem(text, geldig_van)
    if problem is not None:
        ctx.report("bron_onleesbaar",
                   f"De bron van {what} is niet te lezen: {problem} Schrijf de bron als instrument en "
                   f"vindplaats, met de bronregels na een puntkomma, bijvoorbeeld '{BRON_VOORBEELD}'.", where)


@lru_cache(maxsize=8_192)
def _bron_problem(text: str, geldig_van: date | None) -> str | None:
    """Why ``text`` does not read as citations (parse_bron's message), or None; the rows of a big
    table often cite the same source from the same day, so each pair is parsed once."""
    try:
        parse_bron(text, geldig_van)
    except BronError as e:
        return e.message
    return None


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
            else:
                check_bron_text(ctx, rule.bron, f"regel {rule_name(rule)}", ctx.rule_at(rule, "bron"), rule.geldig_van)
    for p in ctx.table.parameters:
        what = f"{p.name} ({p.key})" if p.key is not None else p.name
        where = p.cells.get("bron") or ctx.at(p.location, "Parameters")
        if not (p.bron or "").strip():
            ctx.report(
                "bron_ontbreekt",
                f"Parameter {what} heeft geen bron. Een parameter is net als een regel beleid: vul in de "
                f"kolom bron de vindplaats van de waarde in, bijvoorbeeld '{BRON_EXAMPLE}'.",
                where,
            )
        else:
            check_bron_text(ctx, p.bron, f"parameter {what}", where, p.geldig_van)
    for f in ctx.table.inputs:
        if (f.default_source or "").strip():
            check_bron_text(ctx, f.default_source, f"de standaard van {f.name}",
                            ctx.at(f.location, "Invoer"))
    for check in ctx.table.checks:
        if (check.bron or "").strip():
            check_bron_text(ctx, check.bron, f"controle {check.regel_id}",
                            check.cells.get("bron") or ctx.at(check.location, "Controles"))
