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


def test_cell_errors_and_row_problems_are_reported_together_once_each():
    """Planted mistakes of both kinds: one diagnostic per mistake, each at its exact cell."""
    spec = sample_workbook()
    headers = list(spec["rules"][0])
    col = {h: chr(ord("A") + headers.index(h)) for h in headers}
    spec["rules"][0]["leeftijd"] = "[18..x]"  # row 2: unreadable condition (reader)
    spec["rules"][1]["bron"] = None  # row 3: no source (check)
    spec["rules"][2]["besluit"] = "inwiligen"  # row 4: not an allowed value (reader)
    spec["rules"][3]["geldig_van"] = date(2030, 1, 1)  # row 5: reversed period (check)
    spec["rules"][3]["geldig_tot"] = date(2029, 1, 1)
    found = diagnostics_of(spec)
    assert found == {
        ("ongeldige_waarde", "Regels", f"{col['leeftijd']}2"),
        ("bron_ontbreekt", "Regels", f"{col['bron']}3"),
        ("onbekende_waarde", "Regels", f"{col['besluit']}4"),
        ("periode_omgekeerd", "Regels", f"{col['geldig_van']}5"),
    }
