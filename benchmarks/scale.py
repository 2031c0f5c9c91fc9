"""Per-decision cost at scale: generated tables of 100, 1,000 and 10,000 rows x 5 and 25 columns.

    .venv/bin/python benchmarks/scale.py [--json] [--cases N] [--rounds R] [--sizes 100x5,10000x25] [--no-check]

Each table is a ``grid`` table of ``tests/unit/engine/wide.py`` (the first column cut into bands,
the second into country groups, random conditions on the other columns, rows with their own
``geldig_van``), read from a workbook built in memory and compiled; 10,000 x 25 is more than one
sheet's cells, so it is the 1,000 x 25 workbook's rows repeated on ten further stretches of bands
(as ``tests/unit/engine/test_wide_tables.py`` builds it). Per table:

* ``register_s``  the first durable decision: translating the table and registering its rulesets
                  (``decide_plan_s``, decide's own plan of the version, and ``reference_index_s``,
                  the reference's row index, are timed apart)
* ``durable_us`` / ``reference_us``  ``decide`` per case with each matcher (median of the rounds)
* ``batch_us``    ``evaluate_frame`` on the cases repeated to ``BATCH_CASES`` rows at once, per case
                  (after ``batch_first_s``, the first frame of the version: it builds the key index)
* ``*_cpu_*``     the same figures in this process's CPU time (a shared machine stretches the
                  wall clock of every path, its CPU time far less)
* ``wrong``       cases where durable or batch disagree with the reference (each answer is checked
                  before anything is timed: outputs and deciding rows, or the same error)

and ``regelwerk check`` of the 10,000 x 5 workbook, as an officer runs it (a fresh process).
The issue's goals are printed beside the figures; nothing is asserted. The CPU may be shared:
compare the paths of one run, not runs with each other.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policy.compiler import compile_table  # noqa: E402
from policy.engine import DurableMatcher  # noqa: E402
from policy.errors import PolicyError  # noqa: E402
from policy.evaluation import decide  # noqa: E402
from policy.evaluation.decide import plan_for  # noqa: E402
from policy.reference import ReferenceMatcher  # noqa: E402
from policy.workbook import read_workbook  # noqa: E402
from tests.factories import build_workbook  # noqa: E402
from tests.unit.engine.wide import repeat_bands, wide_cases, wide_workbook  # noqa: E402

SIZES = [(100, 5), (1_000, 5), (10_000, 5), (100, 25), (1_000, 25), (10_000, 25)]
GOALS = {"durable_us": 50.0, "reference_us": 500.0, "batch_us": 20.0, "register_s": 2.0, "check_s": 3.0}
POLICY = "FIRST"
BATCH_CASES = 5_000  # the batch path decides the cases repeated to this many rows at once


def workbook_bytes(rows: int, columns: int) -> bytes:
    return build_workbook(**wide_workbook(rows, columns, POLICY, layout="grid", seed=rows + columns))


def make_table(rows: int, columns: int) -> Any:
    """The compiled grid table of ``rows`` x ``columns`` (see the module docstring)."""
    base = rows if rows * columns <= 100_000 else 1_000
    table, diagnostics = read_workbook(workbook_bytes(base, columns), table_id=f"bench/schaal_{rows}x{columns}")
    assert table is not None, diagnostics
    if base != rows:
        table = repeat_bands(table, rows // base, 10 * (base // 5))  # the grid holds base/5 bands of 10
    return compile_table(table)


def outcome(compiled: Any, facts: dict[str, Any], matcher: Any) -> Any:
    try:
        d = decide(compiled, facts, matcher=matcher)
    except PolicyError as exc:
        return ("error", exc.code)
    return (d.outputs, [m.regel_id for m in d.matched_rows])


def per_case_us(compiled: Any, cases: list[dict[str, Any]], matcher: Any, rounds: int) -> tuple[float, float]:
    """Median µs per case of ``decide``: wall clock, and this process's CPU time (which a shared
    machine inflates far less)."""
    times = []
    cpu = []
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        for facts in cases:
            try:
                decide(compiled, facts, matcher=matcher)
            except PolicyError:
                pass
        times.append((time.perf_counter() - t0) / len(cases) * 1e6)
        cpu.append((time.process_time() - c0) / len(cases) * 1e6)
    return statistics.median(times), statistics.median(cpu)


def batch_check(compiled: Any, cases: list[dict[str, Any]], wanted: list[Any]) -> tuple[float, int, float] | None:
    try:
        import pandas as pd

        from policy.evaluation.batch import evaluate_frame
    except ImportError:
        return None
    frame = pd.DataFrame(cases)
    big = pd.DataFrame([cases[i % len(cases)] for i in range(max(len(cases), BATCH_CASES))])
    t0 = time.perf_counter()
    out = evaluate_frame(compiled, frame)  # the first frame also builds the batch's key index (once per version)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    evaluate_frame(compiled, big)
    us = (time.perf_counter() - t0) / len(big) * 1e6
    wrong = 0
    for i, want in enumerate(wanted):
        if want[0] == "error":
            wrong += out.loc[i, "fout"] is None
            continue
        got = {name: list(v) if isinstance(v, tuple) else v for name in want[0] for v in [out.loc[i, name]]}
        wrong += out.loc[i, "fout"] is not None or got != want[0] or list(out.loc[i, "regels"]) != want[1]
    return us, wrong, first


def measure(rows: int, columns: int, n: int, rounds: int) -> dict[str, Any]:
    compiled = make_table(rows, columns)
    cases = wide_cases(random.Random(rows * columns), compiled.data, n)
    durable, reference = DurableMatcher(), ReferenceMatcher()
    t0 = time.perf_counter()
    plan_for(compiled)  # decide's own plan of the version (validator, row records), shared by all paths
    plan_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    outcome(compiled, cases[0], durable)  # translates and registers the table
    register, register_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    outcome(compiled, cases[0], reference)  # builds the reference's row index
    index_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    wanted = [outcome(compiled, facts, reference) for facts in cases]
    first_reference = time.perf_counter() - t0
    wrong_durable = sum(outcome(compiled, facts, durable) != want for facts, want in zip(cases, wanted))
    batch = batch_check(compiled, cases, wanted)
    report: dict[str, Any] = {
        "rows": rows, "columns": columns, "cases": n,
        "met": sum(want[0] != "error" and bool(want[1]) for want in wanted),
        "register_s": register,
        "decide_plan_s": plan_s,
        "reference_index_s": index_s,
        "reference_first_pass_s": first_reference,
        "register_cpu_s": register_cpu,
    }
    report["durable_us"], report["durable_cpu_us"] = per_case_us(compiled, cases, durable, rounds)
    report["reference_us"], report["reference_cpu_us"] = per_case_us(compiled, cases, reference, rounds)
    report |= {
        "batch_us": batch[0] if batch else None,
        "batch_first_s": batch[2] if batch else None,
        "wrong": {"durable": wrong_durable, "batch": batch[1] if batch else None},
    }
    report["reference_over_durable"] = report["reference_us"] / report["durable_us"]
    return report


def check_seconds(rows: int = 10_000, columns: int = 5) -> dict[str, Any]:
    """``regelwerk check`` of a ``rows`` x ``columns`` workbook in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schaal.xlsx"
        path.write_bytes(workbook_bytes(rows, columns))
        command = [sys.executable, "-m", "policy", "check", str(path)]  # ROOT's policy (cwd), as the script would
        t0 = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import policy.cli"], capture_output=True, cwd=ROOT)
        startup = time.perf_counter() - t0
    return {"rows": rows, "columns": columns, "check_s": seconds, "startup_s": startup, "exit": done.returncode,
            "last_line": (done.stdout.strip().splitlines() or [""])[-1][:120]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--cases", type=int, default=300, help="cases per table (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per path; the median is reported")
    parser.add_argument("--sizes", default="", help="e.g. 100x5,10000x25 (default: all six)")
    parser.add_argument("--no-check", action="store_true", help="skip timing regelwerk check")
    args = parser.parse_args(argv)
    sizes = [tuple(int(x) for x in s.split("x")) for s in args.sizes.split(",") if s] or SIZES

    results = []
    for rows, columns in sizes:
        results.append(measure(rows, columns, args.cases, args.rounds))
        if not args.json:
            r = results[-1]
            print(f"{rows:>6} x {columns:<3} durable {r['durable_us']:>8.1f} µs (cpu {r['durable_cpu_us']:.1f})  "
                  f"reference {r['reference_us']:>9.1f} µs (cpu {r['reference_cpu_us']:.1f})  "
                  f"batch {r['batch_us'] or float('nan'):>8.1f} µs/case (first {r['batch_first_s'] or float('nan'):.2f} s)  "
                  f"register {r['register_s']:>6.2f} s (cpu {r['register_cpu_s']:.2f} s; "
                  f"plan {r['decide_plan_s']:.2f} s, row index {r['reference_index_s']:.2f} s)  "
                  f"ref/durable {r['reference_over_durable']:>6.1f}x  wrong {r['wrong']}  met {r['met']}/{r['cases']}",
                  flush=True)
    check = None if args.no_check else check_seconds()
    report = {"python": platform.python_version(), "policy": POLICY, "tables": results, "check": check,
              "goals_at_10000x25": GOALS}
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    if check:
        print(f"regelwerk check {check['rows']:,} x {check['columns']}: {check['check_s']:.2f} s "
              f"(of which interpreter + imports {check['startup_s']:.2f} s; exit {check['exit']})")
    big = next((r for r in results if (r["rows"], r["columns"]) == (10_000, 25)), None)
    print("goals at 10,000 x 25: " + ", ".join(
        f"{k} <= {v:g}" + (f" (measured {big[k]:.1f})" if big and big.get(k) is not None else "")
        for k, v in GOALS.items() if k != "check_s")
          + f"; check <= {GOALS['check_s']:g} s" + (f" (measured {check['check_s']:.2f})" if check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
