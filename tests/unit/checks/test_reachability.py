from datetime import date

from policy.checks import run_checks

from .builder import CLEAN_UNIQUE, at, between, eq, ge, having, lt, one_of, row, wh_table


def test_a_rule_covered_by_earlier_rules_is_unreachable():
    rows = [
        row("F1", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}),
        row("F2", {"leeftijd": ge(18)}, {"besluit": "inwilligen"}),
        row("F3", {"nationaliteit": eq("HK")}, {"besluit": "afwijzen"}),
        row("F4", {}, {"besluit": "afwijzen"}),
    ]
    diags = having(run_checks(wh_table(rows, policy="FIRST")), "regel_onbereikbaar")
    assert [d.location for d in diags] == [at("Regels", "rij 4"), at("Regels", "rij 5")]
    assert diags[0].message.startswith(
        "Regel F3 (rij 4) wordt nooit gekozen: de eerdere regels F1 (rij 2), F2 (rij 3) gelden al"
    )
    assert all(d.is_error for d in diags)


def test_a_rule_is_reachable_on_the_days_the_earlier_rule_is_not_in_force():
    rows = [
        row("F1", {"nationaliteit": one_of("AR", "HK")}, {"besluit": "inwilligen"}, van=date(2023, 1, 1)),
        row("F2", {"nationaliteit": eq("HK")}, {"besluit": "afwijzen"}),
        row("F3", {}, {"besluit": "afwijzen"}),
    ]
    assert having(run_checks(wh_table(rows, policy="FIRST")), "regel_onbereikbaar") == []
    rows[1] = row("F2", {"nationaliteit": eq("HK")}, {"besluit": "afwijzen"}, van=date(2023, 1, 1))
    [d] = having(run_checks(wh_table(rows, policy="FIRST")), "regel_onbereikbaar")
    assert d.location == at("Regels", "rij 3")


def test_partial_cover_leaves_a_rule_reachable():
    rows = [
        row("F1", {"leeftijd": between(18, 30)}, {"besluit": "inwilligen"}),
        row("F2", {"leeftijd": ge(18)}, {"besluit": "afwijzen"}),  # 31 and older
        row("F3", {}, {"besluit": "afwijzen"}),
    ]
    assert having(run_checks(wh_table(rows, policy="FIRST")), "regel_onbereikbaar") == []


def test_only_first_is_checked_for_reachability():
    assert having(run_checks(wh_table(CLEAN_UNIQUE)), "regel_onbereikbaar") == []
