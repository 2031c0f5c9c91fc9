"""How the rules of a table cover the space of inputs × days: overlaps, gaps, shadowed rules.

A *box* is one mask per dimension (the condition fields, then time; see ``atoms``); a rule is
the box of the values its tests accept and the days it is in force. Two boxes meet when they
meet on every dimension, so an index from each atom to the rules containing it (as a bit set
over the rules) finds every rule a box meets with a few big-integer ORs and ANDs per dimension:
no pairwise comparison, even when thousands of pairs overlap (they are counted, not listed).

Gaps are found by splitting a box on one dimension into classes of atoms that the same rules
contain, keeping with each class only those rules; when some rule contains the whole box it is
covered, when no rule is left it is a gap. Splitting on the dimension with the most distinct
rule masks first (usually an equality column such as ``nationaliteit``) keeps the lists short.

Everything is exact; a work budget bounds pathological tables. When it runs out the functions
report ``complete=False`` with what they found so far (true, but maybe not all).
"""

from __future__ import annotations

import time
from contextvars import ContextVar

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from policy.checks.atoms import bits

__all__ = [
    "Box", "Budget", "DEFAULT_BUDGET", "Overlaps", "RuleIndex",
    "find_gaps", "find_overlaps", "find_shadowed", "meet",
]

Box = tuple[int, ...]

#: Units of work (about a rule looked at on one dimension) before an analysis gives up.
DEFAULT_BUDGET = 5_000_000

#: Runs of atoms up to which a rule's mask on one dimension is indexed run by run (_DimensionIndex).
_LAYERS = 8


class _Stop(Exception):
    """Raised inside a search when the budget is spent."""


class _Enough(Exception):
    """Raised inside a gap search when it found as many gaps as asked for."""


#: Wall-clock deadline (``time.monotonic()``) shared by every analysis of one ``run_checks``.
DEADLINE: ContextVar[float | None] = ContextVar("checks_deadline", default=None)


class Budget:
    """Work units for one analysis, and the shared deadline of the whole check run."""

    _CLOCK_EVERY = 20_000  # units between looks at the clock

    def __init__(self, units: int) -> None:
        self.units = units
        self.exhausted = False
        self._deadline = DEADLINE.get()
        self._tick = 0

    def spend(self, units: int) -> None:
        self.units -= units
        self._tick += units
        if self.units < 0:
            self.exhausted = True
            raise _Stop
        if self._tick >= self._CLOCK_EVERY:
            self._tick = 0
            if self._deadline is not None and time.monotonic() > self._deadline:
                self.exhausted = True
                raise _Stop


def _runs(mask: int) -> list[tuple[int, int]]:
    """``mask`` as maximal runs of set bits ``(first, last)``."""
    out = []
    while mask:
        first = (mask & -mask).bit_length() - 1
        filled = mask + (1 << first)  # the carry clears the run and sets the bit after it
        last = (filled & -filled).bit_length() - 2
        out.append((first, last))
        mask &= ~((1 << (last + 1)) - 1)
    return out


