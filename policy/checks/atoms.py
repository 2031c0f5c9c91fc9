"""The values of one field, cut into atoms so that every test of a table is a union of atoms.

A set of values is then a bit mask over the atoms (a Python ``int``): intersection is ``&``,
union ``|``, subtraction ``& ~``, emptiness ``== 0``, all exact. The atoms of a field are:

* ``ja/nee`` and a ``keuzelijst`` with allowed values: one atom per value;
* ``tekst``, ``landcode`` and a ``keuzelijst`` without allowed values: one atom per value
  mentioned in a test plus one atom for "any other value";
* ``geheel getal``, ``datum`` (as ordinals) and ``getal``: the line is split at every boundary a
  test mentions (integers for the first two, reals for ``getal``) and the field's bounds;
* ``lijst``: "not empty" (the reference matcher compares a list with no value, so only
  ``leeg``/``niet leeg`` can ever hold on a list).

Every field that can be absent also has the atom "no value" (``leeg``), which only the test
``empty`` (and no test at all) accepts: the null semantics of docs/architecture.md.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from policy.model import Test

__all__ = [
    "NULL", "OTHER", "NONEMPTY", "FieldSpace", "bits", "build_space", "describe_value", "lowest_bit",
]


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NULL = _Marker("NULL")  # the field has no value
OTHER = _Marker("OTHER")  # any value not mentioned in a test
NONEMPTY = _Marker("NONEMPTY")  # a list with at least one element

_FINITE, _OPEN, _INTERVAL, _LIST = "finite", "open", "interval", "list"
_KIND = {
    "ja/nee": _FINITE,
    "keuzelijst": _FINITE,
    "tekst": _OPEN,
    "landcode": _OPEN,
    "geheel getal": _INTERVAL,
    "datum": _INTERVAL,
    "getal": _INTERVAL,
    "lijst": _LIST,
}

Cut = tuple[Any, int]  # (x, 0): just before x; (x, 1): just after x (reals only)
Span = tuple[Cut | None, Cut | None]  # from cut to cut; None: unbounded


def bits(mask: int) -> Iterable[int]:
    """Indices of the set bits of ``mask``, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def lowest_bit(mask: int) -> int:
    return (mask & -mask).bit_length() - 1


