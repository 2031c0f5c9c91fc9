"""Hit policies: the outputs of one table from the indices of its matched rules.

``apply_hit_policy`` is the general function (the batch path calls it too); ``hit_function``
gives, once per table, a closure specialised to its policy and to whether its rules' outputs are
literals, which ``decide`` calls on every decision. Both give the same values and rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from policy.errors import EvaluationError, HitPolicyViolationError, PolicyError
from policy.evaluation.decision import MatchedRow
from policy.evaluation.guard import formula_failure
from policy.evaluation.plan import Plan, RulePlan, SubPlan, decode_output

__all__ = ["HitFunction", "apply_hit_policy", "hit_function", "run_formula"]

#: (matched indices, env, param) -> (outputs, deciding rows)
HitFunction = Callable[[list[int], Mapping[str, Any], Any], tuple[dict[str, Any], list[MatchedRow]]]


def run_formula(fn: Any, env: Mapping[str, Any], param: Any) -> Any:
    """A formula closure's value; EvaluationError (Dutch) when it cannot be worked out."""
    try:
        return fn(env, param)
    except EvaluationError as exc:
        raise formula_failure(fn, exc, env, param) from None
    except PolicyError:
        raise
    except Exception as exc:  # never a raw Python message: say which cell, and why, in Dutch
        raise formula_failure(fn, exc, env, param) from None


def _outputs_of(rp: RulePlan, env: Mapping[str, Any], param: Any) -> dict[str, Any]:
    """The outputs of one rule: its literals, or its formulas worked out on ``env``."""
    if rp.static is not None:
        return rp.static
    out = {}
    for name, fn, value in rp.cells:
        if fn is None:
            out[name] = value
        else:
            try:  # run_formula, inlined
                v = fn(env, param)
            except Exception as exc:
                if isinstance(exc, PolicyError) and not isinstance(exc, EvaluationError):
                    raise
                raise formula_failure(fn, exc, env, param) from None
            out[name] = value if v is None else v  # ``value`` is the output's default here
    return out


def _row(rp: RulePlan, outputs: dict[str, Any]) -> MatchedRow:
    if rp.static is not None:
        return rp.matched_row
    return _with_outputs(rp.matched_row, outputs)


def _with_outputs(template: MatchedRow, outputs: dict[str, Any]) -> MatchedRow:
    """``template`` with ``outputs``: its fields copied as they are (a frozen dataclass's own
    ``__init__`` sets them one ``object.__setattr__`` at a time), else built anew."""
    fields = getattr(template, "__dict__", None)
    if fields is None or type(template) is not MatchedRow:
        t = template
        return MatchedRow(t.table, t.regel_id, t.row, t.sheet, t.bron, outputs, t.bronnen)
    row = object.__new__(MatchedRow)
    held = row.__dict__
    held.update(fields)
    held["outputs"] = outputs
    return row


def _defaults(plan: Plan, sub: SubPlan) -> dict[str, Any]:
    return {name: decode_output(plan.output_specs.get(name), (plan.output_specs.get(name) or {}).get("default"))
            for name in sub.outputs}


def apply_hit_policy(
    plan: Plan, sub: SubPlan, indices: list[int], env: Mapping[str, Any], param: Any
) -> tuple[dict[str, Any], list[MatchedRow]]:
    """Outputs of ``sub`` for the matched rule ``indices`` (row order), and the deciding rows."""
    policy = sub.hit_policy
    rules = sub.rules
    if policy in ("COLLECT", "RULE ORDER", "OUTPUT ORDER"):
        if policy == "OUTPUT ORDER":  # DMN 1.3: the hits by the order of the output's allowed values
            indices = sorted(indices, key=lambda i: (_rank(sub, i, env, param), i))
        outs = [_outputs_of(rules[i], env, param) for i in indices]
        values = {}
        for name in sub.outputs:
            collected: list[Any] = []
            for row in outs:
                v = row[name]
                if v is None:
                    continue
                if isinstance(v, list):
                    collected.extend(v)
                else:
                    collected.append(v)
            values[name] = _aggregate(sub.aggregation, collected)
        return values, [_row(rules[i], o) for i, o in zip(indices, outs)]
    if not indices:
        return _defaults(plan, sub), []
    if policy == "FIRST":
        chosen = indices[0]
    elif policy == "UNIQUE":
        if len(indices) > 1:
            ids = ", ".join(rules[i].regel_id for i in indices)
            raise HitPolicyViolationError(f"Tabel '{sub.name}' is UNIQUE maar de regels {ids} gelden allemaal.")
        chosen = indices[0]
    elif policy == "PRIORITY":
        chosen = _by_priority(sub, indices, env, param)
    elif policy == "ANY":
        outs = [_outputs_of(rules[i], env, param) for i in indices]
        if any(o != outs[0] for o in outs[1:]):
            ids = ", ".join(rules[i].regel_id for i in indices)
            raise HitPolicyViolationError(f"Tabel '{sub.name}' is ANY maar de regels {ids} geven verschillende uitkomsten.")
        return dict(outs[0]), [_row(rules[i], o) for i, o in zip(indices, outs)]
    else:  # pragma: no cover - the reader only produces known policies
        raise HitPolicyViolationError(f"Onbekende beslissingsregel {policy!r}.")
    out = _outputs_of(rules[chosen], env, param)
    return out, [_row(rules[chosen], out)]


