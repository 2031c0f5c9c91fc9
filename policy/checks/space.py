"""The input space of one decision table: a dimension per condition field, plus time.

Each rule becomes a box (see ``cover``): per condition field the atoms its tests accept, and on
the time dimension the days it is in force. Rules whose period runs backwards are left out
(``periods`` reports them); so are fields the analysis treats as independent of each other
even when a formula links them (``leeftijd`` and ``geboortedatum``): a witness is then a
combination of condition values, which is what an officer reads in the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from policy.checks.atoms import FieldSpace, build_space, describe_value
from policy.checks.cover import Box
from policy.model import Rule, SubTable, Test

__all__ = ["FieldInfo", "RuleBox", "TableSpace", "build_table_space", "TIME"]

TIME = "periode"


@dataclass(frozen=True)
class FieldInfo:
    """What the analysis needs to know about a field a condition reads."""

    type: str
    allowed: tuple[Any, ...] | None = None
    minimum: Any = None
    maximum: Any = None
    nullable: bool = False


@dataclass(frozen=True)
class RuleBox:
    """A rule as a box; ``over`` and ``under`` differ only on tests the analysis cannot model."""

    position: int  # index in ``SubTable.rules``
    rule: Rule
    over: Box
    under: Box

    @property
    def certain(self) -> bool:
        return self.over == self.under

    @property
    def satisfiable(self) -> bool:
        return all(self.over)


@dataclass
class TableSpace:
    subtable: SubTable
    fields: list[FieldSpace]  # condition fields, then time
    boxes: list[RuleBox]  # rules with a forward period, in row order

    @property
    def time(self) -> FieldSpace:
        return self.fields[-1]

    def universe(self) -> Box:
        return tuple(f.universe for f in self.fields)

    def in_force_universe(self) -> Box:
        """The universe limited, on the time dimension, to first day … last day of any rule."""
        spanned = 0
        for b in self.boxes:
            spanned |= b.over[-1]
        if spanned:
            low = spanned & -spanned
            spanned = (1 << spanned.bit_length()) - low
        return self.universe()[:-1] + (spanned,)

    def describe(self, box: Box, dims: Sequence[int], *, nothing: str = "voor elke invoer") -> str:
        """``voor naam=waarde, … op <dag>`` for ``dims`` of ``box`` (the day when it matters)."""
        fields = ", ".join(f"{self.fields[d].name}={self.fields[d].describe(box[d])}" for d in dims)
        day = self.time.witness(box[-1])
        on = ""
        if day is not None and box[-1] != self.time.universe:
            on = f"op {describe_value(day)}"
        if fields:
            return f"voor {fields} {on}".rstrip()
        return on or nothing

    def constrained(self, *boxes: Box) -> list[int]:
        """Condition dimensions on which any of ``boxes`` is narrower than the universe."""
        universe = self.universe()
        return [d for d in range(len(universe) - 1) if any(b[d] != universe[d] for b in boxes)]


def build_table_space(sub: SubTable, info: Callable[[str], FieldInfo]) -> TableSpace:
    """The space of ``sub``; ``info(name)`` describes each field a condition reads."""
    read = (c.field for r in sub.rules for c in r.conditions)
    names: list[str] = list(dict.fromkeys([*sub.inputs, *read]))
    # each field's distinct Test objects, in the order first met (rows share them: see FieldSpace.mask)
    tests: dict[str, dict[int, Test]] = {n: {} for n in names}
    for r in sub.rules:
        for c in r.conditions:
            tests[c.field].setdefault(id(c.test), c.test)
    fields = []
    for n in names:
        fi = info(n)
        fields.append(
            build_space(
                n, fi.type, list(tests[n].values()),
                allowed=fi.allowed, minimum=fi.minimum, maximum=fi.maximum, nullable=fi.nullable,
            )
        )
    shared: dict[tuple[Any, Any], Test | None] = {}  # one Test per period, so its mask is computed once
    periods = []
    for r in sub.rules:
        key = (r.geldig_van, r.geldig_tot)
        if key not in shared:
            shared[key] = _period(r)
        periods.append(shared[key])
    time = build_space(TIME, "datum", [p for p in {id(p): p for p in periods if p is not None}.values()])
    fields.append(time)
    dim = {n: d for d, n in enumerate(names)}
    boxes = []
    for pos, (r, period) in enumerate(zip(sub.rules, periods, strict=True)):
        if period is None:
            continue
        over = [f.universe for f in fields]
        under = list(over)
        for c in r.conditions:
            d = dim[c.field]
            o, u = fields[d].mask(c.test)
            over[d] &= o
            under[d] &= u
        over[-1] = under[-1] = time.mask(period)[0]
        boxes.append(RuleBox(pos, r, tuple(over), tuple(under)))
    return TableSpace(sub, fields, boxes)


def _period(rule: Rule) -> Test | None:
    van, tot = rule.geldig_van, rule.geldig_tot
    if van is not None and tot is not None and van > tot:
        return None
    return Test("between", low=rule.geldig_van, high=rule.geldig_tot)
