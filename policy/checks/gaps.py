"""Gaps: inputs for which the decision table gives no answer while it is in force."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice, product

from policy.checks.atoms import lowest_bit
from policy.checks.context import Context
from policy.checks.cover import Box, find_gaps
from policy.checks.overlap import MAX_REPORTED, report_incomplete
from policy.checks.space import TableSpace

__all__ = ["check_gaps"]

#: Hit policies that give one answer, so that an input matching no row has none.
_SINGLE = ("UNIQUE", "FIRST", "PRIORITY", "ANY")


def check_gaps(ctx: Context) -> None:
    """Only the table that gives the decision, and only when no output has a ``standaard``."""
    sub = ctx.main_subtable
    if sub is None or sub.hit_policy not in _SINGLE or not sub.rules:
        return
    if any(ctx.outputs[n].default is not None for n in sub.outputs if n in ctx.outputs):
        return
    # every output declares 'geen waarde': the gaps are deliberate, shown but not refused
    deliberate = all(ctx.outputs[n].no_value for n in sub.outputs if n in ctx.outputs)
    space = ctx.space(sub)
    universe = space.in_force_universe()
    rules = [b.over for b in space.boxes if b.satisfiable]
    boxes, complete = find_gaps(universe, rules, limit=MAX_REPORTED + 1, budget=ctx.budget)
    merged = sorted(_merge(boxes), key=_position)
    pieces = (w for box in merged for w in _pieces(space, universe, box))
    witnesses = list(islice(pieces, MAX_REPORTED + 1))
    for piece in witnesses[:MAX_REPORTED]:
        dims = [d for d in range(len(piece) - 1) if piece[d] != universe[d]]
        if deliberate:
            ctx.report("gat_bewust", f"Geen enkele regel van tabel '{sub.name}' geldt {space.describe(piece, dims)}; "
                       "de uitvoer heeft dan bewust geen waarde (standaard 'geen waarde').",
                       ctx.table_at(sub), warning=True)
            continue
        ctx.report(
            "gat_in_tabel",
            f"Geen enkele regel van tabel '{sub.name}' geldt {space.describe(piece, dims)}. "
            "Vul de tabel aan, geef de uitvoer een standaardwaarde, of zet standaard 'geen waarde' "
            "als het gat bewust is.",
            ctx.table_at(sub),
        )
    if len(witnesses) > MAX_REPORTED and not deliberate:
        ctx.report(
            "gat_in_tabel",
            f"Tabel '{sub.name}' heeft nog meer gaten dan de {MAX_REPORTED} gemelde; "
            "vul eerst deze aan.",
            ctx.table_at(sub),
        )
    if not complete:
        report_incomplete(ctx, sub, "gaten")


def _position(box: Box) -> tuple[int, ...]:
    """Sort key: gaps in the order of the values in the table (field by field)."""
    return tuple(lowest_bit(m) for m in box)


def _merge(boxes: list[Box]) -> list[Box]:
    """Join gaps that differ on one dimension only (the split order can cut one gap in parts)."""
    boxes = list(boxes)
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(boxes):
            for j in range(i + 1, len(boxes)):
                b = boxes[j]
                differ = [d for d in range(len(a)) if a[d] != b[d]]
                if len(differ) == 1:
                    d = differ[0]
                    boxes[i] = a[:d] + (a[d] | b[d],) + a[d + 1 :]
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return boxes


def _pieces(space: TableSpace, universe: Box, box: Box) -> Iterator[Box]:
    """A gap split into its connected parts (``< 18`` and ``> 30`` are two gaps, not one)."""
    runs = [space.fields[d].runs(m) if m != universe[d] else [m] for d, m in enumerate(box)]
    return (tuple(p) for p in product(*runs))
