"""Formulas (derived inputs and output cells) read only known fields, functions and parameters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from policy.checks.context import Context, rule_name
from policy.checks.parameter_use import parameter_calls
from policy.expr import FUNCTIONS, functions_in, names_in
from policy.expr.types import fits, infer_type, operation_problems, value_type
from policy.model import Location
from policy.model.suggest import hint

__all__ = ["check_formulas", "check_formula_names", "parameter_names_in", "parameter_types"]


def parameter_names_in(tree: Any) -> Iterator[str]:
    """The literal names of ``parameter("naam", …)`` calls in a formula tree."""
    return (name for name, _key in parameter_calls(tree))


def check_formulas(ctx: Context) -> None:
    types = ctx.table.field_types()
    parameters = parameter_types(ctx)
    for f in ctx.table.derived:
        if f.expr is not None:
            where = ctx.at(f.location, "Afgeleid")
            if check_formula_names(ctx, f.expr, f"de formule van {f.name}", where):
                _check_type(ctx, f.expr, f.name, f.type, f"de formule van {f.name}", where, types, parameters)
    for sub in ctx.table.subtables:
        for rule in sub.rules:
            for cell in rule.outputs:
                if cell.expr is not None:
                    what = f"de formule voor {cell.field} in regel {rule_name(rule)}"
                    where = ctx.at(cell.location, rule.sheet, f"rij {rule.row}")
                    if check_formula_names(ctx, cell.expr, what, where) and cell.field in ctx.outputs:
                        declared = ctx.outputs[cell.field].type
                        _check_type(ctx, cell.expr, cell.field, declared, what, where, types, parameters)


def parameter_types(ctx: Context) -> dict[str, str]:
    """Each parameter's type, when all its values have one."""
    seen: dict[str, set[str | None]] = {}
    for p in ctx.table.parameters:
        seen.setdefault(p.name, set()).add(value_type(p.value))
    out: dict[str, str] = {}
    for name, kinds in seen.items():
        kind = kinds.pop() if len(kinds) == 1 else None
        if kind is not None:
            out[name] = kind
    return out


def _check_type(ctx: Context, expr: Any, name: str, declared: str, what: str, where: Location,
                types: dict[str, str], parameters: dict[str, str]) -> None:
    problems = operation_problems(expr, types, parameters)
    for problem in problems:
        ctx.report("formule_bewerking_past_niet", f"In {what} staat {problem}.", where)
    inferred = infer_type(expr, types, parameters)
    if problems or fits(inferred, declared):
        return
    sheet = "Afgeleid" if name in ctx.derived else "Uitvoer"
    ctx.report(
        "formule_type_past_niet",
        f"{what[0].upper()}{what[1:]} geeft een waarde van type '{inferred}', maar {name} heeft type "
        f"'{declared}'. Pas de formule aan zodat ze {_GIVES.get(declared, f'een {declared}')} geeft; "
        f"is juist het type verkeerd, zet dan op blad {sheet} bij {name} het type '{inferred}'.",
        where,
    )


#: What a formula of each type gives, with an example an officer can copy.
_GIVES = {
    "geheel getal": "een geheel getal (bijvoorbeeld maanden_tussen(van, tot) of min(duur, 12))",
    "getal": "een getal (bijvoorbeeld min(duur, 12))",
    "datum": "een datum (bijvoorbeeld het veld aanvraagdatum)",
    "ja/nee": "ja of nee (een vergelijking, bijvoorbeeld leeftijd >= 18)",
    "tekst": "een tekst (\"…\" of een veld van type tekst)",
    "keuzelijst": "een van de toegestane waarden (\"…\")",
    "lijst": "een lijst (bijvoorbeeld samenvoegen(…))",
}


def check_formula_names(ctx: Context, expr: Any, what: str, where: Location) -> bool:
    """Report unknown names, functions and parameters; True when there were none."""
    before = len(ctx.diagnostics)
    for name in sorted(names_in(expr) - ctx.known_fields):
        ctx.report(
            "formule_onbekend_veld",
            f"In {what} staat '{name}', maar dat is geen invoer, afgeleide invoer of uitvoer van "
            "dit werkboek. Controleer de spelling of voeg het veld toe.",
            where,
        )
    for name in sorted(functions_in(expr) - set(FUNCTIONS)):
        ctx.report(
            "formule_onbekende_functie",
            f"In {what} staat de functie '{name}', die niet bestaat. Beschikbaar: "
            f"{', '.join(sorted(FUNCTIONS))}.",
            where,
        )
    known = {p.name for p in ctx.table.parameters}
    for name in sorted(set(parameter_names_in(expr)) - known):
        ctx.report(
            "formule_onbekende_parameter",
            f"In {what} wordt parameter '{name}' gelezen, maar het blad Parameters heeft geen "
            f"parameter met die naam{hint(name, sorted(known))}. Zonder die rijen geeft de formule "
            "nooit een waarde; controleer de spelling of voeg de parameter toe.",
            where,
        )
    return len(ctx.diagnostics) == before
