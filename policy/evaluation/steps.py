"""A compiled version's steps as one generated Python function: decide's loop, unrolled.

``decide`` runs the derived fields and tables of a plan in order. Without a trace it runs them
through :func:`compile_steps`: a function generated once per compiled version, with one block per
step in plan order (the field names, sub-table indices, date fields and validity periods written
in as literals), so that a decision pays no loop, no tuple unpacking and no tests for a trace per
step. The source is built only from the plan (names go in through ``repr``, closures through the
function's namespace), never from facts; ``source_of(run)`` shows it. A step that reads an
unknown value takes the same helpers as the loop (:func:`derive_unknown`, :func:`table_unknown`),
so both give the same answers; the loop in ``decide`` stays for ``explain=True``.

Every table block makes the matcher call on one line, as the loop does::

    indices = match(data, <table index>, encoded, pd)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from policy.errors import EvaluationError, NoRowsInForceError, PolicyError
from policy.evaluation.decision import MatchedRow
from policy.evaluation.guard import formula_failure
from policy.evaluation.hits import _aggregate, _contribution, _defaults, _rank, run_formula
from policy.evaluation.unknown import UNKNOWN, Unknown, evaluate_unknown, formula_value, unknown_needing

__all__ = ["compile_steps", "derive_unknown", "no_rows_in_force", "partial_formula", "source_of", "table_unknown"]

#: (env, param, match, data, pd, day, unknown or None, matched rows to extend) -> None
Steps = Callable[..., None]


def _open(u: Unknown) -> bool:
    """Whether formula_value reads ``u`` as unknown (a fact pinned to one value has that value)."""
    return u.candidates is None or len(u.candidates) != 1


def partial_formula(fn: Any, tree: Any, env: Mapping[str, Any], unknown: Mapping[str, Any], param: Any) -> Any:
    """``formula_value`` of a derived field that reads an unknown value; fails as ``run_formula`` does
    (a known date at the edge of the calendar is a rekenfout naming the cell, never a raw error)."""
    try:
        return formula_value(tree, env, unknown, param)
    except PolicyError:
        raise
    except Exception as exc:
        raise formula_failure(fn, exc, env, param) from None


def derive_unknown(step: tuple[Any, ...], env: dict[str, Any], unknown: dict[str, Unknown], param: Any) -> None:
    """A derived field (decide's step tuple) whose formula reads an unknown value: its value, or
    None in ``env`` and its ``Unknown`` (the facts it needs) in ``unknown``."""
    _, name, fn, spec, reads, leaves = step
    if leaves is not None:  # certainly unknown for some unknowns: worked out once per set of them
        held = tuple([unknown.get(n) for n in leaves])
        known = _CERTAIN.get(id(step))
        if known is None or known[0] is not step:
            if len(_CERTAIN) > 10_000:
                _CERTAIN.clear()
            known = _CERTAIN[id(step)] = (step, {})
        key = tuple([id(u) for u in held])
        entry = known[1].get(key)
        if entry is None:
            if len(known[1]) > 1_000:
                known[1].clear()
            certain = any(u is not None and _open(u) for u in held)
            entry = known[1][key] = (held, _needing(reads, unknown) if certain else None)
        if entry[1] is not None:  # what formula_value gives, without walking the formula
            env[name] = None
            unknown[name] = entry[1]
            return
    value = partial_formula(fn, spec["expr"], env, unknown, param)
    if value is UNKNOWN:
        env[name] = None
        unknown[name] = _needing(reads, unknown)
    else:
        env[name] = value


def _needing(reads: frozenset[str], unknown: Mapping[str, Unknown]) -> Unknown:
    return unknown_needing(frozenset().union(*(unknown[n].needs for n in reads if n in unknown)))


#: id(step) -> (step, {ids of its names' unknowns: (those unknowns, kept alive; its Unknown when
#: certainly unknown, else None)})
_CERTAIN: dict[int, tuple[Any, dict[tuple[int, ...], tuple[Any, Unknown | None]]]] = {}


def table_unknown(plan: Any, step: tuple[Any, ...], env: dict[str, Any], unknown: dict[str, Unknown], pd: int,
                  param: Any, matched: list[MatchedRow]) -> list[MatchedRow]:
    """A table (decide's step tuple) whose tests or formulas read an unknown value, decided
    three-valued: its known outputs into ``env``, its unknown ones into ``unknown``; the rows
    that certainly decided are added to ``matched`` and returned."""
    sub, hit = step[1], step[2]
    values, vague, rows = evaluate_unknown(plan, sub, env, unknown, pd, param, run_formula, _defaults, _rank,
                                           _aggregate, hit)
    env.update(values)
    for name, u in vague.items():
        env[name] = None
        unknown[name] = u
    matched.extend(rows)
    return rows


def no_rows_in_force(plan: Any, sub: Any, day: Any) -> NoRowsInForceError:
    return NoRowsInForceError(
        f"Geen enkele regel van tabel '{sub.name}' van {plan.table_id} is van kracht op {day.isoformat()}.")


def _period(start: int | None, end: int | None) -> str:
    parts = ([f"{start} <= pd"] if start is not None else []) + ([f"pd <= {end}"] if end is not None else [])
    return " and ".join(parts) or "True"


def compile_steps(plan: Any, steps: tuple[tuple[Any, ...], ...]) -> Steps:
    """The function that runs ``steps`` (decide's step tuples of ``plan``), generated once."""
    namespace: dict[str, Any] = {
        "plan": plan, "PolicyError": PolicyError, "EvaluationError": EvaluationError,
        "formula_failure": formula_failure, "derive_unknown": derive_unknown, "table_unknown": table_unknown,
        "no_rows_in_force": no_rows_in_force,
    }
    lines = ["def run(env, param, match, data, pd, day, unknown, matched):", "    get = env.get"]
    for k, step in enumerate(steps):
        namespace[f"S{k}"] = step
        if step[0]:  # a derived field
            _, name, fn, _spec, reads, _leaves = step
            namespace[f"F{k}"], namespace[f"R{k}"] = fn, reads
            lines += [
                f"    # derived field {name}",
                f"    if unknown and not R{k}.isdisjoint(unknown):",
                f"        derive_unknown(S{k}, env, unknown, param)",
                "    else:",
                "        try:",
                f"            env[{name!r}] = F{k}(env, param)",
                "        except Exception as exc:  # run_formula's failures",
                "            if isinstance(exc, PolicyError) and not isinstance(exc, EvaluationError):",
                "                raise",
                f"            raise formula_failure(F{k}, exc, env, param) from None",
            ]
            continue
        _, sub, hit, coverage, reads, fields, date_fields = step
        namespace[f"H{k}"], namespace[f"R{k}"], namespace[f"T{k}"] = hit, reads, sub
        lines.append(f"    # table {sub.index}: {sub.name!r} ({sub.hit_policy})")
        if coverage is not None and not any(start is None and end is None for start, end in coverage):
            lines += [f"    if not ({' or '.join('(' + _period(s, e) + ')' for s, e in coverage)}):",
                      f"        raise no_rows_in_force(plan, T{k}, day)"]
        lines += [f"    if unknown and not R{k}.isdisjoint(unknown):",
                  f"        table_unknown(plan, S{k}, env, unknown, pd, param, matched)",
                  "    else:"]
        if date_fields:  # matchers read dates as ordinals; everything else as it is
            lines.append("        encoded = {" + ", ".join(f"{name!r}: get({name!r})" for name in fields) + "}")
            for name in date_fields:
                lines += [f"        if encoded[{name!r}] is not None:",
                          f"            encoded[{name!r}] = encoded[{name!r}].toordinal()"]
        else:
            lines.append("        encoded = env")
        lines.append(f"        indices = match(data, {sub.index}, encoded, pd)")
        lines += _hit_lines(plan, sub, k, namespace)
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<steps of {plan.table_id} {plan.version[:12]}>", "exec"), namespace)  # noqa: S102
    run: Steps = namespace["run"]
    run.regelwerk_source = source  # type: ignore[attr-defined]
    return run


def _hit_lines(plan: Any, sub: Any, k: int, namespace: dict[str, Any]) -> list[str]:
    """The hit policy of table step ``k`` on ``indices``: written out for literal rows under FIRST
    and UNIQUE (the first row's outputs, else the defaults) and for one list output collected
    under COLLECT and RULE ORDER (what ``hits.hit_function`` gives); else its ``H{k}`` closure."""
    static = all(rp.static is not None for rp in sub.rules)
    if static and sub.hit_policy in ("FIRST", "UNIQUE"):
        namespace[f"O{k}"] = tuple(rp.static for rp in sub.rules)
        namespace[f"M{k}"] = tuple(rp.matched_row for rp in sub.rules)
        namespace[f"D{k}"] = _defaults(plan, sub)
        lines = ["        if indices:"]
        if sub.hit_policy == "UNIQUE":
            lines += ["            if len(indices) > 1:",
                      f"                H{k}(indices, env, param)  # raises, naming the rules"]
        return lines + [f"            env.update(O{k}[indices[0]])",
                        f"            matched.append(M{k}[indices[0]])",
                        "        else:",
                        f"            env.update(D{k})"]
    if static and sub.hit_policy in ("COLLECT", "RULE ORDER") and len(sub.outputs) == 1 and sub.aggregation is None:
        (name,) = sub.outputs
        namespace[f"A{k}"] = tuple(_contribution(rp.static[name]) for rp in sub.rules)  # type: ignore[index]
        namespace[f"M{k}"] = tuple(rp.matched_row for rp in sub.rules)
        return ["        collected = []",
                "        for i in indices:",
                f"            collected.extend(A{k}[i])",
                f"            matched.append(M{k}[i])",
                f"        env[{name!r}] = collected"]
    return [f"        values, rows = H{k}(indices, env, param)",
            "        env.update(values)",
            "        matched.extend(rows)"]


def source_of(run: Steps) -> str:
    """The generated source of a :func:`compile_steps` function (for reading and for tests)."""
    return run.regelwerk_source  # type: ignore[attr-defined]
