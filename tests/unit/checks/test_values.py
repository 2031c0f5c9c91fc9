from policy.checks import run_checks

from .builder import (
    CLEAN_UNIQUE, COLUMNS, DERIVED, EMPTY, INPUTS, OUTPUTS, at, eq, gt, having, inp, lt, none_of, one_of, out, row,
    sub, table, wh_table,
)

UREN = inp("uren", "geheel getal", minimum=18, maximum=80)


def uren_table(rows):
    return table([*INPUTS, UREN], OUTPUTS, [sub("hoofd", "FIRST", [*COLUMNS, "uren"], ["besluit"], rows)],
                 derived=DERIVED)


def test_comparison_outside_the_bounds_never_holds():
    rows = [row("R1", {"uren": lt(10)}, {"besluit": "afwijzen"}), row("R2", {}, {"besluit": "inwilligen"})]
    [d] = having(run_checks(uren_table(rows)), "voorwaarde_nooit_waar")
    assert not d.is_error
    assert d.location == at("Regels", "E2")
    assert "'< 10' op uren" in d.message and "minimum 18, maximum 80" in d.message


def test_empty_on_a_required_field_never_holds():
    rows = [row("R1", {"uren": EMPTY}, {"besluit": "afwijzen"}), row("R2", {}, {"besluit": "inwilligen"})]
    [d] = having(run_checks(uren_table(rows)), "voorwaarde_nooit_waar")
    assert "uren heeft altijd een waarde" in d.message


def test_a_choice_not_on_the_list_is_an_error():
    inputs = [*INPUTS, inp("soort", "keuzelijst", allowed=("whp", "whs"))]
    rows = [
        row("R1", {"soort": one_of("whp", "WHS")}, {"besluit": "afwijzen"}),
        row("R2", {}, {"besluit": "inwilligen"}),
    ]
    t = table(inputs, OUTPUTS, [sub("hoofd", "FIRST", [*COLUMNS, "soort"], ["besluit"], rows)], derived=DERIVED)
    [d] = having(run_checks(t), "waarde_niet_in_keuzelijst")
    assert d.is_error and d.location == at("Regels", "E2")
    assert d.message.startswith("'WHS' in regel R1 (rij 2) is geen toegestane waarde voor soort; toegestaan: whp, whs")
    assert having(run_checks(t), "voorwaarde_nooit_waar") == []


def test_an_output_not_on_the_list_is_an_error():
    rows = [*CLEAN_UNIQUE[:4], row("WH-05", dict(CLEAN_UNIQUE[4].when), {"besluit": "weigeren"})]
    [d] = having(run_checks(wh_table(rows)), "waarde_niet_in_keuzelijst")
    assert d.location == at("Regels", "E6")
    assert "'weigeren'" in d.message and "uitkomst voor besluit" in d.message


def test_excluding_every_choice_never_holds():
    inputs = [*INPUTS, inp("soort", "keuzelijst", allowed=("whp", "whs"))]
    rows = [row("R1", {"soort": none_of("whp", "whs")}, {"besluit": "afwijzen"}), row("R2", {}, {"besluit": "inwilligen"})]
    t = table(inputs, OUTPUTS, [sub("hoofd", "FIRST", [*COLUMNS, "soort"], ["besluit"], rows)], derived=DERIVED)
    [d] = having(run_checks(t), "voorwaarde_nooit_waar")
    assert d.location == at("Regels", "E2")


def test_a_list_only_knows_empty_and_not_empty():
    outputs = [out("gronden", "lijst", allowed=("leeftijd", "uren"), intermediate=True), *OUTPUTS]
    gronden = sub("gronden", "COLLECT", ["leeftijd"], ["gronden"], [row("G1", {"leeftijd": gt(30)}, {"gronden": ["leeftijd"]})])
    besluit = sub("hoofd", "FIRST", ["gronden"], ["besluit"], [
        row("B1", {"gronden": eq("leeftijd")}, {"besluit": "afwijzen"}),
        row("B2", {}, {"besluit": "inwilligen"}),
    ])
    t = table(INPUTS[:2], outputs, [gronden, besluit], derived=DERIVED)
    [d] = having(run_checks(t), "voorwaarde_nooit_waar")
    assert "alleen 'leeg' en 'niet leeg'" in d.message