class _DimensionIndex:
    """The rules by their mask on one dimension, to find those meeting a mask in a few steps.

    A rule whose mask is one run of atoms ``[s, e]`` meets a run ``[lo, hi]`` when ``s <= hi``
    and ``e >= lo``: ``starts[hi] & ~ends[lo - 1]`` over bit sets of rules by start and by end.
    A rule whose mask has a few runs (``niet [18..30]``, a short list) puts its k-th run in
    layer k, each layer such an index; the rule meets the run when one of its runs does. Rules
    with more runs than ``_LAYERS`` are looked up atom by atom.
    """

    def __init__(self, masks: Sequence[int], universe: int) -> None:
        size = universe.bit_length()
        layers: list[tuple[list[int], list[int]]] = []
        self.full = 0
        self.scattered: dict[int, int] = {}
        self.scattered_atoms = 0
        for i, mask in enumerate(masks):
            bit = 1 << i
            if mask & universe == universe:
                self.full |= bit
                continue
            runs = _runs(mask)
            if len(runs) > _LAYERS:
                self.scattered_atoms |= mask
                for atom in bits(mask):
                    self.scattered[atom] = self.scattered.get(atom, 0) | bit
                continue
            while len(layers) < len(runs):
                layers.append(([0] * size, [0] * size))
            for (first, last), (starts, ends) in zip(runs, layers):
                starts[first] |= bit
                ends[last] |= bit
        for starts, ends in layers:
            for k in range(1, size):
                starts[k] |= starts[k - 1]
                ends[k] |= ends[k - 1]
        self.layers = layers

    def meeting(self, mask: int, budget: Budget) -> int:
        found = self.full
        runs = _runs(mask)
        budget.spend(len(runs) * len(self.layers) + 1)
        for starts, ends in self.layers:
            for lo, hi in runs:
                found |= starts[hi] & ~(ends[lo - 1] if lo else 0)
        for atom in bits(mask & self.scattered_atoms):
            budget.spend(1)
            found |= self.scattered[atom]
        return found


class RuleIndex:
    """Finds the rules whose box meets a given box, as a bit set (bit ``i`` for rule ``i``)."""

    def __init__(self, rules: Sequence[Box], universe: Box) -> None:
        self.universe = universe
        self.all = (1 << len(rules)) - 1
        self.dimensions = [
            _DimensionIndex([r[d] for r in rules], universe[d]) for d in range(len(universe))
        ]

    def meeting(self, box: Box, budget: Budget) -> int:
        """Bit set of the rules whose box meets ``box`` on every dimension."""
        found = self.all
        for d, mask in enumerate(box):
            if mask == self.universe[d]:
                continue  # every rule meets the whole dimension (rules are never empty)
            found &= self.dimensions[d].meeting(mask, budget)
            if not found:
                break
        return found


def meet(a: Box, b: Box) -> Box:
    return tuple(x & y for x, y in zip(a, b, strict=True))


@dataclass
class Overlaps:
    """Pairs ``(i, j)``, ``i < j``, of rules that share a point: the first few with their box."""

    listed: list[tuple[tuple[int, int], Box]] = field(default_factory=list)
    total: int = 0
    complete: bool = True


def find_overlaps(
    universe: Box,
    rules: Sequence[Box],
    *,
    kinds: Sequence[Hashable] | None = None,
    listed: int = 50,
    budget: int = DEFAULT_BUDGET,
) -> Overlaps:
    """Every pair of rules that share a point; with ``kinds``, only pairs of different kinds."""
    spent = Budget(budget)
    index = RuleIndex(rules, universe)
    same_kind: dict[Hashable, int] = {}
    if kinds is not None:
        for i, k in enumerate(kinds):
            same_kind[k] = same_kind.get(k, 0) | (1 << i)
    out = Overlaps()
    try:
        for i, box in enumerate(rules):
            later = index.meeting(box, spent) & ~((1 << (i + 1)) - 1)
            if kinds is not None:
                later &= ~same_kind[kinds[i]]
            out.total += later.bit_count()
            for j in bits(later):
                if len(out.listed) >= listed:
                    break
                out.listed.append(((i, j), meet(box, rules[j])))
    except _Stop:
        out.complete = False
    return out


