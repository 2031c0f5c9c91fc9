from datetime import date

from policy.checks import run_checks

from .builder import (
    CLEAN_UNIQUE, INPUTS, at, between, eq, ge, gt, having, inp, lt, one_of, out, row, sub, table, wh_table,
)


def gap_messages(t):
    return [d.message.split(". Vul")[0] for d in having(run_checks(t), "gat_in_tabel")]


def test_each_gap_gets_one_concrete_witness():
    rows = CLEAN_UNIQUE[:3]  # no rule for over 30, nor for other countries aged 18 … 30
    diags = having(run_checks(wh_table(rows)), "gat_in_tabel")
    assert [d.message.split(". Vul")[0] for d in diags] == [
        "Geen enkele regel van tabel 'hoofd' geldt voor nationaliteit=AR, leeftijd=31",
        "Geen enkele regel van tabel 'hoofd' geldt voor nationaliteit=AD, leeftijd=18",
    ]
    assert all(d.is_error and d.location == at("Regels") for d in diags)


def test_a_gap_on_both_sides_of_a_range_is_two_gaps():
    rows = [row("R1", {"leeftijd": between(18, 30)}, {"besluit": "inwilligen"})]
    assert gap_messages(wh_table(rows)) == [
        "Geen enkele regel van tabel 'hoofd' geldt voor leeftijd=17",
        "Geen enkele regel van tabel 'hoofd' geldt voor leeftijd=31",
    ]


def test_a_day_between_two_versions_is_a_gap():
    rows = [
        row("R1", {}, {"besluit": "inwilligen"}, tot=date(2021, 12, 31)),
        row("R2", {}, {"besluit": "afwijzen"}, van=date(2022, 2, 1)),
    ]
    assert gap_messages(wh_table(rows, policy="FIRST")) == ["Geen enkele regel van tabel 'hoofd' geldt op 2022-01-01"]


def test_days_before_the_first_version_are_not_a_gap():
    rows = [row("R1", {}, {"besluit": "inwilligen"}, van=date(2022, 1, 1), tot=date(2024, 12, 31))]
    assert gap_messages(wh_table(rows, policy="FIRST")) == []


def test_booleans_and_choices_are_finite():
    rows = [
        row("R1", {"retourticket": eq(True)}, {"besluit": "inwilligen"}),
        row("R2", {"retourticket": eq(False), "nationaliteit": eq("AR")}, {"besluit": "afwijzen"}),
    ]
    assert gap_messages(wh_table(rows)) == [
        "Geen enkele regel van tabel 'hoofd' geldt voor nationaliteit=AD, retourticket=nee"
    ]


def test_an_optional_field_without_value_is_a_gap():
    inputs = [*INPUTS, inp("uren", "getal", required=False, minimum=0)]
    rows = [row("U1", {"uren": lt(30)}, {"besluit": "inwilligen"}), row("U2", {"uren": ge(30)}, {"besluit": "afwijzen"})]
    t = table(inputs, [out("besluit", "keuzelijst", allowed=("inwilligen", "afwijzen"))],
              [sub("hoofd", "UNIQUE", ["uren"], ["besluit"], rows)])
    assert gap_messages(t) == ["Geen enkele regel van tabel 'hoofd' geldt voor uren=leeg"]


def test_no_gap_check_with_a_default_output_or_a_collecting_table():
    rows = [row("R1", {"leeftijd": between(18, 30)}, {"besluit": "inwilligen"})]
    with_default = table(INPUTS, [out("besluit", "keuzelijst", allowed=("inwilligen", "afwijzen"), default="afwijzen")],
                         [sub("hoofd", "UNIQUE", ["leeftijd"], ["besluit"], rows)],
                         derived={"leeftijd": ("geheel getal", "leeftijd(geboortedatum, aanvraagdatum)")})
    assert gap_messages(with_default) == []
    assert gap_messages(wh_table(rows, policy="COLLECT")) == []


def test_only_the_deciding_table_is_checked_and_complete_intermediates_are_never_empty():
    outputs = [
        out("categorie", "keuzelijst", allowed=("jong", "oud"), intermediate=True),
        out("besluit", "keuzelijst", allowed=("inwilligen", "afwijzen")),
    ]
    categorie = sub("categorie", "UNIQUE", ["leeftijd"], ["categorie"], [
        row("C1", {"leeftijd": lt(31)}, {"categorie": "jong"}),
        row("C2", {"leeftijd": gt(40)}, {"categorie": "oud"}),  # 31 … 40: no category
    ])
    besluit = sub("besluit", "UNIQUE", ["categorie"], ["besluit"], [
        row("B1", {"categorie": eq("jong")}, {"besluit": "inwilligen"}),
        row("B2", {"categorie": eq("oud")}, {"besluit": "afwijzen"}),
    ])
    derived = {"leeftijd": ("geheel getal", "leeftijd(geboortedatum, aanvraagdatum)")}
    t = table(INPUTS[:2], outputs, [categorie, besluit], derived=derived)
    # the gap in 'categorie' is not reported there, but shows in 'besluit' as a category without value
    assert gap_messages(t) == ["Geen enkele regel van tabel 'besluit' geldt voor categorie=leeg"]
    categorie_complete = sub("categorie", "UNIQUE", ["leeftijd"], ["categorie"], [
        row("C1", {"leeftijd": lt(31)}, {"categorie": "jong"}),
        row("C2", {"leeftijd": ge(31)}, {"categorie": "oud"}),
    ])
    assert run_checks(table(INPUTS[:2], outputs, [categorie_complete, besluit], derived=derived)) == []


def test_gap_witness_values_are_real_country_codes():
    rows = [row("R1", {"nationaliteit": one_of("AD", "AE")}, {"besluit": "inwilligen"})]
    assert gap_messages(wh_table(rows)) == ["Geen enkele regel van tabel 'hoofd' geldt voor nationaliteit=AF"]
