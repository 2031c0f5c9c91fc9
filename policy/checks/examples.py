"""The worked examples (sheet ``Voorbeelden``) decided with the compiled table, as diagnostics.

This runs after compiling, so it is not one of the model stages: ``regelwerk check`` calls it
for a workbook without errors. A failure is an error at the expected cell that differs (or, for
an example that gave or expected a fault, at its ``fout`` cell or its name), in the officer's
words: ``besluit verwacht 'afwijzen', uitkomst 'inwilligen' (regel WH-03 gaf 'inwilligen')``.
The reference matcher decides by default, so no engine is needed.
"""

from __future__ import annotations

from collections.abc import Iterable

from policy.compiler import CompiledTable
from policy.evaluation.decide import Matcher
from policy.evaluation.examples import ExampleResult, run_examples
from policy.model import Diagnostic, Location, Table
from policy.reference import ReferenceMatcher

__all__ = ["check_examples", "example_diagnostics"]

def check_examples(table: Table, compiled: CompiledTable, matcher: Matcher | None = None) -> list[Diagnostic]:
    """A diagnostic for every way an example of ``table`` is not what ``compiled`` decides."""
    return example_diagnostics(table, run_examples(compiled, matcher or ReferenceMatcher()))


def example_diagnostics(table: Table, results: Iterable[ExampleResult]) -> list[Diagnostic]:
    """The failed ``results`` as diagnostics at the cells of ``table``'s examples."""
    examples = {(e.name, e.row): e for e in table.examples}
    out = []
    for r in results:
        if r.passed:
            continue
        ex = examples.get((r.name, r.row))
        row_at = (ex.location if ex is not None else None) or Location(table.workbook_name, "Voorbeelden", f"rij {r.row}")
        cells = ex.cells if ex is not None else {}
        for name, reason in r.reasons():
            where = cells.get(name or "fout") or row_at
            advice = ("Pas de regels aan, of het voorbeeld als de regels kloppen."
                      if name else "Pas de invoer, de verwachte fout of de regels aan.")
            out.append(Diagnostic("voorbeeld_klopt_niet", f"Voorbeeld '{r.name}' (rij {r.row}): {reason.rstrip('.')}. {advice}", where))
    return out
