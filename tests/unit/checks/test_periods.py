from datetime import date

from policy.catalog import load_table
from policy.checks import run_checks
from tests.factories import build_workbook, sample_workbook

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



# -- gaps between versions (issue #10) ----------------------------------------------------

def test_a_gap_between_two_versions_of_one_rule_is_a_warning_at_the_later_geldig_van():
    book = sample_workbook()
    first = book["rules"][0]
    book["rules"][0] = {**first, "geldig_tot": date(2026, 6, 30)}
    book["rules"].insert(1, {**first, "geldig_van": date(2027, 1, 1)})  # sheet row 3
    _, diagnostics = load_table(build_workbook(**book), table_id="uitwisseling/test")
    [d] = having(diagnostics, "gat_tussen_versies")
    assert d.severity == "waarschuwing"
    assert str(d.location) == "uitwisseling/test.xlsx › Regels › H3"  # the geldig_van column
    assert d.message.startswith("Van 2026-07-01 tot en met 2026-12-31 geldt geen versie van regel WH-01")


def test_versions_that_meet_or_a_rule_that_simply_ends_have_no_gap():
    versions = [
        row("WH-03", {"leeftijd": le(17)}, {"besluit": "afwijzen"}, tot=date(2021, 12, 31)),
        row("WH-03", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}, van=NEW, tot=date(2023, 1, 1)),
    ]
    diagnostics = run_checks(wh_table([*CLEAN_UNIQUE[:2], *versions, *CLEAN_UNIQUE[3:]]))
    assert having(diagnostics, "gat_tussen_versies") == []


def test_three_versions_report_each_gap_once():
    versions = [
        row("WH-03", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}, tot=date(2020, 12, 31)),
        row("WH-03", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}, van=date(2021, 2, 1), tot=date(2021, 12, 31)),
        row("WH-03", {"leeftijd": lt(18)}, {"besluit": "afwijzen"}, van=date(2022, 3, 1)),
    ]
    gaps = having(run_checks(wh_table([*CLEAN_UNIQUE[:2], *versions, *CLEAN_UNIQUE[3:]])), "gat_tussen_versies")
    assert [d.message.split(" geldt")[0] for d in gaps] == [
        "Van 2021-01-01 tot en met 2021-01-31", "Van 2022-01-01 tot en met 2022-02-28"]
