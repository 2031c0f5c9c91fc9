"""The Controles sheet and the Invoer column bron_standaard, read, checked and applied."""

from __future__ import annotations

import pandas as pd
import pytest

from policy.catalog import load_table
from policy.checks.absence import check_absence
from policy.checks.context import Context
from policy.errors import FactsImplausibleError, FactsInvalidError
from policy.evaluation import decide
from policy.evaluation.batch import evaluate_frame
from policy.workbook import read_workbook
from tests.factories import build_workbook, sample_workbook

GEBOORTE = {"regel_id": "CT-01", "controle": "geboortedatum <= aanvraagdatum",
            "melding": "De geboortedatum ligt na de aanvraagdatum.", "bron": "Vc B1/1"}


def where(diagnostics):
    return [(d.code, d.location.blad, d.location.cel) for d in diagnostics]


def errors(diagnostics):
    return [d for d in diagnostics if d.is_error]


def facts(**kw):
    base = {"nationaliteit": "AR", "geboortedatum": "2000-01-01", "aanvraagdatum": "2024-03-01",
            "retourticket": True}
    base.update(kw)
    return base


def loaded(controls, **changes):
    kwargs = sample_workbook()
    kwargs.update(changes)
    table, diagnostics = load_table(build_workbook(**kwargs, controls=controls), table_id="proef/tabel")
    return table, diagnostics


def test_controles_is_read_with_its_cells():
    kwargs = sample_workbook()
    table, diagnostics = read_workbook(build_workbook(**kwargs, controls=[GEBOORTE]), table_id="proef/tabel")
    assert diagnostics == []
    (check,) = table.checks
    assert (check.regel_id, check.condition, check.message, check.bron, check.row) == (
        "CT-01", "geboortedatum <= aanvraagdatum", "De geboortedatum ligt na de aanvraagdatum.", "Vc B1/1", 2)
    assert check.cells["controle"].cel == "B2"


def test_a_failing_check_is_a_400_naming_every_field_of_the_expression():
    table, diagnostics = loaded([GEBOORTE])
    assert errors(diagnostics) == []
    with pytest.raises(FactsImplausibleError) as exc:
        decide(table.compiled, facts(geboortedatum="2024-03-02"))
    assert isinstance(exc.value, FactsInvalidError)  # every caller's 400 handler catches it
    assert exc.value.errors == {"aanvraagdatum": ["De geboortedatum ligt na de aanvraagdatum."],
                                "geboortedatum": ["De geboortedatum ligt na de aanvraagdatum."]}
    assert exc.value.checks[0]["regel_id"] == "CT-01"
    # the boundary: born on the day of the application is plausible
    assert decide(table.compiled, facts(geboortedatum="2024-03-01")).outputs["besluit"] == "afwijzen"


def test_a_check_through_a_derived_field_names_the_inputs_it_reads():
    table, _ = loaded([{"regel_id": "CT-02", "controle": "leeftijd < 120", "melding": "Die leeftijd kan niet."}])
    assert table.compiled.data["checks"][0]["fields"] == ["aanvraagdatum", "geboortedatum"]
    with pytest.raises(FactsImplausibleError) as exc:
        decide(table.compiled, facts(geboortedatum="1900-01-01"))
    assert set(exc.value.errors) == {"aanvraagdatum", "geboortedatum"}


def test_every_failing_check_is_reported_at_once():
    second = {"regel_id": "CT-02", "controle": "aanvraagdatum >= datum(\"2020-01-01\")", "melding": "Te vroeg."}
    table, _ = loaded([GEBOORTE, second])
    with pytest.raises(FactsImplausibleError) as exc:
        decide(table.compiled, facts(geboortedatum="2019-06-01", aanvraagdatum="2019-01-01"))
    assert [c["regel_id"] for c in exc.value.checks] == ["CT-01", "CT-02"]
    assert exc.value.errors["aanvraagdatum"] == ["De geboortedatum ligt na de aanvraagdatum.", "Te vroeg."]


def test_a_check_is_not_judged_while_one_of_its_fields_is_absent():
    kwargs = sample_workbook()
    kwargs["inputs"].append({"naam": "inreisdatum", "type": "datum", "verplicht": "nee"})
    check = {"regel_id": "CT-03", "controle": "inreisdatum >= geboortedatum", "melding": "Inreis vóór geboorte."}
    table, diagnostics = loaded([check], inputs=kwargs["inputs"])
    assert errors(diagnostics) == []
    assert decide(table.compiled, facts()).outputs["besluit"] == "inwilligen"  # no inreisdatum: not judged
    with pytest.raises(FactsImplausibleError):
        decide(table.compiled, facts(inreisdatum="1999-12-31"))


