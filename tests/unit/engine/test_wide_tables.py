"""10,000 rows x 25 condition columns: beyond one sheet's cells, still held by the engine.

No workbook of that size passes `check` (a sheet holds 200,000 cells), so the oracle test stops
at 10,000 x 5 and 1,000 x 25. Here a 1,000 x 25 grid workbook is read and its rows repeated ten
times on further bands of the first column (as the reader would make them of a longer sheet),
and durable must decide like the reference. It runs in its own interpreter: durable never
frees a ruleset, and this table's take several hundred MB.
"""

from __future__ import annotations

import json

import pytest

from tests.unit.engine.test_hazards import run_isolated

SCRIPT = """
import json, random, resource, time
from policy.compiler import compile_table
from policy.engine.matcher import _plan
from policy.workbook import read_workbook
from tests.factories import build_workbook
from tests.test_oracle import DURABLE, REFERENCE, outcome
from tests.unit.engine.wide import repeat_bands, wide_cases, wide_workbook

table, _ = read_workbook(build_workbook(**wide_workbook(1000, 25, "FIRST", layout="grid", seed=25)), table_id="t/breed")
sub = table.subtables[0]
wide = repeat_bands(table, 10, 10 * 200)  # the 1,000 rows hold 200 bands of 10
compiled = compile_table(wide)
start = time.perf_counter()
chunks = len(_plan(compiled.data, 0)[0].chunks)
registered = time.perf_counter() - start
cases = wide_cases(random.Random(10025), compiled.data, 120)
wrong, met = [], 0
for facts in cases:
    want = outcome(compiled, facts, REFERENCE)
    if outcome(compiled, facts, DURABLE) != want:
        wrong.append(facts)
    met += want[0] != "error" and bool(want[1])
print(json.dumps({"rows": len(wide.subtables[0].rules), "columns": len(sub.inputs), "chunks": chunks, "wrong": wrong[:3],
                  "met": met, "register_s": round(registered, 1),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


@pytest.mark.slow
def test_ten_thousand_rows_of_twenty_five_columns() -> None:
    report = json.loads(run_isolated(SCRIPT, timeout=600).strip().splitlines()[-1])
    assert (report["rows"], report["columns"]) == (10_000, 25)
    assert report["wrong"] == []
    assert report["met"] >= 40  # a third of the cases meet a row
    assert report["chunks"] > 10
    print(report)
