"""Evaluate a formula tree on a mapping of field values (natural Python types)."""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any

from policy.errors import EvaluationError
from policy.expr.functions import FUNCTIONS

__all__ = ["evaluate"]

ParameterLookup = Callable[[str, Any], Any]

_BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
_CMP = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt,
    "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}


def evaluate(tree: list[Any], env: Mapping[str, Any], parameter: ParameterLookup | None = None) -> Any:
    """Value of ``tree`` with field values from ``env``; a missing value propagates as ``None``.

    ``parameter(naam, sleutel)`` resolves ``parameter(...)`` calls (dated parameters on the
    peildatum). Raises EvaluationError for what no table should ever do (division by zero,
    comparing a date with a number).
    """
    try:
        return _eval(tree, env, parameter)
    except (TypeError, ZeroDivisionError, ValueError, OverflowError) as exc:
        raise EvaluationError(f"De formule kon niet worden uitgerekend: {exc}") from None


def _eval(t: list[Any], env: Mapping[str, Any], parameter: ParameterLookup | None) -> Any:
    head = t[0]
    if head == "lit":
        return t[1]
    if head == "name":
        return env.get(t[1])
    if head == "list":
        return [_eval(x, env, parameter) for x in t[1]]
    if head == "neg":
        v = _eval(t[1], env, parameter)
        return None if v is None else -v
    if head == "not":
        v = _eval(t[1], env, parameter)
        return None if v is None else not v
    if head == "and":
        result: Any = True
        for part in t[1]:
            v = _eval(part, env, parameter)
            if v is False:
                return False
            if v is None:
                result = None
        return result
    if head == "or":
        result = False
        for part in t[1]:
            v = _eval(part, env, parameter)
            if v is True:
                return True
            if v is None:
                result = None
        return result
    if head == "bin":
        a = _eval(t[2], env, parameter)
        b = _eval(t[3], env, parameter)
        if a is None or b is None:
            return None
        return _BIN[t[1]](a, b)
    if head == "cmp":
        a = _eval(t[2], env, parameter)
        b = _eval(t[3], env, parameter)
        if a is None or b is None:
            return None
        return _CMP[t[1]](a, b)
    if head == "call":
        name = t[1]
        args = [_eval(a, env, parameter) for a in t[2]]
        if name == "parameter":
            if parameter is None:
                return None
            return parameter(args[0], args[1] if len(args) > 1 else None)
        spec = FUNCTIONS[name]
        if not spec.null_safe and any(a is None for a in args):
            return None
        return spec.fn(*args)
    raise EvaluationError(f"Onbekend formule-onderdeel {head!r}.")
