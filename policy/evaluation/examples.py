"""Run a workbook's worked examples (sheet ``Voorbeelden``) as tests, and say why one fails.

The wording is the officer's: values as the sheet writes them (``ja``/``nee``, ``2024-03-01``,
``leeftijd, retourticket``, ``leeg``), and for every output that differs the rules that matched
and what they gave, so the row to look at is named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from policy.compiler import CompiledTable
from policy.errors import PolicyError
from policy.evaluation.decide import Matcher, decide
from policy.evaluation.decision import MatchedRow, to_json_value

__all__ = ["ExampleResult", "run_examples", "say_value", "values_equal"]


@dataclass(frozen=True)
class ExampleResult:
    table_id: str
    name: str
    row: int
    passed: bool
    differences: dict[str, tuple[Any, Any]]  # field -> (expected, actual)
    error: str | None = None  # why it failed when it is not a difference of outputs (Dutch)
    #: field -> (regel_id, value) of each matched rule that gave the field, for the differences
    given: dict[str, tuple[tuple[str, Any], ...]] = field(default_factory=dict)
    #: the decision was onvolledig: the facts it still needs, and the outputs that stayed unknown
    missing: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()

    def reasons(self) -> list[tuple[str | None, str]]:
        """``(field or None, Dutch sentence)`` per reason the example fails; None: the whole row."""
        if self.error:
            return [(None, self.error)]
        return [(name, self._reason(name, e, a)) for name, (e, a) in self.differences.items()]

    def _reason(self, name: str, expected: Any, actual: Any) -> str:
        facts = ", ".join(self.missing)
        if name in self.unknown:
            return (f"{name} verwacht {say_value(expected)}, maar de uitkomst is onbekend: de beslissing is "
                    f"onvolledig zolang {facts} niet is opgegeven. Geef die feiten in het voorbeeld op, of verwacht "
                    "in de kolom status 'onvolledig' en laat deze cel leeg")
        if name == "status":
            why = f" (ontbrekende feiten: {facts})" if self.missing else ""
            return f"status verwacht '{expected}', de beslissing is '{actual}'{why}"
        if name == "ontbrekende_feiten":
            return f"ontbrekende_feiten verwacht {say_value(expected)}, de beslissing mist {say_value(list(actual))}"
        return _difference(name, expected, actual, self.given.get(name, ()))

    def describe(self) -> str:
        """``voorbeeld 'te jong' (rij 2): besluit verwacht 'afwijzen', uitkomst 'inwilligen' (…)``."""
        return f"voorbeeld '{self.name}' (rij {self.row}): " + "; ".join(text for _, text in self.reasons())


def say_value(value: Any) -> str:
    """A value as the officer writes it in the sheet, quoted: ``'ja'``, ``'a, b'``, ``'leeg'``."""
    if value is None or value == [] or value == ():
        return "'leeg'"
    return f"'{_plain(value)}'"


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    return str(value)


def _difference(name: str, expected: Any, actual: Any, given: tuple[tuple[str, Any], ...]) -> str:
    outcome = "gaf geen uitkomst" if actual is None else f"uitkomst {say_value(actual)}"
    if given:
        why = ", ".join(f"regel {regel_id} liet {name} leeg" if value is None or value == [] else
                        f"regel {regel_id} gaf {say_value(value)}" for regel_id, value in given)
    elif actual is None:
        why = f"geen regel gaf {name} een waarde"
    else:
        why = f"geen regel gaf {name} een waarde; dit is de standaardwaarde"
    return f"{name} verwacht {say_value(expected)}, {outcome} ({why})"


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
    """Decide every example of ``compiled``; one result per example, in sheet order."""
    return [_run(compiled, ex, matcher) for ex in compiled.data.get("examples", [])]


def _run(compiled: CompiledTable, ex: dict[str, Any], matcher: Matcher | None) -> ExampleResult:
    peildatum = date.fromisoformat(ex["peildatum"]) if ex.get("peildatum") else None
    expected_error = ex["expected"].get("fout")

    def result(passed: bool, differences: dict[str, tuple[Any, Any]] | None = None, error: str | None = None,
               given: dict[str, tuple[tuple[str, Any], ...]] | None = None) -> ExampleResult:
        return ExampleResult(compiled.table_id, ex["name"], ex["row"], passed, differences or {}, error, given or {})

    try:
        d = decide(compiled, ex["facts"], peildatum=peildatum, matcher=matcher)
    except PolicyError as exc:
        if expected_error == exc.code:
            return result(True)
        if expected_error:
            return result(False, error=f"verwacht de fout '{expected_error}', kreeg de fout '{exc.code}': {exc.message}")
        return result(False, error=f"gaf de fout '{exc.code}' in plaats van een uitkomst: {exc.message}")
    env: dict[str, Any] = dict(d.outputs)
    env["status"] = d.status
    env["ontbrekende_feiten"] = list(d.missing_facts)
    if expected_error:
        shown = ", ".join(f"{k} {say_value(v)}" for k, v in d.outputs.items()) or "geen uitvoer"
        return result(False, error=f"verwacht de fout '{expected_error}', maar gaf een uitkomst ({shown})")
    diffs = {
        k: (v, env.get(k))
        for k, v in ex["expected"].items()
        if not values_equal(_expected(v), env.get(k))
    }
    given = {k: _given(d.matched_rows, k) for k in diffs}
    return ExampleResult(compiled.table_id, ex["name"], ex["row"], not diffs, diffs, None, given,
                         d.missing_facts, d.unknown_outputs)


def _given(rows: tuple[MatchedRow, ...], name: str) -> tuple[tuple[str, Any], ...]:
    return tuple((r.regel_id or f"rij {r.row}", r.outputs[name]) for r in rows if name in r.outputs)


def _expected(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value
