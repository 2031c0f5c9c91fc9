"""Say in Dutch why a formula could not be worked out on these values (only on the failure path).

The formula is evaluated part by part to find the innermost part that fails; that part is
quoted with the values it was given and, where one exists, the formula that would work
(``datum_plus(aanvraagdatum, dagen=-1)`` for ``aanvraagdatum - 1``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from policy.expr.compile import compile_formula
from policy.expr.functions import FormulaValueError
from policy.expr.parse import names_in
from policy.expr.render import render
from policy.expr.types import call_problems, comparison_problem, arithmetic_problem, value_family

__all__ = ["explain_failure"]


def explain_failure(tree: Any, exc: BaseException, env: Mapping[str, Any], parameter: Callable[..., Any] | None) -> str:
    """Why ``tree`` failed with ``exc`` on ``env``: a Dutch sentence without a final full stop."""
    try:
        reason = _find(tree, env, parameter) or _reason(tree, exc, [])
    except Exception:  # the explanation itself must never be what fails
        reason = f"'{render(tree)}' kon met deze waarden niet worden uitgerekend"
    shown = [f"{n} = {_value(env.get(n))}" for n in sorted(names_in(tree)) if n in env]
    return reason + (f" (waarden: {', '.join(shown)})" if shown else "")


def _value(v: Any) -> str:
    if v is None:
        return "leeg"
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return repr(int(v))  # 2.0 and 2 are the same number (the batch path holds whole numbers as such)
    return repr(v)


def _children(tree: Any) -> list[Any]:
    head = tree[0]
    if head in ("neg", "not"):
        return [tree[1]]
    if head in ("and", "or", "list"):
        return list(tree[1])
    if head in ("bin", "cmp"):
        return [tree[2], tree[3]]
    if head == "call":
        return list(tree[2])
    return []


def _find(tree: Any, env: Mapping[str, Any], parameter: Any) -> str | None:
    """The reason of the innermost failing part of ``tree``, or None when ``tree`` does not fail."""
    values = []
    for child in _children(tree):
        try:
            values.append(compile_formula(child)(env, parameter))
        except Exception:
            return _find(child, env, parameter)
    try:
        compile_formula(tree)(env, parameter)
    except Exception as exc:
        return _reason(tree, exc, values)
    return None


def _reason(tree: Any, exc: BaseException, values: list[Any]) -> str:
    text = f"'{render(tree)}'"
    if isinstance(exc, FormulaValueError):
        return f"{text}: {exc.message}"
    if isinstance(exc, ZeroDivisionError):
        return f"{text} deelt door nul"
    if isinstance(exc, OverflowError):
        return f"{text}: de uitkomst valt buiten wat kan worden gerekend (te groot, of een datum buiten de kalender)"
    families = [value_family(v) for v in values]
    head = tree[0]
    problem = None
    if head == "bin" and len(values) == 2:
        problem = arithmetic_problem(tree[1], tree[2], tree[3], families[0], families[1])
    elif head == "cmp" and len(values) == 2:
        problem = comparison_problem(tree[1], tree[2], tree[3], families[0], families[1])
    elif head == "neg" and families and families[0] not in (None, "getal"):
        problem = "dit soort waarde kan niet negatief worden gemaakt"
    elif head == "call":
        found = call_problems(tree, families)
        if found:
            return found[0]
    if problem:
        return f"{text}: {problem}"
    return f"{text} kon met deze waarden niet worden uitgerekend"
