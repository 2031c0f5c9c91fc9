"""Output types that fit the hit policy that fills them (DMN's rules for COLLECT).

A table that collects (COLLECT, RULE ORDER) gives a *list* of the matching rows' values, so
its outputs must be typed ``lijst``; with an aggregation it gives one number: ``COUNT`` a whole
number, ``SUM`` a number, ``MIN``/``MAX`` a number or a date. Anything else would make the
answer contradict the declared type (the API's schema promises a text and the service returns a
list), or fail while deciding (a sum of texts). Reported at the output's type cell.
"""

from __future__ import annotations

from policy.checks.context import Context, policy_text, rule_name
from policy.model import OutputCell, Rule

__all__ = ["check_output_cells", "check_output_types"]

#: aggregation -> (allowed output types, how the result is described to the officer)
_AGGREGATED = {
    "COUNT": (("geheel getal", "getal"), "het aantal uitkomsten van de regels die gelden, een geheel getal"),
    "SUM": (("geheel getal", "getal"), "de som van de uitkomsten, een getal"),
    "MIN": (("geheel getal", "getal", "datum"), "de kleinste uitkomst, een getal of datum"),
    "MAX": (("geheel getal", "getal", "datum"), "de grootste uitkomst, een getal of datum"),
}
_TYPE_NAMES = {"geheel getal": "'geheel getal'", "getal": "'getal'", "datum": "'datum'"}


def check_output_types(ctx: Context) -> None:
    outputs = {o.name: o for o in ctx.table.outputs}
    for sub in ctx.table.subtables:
        if sub.hit_policy not in ("COLLECT", "RULE ORDER", "OUTPUT ORDER"):
            continue
        for name in sub.outputs:
            field = outputs.get(name)
            if field is None:  # an undeclared column: the references stage reports it
                continue
            where = ctx.at(field.type_location or field.location, "Uitvoer")
            cell = f" (cel {where.cel})" if where.cel else ""
            policy = policy_text(sub.hit_policy, sub.aggregation)
            single = (f" Moet tabel '{sub.name}' juist één uitkomst geven, zet dan op blad Tabellen (of bij "
                      "beslissingsregel op blad Metadata) EERSTE of UNIEK in plaats van "
                      f"{policy_text(sub.hit_policy)}.")
            if sub.aggregation is None:
                if field.type != "lijst":
                    ctx.report(
                        "uitvoer_type_past_niet",
                        f"Tabel '{sub.name}' is {policy}: de uitvoer {name} wordt een lijst van de "
                        f"uitkomsten van alle regels die gelden, maar heeft type '{field.type}'. Zet op "
                        f"blad Uitvoer bij {name} het type 'lijst'{cell}; de toegestane waarden blijven "
                        f"gelden voor elk element van de lijst.{single}",
                        where,
                    )
                continue
            allowed, result = _AGGREGATED[sub.aggregation]
            if field.type not in allowed:
                types = " of ".join(_TYPE_NAMES[t] for t in allowed)
                ctx.report(
                    "uitvoer_type_past_niet",
                    f"Tabel '{sub.name}' is {policy}: de uitvoer {name} wordt {result}, maar heeft "
                    f"type '{field.type}'. Zet op blad Uitvoer bij {name} het type {types}{cell}, of "
                    f"kies op blad Tabellen een andere beslissingsregel dan {policy}.",
                    where,
                )


_SINGLE = ("UNIQUE", "FIRST", "PRIORITY", "ANY")


def check_output_cells(ctx: Context) -> None:
    """A row that decides must say what: a blank output cell without a ``standaard`` gives no value.

    Under a single-hit policy the deciding row's cells are the outputs, so a blank one answers
    ``null``. When every other row of the table gives that output a value, the blank is surely
    forgotten (an error); when others leave it open too (a duration only on ``inwilligen``), or
    the output is a list (no grounds on ``inwilligen``), it may be meant (a warning). ``leeg`` says "no value" on purpose and is never reported. A
    collecting row whose cells are all blank adds nothing: an error.
    """
    for sub in ctx.table.subtables:
        given = {name: sum(1 for r in sub.rules if _gives(r, name)) for name in sub.outputs}
        for rule in sub.rules:
            missing = [cell for cell in rule.outputs if _blank(ctx, cell)]
            if sub.hit_policy not in _SINGLE:
                if missing and len(missing) == len(rule.outputs):
                    _report_blank(ctx, rule, missing[0], sure=True, collecting=True)
                continue
            for cell in missing:
                listed = ctx.outputs[cell.field].type == "lijst"  # blank: likely "none", say leeg
                _report_blank(ctx, rule, cell, sure=not listed and given[cell.field] == len(sub.rules) - 1)


def _gives(rule: Rule, name: str) -> bool:
    cell = next((c for c in rule.outputs if c.field == name), None)
    return cell is not None and (cell.expr is not None or cell.value not in (None, []))


def _report_blank(ctx: Context, rule: Rule, cell: OutputCell, *, sure: bool, collecting: bool = False) -> None:
    name = cell.field
    if collecting:
        why = "alle uitvoercellen van deze regel zijn leeg, dus als hij geldt voegt hij niets toe."
    elif cell.text.strip() == "-":
        why = f"de cel is '-' (de standaard), maar {name} heeft geen standaard, dus als deze regel geldt is {name} leeg."
    elif sure:
        why = f"de cel is leeg, {name} heeft geen standaard en alle andere regels geven wel een waarde."
    else:
        why = f"de cel is leeg en {name} heeft geen standaard, dus als deze regel geldt is {name} leeg."
    ctx.report(
        "ontbrekende_waarde",
        f"Regel {rule_name(rule)} geeft geen uitkomst voor {name}: {why} Vul de uitkomst in; geeft de "
        f"regel bewust geen waarde, schrijf dan 'leeg' (of geef {name} een standaard op blad Uitvoer).",
        ctx.at(cell.location, rule.sheet, f"rij {rule.row}"),
        warning=not sure,
    )


def _blank(ctx: Context, cell: OutputCell) -> bool:
    field = ctx.outputs.get(cell.field)
    return (field is not None and field.default is None and cell.expr is None and cell.value is None
            and cell.text.strip() in ("", "-"))
