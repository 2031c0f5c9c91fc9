"""Turn a formula tree into a Python closure once, so evaluation is a few calls, not a walk.

The closure takes ``(env, parameter)`` and has exactly the semantics of the tree (missing values
propagate as ``None``; see evaluate.py). No source text is generated or executed: the closures
are built from the whitelisted tree nodes only.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any

from policy.expr.functions import FUNCTIONS

__all__ = ["compile_formula", "Compiled"]

Compiled = Callable[[Mapping[str, Any], Any], Any]

_BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
_CMP = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt,
    "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}


def _leaf_getter(tree: list[Any]) -> Callable[[Mapping[str, Any]], Any] | None:
    """For a name or literal leaf: a one-argument reader of ``env`` (saves a call level)."""
    if tree[0] == "name":
        name = tree[1]
        return lambda env: env.get(name)
    if tree[0] == "lit":
        value = tree[1]
        return lambda env: value
    return None


def compile_formula(tree: list[Any]) -> Compiled:
    head = tree[0]
    if head == "lit":
        value = tree[1]
        return lambda env, param: value
    if head == "name":
        name = tree[1]
        return lambda env, param: env.get(name)
    if head == "list":
        parts = [compile_formula(p) for p in tree[1]]
        return lambda env, param: [p(env, param) for p in parts]
    if head == "neg":
        inner = compile_formula(tree[1])

        def neg(env: Mapping[str, Any], param: Any) -> Any:
            v = inner(env, param)
            return None if v is None else -v

        return neg
    if head == "not":
        inner = compile_formula(tree[1])

        def not_(env: Mapping[str, Any], param: Any) -> Any:
            v = inner(env, param)
            return None if v is None else not v

        return not_
    if head == "and":
        parts = [compile_formula(p) for p in tree[1]]

        def and_(env: Mapping[str, Any], param: Any) -> Any:
            result: Any = True
            for p in parts:
                v = p(env, param)
                if v is False:
                    return False
                if v is None:
                    result = None
            return result

        return and_
    if head == "or":
        parts = [compile_formula(p) for p in tree[1]]

        def or_(env: Mapping[str, Any], param: Any) -> Any:
            result: Any = False
            for p in parts:
                v = p(env, param)
                if v is True:
                    return True
                if v is None:
                    result = None
            return result

        return or_
    if head in ("bin", "cmp"):
        op = (_BIN if head == "bin" else _CMP)[tree[1]]
        if tree[2][0] == "name" and tree[3][0] in ("name", "lit"):  # the common `veld >= 18`
            name = tree[2][1]
            other = _leaf_getter(tree[3])
            assert other is not None

            def field_op(env: Mapping[str, Any], param: Any) -> Any:
                a = env.get(name)
                if a is None:
                    return None
                b = other(env)
                if b is None:
                    return None
                return op(a, b)

            return field_op
        left, right = compile_formula(tree[2]), compile_formula(tree[3])

        def binary(env: Mapping[str, Any], param: Any) -> Any:
            a = left(env, param)
            if a is None:
                return None
            b = right(env, param)
            if b is None:
                return None
            return op(a, b)

        return binary
    if head == "call":
        name = tree[1]
        args = [compile_formula(a) for a in tree[2]]
        if name == "parameter":
            if len(args) == 2:
                p0, p1 = args

                def parameter2(env: Mapping[str, Any], param: Any) -> Any:
                    if param is None:
                        return None
                    return param(p0(env, param), p1(env, param))

                return parameter2

            def parameter(env: Mapping[str, Any], param: Any) -> Any:
                if param is None:
                    return None
                values = [a(env, param) for a in args]
                return param(values[0], values[1] if len(values) > 1 else None)

            return parameter
        spec = FUNCTIONS[name]
        fn = spec.fn
        if spec.null_safe:  # every argument is worked out (as the tree walk does), then the function
            if len(args) == 1:
                (a0,) = args
                return lambda env, param: fn(a0(env, param))
            if len(args) == 3:
                a0, a1, a2 = args
                return lambda env, param: fn(a0(env, param), a1(env, param), a2(env, param))
            return lambda env, param: fn(*[a(env, param) for a in args])
        if len(args) == 2 and all(a[0] == "name" for a in tree[2]):  # `leeftijd(geboren, op)`
            n0, n1 = tree[2][0][1], tree[2][1][1]

            def call_fields(env: Mapping[str, Any], param: Any) -> Any:
                x = env.get(n0)
                if x is None:
                    return None
                y = env.get(n1)
                if y is None:
                    return None
                return fn(x, y)

            return call_fields
        if len(args) == 2:
            a0, a1 = args

            def call2(env: Mapping[str, Any], param: Any) -> Any:
                x = a0(env, param)
                if x is None:
                    return None
                y = a1(env, param)
                if y is None:
                    return None
                return fn(x, y)

            return call2

        def call(env: Mapping[str, Any], param: Any) -> Any:
            values = [a(env, param) for a in args]
            if any(v is None for v in values):
                return None
            return fn(*values)

        return call
    raise ValueError(f"unknown formula node {head!r}")
