"""The ``motivering`` cells of the rule sheets and the sentences of the ``Uitkomsten`` sheet name
fields that exist, between braces that read."""

from __future__ import annotations

from policy.checks.context import Context, rule_name
from policy.model import Location
from policy.motivering.template import TemplateError, placeholders
from policy.workbook.values import hint

__all__ = ["check_motivering", "placeholder_names"]


def placeholder_names(ctx: Context) -> dict[str, str]:
    """Lower-cased name -> declared name of every field and unkeyed parameter a clause may name."""
    names = {n.lower(): n for n in ctx.table.field_types()}
    for p in ctx.table.parameters:
        if p.key is None:
            names.setdefault(p.name.lower(), p.name)
    return names


def check_motivering(ctx: Context) -> None:
    names = placeholder_names(ctx)
    keyed = {p.name.lower() for p in ctx.table.parameters if p.key is not None}
    for sub in ctx.table.subtables:
        for rule in sub.rules:
            text = (rule.motivering or "").strip()
            if text and text != "-":
                _check(ctx, text, f"regel {rule_name(rule)}", ctx.rule_at(rule, "motivering"), names, keyed)
    for o in ctx.table.outcomes:
        where = o.location or ctx.at(None, "Uitkomsten")
        _check(ctx, o.sentence, f"de zin voor {o.output}", where, names, keyed)


def _check(ctx: Context, text: str, what: str, where: Location, names: dict[str, str], keyed: set[str]) -> None:
    try:
        found = placeholders(text)
    except TemplateError as e:
        ctx.report("motivering_onleesbaar", f"De motivering van {what} is niet te lezen: {e.message}", where)
        return
    for name in found:
        if name.lower() in names:
            continue
        if name.lower() in keyed:
            why = (f"'{{{name}}}' is een parameter met een sleutel; maak op blad Afgeleid een veld met "
                   f"parameter(\"{name}\", …) en noem dat veld.")
        else:
            why = (f"'{{{name}}}' is geen invoer, afgeleid veld, uitvoer of parameter van dit werkboek"
                   f"{hint(name, list(names.values()))}.")
        ctx.report("motivering_onbekend_veld", f"De motivering van {what} noemt een onbekend veld: {why}", where)
