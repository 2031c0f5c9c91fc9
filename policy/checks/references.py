"""Names that must refer to something: the peildatum, condition columns, examples."""

from __future__ import annotations

from policy.checks.context import Context, rule_name
from policy.model import Location

__all__ = ["check_references"]


def check_references(ctx: Context) -> None:
    _peildatum(ctx)
    _condition_fields(ctx)
    _examples(ctx)


def _metadata_at(ctx: Context) -> Location:
    where = ctx.table.extra.get("peildatum_location")
    return where if isinstance(where, Location) else Location(ctx.workbook, "Metadata")


def _peildatum(ctx: Context) -> None:
    name = (ctx.table.peildatum_field or "").strip()
    if not name:
        problem = "In Metadata is geen peildatum opgegeven."
    elif name not in ctx.inputs:
        problem = f"De peildatum '{name}' in Metadata is geen veld op het blad Invoer."
    elif ctx.inputs[name].type != "datum":
        problem = f"De peildatum '{name}' is van type '{ctx.inputs[name].type}', niet 'datum'."
    else:
        return
    ctx.report(
        "peildatum_ongeldig",
        problem + " Noem bij peildatum de invoer van type datum waarop de regels worden toegepast "
        "(bijvoorbeeld aanvraagdatum).",
        _metadata_at(ctx),
    )


def _condition_fields(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        reported = set()
        for rule in sub.rules:
            for cond in rule.conditions:
                if cond.field in ctx.known_fields or cond.field in reported:
                    continue
                reported.add(cond.field)
                ctx.report(
                    "voorwaarde_onbekend_veld",
                    f"Tabel '{sub.name}' heeft een voorwaarde op '{cond.field}' "
                    f"(regel {rule_name(rule)}), "
                    "maar dat is geen invoer, afgeleide invoer of uitvoer van dit werkboek.",
                    ctx.at(cond.location, rule.sheet, f"rij {rule.row}"),
                )


def _examples(ctx: Context) -> None:
    for ex in ctx.table.examples:
        where = ctx.at(ex.location, "Voorbeelden", f"rij {ex.row}")
        for name in ex.facts:
            if name not in ctx.inputs:
                hint = ""
                if name in ctx.derived:
                    hint = " (dat is een afgeleide invoer: die rekent de tabel zelf uit)"
                ctx.report(
                    "voorbeeld_onbekend_veld",
                    f"Voorbeeld '{ex.name}' geeft een waarde voor '{name}', "
                    f"maar dat is geen invoer{hint}.",
                    where,
                )
        for name in ex.expected:
            # ``fout``: the example expects a fault; ``status``/``ontbrekende_feiten``: the decision's status
            if name not in ctx.outputs and name not in ("fout", "status", "ontbrekende_feiten"):
                ctx.report(
                    "voorbeeld_onbekend_veld",
                    f"Voorbeeld '{ex.name}' verwacht een uitkomst voor '{name}', "
                    "maar dat is geen uitvoer.",
                    where,
                )
