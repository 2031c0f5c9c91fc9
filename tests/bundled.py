"""The bundled workbooks, loaded once per test session (shared by the table-wide tests)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from policy.catalog import LoadedTable, load_table, table_id_for

TABLES_DIR = Path(__file__).resolve().parent.parent / "decision_tables"


def workbook_paths() -> list[Path]:
    return sorted(p for p in TABLES_DIR.rglob("*.xlsx") if not p.name.startswith("~$"))


@lru_cache(maxsize=None)
def bundled(table_id: str) -> LoadedTable:
    path = TABLES_DIR / f"{table_id}.xlsx"
    loaded, diagnostics = load_table(path.read_bytes(), table_id=table_id, workbook_name=f"{table_id}.xlsx")
    assert loaded is not None, "\n".join(str(d) for d in diagnostics)
    return loaded


def bundled_ids() -> list[str]:
    return [table_id_for(p, TABLES_DIR) for p in workbook_paths()]