def test_the_batch_path_refuses_exactly_the_cases_decide_refuses():
    """Controles checked column-wise on the batch path: the same rows refused, with the same
    messages, as one by one (a check through a derived field, one on an optional date, absent
    values not judged, the boundary day on each side)."""
    kwargs = sample_workbook()
    kwargs["inputs"].append({"naam": "inreisdatum", "type": "datum", "verplicht": "nee"})
    checks = [GEBOORTE,
              {"regel_id": "CT-02", "controle": "leeftijd < 120", "melding": "Die leeftijd kan niet."},
              {"regel_id": "CT-03", "controle": "inreisdatum >= geboortedatum", "melding": "Inreis vóór geboorte."}]
    table, diagnostics = loaded(checks, inputs=kwargs["inputs"])
    assert errors(diagnostics) == []
    cases = [facts(), facts(geboortedatum="2024-03-02"), facts(geboortedatum="2024-03-01"),
             facts(geboortedatum="1900-01-01"), facts(geboortedatum="1904-03-02"),
             facts(inreisdatum="1999-12-31"), facts(inreisdatum="2000-01-01"),
             facts(geboortedatum="2024-03-02", inreisdatum="2020-01-01")]
    frame = pd.DataFrame(cases)
    frame["inreisdatum"] = frame["inreisdatum"].astype(object).where(frame["inreisdatum"].notna(), None)
    out = evaluate_frame(table.compiled, frame)
    refused = []
    for case in cases:
        try:
            decide(table.compiled, case)
            refused.append(None)
        except FactsImplausibleError as exc:
            refused.append(exc.errors)
    assert list(out["fout"]) == refused
    assert [r is None for r in refused] == [True, False, True, False, True, False, True, False]


@pytest.mark.parametrize(("check", "code"), [
    ({"regel_id": "CT-01", "controle": "besluit == \"afwijzen\"", "melding": "m"}, "controle_leest_uitvoer"),
    ({"regel_id": "CT-01", "controle": "leeftijd + 1", "melding": "m"}, "controle_geen_voorwaarde"),
    ({"regel_id": "CT-01", "controle": "lengte > 3", "melding": "m"}, "formule_onbekend_veld"),
    ({"regel_id": "CT-01", "controle": "geboortedatum <= ", "melding": "m"}, "ongeldige_formule"),
    ({"regel_id": "CT-01", "controle": "geboortedatum <= aanvraagdatum", "melding": None}, "ontbrekende_waarde"),
    ({"regel_id": None, "controle": "geboortedatum <= aanvraagdatum", "melding": "m"}, "ontbrekende_waarde"),
])
def test_a_broken_check_is_an_error_at_its_cell(check, code):
    table, diagnostics = loaded([check])
    assert table is None
    assert [d.code for d in errors(diagnostics)] == [code]
    assert {d.location.blad for d in errors(diagnostics)} == {"Controles"}


def test_two_checks_with_one_name():
    table, diagnostics = loaded([GEBOORTE, dict(GEBOORTE)])
    assert table is None
    assert where(errors(diagnostics)) == [("dubbele_naam", "Controles", "A3")]


def test_a_default_needs_the_source_that_states_it():
    kwargs = sample_workbook()
    del kwargs["inputs"][3]["bron_standaard"]  # the sample states its default's source; here it does not
    table, diagnostics = read_workbook(build_workbook(**kwargs), table_id="proef/tabel")
    ctx = Context(table)
    check_absence(ctx)
    assert where(ctx.diagnostics) == [("standaard_zonder_bron", "Invoer", "E5")]
    assert ctx.diagnostics[0].is_error
    assert "retourticket" in ctx.diagnostics[0].message
    kwargs["inputs"][3]["bron_standaard"] = "Vc B2/2.2"
    table, diagnostics = read_workbook(build_workbook(**kwargs), table_id="proef/tabel")
    assert errors(diagnostics) == []
    assert table.inputs[3].default_source == "Vc B2/2.2"
    assert table.inputs[3].absence == "standaard"
    ctx = Context(table)
    check_absence(ctx)
    assert ctx.diagnostics == []


def test_absence_per_input():
    kwargs = sample_workbook()
    kwargs["inputs"].append({"naam": "inreisdatum", "type": "datum", "verplicht": "nee"})
    table, _ = read_workbook(build_workbook(**kwargs), table_id="proef/tabel")
    absence = {f.name: f.absence for f in table.inputs}
    assert absence == {"nationaliteit": "fout", "geboortedatum": "fout", "aanvraagdatum": "fout",
                       "retourticket": "standaard", "inreisdatum": "onbekend"}
