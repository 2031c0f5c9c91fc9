"""The durable-rules adapter: the only room that imports durable (its C module alone).

``DurableMatcher().match(compiled, table_index, facts, peildatum)`` returns the indices of the
rules of one compiled table whose tests hold on ``facts`` and that are in force on
``peildatum``, like ``policy.reference.ReferenceMatcher`` (the oracle it is tested against).

Each hazard of durable-rules 2.0.28 we measured, how it is neutralised, and the test in
``tests/unit/engine/`` that pins it:

* **Host timer threads segfault under request threads.** ``durable.lang``/``durable.engine``
  are never imported; only ``durable_rules_engine`` is called, synchronously, and no Python
  action runs inside durable. (``test_hazards.py::test_no_host_and_no_threads``)
* **Events fire only the first matching rule.** Each call asserts one *fact*, drains every
  fired action with ``start_action_for_state``/``complete_and_start_action``, then retracts
  the fact. (``test_hazards.py::test_all_matching_rules_fire``)
* **Facts accumulate; an identical fact raises "already observed".** The fact is retracted in
  a ``finally`` after every assertion; the session's fact list stays empty, and the same fact
  can be asserted any number of times. (``test_hazards.py::test_nothing_accumulates``,
  ``test_memory.py``)
* **One session shared by threads gives wrong answers; >1,024 sessions per ruleset raise
  MemoryError; ``delete_state`` on a session without actions segfaults.** A call borrows a
  session id from a bounded pool (``sessions.SessionPool``, 64 by default) and returns it when
  the call ends, so dead threads strand nothing; sessions are never deleted. The extension
  holds the GIL, so threads add no speed: scale with processes.
  (``test_hazards.py::test_threads_that_come_and_go_share_a_bounded_pool``,
  ``test_hazards.py::test_sessions_and_rulesets_are_never_deleted``, ``test_concurrency.py``)
* **Large rulesets hang or crash**: 512 distinct equalities under one node hang; 256 rules on
  one node segfault; facts of ~250 properties are refused. A table is split into rulesets of at
  most 200 rules and 400 test terms (``translate``); large tables are grouped by their most
  tested equality field, and a chunk whose validity window or pinned ``eq``/``in`` values exclude
  the call is skipped (a sound index), so a call asserts only into chunks that can match; at
  most 100 fields per table.
  (``test_hazards.py::test_large_tables_are_split``, ``test_large_table.py``)
* **A rule whose only test is "field absent" loops forever.** Every rule starts with ``k == 1``.
  (``test_hazards.py::test_empty_only_rule_terminates``)
* **Missing fields fail open or closed by accident.** A missing/``None`` value (or an empty
  list) is a missing property, and every value test is preceded by an explicit ``$ex``: so
  ``ne``/``not_in``/``not_between`` on no value are false and ``empty`` is true, as the
  architecture's null semantics say. (``test_ops.py``)
* **Silent coercion** (``"18"`` meets ``>= 18``; ``0``/``"false"`` meet ``= false``). The
  encoder refuses any value whose Python type does not fit the field's compiled type, and the
  reserved keys ``sid``/``id``, with ``EngineInputError``; test values of a table that do not
  fit raise ``EngineTableError``. Strings are spelled identically in rules and facts (durable
  compares raw text) and numbers never use exponents (durable cannot read them).
  (``test_hazards.py::test_coercion_is_refused``, ``test_ops.py``, ``test_encode.py``)
* **Action exceptions are swallowed.** There are no actions: which rules fired is read from the
  C API's messages. Errors the C API raises propagate as ``EngineError``, and the session
  involved is retired from the pool. (``test_hazards.py::test_engine_errors_are_not_swallowed``)
* **No re-registration; registering mutates the definition.** Ruleset names embed the table
  version, a digest of the ruleset, the table index and the chunk; a name registered once is
  looked up afterwards. The compiled dict is only read; the adapter serialises its own
  definition. (``test_hazards.py::test_registration_is_idempotent_and_pure``)
"""

from policy.engine.errors import EngineError, EngineInputError, EngineTableError
from policy.engine.matcher import DurableMatcher, registered_rulesets
from policy.engine.sessions import SessionPool

__all__ = [
    "DurableMatcher",
    "EngineError",
    "EngineInputError",
    "EngineTableError",
    "SessionPool",
    "registered_rulesets",
]
