"""``DurableMatcher``: the production matcher, on the C module ``durable_rules_engine`` alone.

A compiled version of several tables is matched with one assertion per decision: the tests of
every rule on facts known before the first table (inputs, and derived fields that read only
those) are one set of rulesets (``translate.translate_workbook``). The first ``match`` call of
a decision asserts the fact of all those fields and keeps, per thread, which rules of every
table fired; a later call for another table answers from that memo when the fields its rules
test hold the same values (and the peildatum is the same), checking in Python only the tests
on what earlier tables decided, for the rules that fired. The memo is a cache of a pure
function of those values, so any call may miss it and assert afresh. A version durable cannot
hold in one set (a table it refuses, more than ``MAX_FIELDS`` fields) falls back to one
assertion per table, as does a version of one table.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import durable_rules_engine as _dre

from policy.engine.encode import NEUTRAL_TESTS
from policy.engine.errors import EngineError, EngineInputError, EngineTableError
from policy.engine.index import ChunkIndex
from policy.engine.sessions import SessionPool
from policy.engine.translate import TablePlan, WorkbookPlan, translate_table, translate_workbook
from policy.reference.matcher import compile_predicate, rule_predicate

__all__ = ["DurableMatcher", "registered_rulesets"]

_assert_fact = _dre.assert_fact
_retract_fact = _dre.retract_fact
_start_action_for_state = _dre.start_action_for_state
_complete_and_start_action = _dre.complete_and_start_action

#: Ruleset name -> durable handle, for the whole process (durable cannot forget a ruleset).
_HANDLES: dict[str, int] = {}
_LOCK = threading.Lock()
_POOL = SessionPool()
_PLAN_CACHE_SIZE = 256


class _Prepared:
    """A translated table bound to its registered rulesets: what one ``match`` call reads."""

    __slots__ = ("plan", "handles", "encode", "index", "only")

    def __init__(self, plan: TablePlan, handles: tuple[int, ...]) -> None:
        self.plan = plan
        self.handles = handles
        self.encode = plan.encoder.encode
        # A table in one ruleset keeps to its window and pins (an assertion that matches nothing
        # costs about what checking bounds would); bounds index the chunks of a split table.
        several = len(plan.chunks) > 1
        entries = [(handle, c.rule_index, c.first_day, c.last_day, c.pins, c.bounds if several else ())
                   for c, handle in zip(plan.chunks, handles)]
        self.index = ChunkIndex(entries)
        # One chunk in force whenever, for any value: skip selection altogether.
        whole = len(entries) == 1 and entries[0][2:] == (None, None, (), ())
        self.only = [entries[0][:2]] if whole else None


def _tests_by_field(rules: Any, names: Any) -> dict[str, list[Mapping[str, Any]]]:
    """The compiled tests of ``rules`` on each of ``names`` (what durable holds on it); a field
    with more than ``NEUTRAL_TESTS`` of them gets none (its values are never left out: checking
    a new value against that many tests would cost more than the shorter fact saves)."""
    out: dict[str, list[Mapping[str, Any]]] = {name: [] for name in names}
    for rule in rules:
        for test in rule["tests"]:
            found = out.get(test["field"])
            if found is not None:
                found.append(test)
                if len(found) > NEUTRAL_TESTS:
                    del out[test["field"]]
    return out


#: Fired patterns remembered per version (beyond: worked out per call, as for the first).
_PATTERNS_LIMIT = 4096


class _Shared:
    """A compiled version's tables in one set of rulesets (``translate.WorkbookPlan``), bound."""

    __slots__ = ("prepared", "encode", "fields", "own", "checks", "always", "fired_of", "tables", "patterns")

    def __init__(self, prepared: _Prepared, plan: WorkbookPlan, rules: Any) -> None:
        self.prepared = prepared
        self.encode = plan.table.encoder.encode_values
        owners = [(t, i, _late(tests)) for t, i, tests in plan.owners]
        self.fields = plan.fields
        self.own = tuple(frozenset(f) for f in plan.fields)
        position = {name: n for n, name in enumerate(plan.table.encoder.names)}
        #: per table: (position in the asserted values, field) of each field its durable tests read
        self.checks = tuple(tuple((position[name], name) for name in f) for f in plan.fields)
        #: per table: (rule index, from, to, late field, late test) of the rules with no early test
        self.always = tuple(
            tuple((owners[n][1], rules[n]["from"], rules[n]["to"], *owners[n][2]) for n in numbers)
            for numbers in plan.always)
        #: durable rule number -> ((global number, table, rule index, (late field, late test)), ...)
        self.fired_of = {n: tuple((m, *owners[m]) for m in numbers) for n, numbers in plan.same.items()}
        self.tables = len(plan.fields)
        #: the durable rules that fired (ascending) -> per table, what ``_answer`` reads
        self.patterns: dict[tuple[int, ...], tuple[_Answer, ...]] = {}

    def answers(self, fired: list[int]) -> tuple[_Answer, ...]:
        """Per table, the rules a fact that fired ``fired`` leaves (cached per pattern)."""
        key = tuple(fired)
        found = self.patterns.get(key)
        if found is not None:
            return found
        entries = sorted((e for n in fired for e in self.fired_of[n]), key=_first)
        by_table: list[list[tuple[int, Any]]] = [[] for _ in range(self.tables)]
        for _, t, index, late in entries:
            by_table[t].append((index, late))
        out = []
        for fired_here, always in zip(by_table, self.always):
            ready = [index for index, late in fired_here if late[1] is None]
            undated = [(index, *late) for index, late in fired_here if late[1] is not None]
            undated += [(e[0], e[3], e[4]) for e in always if e[1] is None and e[2] is None and e[4] is not None]
            ready += [e[0] for e in always if e[1] is None and e[2] is None and e[4] is None]
            dated = [e for e in always if e[1] is not None or e[2] is not None]
            # row order: ``_answer`` keeps it
            out.append((sorted(ready), tuple(sorted(undated, key=_first)), tuple(dated)))
        found = tuple(out)
        if len(self.patterns) < _PATTERNS_LIMIT:
            self.patterns[key] = found
        return found


