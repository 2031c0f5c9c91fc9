"""Dated parameters, held to the rules of rule rows: one value per day, no gaps, right type and key.

A parameter is read as ``parameter("quotum", nationaliteit)`` in a formula, or named by the
quota declaration; ``parameter_use`` finds those places. A value of the wrong type, a key no
fact can have (``cl`` where nationaliteit is ``CL``) or a name nobody reads would otherwise
silently mean "no value" while deciding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from policy.checks.atoms import describe_value
from policy.checks.context import Context
from policy.checks.parameter_use import ParameterUse, parameter_uses
from policy.checks.periods import common_period, missing_days, period_text
from policy.model import Location, ParameterValue
from policy.model.suggest import country_codes, hint

__all__ = ["check_parameters"]

_KEYED_TYPES = ("landcode", "keuzelijst")
_EXPECTED = {
    "geheel getal": "een geheel getal (bijvoorbeeld 100)",
    "getal": "een getal (bijvoorbeeld 2.5)",
    "datum": "een datum (JJJJ-MM-DD)",
    "ja/nee": "ja of nee",
    "tekst": "een tekst",
    "keuzelijst": "een tekst",
    "landcode": "een landcode",
}


def _name(p: ParameterValue) -> str:
    return f"{p.name} ({p.key})" if p.key is not None else p.name


def _cell(ctx: Context, p: ParameterValue, column: str) -> Location:
    return p.cells.get(column) or ctx.at(p.location, "Parameters")


def check_parameters(ctx: Context) -> None:
    by_key: dict[tuple[str, object], list[ParameterValue]] = defaultdict(list)
    for p in ctx.table.parameters:
        if p.geldig_van is not None and p.geldig_tot is not None and p.geldig_van > p.geldig_tot:
            ctx.report(
                "periode_omgekeerd",
                f"Parameter {_name(p)} geldt vanaf {p.geldig_van} maar al tot en met {p.geldig_tot}: "
                "geldig_van moet op of vóór geldig_tot liggen.",
                _cell(ctx, p, "geldig_van"),
            )
            continue
        by_key[(p.name, p.key)].append(p)
    for values in by_key.values():
        _overlaps(ctx, values)
        _gaps(ctx, values)
    uses = parameter_uses(ctx)
    _unused(ctx, uses)
    _keys(ctx, uses)
    _types(ctx, uses)


def _overlaps(ctx: Context, values: list[ParameterValue]) -> None:
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
                _cell(ctx, b, "geldig_van"),
            )


def _gaps(ctx: Context, values: list[ParameterValue]) -> None:
    """Days between two values of one name and key when neither holds: the parameter has no value."""
    for later, (van, tot) in missing_days(values):
        ctx.report(
            "gat_tussen_versies",
            f"{period_text(van, tot).capitalize()} geldt geen waarde van parameter {_name(later)}: de vorige "
            f"waarde eindigt op {(van - timedelta(days=1)).isoformat()} en deze begint pas op "
            f"{later.geldig_van}. Op die dagen geeft parameter(\"{later.name}\", …) geen waarde. Laat de "
            "waarden op elkaar aansluiten, of bevestig dat de parameter dan echt niet geldt.",
            _cell(ctx, later, "geldig_van"),
            warning=True,
        )


def _unused(ctx: Context, uses: list[ParameterUse]) -> None:
    read = {u.name for u in uses}
    reported: set[str] = set()
    for p in ctx.table.parameters:
        if p.name in read or p.name in reported:
            continue
        reported.add(p.name)
        ctx.report(
            "ongebruikte_parameter",
            f"Parameter '{p.name}' wordt nergens gelezen{hint(p.name, sorted(read))}: geen formule "
            f"(parameter(\"{p.name}\", …)) en geen quotum_parameter noemt hem, dus deze waarden tellen "
            "niet mee. Controleer de spelling van de naam, of verwijder de rijen.",
            ctx.at(p.location, "Parameters"),
            warning=True,
        )


def _allowed_keys(ctx: Context, field: str) -> tuple[str, Sequence[str] | None] | None:
    """``(type, allowed)`` when the key field has a closed set of values (None: every country code)."""
    info = ctx.field_info(field)
    if info.type not in _KEYED_TYPES or (info.type == "keuzelijst" and not info.allowed):
        return None
    return info.type, info.allowed


def _keys(ctx: Context, uses: list[ParameterUse]) -> None:
    """A key must be a value the key field can take, exactly as written there (case included)."""
    reported: set[int] = set()
    for use in uses:
        if use.key_literal is not None:
            _literal_key(ctx, use)
        if use.key_field is None:
            continue
        closed = _allowed_keys(ctx, use.key_field)
        if closed is None:
            continue
        type_, allowed = closed
        values = set(allowed) if allowed else country_codes()
        for p in ctx.table.parameters:
            if p.name != use.name or p.key is None or p.key in values or id(p) in reported:
                continue
            reported.add(id(p))
            kind = "landcode" if type_ == "landcode" and not allowed else "toegestane waarde"
            ctx.report(
                "onbekende_waarde",
                f"De sleutel '{p.key}' van parameter {p.name} is geen {kind} van {use.key_field}"
                f"{hint(p.key, allowed)}; {use.what} zoekt met de waarde van {use.key_field} en vindt "
                "deze rij dus nooit. Schrijf de sleutel precies zoals de waarde (hoofdletters tellen).",
                _cell(ctx, p, "sleutel"),
            )


def _literal_key(ctx: Context, use: ParameterUse) -> None:
    """``parameter("quotum", "jp")``: the key written in the formula must have a row."""
    rows = [p for p in ctx.table.parameters if p.name == use.name]
    keys = sorted({p.key for p in rows if p.key is not None})
    if not rows or use.key_literal in keys or any(p.key is None for p in rows):
        return  # no rows: formule_onbekende_parameter; a row without key holds for every key
    ctx.report(
        "onbekende_waarde",
        f"In {use.what} zoekt parameter(\"{use.name}\", \"{use.key_literal}\") de sleutel "
        f"'{use.key_literal}', maar blad Parameters heeft voor {use.name} geen rij met die sleutel"
        f"{hint(use.key_literal or '', keys)}; de formule geeft dan nooit een waarde. Schrijf de sleutel "
        "precies zoals in kolom sleutel (hoofdletters tellen).",
        use.where,
    )


def _fits(value: object, type_: str) -> bool:
    if type_ == "geheel getal":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_ == "getal":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if type_ == "datum":
        return isinstance(value, date)
    if type_ == "ja/nee":
        return isinstance(value, bool)
    if type_ in ("tekst", "keuzelijst", "landcode"):
        return isinstance(value, str)
    return True


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "ja/nee"
    if isinstance(value, (int, float)):
        return "getal"
    if isinstance(value, date):
        return "datum"
    return "tekst"


def _types(ctx: Context, uses: list[ParameterUse]) -> None:
    """Each value has the type of the place that reads it (the whole formula of a typed field).

    Where no place says, the values of one name must at least be of one kind: a ``honderd``
    among numbers is a typo, whatever formula reads it.
    """
    reported: set[int] = set()
    typed = {u.name for u in uses if u.type in _EXPECTED}
    by_name: dict[str, list[ParameterValue]] = defaultdict(list)
    for p in ctx.table.parameters:
        by_name[p.name].append(p)
    for name, values in by_name.items():
        kinds = [_kind(p.value) for p in values]
        if name in typed or len(set(kinds)) < 2:
            continue
        usual = max(set(kinds), key=kinds.count)
        for p, kind in zip(values, kinds, strict=True):
            if kind != usual:
                reported.add(id(p))
                ctx.report(
                    "ongeldige_waarde",
                    f"Parameter {_name(p)} heeft de waarde {describe_value(p.value)} ({kind}), maar de "
                    f"andere waarden van {name} zijn van het soort {usual}. Vul een waarde van dat soort in.",
                    _cell(ctx, p, "waarde"),
                )
    for use in uses:
        if use.type is None or use.type not in _EXPECTED:
            continue
        for p in ctx.table.parameters:
            if p.name != use.name or id(p) in reported or _fits(p.value, use.type):
                continue
            reported.add(id(p))
            comma = " (een decimaal getal; een geheel getal heeft geen komma of punt)" if (
                use.type == "geheel getal" and isinstance(p.value, float)) else ""
            ctx.report(
                "ongeldige_waarde",
                f"Parameter {_name(p)} heeft de waarde {describe_value(p.value)}{comma}, maar "
                f"{use.what} leest hem als {use.type}. Vul {_EXPECTED[use.type]} in.",
                _cell(ctx, p, "waarde"),
            )
