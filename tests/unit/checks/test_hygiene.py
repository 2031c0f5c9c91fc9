from policy.checks import run_checks

from .builder import CLEAN_UNIQUE, COLUMNS, DERIVED, INPUTS, OUTPUTS, at, eq, having, inp, row, sub, table, wh_table


def test_unused_inputs_and_derived_inputs_are_warnings():
    t = table([*INPUTS, inp("geslacht", "tekst")], OUTPUTS, [sub("hoofd", "UNIQUE", COLUMNS, ["besluit"], CLEAN_UNIQUE)],
              derived={**DERIVED, "jaar": ("geheel getal", "jaar(aanvraagdatum)")})
    diags = having(run_checks(t), "ongebruikte_invoer")
    assert [(d.location, d.severity) for d in diags] == [
        (at("Invoer", "A6"), "waarschuwing"), (at("Afgeleid", "C3"), "waarschuwing"),
    ]


def test_a_rule_without_conditions_is_a_warning_except_last_under_first():
    rows = [row("R1", {}, {"besluit": "inwilligen"}), row("R2", {"leeftijd": eq(18)}, {"besluit": "afwijzen"}),
            row("R3", {}, {"besluit": "afwijzen"})]
    first = having(run_checks(wh_table(rows, policy="FIRST")), "regel_zonder_voorwaarden")
    assert [d.location for d in first] == [at("Regels", "rij 2")]
    collect = having(run_checks(wh_table(rows, policy="COLLECT")), "regel_zonder_voorwaarden")
    assert [d.location for d in collect] == [at("Regels", "rij 2"), at("Regels", "rij 4")]
    assert not any(d.is_error for d in collect)
