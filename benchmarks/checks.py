"""How long ``run_checks`` takes, on the real workbooks and on generated large tables.

    .venv/bin/python benchmarks/checks.py [--rounds R]

* every workbook under ``decision_tables/``;
* the generated 2,000-row table of the unit tests (50 nationalities × 4 ages × 10 years), under
  UNIQUE, FIRST and ANY;
* a 2,000-row "staircase" (row i: ``leeftijd >= i % 100``, ``uren <= i``), where every pair of
  rows overlaps: the worst case the work budget is there for (expect ``analyse_onvolledig``).

Prints the median time per table and the diagnostic codes; nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policy.checks import run_checks  # noqa: E402
from policy.model import Table  # noqa: E402
from policy.workbook import read_workbook  # noqa: E402
from tests.unit.checks.builder import DERIVED, INPUTS, OUTPUTS, ge, inp, le, row, sub, table  # noqa: E402
from tests.unit.checks.large import large_table  # noqa: E402


def staircase(n: int = 2000) -> Table:
    rows = [row(f"R{i}", {"leeftijd": ge(i % 100), "uren": le(i)}, {"besluit": "afwijzen"}) for i in range(n)]
    return table([*INPUTS, inp("uren", "geheel getal")], OUTPUTS,
                 [sub("hoofd", "UNIQUE", ["leeftijd", "uren"], ["besluit"], rows)], derived=DERIVED)


def measure(name: str, t: Table, rounds: int) -> None:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        diags = run_checks(t)
        times.append(time.perf_counter() - start)
    rows = sum(len(s.rules) for s in t.subtables)
    codes = ", ".join(f"{c}×{n}" for c, n in sorted(Counter(d.code for d in diags).items())) or "-"
    print(f"{name:<42} {rows:>5} rows  {statistics.median(times) * 1000:>9.1f} ms   {codes}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for path in sorted((ROOT / "decision_tables").rglob("*.xlsx")):
        t, _ = read_workbook(path, table_id=path.relative_to(ROOT / "decision_tables").with_suffix("").as_posix())
        if t is not None:
            measure(t.table_id, t, args.rounds)
    for policy in ("UNIQUE", "FIRST", "ANY"):
        measure(f"generated 2,000 rows ({policy})", large_table(policy=policy), args.rounds)
    measure("staircase 2,000 rows (UNIQUE, worst case)", staircase(), 1)


if __name__ == "__main__":
    main()
