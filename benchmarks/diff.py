"""How long ``diff_workbooks`` takes on two large workbooks (reading is the slow part).

    .venv/bin/python benchmarks/diff.py [--rows 10000]

Builds a workbook of N rules (the factory's sample layout) and a second one with 1% of the rules
changed, 1% removed, 1% added as dated versions and a block of rows moved; prints the time to
read each workbook, the time of the comparison itself, and the counts found. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from policy.diff import diff_tables, read_for_diff  # noqa: E402
from tests.factories import sample_workbook  # noqa: E402

COUNTRIES = ["AR", "HK", "TW", "KR", "JP", "UY", "AU", "CA", "NZ"]


def rules(n: int) -> list[dict[str, object]]:
    return [{"regel_id": f"R{i:05d}", "nationaliteit": COUNTRIES[i % len(COUNTRIES)],
             "leeftijd": f"[{18 + i % 10}..{30 + i % 7}]", "retourticket": "-", "besluit": "afwijzen",
             "gronden": "leeftijd", "bron": f"Vc B2/{i}", "geldig_van": date(2020, 1, 1), "geldig_tot": None,
             "toelichting": ""} for i in range(n)]


def build(spec: dict[str, object]) -> bytes:
    """The factory's layout, written in streaming mode (the factory's cell-by-cell append is slow
    for 10,000 rows)."""
    wb = Workbook(write_only=True)
    sheets = {"Metadata": [{"eigenschap": k, "waarde": v} for k, v in spec["metadata"].items()],  # type: ignore[attr-defined]
              "Invoer": spec["inputs"], "Afgeleid": spec["derived"], "Uitvoer": spec["outputs"],
              "Regels": spec["rules"]}
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        headers: list[str] = []
        for row in rows:  # type: ignore[attr-defined]
            headers.extend(k for k in row if k not in headers)
        ws.append(headers)
        for row in rows:  # type: ignore[attr-defined]
            ws.append([row.get(h) for h in headers])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    n = args.rows
    spec = sample_workbook()
    spec["rules"] = rules(n)
    old = build(spec)
    new_rules = rules(n)
    step = 100
    for i in range(0, n, step):
        new_rules[i]["leeftijd"] = "[18..31]"  # changed
    for i in range(1, n, step):
        new_rules[i]["geldig_tot"] = date(2024, 12, 31)  # and a dated version added at the end
        new_rules.append(dict(new_rules[i], geldig_van=date(2025, 1, 1), geldig_tot=None, besluit="inwilligen"))
    block = new_rules[n // 2:n // 2 + 20]  # moved to the top
    del new_rules[n // 2:n // 2 + 20]
    new_rules[0:0] = block
    new_rules = [r for i, r in enumerate(new_rules) if i % step != 3]  # removed
    spec["rules"] = new_rules
    new = build(spec)

    start = time.perf_counter()
    a = read_for_diff(old, name="oud.xlsx")
    read_old = time.perf_counter() - start
    start = time.perf_counter()
    b = read_for_diff(new, name="nieuw.xlsx")
    read_new = time.perf_counter() - start
    start = time.perf_counter()
    diff = diff_tables(a, b)
    compare = time.perf_counter() - start
    start = time.perf_counter()
    diff.to_dict()
    as_dict = time.perf_counter() - start
    counts = diff.summary()["sheets"]
    print(f"{n} rules old, {len(new_rules)} new")
    print(f"read old  {read_old:6.2f} s")
    print(f"read new  {read_new:6.2f} s")
    print(f"compare   {compare:6.2f} s   ({compare / max(read_old + read_new, 1e-9):.1%} of reading)")
    print(f"to_dict   {as_dict:6.2f} s")
    print(f"found     {counts}")


if __name__ == "__main__":
    main()
