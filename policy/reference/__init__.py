"""The pure-Python reference matcher of the compiled form (the oracle beside durable).

A matcher sits below evaluation: it imports nothing from ``policy.evaluation``. The batch path
is ``policy.evaluation.batch``, beside ``decide``.
"""

from policy.reference.matcher import ReferenceMatcher, compile_predicate, test_holds

__all__ = ["ReferenceMatcher", "compile_predicate", "test_holds"]
