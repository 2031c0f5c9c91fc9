"""Rule-level diagnostics point at the cell that is wrong, read from a real workbook."""

from datetime import date

from policy.catalog import load_table
from tests.factories import build_workbook, sample_workbook


def diagnostics_of(spec):
    loaded, diagnostics = load_table(build_workbook(**spec), table_id="t/werkboek", workbook_name="werkboek.xlsx")
    assert loaded is None
    return {(d.code, d.location.blad, d.location.cel) for d in diagnostics if d.is_error}


def test_missing_bron_and_reversed_period_point_at_their_cells():
    spec = sample_workbook()
    spec["rules"][1]["bron"] = None  # row 3, column of bron
    spec["rules"][2]["geldig_van"] = date(2030, 1, 1)  # row 4
    spec["rules"][2]["geldig_tot"] = date(2029, 1, 1)
    headers = list(spec["rules"][0])
    bron_col = chr(ord("A") + headers.index("bron"))
    van_col = chr(ord("A") + headers.index("geldig_van"))
    assert diagnostics_of(spec) == {
        ("bron_ontbreekt", "Regels", f"{bron_col}3"),
        ("periode_omgekeerd", "Regels", f"{van_col}4"),
    }
