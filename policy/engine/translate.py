"""Compiled table -> durable-rules rulesets (pure data; registering them is ``matcher``'s job).

One durable rule per row, named ``r<index>``, over a single fact. Every rule starts with the
positive test ``k == 1`` (a rule whose only test is "field absent" matches durable's own state
fact and loops forever). Field ``n`` of the table is property ``fN``; a missing value is a
missing property. durable reaches a value test only through a property the fact has
(``handleAlpha`` walks the fact's own properties), so on a missing value every value test,
``ne``/``not_in``/``not_between`` included, is false, and ``empty``/``present`` are explicit
``$nex``/``$ex`` tests. A row's validity period becomes tests on ``d`` (the peildatum).

Terms are ordered so that rows share durable's nodes and a fact passes few siblings at once:
equalities first (fields most rows pin first), then the other single tests (``!=`` last of them:
nearly every value passes one, so a fact that fails the row fails it sooner), then the validity
period, and the ``$or`` tests (lists, ``not_between``) last, since durable shares nothing after
an ``$or``. Limits of durable that a row can reach on its own are lifted here:

* an ``in`` list of more than ``LIST_PART`` values becomes several durable rules for the same
  row ("variants", ``r<index>v<n>``), each with a part of the list, so no node gets more
  children than durable's hash set holds;
* durable keeps at most 31 expression markers per pattern (error 113 from 15 ``$or`` tests in
  one rule), so a row with more than ``OR_PER_PATTERN`` of them is split into patterns that
  each repeat the row's single tests and take a share of its ``$or`` tests, joined on the same
  fact (``"dist": 0`` lets one fact meet every pattern of a rule).

A table becomes as few rulesets ("chunks") as durable's limits allow: ``network.Network``
replays durable's node sharing and bounds the stack one fact can need, the children of a node
and the rules ending on one. A table that fits stays in one ruleset in row order; otherwise
rows are put in order and cut into chunks greedily, in whichever of a few orders leaves the
fewest chunks a call must assert into: grouped by the field most rows pin by ``eq``/``in``
and within a group along the numeric field most rows bound; along that field alone; along
the validity period. Each chunk records what
its rows require of a fact: the validity window, the values of fields every row pins
(``pins``) and the hull of numeric fields every row bounds (``bounds``). ``index.ChunkIndex``
turns those into a sound index, so a call asserts only into chunks that can match. In a chunk
of a big table the bands of its lead field hang below shared halving guards (``_guarded``).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as _field
from itertools import product
from typing import Any

from policy.engine.encode import KINDS, FactEncoder, dump
from policy.engine.errors import EngineTableError
from policy.engine.network import Network
from policy.expr import names_in
from policy.model.bulk import collection_paused

__all__ = [
    "BIG_CHUNK",
    "BIG_TABLE",
    "LIST_PART",
    "MAX_FIELDS",
    "MAX_PATTERNS",
    "MAX_RULES_PER_RULESET",
    "MAX_TERMS_PER_RULESET",
    "MAX_VARIANTS",
    "OR_PER_PATTERN",
    "SPLIT_VALUES",
    "Chunk",
    "TablePlan",
    "WorkbookPlan",
    "early_fields",
    "translate_table",
    "translate_workbook",
]

#: Rules per ruleset; 256 rules ending on one alpha node corrupt durable's memory.
MAX_RULES_PER_RULESET = 200
#: Durable rules from which a table is big: its rules test their most bound field first and its
#: layouts are tried one at a time, the sweep along that field first (see ``_translate``). Every
#: table that cannot stay in one ruleset is big: a fact then walks the rows of its own band of a
#: chunk, where in rulesets of 200 rows in group order it passed most of the nodes below the root
#: (1,000 x 25: 21 µs of C per assertion, 6 when cut along the band field into chunks of 50).
BIG_TABLE = MAX_RULES_PER_RULESET
#: Rules per ruleset of a big table cut along a numeric field: a fact passes the lower bound of
#: about half the bands of its chunk, and every node it passes costs durable a probe per fact
#: property; smaller chunks walk less, but each ruleset costs every session ~80 KB of state once
#: it is asserted into (45 µs the first time), so chunks are not made smaller than this.
BIG_CHUNK = 50
#: Durable rules up to which a big table's chunks get halving guards (``_guarded``): beyond, the
#: network check of the guarded chunks cost 10,000 x 25 ~0.5 s more registration than the 2 s
#: it may take, for no per-decision gain measurable on a shared machine.
GUARDED_TABLE = 4_000
#: Test terms per ruleset: bounds the definition text and registration time of one ruleset
#: (the children of one node are bounded exactly by ``network.MAX_CHILDREN``).
MAX_TERMS_PER_RULESET = 10_000
#: Fields a table may test: a fact holds at most 255 properties (error 302), four are ours.
MAX_FIELDS = 150
#: Values of an ``in`` list held by one durable rule; longer lists become variants.
LIST_PART = 200
#: Durable rules one row may become (the product of its lists' parts).
MAX_VARIANTS = 64
#: Lists on the field a split table is grouped by, up to this long, become one rule per value.
SPLIT_VALUES = 16
#: ``$or`` tests per pattern (durable: 2 expression markers each, 2 more per pattern, < 32).
OR_PER_PATTERN = 13
#: Patterns per rule (durable: error 304 from about 20 messages in one frame).
MAX_PATTERNS = 12

_ORDER_OPS = {"lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte"}
_VALUE_KINDS = {"str": (str,), "int": (int, float), "num": (int, float), "bool": (bool,)}
_INF = math.inf
_MAX_STRING = 10_000  # longer text is refused by ``dump`` (durable stores lengths in 16 bits)
_MAX_PLAIN = 1e15  # floats below this (and from 1e-4) have a repr without an exponent


@dataclass(frozen=True)
class Chunk:
    """One durable ruleset: the rows it holds and what a fact must be for any of them to match."""

    name: str
    text: str  # the ruleset definition as durable reads it
    rule_index: Mapping[str, int]  # durable rule name -> compiled rule index
    first_day: int | None  # no row in force before this day (None: open)
    last_day: int | None  # no row in force after this day (None: open)
    pins: tuple[tuple[str, frozenset[Any]], ...]  # (field, values): no row matches outside them
    bounds: tuple[tuple[str, float, float], ...]  # (field, lo, hi): no row matches outside [lo, hi]
    terms: int  # test terms of all its rules (bounded by MAX_TERMS_PER_RULESET)
    stack: int  # bound of durable's stack for any fact (network.MAX_STACK at most)


@dataclass(frozen=True)
class TablePlan:
    """Everything ``DurableMatcher`` needs for one table of one compiled version."""

    encoder: FactEncoder
    chunks: tuple[Chunk, ...]
    group_field: str | None  # the field rows were grouped by (only with several chunks)


@dataclass(frozen=True)
class WorkbookPlan:
    """All tables of one compiled version in one ``TablePlan`` (its rule numbers are global)."""

    table: TablePlan
    #: global rule number -> (table index, rule index, the tests durable does not hold)
    owners: tuple[tuple[int, int, tuple[Mapping[str, Any], ...]], ...]
    #: per table: the fields its durable tests read (a shared fact answers for a table whose
    #: fields hold the same values)
    fields: tuple[tuple[str, ...], ...]
    #: per table: the global numbers of its rules with no early test (left to the matcher: in
    #: durable they would fire on every fact)
    always: tuple[tuple[int, ...], ...] = ()
    #: global rule number of a durable rule -> the numbers of every rule with the same early
    #: tests and validity period, itself first (rows of several tables, or repeated rows, that
    #: differ only in what they test late are one durable rule, so a fact fires it once)
    same: Mapping[int, tuple[int, ...]] = _field(default_factory=dict)


@dataclass(frozen=True)
class _Piece:
    """One durable rule: a row, or one variant of a row."""

    name: str
    rule: Mapping[str, Any]
    patterns: tuple[tuple[Any, ...], ...]  # each pattern: its list of terms
    cost: int
    pins: Mapping[str, frozenset[Any]]  # field -> the values it must take
    bounds: Mapping[str, tuple[float, float]]  # numeric field -> the closed hull it must lie in

    def definition(self) -> dict[str, Any]:
        if len(self.patterns) == 1:
            return {"all": [{"m": {"$and": list(self.patterns[0])}}]}
        return {"all": [{f"p{n}": {"$and": list(p)}} for n, p in enumerate(self.patterns)], "dist": 0}


def translate_table(compiled: Mapping[str, Any], table_index: int) -> TablePlan:
    """Translate table ``table_index`` of ``compiled`` (read only, never mutated)."""
    table = compiled["tables"][table_index]
    return _translate(compiled, f"t{table_index}", table["name"], table["rules"])


def translate_workbook(compiled: Mapping[str, Any]) -> WorkbookPlan:
    """Every table of ``compiled`` in one set of rulesets, for one assertion per decision.

    A rule's tests on fields known before the first table (inputs, and derived fields that read
    only inputs) go to durable; its tests on what a table decides (intermediate outputs, and
    derived fields that read them) are left in ``late``, for the matcher to check once the
    table's turn has come. Raises EngineTableError where ``translate_table`` would for a table.
    """
    early = early_fields(compiled)
    rules: list[dict[str, Any]] = []
    owners: list[tuple[int, int, tuple[Mapping[str, Any], ...]]] = []
    always: list[tuple[int, ...]] = []
    fields: list[tuple[str, ...]] = []
    same: dict[int, list[int]] = {}
    first: dict[tuple[Any, ...], int] = {}  # (early tests, from, to) -> the first rule number with them
    for t, table in enumerate(compiled["tables"]):
        seen: set[str] = set()
        alone = []
        for rule in table["rules"]:
            tests = [x for x in rule["tests"] if x["field"] in early]
            seen.update(x["field"] for x in tests)
            number = len(owners)
            owners.append((t, rule["index"], tuple(x for x in rule["tests"] if x["field"] not in early)))
            if not tests:  # nothing for durable to test: it would fire on every fact
                alone.append(number)
                continue
            key = (tuple(sorted(json.dumps(x, sort_keys=True) for x in tests)), rule["from"], rule["to"])
            found = first.setdefault(key, number)
            same.setdefault(found, []).append(number)
            if found == number:
                rules.append({**rule, "index": number, "tests": tests,
                              "regel_id": f"{table['name']}/{rule['regel_id']}"})
        fields.append(tuple(sorted(seen)))
        always.append(tuple(alone))
    plan = _translate(compiled, "w", "werkboek", rules) if rules else TablePlan(FactEncoder(()), (), None)
    return WorkbookPlan(table=plan, owners=tuple(owners), fields=tuple(fields), always=tuple(always),
                        same={n: tuple(numbers) for n, numbers in same.items()})


def early_fields(compiled: Mapping[str, Any]) -> frozenset[str]:
    """Fields whose value is known before the first table: inputs, and the derived fields that
    read only those (as ``policy.evaluation.plan`` orders them)."""
    produced = {name for table in compiled["tables"] for name in table["outputs"]}
    derived = {spec["name"]: spec for spec in compiled.get("derived") or ()}
    early = {spec["name"] for spec in compiled["inputs"]} - produced
    pending = [spec for name, spec in derived.items() if name not in produced]
    progress = True
    while progress:
        progress = False
        for spec in list(pending):
            if all(n in early or (n not in derived and n not in produced) for n in names_in(spec["expr"])):
                early.add(spec["name"])
                pending.remove(spec)
                progress = True
    return frozenset(early)


def _translate(compiled: Mapping[str, Any], label: str, table_name: str,
               rules: Sequence[Mapping[str, Any]]) -> TablePlan:
    """``_translate_rules`` with the cyclic garbage collector paused (``policy.model.bulk``): a
    big table makes millions of small objects, none of them in a cycle, and with a big compiled
    table alive each full collection walked all of it (40% of the translation of 10,000 x 25)."""
    with collection_paused():
        return _translate_rules(compiled, label, table_name, rules)


def _translate_rules(compiled: Mapping[str, Any], label: str, table_name: str,
                     rules: Sequence[Mapping[str, Any]]) -> TablePlan:
    types: dict[str, str] = {}
    for section in ("inputs", "derived", "outputs"):
        for spec in compiled.get(section) or ():
            types[spec["name"]] = spec["type"]
    names = sorted({t["field"] for rule in rules for t in rule["tests"]})
    if len(names) > MAX_FIELDS:
        raise EngineTableError(f"Tabel '{table_name}' test {len(names)} velden; de engine kan er {MAX_FIELDS} aan.")
    props: dict[str, tuple[str, str]] = {}
    for n, name in enumerate(names):
        field_type = types.get(name)
        if field_type not in KINDS:
            raise EngineTableError(f"Veld '{name}' van tabel '{table_name}' heeft geen bekend type ({field_type!r}).")
        props[name] = (f"f{n}", KINDS[field_type])
    rank = _field_rank(rules, names)

    pieces: list[_Piece] = []
    exotic: list[Any] = []
    lead = _lead(rules) if len(rules) > BIG_TABLE else None
    prop_field = {prop: name for name, (prop, _) in props.items()}
    for rule in rules:
        pieces.extend(_pieces(rule, props, rank, table_name, exotic, lead, prop_field))

    group_field = None
    widths: dict[int, Any] = {}  # fan widths of the ``$or`` lists, for every network built below
    parts = _fit_one(pieces)
    if parts is None:
        layouts = _layouts(pieces, props)
        if len(pieces) > BIG_TABLE:
            # Packing is most of a big table's translation: try the sweep along its most bound
            # field first, in small chunks (a fact walks less of each), and stop when one
            # assertion or so is enough.
            layouts = layouts[1:2] + layouts[:1] + layouts[2:]
        packed = []
        for n, (group, ordered) in enumerate(layouts):
            limit = BIG_CHUNK if len(pieces) > BIG_TABLE and group is None and n == 0 else MAX_RULES_PER_RULESET
            found = _pack(ordered(), limit, widths)
            packed.append((group, found, _expected_asserts(found, props)))
            if len(pieces) > BIG_TABLE and packed[-1][2] <= 1.5:
                break
        group_field, parts, _ = min(packed, key=lambda item: item[2])
    if lead is not None and len(parts) > 1 and len(pieces) <= GUARDED_TABLE:
        parts = [_guarded(part, stack, props[lead][0], widths) for part, stack in parts]
    version = str(compiled.get("version") or "0")[:12]
    chunks = tuple(_chunk(version, label, n, part, stack, props, not exotic) for n, (part, stack) in enumerate(parts))
    valued = {t["field"] for rule in rules for t in rule["tests"] if t["op"] not in ("empty", "present")}
    encoder = FactEncoder(tuple((name, props[name][0], types[name], name not in valued) for name in names))
    return TablePlan(encoder=encoder, chunks=chunks, group_field=group_field if len(chunks) > 1 else None)


def _lead(rules: Sequence[Mapping[str, Any]]) -> str | None:
    """The field most rows of a big table hold to a range ``[a..b]``: tested first in each of
    its rules, so a fact walks the rows of its own band of a chunk cut along it."""
    counts: Counter[str] = Counter(t["field"] for rule in rules for t in rule["tests"] if t["op"] == "between")
    field, n = max(counts.items(), key=lambda item: (item[1], item[0]), default=(None, 0))
    return field if n >= len(rules) // 2 else None


def _field_rank(rules: Sequence[Mapping[str, Any]], names: Sequence[str]) -> dict[str, int]:
    """Fields in the order rules test them: the most often pinned by ``eq`` first."""
    counts: Counter[str] = Counter(t["field"] for rule in rules for t in rule["tests"]
                                   if t["op"] == "eq" or (t["op"] == "in" and len(set(t["values"])) == 1))
    return {name: n for n, name in enumerate(sorted(names, key=lambda f: (-counts[f], f)))}


def _fit_one(pieces: Sequence[_Piece]) -> list[tuple[list[_Piece], int]] | None:
    """All pieces in one ruleset, in row order, when durable can hold them so."""
    if len(pieces) > MAX_RULES_PER_RULESET or sum(p.cost for p in pieces) > MAX_TERMS_PER_RULESET:
        return None
    network = Network()
    for piece in pieces:
        network.add(piece.patterns)
        if not network.fits():
            return None
    return [(list(pieces), network.stack)]


def _pack(pieces: Sequence[_Piece], limit: int = MAX_RULES_PER_RULESET,
          widths: dict[int, Any] | None = None) -> list[tuple[list[_Piece], int]]:
    """Cut ``pieces`` (in this order) into the fewest consecutive rulesets durable can hold."""
    parts: list[tuple[list[_Piece], int]] = []
    current: list[_Piece] = []
    network = Network(widths)
    cost = 0
    for piece in pieces:
        before = network.stack
        network.add(piece.patterns)
        if current and (not network.fits() or len(current) >= limit
                        or cost + piece.cost > MAX_TERMS_PER_RULESET):
            parts.append((current, before))
            current, cost, network = [], 0, Network(widths)
            network.add(piece.patterns)
        if not network.fits():
            raise EngineTableError(
                f"Regel {piece.rule['regel_id']} past niet in de engine (stapel {network.stack}, "
                f"{network.children} takken op één knoop)."
            )
        current.append(piece)
        cost += piece.cost
    if current:
        parts.append((current, network.stack))
    return parts


def _layouts(pieces: Sequence[_Piece], props: Mapping[str, tuple[str, str]]
             ) -> list[tuple[str | None, Callable[[], list[_Piece]]]]:
    """Orders worth packing in (each made when asked for): grouped by the field most pieces pin, then along the numeric
    field most bound; only along that field; only along the validity period."""
    pinned: Counter[str] = Counter(f for p in pieces for f in p.pins if props[f][1] != "list")
    bounded: Counter[str] = Counter(f for p in pieces for f, (lo, hi) in p.bounds.items() if (lo, hi) != (-_INF, _INF))
    group = min(pinned, key=lambda f: (-pinned[f], f)) if pinned else None
    ranged = [f for f in bounded if f != group]
    sweep = min(ranged, key=lambda f: (-bounded[f], f)) if ranged else None
    along = min(bounded, key=lambda f: (-bounded[f], f)) if bounded else None

    def hull(p: _Piece, field: str | None) -> tuple[bool, tuple[float, float]]:
        if field is None:
            lo, hi = p.rule["from"], p.rule["to"]
            window = (-_INF if lo is None else lo, _INF if hi is None else hi)
            return window == (-_INF, _INF), window
        found = p.bounds.get(field)
        return found is None, found or (0.0, 0.0)

    def grouped(item: tuple[int, _Piece]) -> tuple[Any, ...]:
        n, p = item
        values = p.pins.get(group) if group is not None else None
        return (values is None, sorted(repr(v) for v in values) if values is not None else [], *hull(p, sweep), n)

    def by_group() -> list[_Piece]:
        numbered = list(enumerate(pieces))
        if group is not None:  # one piece per value of a short list: each chunk holds few values
            numbered = list(enumerate(q for p in pieces for q in _split_on(p, group, props[group][0])))
        return [p for _, p in sorted(numbered, key=grouped)]

    def by(field: str | None) -> Callable[[], list[_Piece]]:
        return lambda: [p for _, p in sorted(enumerate(pieces), key=lambda item: (*hull(item[1], field), item[0]))]

    layouts: list[tuple[str | None, Callable[[], list[_Piece]]]] = [(group, by_group)]
    if along is not None:
        layouts.append((None, by(along)))
    if any(p.rule["from"] is not None or p.rule["to"] is not None for p in pieces):
        layouts.append((None, by(None)))
    return layouts


def _split_on(piece: _Piece, field: str, prop: str) -> list[_Piece]:
    """``piece`` as one piece per value of its ``in`` list on ``field`` (lists of up to
    ``SPLIT_VALUES`` values; each value is tested first, where rows share it)."""
    values = piece.pins.get(field)
    if values is None or len(values) < 2 or len(values) > SPLIT_VALUES:
        return [piece]
    out = []
    for n, value in enumerate(sorted(values, key=repr)):
        patterns = tuple(
            (p[0], {prop: value}, *(t for t in p[1:] if not _lists(t, prop)))
            for p in piece.patterns
        )
        bounds = dict(piece.bounds)
        if field in bounds:
            bounds[field] = (value, value)
        out.append(_Piece(name=f"{piece.name}e{n}", rule=piece.rule, patterns=patterns,
                          cost=sum(_cost(p) for p in patterns), pins={**piece.pins, field: frozenset([value])},
                          bounds=bounds))
    return out


def _lists(term: Mapping[str, Any], prop: str) -> bool:
    """Whether ``term`` is the ``$or`` of equalities on ``prop`` (an ``in`` list)."""
    alternatives = term.get("$or")
    return alternatives is not None and all(set(a) == {prop} for a in alternatives)


def _expected_asserts(parts: Sequence[tuple[list[_Piece], int]], props: Mapping[str, tuple[str, str]]) -> float:
    """About how many chunks a call asserts into: per chunk, the share of the values of its most
    selective requirement (pinned values among the table's, a bound's width within the span)."""
    pieces = [p for part, _ in parts for p in part]
    values: dict[str, set[Any]] = {}
    spans: dict[str, tuple[float, float]] = {}
    for p in pieces:
        for f, pinned in p.pins.items():
            values.setdefault(f, set()).update(pinned)
        for f, (lo, hi) in p.bounds.items():
            span = spans.get(f)
            for x in (lo, hi):
                if -_INF < x < _INF:
                    if span is None:
                        span = (x, x)
                    else:
                        if x < span[0]:
                            span = (x, span[1])
                        if x > span[1]:
                            span = (span[0], x)
            if span is not None:
                spans[f] = span
    total = 0.0
    for part, _ in parts:
        share = 1.0
        everywhere = set(part[0].pins) if part else set(values)  # the fields every piece pins, or bounds
        hulled = set(part[0].bounds) if part else set(spans)
        for p in part:
            everywhere.intersection_update(p.pins)
            hulled.intersection_update(p.bounds)
        for f in everywhere:
            if props[f][1] != "list":
                share = min(share, len(frozenset().union(*(p.pins[f] for p in part))) / (len(values[f]) + 1))
        for f in hulled:
            if f not in spans:
                continue
            low, high = spans[f]
            if high > low:
                hulls = [p.bounds[f] for p in part]
                lo = max(low, min(h[0] for h in hulls))
                hi = min(high, max(h[1] for h in hulls))
                share = min(share, max(hi - lo, 0.0) / (high - low))
        total += share
    return total


def _chunk(version: str, label: str, n: int, pieces: list[_Piece], stack: int,
           props: Mapping[str, tuple[str, str]], plain: bool) -> Chunk:
    definition = {p.name: p.definition() for p in pieces}
    # Where every number is plain, json.dumps writes exactly what ``dump`` does, ten times faster.
    text = json.dumps(definition, ensure_ascii=False, separators=(",", ":")) if plain else dump(definition)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    starts = [p.rule["from"] for p in pieces]
    ends = [p.rule["to"] for p in pieces]
    pins = []
    bounds = []
    pinned = set(pieces[0].pins) if pieces else set()  # the fields every row pins, or bounds
    bounded = set(pieces[0].bounds) if pieces else set()
    for p in pieces:
        pinned.intersection_update(p.pins)
        bounded.intersection_update(p.bounds)
    for field in sorted(pinned | bounded):
        if props[field][1] == "list":
            continue
        if field in pinned:
            pins.append((field, frozenset().union(*(p.pins[field] for p in pieces))))
        if field in bounded:
            hulls = [p.bounds[field] for p in pieces]
            bounds.append((field, min(h[0] for h in hulls), max(h[1] for h in hulls)))
    pins.sort(key=lambda pin: (len(pin[1]), pin[0]))
    return Chunk(
        name=f"rw-{version}-{label}-c{n}-{digest}",
        text=text,
        rule_index={p.name: p.rule["index"] for p in pieces},
        first_day=None if not starts or None in starts else min(starts),
        last_day=None if not ends or None in ends else max(ends),
        pins=tuple(pins),
        bounds=tuple(bounds),
        terms=sum(p.cost for p in pieces),
        stack=stack,
    )


def _check_value(value: Any, kind: str, where: Any, exotic: list[Any]) -> Any:
    """``value`` if it fits the field; a number ``json.dumps`` would not spell as ``dump`` does
    (an exponent, out of durable's range) is noted in ``exotic``. ``where`` names the cell: a
    text, or (table name, rule, field), worded only for a value that does not fit."""
    t = type(value)
    if t is int:
        ok = kind == "int" or kind == "num"
        if ok and abs(value) > 2**53:
            exotic.append(value)
    elif t is float:
        ok = kind == "int" or kind == "num"
        if ok and (not (value == 0 or 1e-4 <= abs(value) < _MAX_PLAIN) or "e" in repr(value)):
            exotic.append(value)
    elif t is str:
        ok = kind == "str"
        if ok and len(value) > _MAX_STRING:
            exotic.append(value)
    elif t is bool:
        ok = kind == "bool"
    else:  # a subclass: as isinstance sees it
        allowed = _VALUE_KINDS.get(kind, ())
        ok = value is not None and isinstance(value, allowed) and not (kind != "bool" and isinstance(value, bool))
        if ok and isinstance(value, float) and (not (value == 0 or 1e-4 <= abs(value) < _MAX_PLAIN)
                                                or "e" in repr(value)):
            exotic.append(value)
        elif ok and ((isinstance(value, int) and abs(value) > 2**53)
                     or (isinstance(value, str) and len(value) > _MAX_STRING)):
            exotic.append(value)
    if not ok:
        raise EngineTableError(f"{_where(where)}: waarde {value!r} past niet bij het type van het veld.")
    return value


def _where(where: Any) -> str:
    if isinstance(where, str):
        return where
    table, rule, field = where
    return f"Tabel '{table}', regel {rule['regel_id']}, veld '{field}'"


def _cost(terms: Sequence[Any]) -> int:
    return sum(len(t["$or"]) if "$or" in t else 1 for t in terms)


def _pieces(rule: Mapping[str, Any], props: Mapping[str, tuple[str, str]], rank: Mapping[str, int],
            table: str, exotic: list[Any] | None = None, lead: str | None = None,
            prop_field: Mapping[str, str] | None = None) -> list[_Piece]:
    """The durable rules of one row (none when a test no value can pass, ``in`` an empty list);
    numbers ``json.dumps`` would not spell as ``dump`` does are added to ``exotic``.
    ``prop_field`` (durable property -> field) is worked out from ``props`` when not given."""
    if exotic is None:
        exotic = []
    single: list[tuple[int, int, Any]] = []  # (field rank, class, term)
    lists: list[tuple[str, list[Any]]] = []  # (prop, values) of each `in` of several values
    others: list[tuple[int, Any]] = []  # (field rank, `$or` term) of each not_between
    pins: dict[str, frozenset[Any]] = {}
    bounds: dict[str, tuple[float, float]] = {}
    if prop_field is None:
        prop_field = {prop: field for field, (prop, _) in props.items()}
    numeric = ("int", "num")
    for t in rule["tests"]:
        field = t["field"]
        prop, kind = props[field]
        op = t["op"]

        where = (table, rule, field)
        order = rank[field]
        # The hull this test leaves the field (numbers and dates only), intersected below.
        lo: Any = None
        hi: Any = None
        if op == "empty":
            single.append((order, 1, {"$nex": {prop: 1}}))
            continue
        if op == "present":
            single.append((order, 1, {"$ex": {prop: 1}}))
            lo, hi = -_INF, _INF
        elif kind == "list":
            raise EngineTableError(f"{_where(where)}: op een lijst kan alleen 'leeg' of 'niet leeg' getest worden, niet {op!r}.")
        elif op == "eq":
            value = _check_value(t["value"], kind, where, exotic)
            single.append((order, 0, {prop: value}))
            _pin(pins, field, frozenset([value]))
            lo = hi = value
        elif op == "ne":
            value = _check_value(t["value"], kind, where, exotic)
            single.append((order, 2, {"$neq": {prop: value}}))
            lo, hi = -_INF, _INF
        elif op in ("in", "not_in"):
            values = list(dict.fromkeys(_check_value(v, kind, where, exotic) for v in t["values"]))
            if op == "not_in":
                single.extend((order, 2, {"$neq": {prop: v}}) for v in values)
                if not values:  # nothing to differ from, but a value is still needed
                    single.append((order, 1, {"$ex": {prop: 1}}))
                lo, hi = -_INF, _INF
            elif not values:
                return []
            elif len(values) == 1:
                single.append((order, 0, {prop: values[0]}))
                _pin(pins, field, frozenset(values))
                lo = hi = values[0]
            else:
                lists.append((prop, values))
                _pin(pins, field, frozenset(values))
                if kind in numeric:
                    lo, hi = min(values), max(values)
        elif op in _ORDER_OPS or op in ("between", "not_between"):
            if kind not in numeric:
                raise EngineTableError(f"{_where(where)}: {op!r} vergelijkt alleen getallen en datums.")
            if op in _ORDER_OPS:
                value = _check_value(t["value"], kind, where, exotic)
                single.append((order, 1, {_ORDER_OPS[op]: {prop: value}}))
                lo = value if op in ("gt", "ge") else -_INF
                hi = value if op in ("lt", "le") else _INF
                if kind == "int":  # whole numbers only: the hull closes on the nearest one inside
                    lo, hi = _whole(lo, op == "gt"), _whole(hi, op == "lt", below=True)
            else:
                low, high = _check_value(t["low"], kind, where, exotic), _check_value(t["high"], kind, where, exotic)
                lo_inc, hi_inc = t["low_inclusive"], t["high_inclusive"]
                if op == "between":
                    single.append((order, 1, {"$gte" if lo_inc else "$gt": {prop: low}}))
                    single.append((order, 1, {"$lte" if hi_inc else "$lt": {prop: high}}))
                    lo, hi = low, high
                    if kind == "int":
                        lo, hi = _whole(lo, not lo_inc), _whole(hi, not hi_inc, below=True)
                else:
                    others.append((order, {"$or": [{"$lt" if lo_inc else "$lte": {prop: low}},
                                                   {"$gt" if hi_inc else "$gte": {prop: high}}]}))
                    lo, hi = -_INF, _INF
        else:
            raise EngineTableError(f"{_where(where)}: onbekende toets {op!r}.")
        if lo is not None and kind in numeric:
            old = bounds.get(field)
            bounds[field] = (lo, hi) if old is None else (max(old[0], lo), min(old[1], hi))
    first = rank[lead] if lead is not None and lead in rank else -1
    single.sort(key=lambda item: (item[0] != first, item[1], item[0]))
    head: list[Any] = [{"k": 1}] + [term for _, _, term in single]
    if rule["from"] is not None:
        head.append({"$gte": {"d": rule["from"]}})
    if rule["to"] is not None:
        head.append({"$lte": {"d": rule["to"]}})

    # Lists longer than LIST_PART: one variant per combination of their parts.
    splits = [[values[i : i + LIST_PART] for i in range(0, len(values), LIST_PART)] for _, values in lists]
    combos = math.prod(len(s) for s in splits)
    if combos > MAX_VARIANTS:
        raise EngineTableError(f"Regel {rule['regel_id']}: de lijsten zijn te lang voor de engine ({combos} delen).")
    out = []
    for n, choice in enumerate(product(*splits)):
        ors = [{"$or": [{prop: v} for v in part]} if len(part) > 1 else {prop: part[0]}
               for (prop, _), part in zip(lists, choice)]
        ors += [term for _, term in sorted(others, key=lambda item: item[0])]
        tail = [t for t in ors if "$or" not in t]  # a one-value part is a plain equality
        ors = [t for t in ors if "$or" in t]
        patterns = _patterns(head + tail, ors, rule)
        variant_pins = dict(pins)
        variant_bounds = dict(bounds)
        for (prop, _), part in zip(lists, choice):
            field = prop_field[prop]
            variant_pins[field] = frozenset(part) & pins[field]
            if props[field][1] in ("int", "num"):
                lo, hi = variant_bounds.get(field, (-_INF, _INF))
                variant_bounds[field] = (max(lo, min(part)), min(hi, max(part)))
        name = f"r{rule['index']}" if combos == 1 else f"r{rule['index']}v{n}"
        out.append(_Piece(name=name, rule=rule, patterns=patterns, cost=sum(_cost(p) for p in patterns),
                          pins=variant_pins, bounds=variant_bounds))
    return out


def _patterns(head: list[Any], ors: list[Any], rule: Mapping[str, Any]) -> tuple[tuple[Any, ...], ...]:
    """One pattern, or several that each repeat ``head`` and hold up to OR_PER_PATTERN ``$or`` tests."""
    if len(ors) <= OR_PER_PATTERN:
        return (tuple(head + ors),)
    shares = [ors[i : i + OR_PER_PATTERN] for i in range(0, len(ors), OR_PER_PATTERN)]
    if len(shares) > MAX_PATTERNS:
        raise EngineTableError(f"Regel {rule['regel_id']} heeft {len(ors)} lijsttoetsen; de engine kan er "
                               f"{OR_PER_PATTERN * MAX_PATTERNS} aan.")
    return tuple(tuple(head + share) for share in shares)


_LOWER = ("$gte", "$gt")
_UPPER = ("$lt", "$lte")


def _band(piece: _Piece, prop: str) -> tuple[Any, Any] | None:
    """The (lower, upper) test on ``prop`` each pattern of ``piece`` starts with after ``k``
    (``_pieces`` puts a big table's lead field there), or None."""
    first = piece.patterns[0]
    if len(first) < 3:
        return None
    low, high = first[1], first[2]
    for term, ops in ((low, _LOWER), (high, _UPPER)):
        op = next(iter(term))
        if op not in ops or set(term[op]) != {prop}:
            return None
    if any(p[1:3] != (low, high) for p in piece.patterns):
        return None
    return low, high


def _guarded(pieces: list[_Piece], stack: int, prop: str,
             widths: dict[int, Any] | None = None) -> tuple[list[_Piece], int]:
    """The pieces of one chunk of a big table with their bands on ``prop`` (the lead field)
    found by halving: a fact walks the bands of its chunk through shared guards ``< s`` /
    ``>= s`` (one of each pair passes) instead of passing the lower bound of every band below
    its value. A guard is only added where the piece's own band implies it, and the piece's own
    test is dropped only where its guards imply it, so every piece matches the same facts. The
    chunk is kept as it was where the guarded one would not fit durable's limits."""
    bands: list[Any] = [_band(p, prop) for p in pieces]
    if sum(b is not None for b in bands) < 4:
        return pieces, stack
    guards: dict[int, list[Any]] = {}
    _halve(sorted((i for i, b in enumerate(bands) if b is not None), key=lambda i: _bound(bands[i][0])),
           bands, prop, [], guards)
    out = []
    for i, piece in enumerate(pieces):
        path = guards.get(i)
        if not path:
            out.append(piece)
            continue
        low, high = bands[i]
        own = [t for t in (low, high) if not any(_implies(g, t, prop) for g in path)]
        patterns = tuple((p[0], *path, *own, *p[3:]) for p in piece.patterns)
        out.append(replace(piece, patterns=patterns, cost=sum(_cost(p) for p in patterns)))
    network = Network(widths)
    for piece in out:
        network.add(piece.patterns)
    if not network.fits() or sum(p.cost for p in out) > MAX_TERMS_PER_RULESET:
        return pieces, stack
    return out, network.stack


def _bound(term: Mapping[str, Any]) -> Any:
    for op in term:
        for value in term[op].values():
            return value


def _halve(order: list[int], bands: list[Any], prop: str, path: list[Any], guards: dict[int, list[Any]]) -> None:
    """Split ``order`` (piece numbers by lower bound) at the middle lower bound ``s`` where every
    piece before it lies below ``s`` and every piece from it at or above; recurse on both halves."""
    lowers = sorted({_bound(bands[i][0]) for i in order})
    if len(lowers) > 1:
        middle = len(lowers) // 2
        for cut in (middle, *range(middle - 1, 0, -1), *range(middle + 1, len(lowers))):
            s = lowers[cut]
            below = [i for i in order if _bound(bands[i][0]) < s]
            above = [i for i in order if _bound(bands[i][0]) >= s]
            if all(_implies(bands[i][1], {"$lt": {prop: s}}, prop) for i in below):
                _halve(below, bands, prop, path + [{"$lt": {prop: s}}], guards)
                _halve(above, bands, prop, path + [{"$gte": {prop: s}}], guards)
                return
    for i in order:
        guards[i] = path


def _implies(given: Mapping[str, Any], wanted: Mapping[str, Any], prop: str) -> bool:
    """Whether every value passing the one-sided test ``given`` on ``prop`` passes ``wanted``."""
    (g_op, g), = given.items()
    (w_op, w), = wanted.items()
    a, b = g[prop], w[prop]
    if type(a) is bool or type(b) is bool:
        return False
    if g_op in _UPPER and w_op in _UPPER:  # x < a (or <= a) implies x < b (or <= b)
        return a < b or (a == b and (g_op == "$lt" or w_op == "$lte"))
    if g_op in _LOWER and w_op in _LOWER:
        return a > b or (a == b and (g_op == "$gt" or w_op == "$gte"))
    return False


def _whole(bound: Any, strict: bool, *, below: bool = False) -> Any:
    """The whole number nearest ``bound`` on the side a whole-number value must lie (above it,
    or ``below`` it; past it when ``strict``): ``< 10`` leaves 9, ``>= 2.5`` leaves 3. A bound
    that is not finite stays as it is."""
    if not math.isfinite(bound):
        return bound
    if below:
        edge = math.floor(bound)
        return edge - 1 if strict and edge == bound else edge
    edge = math.ceil(bound)
    return edge + 1 if strict and edge == bound else edge


def _pin(pins: dict[str, frozenset[Any]], field: str, values: frozenset[Any]) -> None:
    pins[field] = pins[field] & values if field in pins else values
