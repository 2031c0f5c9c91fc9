"""The quota declaration on blad Metadata: complete, and every name refers to the right thing.

A table with a quota (``quotum_parameter`` … ``quotum_grond``) is decided by the service with a
ledger: it fills the counter input from the ledger, takes a place when the outcome is the
declared one and, when none is left, lets the table refuse on the declared ground.
"""

from __future__ import annotations

from policy.checks.context import Context
from policy.model import Location
from policy.model.suggest import hint

__all__ = ["check_quota"]

#: Name in ``Table.extra["quota"]`` -> the Metadata key officers write.
_KEYS = {
    "parameter": "quotum_parameter",
    "key": "quotum_sleutel",
    "counter": "quotum_teller",
    "output": "quotum_uitvoer",
    "value": "quotum_waarde",
    "ground": "quotum_grond",
}
_COUNTER_TYPES = ("geheel getal",)
_KEY_TYPES = ("landcode", "keuzelijst", "tekst")


def check_quota(ctx: Context) -> None:
    declared: dict[str, str] = ctx.table.extra.get("quota") or {}
    if not declared:
        return
    where: dict[str, Location] = ctx.table.extra.get("quota_locations") or {}
    missing = [key for name, key in _KEYS.items() if name not in declared]
    if missing:
        ctx.report(
            "quotum_onvolledig",
            f"Blad Metadata geeft een quotum op, maar mist {', '.join(missing)}. Een quotum heeft alle "
            f"zes eigenschappen nodig: {', '.join(_KEYS.values())}.",
            Location(ctx.workbook, "Metadata"),
        )
    for name, problem in _problems(ctx, declared):
        ctx.report("quotum_onbekend_veld", problem, where.get(name) or Location(ctx.workbook, "Metadata"))


def _problems(ctx: Context, declared: dict[str, str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    parameter = declared.get("parameter")
    names = sorted({p.name for p in ctx.table.parameters})
    if parameter is not None and parameter not in names:
        out.append(("parameter", f"quotum_parameter '{parameter}' staat niet op blad Parameters"
                                 f"{hint(parameter, names)}; zonder die rijen geldt er nooit een quotum. Noem de "
                                 "parameter die het jaarlijkse maximum per sleutel geeft (bijvoorbeeld quotum)."))
    key = declared.get("key")
    if key is not None:
        field = ctx.inputs.get(key)
        if field is None or field.context:
            out.append(("key", f"quotum_sleutel '{key}' is geen invoer die de aanvrager opgeeft (blad Invoer, "
                               "herkomst feit); noem het feit waarvoor het quotum geldt (bijvoorbeeld nationaliteit)."))
        elif field.type not in _KEY_TYPES:
            out.append(("key", f"quotum_sleutel '{key}' is van type '{field.type}'; een sleutel is een "
                               f"{', '.join(_KEY_TYPES)}."))
    counter = declared.get("counter")
    if counter is not None:
        field = ctx.inputs.get(counter)
        if field is None or not field.context or field.type not in _COUNTER_TYPES:
            out.append(("counter", f"quotum_teller '{counter}' is geen invoer van type 'geheel getal' met "
                                   "herkomst context; de dienst vult die in met het aantal verleende plaatsen "
                                   "(bijvoorbeeld verleend_dit_jaar)."))
    output_name, value = declared.get("output"), declared.get("value")
    output = ctx.outputs.get(output_name) if output_name is not None else None
    if output_name is not None and (output is None or output.intermediate):
        out.append(("output", f"quotum_uitvoer '{output_name}' is geen uitvoer van de beslissing (blad Uitvoer, "
                              "geen tussenresultaat); noem de uitvoer die zegt of een plaats wordt genomen "
                              "(bijvoorbeeld besluit)."))
    elif output is not None and value is not None and output.allowed is not None and value not in output.allowed:
        out.append(("value", f"quotum_waarde '{value}' is geen toegestane waarde van {output_name} "
                             f"({', '.join(output.allowed)})."))
    ground = declared.get("ground")
    if ground is not None and not any(
        o.allowed is not None and ground in o.allowed for o in ctx.table.outputs if not o.intermediate
    ):
        out.append(("ground", f"quotum_grond '{ground}' is geen toegestane waarde van een uitvoer van de "
                              "beslissing; noem de grond die de tabel geeft als het quotum vol is "
                              "(bijvoorbeeld quotum in gronden)."))
    return out
