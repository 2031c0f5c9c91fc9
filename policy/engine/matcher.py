"""``DurableMatcher``: the production matcher, on the C module ``durable_rules_engine`` alone."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

import durable_rules_engine as _dre

from policy.engine.errors import EngineError
from policy.engine.sessions import Session, SessionPool
from policy.engine.translate import TablePlan, translate_table

__all__ = ["DurableMatcher", "registered_rulesets"]

_assert_fact = _dre.assert_fact
_retract_fact = _dre.retract_fact
_start_action_for_state = _dre.start_action_for_state
_complete_and_start_action = _dre.complete_and_start_action

#: Ruleset name -> durable handle, for the whole process (durable cannot forget a ruleset).
_HANDLES: dict[str, int] = {}
#: id(compiled) -> (compiled, {table_index: (TablePlan, handles)}); the entry keeps the dict
#: alive, so an id is never reused while cached.
_PLANS: dict[int, tuple[Mapping[str, Any], dict[int, tuple[TablePlan, tuple[int, ...]]]]] = {}
_PLAN_CACHE_SIZE = 256
_LOCK = threading.Lock()
_POOL = SessionPool()


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
    entry = _PLANS.get(id(compiled))
    if entry is not None and entry[0] is compiled:
        found = entry[1].get(table_index)
        if found is not None:
            return found
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
            found = (plan, tuple(_register(c.name, c.text) for c in plan.chunks))
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
        plan, handles = _plan(compiled, table_index)
        body = plan.encoder.encode(facts, peildatum)
        key_field = plan.key_field
        key = facts.get(key_field) if key_field is not None else None
        selected = [
            (handle, chunk.rule_index)
            for chunk, handle in zip(plan.chunks, handles)
            if (chunk.first_day is None or chunk.first_day <= peildatum)
            and (chunk.last_day is None or peildatum <= chunk.last_day)
            and (chunk.keys is None or key in chunk.keys)
        ]
        if not selected:
            return []
        pool = self._pool
        session = pool.acquire()
        try:
            out = _run(session, body, selected)
        except BaseException:
            pool.retire(session)
            raise
        pool.release(session)
        return out


def _run(session: Session, body: str, selected: list[tuple[int, Mapping[str, int]]]) -> list[int]:
    fact = session.prefix + body
    fired: list[int] = []
    for handle, rule_index in selected:
        result = _assert_fact(handle, fact)
        try:
            code = result[0]
            if code == 1:  # the fact passed no rule's tests: nothing fired, nothing stored
                continue
            if code != 0:  # 2: "already observed" (a fact left behind) - never expected
                raise EngineError(f"durable weigerde het feit (code {code}).")
            state = result[1]
            message = _start_action_for_state(handle, state)
            if message is not None:
                message = message[1]
            while message is not None:
                fired.append(rule_index[message[2 : message.index('"', 2)]])
                message = _complete_and_start_action(handle, state)
        finally:
            _retract_fact(handle, fact)
    if len(fired) > 1:
        return sorted(set(fired))
    return fired
