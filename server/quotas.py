"""Tables with a quota: the counter comes from the ledger, a grant takes a place atomically.

A table declares its quota on blad Metadata (compiled to ``data["quota"]``): the parameter that
gives the yearly maximum per key, the fact that is the key, the context input the service fills
with the count, the outcome that takes a place and the ground the table gives when none is left.
The ledger line of a request is (table, key, calendar year of the decision date) with the
maximum in force on the decision date; a key without a value of the parameter that day has no
quota (the counter keeps its default and nothing is counted).

No Flask here: :class:`server.service.Service` calls these steps, the views translate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from policy.compiler import CompiledTable
from policy.evaluation import Decision, lookup_parameter, plan_for
from policy.store import QuotaState, Store
from server.problems import Problem

__all__ = [
    "QuotaRule", "Line", "Grant", "quota_rule", "line_for", "count", "quota_full", "reference_day", "declared_line",
    "describe_line", "correction_request", "withdrawal_reason", "check_year", "MIN_YEAR", "MAX_YEAR",
]

#: The years a quota line can have: those of a date.
MIN_YEAR, MAX_YEAR = 1, 9999


@dataclass(frozen=True)
class QuotaRule:
    """A table's quota declaration (names from the compiled form)."""

    parameter: str
    key: str
    counter: str
    output: str
    value: str
    ground: str

    def takes_place(self, decision: Decision) -> bool:
        return decision.outputs.get(self.output) == self.value

    def maximum(self, compiled: CompiledTable, key: str, day: date) -> int | None:
        value = lookup_parameter(plan_for(compiled), self.parameter, key, day.toordinal())
        return int(value) if value is not None else None


@dataclass(frozen=True)
class Line:
    """The ledger line a request counts against, with the maximum in force on the decision date."""

    table_id: str
    key: str
    year: int
    maximum: int

    def state(self, granted: int) -> QuotaState:
        return QuotaState(self.table_id, self.key, self.year, self.maximum, granted)


_RULES: dict[tuple[str, str], tuple[Any, QuotaRule | None]] = {}


def quota_rule(compiled: CompiledTable) -> QuotaRule | None:
    """The table's quota declaration (read once per compiled form: every decision asks)."""
    key = (compiled.table_id, compiled.version)
    known = _RULES.get(key)
    if known is not None and known[0] is compiled.data:
        return known[1]
    declared = compiled.data.get("quota")
    rule = QuotaRule(**declared) if declared else None
    _RULES[key] = (compiled.data, rule)
    return rule


def line_for(compiled: CompiledTable, facts: Mapping[str, Any], day: date) -> Line | None:
    """The line of these (validated) facts on decision date ``day``; None when no quota applies."""
    rule = quota_rule(compiled)
    if rule is None:
        return None
    key = facts.get(rule.key)
    if not isinstance(key, str) or not key:
        return None
    maximum = rule.maximum(compiled, key, day)
    if maximum is None:
        return None
    return Line(compiled.table_id, key, day.year, maximum)


@dataclass(frozen=True)
class Grant:
    """What a decision did to its quota line: the state after it and whether it holds a place."""

    state: QuotaState
    place_taken: bool

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.state.key, "year": self.state.year, "maximum": self.state.maximum,
                "granted": self.state.granted, "remaining": self.state.remaining, "place_taken": self.place_taken}


def count(store: Store, line: Line, tx: Any = None) -> int:
    """The places granted on ``line`` so far (0 when nothing was counted yet)."""
    return store.granted(line.table_id, line.key, line.year, tx)


def quota_full(line: Line, decision: Decision) -> Problem:
    """The table grants although the ledger is full: it cannot be given (not logged)."""
    return Problem(
        "quotum_vol",
        f"Het quotum van {line.maximum} voor {line.key} in {line.year} is vol, maar de tabel wijst deze "
        f"aanvraag op peildatum {decision.peildatum.isoformat()} niet af op het quotum (daar geldt een ander "
        "quotum). De beslissing is niet gegeven en niet vastgelegd.",
    )


# -- the ledger as the API shows it ---------------------------------------------------------------


