"""Replaying the decision log with a draft: decisions per second, pandas and Dask side by side.

    .venv/bin/python benchmarks/impact.py [--n 1000000] [--db PATH] [--scheduler threads] [--json]

Logs ``--n`` Working Holiday decisions in a temporary SQLite database (or reuses ``--db`` when
it already holds them), decision dates spread over 2024. The facts are what applicants give
(ages 16 to 36, the right office mostly, quota counters below the quota) and the logged
outputs and matched rows are the table's own answers: the cases are decided with the batch
path, and one case of each distinct outcome with ``decide`` for its matched rows. The log is
filled with one bulk INSERT, which is not what is timed.

Then it replays 2024 with a draft (the B2/2.1.2 age limit raised from 30 to 35, and the
quota of Japan from 200 to 150) in process with pandas and on Dask (the local threaded
scheduler unless ``--scheduler`` names another or a cluster address), and prints the time
and decisions per second of each. Both must give the same counts (checked, and printed).
The goal: 1,000,000 decisions in under 15 s on the 2-core CI machine. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policy.catalog import load_table  # noqa: E402
from policy.evaluation import decide, to_json_value  # noqa: E402
from policy.evaluation.batch import RULES_COLUMN, evaluate_frame  # noqa: E402
from policy.replay import replay_log  # noqa: E402
from policy.store import Store  # noqa: E402

TABLE = "uitwisseling/working_holiday"
WORKBOOK = ROOT / "decision_tables" / "uitwisseling" / "working_holiday.xlsx"
NATIONS = np.array(["AU", "CA", "NZ", "HK", "KR", "AR", "JP", "TW", "UY", "US", "FR"], dtype=object)
OFFICES = {"HK": "consulaat_generaal_hongkong", "AR": "ambassade_buenos_aires", "UY": "ambassade_buenos_aires",
           "TW": "ntio_taipei"}
QUOTA = ("HK", "KR", "AR", "JP", "TW", "UY")


def load(content: bytes) -> Any:
    loaded, diagnostics = load_table(content, table_id=TABLE, workbook_name="working_holiday.xlsx")
    assert loaded is not None, diagnostics
    return loaded.compiled


def draft_workbook() -> bytes:
    """The draft: WH-A12's age limit 30 -> 35, Japan's quota 200 -> 150."""
    import openpyxl

    wb = openpyxl.load_workbook(WORKBOOK)
    sheet = wb["Afwijzing"]
    assert sheet["A8"].value == "WH-A12" and sheet["C8"].value == "> 30"
    sheet["C8"].value = "> 35"
    params = wb["Parameters"]
    for row in params.iter_rows(min_row=2):
        if row[1].value == "JP" and row[2].value == 200:
            row[2].value = 150
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def make_facts(n: int, seed: int = 20261202) -> tuple[pd.DataFrame, np.ndarray]:
    """``n`` applications (a frame of facts as the log keeps them) and their decision dates."""
    rng = np.random.default_rng(seed)
    base = date(2024, 1, 1).toordinal()
    applied = base + rng.integers(-20, 346, n)  # applications from mid-December 2023
    decided = np.minimum(applied + rng.integers(0, 21, n), base + 365)  # decided within three weeks
    decided = np.maximum(decided, base)
    nation = NATIONS[rng.integers(0, len(NATIONS), n)]
    age_days = (rng.integers(16, 37, n) * 365.25 + rng.integers(0, 365, n)).astype(np.int64)
    office = np.array([OFFICES.get(x, "ind_loket") for x in nation], dtype=object)
    office[rng.random(n) < 0.08] = "anders"
    prereg = np.isin(nation, ["KR", "JP"]) & (rng.random(n) < 0.92)
    counter = np.where(np.isin(nation, QUOTA), rng.integers(0, 200, n), 0)

    def iso(ordinals: np.ndarray) -> np.ndarray:
        days = (ordinals - date(1970, 1, 1).toordinal()).astype("datetime64[D]")
        return np.datetime_as_string(days).astype(object)

    serial = np.array([f"{x}-{k:05d}" for x, k in zip(nation, rng.integers(0, 99999, n), strict=True)], dtype=object)
    frame = pd.DataFrame({
        "nationaliteit": nation,
        "geboortedatum": iso(applied - age_days),
        "aanvraagdatum": iso(applied),
        "indieningsplaats": office,
        "preregistratie_volgnummer": np.where(prereg, serial, None),
        "preregistratie_datum": np.where(prereg, iso(applied - rng.integers(0, 120, n)), None),
        "retourticket_of_middelen": rng.random(n) < 0.9,
        "eerder_uitwisseling_nl": rng.random(n) < 0.08,
        "ten_laste_algemene_middelen": rng.random(n) < 0.04,
        "verleend_dit_jaar": counter,
    })
    return frame, iso(decided)


def _logged(facts: dict[str, Any]) -> dict[str, Any]:
    """Facts as the log keeps them: plain JSON values, no entry for a fact not given."""
    out = {}
    for k, v in facts.items():
        if v is None or (isinstance(v, float) and v != v):
            continue
        out[k] = v.item() if isinstance(v, np.generic) else v
    return out


def fill(store: Store, path: Path, n: int) -> None:
    """Decide ``n`` applications with the live table and log them in one bulk INSERT."""
    compiled = load(WORKBOOK.read_bytes())
    started = time.perf_counter()
    facts, decided = make_facts(n)
    out = evaluate_frame(compiled, facts)
    outputs = [o["name"] for o in compiled.data["outputs"] if not o["intermediate"]]
    key = pd.Series(list(zip(*(out[c] for c in [*outputs, RULES_COLUMN]), strict=True)), dtype=object)
    codes, uniques = pd.factorize(key)
    records = [_logged(f) for f in facts.to_dict("records")]
    output_texts, matched_texts = [], []
    for code in range(len(uniques)):
        d = decide(compiled, records[int(np.flatnonzero(codes == code)[0])], allow_context=True)
        output_texts.append(json.dumps(to_json_value(d.outputs)))
        matched_texts.append(json.dumps([m.to_dict() for m in d.matched_rows]))
    now = "2025-01-05 09:00:00.000000"
    # the log is written as decisions are made: in the order of their decision dates
    order = np.argsort(decided, kind="stable")
    rows = [(str(uuid.uuid4()), now, TABLE, compiled.data["version"], f["aanvraagdatum"],
             json.dumps(f),
             output_texts[c], matched_texts[c], "durable-rules", "benchmark", None, day)
            for f, c, day in ((records[i], codes[i], decided[i]) for i in order)]
    store.dispose()
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO decisions (decision_id, created_at, table_id, table_version, peildatum, facts, outputs,"
            " matched_rows, engine, compiler, zaaknummer, decision_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows)
    print(f"logged {n:,} decisions ({len(uniques)} distinct outcomes) in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--db", default=None, help="SQLite file to fill (kept) or reuse")
    parser.add_argument("--scheduler", default=None, help="Dask scheduler (default: threads)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    folder = None if args.db else tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(folder.name) / "regelwerk.db"  # type: ignore[union-attr]
    store = Store(f"sqlite:///{path}")
    store.migrate()
    if store.count_decisions(TABLE) != args.n:
        if store.count_decisions():
            sys.exit(f"{path} holds another log; give an empty or new --db")
        fill(store, path, args.n)
        store = Store(f"sqlite:///{path}")
    draft = load(draft_workbook())
    changed_rows = {("afwijzing", "WH-A12")}
    results, cpu = {}, {}
    for engine in ("pandas", "dask"):
        began = time.process_time()
        report = replay_log(store, TABLE, draft, start=date(2024, 1, 1), end=date(2024, 12, 31),
                            changed_rows=changed_rows, engine=engine, scheduler=args.scheduler)
        results[engine], cpu[engine] = report, time.process_time() - began
    store.dispose()
    if folder is not None:
        folder.cleanup()

    a, b = results["pandas"], results["dask"]
    same = a.to_dict() | {"seconds": 0, "engine": ""} == b.to_dict() | {"seconds": 0, "engine": ""}
    figures = {
        "decisions": a.decisions,
        "changed": a.changed,
        "same_report": same,
        "pandas": {"seconds": round(a.seconds, 2), "decisions_per_s": round(a.decisions / a.seconds),
                   "cpu_seconds": round(cpu["pandas"], 2)},
        "dask": {"seconds": round(b.seconds, 2), "decisions_per_s": round(b.decisions / b.seconds),
                 "cpu_seconds": round(cpu["dask"], 2),
                 "scheduler": args.scheduler or os.environ.get("REGELWERK_DASK_SCHEDULER") or "threads"},
        "dask_over_pandas": round(a.seconds / b.seconds, 2),
        "goal": "1,000,000 decisions in under 15 s",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average_1min": round(os.getloadavg()[0], 2)},
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{figures['decisions']:,} logged decisions of 2024 replayed, {figures['changed']:,} flip"
          f" (same report on both: {'yes' if same else 'NO'})")
    print(f"{'':10}{'seconds':>10}{'decisions/s':>14}{'cpu seconds':>14}")
    for engine in ("pandas", "dask"):
        f = figures[engine]
        print(f"{engine:10}{f['seconds']:>10.2f}{f['decisions_per_s']:>14,}{f['cpu_seconds']:>14.2f}")
    print(f"dask / pandas speed-up: {figures['dask_over_pandas']}x on {os.cpu_count()} cpus "
          f"(load average {figures['machine']['load_average_1min']}); goal: under 15 s")


if __name__ == "__main__":
    main()
