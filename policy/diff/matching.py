"""Rows of two workbooks matched by key, and what a value means for comparing."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = ["MISSING", "Entry", "KeyOf", "match", "out_of_order", "norm", "same"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(eq=False)
class Entry:
    """One row of one side: how it is matched, where it stands and what it means per column."""

    group: Any  # the key without its date: regel_id, (naam, sleutel), naam
    version: Any  # geldig_van for rules and parameters, else None
    row: int
    values: dict[str, Any]  # column (declared spelling) -> meaning
    origin: Any = field(default=None, compare=False)  # the model object

    def __post_init__(self) -> None:
        self.values = {column: norm(value) for column, value in self.values.items()}


#: (entry, dated) -> (key pairs, label)
KeyOf = Callable[[Entry, bool], tuple[tuple[tuple[str, Any], ...], str]]


def match(old: list[Entry], new: list[Entry]) -> tuple[list[tuple[Entry, Entry]], list[Entry], list[Entry], set[Any]]:
    """Pairs, added, removed, and the groups with dated versions (several rows on either side).

    Within a group the rows pair up by ``version`` (in row order); when exactly one row is left on
    each side they pair too (an edited ``geldig_van``).
    """
    by_old: dict[Any, list[Entry]] = {}
    by_new: dict[Any, list[Entry]] = {}
    for e in old:
        by_old.setdefault(e.group, []).append(e)
    for e in new:
        by_new.setdefault(e.group, []).append(e)
    pairs: list[tuple[Entry, Entry]] = []
    added: list[Entry] = []
    removed: list[Entry] = []
    dated: set[Any] = set()
    for group in [*by_new, *(g for g in by_old if g not in by_new)]:
        olds, news = by_old.get(group, []), by_new.get(group, [])
        if len(olds) > 1 or len(news) > 1:
            dated.add(group)
        if len(olds) == 1 and len(news) == 1:
            pairs.append((olds[0], news[0]))
            continue
        left_old = list(olds)
        left_new: list[Entry] = []
        for n in news:
            twin = next((o for o in left_old if same(o.version, n.version)), None)
            if twin is None:
                left_new.append(n)
            else:
                left_old.remove(twin)
                pairs.append((twin, n))
        if len(left_old) == 1 and len(left_new) == 1:
            pairs.append((left_old[0], left_new[0]))
        else:
            added.extend(left_new)
            removed.extend(left_old)
    return pairs, added, removed, dated


def out_of_order(pairs: list[tuple[Entry, Entry]]) -> list[tuple[Entry, Entry]]:
    """The pairs outside a longest run that kept its order: the rows that really moved."""
    ordered = sorted(pairs, key=lambda p: p[0].row)
    seq = [n.row for _, n in ordered]
    tails: list[int] = []  # index into seq of the smallest tail of each length
    back: list[int] = [-1] * len(seq)
    tail_values: list[int] = []
    for i, value in enumerate(seq):
        j = bisect.bisect_left(tail_values, value)
        if j == len(tail_values):
            tail_values.append(value)
            tails.append(i)
        else:
            tail_values[j] = value
            tails[j] = i
        back[i] = tails[j - 1] if j > 0 else -1
    keep: set[int] = set()
    i = tails[-1] if tails else -1
    while i != -1:
        keep.add(i)
        i = back[i]
    return [p for i, p in enumerate(ordered) if i not in keep]


def norm(value: Any) -> Any:
    """A comparable form: a boolean is not the number 1, 18 is 18.0, order of a set is irrelevant."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, bool):
        return ("ja/nee", value)
    if isinstance(value, (int, float)):
        return ("getal", value)
    if isinstance(value, date):
        return ("datum", value.isoformat())
    if isinstance(value, (list, tuple)):
        return tuple(norm(v) for v in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(norm(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, norm(v)) for k, v in value.items()))
    return value


def same(a: Any, b: Any) -> bool:
    return a is b or norm(a) == norm(b)
