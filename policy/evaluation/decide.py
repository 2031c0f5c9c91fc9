"""Decide facts with a compiled table: validate, derive, match table by table, apply hit policies.

Lean by construction: everything that does not depend on the facts is prepared once per compiled
version (``plan_for``; the steps with their hit-policy closures and the motivering pieces in
``_Lean``), so a decision runs the validator, the formula closures, one ``match`` per table and
the ready-made hit policies, and builds its ``Decision`` (motivering included) once; without a
trace the steps run as one function generated per version (``policy.evaluation.steps``), with
one, as the loop ``_traced_steps``. The trace is built only on request; the three-valued path
(``policy.evaluation.unknown``) only when a fact is unknown.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Protocol

from policy.compiler import CompiledTable
from policy.errors import FactsInvalidError
from policy.evaluation.assessment import assessment_of
from policy.evaluation.controls import check_plausibility
from policy.evaluation.decision import Decision, MatchedRow
from policy.evaluation.hits import (HitFunction, apply_hit_policy, hit_function,
                                    run_formula)
from policy.evaluation.joint import settle_jointly
from policy.evaluation.plan import Plan, SubPlan, build_plan
from policy.evaluation.steps import compile_steps, derive_unknown, no_rows_in_force, table_unknown
from policy.evaluation.unknown import Unknown, certainly_unknown, unknown_facts
from policy.motivering.generate import pieces_for, sentences
from policy.reference.matcher import ReferenceMatcher, compile_predicate

__all__ = ["Matcher", "apply_hit_policy", "decide", "plan_for", "lookup_parameter", "run_formula"]


class Matcher(Protocol):
    name: str

    def match(
        self, compiled: Mapping[str, Any], table_index: int, facts: Mapping[str, Any], peildatum: int
    ) -> list[int]: ...


class _Lean:
    """What ``decide`` runs per compiled version, prepared once beside its ``Plan``: the steps as
    flat tuples (no attribute lookups per decision), each table's hit policy, the motivering pieces."""

    __slots__ = ("hits", "pieces", "steps", "run", "outputs", "unknown_when_absent", "checks",
                 "parameters")

    def __init__(self, plan: Plan, data: dict[str, Any]) -> None:
        #: per table step (by sub-table index): its hit policy, prepared
        self.hits: dict[int, HitFunction] = {sub.index: hit_function(plan, sub)
                                             for kind, sub in plan.steps if kind == "table"}
        self.pieces = pieces_for(data)
        #: ``(True, name, closure, spec, reads, certainly_unknown(formula))`` for a derived field,
        #: ``(False, sub, hit policy, coverage or None (not a final table), reads, fields, date
        #: fields)`` for a table
        steps: list[tuple[Any, ...]] = []
        for kind, step in plan.steps:
            if kind == "derive":
                name, fn, spec = step
                steps.append((True, name, fn, spec, plan.derived_reads.get(name, frozenset()),
                              certainly_unknown(spec["expr"])))
            else:
                steps.append((False, step, self.hits[step.index], step.coverage if step.final else None,
                              plan.table_reads[step.index], step.fields, step.date_fields))
        self.steps = tuple(steps)
        #: the steps as one generated function (``policy.evaluation.steps``), for decisions without a trace
        self.run = compile_steps(plan, self.steps)
        self.outputs = plan.decision_outputs
        self.unknown_when_absent = tuple(sorted(plan.unknown_when_absent))
        #: the Controles checks as (the fields they read, closure) when none needs a derived field
        #: (``failed_checks`` on the facts as they are); else None: ``check_plausibility`` runs them
        self.checks = (None if any(derive for _, _, derive in plan.controls)
                       else tuple((tuple(check["reads"]), fn) for check, fn, _ in plan.controls))
        #: parameter -> ({key: its entries that apply to that key, in order}, the entries for any other key)
        self.parameters: dict[str, tuple[dict[Any, tuple[Any, ...]], tuple[Any, ...]]] = {}
        for pname, entries in plan.parameter_values.items():
            try:
                keys = dict.fromkeys(k for k, _, _, _ in entries if k is not None)
            except TypeError:  # an unhashable key: this parameter takes the walk
                continue
            self.parameters[pname] = (
                {key: tuple((s, e, v) for k, s, e, v in entries if k is None or k == key) for key in keys},
                tuple((s, e, v) for k, s, e, v in entries if k is None))


#: Parameter keys looked up by hash (a key of another type takes ``lookup_parameter``'s own walk).
_KEYS = frozenset({str, int, type(None)})
_PLANS: dict[int, tuple[dict[str, Any], Plan, _Lean]] = {}
_DEFAULT_MATCHER = ReferenceMatcher()


