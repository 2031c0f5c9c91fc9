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
* **durable's fixed limits** (measured in ``src/rules``; table in docs/architecture.md): 64
  alpha nodes pending while a fact walks the network (error 303: 65 bands ``[a..b[`` on one
  field, or 100 rows in force from different days, fail on ordinary facts), 32 expression
  markers per pattern (error 113: 15 list or ``niet [a..b]`` cells in one rule), 512 tested
  children per node (a hang), 128 absent/forward children per node (error 107), 256 rules
  ending on one node (a segfault), 255 properties per fact (error 302), about 16 messages per
  frame (error 304). ``network.Network`` replays durable's node sharing and bounds the stack
  and node sizes of each ruleset; ``translate`` cuts a table into rulesets within those bounds
  (at most 200 rules each), splits a row with more than 13 ``$or`` tests into patterns joined on
  the same fact and a list of more than 200 values into several durable rules; ``index``
  asserts a call only into the chunks whose validity window, pinned values and numeric bounds
  leave room for a match (a sound index). At most 150 fields per table; beyond that, and for
  rows whose lists would make more than 64 durable rules, ``check`` reports
  ``te_groot_voor_engine`` (``policy/checks/capacity.py``).
  (``test_limits.py``, ``test_hazards.py::test_large_tables_are_split``, ``test_large_table.py``,
  ``test_wide_tables.py``, ``test_capacity.py``; the wide tables in ``tests/test_oracle.py``)
* **A rule whose only test is "field absent" loops forever.** Every rule starts with ``k == 1``.
  (``test_hazards.py::test_empty_only_rule_terminates``)
* **Missing fields fail open or closed by accident.** A missing/``None`` value (or an empty
  list) is a missing property. durable reaches a value test only through a property the fact
  has (``handleAlpha`` walks the fact's own properties), so every value test on no value,
  ``ne``/``not_in``/``not_between`` included, is false; ``empty``/``present`` are explicit
  ``$nex``/``$ex`` (and ``not_in`` of no values is ``$ex``), as the architecture's null
  semantics say. So a value on which every compiled test of its field gives what it gives on no
  value (``false`` where rows only test ``= true``, a country no row names) is left out of the
  fact, its type still checked: durable answers the same on a shorter fact. (``test_ops.py``,
  ``test_encode.py::test_values_no_test_can_tell_from_absence_are_left_out``)
* **Silent coercion** (``"18"`` meets ``>= 18``; ``0``/``"false"`` meet ``= false``). The
  encoder refuses any value whose Python type does not fit the field's compiled type, and the
  reserved keys ``sid``/``id``, with ``EngineInputError``; test values of a table that do not
  fit raise ``EngineTableError``. Strings are spelled identically in rules and facts (durable
  compares raw text) and numbers never use exponents (durable cannot read them). A cached
  spelling is only used for a value of its field's exact type (``1`` never gets ``True``'s).
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