#: A table's answer to a pattern: the rule indices that hold whatever the call (ascending), the
#: (rule index, late field, late test) of those to check late, and the (rule index, from, to,
#: late field, late test or None) of those to check on the peildatum too (each in row order).
_Answer = tuple[list[int], tuple[tuple[int, Any, Any], ...], tuple[tuple[int, Any, Any, Any, Any], ...]]
#: The late test ``niet leeg`` on one field, checked inline (as ``compile_predicate`` words it).
_PRESENT = object()


def _late(tests: Any) -> tuple[str | None, Any]:
    """A rule's tests on what earlier tables decided: (field, the text it must equal) for one
    ``=`` on text (``v == x`` is the compiled test's answer for any value when ``x`` is text),
    (field, ``_PRESENT``) for one ``niet leeg``, (field, test of its value) for another single
    test, (None, test of ``get``) for several, (None, None) for none."""
    if not tests:
        return None, None
    if len(tests) == 1:
        test = tests[0]
        if test["op"] == "eq" and type(test["value"]) is str:
            return test["field"], test["value"]
        if test["op"] == "present":
            return test["field"], _PRESENT
        return test["field"], compile_predicate(test)
    return None, rule_predicate(tests)


#: id(compiled) -> (compiled, {table_index: _Prepared}); the entry keeps the dict alive, so an
#: id is never reused while cached.
_PLANS: dict[int, tuple[Mapping[str, Any], dict[int, _Prepared]]] = {}
#: id(compiled) -> (compiled, _Shared or None when the version is matched table by table)
_SHARED: dict[int, tuple[Mapping[str, Any], _Shared | None]] = {}
#: Per thread: [compiled, peildatum, the values asserted, per table its ``_Answer``, the last table
#: answered, the ``_Shared`` plan]
class _Memo(threading.local):
    memo: list[Any] | None = None  # read without getattr's default: a class attribute


_MEMO = _Memo()
_MISSING = object()


def registered_rulesets() -> dict[str, int]:
    """A copy of the ruleset names registered in this process, with their handles."""
    with _LOCK:
        return dict(_HANDLES)


