"""A formula's value must have the type of the field it fills, or the decision stops.

The checks refuse a formula whose type certainly differs from its field's
(``formule_type_past_niet``); what they cannot tell from the formula alone (``als`` with mixed
branches, a parameter of several types, a text that must be one of a list) is checked here on
each value, so an answer never contradicts the table's declared types. A formula whose type is
certain is not checked, except a number for its size: a sum of two large counts can outgrow the
exact arithmetic that facts are held to (see ``validate.MAX_WHOLE``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from policy.errors import EvaluationError
from policy.evaluation.validate import MAX_FRACTIONAL, MAX_WHOLE, beyond_exact
from policy.expr.types import EMPTY

__all__ = ["formula_failure", "formula_place", "guarded", "is_guarded", "locate", "too_big_message"]

Formula = Callable[[Any, Any], Any]


def _certain(inferred: str | None, declared: str, allowed: Sequence[Any] | None) -> bool:
    if inferred == EMPTY:
        return True
    if declared == "getal":
        return inferred in ("geheel getal", "getal")
    if declared in ("geheel getal", "datum", "ja/nee", "tekst"):
        return inferred == declared
    if declared == "lijst":
        return inferred == "lijst" and not allowed
    return False  # keuzelijst, landcode: the value must be one of a list


def _check(declared: str, allowed: Sequence[Any] | None) -> Callable[[Any], tuple[bool, Any]]:
    """value -> (fits, value as the field holds it)."""
    permitted = frozenset(allowed) if allowed else None
    if declared == "geheel getal":
        def whole(v: Any) -> tuple[bool, Any]:
            if type(v) is int:
                return True, v
            if type(v) is float and v.is_integer():
                return True, int(v)
            return False, v

        return whole
    if declared == "getal":
        return lambda v: (type(v) in (int, float) and v == v, v)
    if declared == "datum":
        return lambda v: (type(v) is date, v)
    if declared == "ja/nee":
        return lambda v: (type(v) is bool, v)
    if declared == "lijst":
        return lambda v: (isinstance(v, list) and (permitted is None or all(x in permitted for x in v)), v)
    # tekst, keuzelijst, landcode
    return lambda v: (type(v) is str and (permitted is None or v in permitted), v)


def too_big_message(name: str, value: Any) -> str:
    """What is said when the formula for ``name`` gave a number past exact arithmetic."""
    return (f"De formule voor {name} gaf {value!r}, een getal buiten wat Regelwerk exact rekent "
            "(gehele getallen tot 2^53, decimalen tot 10^15); de beslissing is daarom niet genomen.")


def _too_big(name: str, value: Any) -> EvaluationError:
    return EvaluationError(too_big_message(name, value))


def _ranged(fn: Formula, name: str) -> Formula:
    """A numeric formula of certain type: only its size is checked (sums can outgrow the facts)."""

    def ranged(env: Any, param: Any) -> Any:  # beyond_exact, inlined: it runs on every decision
        value = fn(env, param)
        if type(value) is int:
            if -MAX_WHOLE <= value <= MAX_WHOLE:
                return value
        elif type(value) is not float or -MAX_FRACTIONAL < value < MAX_FRACTIONAL or value != value:
            return value
        raise _too_big(name, value)

    return ranged


def guarded(fn: Formula, name: str, declared: str, allowed: Sequence[Any] | None, inferred: str | None,
            small: bool = False) -> Formula:
    """``fn``, checked on every value unless ``inferred`` proves its type (numbers: their size,
    unless ``small``: the formula's values are whole numbers far inside exact arithmetic)."""
    if _certain(inferred, declared, allowed):
        numeric = declared in ("geheel getal", "getal") and inferred != EMPTY
        return _ranged(fn, name) if numeric and not (small and inferred == "geheel getal") else fn
    check = _check(declared, allowed)
    numeric = declared in ("geheel getal", "getal")
    shown = f"'{declared}'" + (f" (toegestaan: {', '.join(map(str, allowed))})" if allowed else "")

    def checked(env: Any, param: Any) -> Any:
        value = fn(env, param)
        if value is None:
            return None
        ok, value = check(value)
        if ok and numeric and beyond_exact(value, declared):
            raise _too_big(name, value)
        if not ok:
            raise EvaluationError(
                f"De formule voor {name} gaf {value!r}, maar {name} is van type {shown}; "
                "de beslissing is daarom niet genomen."
            )
        return value

    checked.regelwerk_guarded = True  # type: ignore[attr-defined]
    return checked


def is_guarded(fn: Formula) -> bool:
    """True for a closure that :func:`guarded` wrapped (its values are checked one by one)."""
    return getattr(fn, "regelwerk_guarded", False)


def locate(fn: Formula, tree: Any, where: str) -> Formula:
    """Mark ``fn`` (the formula ``tree``) as standing at ``where``, for :func:`formula_failure`.

    Nothing is wrapped: the decision's hot path stays as it was; only a failure reads the mark.
    """
    try:
        fn.regelwerk_origin = (tree, where)  # type: ignore[attr-defined]
    except AttributeError:  # a builtin cannot carry the mark; its failures are worded without a cell
        pass
    return fn


def formula_failure(fn: Formula, exc: Exception, env: Any, param: Any) -> EvaluationError:
    """The ``rekenfout`` for ``exc`` raised by ``fn``: Dutch, naming the formula's cell."""
    tree, where = getattr(fn, "regelwerk_origin", (None, None))
    place = f" in {where}" if where else ""
    if isinstance(exc, EvaluationError):  # the guard's own (Dutch) words: add where it stands
        return EvaluationError(f"{exc.message.rstrip('.')} (formule{place})." if where else exc.message)
    if tree is None:
        return EvaluationError(f"De formule{place} kon niet worden uitgerekend.")
    from policy.expr.explain import explain_failure

    return EvaluationError(f"De formule{place} kon niet worden uitgerekend: "
                           f"{explain_failure(tree, exc, env, param)}.")


def formula_place(sheet: str | None, cell: str | None, what: str) -> str:
    """``blad Regels, cel E5 (besluit in regel WH-01)``: how a failure names a formula's cell."""
    parts = [f"blad {sheet}" if sheet else None, (cell if cell.startswith("rij") else f"cel {cell}") if cell else None]
    shown = ", ".join(p for p in parts if p)
    return f"{shown} ({what})" if shown else what
