"""How long ``run_checks`` takes, on the real workbooks and on generated large tables.

    .venv/bin/python benchmarks/checks.py [--rounds R]

* every workbook under ``decision_tables/``;
* the generated 2,000-row table of the unit tests (50 nationalities × 4 ages × 10 years), under
  UNIQUE, FIRST and ANY;
* a 2,000-row "staircase" (row i: ``leeftijd >= i % 100``, ``uren <= i``), where every pair of
  rows overlaps: the worst case the work budget is there for (expect ``analyse_onvolledig``).

Prints the median time per table and the diagnostic codes; nothing is asserted.

    .venv/bin/python benchmarks/checks.py --cli [--against DIR] [--rounds R]

times ``regelwerk check`` as an officer runs it (a fresh ``python -m policy check`` process) on
the 10,000 x 5 workbook of ``benchmarks/scale.py``: wall and user CPU, the median of the rounds.
With ``--against DIR`` (a checkout of another commit, e.g. ``git worktree add /tmp/base main``)
the same command runs with that tree's ``policy`` in turn, round by round, and the ratio is
printed: on a shared machine compare the two of one run, not runs with each other. The JSON
output of both must be identical (every diagnostic and cell location); a difference is printed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
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


def _run_check(tree: Path, path: Path) -> tuple[float, float, str]:
    """``python -m policy check --json path`` with ``tree``'s policy: (wall s, user CPU s, output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "policy", "check", "--json", str(path)], capture_output=True,
                          text=True, cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime, done.stdout


def cli(rounds: int, against: Path | None) -> None:
    from tests.factories import build_workbook
    from tests.unit.engine.wide import wide_workbook

    trees = {"this tree": ROOT, **({f"against {against}": against} if against else {})}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schaal.xlsx"  # the workbook benchmarks/scale.py times (10,000 x 5, FIRST)
        path.write_bytes(build_workbook(**wide_workbook(10_000, 5, "FIRST", layout="grid", seed=10_005)))
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        outputs: dict[str, str] = {}
        for _ in range(rounds):
            for name, tree in trees.items():
                wall, user, out = _run_check(tree, path)
                times[name].append((wall, user))
                outputs[name] = out
    load = os.getloadavg()[0]
    medians = {name: (statistics.median(w for w, _ in t), statistics.median(u for _, u in t)) for name, t in times.items()}
    for name, (wall, user) in medians.items():
        print(f"regelwerk check 10,000 x 5 ({name}): {wall:6.2f} s wall, {user:6.2f} s user CPU "
              f"(median of {rounds}; load average {load:.1f})")
    if against:
        (w1, u1), (w0, u0) = medians.values()
        same = "identical" if len(set(outputs.values())) == 1 else "DIFFERENT"
        print(f"ratio against/this: wall {w0 / w1:.2f}x, user CPU {u0 / u1:.2f}x; JSON diagnostics {same}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cli", action="store_true", help="time regelwerk check in a fresh process")
    parser.add_argument("--against", type=Path, default=None, help="with --cli: another checkout to compare")
    args = parser.parse_args()
    if args.cli:
        cli(args.rounds, args.against)
        return
    for path in sorted((ROOT / "decision_tables").rglob("*.xlsx")):
        t, _ = read_workbook(path, table_id=path.relative_to(ROOT / "decision_tables").with_suffix("").as_posix())
        if t is not None:
            measure(t.table_id, t, args.rounds)
    for policy in ("UNIQUE", "FIRST", "ANY"):
        measure(f"generated 2,000 rows ({policy})", large_table(policy=policy), args.rounds)
    measure("staircase 2,000 rows (UNIQUE, worst case)", staircase(), 1)


if __name__ == "__main__":
    main()
