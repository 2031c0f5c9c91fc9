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
        return
    pointer = _pointer_problem(text, geldig_van)
    if pointer is not None:
        ctx.report("bronregel_onbekend", f"De bron van {what} wijst naar {pointer}", where)


@lru_cache(maxsize=8_192)
def _bron_problem(text: str, geldig_van: date | None) -> str | None:
    """Why ``text`` does not read as citations (parse_bron's message), or None; the rows of a big
    table often cite the same source from the same day, so each pair is parsed once."""
    try:
        parse_bron(text, geldig_van)
    except BronError as e:
        return e.message
    return None


#: The source documents in ../shared/seeds/ and their number of lines: a bron cell's pointer
#: ``003:L1251`` must name one of them and lines that are in it.
SEED_LINES: dict[str, int] = {"000": 114, "001": 1670, "002": 1217, "003": 3041, "004": 3824}


@lru_cache(maxsize=8_192)
def _pointer_problem(text: str, geldig_van: date | None) -> str | None:
    """What is wrong with the seed pointers of a readable bron cell (the rest of a sentence), or None."""
    for seed in parse_bron(text, geldig_van)[1]:
        lines = SEED_LINES.get(seed.document)
        if lines is None:
            known = ", ".join(SEED_LINES)
            return (f"bronregel '{seed.text}', maar brondocument {seed.document} bestaat niet (de brondocumenten "
                    f"zijn {known}). Verbeter het nummer van het document voor de dubbele punt.")
        last = seed.line_end if seed.line_end is not None else seed.line
        if seed.line < 1 or last < seed.line:
            return (f"bronregel '{seed.text}', maar dat is geen rij regels: de eerste regel is 1 of hoger en "
                    f"de laatste komt na de eerste (bijvoorbeeld {seed.document}:L12-15).")
        if last > lines:
            return (f"bronregel '{seed.text}', maar brondocument {seed.document} heeft maar {lines} regels. "
                    "Zoek de regel op in het brondocument en verbeter het nummer.")
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
