"""The functions a formula may call. Each is total on ``None`` (missing value) by design."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = ["FUNCTIONS", "FunctionSpec", "completed_years", "completed_months"]


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
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return months


def _days_between(start: date, end: date) -> int:
    return (end - start).days


def _year(d: date) -> int:
    return d.year


def _date(text: str) -> date:
    return date.fromisoformat(text)


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


FUNCTIONS: dict[str, FunctionSpec] = {
    s.name: s
    for s in (
        _spec("leeftijd", 2, 2, completed_years, "leeftijd in voltooide jaren: leeftijd(geboortedatum, op_datum)"),
        _spec("dagen_tussen", 2, 2, _days_between, "aantal dagen van de eerste tot de tweede datum"),
        _spec("maanden_tussen", 2, 2, completed_months, "aantal voltooide maanden tussen twee datums"),
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
