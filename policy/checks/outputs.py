"""Output types that fit the hit policy that fills them (DMN's rules for COLLECT).

A table that collects (COLLECT, RULE ORDER) gives a *list* of the matching rows' values, so
its outputs must be typed ``lijst``; with an aggregation it gives one number: ``COUNT`` a whole
number, ``SUM`` a number, ``MIN``/``MAX`` a number or a date. Anything else would make the
answer contradict the declared type (the API's schema promises a text and the service returns a
list), or fail while deciding (a sum of texts). Reported at the output's type cell.
"""

from __future__ import annotations

from policy.checks.context import Context

__all__ = ["check_output_types"]

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
        if sub.hit_policy not in ("COLLECT", "RULE ORDER"):
            continue
        for name in sub.outputs:
            field = outputs.get(name)
            if field is None:  # an undeclared column: the references stage reports it
                continue
            where = ctx.at(field.type_location or field.location, "Uitvoer")
            policy = sub.hit_policy if sub.aggregation is None else f"{sub.hit_policy} {sub.aggregation}"
            if sub.aggregation is None:
                if field.type != "lijst":
                    ctx.report(
                        "uitvoer_type_past_niet",
                        f"Tabel '{sub.name}' is {policy}: de uitvoer {name} wordt een lijst van de "
                        f"uitkomsten van alle regels die gelden, maar heeft type '{field.type}'. Geef "
                        f"{name} type 'lijst' (met dezelfde toegestane waarden), of kies een "
                        "beslissingsregel die één uitkomst geeft (bijvoorbeeld FIRST).",
                        where,
                    )
                continue
            allowed, result = _AGGREGATED[sub.aggregation]
            if field.type not in allowed:
                types = " of ".join(_TYPE_NAMES[t] for t in allowed)
                ctx.report(
                    "uitvoer_type_past_niet",
                    f"Tabel '{sub.name}' is {policy}: de uitvoer {name} wordt {result}, maar heeft "
                    f"type '{field.type}'. Geef {name} type {types}, of kies een andere beslissingsregel.",
                    where,
                )
