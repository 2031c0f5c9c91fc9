"""Validity periods of rows: forward, versions of one rule apart, and not stranded in time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol, TypeVar

from policy.checks.context import Context, rule_name
from policy.model import Rule

__all__ = ["check_period_order", "check_periods", "check_versions", "common_period", "missing_days", "period_text"]


def period_text(van: date | None, tot: date | None) -> str:
    """``van 2022-01-01 tot en met 2023-12-31`` (open ends left out)."""
    if van is None and tot is None:
        return "altijd"
    if tot is None:
        return f"vanaf {van.isoformat()}"  # type: ignore[union-attr]
    if van is None:
        return f"tot en met {tot.isoformat()}"
    return f"van {van.isoformat()} tot en met {tot.isoformat()}"


def common_period(
    a: tuple[date | None, date | None], b: tuple[date | None, date | None]
) -> tuple[date | None, date | None] | None:
    """The days both inclusive periods share (None ends are open), or None."""
    starts = [d for d in (a[0], b[0]) if d is not None]
    ends = [d for d in (a[1], b[1]) if d is not None]
    van = max(starts) if starts else None
    tot = min(ends) if ends else None
    if van is not None and tot is not None and van > tot:
        return None
    return van, tot


class _Dated(Protocol):
    @property
    def geldig_van(self) -> date | None: ...
    @property
    def geldig_tot(self) -> date | None: ...


D = TypeVar("D", bound=_Dated)


def missing_days(versions: Sequence[D]) -> list[tuple[D, tuple[date, date]]]:
    """The days between consecutive versions (forward, inclusive periods) that none covers.

    Each gap comes with the version that starts after it. Days before the first version or after
    the last are not gaps: a rule or value may start or end.
    """
    ordered = sorted(versions, key=lambda v: v.geldig_van or date.min)
    gaps: list[tuple[D, tuple[date, date]]] = []
    reach: date | None = None  # the latest end so far (None: open, nothing can follow)
    for k, v in enumerate(ordered):
        if k > 0 and reach is not None and v.geldig_van is not None and v.geldig_van > reach + timedelta(days=1):
            gaps.append((v, (reach + timedelta(days=1), v.geldig_van - timedelta(days=1))))
        if k == 0 or reach is not None:
            reach = None if v.geldig_tot is None else max(reach or v.geldig_tot, v.geldig_tot)
    return gaps


def _forward(van: date | None, tot: date | None) -> bool:
    return van is None or tot is None or van <= tot


def check_period_order(ctx: Context) -> None:
    """Each row on its own: ``geldig_van`` on or before ``geldig_tot``."""
    for sub in ctx.table.subtables:
        for rule in sub.rules:
            if not _forward(rule.geldig_van, rule.geldig_tot):
                ctx.report(
                    "periode_omgekeerd",
                    f"Regel {rule_name(rule)} geldt vanaf {rule.geldig_van} maar al tot en met "
                    f"{rule.geldig_tot}: geldig_van moet op of vóór geldig_tot liggen.",
                    ctx.rule_at(rule, "geldig_van"),
                )


def check_periods(ctx: Context) -> None:
    check_period_order(ctx)
    for sub in ctx.table.subtables:
        forward = [rule for rule in sub.rules if _forward(rule.geldig_van, rule.geldig_tot)]
        _versions(ctx, forward)
        _stranded(ctx, sub.name, forward)
    _spellings(ctx)


def check_versions(ctx: Context) -> None:
    """Only the versions of each rule apart (a row stage: also on a table read in part)."""
    for sub in ctx.table.subtables:
        _versions(ctx, [rule for rule in sub.rules if _forward(rule.geldig_van, rule.geldig_tot)])
    _spellings(ctx)


def _spellings(ctx: Context) -> None:
    """Two regel_ids that differ only in capitals (``WH-01``, ``wh-01``) are one id typed twice: as
    versions they would not be compared, and the motivering would cite two rules."""
    first: dict[str, Rule] = {}
    for sub in ctx.table.subtables:
        for rule in sub.rules:
            if not rule.regel_id:
                continue
            seen = first.setdefault(rule.regel_id.casefold(), rule)
            if seen.regel_id != rule.regel_id:
                ctx.report(
                    "dubbele_naam",
                    f"Regel-id '{rule.regel_id}' (rij {rule.row}) verschilt alleen in hoofdletters van "
                    f"'{seen.regel_id}' ({seen.sheet} rij {seen.row}). Schrijf het id van elke versie van "
                    "een regel precies gelijk, of geef een andere regel een echt ander id.",
                    ctx.rule_at(rule, "regel_id"),
                )


def _versions(ctx: Context, rules: list[Rule]) -> None:
    """Rows with the same ``regel_id`` are versions of one rule: their periods must not overlap."""
    by_id: dict[str, list[Rule]] = defaultdict(list)
    for rule in rules:
        if rule.regel_id:
            by_id[rule.regel_id].append(rule)
    for regel_id, versions in by_id.items():
        for later, (van, tot) in missing_days(versions):
            ctx.report(
                "gat_tussen_versies",
                f"{period_text(van, tot).capitalize()} geldt geen versie van regel {regel_id}: de vorige "
                f"versie eindigt op {(van - timedelta(days=1)).isoformat()} en de versie in rij {later.row} "
                f"begint pas op {later.geldig_van}. Laat de versies op elkaar aansluiten (geldig_van de dag "
                "na geldig_tot), of bevestig dat de regel in die periode echt niet geldt.",
                ctx.rule_at(later, "geldig_van"),
                warning=True,
            )
        for i, a in enumerate(versions):
            for b in versions[i + 1 :]:
                shared = common_period((a.geldig_van, a.geldig_tot), (b.geldig_van, b.geldig_tot))
                if shared is None:
                    continue
                ctx.report(
                    "versies_overlappen",
                    f"Regel {regel_id} staat in rij {a.row} en in rij {b.row} met overlappende "
                    f"geldigheid ({period_text(*shared)}); versies van één regel mogen elkaar niet "
                    "overlappen: laat de oude versie eindigen vóór de nieuwe begint.",
                    ctx.rule_at(b),
                )


def _stranded(ctx: Context, table_name: str, rules: list[Rule]) -> None:
    """A row in force only on days when no other row of its table is: usually a typo in a date."""
    if len(rules) < 2:
        return
    low, high = date.min.toordinal() - 1, date.max.toordinal() + 1

    def span(r: Rule) -> tuple[int, int]:
        return (
            r.geldig_van.toordinal() if r.geldig_van else low,
            r.geldig_tot.toordinal() if r.geldig_tot else high,
        )

    ordered = sorted(rules, key=span)
    spans = [span(r) for r in ordered]
    reach = low - 1  # the latest end among the rows before
    for k, (rule, (start, end)) in enumerate(zip(ordered, spans, strict=True)):
        touches_before = reach >= start
        touches_after = k + 1 < len(spans) and spans[k + 1][0] <= end
        if not touches_before and not touches_after:
            ctx.report(
                "periode_zonder_andere_regels",
                f"Regel {rule_name(rule)} geldt {period_text(rule.geldig_van, rule.geldig_tot)}; in die "
                f"periode geldt geen enkele andere regel van tabel '{table_name}'. Controleer "
                "geldig_van en geldig_tot.",
                ctx.rule_at(rule),
                warning=True,
            )
        reach = max(reach, end)
