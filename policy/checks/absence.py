"""What an absent fact means, and the plausibility checks of the ``Controles`` sheet.

An optional input's ``standaard`` is policy: a fact nobody gave is unknown unless the source
itself states what holds without it (``bron_standaard``). A check on ``Controles`` reads only
inputs and derived inputs and must be a condition (ja/nee).
"""

from __future__ import annotations

from policy.checks.context import Context
from policy.checks.formulas import check_formula_names, parameter_types
from policy.checks.sources import BRON_EXAMPLE
from policy.expr import names_in
from policy.expr.types import fits, infer_type, operation_problems

__all__ = ["check_absence", "check_controls"]


def check_absence(ctx: Context) -> None:
    for f in ctx.table.inputs:
        if f.default is None or f.context or (f.default_source or "").strip():
            continue
        shown = {True: "ja", False: "nee"}.get(f.default, str(f.default)) if isinstance(f.default, bool) else (
            f.default.isoformat() if hasattr(f.default, "isoformat") else str(f.default))
        ctx.report(
            "standaard_zonder_bron",
            f"Invoer {f.name} heeft de standaardwaarde '{shown}' maar geen bron_standaard. Een feit dat de "
            "aanvrager niet opgeeft is onbekend, niet '" + shown + "': vul in de kolom bron_standaard de "
            f"vindplaats in waar de bron deze waarde voorschrijft (bijvoorbeeld '{BRON_EXAMPLE}'), of maak "
            "de standaard leeg zodat het ontbreken van het feit 'onbekend' is.",
            ctx.at(f.default_location or f.location, "Invoer"),
        )


def check_controls(ctx: Context) -> None:
    readable = {f.name for f in ctx.table.inputs} | {f.name for f in ctx.table.derived}
    types = ctx.table.field_types()
    parameters = parameter_types(ctx)
    for check in ctx.table.checks:
        where = check.cells.get("controle") or ctx.at(check.location, "Controles")
        what = f"controle {check.regel_id}"
        outputs = sorted(n for n in names_in(check.expr) if n in ctx.outputs and n not in readable)
        for name in outputs:
            ctx.report(
                "controle_leest_uitvoer",
                f"De {what} leest '{name}', een uitvoer van de tabel. Een controle gaat vóór het beslissen en "
                "kan alleen invoer en afgeleide invoer lezen; gebruik de feiten waaruit de uitvoer volgt.",
                where,
            )
        if outputs or not check_formula_names(ctx, check.expr, f"de {what}", where):
            continue
        problems = operation_problems(check.expr, types, parameters)
        for problem in problems:
            ctx.report("formule_bewerking_past_niet", f"In de {what} staat {problem}.", where)
        kind = infer_type(check.expr, types, parameters)
        if not problems and not fits(kind, "ja/nee"):
            ctx.report(
                "controle_geen_voorwaarde",
                f"De {what} geeft een waarde van type '{kind}', geen ja of nee. Schrijf een voorwaarde die "
                "geldt voor elke aanvraag die klopt, bijvoorbeeld 'geboortedatum <= aanvraagdatum'.",
                where,
            )
