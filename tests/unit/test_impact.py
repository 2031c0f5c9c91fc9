"""`regelwerk vergelijk` shows what a new workbook version would change, case by case."""

import json

import openpyxl
from click.testing import CliRunner

from policy.cli import main
from policy.impact import compare_versions, generate_cases
from tests.bundled import TABLES_DIR, bundled


def raised_age_limit(tmp_path):
    """The au-pair workbook with the post-2022 age limit moved from 25 to 27."""
    wb = openpyxl.load_workbook(TABLES_DIR / "uitwisseling" / "au_pair.xlsx")
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value == "> 25"]
    assert len(cells) == 1
    cells[0].value = "> 27"
    path = tmp_path / "au_pair.xlsx"
    wb.save(path)
    return path


def test_identical_versions_change_nothing():
    compiled = bundled("uitwisseling/au_pair").compiled
    report = compare_versions(compiled, compiled, generate_cases(compiled.data, 500))
    assert (report.cases, report.changed, report.examples) == (500, 0, [])


def test_raising_the_age_limit_grants_26_and_27_year_olds_only(tmp_path):
    result = CliRunner().invoke(main, ["vergelijk", "uitwisseling/au_pair", str(raised_age_limit(tmp_path)),
                                       "--aantal", "3000", "--json", "--tables-dir", str(TABLES_DIR)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["changed"] > 0
    for diff in report["examples"]:
        born, applied = diff["facts"]["geboortedatum"], diff["facts"]["aanvraagdatum"]
        age = int(applied[:4]) - int(born[:4]) - ((applied[5:]) < (born[5:]))
        assert age in (26, 27) and applied >= "2022-10-01", diff
        assert "leeftijd" in diff["old"]["outputs"]["gronden"]
        assert "leeftijd" not in diff["new"]["outputs"]["gronden"]


def test_generated_cases_are_distinct_so_counts_and_examples_are_not_repeats():
    compiled = bundled("uitwisseling/au_pair").compiled  # four inputs: few distinct cases
    cases = generate_cases(compiled.data, 2000)
    keys = [json.dumps(c, sort_keys=True, default=str) for c in cases]
    assert len(keys) == len(set(keys)) and 0 < len(cases) <= 2000


def test_a_case_given_twice_is_compared_and_counted_once():
    compiled = bundled("uitwisseling/au_pair").compiled
    case = {"geboortedatum": "1998-05-01", "aanvraagdatum": "2024-05-01", "via_erkend_au_pairbureau": True,
            "uren_per_week": 30}
    report = compare_versions(compiled, compiled, [case, dict(case), case])
    assert report.cases == 1


def test_vergelijk_speaks_dutch_naming_sheet_row_and_rule(tmp_path):
    result = CliRunner().invoke(main, ["vergelijk", "uitwisseling/au_pair", str(raised_age_limit(tmp_path)),
                                       "--aantal", "3000", "--tables-dir", str(TABLES_DIR)])
    assert result.exit_code == 0, result.output
    assert "volgens regel AP-A03 (blad Afwijzing, rij 4), regel AP-01 (blad Besluit, rij 2)" in result.output
    assert "volgens regel AP-02 (blad Besluit, rij 3)" in result.output
    assert "via_erkend_au_pairbureau=ja" in result.output
    assert "true" not in result.output and "None" not in result.output and "null" not in result.output


def test_an_output_without_value_gave_no_outcome_and_a_failure_names_its_code():
    from policy.impact import describe_outcome

    outcome = {"outputs": {"besluit": None, "gronden": []},
               "rijen": [{"regel_id": "WH-04", "blad": "Besluit", "rij": 5}]}
    assert describe_outcome(outcome) == "besluit gaf geen uitkomst; gronden=leeg; volgens regel WH-04 (blad Besluit, rij 5)"
    assert describe_outcome({"outputs": {"besluit": True}, "rijen": []}) == "besluit=ja; geen regel gold"
    assert describe_outcome({"fout": "rekenfout", "melding": "De formule deelt door nul."}) == (
        "geen besluit, fout rekenfout: De formule deelt door nul.")
