"""interface_differences: does a workbook still fit the table a case system calls?"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from policy.compiler import compile_table
from policy.diff import interface_differences
from policy.model import InputField, OutputField
from policy.workbook import read_workbook
from tests.bundled import bundled, bundled_ids
from tests.factories import build_workbook, sample_workbook


def sample(change=None):
    spec = sample_workbook()
    if change is not None:
        change(spec)
    table, diagnostics = read_workbook(build_workbook(**spec))
    assert table is not None, diagnostics
    return table


def codes(differences) -> list[tuple[str, str | None]]:
    return [(d.code, d.field) for d in differences]


def test_au_pair_is_not_working_holiday():
    differences = interface_differences(bundled("uitwisseling/au_pair").compiled,
                                        bundled("uitwisseling/working_holiday").table)
    assert codes(differences) == [
        ("titel", None),
        ("invoer_verwijderd", "via_erkend_au_pairbureau"),
        ("invoer_verwijderd", "uren_per_week"),
        ("invoer_toegevoegd", "nationaliteit"),
        ("invoer_toegevoegd", "indieningsplaats"),
        ("invoer_toegevoegd", "preregistratie_volgnummer"),
        ("invoer_toegevoegd", "preregistratie_datum"),
        ("invoer_toegevoegd", "retourticket_of_middelen"),
        ("invoer_toegevoegd", "eerder_uitwisseling_nl"),
        ("invoer_toegevoegd", "ten_laste_algemene_middelen"),
        ("uitvoer_waarden", "besluit"),
        ("uitvoer_waarden", "gronden"),
        ("uitvoer_toegevoegd", "geldigheidsduur_maanden"),
        ("quotum", None),
    ]
    by_code = {d.code: d for d in differences}
    assert by_code["titel"].message == ("De titel verandert van 'Au pair' in 'Working Holiday Scheme (WHS) / "
                                        "Working Holiday Programme (WHP)'.")
    assert differences[1].message == ("De invoer 'via_erkend_au_pairbureau' vervalt; een zaaksysteem dat die "
                                      "meestuurt, krijgt een foutmelding.")
    assert differences[10].message == ("De toegestane waarden van uitvoer 'besluit' veranderen: erbij "
                                       "buiten_behandeling, niet_van_toepassing.")
    assert differences[10].to_dict() == {
        "code": "uitvoer_waarden", "field": "besluit", "old": ["inwilligen", "afwijzen"],
        "new": ["inwilligen", "afwijzen", "buiten_behandeling", "niet_van_toepassing"],
        "message": differences[10].message,
    }


@pytest.mark.parametrize("table_id", bundled_ids())
def test_a_workbook_fits_itself_as_model_and_as_compiled(table_id):
    loaded = bundled(table_id)
    assert interface_differences(loaded.compiled, loaded.table) == []
    assert interface_differences(loaded.table, loaded.compiled.data) == []
    assert interface_differences(loaded.table, loaded.table) == []


def test_a_rule_only_change_keeps_the_interface():
    def change(spec):
        spec["rules"][0]["leeftijd"] = "niet [18..31]"
        spec["rules"].pop()
        spec["examples"] = None
        spec["inputs"][0]["omschrijving"] = "Andere uitleg"
        spec["derived"][0]["formule"] = "leeftijd(geboortedatum, aanvraagdatum) + 1"
    assert interface_differences(sample(), sample(change)) == []


def test_dates_in_bounds_compare_between_model_and_compiled():
    def bounded(spec):
        spec["inputs"][2]["minimum"] = date(2020, 1, 1)
    old = sample(bounded)
    assert interface_differences(compile_table(old), old) == []
    later = replace(old, inputs=tuple(replace(f, minimum=date(2021, 1, 1)) if f.name == "aanvraagdatum" else f
                                      for f in old.inputs))
    [difference] = interface_differences(compile_table(old), later)
    assert difference.code == "invoer_grens"
    assert difference.message == "Het minimum van invoer 'aanvraagdatum' verandert van 2020-01-01 in 2021-01-01."
    assert (difference.old, difference.new) == ("2020-01-01", "2021-01-01")


def with_inputs(table, *inputs):
    return replace(table, inputs=table.inputs + inputs)


def test_added_inputs_count_unless_a_case_system_may_leave_them_out():
    base = sample()
    with_default = with_inputs(base, InputField("eerder_verblijf", "ja/nee", required=False, default=False))
    required = with_inputs(base, InputField("eerder_verblijf", "ja/nee"))
    optional = with_inputs(base, InputField("eerder_verblijf", "ja/nee", required=False))
    context = with_inputs(base, InputField("teller", "geheel getal", required=False, context=True, default=0))
    assert interface_differences(base, with_default) == []
    assert interface_differences(base, context) == []
    [needed] = interface_differences(base, required)
    assert (needed.code, needed.field) == ("invoer_toegevoegd", "eerder_verblijf")
    assert needed.message == "Er komt een invoer 'eerder_verblijf' (ja/nee) bij; een zaaksysteem moet die meesturen."
    assert codes(interface_differences(base, optional)) == [("invoer_toegevoegd", "eerder_verblijf")]


def change_input(table, name, **changes):
    return replace(table, inputs=tuple(replace(f, **changes) if f.name == name else f for f in table.inputs))


def test_retyped_required_and_allowed_inputs():
    base = sample()
    assert codes(interface_differences(base, change_input(base, "nationaliteit", type="tekst"))) == [
        ("invoer_type", "nationaliteit")]
    assert codes(interface_differences(base, change_input(base, "retourticket", required=True, default=None))) == [
        ("invoer_verplicht", "retourticket")]
    assert interface_differences(base, change_input(base, "geboortedatum", required=False)) == []
    chosen = change_input(base, "nationaliteit", type="keuzelijst", allowed=("AR", "HK"))
    [allowed] = interface_differences(chosen, change_input(chosen, "nationaliteit", allowed=("AR", "TW")))
    assert allowed.message == "De toegestane waarden van invoer 'nationaliteit' veranderen: erbij TW; eraf HK."
    assert interface_differences(chosen, change_input(chosen, "nationaliteit", allowed=("HK", "AR"))) == []
    assert codes(interface_differences(base, change_input(base, "nationaliteit", context=True))) == [
        ("invoer_herkomst", "nationaliteit")]
    removed = replace(base, inputs=base.inputs[1:])
    assert codes(interface_differences(base, removed)) == [("invoer_verwijderd", "nationaliteit")]


def test_outputs_title_peildatum_and_quota():
    base = sample()
    extra = replace(base, outputs=base.outputs + (OutputField("duur", "geheel getal"),))
    intermediate = replace(base, outputs=base.outputs + (OutputField("tussen", "tekst", intermediate=True),))
    retyped = replace(base, outputs=(replace(base.outputs[0], type="tekst", allowed=None), base.outputs[1]))
    assert codes(interface_differences(base, extra)) == [("uitvoer_toegevoegd", "duur")]
    assert codes(interface_differences(extra, base)) == [("uitvoer_verwijderd", "duur")]
    assert interface_differences(base, intermediate) == []
    assert codes(interface_differences(base, retyped)) == [("uitvoer_type", "besluit")]
    assert codes(interface_differences(base, replace(base, title="Au pair"))) == [("titel", None)]
    [peildatum] = interface_differences(base, replace(base, peildatum_field="geboortedatum"))
    assert peildatum.message == "De peildatum komt uit een ander veld: 'geboortedatum' in plaats van 'aanvraagdatum'."
    wh = bundled("uitwisseling/working_holiday")
    other = dict(wh.table.extra["quota"], counter="verleend")
    [quota] = interface_differences(wh.compiled, replace(wh.table, extra={**wh.table.extra, "quota": other}))
    assert quota.code == "quotum"
    assert quota.message == "De quotumafspraak verandert: quotum_teller van 'verleend_dit_jaar' in 'verleend'."
    no_quota = replace(wh.table, extra={})
    assert codes(interface_differences(wh.table, no_quota)) == [("quotum", None)]


def test_a_compiled_form_without_newer_keys_still_compares():
    data = bundled("uitwisseling/au_pair").compiled.data
    keep = ("name", "type", "required", "minimum", "maximum", "default")  # no allowed, context, description
    old = dict(data, inputs=[{k: s[k] for k in keep} for s in data["inputs"]],
               outputs=[{"name": s["name"], "type": s["type"], "allowed": s["allowed"],
                         "intermediate": s["intermediate"]} for s in data["outputs"]])
    assert interface_differences(old, bundled("uitwisseling/au_pair").table) == []
