"""The cases the motivering's differential test replays, and their recorded answers.

Every bundled table's examples and ``GENERATED`` cases aimed at its boundaries
(``policy.impact.make_case``), plus generated wide tables (``tests.unit.engine.wide``: one row
per answer, and overlapping rows under COLLECT so that many rows give reasons). Per case the test
compares two digests with ``expected_motivering.json``, which the code of main 9bcaf24 (before
the motivering was made leaner) wrote: the sentences (``Decision.motivering``, or the error) and
the whole ``Decision.to_dict`` (facts and citations included); per table the digest of all its
cases' facts (so that a changed case generator is noticed) and the table's version.

    .venv/bin/python -m tests.unit.motivering.corpus --write   # record the current answers
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from policy.compiler import compile_table
from policy.errors import PolicyError
from policy.evaluation import decide
from policy.impact import boundaries, make_case
from policy.workbook import read_workbook
from tests.factories import build_workbook
from tests.unit.engine.wide import wide_cases, wide_workbook

EXPECTED = Path(__file__).with_name("expected_motivering.json")
GENERATED = 300
#: (key, rows, columns, hit policy, layout, cases)
WIDE = [("wide/grid_200x25", 200, 25, "FIRST", "grid", 400),
        ("wide/overlap_200x12_collect", 200, 12, "COLLECT", "overlap", 400),
        ("wide/overlap_150x8_rule_order", 150, 8, "RULE ORDER", "overlap", 300)]


def digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=_plain)
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return repr(value)


def tables() -> Iterator[tuple[str, Any]]:
    """(key, compiled table): the bundled tables, then the wide generated ones."""
    from tests.bundled import bundled, bundled_ids

    for table_id in bundled_ids():
        yield table_id, bundled(table_id).compiled
    for key, rows, columns, policy, layout, _ in WIDE:
        table, diagnostics = read_workbook(build_workbook(**wide_workbook(rows, columns, policy, layout=layout,
                                                                          seed=rows + columns)), table_id=key)
        assert table is not None, diagnostics
        yield key, compile_table(table)


def cases(key: str, compiled: Any) -> list[tuple[dict[str, Any], date | None]]:
    """(facts, peildatum or None) to decide: the table's examples, then generated cases."""
    out: list[tuple[dict[str, Any], date | None]] = []
    for ex in compiled.data.get("examples", []):
        out.append((ex["facts"], date.fromisoformat(ex["peildatum"]) if ex.get("peildatum") else None))
    wide = next((w for w in WIDE if w[0] == key), None)
    if wide is not None:
        out.extend((facts, None) for facts in wide_cases(random.Random(wide[1] * wide[2]), compiled.data, wide[5]))
        return out
    rng = random.Random(20261203)
    days, mentioned = boundaries(compiled.data)
    out.extend((make_case(rng, compiled.data, days, mentioned), None) for _ in range(GENERATED))
    return out


def version(key: str, compiled: Any) -> str | None:
    """The version recorded for a table: None for a generated one (its workbook's bytes carry the
    time it was built)."""
    return None if key.startswith("wide/") else compiled.data["version"]


def answer(compiled: Any, facts: dict[str, Any], peildatum: date | None) -> tuple[Any, Any]:
    """(the sentences or the error, the decision's ``to_dict(include_facts=True)`` or the error;
    a generated table's version left out)."""
    try:
        d = decide(compiled, facts, peildatum=peildatum)
    except PolicyError as exc:
        error = ["error", exc.code, str(exc)]
        return error, error
    body = d.to_dict(include_facts=True)
    if compiled.table_id.startswith("wide/"):
        body["table_version"] = "generated"
    return list(d.motivering), body


def record() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, compiled in tables():
        given = cases(key, compiled)
        answers = [answer(compiled, facts, peildatum) for facts, peildatum in given]
        out[key] = {"version": version(key, compiled), "facts": digest(given),
                    "answers": " ".join(digest(sentences) + digest(body) for sentences, body in answers)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    recorded = record()
    if args.write:
        EXPECTED.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
    print(sum(len(v["answers"].split()) for v in recorded.values()), "cases in", len(recorded), "tables")


if __name__ == "__main__":
    main()
