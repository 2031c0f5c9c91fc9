"""How the rules of a table cover the space of inputs × days: gaps, overlaps, first winners.

A *box* is one mask per dimension (the condition fields, then time; see ``atoms``); a rule is
the box of the values its tests accept and the days it is in force. The space is explored by
splitting a box on one dimension into classes of atoms that the same rules contain, keeping
with each class only the rules that contain it on that dimension. After every dimension is
split, each remaining rule contains the whole box. Splitting on the dimension with the most
distinct rule masks first (usually an equality column such as ``nationaliteit``) keeps the
rule lists short, so a few thousand rows cost about as much as their leaves, not their pairs.

The exploration is exact; a work budget bounds pathological tables. When it runs out the
functions report ``complete=False`` and what they found so far (still true, but maybe not all).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations

from policy.checks.atoms import bits

__all__ = ["Box", "find_gaps", "find_overlaps", "find_first_winners", "DEFAULT_BUDGET"]

Box = tuple[int, ...]

#: Units of work (a rule looked at on one dimension) before an analysis gives up.
DEFAULT_BUDGET = 20_000_000


class _Stop(Exception):
    """Raised inside the exploration: budget spent or enough found."""


class _Explorer:
    def __init__(self, rules: Sequence[Box], budget: int) -> None:
        self.rules = rules
        self.budget = budget
        self.complete = True

    def spend(self, units: int) -> None:
        self.budget -= units
        if self.budget < 0:
            self.complete = False
            raise _Stop

    def start(self, universe: Box) -> list[int]:
        """The rules that intersect ``universe`` on every dimension."""
        return [
            i for i, r in enumerate(self.rules) if all(m & u for m, u in zip(r, universe, strict=True))
        ]

    def contains(self, i: int, box: Box, free: Sequence[int]) -> bool:
        r = self.rules[i]
        return all(r[d] & box[d] == box[d] for d in free)

    def split(
        self, box: Box, ids: list[int], free: Sequence[int]
    ) -> tuple[int, list[tuple[int, list[int]]], tuple[int, ...]] | None:
        """Split ``box`` on the most discriminating free dimension.

        Returns ``(dimension, [(class mask, rules containing it)], dimensions now settled)``, or
        None when every rule contains the box on every free dimension.
        """
        self.spend(len(ids) * len(free))
        best: tuple[int, int, dict[int, list[int]]] | None = None
        settled = []
        for d in free:
            groups: dict[int, list[int]] = {}
            for i in ids:
                groups.setdefault(self.rules[i][d] & box[d], []).append(i)
            if len(groups) == 1 and box[d] in groups:
                settled.append(d)
                continue
            if best is None or len(groups) > best[1]:
                best = (d, len(groups), groups)
        if best is None:
            return None
        d, _, groups = best
        masks = list(groups)
        signature: dict[int, list[int]] = {}
        for g, m in enumerate(masks):
            self.spend(m.bit_count())
            for b in bits(m):
                signature.setdefault(b, []).append(g)
        classes: dict[tuple[int, ...], int] = {}
        for b in bits(box[d]):
            key = tuple(signature.get(b, ()))
            classes[key] = classes.get(key, 0) | (1 << b)
        out = []
        for key, mask in classes.items():
            members = sorted(i for g in key for i in groups[masks[g]])
            out.append((mask, members))
        return d, out, tuple(settled) + (d,)


def _child(box: Box, d: int, mask: int) -> Box:
    return box[:d] + (mask,) + box[d + 1 :]


def _rest(free: tuple[int, ...], settled: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(d for d in free if d not in settled)


def find_gaps(
    universe: Box, rules: Sequence[Box], *, limit: int = 50, budget: int = DEFAULT_BUDGET
) -> tuple[list[Box], bool]:
    """Boxes of ``universe`` that no rule covers (at most ``limit``), and whether the search ended."""
    ex = _Explorer(rules, budget)
    found: list[Box] = []

    def walk(box: Box, ids: list[int], free: tuple[int, ...]) -> None:
        if not ids:
            found.append(box)
            if len(found) >= limit:
                raise _Stop
            return
        ex.spend(len(ids))
        if any(ex.contains(i, box, free) for i in ids):
            return
        split = ex.split(box, ids, free)
        if split is None:
            return
        d, classes, settled = split
        for mask, members in classes:
            walk(_child(box, d, mask), members, _rest(free, settled))

    try:
        walk(universe, ex.start(universe), tuple(range(len(universe))))
    except _Stop:
        pass
    return found, ex.complete


def find_overlaps(
    universe: Box,
    rules: Sequence[Box],
    *,
    wanted: Callable[[int, int], bool] = lambda a, b: True,
    budget: int = DEFAULT_BUDGET,
) -> tuple[dict[tuple[int, int], Box], bool]:
    """For each wanted pair of rules that share a point: a box inside both. Pairs are ``(i, j)``, i < j."""
    ex = _Explorer(rules, budget)
    found: dict[tuple[int, int], Box] = {}

    def known(ids: list[int]) -> bool:
        return all((a, b) in found or not wanted(a, b) for a, b in combinations(ids, 2))

    def walk(box: Box, ids: list[int], free: tuple[int, ...]) -> None:
        if len(ids) < 2 or (len(ids) <= 8 and known(ids)):
            return
        split = ex.split(box, ids, free)
        if split is None:
            for a, b in combinations(ids, 2):
                if (a, b) not in found and wanted(a, b):
                    found[(a, b)] = box
            return
        d, classes, settled = split
        for mask, members in classes:
            walk(_child(box, d, mask), members, _rest(free, settled))

    try:
        walk(universe, ex.start(universe), tuple(range(len(universe))))
    except _Stop:
        pass
    return found, ex.complete


def find_first_winners(
    universe: Box,
    rules: Sequence[Box],
    *,
    uncertain: frozenset[int] = frozenset(),
    budget: int = DEFAULT_BUDGET,
) -> tuple[set[int], dict[int, set[int]], bool]:
    """Under FIRST: the rules that win somewhere, and for each rule the earlier rules that beat it.

    ``uncertain`` rules have tests the analysis over-approximates: they may win but are never
    trusted to cover a later rule.
    """
    ex = _Explorer(rules, budget)
    winners: set[int] = set()
    beaten_by: dict[int, set[int]] = {}

    def win(ids: list[int]) -> None:
        for k, i in enumerate(ids):
            winners.add(i)
            if i not in uncertain:
                for later in ids[k + 1 :]:
                    beaten_by.setdefault(later, set()).add(i)
                return

    def walk(box: Box, ids: list[int], free: tuple[int, ...]) -> None:
        if not ids or all(i in winners for i in ids):
            return
        first = ids[0]
        if first not in uncertain and ex.contains(first, box, free):
            win(ids)
            return
        split = ex.split(box, ids, free)
        if split is None:
            win(ids)
            return
        d, classes, settled = split
        for mask, members in classes:
            walk(_child(box, d, mask), members, _rest(free, settled))

    try:
        walk(universe, ex.start(universe), tuple(range(len(universe))))
    except _Stop:
        pass
    return winners, beaten_by, ex.complete