def check_year(year: int | str, name: str = "year") -> int:
    """A year given by a caller (path or query): a whole number 1..9999, else 400."""
    text = str(year).strip()
    if not text.isascii() or not text.isdigit() or len(text) > 4 or not MIN_YEAR <= int(text) <= MAX_YEAR:
        shown = text if len(text) <= 20 else text[:20] + "…"
        raise Problem("ongeldig_verzoek", f"{name} moet een jaartal van {MIN_YEAR} tot en met {MAX_YEAR} zijn, "
                      f"niet '{shown}'.", errors={name: [f"een jaartal van {MIN_YEAR} tot en met {MAX_YEAR} (JJJJ)."]})
    return int(text)


def reference_day(year: int, day: date) -> date:
    """The day whose quota is "in force for" ``year``: the decision date in its own year, else
    the last day of a past year or the first day of a future one."""
    if year == day.year:
        return day
    return date(year, 12, 31) if year < day.year else date(year, 1, 1)


def declared_line(svc: Any, table_id: str, key: str, year: int) -> Line:
    """The line of an active table's quota for ``key`` in ``year`` (404 when there is none)."""
    loaded = svc.catalog.get(table_id)  # TableNotFoundError: 404 onbekende_tabel
    rule = quota_rule(loaded.compiled)
    maximum = rule.maximum(loaded.compiled, key, reference_day(year, svc.today())) if rule is not None else None
    if maximum is None:
        reason = "heeft geen quotum" if rule is None else f"heeft in {year} geen quotum voor '{key}'"
        raise Problem("onbekend_quotum", f"Tabel '{table_id}' {reason}.")
    return Line(table_id, key, year, maximum)


def describe_line(svc: Any, table_id: str, key: str, year: int) -> dict[str, Any]:
    """Maximum, granted, remaining, the decisions holding places and the corrections."""
    store: Store = svc.store
    state = store.quota(table_id, key, year)
    if state is None:
        state = declared_line(svc, table_id, key, year).state(0)
    out = state.to_dict()
    out["decision_ids"] = store.places(table_id, key, year)
    out["corrections"] = [e.to_dict() for e in store.quota_events(table_id, key, year) if e.kind == "correctie"]
    return out


def correction_request(body: Any) -> dict[str, Any]:
    """``{"granted": n}`` (the new count) or ``{"change": d}``, with a ``reason``; 400 otherwise."""
    if not isinstance(body, dict):
        raise Problem("ongeldig_verzoek", "Stuur een JSON-object met 'granted' of 'change' en 'reason'.",
                      errors={"_verzoek": ["verwacht een JSON-object."]})
    errors: dict[str, list[str]] = {k: ["is geen veld van dit verzoek."]
                                    for k in body if k not in ("granted", "change", "reason")}
    given = [k for k in ("granted", "change") if k in body]
    if len(given) != 1:
        errors["_verzoek"] = ["geef precies één van 'granted' (het nieuwe aantal) en 'change' (het verschil)."]
    for k in given:
        if isinstance(body[k], float) and body[k].is_integer():  # JSON knows no difference between 5 and 5.0
            body[k] = int(body[k])
        if not isinstance(body[k], int) or isinstance(body[k], bool):
            errors[k] = [f"moet een geheel getal zijn, niet {_json_kind(body[k])}."]
    reason = body.get("reason")
    reason_text = reason.strip() if isinstance(reason, str) else ""
    if not reason_text:
        errors["reason"] = ["is verplicht: zeg waarom het aantal wordt gecorrigeerd (tekst)."]
    if errors:
        raise Problem("ongeldig_verzoek", f"Controleer deze velden: {', '.join(errors)}.", errors=errors)
    return {"reason": reason_text, **{k: body[k] for k in given}}


def withdrawal_reason(body: Any) -> str | None:
    """An optional ``{"reason": "…"}``; 400 for anything else."""
    if body == {}:
        return None
    if isinstance(body, dict) and set(body) == {"reason"} and isinstance(body["reason"], str):
        return body["reason"].strip() or None
    raise Problem("ongeldig_verzoek", "Stuur niets, {} of {\"reason\": \"…\"}.",
                  errors={"_verzoek": ["verwacht een lege body of een object met alleen 'reason' (tekst)."]})


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "een boolean", str: "tekst", float: "een kommagetal", list: "een lijst",
            dict: "een object"}.get(type(value), type(value).__name__)
