"""Dated parameters: for one name and key, one value per day."""

from __future__ import annotations

from collections import defaultdict

from policy.checks.atoms import describe_value
from policy.checks.context import Context
from policy.checks.periods import common_period, period_text
from policy.model import ParameterValue

__all__ = ["check_parameters"]


def _name(p: ParameterValue) -> str:
    return f"{p.name} ({p.key})" if p.key is not None else p.name


def check_parameters(ctx: Context) -> None:
    by_key: dict[tuple[str, object], list[ParameterValue]] = defaultdict(list)
    for p in ctx.table.parameters:
        if p.geldig_van is not None and p.geldig_tot is not None and p.geldig_van > p.geldig_tot:
            ctx.report(
                "periode_omgekeerd",
                f"Parameter {_name(p)} geldt vanaf {p.geldig_van} maar al tot en met {p.geldig_tot}: "
                "geldig_van moet op of vóór geldig_tot liggen.",
                ctx.at(p.location, "Parameters"),
            )
            continue
        by_key[(p.name, p.key)].append(p)
    for values in by_key.values():
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                shared = common_period((a.geldig_van, a.geldig_tot), (b.geldig_van, b.geldig_tot))
                if shared is None:
                    continue
                other = f" ({a.location})" if a.location is not None else ""
                ctx.report(
                    "parameter_overlapt",
                    f"Parameter {_name(b)} heeft {period_text(*shared)} twee waarden: "
                    f"{describe_value(a.value)}{other} en {describe_value(b.value)}. Laat de ene "
                    "periode eindigen vóór de andere begint.",
                    ctx.at(b.location, "Parameters"),
                )
