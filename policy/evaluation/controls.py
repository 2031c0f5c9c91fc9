"""Cross-field plausibility (sheet ``Controles``): checked on the facts before deciding."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from policy.errors import FactsImplausibleError

__all__ = ["check_plausibility", "failed_checks", "screen_facts"]


def failed_checks(plan: Any, env: Mapping[str, Any], param: Any) -> list[dict[str, Any]]:
    """The checks of ``plan`` that the facts ``env`` fail, as the 400 names them.

    A check whose fields are not all given (or whose formula gives no value) is not judged:
    plausibility is a matter of the facts there are, never of those still unknown.
    """
    failed = []
    for check, fn, derive in plan.controls:
        scope = env
        if derive:
            scope = dict(env)
            for name, closure, _spec in derive:
                try:
                    scope[name] = closure(scope, param)
                except Exception:  # noqa: BLE001 - the decision itself reports a formula failure
                    scope[name] = None
        given = True
        for name in check["reads"]:
            if scope.get(name) is None:
                given = False
                break
        if not given:
            continue
        try:
            holds = fn(scope, param)
        except Exception:  # noqa: BLE001 - cannot be worked out on these facts: not judged
            continue
        if holds is False:
            failed.append({"regel_id": check["regel_id"], "melding": check["message"],
                           "fields": list(check["fields"]), "controle": check["condition"],
                           "bron": check["bron"]})
    return failed


def check_plausibility(plan: Any, env: Mapping[str, Any], param: Any) -> None:
    """Raise FactsImplausibleError naming every field of every failing check."""
    if plan.controls:
        failed = failed_checks(plan, env, param)
        if failed:
            raise FactsImplausibleError(failed)


def screen_facts(compiled: Any, facts: Mapping[str, Any], *, peildatum: Any = None) -> FactsImplausibleError | None:
    """The plausibility error of one case's facts, or None (also when they are invalid otherwise:
    the caller's own validation reports that). For paths that do not go through ``decide``."""
    from policy.errors import FactsInvalidError
    from policy.evaluation.decide import lookup_parameter, plan_for

    plan = plan_for(compiled)
    if not plan.controls:
        return None
    try:
        env = plan.validate(facts)
    except FactsInvalidError:
        return None
    day = peildatum if peildatum is not None else env.get(plan.peildatum_field)
    if day is None or not hasattr(day, "toordinal"):
        return None
    pd = day.toordinal()
    failed = failed_checks(plan, env, lambda name, key=None: lookup_parameter(plan, name, key, pd))
    return FactsImplausibleError(failed) if failed else None
