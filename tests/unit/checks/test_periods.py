from datetime import date

from policy.checks import run_checks

from .builder import CLEAN_UNIQUE, at, ge, having, le, lt, row, wh_table

OLD = date(2016, 7, 1)
NEW = date(2022, 1, 1)


def test_period_running_backwards_is_an_error():
    rows = [*CLEAN_UNIQUE]
    rows[2] = row("WH-03", dict(rows[2].when), {"besluit": "afwijzen"}, van=NEW, tot=OLD)
    [d] = having(run_checks(wh_table(rows)), "periode_omgekeerd")
    assert d.is_error and d.location == at("Regels", "rij 4")


def test_versions_of_one_rule_must_not_overlap_and_both_rows_are_named():
    versions = [
        row("WH-03", {"leeftijd": le(17)}, {"besluit": "afwijzen"}, tot=date(2022, 6, 30)),
        row("WH-03", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}, van=NEW),
    ]
    diags = run_checks(wh_table([*CLEAN_UNIQUE[:2], *versions, *CLEAN_UNIQUE[3:]]))
    [d] = having(diags, "versies_overlappen")
    assert d.is_error
    assert d.location == at("Regels", "rij 5")
    assert "rij 4 en in rij 5" in d.message
    assert "van 2022-01-01 tot en met 2022-06-30" in d.message


def test_consecutive_versions_are_fine():
    versions = [
        row("WH-03", {"leeftijd": le(17)}, {"besluit": "afwijzen"}, tot=date(2021, 12, 31)),
        row("WH-03", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}, van=NEW),
    ]
    assert run_checks(wh_table([*CLEAN_UNIQUE[:2], *versions, *CLEAN_UNIQUE[3:]])) == []


def test_a_row_alone_in_its_period_is_a_warning():
    rows = [
        row("WH-01", {"leeftijd": ge(18)}, {"besluit": "inwilligen"}, van=NEW),
        row("WH-02", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}, van=NEW),
        row("WH-09", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}, van=OLD, tot=date(2017, 1, 1)),
    ]
    diags = run_checks(wh_table(rows, policy="FIRST"))
    [d] = having(diags, "periode_zonder_andere_regels")
    assert not d.is_error and d.location == at("Regels", "rij 4")
    assert "van 2016-07-01 tot en met 2017-01-01" in d.message

