"""Run a workbook's worked examples (sheet ``Voorbeelden``) as tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from policy.compiler import CompiledTable
from policy.errors import PolicyError
from policy.evaluation.decide import Matcher, decide
from policy.evaluation.decision import to_json_value

__all__ = ["ExampleResult", "run_examples", "values_equal"]


@dataclass(frozen=True)
class ExampleResult:
    table_id: str
    name: str
    row: int
    passed: bool
    differences: dict[str, tuple[Any, Any]]  # field -> (expected, actual)
    error: str | None = None

    def describe(self) -> str:
        if self.error:
            return f"voorbeeld '{self.name}' (rij {self.row}): {self.error}"
        parts = [f"{k}: verwacht {e!r}, kreeg {a!r}" for k, (e, a) in self.differences.items()]
        return f"voorbeeld '{self.name}' (rij {self.row}): " + "; ".join(parts)


def values_equal(expected: Any, actual: Any) -> bool:
    """Compare an expected example value with an outcome (lists ignore order; ``leeg`` = None or [])."""
    if expected is None or expected == []:
        return actual is None or actual == []
    if isinstance(expected, (list, tuple)):
        return isinstance(actual, (list, tuple)) and sorted(map(str, expected)) == sorted(map(str, actual))
    if isinstance(expected, date) or isinstance(actual, date):
        return to_json_value(expected) == to_json_value(actual)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    return expected == actual


def run_examples(compiled: CompiledTable, matcher: Matcher | None = None) -> list[ExampleResult]:
    results = []
    for ex in compiled.data.get("examples", []):
        peildatum = date.fromisoformat(ex["peildatum"]) if ex.get("peildatum") else None
        try:
            d = decide(compiled, ex["facts"], peildatum=peildatum, matcher=matcher)
        except PolicyError as exc:
            expected_error = ex["expected"].get("fout")
            ok = expected_error is not None and expected_error == exc.code
            results.append(ExampleResult(compiled.table_id, ex["name"], ex["row"], ok, {}, None if ok else exc.message))
            continue
        env = dict(d.outputs)
        diffs = {
            k: (v, env.get(k))
            for k, v in ex["expected"].items()
            if k != "fout" and not values_equal(_expected(v), env.get(k))
        }
        results.append(ExampleResult(compiled.table_id, ex["name"], ex["row"], not diffs, diffs))
    return results


def _expected(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value
