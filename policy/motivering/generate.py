"""Build ``Decision.motivering``: Dutch sentences a decision letter can quote.

The first sentence names the outcome (the ``Uitkomsten`` sentence for the main decision output's
value) and, after ``omdat``, the reasons: one clause per matched row, from the row's
``motivering`` template (``{veld}`` filled in) or generated from its conditions and the facts,
each followed by the row's citations. Other outputs with a sentence follow; an ``onvolledig``
decision says which facts are still needed, a ``beoordeling_vereist`` one what the IND must judge.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from policy.evaluation.decision import Decision, MatchedRow
from policy.motivering.template import TemplateError, fill_from
from policy.motivering.words import join_en, label, show_value

__all__ = ["write_motivering", "with_motivering", "ASSESSMENT_SENTENCE", "INCOMPLETE_SENTENCE"]

#: The opening when no Uitkomsten sentence is declared for ``beoordeling_vereist``.
ASSESSMENT_SENTENCE = "De IND moet de aanvraag zelf beoordelen"
INCOMPLETE_SENTENCE = "Op de aanvraag kan nog niet worden beslist"
_LONG_LIST = 5

_INDEX: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}


def _index(data: dict[str, Any]) -> dict[str, Any]:
    """Per compiled version (cached by identity): rules by (table, regel_id, row), field types."""
    entry = _INDEX.get(id(data))
    if entry is None or entry[0] is not data:
        rules = {(sub["name"], r["regel_id"], r["row"]): r for sub in data["tables"] for r in sub["rules"]}
        types = {f["name"]: f["type"] for key in ("inputs", "derived", "outputs") for f in data.get(key, ())}
        params = {name: values for name, values in data.get("parameters", {}).items()
                  if all(v["key"] is None for v in values)}
        entry = (data, {"rules": rules, "types": types, "params": params})
        _INDEX[id(data)] = entry
    return entry[1]


def with_motivering(data: dict[str, Any], decision: Decision, values: Mapping[str, Any]) -> Decision:
    """``decision`` with its ``motivering`` (``values``: facts, derived fields and outputs)."""
    return replace(decision, motivering=tuple(write_motivering(data, decision, values)))


def write_motivering(data: dict[str, Any], decision: Decision, values: Mapping[str, Any]) -> list[str]:
    idx = _index(data)
    env = dict(values)
    env.update({name: _parameter(entries, decision.peildatum) for name, entries in idx["params"].items()
                if name not in env})
    outcomes = data.get("outcomes") or []
    decision_outputs = list(decision.outputs)
    ordered = [o["output"] for o in outcomes if o["output"] in decision.outputs]
    main = ordered[0] if ordered else (decision_outputs[0] if decision_outputs else None)
    reasons = _reasons(idx, decision.matched_rows, env)
    sentences: list[str] = []
    status = getattr(decision, "status", "beslist")
    missing = list(getattr(decision, "missing_facts", ()) or ())
    if status == "onvolledig" or missing:
        needed = join_en([label(n) for n in missing]) or "een of meer gegevens"
        sentences.append(f"{INCOMPLETE_SENTENCE}, omdat nog niet bekend is: {needed}.")
    if main is not None and decision.outputs.get(main) is not None:
        value = decision.outputs[main]
        phrase = _phrase(outcomes, main, value, env, data)
        if phrase is None:
            phrase = (ASSESSMENT_SENTENCE if value == "beoordeling_vereist"
                      else f"Uitkomst: {label(main)} is {show_value(value)}")
        sentences.append(_sentence(phrase, reasons))
    elif reasons and not sentences:
        sentences.append(_sentence("Dit volgt uit de regels", reasons))
    for name in decision_outputs:
        if name == main or decision.outputs.get(name) is None:
            continue
        phrase = _phrase(outcomes, name, decision.outputs[name], env, data)
        if phrase is not None:
            sentences.append(_sentence(phrase, []))
    assessment = getattr(decision, "assessment", None)
    if status == "beoordeling_vereist" and assessment:
        ground = assessment.get("grond")
        if ground not in (None, [], ""):
            sentences.append(f"De IND beoordeelt: {show_value(ground)}.")
    return sentences


def _sentence(phrase: str, reasons: list[str]) -> str:
    phrase = phrase.strip().rstrip(".")
    return f"{phrase} omdat {join_en(reasons)}." if reasons else f"{phrase}."


def _phrase(outcomes: list[dict[str, Any]], name: str, value: Any, env: Mapping[str, Any],
            data: dict[str, Any]) -> str | None:
    encoded = value.toordinal() if isinstance(value, date) else value
    chosen = next((o for o in outcomes if o["output"] == name and o["value"] == encoded), None)
    chosen = chosen or next((o for o in outcomes if o["output"] == name and o["value"] is None), None)
    return _fill(chosen["sentence"], env) if chosen else None


def _fill(text: str, env: Mapping[str, Any]) -> str:
    try:
        return fill_from(text, env, show_value)
    except TemplateError:  # the checks refuse such a workbook; never fail a decision on words
        return text


def _reasons(idx: dict[str, Any], rows: tuple[MatchedRow, ...], env: Mapping[str, Any]) -> list[str]:
    reasons: list[str] = []
    for m in rows:
        rule = idx["rules"].get((m.table, m.regel_id, m.row))
        template = (rule or {}).get("motivering") or ""
        if template.strip() == "-":
            continue
        clause = _fill(template, env) if template.strip() else _generated(rule, idx["types"], env)
        if not clause:
            continue
        cites = "; ".join(dict.fromkeys(c.text for c in m.bronnen)) or m.bron
        reason = f"{clause} ({cites})" if cites else clause
        if reason not in reasons:
            reasons.append(reason)
    return reasons


def _generated(rule: dict[str, Any] | None, types: dict[str, str], env: Mapping[str, Any]) -> str:
    if rule is None:
        return ""
    return join_en([_condition(t, types.get(t["field"], ""), env.get(t["field"])) for t in rule["tests"]])


def _decode(value: Any, kind: str) -> Any:
    if kind == "datum" and isinstance(value, int) and not isinstance(value, bool):
        return date.fromordinal(value)
    return value


def _condition(test: dict[str, Any], kind: str, actual: Any) -> str:
    name, op = label(test["field"]), test["op"]
    is_date = kind == "datum"
    shown = show_value(actual)
    if op == "empty":
        return f"{name} is niet opgegeven"
    if op == "present":
        return f"{name} is {shown}"
    if op == "eq":
        return f"{name} is {shown}"
    if op == "ne":
        return f"{name} is {shown} (niet {show_value(_decode(test['value'], kind))})"
    if op in ("lt", "le", "gt", "ge"):
        bound = show_value(_decode(test["value"], kind))
        words = {"lt": ("vóór", "minder dan"), "le": ("op of vóór", "ten hoogste"),
                 "gt": ("na", "meer dan"), "ge": ("op of na", "ten minste")}[op]
        return f"{name} is {shown} ({words[0] if is_date else words[1]} {bound})"
    if op in ("in", "not_in"):
        values = [show_value(_decode(v, kind)) for v in test["values"]]
        if len(values) > _LONG_LIST:
            return f"{name} is {shown}" + (" (niet een van de genoemde waarden)" if op == "not_in" else "")
        return f"{name} is {shown} ({'een' if op == 'in' else 'niet een'} van {_join_of(values)})"
    low, high = show_value(_decode(test["low"], kind)), show_value(_decode(test["high"], kind))
    if test["low_inclusive"] and test["high_inclusive"]:
        span = f"van {low} tot en met {high}"
    elif test["low_inclusive"]:
        span = f"van {low} tot {high}"
    else:
        span = f"tussen {low} en {high}"
    return f"{name} is {shown} ({'niet ' if op == 'not_between' else ''}{span})"


def _join_of(values: list[str]) -> str:
    if len(values) <= 1:
        return values[0] if values else ""
    return f"{', '.join(values[:-1])} of {values[-1]}"


def _parameter(entries: list[dict[str, Any]], day: date) -> Any:
    pd = day.toordinal()
    for e in entries:
        if (e["from"] is None or e["from"] <= pd) and (e["to"] is None or pd <= e["to"]):
            value = e["value"]
            return date.fromordinal(value) if e.get("type") == "datum" else value
    return None
