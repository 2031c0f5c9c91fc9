"""A generated 2,000-row table: complete and disjoint, then with planted defects.

Only correctness is asserted here; ``benchmarks/checks_large_table.py`` prints the time.
"""

from dataclasses import replace
from datetime import date

from policy.checks import run_checks

from .builder import at, between, having
from .large import COUNTRIES, large_rows, large_table


def test_clean_large_table_has_only_the_size_notice():
    for policy in ("UNIQUE", "FIRST", "ANY"):
        diags = run_checks(large_table(policy=policy))
        assert [(d.code, d.severity) for d in diags] == [("grote_tabel", "waarschuwing")], policy


def test_planted_overlap_and_gap_are_found_exactly():
    rows = large_rows()
    # row for (2019, country #7, 18 … 25): widen to 26, so it meets the 26 … 30 row of that year
    k = (2019 - 2015) * 200 + 7 * 4 + 1
    rows[k] = replace(rows[k], when={**rows[k].when, "leeftijd": between(18, 26)})
    # drop the row for (2024, the other countries, over 30)
    del rows[-1]
    diags = run_checks(large_table(rows))
    [overlap] = having(diags, "regels_overlappen")
    assert overlap.location == at("Regels", f"rij {k + 3}")
    assert overlap.message.startswith(
        f"De regels R{k + 1} (rij {k + 2}) en R{k + 2} (rij {k + 3}) gelden allebei voor "
        f"nationaliteit={COUNTRIES[7]}, leeftijd=26 op 2019-01-01;"
    )
    [gap] = having(diags, "gat_in_tabel")
    assert gap.message.startswith(
        "Geen enkele regel van tabel 'hoofd' geldt voor nationaliteit=AD, leeftijd=31 op 2024-01-01."
    )


def test_planted_unreachable_row_under_first():
    rows = large_rows()
    shadow = replace(rows[5], regel_id="R-LAAT", van=date(2015, 3, 1), tot=date(2015, 6, 30))
    rows.insert(900, shadow)
    diags = run_checks(large_table(rows, policy="FIRST"))
    [d] = having(diags, "regel_onbereikbaar")
    assert d.location == at("Regels", "rij 902")
    assert d.message.startswith("Regel R-LAAT (rij 902) wordt nooit gekozen: de eerdere regel R6 (rij 7) geldt al")