def _register(name: str, text: str) -> int:
    handle = _HANDLES.get(name)
    if handle is None:
        try:
            handle = _dre.create_ruleset(name, text)
        except _dre.error as exc:
            raise EngineError(f"durable kon ruleset {name} niet registreren: {exc}") from exc
        _HANDLES[name] = handle
    return handle


def _plan(compiled: Mapping[str, Any], table_index: int) -> tuple[TablePlan, tuple[int, ...]]:
    """The translated plan of one table and its ruleset handles (built and registered once)."""
    prepared = _prepare(compiled, table_index)
    return prepared.plan, prepared.handles


def _prepare(compiled: Mapping[str, Any], table_index: int) -> _Prepared:
    with _LOCK:
        entry = _PLANS.get(id(compiled))
        if entry is None or entry[0] is not compiled:
            if len(_PLANS) >= _PLAN_CACHE_SIZE:
                _PLANS.pop(next(iter(_PLANS)))
            entry = (compiled, {})
            _PLANS[id(compiled)] = entry
        found = entry[1].get(table_index)
        if found is None:
            plan = translate_table(compiled, table_index)
            plan.encoder.set_tests(_tests_by_field(compiled["tables"][table_index]["rules"], plan.encoder.names))
            found = _Prepared(plan, tuple(_register(c.name, c.text) for c in plan.chunks))
            entry[1][table_index] = found
        return found


def _shared(compiled: Mapping[str, Any]) -> _Shared | None:
    """The shared plan of ``compiled`` (None: match table by table), built and registered once."""
    entry = _SHARED.get(id(compiled))
    if entry is not None and entry[0] is compiled:
        return entry[1]
    shared = None
    if len(compiled["tables"]) > 1:
        try:
            plan = translate_workbook(compiled)
        except EngineTableError:
            plan = None  # each table's own call says what it cannot hold
        if plan is not None:
            rules = [rule for table in compiled["tables"] for rule in table["rules"]]
            plan.table.encoder.set_tests(_tests_by_field(rules, plan.table.encoder.names))
            with _LOCK:
                handles = tuple(_register(c.name, c.text) for c in plan.table.chunks)
            shared = _Shared(_Prepared(plan.table, handles), plan, rules)
    with _LOCK:
        if len(_SHARED) >= _PLAN_CACHE_SIZE:
            _SHARED.pop(next(iter(_SHARED)))
        _SHARED[id(compiled)] = (compiled, shared)
    return shared


class DurableMatcher:
    """Matches rules with durable-rules: one fact per call, every fired rule read back.

    Thread-safe; instances are cheap (rulesets, plans and sessions are per process). Compiled
    tables are read, never mutated, and must not be mutated by the caller once matched.
    """

    name = "durable"

    def __init__(self, pool: SessionPool | None = None) -> None:
        self._pool = pool or _POOL

    def match(
        self, compiled: Mapping[str, Any], table_index: int, facts: Mapping[str, Any], peildatum: int
    ) -> list[int]:
        """Indices of the rules in force on ``peildatum`` whose tests all hold, ascending.

        ``facts`` are encoded (dates as ordinals); a value that does not fit its field's
        compiled type raises EngineInputError.
        """
        memo = _MEMO.memo
        # ``decide`` matches the tables in order, so a call for a table after the memo's last
        # one is a later step of the same decision; the memo answers it when this table's
        # fields hold what was asserted (its answer depends on nothing else).
        if (memo is not None and memo[0] is compiled and table_index > memo[4] and memo[1] == peildatum
                and type(peildatum) is int):
            if "sid" in facts or "id" in facts:
                raise EngineInputError("De feiten bevatten de gereserveerde naam 'sid' of 'id'.")
            get = facts.get
            values = memo[2]
            for position, name in memo[5].checks[table_index]:
                a = get(name)
                b = values[position]
                if a is not b and (type(a) is not type(b) or a != b):
                    break
            else:
                memo[4] = table_index
                answer = memo[3][table_index]
                return answer[0][:] if not answer[1] and not answer[2] else _answer(answer, get, peildatum)
        entry_shared = _SHARED.get(id(compiled))
        shared = entry_shared[1] if entry_shared is not None and entry_shared[0] is compiled else _shared(compiled)
        if shared is not None:  # assert the fact of every table's early fields, remember what fired
            whole = shared.prepared
            body, values = shared.encode(facts, peildatum, shared.own[table_index])
            selected = whole.only
            if selected is None:
                selected = whole.index.select(whole.plan.encoder.by_name(values), peildatum)
            fired = self._assert(body, selected) if selected else []
            answers = shared.patterns.get(tuple(fired)) or shared.answers(fired)
            _MEMO.memo = [compiled, peildatum, values, answers, table_index, shared]
            return _answer(answers[table_index], facts.get, peildatum)
        entry = _PLANS.get(id(compiled))
        prepared = entry[1].get(table_index) if entry is not None and entry[0] is compiled else None
        if prepared is None:
            prepared = _prepare(compiled, table_index)
        body = prepared.encode(facts, peildatum)
        selected = prepared.only
        if selected is None:
            selected = prepared.index.select(facts, peildatum)
            if not selected:
                return []
        return self._assert(body, selected)

    def _assert(self, body: str, selected: list[tuple[int, Mapping[str, int]]]) -> list[int]:
        """``_run`` on a borrowed session (retired if durable fails on it)."""
        pool = self._pool
        free = pool.free
        try:
            session = free.pop()  # ``SessionPool.acquire``'s fast path, inline
        except IndexError:
            session = pool.acquire()
        try:
            out = _run(session.prefix + body, selected)
        except BaseException:
            pool.retire(session)
            raise
        if pool.waiting:
            pool.release(session)
        else:
            free.append(session)
        return out