def _prepared(compiled: CompiledTable) -> tuple[dict[str, Any], Plan, _Lean]:
    entry = _PLANS.get(id(compiled.data))
    if entry is None or entry[0] is not compiled.data:
        plan = build_plan(compiled.data)
        entry = (compiled.data, plan, _Lean(plan, compiled.data))
        _PLANS[id(compiled.data)] = entry
    return entry


def plan_for(compiled: CompiledTable) -> Plan:
    """The evaluation plan of ``compiled`` (built once, cached by identity)."""
    return _prepared(compiled)[1]


def lookup_parameter(plan: Plan, name: str, key: Any, peildatum: int) -> Any:
    """The value of parameter ``name`` for ``key`` in force on ``peildatum`` (None if none)."""
    for entry_key, start, end, value in plan.parameter_values.get(name, ()):
        if entry_key is not None and entry_key != key:
            continue
        if (start is None or start <= peildatum) and (end is None or peildatum <= end):
            return value
    return None


def decide(
    compiled: CompiledTable,
    facts: Mapping[str, Any],
    *,
    peildatum: date | None = None,
    explain: bool = False,
    matcher: Matcher | None = None,
    allow_context: bool = True,
) -> Decision:
    """Decide ``facts`` with the rows of ``compiled`` in force on the peildatum.

    The peildatum is ``peildatum`` when given, else the input the table names. Raises
    FactsInvalidError (all problems at once), NoRowsInForceError and EvaluationError.
    """
    data, plan, lean = _prepared(compiled)
    env = plan.validate(facts, allow_context=allow_context)
    normalised = dict(env)
    day = peildatum if peildatum is not None else env.get(plan.peildatum_field)
    if not isinstance(day, date):
        raise FactsInvalidError({plan.peildatum_field: ["is nodig als peildatum maar ontbreekt."]})
    pd = day.toordinal()
    chosen = matcher or _DEFAULT_MATCHER
    match = chosen.match
    trace: list[dict[str, Any]] | None = [] if explain else None
    matched: list[MatchedRow] = []

    parameters = lean.parameters

    def param(name: Any, key: Any = None) -> Any:  # ``lookup_parameter`` on entries chosen by key beforehand
        found = parameters.get(name)
        if found is None or type(key) not in _KEYS:
            return lookup_parameter(plan, name, key, pd)
        for start, end, value in found[0].get(key, found[1]):
            if (start is None or start <= pd) and (end is None or pd <= end):
                return value
        return None

    if lean.checks is None:
        check_plausibility(plan, env, param)
    else:
        for reads, check in lean.checks:  # failed_checks' judgement, the 400 only when one fails
            for name in reads:
                if env.get(name) is None:  # not all given: not judged
                    break
            else:
                try:
                    holds = check(env, param)
                except Exception:  # noqa: BLE001 - cannot be worked out on these facts: not judged
                    continue
                if holds is False:
                    check_plausibility(plan, env, param)  # raises, naming every failing check
    unknown: dict[str, Unknown] | None = None
    for name in lean.unknown_when_absent:  # the three-valued path only when a fact is unknown
        if env.get(name) is None:
            unknown = unknown_facts(plan, env)
            break
    if trace is None:  # the steps unrolled (policy.evaluation.steps): the same as the loop below
        lean.run(env, param, match, data, pd, day, unknown, matched)
    else:
        _traced_steps(plan, lean, env, param, match, data, pd, day, unknown, matched, trace)
    outputs = {name: env.get(name) for name in lean.outputs}
    if unknown:
        open_outputs = [name for name in lean.outputs if name in unknown]
        missing = sorted(frozenset().union(*(unknown[n].needs for n in open_outputs))) if open_outputs else []
        if open_outputs:  # not settled table by table: enumerate the unknown facts jointly
            open_outputs, missing, matched = settle_jointly(compiled, facts, plan, env, unknown, open_outputs,
                                                            matched, trace, peildatum=peildatum, matcher=matcher,
                                                            allow_context=allow_context)
            outputs = {name: env.get(name) for name in lean.outputs}
    else:
        open_outputs = missing = []
    assessment = assessment_of(plan, outputs, env, matched)
    status = "beoordeling_vereist" if assessment is not None else "onvolledig" if open_outputs else "beslist"
    rows_ = tuple(matched)
    return Decision(
        table_id=plan.table_id,
        table_version=plan.version,
        peildatum=day,
        outputs=outputs,
        matched_rows=rows_,
        facts=normalised,
        trace=tuple(trace) if trace is not None else None,
        engine=getattr(chosen, "name", ""),
        status=status,
        missing_facts=tuple(missing),
        unknown_outputs=tuple(open_outputs),
        assessment=assessment,
        motivering=tuple(sentences(lean.pieces, outputs, rows_, env, day, status, missing, assessment)),
    )


