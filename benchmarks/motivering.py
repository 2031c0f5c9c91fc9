"""The motivering and the Decision's building per decision, this tree against a baseline commit.

    .venv/bin/python benchmarks/motivering.py [--baseline 9bcaf24] [--n 3000] [--big-n 300] [--rounds 5] [--no-big]

Decides Working Holiday cases (``benchmarks/engine.py``'s) and the generated 10,000 x 25 table's
(``benchmarks/scale.py``'s) with ``decide`` and the ``ReferenceMatcher``, recording what
``decide`` hands to ``sentences`` and to ``Decision``; then replays the recorded inputs:

* ``sentences_us``  ``sentences(...)`` alone, per decision
* ``decision_us``   ``Decision(**fields)`` (as decide builds it), per decision
* ``both_us``       the two together: what decide spends on the motivering and the Decision
* ``to_dict_us``    ``Decision.to_dict()`` (the HTTP body's core), per decision
* ``decide_us``     the whole ``decide`` per case, for scale

All in this process's CPU time (a shared machine stretches the wall clock far more).
The baseline's ``policy`` package is taken from git (``git archive``) and measured in its own
process, one after the other with this tree's, twice (base, new, base, new; the better of each
pair's medians is shown). Each side prints a digest of every sentence and every ``to_dict``: the
two must be equal. Figures and ratios are printed; nothing is asserted. The CPU may be shared:
compare the two sides of one run only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("sentences_us", "decision_us", "both_us", "to_dict_us", "decide_us")


def _median_us(fn: Any, items: list[Any], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.process_time()
        fn(items)
        times.append((time.process_time() - t0) / max(len(items), 1) * 1e6)
    return statistics.median(times)


def _measure(compiled: Any, cases: list[dict[str, Any]], rounds: int) -> dict[str, Any]:
    from policy.errors import PolicyError
    from policy.evaluation import decide
    from policy.reference import ReferenceMatcher

    module = sys.modules["policy.evaluation.decide"]
    sentences, build = module.sentences, module.Decision
    calls: list[tuple[Any, ...]] = []
    fields: list[dict[str, Any]] = []

    def recording_sentences(*args: Any) -> Any:
        calls.append(args)
        return sentences(*args)

    def recording_decision(**kw: Any) -> Any:
        fields.append(kw)
        return build(**kw)

    matcher = ReferenceMatcher()
    module.sentences, module.Decision = recording_sentences, recording_decision
    try:
        for facts in cases:
            try:
                decide(compiled, facts, matcher=matcher)
            except PolicyError:
                pass
    finally:
        module.sentences, module.Decision = sentences, build

    def run_decide(items: list[Any]) -> None:
        for facts in items:
            try:
                decide(compiled, facts, matcher=matcher)
            except PolicyError:
                pass

    def run_sentences(items: list[Any]) -> None:
        for args in items:
            sentences(*args)

    def run_decision(items: list[Any]) -> None:
        for kw in items:
            build(**kw)

    def run_both(items: list[Any]) -> None:
        for args, kw in items:
            build(**kw, motivering=tuple(sentences(*args)))

    decisions = [build(**kw) for kw in fields]

    def run_to_dict(items: list[Any]) -> None:
        for d in items:
            d.to_dict()

    bare = [{k: v for k, v in kw.items() if k != "motivering"} for kw in fields]
    run_sentences(calls)  # warm: the pieces made ready once per version
    digest = hashlib.sha256()
    for args, d in zip(calls, decisions):
        body = d.to_dict(include_facts=True)
        body.pop("table_version")  # a generated table's workbook bytes carry the time they were built
        digest.update(json.dumps([sentences(*args), body], sort_keys=True, default=str).encode())
    return {
        "decisions": len(calls),
        "rows_per_decision": sum(len(args[2]) for args in calls) / max(len(calls), 1),
        "digest": digest.hexdigest()[:16],
        "sentences_us": _median_us(run_sentences, calls, rounds),
        "decision_us": _median_us(run_decision, fields, rounds),
        "both_us": _median_us(run_both, list(zip(calls, bare)), rounds),
        "to_dict_us": _median_us(run_to_dict, decisions, rounds),
        "decide_us": _median_us(run_decide, cases, max(1, rounds // 2)),
    }


def worker(n: int, big_n: int, rounds: int) -> dict[str, Any]:
    import policy  # first, so that the baseline's package is the one imported

    sys.path.append(str(ROOT))  # benchmarks/ and tests/ from this tree (never its policy/)
    from benchmarks.engine import WORKBOOK, make_cases
    from policy.catalog import load_table

    loaded, _ = load_table(WORKBOOK.read_bytes(), table_id="uitwisseling/working_holiday")
    out = {"policy": str(Path(policy.__file__).parent), "wh": _measure(loaded.compiled, make_cases(n), rounds)}
    if big_n:
        from benchmarks.scale import make_table
        from tests.unit.engine.wide import wide_cases

        compiled = make_table(10_000, 25)
        out["big"] = _measure(compiled, wide_cases(random.Random(10_000 * 25), compiled.data, big_n), rounds)
    return out


def _export(revision: str, into: Path) -> None:
    archive = subprocess.run(["git", "archive", "--format=tar", revision, "policy"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    tar_path = into / "policy.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")


def _run(where: Path, args: argparse.Namespace) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(where))
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", "--n", str(args.n),
                           "--big-n", str(0 if args.no_big else args.big_n), "--rounds", str(args.rounds)],
                          cwd=where, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default="9bcaf24", help="the commit to compare with (default 9bcaf24)")
    parser.add_argument("--n", type=int, default=3000, help="Working Holiday cases (default 3000)")
    parser.add_argument("--big-n", type=int, default=300, help="10,000 x 25 cases (default 300)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per figure; the median is kept")
    parser.add_argument("--no-big", action="store_true", help="leave the 10,000 x 25 table out")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.n, args.big_n, args.rounds)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        base_root = Path(tmp)
        _export(args.baseline, base_root)
        runs: dict[str, list[dict[str, Any]]] = {"base": [], "new": []}
        for _ in range(2):
            runs["base"].append(_run(base_root, args))
            runs["new"].append(_run(ROOT, args))
    report: dict[str, Any] = {"baseline": args.baseline, "load": os.getloadavg()}
    for table in ("wh", "big"):
        if table not in runs["new"][0]:
            continue
        row: dict[str, Any] = {}
        for side in ("base", "new"):
            row[side] = {f: min(r[table][f] for r in runs[side]) for f in FIGURES}
            row[side]["digests"] = sorted({r[table]["digest"] for r in runs[side]})
        row["rows_per_decision"] = runs["new"][0][table]["rows_per_decision"]
        row["decisions"] = runs["new"][0][table]["decisions"]
        row["identical"] = row["base"]["digests"] == row["new"]["digests"] and len(row["new"]["digests"]) == 1
        row["ratio"] = {f: row["base"][f] / row["new"][f] for f in FIGURES}
        report[table] = row
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"baseline {args.baseline} against this tree; load average {report['load'][0]:.2f}")
    for table, title in (("wh", "Working Holiday"), ("big", "10,000 x 25")):
        if table not in report:
            continue
        row = report[table]
        print(f"{title}: {row['decisions']} decisions, {row['rows_per_decision']:.1f} rows each; "
              f"sentences and bodies identical: {row['identical']}")
        for f in FIGURES:
            print(f"  {f:<13} base {row['base'][f]:7.2f}   new {row['new'][f]:7.2f}   base/new {row['ratio'][f]:5.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
