"""JSON text for durable-rules, written by hand: strict types, no exponents, no coercion.

durable's C parser compares the raw text of strings (so rules and facts must escape them the
same way), cannot read numbers in exponent notation, and coerces across types (``"18"`` meets
``>= 18``, ``0`` and ``"false"`` meet ``= false``). Every value that reaches it goes through
this module, which refuses what does not fit the field's compiled type.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any

from policy.engine.errors import EngineInputError
from policy.reference.matcher import compile_predicate

__all__ = ["KINDS", "MISSING", "NEUTRAL_TESTS", "RESERVED_KEYS", "FactEncoder", "dump", "number_text", "string_text"]

#: Compiled field type -> the kind of JSON value durable sees.
KINDS = {
    "tekst": "str",
    "keuzelijst": "str",
    "landcode": "str",
    "geheel getal": "int",
    "datum": "int",  # proleptic ordinal
    "getal": "num",
    "ja/nee": "bool",
    "lijst": "list",  # only its presence reaches durable (tests on lists are empty/present)
}

#: Keys durable itself uses in every fact; a fact may never carry them.
RESERVED_KEYS = ("sid", "id")

_MAX_INT = 2**53  # exact in a double: durable compares ints and doubles as doubles
_MAX_FLOAT = 1e15  # repr() of a smaller finite float never needs an exponent above
_MAX_STRING = 10_000  # durable stores value lengths in 16 bits


def number_text(value: int | float) -> str:
    """JSON number text durable can read (no exponent); ValueError if out of range."""
    if isinstance(value, int):
        if -_MAX_INT <= value <= _MAX_INT:
            return str(int(value))
        raise ValueError(f"integer {value} is out of range")
    if not math.isfinite(value) or abs(value) >= _MAX_FLOAT:
        raise ValueError(f"number {value!r} is out of range")
    text = repr(float(value))
    if "e" in text:
        text = format(Decimal(text), "f")
    return text


def string_text(value: str) -> str:
    """The one JSON spelling of a string used in rules and facts alike (``json.dumps``'s)."""
    if len(value) > _MAX_STRING:
        raise ValueError(f"text of {len(value)} characters is too long")
    if value.isascii() and value.isprintable() and '"' not in value and "\\" not in value:
        return '"' + value + '"'  # exactly what json.dumps writes for such text, five times faster
    return json.dumps(value, ensure_ascii=False)


def dump(obj: Any) -> str:
    """Serialise a ruleset definition (dicts, lists, str, bool, int, float) for durable."""
    if isinstance(obj, dict):
        return "{" + ",".join(string_text(k) + ":" + dump(v) for k, v in obj.items()) + "}"
    if isinstance(obj, list):
        return "[" + ",".join(dump(v) for v in obj) + "]"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return number_text(obj)
    if isinstance(obj, str):
        return string_text(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def _refuse(name: str, value: Any, field_type: str) -> EngineInputError:
    shown = type(value).__name__
    return EngineInputError(
        f"Feit '{name}' heeft de waarde {value!r} (Python-type {shown}), "
        f"maar de tabel verwacht een waarde van type '{field_type}'."
    )


_CACHE_LIMIT = 4096
#: Per kind, the Python types whose values the cache may answer (``piece`` spells them exactly).
_EXACT: dict[str, frozenset[type]] = {"str": frozenset({str}), "int": frozenset({int}),
                                      "num": frozenset({int, float}), "bool": frozenset({bool}),
                                      "list": frozenset()}
_NONE = type(None)
#: Per kind, the Python types a type signature may count as exact: the cached ones, and a list
#: (``FactEncoder`` spells a list of texts inline, by whether it is empty).
_SIGNED: dict[str, frozenset[type]] = {**_EXACT, "list": frozenset({list})}
_IS_TEXT = str.__instancecheck__  # ``isinstance(v, str)`` as a C-level callable, for ``map``
_SIGNATURES = 1024  # type signatures an encoder remembers as exact
_GETTER_MISSES = 64  # facts lacking a field before an encoder stops trying ``itemgetter`` first
#: A field with more tests than this never has a value left out (see ``_Field.neutral``).
NEUTRAL_TESTS = 32


class _Field:
    """One tested field: checks a value's type and spells ``,"fN":<value>`` (cached).

    A field the rules only test for presence (``presence``) is spelled ``,"fN":1`` whatever its
    value: durable sees no value it could compare, only that the property is there. A value on
    which every test of the field gives what it gives on no value (``neutral``: ``false`` where
    the rules only test ``= true``, a country no row names, an age inside every band) is spelled
    ``""``, as if absent: durable's answer is the same and the fact it parses and echoes in every
    message is shorter. Spellings are cached by value and only looked up for a value of one of
    the field's ``exact`` types, so ``1`` never borrows the spelling of ``True``.
    """

    __slots__ = ("name", "key", "kind", "field_type", "cache", "presence", "one", "neutral", "exact", "signed")

    def __init__(self, name: str, prop: str, field_type: str, presence: bool = False) -> None:
        self.name = name
        self.key = f',"{prop}":'
        self.kind = KINDS[field_type]
        self.field_type = field_type
        self.cache: dict[Any, str] = {None: ""}
        self.exact = _EXACT[self.kind]
        self.signed = _SIGNED[self.kind]
        self.presence = presence
        self.one = self.key + "1"
        self.neutral: Any = None  # value -> True when every test on the field ignores it

    def set_tests(self, tests: list[Mapping[str, Any]]) -> None:
        """The compiled tests durable holds on this field (all of them), for ``neutral``."""
        if self.presence or self.kind == "list" or not tests or len(tests) > NEUTRAL_TESTS:
            return
        checks = [(p, p(None)) for p in map(compile_predicate, tests)]

        def neutral(value: Any) -> bool:
            try:
                return all(p(value) == none for p, none in checks)
            except TypeError:
                return False

        self.neutral = neutral
        self.cache.clear()  # spellings made before may no longer be the shortest
        self.cache[None] = ""

    def piece(self, value: Any) -> str:
        kind = self.kind
        if self.presence and kind == "str" and type(value) is str and len(value) <= _MAX_STRING:
            return self.one  # the common case of a presence-only field, not cached (values vary)
        if kind == "list":
            if type(value) is not list:
                raise _refuse(self.name, value, self.field_type)
            for v in value:
                if not isinstance(v, str):
                    raise _refuse(self.name, value, self.field_type)
            return self.key + "1" if value else ""
        if kind == "str":
            ok = isinstance(value, str)
        elif kind == "bool":
            ok = type(value) is bool
        elif kind == "int":
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not ok:
            raise _refuse(self.name, value, self.field_type)
        try:
            if kind == "str":
                text = string_text(value)
            elif kind == "bool":
                text = "true" if value else "false"
            else:
                text = number_text(value)
        except ValueError as exc:
            raise _refuse(self.name, value, self.field_type) from exc
        if self.presence:
            piece = self.one
        elif self.neutral is not None and self.neutral(value):
            piece = ""
        else:
            piece = self.key + text
        if len(self.cache) < _CACHE_LIMIT:
            self.cache[value] = piece
        return piece


class FactEncoder:
    """Encodes the facts one table tests into the body of a durable fact, once per call.

    ``fields`` is a sequence of (fact name, durable property, compiled type[, presence only]).
    A missing or ``None`` value (and an empty list) leaves the property out, which the rules
    test with ``$ex``/``$nex`` explicitly. Spellings are cached per field, but only looked up
    for a value of the field's exact Python type, so ``1`` never borrows the spelling of
    ``True``: a fact whose types (``map(type, values)``) were seen exact before is spelled by a
    few C-level passes over its values, any other field by field. ``set_tests`` (once, before
    the first fact) lets values that no test can tell from absence be left out.
    """

    __slots__ = ("_fields", "names", "_caches", "_lists", "_exact", "_dates", "_presence", "_getter", "_misses")

    def __init__(self, fields: tuple[tuple[Any, ...], ...]) -> None:
        specs = [_Field(*spec) for spec in fields]
        self._fields = specs
        self._caches = tuple(f.cache for f in specs)
        #: list fields: (position, ``,"fN":1``); a list is unhashable, so its cache is not asked
        self._lists = tuple((n, f.key + "1") for n, f in enumerate(specs) if f.kind == "list")
        #: type signatures (one type per field) whose every value the caches may answer
        self._exact: set[tuple[type, ...]] = set()
        self._dates = tuple((n, f.name) for n, f in enumerate(specs) if f.field_type == "datum")
        #: presence-only text and whole-number fields: (position, kind, ``,"fN":1``)
        self._presence = tuple((n, f.kind, f.one) for n, f in enumerate(specs)
                               if f.presence and f.kind in ("str", "int"))
        #: the field names, in the order ``encode_values`` lists their values
        self.names = tuple(f.name for f in specs)
        self._getter = itemgetter(*self.names) if len(self.names) > 1 else None
        self._misses = 0  # facts that lacked a field the getter asked for

    def set_tests(self, tests: Mapping[str, list[Mapping[str, Any]]]) -> None:
        """Every compiled test durable holds, by field (see ``_Field.neutral``)."""
        for field in self._fields:
            field.set_tests(tests.get(field.name) or [])

    def encode(self, facts: Mapping[str, Any], peildatum: Any) -> str:
        """The fact text after ``"d":`` (peildatum first, then one property per present field)."""
        return self.encode_values(facts, peildatum, None)[0]

    def encode_values(self, facts: Mapping[str, Any], peildatum: Any,
                      own: frozenset[str] | None) -> tuple[str, list[Any]]:
        """``encode`` for a fact several tables share, and the values it was made of (in the
        order of ``names``; ``MISSING`` where a value was left out).

        Fields in ``own`` (those of the table being matched; None: all) are held to their type
        as in ``encode``. Another table's field may still hold its natural value (a date: it is
        read as its ordinal); one that does not fit is left out of the fact and of the values, so
        that the table it belongs to never takes an answer from this fact (its own call refuses
        it).
        """
        if type(peildatum) is not int or not -_MAX_INT <= peildatum <= _MAX_INT:
            raise _refuse("peildatum", peildatum, "datum")
        if "sid" in facts or "id" in facts:
            raise EngineInputError("De feiten bevatten de gereserveerde naam 'sid' of 'id'.")
        getter = self._getter
        if getter is not None and type(facts) is dict:
            try:
                values = list(getter(facts))  # one C call; a name the dict lacks: .get below
            except KeyError:
                values = list(map(facts.get, self.names))
                self._misses += 1
                if self._misses > _GETTER_MISSES:  # facts often lack a field: no getter (a raise costs)
                    self._getter = None
        else:
            values = list(map(facts.get, self.names))
        if own is not None:
            for n, name in self._dates:
                value = values[n]
                if type(value) is date and name not in own:
                    values[n] = value.toordinal()
        signature = tuple(map(type, values))
        if signature in self._exact:
            lists = self._lists
            if lists:
                keys = values[:]
                for n, _ in lists:
                    keys[n] = None
                pieces: list[str | None] = list(map(dict.get, self._caches, keys))
                for n, one in lists:  # ``_Field.piece`` of a list, inline
                    value = values[n]
                    if value:
                        pieces[n] = one if all(map(_IS_TEXT, value)) else None
            else:
                pieces = list(map(dict.get, self._caches, values))
            for n, kind, one in self._presence:
                value = values[n]
                if value is not None:
                    if kind == "str":
                        pieces[n] = one if len(value) <= _MAX_STRING else None
                    else:
                        pieces[n] = one if -_MAX_INT <= value <= _MAX_INT else None
            try:  # a None left (a value not cached) makes join refuse: spelled below
                return str(peildatum) + "".join(pieces) + "}", values  # type: ignore[arg-type]
            except TypeError:
                pass
        else:
            pieces = [None] * len(values)
        return str(peildatum) + self._rest(values, own, pieces, signature) + "}", values

    def _rest(self, values: list[Any], own: frozenset[str] | None, pieces: list[str | None],
              signature: tuple[type, ...]) -> str:
        """The properties of ``values``, spelling field by field where ``pieces`` has None."""
        fields = self._fields
        exact = True
        for n, piece in enumerate(pieces):
            if piece is not None:
                continue
            field = fields[n]
            value = values[n]
            if value is None:
                pieces[n] = ""
                continue
            try:
                found = field.cache.get(value) if type(value) in field.exact else None
                pieces[n] = found if found is not None else field.piece(value)
            except EngineInputError:
                if own is None or field.name in own:
                    raise
                values[n] = MISSING
                pieces[n] = ""
                exact = False
            else:
                exact = exact and type(value) in field.signed
        if exact and len(self._exact) < _SIGNATURES:
            self._exact.add(signature)
        return "".join(pieces)  # type: ignore[arg-type]

    def encode_shared(self, facts: Mapping[str, Any], peildatum: Any,
                      own: frozenset[str]) -> tuple[str, dict[str, Any]]:
        """``encode_values`` with the values by name (``by_name``)."""
        body, values = self.encode_values(facts, peildatum, own)
        return body, self.by_name(values)

    def by_name(self, values: list[Any]) -> dict[str, Any]:
        """``encode_values``'s values by field name; a value left out of the fact (``MISSING``: no
        test tells it from absence) is absent here too, as the chunk index must see it."""
        return {name: v for name, v in zip(self.names, values) if v is not MISSING}


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


#: A value ``encode_values`` left out of the fact (it did not fit another table's field).
MISSING: Any = _Missing()
