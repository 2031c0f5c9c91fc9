from datetime import date

from policy.checks import run_checks

from .builder import (
    CLEAN_UNIQUE, EMPTY, INPUTS, OUTPUTS, at, between, eq, ge, having, inp, lt, one_of, row, sub, table,
    wh_table,
)


def test_unique_overlap_names_both_rows_and_a_concrete_input():
    rows = [
        row("WH-03", {"nationaliteit": eq("HK"), "leeftijd": between(18, 30)}, {"besluit": "inwilligen"}, row=5),
        row("WH-07", {"nationaliteit": one_of("HK", "TW"), "leeftijd": ge(18)}, {"besluit": "afwijzen"},
            row=9, van=date(2024, 1, 1)),
    ]
    [d] = having(run_checks(wh_table(rows)), "regels_overlappen")
    assert d.is_error
    assert d.location == at("Regels", "rij 9")
    assert d.message.startswith(
        "De regels WH-03 (rij 5) en WH-07 (rij 9) gelden allebei voor nationaliteit=HK, leeftijd=18 op 2024-01-01;"
    )


def test_rules_that_never_share_a_day_do_not_overlap():
    rows = [
        row("WH-01", {"leeftijd": ge(18)}, {"besluit": "inwilligen"}, tot=date(2021, 12, 31)),
        row("WH-02", {"leeftijd": ge(18)}, {"besluit": "afwijzen"}, van=date(2022, 1, 1)),
        row("WH-03", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}),
    ]
    assert having(run_checks(wh_table(rows)), "regels_overlappen") == []


def test_boundaries_that_touch_do_not_overlap_but_shared_ones_do():
    touching = [
        row("A", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}),
        row("B", {"leeftijd": ge(18)}, {"besluit": "inwilligen"}),
    ]
    assert having(run_checks(wh_table(touching)), "regels_overlappen") == []
    shared = [
        row("A", {"leeftijd": between(0, 18)}, {"besluit": "afwijzen"}),
        row("B", {"leeftijd": ge(18)}, {"besluit": "inwilligen"}),
    ]
    [d] = having(run_checks(wh_table(shared)), "regels_overlappen")
    assert "voor leeftijd=18;" in d.message


def test_clean_unique_table_has_no_overlap():
    assert run_checks(wh_table(CLEAN_UNIQUE)) == []


def test_any_allows_overlap_with_the_same_outcome_only():
    rows = [
        row("A1", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}),
        row("A2", {"nationaliteit": eq("AR"), "leeftijd": lt(25)}, {"besluit": "afwijzen"}),
        row("A3", {"retourticket": eq(False)}, {"besluit": "inwilligen"}),
        row("A4", {"leeftijd": ge(18), "retourticket": eq(True)}, {"besluit": "inwilligen"}),
    ]
    diags = run_checks(wh_table(rows, policy="ANY"))
    conflicts = having(diags, "tegenstrijdige_uitkomsten")
    pairs = [d.message.split(" gelden")[0] for d in conflicts]
    assert pairs == [
        "De regels A1 (rij 2) en A3 (rij 4)",
        "De regels A2 (rij 3) en A3 (rij 4)",
        "De regels A2 (rij 3) en A4 (rij 5)",  # AR, 18 … 24, with a return ticket
    ]
    assert [d.location for d in conflicts] == [at("Regels", "rij 4"), at("Regels", "rij 4"), at("Regels", "rij 5")]
    assert "retourticket=nee" in conflicts[0].message
    assert "besluit: afwijzen tegenover inwilligen" in conflicts[0].message
    assert all(d.is_error for d in conflicts)
    assert having(diags, "regels_overlappen") == []


def test_an_optional_field_without_value_can_make_rules_overlap():
    inputs = [*INPUTS, inp("uren", "getal", required=False)]
    rows = [
        row("U1", {"uren": lt(30)}, {"besluit": "inwilligen"}),
        row("U2", {"uren": EMPTY}, {"besluit": "afwijzen"}),
        row("U3", {}, {"besluit": "afwijzen"}),
    ]
    t = table(inputs, OUTPUTS, [sub("hoofd", "UNIQUE", ["uren"], ["besluit"], rows)],
              derived={"leeftijd": ("geheel getal", "leeftijd(geboortedatum, aanvraagdatum)")})
    overlaps = having(run_checks(t), "regels_overlappen")
    assert [d.message.split(";")[0] for d in overlaps] == [
        "De regels U1 (rij 2) en U3 (rij 4) gelden allebei voor uren=29",
        "De regels U2 (rij 3) en U3 (rij 4) gelden allebei voor uren=leeg",
    ]


def test_many_overlapping_pairs_are_summed_up():
    rows = [row(f"R{i}", {}, {"besluit": "afwijzen"}) for i in range(12)]  # 66 pairs
    diags = having(run_checks(wh_table(rows)), "regels_overlappen")
    assert len(diags) == 51
    assert diags[-1].message.startswith("Nog 16 andere paren regels van tabel 'hoofd' gelden tegelijk")
    assert diags[-1].location == at("Regels")

