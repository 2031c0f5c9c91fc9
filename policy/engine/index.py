"""Which chunks of a table can match a call: a small decision tree over what each chunk requires.

Every chunk knows what a fact must be for any of its rows to match (``translate.Chunk``): the
peildatum inside its validity window, a pinned field among its values, a bounded field inside
its hull. The index splits the chunks on the field that leaves the fewest candidates per
branch (a dict for pinned values, a sorted list of cut points for numbers and the peildatum),
recursively while that pays, and checks every requirement of the few chunks left in the leaf.
It is sound: a chunk is left out only when none of its rows can match; a missing value passes
no pin and no bound. One call costs a couple of lookups, however many chunks a table has.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["ChunkIndex", "Entry"]

#: (handle, rule names -> indices, first day, last day, pins, bounds), as ``translate.Chunk`` has them.
Entry = tuple[int, Mapping[str, int], "int | None", "int | None",
              tuple[tuple[str, frozenset[Any]], ...], tuple[tuple[str, float, float], ...]]

_LEAF = 4  # candidates a leaf may keep without trying another split
_DEPTH = 2
_GUARDS = 3  # pins and bounds a leaf checks per chunk (besides the window)
_PEILDATUM = ""  # the field name the window is indexed under


class ChunkIndex:
    """``select(facts, peildatum)``: the (handle, rule names) of the chunks that can match."""

    __slots__ = ("_root",)

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._root = _build(list(entries), 0)

    def select(self, facts: Mapping[str, Any], peildatum: int) -> list[tuple[int, Mapping[str, int]]]:
        node = self._root
        get = facts.get
        while True:
            kind = node[0]
            if kind == 0:
                break
            field = node[1]
            value = peildatum if field == _PEILDATUM else get(field)
            if kind == 1:
                node = node[3] if value is None else node[2].get(value, node[3])
            elif value is None:
                node = node[4]
            else:
                cuts = node[2]
                i = bisect_left(cuts, value)
                node = node[3][2 * i + 1 if i < len(cuts) and cuts[i] == value else 2 * i]
        out = []
        for handle, rule_index, first, last, pins, bounds in node[1]:
            if (first is not None and peildatum < first) or (last is not None and peildatum > last):
                continue
            for field, values in pins:
                if get(field) not in values:
                    break
            else:
                for field, lo, hi in bounds:
                    value = get(field)
                    if value is None or value < lo or value > hi:
                        break
                else:
                    out.append((handle, rule_index))
        return out


def _guards(entry: Entry) -> Entry:
    """The entry with at most ``_GUARDS`` of its pins and bounds (the narrowest pins first)."""
    pins, bounds = entry[4], entry[5]
    pins = pins[:_GUARDS]
    bounds = tuple(b for b in bounds if (b[1], b[2]) != (-math.inf, math.inf))[: _GUARDS - len(pins)]
    return entry[:4] + (pins, bounds)  # type: ignore[return-value]


def _leaf(entries: list[Entry]) -> tuple[Any, ...]:
    return (0, tuple(_guards(e) for e in entries))


def _window(entry: Entry) -> tuple[float, float] | None:
    first, last = entry[2], entry[3]
    if first is None and last is None:
        return None
    return (-math.inf if first is None else first, math.inf if last is None else last)


def _hulls(entries: list[Entry], field: str) -> list[tuple[float, float] | None]:
    if field == _PEILDATUM:
        return [_window(e) for e in entries]
    out: list[tuple[float, float] | None] = []
    for e in entries:
        found = None
        for name, lo, hi in e[5]:
            if name == field:
                found = (lo, hi)
        out.append(found)
    return out


def _pin_split(entries: list[Entry], field: str) -> tuple[dict[Any, list[int]], list[int]] | None:
    sets = [next((v for name, v in e[4] if name == field), None) for e in entries]
    free = [i for i, s in enumerate(sets) if s is None]
    if len(free) == len(entries):
        return None
    table: dict[Any, list[int]] = {}
    for i, s in enumerate(sets):
        for v in s or ():
            table.setdefault(v, []).append(i)
    return {v: sorted(set(rows) | set(free)) for v, rows in table.items()}, free


def _range_split(entries: list[Entry], field: str) -> tuple[list[float], list[list[int]], list[int]] | None:
    hulls = _hulls(entries, field)
    free = [i for i, h in enumerate(hulls) if h is None]
    cuts = sorted({x for h in hulls if h is not None for x in h if math.isfinite(x)})
    if not cuts:
        return None
    points = []
    for i in range(len(cuts) + 1):
        below = cuts[i - 1] if i else cuts[0] - 1
        above = cuts[i] if i < len(cuts) else cuts[-1] + 1
        points.append((below + above) / 2)  # inside the gap before cuts[i]
        if i < len(cuts):
            points.append(cuts[i])  # the cut itself
    segments = [[i for i, h in enumerate(hulls) if h is None or h[0] <= x <= h[1]] for x in points]
    return cuts, segments, free


def _build(entries: list[Entry], depth: int) -> tuple[Any, ...]:
    if len(entries) <= _LEAF or depth >= _DEPTH:
        return _leaf(entries)
    fields = {name for e in entries for name, _ in e[4]} | {name for e in entries for name, _, _ in e[5]}
    best: tuple[float, Any] | None = None
    for field in sorted(fields) + [_PEILDATUM]:
        pin = _pin_split(entries, field) if field != _PEILDATUM else None
        if pin is not None:
            table, free = pin
            score = (sum(len(rows) for rows in table.values()) + len(free)) / (len(table) + 1)
            if best is None or score < best[0]:
                best = (score, (1, field, pin))
        ranged = _range_split(entries, field)
        if ranged is not None:
            _, segments, free = ranged
            score = (sum(len(s) for s in segments) + len(free)) / (len(segments) + 1)
            if best is None or score < best[0]:
                best = (score, (2, field, ranged))
    if best is None or best[0] > 0.75 * len(entries):
        return _leaf(entries)
    kind, field, split = best[1]
    built: dict[tuple[int, ...], tuple[Any, ...]] = {}

    def sub(rows: list[int]) -> tuple[Any, ...]:
        key = tuple(rows)
        if key not in built:
            chosen = [entries[i] for i in rows]
            built[key] = _build(chosen, depth + 1) if len(rows) < len(entries) else _leaf(chosen)
        return built[key]

    if kind == 1:
        table, free = split
        return (1, field, {v: sub(rows) for v, rows in table.items()}, sub(free))
    cuts, segments, free = split
    return (2, field, cuts, [sub(s) for s in segments], sub(free))
