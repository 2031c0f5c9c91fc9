"""Three-valued evaluation: deciding with facts that are ``onbekend``.

A fact nobody gave (an optional input without a stated default) is unknown, never false. A rule
test on an unknown value (any test but ``leeg``/``niet leeg``) is unknown, so the rule is
unknown unless another of its tests fails. Per hit policy the table then works out which
outcomes are still possible; when they all give the same value, the output is known regardless
of the unknown rules, otherwise it is unknown (with the values it could still take, so that a
later table testing it may still know its answer) and so is everything computed from it.

This is the shared reference code for both matchers: ``decide`` hands it every sub-table whose
tests or formulas read an unknown value, and matches the others as on the fast path.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from policy.errors import HitPolicyViolationError
from policy.evaluation.decision import MatchedRow
from policy.evaluation.joint import pinned_facts
from policy.expr import names_in
from policy.expr.evaluate import compiled_formula
from policy.reference.matcher import compile_predicate, row_index

__all__ = ["Unknown", "UNKNOWN", "certainly_unknown", "evaluate_unknown", "formula_value", "unknown_facts",
           "unknown_needing"]

#: At most this many unknown rules contributing to a COLLECT output are enumerated (2**n
#: combinations); beyond, the output's possible values are not listed (any value).
MAX_ENUMERATED = 10


@dataclass(frozen=True)
class Unknown:
    """Why a value is not known: the facts still needed, and the values it could still take."""

    needs: frozenset[str]
    #: Every value it could take (None among them: no value), or None when it could be anything.
    candidates: tuple[Any, ...] | None = None
    #: An input nobody gave: ``leeg``/``niet leeg`` test that it was not given, and are known.
    fact: bool = False


class _Unknown:
    """The value of a formula part that depends on an unknown value."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()


_NAMES: dict[int, tuple[Any, frozenset[str]]] = {}


def _names(tree: Any) -> frozenset[str]:
    """``names_in(tree)``, worked out once per (sub)tree of a compiled formula (cached by identity;
    compiled trees are not changed after compiling)."""
    entry = _NAMES.get(id(tree))
    if entry is None or entry[0] is not tree:
        if len(_NAMES) > 50_000:
            _NAMES.clear()
        entry = (tree, frozenset(names_in(tree)))
        _NAMES[id(tree)] = entry
    return entry[1]


def formula_value(tree: Any, env: Mapping[str, Any], unknown: Mapping[str, Unknown], param: Any) -> Any:
    """A formula's value where some names are unknown, or :data:`UNKNOWN`.

    Three-valued, part by part: ``is_leeg(feit)`` of a fact nobody gave is ``ja`` (it was not
    given), ``en`` with a known ``nee`` is ``nee``, ``of`` with a known ``ja`` is ``ja``,
    ``als(c, a, b)`` takes the branch ``c`` selects, or is known when both branches agree;
    anything else that reads an unknown value is unknown. Parts that read no unknown value are
    worked out as on the fast path.
    """
    if _names(tree).isdisjoint(unknown):
        return compiled_formula(tree)(env, param)
    head = tree[0]
    if head == "name":  # a fact pinned to one value (policy.evaluation.joint) has that value
        pin = unknown[tree[1]].candidates
        return pin[0] if pin is not None and len(pin) == 1 else UNKNOWN
    part = (lambda t: formula_value(t, env, unknown, param))
    if head == "call" and tree[1] == "is_leeg" and tree[2][0][0] == "name":
        u = unknown.get(tree[2][0][1])
        if u is not None and u.fact:
            return True
    if head == "call" and tree[1] == "als":
        cond, then, other = tree[2]
        c = part(cond)
        if c is UNKNOWN:
            a, b = part(then), part(other)
            return a if a is not UNKNOWN and b is not UNKNOWN and _hashable(a) == _hashable(b) else UNKNOWN
        return part(then) if c else part(other)
    if head in ("and", "or"):
        decisive = head == "or"  # the value that settles it: ja for of, nee for en
        values = [part(t) for t in tree[1]]
        if any(v is decisive for v in values):
            return decisive
        if any(v is UNKNOWN for v in values):
            return UNKNOWN
        return compiled_formula([head, [["lit", v] for v in values]])(env, param)
    if head in ("neg", "not"):
        v = part(tree[1])
        return UNKNOWN if v is UNKNOWN else compiled_formula([head, ["lit", v]])(env, param)
    if head == "list":
        values = [part(t) for t in tree[1]]
        return UNKNOWN if any(v is UNKNOWN for v in values) else values
    if head in ("bin", "cmp"):
        a, b = part(tree[2]), part(tree[3])
        if a is UNKNOWN or b is UNKNOWN:
            return UNKNOWN
        return compiled_formula([head, tree[1], ["lit", a], ["lit", b]])(env, param)
    if head == "call":
        values = [part(t) for t in tree[2]]
        if any(v is UNKNOWN for v in values):
            return UNKNOWN
        return compiled_formula(["call", tree[1], [["lit", v] for v in values]])(env, param)
    return UNKNOWN


