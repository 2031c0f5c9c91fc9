from policy.checks import run_checks

from .builder import CLEAN_UNIQUE, at, having, row, wh_table


def test_a_rule_without_source_is_an_error_on_its_row():
    rows = [*CLEAN_UNIQUE[:4], row("WH-05", dict(CLEAN_UNIQUE[4].when), {"besluit": "afwijzen"}, bron="  ")]
    [d] = having(run_checks(wh_table(rows)), "bron_ontbreekt")
    assert d.is_error
    assert d.location == at("Regels", "rij 6")
    assert "WH-05 (rij 6)" in d.message
