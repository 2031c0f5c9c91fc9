from policy.checks import STAGES, run_checks
from policy.model import Diagnostic

from .builder import CLEAN_UNIQUE, at, between, eq, having, lt, one_of, row, wh_table
from .large import large_table

CLEAN_FIRST = [
    row("WH-01", {"nationaliteit": one_of("AR", "HK"), "leeftijd": between(18, 30), "retourticket": eq(True)},
        {"besluit": "inwilligen"}),
    row("WH-02", {}, {"besluit": "afwijzen"}),
]


def test_clean_tables_give_no_diagnostics():
    assert run_checks(wh_table(CLEAN_UNIQUE)) == []
    assert run_checks(wh_table(CLEAN_FIRST, policy="FIRST")) == []
    assert run_checks(wh_table(CLEAN_UNIQUE, policy="PRIORITY")) == []


def test_stages_are_named_and_each_reports_data_not_exceptions():
    names = [name for name, _ in STAGES]
    assert len(set(names)) == len(names)
    rows = [row("X", {"leeftijd": lt(18)}, {"besluit": "onbekend"}, bron="")]
    diags = run_checks(wh_table(rows, peildatum="leeftijd"))
    assert all(isinstance(d, Diagnostic) for d in diags)
    assert {"bron_ontbreekt", "waarde_niet_in_keuzelijst", "peildatum_ongeldig", "gat_in_tabel"} <= {d.code for d in diags}


def test_a_small_budget_gives_a_warning_instead_of_a_long_wait():
    diags = run_checks(large_table(), budget=1000)
    incomplete = having(diags, "analyse_onvolledig")
    assert incomplete and all(d.severity == "waarschuwing" and d.location == at("Regels") for d in incomplete)
    assert not any(d.is_error for d in diags)