#: needs -> ``Unknown(needs)``, shared (frozen): the same unknowns make the same key for ``_TableRules``
_BY_NEEDS: dict[frozenset[str], Unknown] = {}


def unknown_needing(needs: frozenset[str]) -> Unknown:
    """``Unknown(needs)``: a value that could be anything until ``needs`` are given (one shared object)."""
    u = _BY_NEEDS.get(needs)
    if u is None:
        if len(_BY_NEEDS) > 10_000:
            _BY_NEEDS.clear()
        u = _BY_NEEDS[needs] = Unknown(needs)
    return u


def certainly_unknown(tree: Any) -> tuple[str, ...] | None:
    """The names of ``tree`` when it is a call, sum or comparison of names and literals only (not
    ``is_leeg``, not ``als``): then :func:`formula_value` is :data:`UNKNOWN` whenever one of those
    names is unknown and not pinned, and nothing else is worked out (a leaf cannot fail). Else None."""
    head = tree[0]
    if head == "call" and tree[1] not in ("is_leeg", "als"):
        parts = tree[2]
    elif head in ("bin", "cmp"):
        parts = tree[2:4]
    else:
        return None
    if not all(p[0] in ("name", "lit") for p in parts):
        return None
    return tuple(p[1] for p in parts if p[0] == "name")


def _needs_of(tree: Any, unknown: Mapping[str, Unknown]) -> frozenset[str]:
    return frozenset().union(*(unknown[n].needs for n in _names(tree) if n in unknown))


def unknown_facts(plan: Any, env: dict[str, Any]) -> dict[str, Unknown]:
    """The validated facts ``env`` that are unknown, each with the values it could take (one,
    inside a joint enumeration's run: the value it is pinned to there, still not given)."""
    out: dict[str, Unknown] = {}
    pinned = pinned_facts(env, out)
    absent = _ABSENT.get(id(plan))
    if absent is None or absent[0] is not plan:
        if len(_ABSENT) > 1_000:
            _ABSENT.clear()
        absent = (plan, {name: _absent(plan, name) for name in plan.unknown_when_absent})
        _ABSENT[id(plan)] = absent
    for name, u in absent[1].items():
        if env.get(name) is None:
            out[name] = Unknown(frozenset({name}), (pinned[name],), fact=True) if name in pinned else u
    return out


#: id(plan) -> (plan, {input: its Unknown when absent and not pinned}); an Unknown is frozen, so
#: decisions share it
_ABSENT: dict[int, tuple[Any, dict[str, Unknown]]] = {}


def _absent(plan: Any, name: str) -> Unknown:
    spec = plan.input_specs[name]
    candidates: tuple[Any, ...] | None = None
    if spec["type"] == "ja/nee":
        candidates = (True, False)
    elif spec["type"] in ("keuzelijst", "landcode") and spec.get("allowed"):
        candidates = tuple(spec["allowed"])
    return Unknown(frozenset({name}), candidates, fact=True)


_Tests = tuple[tuple[str, Any, bool, bool], ...]
_Rules = tuple[tuple[int, Any, Any, _Tests], ...]
_LITERAL_POLICIES = frozenset({"FIRST", "UNIQUE", "COLLECT", "RULE ORDER"})
#: Per rule, for one set of unknowns: (index, from, to, ``holds(get)``: whether its tests that read
#: a known value hold, then ``None`` (true when those hold), ``False`` (false regardless),
#: the facts it needs (unknown when those hold), or its tests for :func:`_rule_state` (a test on
#: an unknown value's candidates could not be worked out beforehand))
_Signed = tuple[tuple[int, Any, Any, Any, Any], ...]


