"""``regelwerk exporteer``: DMN 1.3 elements, cells as FEEL unary tests, refusals at the cell, and the
TCK models' workbooks exported and imported again with the same TCK results."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from defusedxml import ElementTree as SafeET

from policy.catalog import load_table, make_matcher
from policy.cli import main
from policy.dmn import export_models, import_dmn
from policy.dmn.export import DMN_NS
from policy.evaluation import decide
from policy.workbook import read_workbook
from tests.factories import build_workbook
from tests.unit.dmn.tck import TCK_DIR, read_tests, tck_cases
from tests.unit.dmn.test_tck import MATCHERS, _actual

NS = {"d": DMN_NS}


def _workbook(rules, *, outputs=None, derived=None, policy="EERSTE"):
    return build_workbook(
        metadata={"titel": "Proef", "eigenaar": "Team Test", "beslissingsregel": policy, "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"},
                {"naam": "land", "type": "keuzelijst", "toegestane_waarden": "AR, HK, TW"},
                {"naam": "uren", "type": "getal", "minimum": 0, "verplicht": "nee"}],
        derived=derived,
        outputs=outputs or [{"naam": "besluit", "type": "keuzelijst", "toegestane_waarden": "ja_, nee_",
                             "standaard": "nee_"}],
        rules=rules,
    )


def _export(data):
    table, diagnostics = read_workbook(data, table_id="t/proef")
    assert table is not None, [str(d) for d in diagnostics]
    return export_models(table)


def test_cells_become_feel_unary_tests_in_dmn_13_elements():
    models, problems = _export(_workbook([
        {"regel_id": "R1", "aanvraagdatum": "[2024-01-01..2024-12-31[", "land": "AR, HK", "uren": "niet [10..20]",
         "besluit": "ja_", "bron": "Vc B1", "toelichting": "een toelichting"},
        {"regel_id": "R2", "land": "niet TW", "uren": "leeg", "besluit": "ja_", "bron": "Vc B2"},
        {"regel_id": "R3", "uren": ">= 30", "besluit": "nee_", "bron": "Vc B3"},
    ]))
    assert problems == [] and len(models) == 1
    root = SafeET.fromstring(models[0].xml)
    assert root.tag == f"{{{DMN_NS}}}definitions"
    decision = root.find("d:decision[@name='hoofd']", NS)
    table = decision.find("d:decisionTable", NS)
    assert table.get("hitPolicy") == "FIRST"
    assert [e.text for e in table.findall("d:input/d:inputExpression/d:text", NS)] == ["aanvraagdatum", "land", "uren"]
    entries = [[e.text for e in rule.findall("d:inputEntry/d:text", NS)] for rule in table.findall("d:rule", NS)]
    assert entries == [
        ['[date("2024-01-01")..date("2024-12-31"))', '"AR", "HK"', "not(null, [10..20])"],
        ["-", 'not(null, "TW")', "null"],
        ["-", "-", ">= 30"],
    ]
    rule = table.find("d:rule", NS)
    assert rule.get("label") == "R1"
    assert [e.text for e in rule.findall("d:annotationEntry/d:text", NS)] == ["Vc B1", "een toelichting"]
    assert table.find("d:output/d:defaultOutputEntry/d:text", NS).text == '"nee_"'
    assert {r.find("d:requiredInput", NS).get("href") for r in decision.findall("d:informationRequirement", NS)} == {
        "#invoer_aanvraagdatum", "#invoer_land", "#invoer_uren"}
    uren = root.find("d:itemDefinition[@name='type_uren']", NS)
    assert uren.find("d:typeRef", NS).text == "number" and uren.find("d:allowedValues/d:text", NS).text == ">= 0"


def test_tables_feeding_tables_and_derived_fields_make_the_drg():
    data = build_workbook(
        metadata={"titel": "Keten", "eigenaar": "Team Test", "peildatum": "aanvraagdatum"},
        inputs=[{"naam": "aanvraagdatum", "type": "datum"}, {"naam": "geboortedatum", "type": "datum"}],
        derived=[{"naam": "leeftijd", "type": "geheel getal", "formule": "leeftijd(geboortedatum, aanvraagdatum)"}],
        outputs=[{"naam": "grond", "type": "lijst", "toegestane_waarden": "leeftijd", "tussenresultaat": "ja"},
                 {"naam": "besluit", "type": "keuzelijst", "toegestane_waarden": "inwilligen, afwijzen"}],
        tables={"gronden": {"beslissingsregel": "VERZAMEL", "rules": [
                    {"regel_id": "G1", "leeftijd": "> 30", "grond": "leeftijd", "bron": "Vc B1"}]},
                "besluit": {"beslissingsregel": "EERSTE", "rules": [
                    {"regel_id": "B1", "grond": "niet leeg", "besluit": "afwijzen", "bron": "Vc B1"},
                    {"regel_id": "B2", "grond": "leeg", "besluit": "inwilligen", "bron": "Vc B1"}]}},
    )
    models, problems = _export(data)
    assert problems == []
    root = SafeET.fromstring(models[0].xml)
    leeftijd = root.find("d:decision[@name='leeftijd']", NS)
    assert leeftijd.find("d:literalExpression/d:text", NS).text == "functie_leeftijd(geboortedatum, aanvraagdatum)"
    assert root.find("d:businessKnowledgeModel[@name='functie_leeftijd']", NS) is not None
    besluit = root.find("d:decision[@name='besluit']", NS)
    assert besluit.find("d:informationRequirement/d:requiredDecision", NS).get("href") == "#tabel_gronden"
    tests = [e.text for e in besluit.findall("d:decisionTable/d:rule/d:inputEntry/d:text", NS)]
    assert tests == ["not(null, [])", "null, []"]  # a list is empty when it has no value or no elements


def test_what_feel_cannot_hold_is_refused_at_its_cell():
    models, problems = _export(_workbook(
        [{"regel_id": "R1", "besluit": "ja_", "bron": "Vc B1"}],
        derived=[{"naam": "alles", "type": "lijst", "formule": 'samenvoegen(["a"], land)'}],
    ))
    assert [(p.code, p.location.blad, p.location.cel) for p in problems] == [("dmn_niet_exporteerbaar", "Afgeleid", "A2")]
    assert "samenvoegen" in problems[0].message


def test_exporteer_writes_one_model_per_period_and_refuses_what_it_cannot_write(tmp_path):
    data = _workbook([
        {"regel_id": "R1", "besluit": "ja_", "bron": "Vc B1", "geldig_tot": "2023-12-31"},
        {"regel_id": "R1", "besluit": "nee_", "bron": "Vc B1", "geldig_van": "2024-01-01"},
    ])
    workbook = tmp_path / "proef.xlsx"
    workbook.write_bytes(data)
    result = CliRunner().invoke(main, ["exporteer", str(workbook), "-o", str(tmp_path / "proef.dmn")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.glob("*.dmn")) == ["proef.2024-01-01_heden.dmn", "proef.begin_2023-12-31.dmn"]
    bad = tmp_path / "slecht.xlsx"
    bad.write_bytes(_workbook([{"regel_id": "R1", "besluit": "ja_", "bron": "Vc B1"}],
                              derived=[{"naam": "alles", "type": "lijst", "formule": 'samenvoegen(["a"], land)'}]))
    result = CliRunner().invoke(main, ["exporteer", str(bad)])
    assert result.exit_code == 1 and "dmn_niet_exporteerbaar" in result.output
    assert not (tmp_path / "slecht.dmn").exists()


@pytest.mark.parametrize("evaluator", sorted(MATCHERS))
@pytest.mark.parametrize("case", tck_cases())
def test_tck_workbooks_exported_and_imported_again_give_the_tck_results(case, evaluator, tmp_path):
    first = tmp_path / "eerst.xlsx"
    problems, names = import_dmn(TCK_DIR / case / f"{case}.dmn", first)
    assert problems == []
    table, _ = read_workbook(first.read_bytes(), table_id=f"tck/{case}")
    models, export_problems = export_models(table)
    assert export_problems == [] and len(models) == 1
    model = tmp_path / "terug.dmn"
    model.write_bytes(models[0].xml)
    again = tmp_path / "terug.xlsx"
    problems, again_names = import_dmn(model, again)
    assert problems == [], [str(p) for p in problems]
    loaded, diagnostics = load_table(again, table_id=f"tck/{case}", workbook_name=again.name)
    assert loaded is not None, [str(d) for d in diagnostics if d.is_error]
    matcher = make_matcher(evaluator)
    wrong = []
    for test_id, inputs, expected in read_tests(case):
        facts = {names[name]: value for name, value in inputs.items()}
        d = decide(loaded.compiled, facts, matcher=matcher, peildatum=date(2024, 1, 1))
        for decision, want in expected.items():
            got = _actual(d.outputs, want, decision, names)
            if got != want:
                wrong.append((test_id, decision, want, got))
    assert wrong == []