@dataclass
class FieldSpace:
    """The atoms of one field and the masks of its tests.

    ``universe`` holds every value the field can take (its bounds applied, ``NULL`` included when
    the field can be absent). ``mask`` gives, for a test, the set of atoms on which it holds, as
    an over- and an under-approximation; they differ only for tests the analysis cannot model
    (e.g. ``< x`` on text), whose under-approximation is empty.
    """

    name: str
    type: str
    kind: str
    atoms: list[Any]  # value, OTHER, NONEMPTY or NULL; for intervals: index into the segments
    universe: int
    nullable: bool
    cuts: list[Cut] = field(default_factory=list)  # intervals only, sorted
    discrete: bool = True  # intervals: integers (geheel getal, datum) or reals (getal)
    index: dict[Any, int] = field(default_factory=dict)  # finite/open: value -> atom
    #: id(test) -> (test, its masks): a big table's rows share their Test objects (the reader
    #: parses each distinct cell once), and several stages ask for the same masks. The test is
    #: held so that its id cannot be reused while the entry lives.
    _masks: dict[int, tuple[Test, tuple[int, int]]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def null_bit(self) -> int:
        return 1 << (len(self.atoms) - 1) if self.nullable else 0

    @property
    def values(self) -> int:
        """Every value except "no value"."""
        return self.universe & ~self.null_bit

    def mask(self, test: Test) -> tuple[int, int]:
        """Atoms on which ``test`` holds: ``(over, under)`` approximations."""
        known = self._masks.get(id(test))
        if known is not None and known[0] is test:
            return known[1]
        result = self._mask(test)
        self._masks[id(test)] = (test, result)
        return result

    def _mask(self, test: Test) -> tuple[int, int]:
        op = test.op
        if op == "any":
            return self.universe, self.universe
        if op == "empty":
            return self.null_bit, self.null_bit
        if op == "present":
            return self.values, self.values
        if self.kind == _LIST:
            return 0, 0  # a list equals no scalar and is in no list of scalars
        inner = self._value_mask(test)
        if inner is None:
            return self.values, 0
        return inner & self.universe, inner & self.universe

    def _value_mask(self, test: Test) -> int | None:
        if self.kind == _INTERVAL:
            spans = _spans(test, self.discrete, self.type == "datum")
            if spans is None:
                return None
            positive, negate = spans
            m = 0
            for span in positive:
                m |= self._span_mask(span)
            return self.values & ~m if negate else m
        op = test.op
        if op in ("eq", "ne"):
            chosen: Sequence[Any] = (test.value,)
        elif op in ("in", "not_in"):
            chosen = test.values
        else:
            return None  # comparisons on text or choices are not modelled
        m = 0
        for v in chosen:
            i = self.index.get(_key(v))
            if i is not None:
                m |= 1 << i
        return self.values & ~m if op in ("ne", "not_in") else m

    def _span_mask(self, span: Span) -> int:
        lo, hi = span
        start = 0 if lo is None else bisect_left(self.cuts, lo) + 1
        end = len(self.cuts) if hi is None else bisect_left(self.cuts, hi)
        if start > end:
            return 0
        return ((1 << (end + 1)) - 1) ^ ((1 << start) - 1)

    def runs(self, mask: int) -> list[int]:
        """``mask`` split into connected pieces: runs of adjacent segments of a line."""
        if self.kind != _INTERVAL:
            return [mask] if mask else []
        pieces: list[int] = []
        null = mask & self.null_bit
        current, last = 0, -2
        for i in bits(mask & ~self.null_bit):
            if i != last + 1 and current:
                pieces.append(current)
                current = 0
            current |= 1 << i
            last = i
        if current:
            pieces.append(current)
        if null:
            pieces.append(null)
        return pieces

    def witness(self, mask: int) -> Any:
        """A value in ``mask`` (prefers mentioned values, then "other", then no value).

        Returns ``NULL`` for "no value", ``None`` when any value will do (an unbounded line).
        """
        values = mask & ~self.null_bit
        if not values:
            return NULL
        atom = lowest_bit(values)
        if self.kind != _INTERVAL:
            value = self.atoms[atom]
            if value is OTHER and self.type == "landcode":
                return _other_country(frozenset(self.mentioned))
            return value
        value = self._segment_point(atom)
        if value is not None and self.type == "datum":
            return date.fromordinal(value)
        return value

    def _segment_point(self, atom: int) -> Any:
        cuts = self.cuts
        if not cuts:
            return None
        if atom == 0:
            x, side = cuts[0]
            return x - 1 if side == 0 else x
        x, side = cuts[atom - 1]
        if side == 0:
            return x
        nxt = cuts[atom] if atom < len(cuts) else None
        candidate = math.floor(x) + 1
        if nxt is None or (candidate, 0) < nxt:
            return candidate
        return (x + nxt[0]) / 2

    @property
    def mentioned(self) -> list[Any]:
        """The values that have an atom of their own."""
        if self.kind == _INTERVAL:
            return []
        return [a for a in self.atoms if not isinstance(a, _Marker)]

    def describe(self, mask: int) -> str:
        """One value of ``mask``, as an officer reads it."""
        return describe_value(self.witness(mask), self.mentioned)


def describe_value(value: Any, mentioned: Sequence[Any] = ()) -> str:
    if value is NULL:
        return "leeg"
    if value is NONEMPTY:
        return "niet leeg"
    if value is OTHER:
        shown = ", ".join(sorted(describe_value(v) for v in mentioned))
        return f"een andere waarde dan {shown}" if shown else "elke waarde"
    if value is None:
        return "elke waarde"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@lru_cache(maxsize=1)
def _country_codes() -> tuple[str, ...]:
    import pycountry

    return tuple(sorted(c.alpha_2 for c in pycountry.countries))


def _other_country(mentioned: frozenset[Any]) -> Any:
    for code in _country_codes():
        if code not in mentioned:
            return code
    return OTHER


def _key(value: Any) -> Any:
    """Dictionary key of a value: keeps ``True`` apart from ``1``."""
    return (type(value) is bool, value)


def _number(value: Any, is_date: bool) -> float | int | None:
    if is_date:
        return value.toordinal() if isinstance(value, date) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def _lower(x: Any, inclusive: bool, discrete: bool) -> Cut:
    if discrete:
        return (math.ceil(x) if inclusive else math.floor(x) + 1, 0)
    return (x, 0 if inclusive else 1)


def _upper(x: Any, inclusive: bool, discrete: bool) -> Cut:
    if discrete:
        return ((math.floor(x) if inclusive else math.ceil(x) - 1) + 1, 0)
    return (x, 1 if inclusive else 0)


def _spans(test: Test, discrete: bool, is_date: bool) -> tuple[list[Span], bool] | None:
    """The test as spans of the line and whether it is their complement; None: not a line test."""
    op = test.op

    def num(v: Any) -> Any:
        return _number(v, is_date)

    def point(v: Any) -> Span | None:
        x = num(v)
        if x is None:
            return None
        return (_lower(x, True, discrete), _upper(x, True, discrete))

    if op in ("eq", "ne"):
        span = point(test.value)
        return None if span is None else ([span], op == "ne")
    if op in ("in", "not_in"):
        spans = [point(v) for v in test.values]
        if any(s is None for s in spans):
            return None
        return [s for s in spans if s is not None], op == "not_in"
    if op in ("lt", "le", "gt", "ge"):
        x = num(test.value)
        if x is None:
            return None
        if op in ("lt", "le"):
            return [(None, _upper(x, op == "le", discrete))], False
        return [(_lower(x, op == "ge", discrete), None)], False
    if op in ("between", "not_between"):
        lo = None if test.low is None else num(test.low)
        hi = None if test.high is None else num(test.high)
        if (test.low is not None and lo is None) or (test.high is not None and hi is None):
            return None
        span = (
            None if lo is None else _lower(lo, test.low_inclusive, discrete),
            None if hi is None else _upper(hi, test.high_inclusive, discrete),
        )
        return [span], op == "not_between"
    return None


def build_space(
    name: str,
    type_: str,
    tests: Iterable[Test],
    *,
    allowed: Sequence[Any] | None = None,
    minimum: Any = None,
    maximum: Any = None,
    nullable: bool = False,
) -> FieldSpace:
    """The space of field ``name`` of type ``type_``, cut so that each of ``tests`` is exact."""
    kind = _KIND.get(type_, _OPEN)
    if kind == _FINITE and type_ == "keuzelijst" and not allowed:
        kind = _OPEN
    if kind == _LIST:
        nullable = True  # even a list that is always given can be empty, and ``leeg`` holds then
    tests = list(tests)
    if kind == _INTERVAL:
        return _interval_space(name, type_, tests, minimum, maximum, nullable)
    atoms: list[Any]
    if kind == _LIST:
        atoms = [NONEMPTY]
    elif kind == _FINITE:
        atoms = [True, False] if type_ == "ja/nee" else list(dict.fromkeys(allowed or ()))
    else:
        seen: dict[Any, None] = {}
        for t in tests:
            if t.op in ("eq", "ne"):
                seen[t.value] = None
            elif t.op in ("in", "not_in"):
                seen.update(dict.fromkeys(t.values))
        atoms = [*seen, OTHER]
    index = {_key(v): i for i, v in enumerate(atoms) if v is not OTHER and v is not NONEMPTY}
    if nullable:
        atoms.append(NULL)
    universe = (1 << len(atoms)) - 1
    return FieldSpace(name, type_, kind, atoms, universe, nullable, index=index)


def _interval_space(
    name: str, type_: str, tests: list[Test], minimum: Any, maximum: Any, nullable: bool
) -> FieldSpace:
    discrete = type_ != "getal"
    is_date = type_ == "datum"
    cuts: set[Cut] = set()
    for t in tests:
        spans = _spans(t, discrete, is_date)
        for lo, hi in spans[0] if spans else ():
            cuts.update(c for c in (lo, hi) if c is not None)
    lo_bound = _number(minimum, is_date) if minimum is not None else None
    hi_bound = _number(maximum, is_date) if maximum is not None else None
    bound_span: Span = (
        None if lo_bound is None else _lower(lo_bound, True, discrete),
        None if hi_bound is None else _upper(hi_bound, True, discrete),
    )
    cuts.update(c for c in bound_span if c is not None)
    ordered = sorted(cuts)
    atoms: list[Any] = list(range(len(ordered) + 1))
    if nullable:
        atoms.append(NULL)
    space = FieldSpace(name, type_, _INTERVAL, atoms, 0, nullable, cuts=ordered, discrete=discrete)
    space.universe = space._span_mask(bound_span) | space.null_bit
    return space
