"""The pure-Python reference evaluator of the compiled form (oracle and batch path)."""

from policy.reference.matcher import ReferenceMatcher, compile_predicate, test_holds

__all__ = ["ReferenceMatcher", "compile_predicate", "test_holds"]
