"""The functions a formula may call. Each is total on ``None`` (missing value) by design."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

__all__ = ["FUNCTIONS", "SMALL_WHOLE", "FormulaValueError", "FunctionSpec", "KEYWORDS", "add_to_date",
           "completed_years", "completed_months"]

#: Functions that take keyword arguments, with their keywords in the order of the tree's arguments.
#: The parser turns ``datum_plus(d, maanden=1)`` into ``["call", "datum_plus", [d, 0, 1, 0]]``.
KEYWORDS: dict[str, tuple[str, ...]] = {"datum_plus": ("dagen", "maanden", "jaren")}


class FormulaValueError(ValueError):
    """A function got a value it cannot work with; ``message`` is a Dutch sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FunctionSpec:
    name: str
    min_args: int
    max_args: int | None
    fn: Callable[..., Any]
    null_safe: bool = False  # True: receives None arguments; False: any None argument gives None
    description: str = ""

    def arity_text(self) -> str:
        if self.max_args == self.min_args:
            return f"{self.min_args} argument(en)"
        if self.max_args is None:
            return f"minstens {self.min_args} argument(en)"
        return f"{self.min_args} tot {self.max_args} argumenten"


def completed_years(born: date, on: date) -> int:
    """Age in completed years on ``on`` (the 31st birthday is the first day of age 31).

    Someone born on 29 February turns a year older on 1 March in a non-leap year.
    """
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def completed_months(start: date, end: date) -> int:
    """Completed months from ``start`` to ``end``, counted like :func:`completed_years`.

    A month is complete on the same day of a later month (15 March -> 15 April); where that day
    does not exist (31 January -> February) it is complete on the first day of the month after
    (1 March), as someone born on 29 February turns a year older on 1 March. ``end`` before
    ``start`` gives the same count, negative.
    """
    if end < start:
        return -completed_months(end, start)
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return months


def completed_years_between(start: date, end: date) -> int:
    """Completed years from ``start`` to ``end`` (as :func:`completed_years`; negative when reversed)."""
    if end < start:
        return -completed_years(end, start)
    return completed_years(start, end)


def _days_between(start: date, end: date) -> int:
    return (end - start).days


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _whole(value: Any, keyword: str) -> int:
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise FormulaValueError(f"{keyword}= moet een geheel getal zijn, maar is {value!r}")


def add_to_date(d: date, days: Any = 0, months: Any = 0, years: Any = 0) -> date:
    """``d`` plus whole ``years``, ``months`` and then ``days``; a day past the month's end is clamped.

    Years and months move the calendar month first (31 January + 1 month = 28 February, or 29
    in a leap year; 29 February + 1 year = 28 February), then the days are counted.
    """
    days, months, years = _whole(days, "dagen"), _whole(months, "maanden"), _whole(years, "jaren")
    total = d.year * 12 + (d.month - 1) + months + 12 * years
    year, month0 = divmod(total, 12)
    if not 1 <= year <= 9999:
        raise FormulaValueError("de uitkomst valt buiten de kalender (jaar 1 tot en met 9999)")
    last = _MONTH_DAYS[month0] + (month0 == 1 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)))
    moved = date(year, month0 + 1, min(d.day, last))
    try:
        return moved + timedelta(days=days)
    except OverflowError:
        raise FormulaValueError("de uitkomst valt buiten de kalender (jaar 1 tot en met 9999)") from None


def _year(d: date) -> int:
    return d.year


def _date(text: Any) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise FormulaValueError(f"{text!r} is geen datum; schrijf datum(\"JJJJ-MM-DD\")") from None


def _min(*args: Any) -> Any:
    return min(args)


def _max(*args: Any) -> Any:
    return max(args)


def _count(values: Any) -> int:
    return 0 if values is None else len(values)


def _contains(values: Any, item: Any) -> bool:
    return values is not None and item in values


def _concat(*lists: Any) -> list[Any]:
    out: list[Any] = []
    for part in lists:
        if part is None:
            continue
        for item in part if isinstance(part, (list, tuple)) else [part]:
            if item not in out:
                out.append(item)
    return out


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, (list, tuple)) and len(value) == 0)


def _spec(name: str, lo: int, hi: int | None, fn: Callable[..., Any], desc: str, *, null_safe: bool = False) -> FunctionSpec:
    return FunctionSpec(name, lo, hi, fn, null_safe, desc)


#: Functions that, when they give a value, give a whole number far inside exact arithmetic (a
#: count of years, months or days between two dates of the calendar, a year): a formula that is
#: one call of these needs no size check (``policy.evaluation.guard``).
SMALL_WHOLE = frozenset({"leeftijd", "dagen_tussen", "maanden_tussen", "jaren_tussen", "jaar"})

FUNCTIONS: dict[str, FunctionSpec] = {
    s.name: s
    for s in (
        _spec("leeftijd", 2, 2, completed_years, "leeftijd in voltooide jaren: leeftijd(geboortedatum, op_datum)"),
        _spec("dagen_tussen", 2, 2, _days_between, "aantal dagen van de eerste tot de tweede datum"),
        _spec("maanden_tussen", 2, 2, completed_months, "aantal voltooide maanden tussen twee datums"),
        _spec("jaren_tussen", 2, 2, completed_years_between, "aantal voltooide jaren tussen twee datums"),
        # datum_plus(d, dagen=…, maanden=…, jaren=…): the parser fills in 0 for a missing keyword.
        _spec("datum_plus", 4, 4, add_to_date, "datum_plus(datum, dagen=…, maanden=…, jaren=…): een datum verschoven"),
        _spec("jaar", 1, 1, _year, "het jaartal van een datum"),
        _spec("datum", 1, 1, _date, "een datum uit tekst: datum(\"2022-10-01\")"),
        _spec("min", 1, None, _min, "de kleinste waarde"),
        _spec("max", 1, None, _max, "de grootste waarde"),
        # als, is_leeg, aantal, bevat and samenvoegen see missing values themselves.
        _spec("als", 3, 3, lambda c, a, b: a if c else b, "als(voorwaarde, dan, anders)", null_safe=True),
        _spec("is_leeg", 1, 1, _is_empty, "ja als de waarde ontbreekt (of de lijst leeg is)", null_safe=True),
        _spec("aantal", 1, 1, _count, "het aantal elementen van een lijst", null_safe=True),
        _spec("bevat", 2, 2, _contains, "ja als de lijst de waarde bevat", null_safe=True),
        _spec("samenvoegen", 1, None, _concat, "lijsten samenvoegen (zonder dubbelen)", null_safe=True),
        # parameter() is resolved by the evaluator (it needs the peildatum), see evaluate.py.
        _spec("parameter", 1, 2, lambda *a: None, "parameter(naam, sleutel): de waarde op de peildatum", null_safe=True),
    )
}