class _TableRules:
    """The rules of one sub-table plan with their tests' predicates, compiled once; and per set of
    unknowns its tests read (by the identity of their ``Unknown``, kept alive here), what each rule's
    tests on unknown values come to (they depend on the unknowns only, never on a known value)."""

    __slots__ = ("sub", "rules", "literal", "index", "signed")

    def __init__(self, sub: Any) -> None:
        self.sub = sub
        date_fields = frozenset(sub.date_fields)
        self.rules: _Rules = tuple(
            (i, rp.start, rp.end, tuple((t["field"], compile_predicate(t), t["op"] in ("empty", "present"),
                                         t["field"] in date_fields) for t in rp.compiled["tests"]))
            for i, rp in enumerate(sub.rules))
        #: whether ``hit`` may decide a table without open rules (see ``evaluate_unknown``)
        self.literal = sub.hit_policy in _LITERAL_POLICIES and all(rp.static is not None for rp in sub.rules)
        self.index = row_index(sub, lambda: [rp.compiled for rp in sub.rules])  # a large table's key -> rows
        self.signed: dict[tuple[int, ...], tuple[tuple[Any, ...], _Signed]] = {}

    def for_unknowns(self, unknown: Mapping[str, Unknown]) -> _Signed:
        fields = self.sub.fields
        held = tuple([unknown.get(name) for name in fields])
        key = tuple([id(u) for u in held])
        entry = self.signed.get(key)
        if entry is None:
            if len(self.signed) > 1_000:
                self.signed.clear()
            entry = self.signed[key] = (held, tuple(_signed(rule, unknown) for rule in self.rules))
        return entry[1]


def _signed(rule: tuple[int, Any, Any, _Tests], unknown: Mapping[str, Unknown]) -> tuple[Any, ...]:
    """``rule`` prepared for ``unknown`` (see ``_Signed``); what ``_rule_state`` works out per test."""
    i, start, end, known, rest = _signed_tests(rule, unknown)
    return i, start, end, _holds(known), rest


def _holds(known: tuple[tuple[str, Any, bool], ...]) -> Any:
    """One function ``holds(get)``: whether the tests ``known`` (field, predicate, date) all hold,
    in order (a date is read as its ordinal, as the matchers read it)."""
    preds = [(name, (lambda p: lambda v: p(None if v is None else v.toordinal()))(pred) if is_date else pred)
             for name, pred, is_date in known]
    if len(preds) == 1:  # the common first test (``regeling = …``) without a loop
        (f1, p1), = preds
        return lambda get: p1(get(f1))

    def holds(get: Any) -> bool:
        for f, p in preds:
            if not p(get(f)):
                return False
        return True

    return holds


def _signed_tests(rule: tuple[int, Any, Any, _Tests], unknown: Mapping[str, Unknown]) -> tuple[Any, ...]:
    i, start, end, tests = rule
    known: list[tuple[str, Any, bool]] = []
    needs: frozenset[str] | None = None
    for name, pred, presence, is_date in tests:
        u = unknown.get(name)
        if u is None or (presence and u.fact):
            known.append((name, pred, is_date))
            continue
        if u.candidates is not None:
            try:
                results = {bool(pred(_encode(c) if c is not None else None)) for c in u.candidates}
            except Exception:  # noqa: BLE001 - left to _rule_state, which meets it in its own order
                return i, start, end, (), tests
            if results == {False}:
                return i, start, end, tuple(known), False
            if results == {True}:
                continue
        needs = (needs or _NO_NEEDS) | u.needs
    return i, start, end, tuple(known), needs


#: id(sub) -> its ``_TableRules``
_RULES: dict[int, _TableRules] = {}


def _prepared_rules(sub: Any) -> _TableRules:
    """The rules of ``sub`` with their tests' predicates, compiled once per sub-table plan."""
    entry = _RULES.get(id(sub))
    if entry is None or entry.sub is not sub:
        if len(_RULES) > 10_000:
            _RULES.clear()
        entry = _RULES[id(sub)] = _TableRules(sub)
    return entry