def _by_priority(sub: SubPlan, indices: list[int], env: Mapping[str, Any], param: Any) -> int:
    """DMN PRIORITY: the rule whose outputs come first in the outputs' allowed values."""
    if not sub.ranking:
        return indices[0]
    return min(indices, key=lambda i: (_rank(sub, i, env, param), i))


def _rank(sub: SubPlan, index: int, env: Mapping[str, Any], param: Any) -> tuple[int, ...]:
    """The rule's place in each ranked output's allowed values, first output first (DMN 1.3: the
    next output breaks ties); a list output ranks by its first element, no value ranks last."""
    outputs = _outputs_of(sub.rules[index], env, param)
    places = []
    for name, ranks in sub.ranking:
        value = outputs[name]
        if isinstance(value, list):
            value = value[0] if value else None
        places.append(ranks.get(value, len(ranks)))
    return tuple(places)


def _aggregate(aggregation: str | None, values: list[Any]) -> Any:
    if aggregation is None:
        return values
    if aggregation == "COUNT":
        return len(values)
    if not values:
        return None
    if aggregation == "SUM":
        return sum(values)
    if aggregation == "MIN":
        return min(values)
    if aggregation == "MAX":
        return max(values)
    raise HitPolicyViolationError(f"Onbekende aggregatie {aggregation!r}.")


def hit_function(plan: Plan, sub: SubPlan) -> HitFunction:
    """``apply_hit_policy`` for ``sub``, prepared once: the common policies on literal outputs
    read ready-made values and rows; everything else goes through the general function."""
    rules = sub.rules
    policy = sub.hit_policy

    def general(indices: list[int], env: Mapping[str, Any], param: Any) -> tuple[dict[str, Any], list[MatchedRow]]:
        return apply_hit_policy(plan, sub, indices, env, param)

    if policy in ("FIRST", "UNIQUE"):
        defaults = _defaults(plan, sub)
        unique = policy == "UNIQUE"

        def single(indices: list[int], env: Mapping[str, Any], param: Any) -> tuple[dict[str, Any], list[MatchedRow]]:
            if not indices:
                return dict(defaults), []
            if unique and len(indices) > 1:
                return general(indices, env, param)  # raises, naming the rules
            rp = rules[indices[0]]
            if rp.static is not None:
                return rp.static, [rp.matched_row]
            out = _outputs_of(rp, env, param)
            return out, [_row(rp, out)]

        return single
    if policy in ("COLLECT", "RULE ORDER") and all(rp.static is not None for rp in rules):
        names = sub.outputs
        aggregation = sub.aggregation
        rows = tuple(rp.matched_row for rp in rules)
        # per rule, per output: the values it adds to the collection (a list adds its elements)
        adds = tuple(tuple(_contribution(rp.static[name]) for name in names) for rp in rules)  # type: ignore[index]

        if len(names) == 1 and aggregation is None:  # one output, a list of what the rows add
            (name,) = names
            single_adds = tuple(a[0] for a in adds)

            def collect_one(indices: list[int], env: Mapping[str, Any], param: Any) -> tuple[dict[str, Any], list[MatchedRow]]:
                if not indices:
                    return {name: []}, []
                collected: list[Any] = []
                for i in indices:
                    collected.extend(single_adds[i])
                return {name: collected}, [rows[i] for i in indices]

            return collect_one

        def collect(indices: list[int], env: Mapping[str, Any], param: Any) -> tuple[dict[str, Any], list[MatchedRow]]:
            values = {}
            for k, name in enumerate(names):
                collected: list[Any] = []
                for i in indices:
                    collected.extend(adds[i][k])
                values[name] = collected if aggregation is None else _aggregate(aggregation, collected)
            return values, [rows[i] for i in indices]

        return collect
    return general


def _contribution(value: Any) -> tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(value)
    return (value,)