def _traced_steps(plan: Plan, lean: _Lean, env: dict[str, Any], param: Any, match: Any, data: dict[str, Any],
                  pd: int, day: date, unknown: dict[str, Unknown] | None, matched: list[MatchedRow],
                  trace: list[dict[str, Any]]) -> None:
    """The steps one by one, each with its trace entries (``lean.run`` does the same without them)."""
    for step in lean.steps:
        if step[0]:  # a derived field
            _, name, fn, spec, reads, _leaves = step
            if unknown and not reads.isdisjoint(unknown):  # reads an unknown value
                derive_unknown(step, env, unknown, param)
                trace.append({"step": "derived", "field": name, "formula": spec.get("formula", ""),
                              "value": env[name], **({"onbekend": True} if name in unknown else {})})
                continue
            value = run_formula(fn, env, param)
            env[name] = value
            trace.append({"step": "derived", "field": name, "formula": spec.get("formula", ""), "value": value})
            continue
        _, sub, hit, coverage, reads, fields, date_fields = step
        if coverage is not None:
            for start, end in coverage:
                if (start is None or start <= pd) and (end is None or pd <= end):
                    break
            else:
                raise no_rows_in_force(plan, sub, day)
        if unknown and not reads.isdisjoint(unknown):
            rows = table_unknown(plan, step, env, unknown, pd, param, matched)
            trace.extend(_trace_unknown(sub, env, pd, unknown, rows))
            continue
        if date_fields:  # matchers read dates as ordinals; everything else as it is
            encoded = {name: env.get(name) for name in fields}
            for name in date_fields:
                v = encoded[name]
                if v is not None:
                    encoded[name] = v.toordinal()
        else:
            encoded = env
        indices = match(data, sub.index, encoded, pd)
        trace.extend(_trace_rules(sub, encoded, env, pd, set(indices)))
        values, rows = hit(indices, env, param)
        env.update(values)
        matched.extend(rows)


def _trace_rules(
    sub: SubPlan, encoded: dict[str, Any], env: dict[str, Any], pd: int, matched: set[int]
) -> list[dict[str, Any]]:
    out = []
    for rule in (rp.compiled for rp in sub.rules):
        in_force = (rule["from"] is None or rule["from"] <= pd) and (rule["to"] is None or pd <= rule["to"])
        conditions = [
            {
                "field": t["field"],
                "test": _describe_test(t, t["field"] in sub.date_fields),
                "value": env.get(t["field"]),
                "result": compile_predicate(t)(encoded.get(t["field"])),
            }
            for t in rule["tests"]
        ]
        out.append(
            {
                "step": "rule",
                "table": sub.name,
                "regel_id": rule["regel_id"],
                "row": rule["row"],
                "in_force": in_force,
                "conditions": conditions,
                "matched": rule["index"] in matched,
            }
        )
    return out


def _trace_unknown(sub: SubPlan, env: dict[str, Any], pd: int, unknown: Mapping[str, Unknown],
                   rows: list[MatchedRow]) -> list[dict[str, Any]]:
    """The trace of a table decided with unknown facts: a test on an unknown value has no result."""
    encoded = {name: (v.toordinal() if isinstance(v, date) else v) for name, v in env.items()}
    deciding = {(r.regel_id, r.row) for r in rows}
    out = _trace_rules(sub, encoded, env, pd, set())
    for entry in out:
        for cond in entry["conditions"]:
            if cond["field"] in unknown and not cond["test"] in ("leeg", "niet leeg"):
                cond["result"] = None
                cond["onbekend"] = True
        entry["matched"] = (entry["regel_id"], entry["row"]) in deciding
    return out


def _describe_test(t: Mapping[str, Any], is_date: bool = False) -> str:
    """The test as an officer would write it in the cell (dates as JJJJ-MM-DD)."""

    def show(v: Any) -> str:
        if is_date and isinstance(v, int) and not isinstance(v, bool):
            return date.fromordinal(v).isoformat()
        return str(v)

    op = t["op"]
    symbols = {"eq": "=", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
    if op in symbols:
        return f"{symbols[op]} {show(t['value'])}"
    if op in ("in", "not_in"):
        inner = ", ".join(show(v) for v in t["values"])
        return f"in ({inner})" if op == "in" else f"niet in ({inner})"
    if op in ("between", "not_between"):
        lo = "[" if t["low_inclusive"] else "]"
        hi = "]" if t["high_inclusive"] else "["
        rng = f"{lo}{show(t['low'])}..{show(t['high'])}{hi}"
        return rng if op == "between" else f"niet {rng}"
    return {"empty": "leeg", "present": "niet leeg"}[op]
