"""``DurableMatcher``: the production matcher, on the C module ``durable_rules_engine`` alone."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

import durable_rules_engine as _dre

from policy.engine.errors import EngineError
from policy.engine.index import ChunkIndex
from policy.engine.sessions import SessionPool
from policy.engine.translate import TablePlan, translate_table

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


#: id(compiled) -> (compiled, {table_index: _Prepared}); the entry keeps the dict alive, so an
#: id is never reused while cached.
_PLANS: dict[int, tuple[Mapping[str, Any], dict[int, _Prepared]]] = {}


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
            found = _Prepared(plan, tuple(_register(c.name, c.text) for c in plan.chunks))
            entry[1][table_index] = found
        return found


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
        pool = self._pool
        session = pool.acquire()
        try:
            out = _run(session.prefix + body, selected)
        except BaseException:
            pool.retire(session)
            raise
        pool.release(session)
        return out


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
