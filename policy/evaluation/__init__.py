"""Evaluation: validate facts, derive inputs, match table by table, apply hit policies."""

from policy.evaluation.decide import Matcher, decide, lookup_parameter, plan_for
from policy.evaluation.decision import Decision, MatchedRow, to_json_value
from policy.evaluation.validate import RESERVED_FIELDS, is_country_code, validate_facts

__all__ = [
    "Decision",
    "MatchedRow",
    "Matcher",
    "RESERVED_FIELDS",
    "decide",
    "is_country_code",
    "lookup_parameter",
    "plan_for",
    "to_json_value",
    "validate_facts",
]