_NO_NEEDS: frozenset[str] = frozenset()


def _encode(value: Any) -> Any:
    return value.toordinal() if hasattr(value, "toordinal") else value


def _rule_state(tests: tuple[tuple[str, Any, bool, bool], ...], env: Mapping[str, Any],
                unknown: Mapping[str, Unknown]) -> tuple[bool | None, frozenset[str]]:
    """True, False or None (unknown) for one rule in force (its prepared ``tests``), and the facts
    its unknown tests need."""
    needs: frozenset[str] = _NO_NEEDS
    state: bool | None = True
    for name, pred, presence, is_date in tests:
        u = unknown.get(name)
        if u is None or (presence and u.fact):
            value = env.get(name)
            if not pred(value.toordinal() if is_date and value is not None else value):
                return False, _NO_NEEDS
            continue
        if u.candidates is not None:
            results = {bool(pred(_encode(c) if c is not None else None)) for c in u.candidates}
            if results == {False}:
                return False, _NO_NEEDS
            if results == {True}:
                continue
        state = None
        needs = needs | u.needs
    return state, needs


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def evaluate_unknown(
    plan: Any, sub: Any, env: Mapping[str, Any], unknown: Mapping[str, Unknown], pd: int, param: Any,
    run: Any, defaults: Any, rank: Any, aggregate: Any, hit: Any = None,
) -> tuple[dict[str, Any], dict[str, Unknown], list[MatchedRow]]:
    """Outputs of ``sub`` on facts some of which are unknown: the known values, the unknown ones
    (each with what it needs) and the rows that certainly decided.

    ``run`` (a formula closure's value), ``defaults``, ``rank`` and ``aggregate`` are the fast
    path's own helpers, so a rule's outputs and a hit policy's order mean exactly what they mean
    there. ``hit`` (the fast path's hit policy of ``sub``, optional) decides when no rule's test
    depends on an unknown value and every output is a literal: then the unknown facts change
    nothing in this table (for FIRST, UNIQUE, COLLECT and RULE ORDER the two give the same).
    """
    true: list[int] = []
    open_: dict[int, frozenset[str]] = {}
    table = _prepared_rules(sub)
    prepared = table.for_unknowns(unknown)
    index = table.index
    column = index.field
    if column is None or column in unknown:
        positions = index.every
    else:  # a rule the index leaves out fails its test on this known value (it is False)
        value = env.get(column)
        positions = index.positions(_encode(value) if value is not None and column in sub.date_fields else value)
    get = env.get
    for position in positions:
        i, start, end, holds, rest = prepared[position]
        if not ((start is None or start <= pd) and (end is None or pd <= end)):
            continue
        if holds(get):  # _rule_state, with its tests on unknowns worked out beforehand
            if rest is None:
                true.append(i)
            elif rest is False:
                continue
            elif isinstance(rest, frozenset):
                open_[i] = rest
            else:
                state, needs = _rule_state(rest, env, unknown)
                if state is True:
                    true.append(i)
                elif state is None:
                    open_[i] = needs
    if not open_ and table.literal and hit is not None:
        values, rows_ = hit(true, env, param)
        return dict(values), {}, rows_

    # A rule's outputs, and which of them its formulas could not work out (they read an unknown).
    cache: dict[int, tuple[dict[str, Any], dict[str, Unknown]]] = {}

    def outs(i: int) -> tuple[dict[str, Any], dict[str, Unknown]]:
        if i not in cache:
            rp = sub.rules[i]
            values: dict[str, Any] = {}
            vague: dict[str, Unknown] = {}
            for name, fn, literal in rp.cells:
                cell = rp.compiled["outputs"].get(name) or {}
                if fn is None:
                    values[name] = literal
                elif _names(cell["expr"]).isdisjoint(unknown):
                    v = run(fn, env, param)
                    values[name] = literal if v is None else v
                else:
                    v = formula_value(cell["expr"], env, unknown, param)
                    if v is UNKNOWN:
                        values[name] = None
                        vague[name] = Unknown(_needs_of(cell["expr"], unknown))
                    else:
                        values[name] = literal if v is None else v
            cache[i] = (values, vague)
        return cache[i]

    rules = sub.rules
    policy = sub.hit_policy
    known: dict[str, Any] = {}
    vague: dict[str, Unknown] = {}
    if policy in ("COLLECT", "RULE ORDER", "OUTPUT ORDER"):
        order = sorted(true + list(open_), key=(lambda i: (rank(sub, i, env, param), i))
                       if policy == "OUTPUT ORDER" else (lambda i: i))
        for name in sub.outputs:
            contributing = [i for i in order if i in open_ and outs(i)[0].get(name) not in (None, [])]
            unworkable = [outs(i)[1][name] for i in order if name in outs(i)[1]]
            if unworkable or len(contributing) > MAX_ENUMERATED:
                needs = frozenset().union(*(u.needs for u in unworkable), *(open_[i] for i in contributing))
                vague[name] = Unknown(needs)
                continue
            possible = set()
            values = []
            for k in range(len(contributing) + 1):
                for extra in combinations(contributing, k):
                    chosen = set(extra)
                    collected: list[Any] = []
                    for i in order:
                        if i in open_ and i not in chosen:
                            continue
                        v = outs(i)[0].get(name)
                        if v is None:
                            continue
                        collected.extend(v) if isinstance(v, list) else collected.append(v)
                    value = aggregate(sub.aggregation, collected)
                    if _hashable(value) not in possible:
                        possible.add(_hashable(value))
                        values.append(value)
            if len(values) == 1:
                known[name] = values[0]
            else:
                vague[name] = Unknown(frozenset().union(*(open_[i] for i in contributing)), tuple(values))
        rows = [_row(rules[i], outs(i)[0]) for i in order if i not in open_]
        return known, vague, rows

    # Single hit: the baseline winner (every unknown rule false) and the rules that could win instead.
    if policy == "UNIQUE" and len(true) > 1:
        ids = ", ".join(rules[i].regel_id for i in true)
        raise HitPolicyViolationError(f"Tabel '{sub.name}' is UNIQUE maar de regels {ids} gelden allemaal.")
    if policy == "ANY" and len(true) > 1 and any(outs(i)[0] != outs(true[0])[0] for i in true[1:]):
        ids = ", ".join(rules[i].regel_id for i in true)
        raise HitPolicyViolationError(f"Tabel '{sub.name}' is ANY maar de regels {ids} geven verschillende uitkomsten.")
    key: Any
    if policy == "FIRST":
        key = (lambda i: i)
    elif policy == "PRIORITY" and sub.ranking:
        key = (lambda i: (rank(sub, i, env, param), i))
    else:  # UNIQUE, ANY (a matching rule excludes the others), PRIORITY without ranked output
        key = (lambda i: (0, i)) if policy == "PRIORITY" else None
    if true and key is None:
        winner: int | None = true[0]
        rivals: list[int] = []
    elif true:
        winner = min(true, key=key)
        rivals = [i for i in open_ if key(i) < key(winner)]
    else:
        winner, rivals = None, list(open_)
    base_values, base_vague = outs(winner) if winner is not None else (defaults(plan, sub), {})
    for name in sub.outputs:
        if name in base_vague:
            vague[name] = Unknown(base_vague[name].needs | frozenset().union(*(open_[i] for i in rivals)))
            continue
        base = base_values.get(name)
        differ = [i for i in rivals if name in outs(i)[1] or _hashable(outs(i)[0].get(name)) != _hashable(base)]
        if not differ:
            known[name] = base
            continue
        needs = frozenset().union(*(open_[i] for i in differ), *(outs(i)[1][name].needs for i in differ
                                                                   if name in outs(i)[1]))
        if any(name in outs(i)[1] for i in differ):
            vague[name] = Unknown(needs)
        else:
            values = [base]
            for i in differ:
                v = outs(i)[0].get(name)
                if all(_hashable(v) != _hashable(w) for w in values):
                    values.append(v)
            vague[name] = Unknown(needs, tuple(values))
    rows = [_row(rules[winner], base_values)] if winner is not None and not rivals else []
    return known, vague, rows


def _row(rp: Any, outputs: dict[str, Any]) -> MatchedRow:
    if rp.static is not None:
        return rp.matched_row
    t = rp.matched_row
    return MatchedRow(t.table, t.regel_id, t.row, t.sheet, t.bron, outputs, t.bronnen)