def _gaps(universe: Box, rules: Sequence[Box], limit: int, spent: Budget, found: list[Box]) -> None:
    """Append to ``found`` the gaps of ``universe`` (up to ``limit``); raises _Stop on the budget."""

    def contains(r: Box, box: Box, free: tuple[int, ...]) -> bool:
        return all(r[d] & box[d] == box[d] for d in free)

    def walk(box: Box, ids: list[int], free: tuple[int, ...]) -> None:
        if not ids:
            found.append(box)
            if len(found) >= limit:
                raise _Enough
            return
        spent.spend(len(ids) * len(free))
        best: tuple[int, dict[int, list[int]]] | None = None
        settled = []
        for d in free:
            groups: dict[int, list[int]] = {}
            for i in ids:
                groups.setdefault(rules[i][d] & box[d], []).append(i)
            if len(groups) == 1 and box[d] in groups:
                settled.append(d)  # every rule contains the box here: nothing to split
            elif best is None or len(groups) > len(best[1]):
                best = (d, groups)
        if best is None or any(contains(rules[i], box, free) for i in ids):
            return  # some rule covers the whole box
        d, groups = best
        rest = tuple(x for x in free if x != d and x not in settled)
        masks = list(groups)
        signature: dict[int, list[int]] = {}
        for g, m in enumerate(masks):
            spent.spend(m.bit_count())
            for b in bits(m):
                signature.setdefault(b, []).append(g)
        classes: dict[tuple[int, ...], int] = {}
        for b in bits(box[d]):
            key = tuple(signature.get(b, ()))
            classes[key] = classes.get(key, 0) | (1 << b)
        # A class is covered when one of its rules also contains the box on the other dimensions.
        covering = [any(contains(rules[i], box, rest) for i in groups[m]) for m in masks]
        spent.spend(len(ids) * len(rest))
        for key in sorted(classes, key=len):  # classes without rules (gaps) first
            if any(covering[g] for g in key):
                continue
            members = sorted(i for g in key for i in groups[masks[g]])
            spent.spend(len(members) + 1)
            walk(box[:d] + (classes[key],) + box[d + 1 :], members, rest)

    start = [i for i, r in enumerate(rules) if all(m & u for m, u in zip(r, universe, strict=True))]
    try:
        walk(universe, start, tuple(range(len(universe))))
    except _Enough:
        pass


def find_gaps(
    universe: Box, rules: Sequence[Box], *, limit: int = 50, budget: int = DEFAULT_BUDGET
) -> tuple[list[Box], bool]:
    """Disjoint boxes of ``universe`` no rule covers (at most ``limit``); whether the search ended."""
    spent = Budget(budget)
    found: list[Box] = []
    try:
        _gaps(universe, rules, limit, spent, found)
    except _Stop:
        pass
    return found, not spent.exhausted


def find_shadowed(
    universe: Box,
    rules: Sequence[Box],
    *,
    uncertain: frozenset[int] = frozenset(),
    budget: int = DEFAULT_BUDGET,
) -> tuple[dict[int, list[int]], bool]:
    """Under FIRST: each rule that earlier rules cover entirely, with those earlier rules.

    ``uncertain`` rules have tests the analysis over-approximates: they are never trusted to
    cover a later rule. Returns ``({rule: [earlier rules meeting it]}, complete)``.
    """
    spent = Budget(budget)
    index = RuleIndex(rules, universe)
    trusted = index.all & ~sum(1 << i for i in uncertain)
    shadowed: dict[int, list[int]] = {}
    try:
        for i, box in enumerate(rules):
            earlier = index.meeting(box, spent) & trusted & ((1 << i) - 1)
            if not earlier:
                continue
            candidates = list(bits(earlier))
            spent.spend(len(candidates) * len(box))
            if _uncovered_on_one_dimension(box, [rules[j] for j in candidates]):
                continue  # quick: some value of one field no earlier rule accepts
            gaps: list[Box] = []
            _gaps(box, [meet(rules[j], box) for j in candidates], 1, spent, gaps)
            if not gaps:
                shadowed[i] = candidates
    except _Stop:
        return shadowed, False
    return shadowed, True


def _uncovered_on_one_dimension(box: Box, others: list[Box]) -> bool:
    """Whether, on some dimension, the union of ``others`` leaves part of ``box`` uncovered."""
    for d, mask in enumerate(box):
        union = 0
        for r in others:
            union |= r[d]
        if mask & ~union:
            return True
    return False
