"""Compiled table -> durable-rules rulesets (pure data; registering them is ``matcher``'s job).

One rule per row, named ``r<index>``, over a single fact ``m``. Every rule starts with the
positive test ``k == 1`` (a rule whose only test is "field absent" matches durable's own state
fact and loops forever). A row's validity period becomes tests on ``d`` (the peildatum).
Field ``n`` of the table is property ``fN``; a missing value is a missing property, and every
value test is preceded by an explicit ``$ex`` so that ``ne``/``not_in``/``not_between`` on a
missing value are false by construction, not by durable's habit.

A table becomes several rulesets ("chunks") so no ruleset reaches durable's limits (see the
package docstring). When a table needs several chunks, rows are grouped by the field most
rows test for equality. Each chunk records its validity window and, for up to two fields that
every one of its rows pins by ``eq``/``in``, the values they can match ("pins"): the matcher
skips a chunk whose window or pins exclude the call, a sound index, so a 2,000-row table costs
a few assertions.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from policy.engine.encode import KINDS, FactEncoder, dump
from policy.engine.errors import EngineTableError

__all__ = [
    "MAX_FIELDS",
    "MAX_RULES_PER_RULESET",
    "MAX_TERMS_PER_RULESET",
    "Chunk",
    "TablePlan",
    "translate_table",
]

#: 256 rules ending on one alpha node segfault durable; stay well below.
MAX_RULES_PER_RULESET = 200
#: An alpha node with 512 children (e.g. 512 distinct equalities) hangs durable. Counting
#: every test term of every rule bounds the children of any node.
MAX_TERMS_PER_RULESET = 400
#: durable refuses facts of ~250 properties (error 302); keep far below.
MAX_FIELDS = 100

_ORDER_OPS = {"lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}
_VALUE_KINDS = {"str": (str,), "int": (int, float), "num": (int, float), "bool": (bool,)}


@dataclass(frozen=True)
class Chunk:
    """One durable ruleset: the rows it holds and when it can match at all."""

    name: str
    text: str  # the ruleset definition as durable reads it
    rule_index: Mapping[str, int]  # rule name -> compiled rule index
    first_day: int | None  # no row in force before this day (None: open)
    last_day: int | None  # no row in force after this day (None: open)
    pins: tuple[tuple[str, frozenset[Any]], ...]  # (field, values): no row matches outside them
    terms: int  # test terms of all its rules (bounded by MAX_TERMS_PER_RULESET)


@dataclass(frozen=True)
class TablePlan:
    """Everything ``DurableMatcher`` needs for one table of one compiled version."""

    encoder: FactEncoder
    chunks: tuple[Chunk, ...]
    group_field: str | None  # the field rows were grouped by (only with several chunks)


def translate_table(compiled: Mapping[str, Any], table_index: int) -> TablePlan:
    """Translate table ``table_index`` of ``compiled`` (read only, never mutated)."""
    table = compiled["tables"][table_index]
    types: dict[str, str] = {}
    for section in ("inputs", "derived", "outputs"):
        for spec in compiled.get(section) or ():
            types[spec["name"]] = spec["type"]
    names = sorted({t["field"] for rule in table["rules"] for t in rule["tests"]})
    if len(names) > MAX_FIELDS:
        raise EngineTableError(f"Tabel '{table['name']}' test {len(names)} velden; de engine kan er {MAX_FIELDS} aan.")
    props: dict[str, tuple[str, str]] = {}
    for n, name in enumerate(names):
        field_type = types.get(name)
        if field_type not in KINDS:
            raise EngineTableError(f"Veld '{name}' van tabel '{table['name']}' heeft geen bekend type ({field_type!r}).")
        props[name] = (f"f{n}", KINDS[field_type])

    rows = []
    for rule in table["rules"]:
        terms = _rule_terms(rule, props, table["name"])
        if terms is not None:  # None: a test no value can pass (``in`` an empty list)
            rows.append((rule, terms))

    group_field = None
    groups: list[list[tuple[dict[str, Any], list[Any]]]] = [rows]
    if _needs_split(rows):
        group_field, groups = _group_by_key(rows, props)
    parts = []
    for group in groups:
        parts.extend(_split(group))
    version = str(compiled.get("version") or "0")[:12]
    chunks = tuple(_chunk(version, table_index, n, part, props) for n, part in enumerate(parts))
    encoder = FactEncoder(tuple((name, props[name][0], types[name]) for name in names))
    return TablePlan(encoder=encoder, chunks=chunks, group_field=group_field if len(chunks) > 1 else None)


def _cost(terms: Sequence[Any]) -> int:
    return sum(len(t["$or"]) if "$or" in t else 1 for t in terms)


def _needs_split(rows: Sequence[tuple[Any, list[Any]]]) -> bool:
    return len(rows) > MAX_RULES_PER_RULESET or sum(_cost(t) for _, t in rows) > MAX_TERMS_PER_RULESET


def _split(rows: Sequence[tuple[dict[str, Any], list[Any]]]) -> list[list[tuple[dict[str, Any], list[Any]]]]:
    parts: list[list[tuple[dict[str, Any], list[Any]]]] = [[]]
    cost = 0
    for rule, terms in rows:
        c = _cost(terms)
        if c > MAX_TERMS_PER_RULESET:
            raise EngineTableError(f"Regel {rule['regel_id']} heeft {c} deeltoetsen; de engine kan er {MAX_TERMS_PER_RULESET} aan.")
        if parts[-1] and (len(parts[-1]) >= MAX_RULES_PER_RULESET or cost + c > MAX_TERMS_PER_RULESET):
            parts.append([])
            cost = 0
        parts[-1].append((rule, terms))
        cost += c
    return [p for p in parts if p]


def _key_values(rule: Mapping[str, Any], field: str) -> frozenset[Any] | None:
    """The values ``field`` must take for ``rule`` to match, if the rule pins it down."""
    found = None
    for t in rule["tests"]:
        if t["field"] != field:
            continue
        values = frozenset([t["value"]]) if t["op"] == "eq" else frozenset(t["values"]) if t["op"] == "in" else None
        if values is not None:
            found = values if found is None else found & values
    return found


def _group_by_key(
    rows: list[tuple[dict[str, Any], list[Any]]], props: Mapping[str, tuple[str, str]]
) -> tuple[str | None, list[list[tuple[dict[str, Any], list[Any]]]]]:
    counts: Counter[str] = Counter()
    for rule, _ in rows:
        counts.update({t["field"] for t in rule["tests"] if t["op"] in ("eq", "in") and props[t["field"]][1] != "list"})
    if not counts:
        return None, [rows]
    field = min(counts, key=lambda f: (-counts[f], f))
    keyed: list[tuple[dict[str, Any], list[Any], frozenset[Any]]] = []
    free: list[tuple[dict[str, Any], list[Any], frozenset[Any] | None]] = []
    for rule, terms in rows:
        values = _key_values(rule, field)
        if values is None:
            free.append((rule, terms, values))
        else:
            keyed.append((rule, terms, values))
    keyed.sort(key=lambda item: sorted(repr(v) for v in item[2]))
    return field, [[(r, t) for r, t, _ in keyed], [(r, t) for r, t, _ in free]]


def _pins(rows: list[tuple[dict[str, Any], list[Any]]], props: Mapping[str, tuple[str, str]]) -> tuple[tuple[str, frozenset[Any]], ...]:
    found = []
    for field in sorted(props):
        if props[field][1] == "list":
            continue
        values = [_key_values(rule, field) for rule, _ in rows]
        if values and all(v is not None for v in values):
            found.append((field, frozenset().union(*values)))  # type: ignore[arg-type]
    found.sort(key=lambda pin: (len(pin[1]), pin[0]))
    return tuple(found[:2])


def _chunk(version: str, table_index: int, n: int, rows: list[tuple[dict[str, Any], list[Any]]], props: Mapping[str, tuple[str, str]]) -> Chunk:
    definition = {f"r{rule['index']}": {"all": [{"m": {"$and": terms}}]} for rule, terms in rows}
    text = dump(definition)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    starts = [rule["from"] for rule, _ in rows]
    ends = [rule["to"] for rule, _ in rows]
    return Chunk(
        name=f"rw-{version}-t{table_index}-c{n}-{digest}",
        text=text,
        rule_index={f"r{rule['index']}": rule["index"] for rule, _ in rows},
        first_day=None if not starts or None in starts else min(starts),
        last_day=None if not ends or None in ends else max(ends),
        pins=_pins(rows, props),
        terms=sum(_cost(terms) for _, terms in rows),
    )


def _check_value(value: Any, kind: str, where: str) -> Any:
    allowed = _VALUE_KINDS.get(kind, ())
    if value is None or not isinstance(value, allowed) or (kind != "bool" and isinstance(value, bool)):
        raise EngineTableError(f"{where}: waarde {value!r} past niet bij het type van het veld.")
    return value


def _rule_terms(rule: Mapping[str, Any], props: Mapping[str, tuple[str, str]], table: str) -> list[Any] | None:
    terms: list[Any] = [{"k": 1}]
    if rule["from"] is not None:
        terms.append({"$gte": {"d": rule["from"]}})
    if rule["to"] is not None:
        terms.append({"$lte": {"d": rule["to"]}})
    for t in rule["tests"]:
        prop, kind = props[t["field"]]
        op = t["op"]
        where = f"Tabel '{table}', regel {rule['regel_id']}, veld '{t['field']}'"
        if op == "empty":
            terms.append({"$nex": {prop: 1}})
            continue
        terms.append({"$ex": {prop: 1}})
        if op == "present":
            continue
        if kind == "list":
            raise EngineTableError(f"{where}: op een lijst kan alleen 'leeg' of 'niet leeg' getest worden, niet {op!r}.")
        if op in ("eq", "ne"):
            value = _check_value(t["value"], kind, where)
            terms.append({prop: value} if op == "eq" else {"$neq": {prop: value}})
        elif op in ("in", "not_in"):
            values = list(dict.fromkeys(_check_value(v, kind, where) for v in t["values"]))
            if op == "not_in":
                terms.extend({"$neq": {prop: v}} for v in values)
            elif not values:
                return None
            elif len(values) == 1:
                terms.append({prop: values[0]})
            else:
                terms.append({"$or": [{prop: v} for v in values]})
        elif op in _ORDER_OPS or op in ("between", "not_between"):
            if kind not in ("int", "num"):
                raise EngineTableError(f"{where}: {op!r} vergelijkt alleen getallen en datums.")
            if op in _ORDER_OPS:
                terms.append({_ORDER_OPS[op]: {prop: _check_value(t["value"], kind, where)}})
                continue
            low, high = _check_value(t["low"], kind, where), _check_value(t["high"], kind, where)
            lo_inc, hi_inc = t["low_inclusive"], t["high_inclusive"]
            if op == "between":
                terms.append({"$gte" if lo_inc else "$gt": {prop: low}})
                terms.append({"$lte" if hi_inc else "$lt": {prop: high}})
            else:
                terms.append({"$or": [{"$lt" if lo_inc else "$lte": {prop: low}}, {"$gt" if hi_inc else "$gte": {prop: high}}]})
        else:
            raise EngineTableError(f"{where}: onbekende toets {op!r}.")
    return terms
