"""The batch path at scale: 1,000,000 Working Holiday cases decided at once.

    .venv/bin/python benchmarks/batch.py [--n 1000000] [--check 2000] [--rounds 3] [--json]

The cases are what applicants give (``benchmarks/impact.py``'s generator: every case its own
birth date, ages 16 to 36, offices, pre-registrations, quota counters), as a DataFrame of
natural values, the way a case system's export or the decision log reaches the batch path.
``evaluate_frame`` decides them all; the first ``--check`` cases are also decided one by one
with ``decide`` and must agree. Prints the median round's seconds and cases/s, and the split
(reading the inputs into columns, derived fields, tables and hit policies, the result frame)
from one profiled round. Goal (issue 15): 1,000,000 cases in under 2.5 s. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from impact import WORKBOOK, _logged, load, make_facts  # noqa: E402

from policy.errors import PolicyError  # noqa: E402
from policy.evaluation import decide, to_json_value  # noqa: E402
from policy.evaluation.batch import ERROR_COLUMN, evaluate_frame  # noqa: E402

GOAL_SECONDS = 2.5
#: the split: per stage, the batch functions whose cumulative time it is
STAGES = {"inputs": ("input_column",), "derived": ("evaluate_vector", "derive_rows", "within_exact"),
          "tables": ("run_table",), "result": ("natural_values", "combine_rules")}


def check(compiled: Any, frame: Any, out: Any, k: int) -> int:
    """How many of the first ``k`` cases the batch path decides otherwise than ``decide``."""
    outputs = [o["name"] for o in compiled.data["outputs"] if not o["intermediate"]]
    wrong = 0
    for i, facts in enumerate(frame.head(k).to_dict("records")):
        try:
            want: Any = to_json_value(decide(compiled, _logged(facts), allow_context=True).outputs)
        except PolicyError:
            want = "fout"
        got = "fout" if out[ERROR_COLUMN].iat[i] is not None else {
            name: to_json_value(list(v) if isinstance(v, tuple) else v) for name, v in
            ((name, out[name].iat[i]) for name in outputs)}
        wrong += got != want
    return wrong


def split(compiled: Any, frame: Any) -> dict[str, float]:
    """Each stage's share of one profiled call (the rest: frame building, bookkeeping)."""
    profile = cProfile.Profile()
    profile.enable()
    began = time.perf_counter()
    evaluate_frame(compiled, frame)
    total = time.perf_counter() - began
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    top_level = {}  # cumulative time of each batch function, counted once per stage
    for (file, _, fn), (_, _, _, cumulative, callers) in stats.items():
        if "policy/evaluation/batch" in file:
            top_level[fn] = top_level.get(fn, 0.0) + cumulative
    return {stage: round(sum(top_level.get(fn, 0.0) for fn in names) / total, 3) for stage, names in STAGES.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--check", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    compiled = load(WORKBOOK.read_bytes())
    frame, _ = make_facts(args.n)
    times, cpu = [], []
    out = None
    for _ in range(args.rounds):
        began, began_cpu = time.perf_counter(), time.process_time()
        out = evaluate_frame(compiled, frame)
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    assert out is not None
    seconds = statistics.median(times)
    figures = {
        "cases": args.n,
        "seconds": round(seconds, 3),
        "cases_per_s": round(args.n / seconds),
        "cpu_seconds": round(statistics.median(cpu), 3),
        "rounds": [round(t, 3) for t in times],
        "checked": min(args.check, args.n),
        "wrong": check(compiled, frame, out, args.check),
        "share_of_time": split(compiled, frame.head(min(args.n, 200_000))),
        "goal": f"{args.n:,} cases in under {GOAL_SECONDS} s",
        "goal_over_measured": round(GOAL_SECONDS / seconds * 1_000_000 / args.n, 2),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average_1min": round(os.getloadavg()[0], 2)},
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"batch path: {args.n:,} Working Holiday cases in {figures['seconds']:.2f} s (median of {args.rounds}; "
          f"cpu {figures['cpu_seconds']:.2f} s) = {figures['cases_per_s']:,}/s; "
          f"{figures['checked']:,} checked against decide, {figures['wrong']} wrong")
    print("share of the time (one profiled round of 200,000): "
          + ", ".join(f"{k} {v:.0%}" for k, v in figures["share_of_time"].items()))
    print(f"goal: 1,000,000 in under {GOAL_SECONDS} s -> goal / measured {figures['goal_over_measured']}x "
          f"(load average {figures['machine']['load_average_1min']} on {os.cpu_count()} cpus)")


if __name__ == "__main__":
    main()