def _first(entry: tuple[Any, ...]) -> Any:
    return entry[0]


def _answer(answer: _Answer, get: Callable[[str], Any], peildatum: int) -> list[int]:
    """The rule indices of ``answer`` that hold on this call: the ready ones, and those of the
    rest whose late test (on what earlier tables decided) holds, and whose validity period holds
    ``peildatum``, in row order. (A loop, not a comprehension: a few rules each time.)"""
    ready, undated, dated = answer
    if not undated and not dated:
        return ready[:]
    more = []
    for index, field, late in undated:  # ``_holds``, inline
        if late.__class__ is str:
            if get(field) == late:
                more.append(index)
        elif late is _PRESENT:
            v = get(field)
            if v is not None and not (isinstance(v, list) and not v):
                more.append(index)
        elif late(get(field)) if field is not None else late(get):
            more.append(index)
    if dated:
        for index, start, end, field, late in dated:
            if ((start is None or start <= peildatum) and (end is None or peildatum <= end)
                    and (late is None or _holds(field, late, get))):
                more.append(index)
        more.sort()
    if ready and more:
        return sorted(ready + more)
    return more or ready[:]


def _holds(field: Any, late: Any, get: Callable[[str], Any]) -> bool:
    """One late test as ``_late`` made it."""
    if late.__class__ is str:
        return bool(get(field) == late)
    if late is _PRESENT:
        v = get(field)
        return v is not None and not (isinstance(v, list) and not v)
    return bool(late(get(field)) if field is not None else late(get))


def _run(fact: str, selected: list[tuple[int, Mapping[str, int]]]) -> list[int]:
    """Assert ``fact`` into each ruleset, read every fired rule, retract it again."""
    fired: list[int] = []
    try:
        for handle, rule_index in selected:
            code, state = _assert_fact(handle, fact)
            if code == 1:  # the fact passed no rule's tests: nothing fired, nothing was stored
                continue
            try:
                if code != 0:  # 2: "already observed" (a fact left behind) - never expected
                    raise EngineError(f"durable weigerde het feit (code {code}).")
                message = _start_action_for_state(handle, state)
                if message is not None:
                    message = message[1]
                while message is not None:
                    fired.append(rule_index[message[2 : message.index('"', 2)]])
                    message = _complete_and_start_action(handle, state)
            finally:
                _retract_fact(handle, fact)
    except _dre.error as exc:
        raise EngineError(f"durable faalde op een feit: {exc}") from exc
    if len(fired) > 1:
        return sorted(set(fired))
    return fired
