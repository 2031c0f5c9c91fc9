"""The ``regelwerk`` command line: check, compile, decide, test and nieuw, with their exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy.cli import main
from tests.bundled import TABLES_DIR
from tests.factories import fill_in_template, sample_workbook, write_workbook

AU_PAIR = {"geboortedatum": "1999-02-28", "aanvraagdatum": "2025-02-28", "via_erkend_au_pairbureau": True,
           "uren_per_week": 30}


@pytest.fixture
def tables(tmp_path, monkeypatch):
    """A copy of the bundled tables as the default folder (REGELWERK_TABLES_DIR)."""
    root = tmp_path / "decision_tables"
    shutil.copytree(TABLES_DIR, root)
    monkeypatch.setenv("REGELWERK_TABLES_DIR", str(root))
    return root


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def broken_workbook(root: Path) -> Path:
    spec = sample_workbook()
    spec["rules"][1]["bron"] = None  # rij 3
    spec["rules"][2]["besluit"] = "inwiligen"  # rij 4: not an allowed value
    return write_workbook(root / "test" / "kapot.xlsx", **spec)


def test_check_passes_the_bundled_tables_and_says_so(tables):
    result = run("check")
    assert result.exit_code == 0, result.output
    for table_id in ("uitwisseling/working_holiday", "uitwisseling/au_pair", "medisch/medische_behandeling",
                     "inburgering/hardheidsclausule", "inburgering/verblijfsvoorwaarden",
                     "inburgering/inburgeringsvereiste"):
        assert f"{table_id}.xlsx: in orde (0 fout(en)" in result.output


def test_check_reports_every_mistake_at_its_cell_and_exits_1(tables):
    path = broken_workbook(tables)
    result = run("check", str(path))
    assert result.exit_code == 1
    assert "test/kapot.xlsx › Regels › " in result.output
    assert "bron_ontbreekt" in result.output and "onbekende_waarde" in result.output
    report = json.loads(run("check", "--json", str(path)).output)
    [entry] = report
    assert entry["table_id"] == "test/kapot"
    assert {d["code"] for d in entry["diagnostics"] if d["severity"] == "fout"} == {"bron_ontbreekt",
                                                                                    "onbekende_waarde"}
    assert all(d["cel"] for d in entry["diagnostics"] if d["severity"] == "fout")


def test_check_of_a_path_that_does_not_exist_is_a_usage_error(tables):
    result = run("check", str(tables / "nergens"))
    assert result.exit_code == 2 and "bestaat niet" in result.output


def test_compile_writes_the_compiled_form_per_table(tables, tmp_path):
    out = tmp_path / "build"
    result = run("compile", str(tables / "uitwisseling"), "--out", str(out))
    assert result.exit_code == 0, result.output
    compiled = json.loads((out / "uitwisseling" / "au_pair.json").read_text(encoding="utf-8"))
    assert compiled["table_id"] == "uitwisseling/au_pair" and len(compiled["version"]) == 64
    assert (out / "uitwisseling" / "working_holiday.json").exists()
    broken = run("compile", str(broken_workbook(tables)), "--out", str(out))
    assert broken.exit_code == 1 and "bron_ontbreekt" in broken.output


@pytest.mark.parametrize("engine", ["durable", "reference"])
def test_decide_prints_the_decision_as_json(tables, engine):
    result = run("decide", "uitwisseling/au_pair", "--facts", json.dumps(AU_PAIR), "--engine", engine)
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["outputs"] == {"besluit": "afwijzen", "gronden": ["leeftijd"]}
    assert [m["regel_id"] for m in body["matched_rows"]] == ["AP-A03", "AP-01"]
    assert body["peildatum"] == "2025-02-28" and "trace" not in body


def test_decide_reads_facts_from_a_file_and_takes_peildatum_and_explain(tables, tmp_path):
    facts = tmp_path / "feiten.json"
    facts.write_text(json.dumps(AU_PAIR), encoding="utf-8")
    # on 2022-09-30 the older limit (at most 30) applies: 26 is not too old
    result = run("decide", "uitwisseling/au_pair", "--facts", f"@{facts}", "--peildatum", "2022-09-30", "--explain")
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["peildatum"] == "2022-09-30" and body["outputs"]["besluit"] == "inwilligen"
    assert any(step["step"] == "rule" and step["regel_id"] == "AP-A02" for step in body["trace"])


def test_decide_with_a_workbook_path_instead_of_a_table_id(tables):
    path = tables / "uitwisseling" / "au_pair.xlsx"
    result = run("decide", str(path), "--facts", json.dumps(AU_PAIR))
    assert result.exit_code == 0 and json.loads(result.output)["table_id"] == "uitwisseling/au_pair"


@pytest.mark.parametrize("args, code, needle", [
    (["--facts", '{"geboortedatum": '], 2, "geen geldige JSON"),
    (["--facts", "@/bestaat/niet.json"], 2, "kan /bestaat/niet.json niet lezen"),
    (["--facts", "{}", "--peildatum", "2024-13-01"], 2, "ongeldige_peildatum"),
])
def test_decide_refuses_bad_arguments_with_a_message_not_a_traceback(tables, args, code, needle):
    result = CliRunner().invoke(main, ["decide", "uitwisseling/au_pair", *args])
    assert result.exit_code == code and needle in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_decide_names_every_invalid_fact_and_an_unknown_table(tables):
    result = run("decide", "uitwisseling/au_pair", "--facts", json.dumps({**AU_PAIR, "uren_per_week": "30",
                                                                         "onbekend": 1}))
    assert result.exit_code == 2
    body = json.loads(result.output)
    assert body["error"] == "ongeldige_feiten" and set(body["errors"]) == {"uren_per_week", "onbekend"}
    unknown = run("decide", "uitwisseling/onbekend", "--facts", "{}")
    assert unknown.exit_code == 2 and json.loads(unknown.output)["error"] == "onbekende_tabel"


def test_decide_on_a_date_without_rules_in_force_is_a_clear_error(tables):
    spec = sample_workbook()
    for rule in spec["rules"]:
        rule["geldig_van"] = date(2020, 1, 1)
    path = write_workbook(tables / "test" / "vanaf_2020.xlsx", **spec)
    facts = {"nationaliteit": "AU", "geboortedatum": "2000-01-01", "aanvraagdatum": "2019-06-01"}
    result = run("decide", str(path), "--facts", json.dumps(facts))
    assert result.exit_code == 2 and json.loads(result.output)["error"] == "geen_regels_van_kracht"


@pytest.mark.parametrize("engine", ["durable", "reference"])
def test_test_runs_every_example_of_the_bundled_tables(tables, engine):
    result = run("test", "--engine", engine)
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output and "uitwisseling/au_pair.xlsx:" in result.output


def test_test_fails_on_an_example_the_rules_do_not_give(tables):
    spec = sample_workbook()
    spec["examples"][0]["besluit"] = "afwijzen" if spec["examples"][0]["besluit"] == "inwilligen" else "inwilligen"
    path = write_workbook(tables / "test" / "fout_voorbeeld.xlsx", **spec)
    result = run("test", str(path))
    assert result.exit_code == 1 and "1 failed" in result.output
    assert "test/fout_voorbeeld.xlsx › Voorbeelden › G2  voorbeeld_klopt_niet" in result.output
    assert "Voorbeeld 'te jong' (rij 2): besluit verwacht 'inwilligen', uitkomst 'afwijzen' (regel WH-01 gaf " \
           "'afwijzen')" in result.output


def test_check_runs_the_examples_and_reports_a_failing_one_at_its_cell(tables):
    spec = sample_workbook()
    spec["examples"][0]["besluit"] = "inwilligen"
    path = write_workbook(tables / "test" / "fout_voorbeeld.xlsx", **spec)
    result = run("check", str(path))
    assert result.exit_code == 1
    assert "test/fout_voorbeeld.xlsx › Voorbeelden › G2  voorbeeld_klopt_niet" in result.output
    assert "besluit verwacht 'inwilligen', uitkomst 'afwijzen' (regel WH-01 gaf 'afwijzen')" in result.output
    [entry] = json.loads(run("check", "--json", str(path)).output)
    assert [(d["code"], d["severity"], d["cel"]) for d in entry["diagnostics"] if d["severity"] == "fout"] == [
        ("voorbeeld_klopt_niet", "fout", "G2")]


def test_check_says_the_examples_wait_while_the_workbook_has_errors(tables):
    result = run("check", str(broken_workbook(tables)))
    assert result.exit_code == 1 and "voorbeelden niet doorgerekend" in result.output


def test_nieuw_writes_a_template_that_fails_check_until_it_is_filled_in(tables):
    result = run("nieuw", "proef/mijn_tabel")
    assert result.exit_code == 0, result.output
    path = tables / "proef" / "mijn_tabel.xlsx"
    assert path.exists() and "Vul de eigenaar in" in result.output
    untouched = run("check", str(path))
    assert untouched.exit_code == 1
    assert "proef/mijn_tabel.xlsx › Metadata › B3  ontbrekende_eigenschap" in untouched.output
    assert "proef/mijn_tabel.xlsx › Regels › D2  sjabloon_niet_ingevuld" in untouched.output
    fill_in_template(path)
    assert run("check", str(path)).exit_code == 0
    assert run("test", str(path)).exit_code == 0
    again = run("nieuw", "proef/mijn_tabel")
    assert again.exit_code == 1 and "bestaat al" in again.output
    assert run("nieuw", "proef/mijn_tabel", "--force").exit_code == 0
    bad = CliRunner().invoke(main, ["nieuw", "Geen-Goede-Naam"])
    assert bad.exit_code == 2 and "<gebied>/<tabel>" in bad.output


def test_vergelijk_refuses_a_cases_file_it_cannot_read(tables, tmp_path):
    bad = tmp_path / "gevallen.json"
    bad.write_text("[{", encoding="utf-8")
    path = tables / "uitwisseling" / "au_pair.xlsx"
    for given in (str(bad), str(tmp_path / "nergens.json")):
        result = CliRunner().invoke(main, ["vergelijk", "uitwisseling/au_pair", str(path), "--gevallen", given])
        assert result.exit_code == 2 and "kan " in result.output and "niet lezen" in result.output


def test_the_server_adds_serve_and_python_m_policy_is_the_same_command(tables):
    listing = run("--help")
    assert all(name in listing.output for name in ("check", "compile", "decide", "test", "nieuw", "vergelijk",
                                                    "serve"))
    module = subprocess.run([sys.executable, "-m", "policy", "check", str(tables / "uitwisseling" / "au_pair.xlsx")],
                            capture_output=True, text=True, timeout=120)
    assert module.returncode == 0 and "in orde" in module.stdout


def test_opmaak_formats_a_folder_in_place_and_it_still_checks_and_tests_clean(tables):
    before = {p: p.read_bytes() for p in tables.rglob("*.xlsx")}
    result = run("opmaak", str(tables))
    assert result.exit_code == 0, result.output
    assert result.output.count(": opgemaakt") == len(before)
    assert all(p.read_bytes() != data for p, data in before.items())
    assert sorted(tables.rglob("*")) == sorted({*before, *(p.parent for p in before)})  # nothing else written
    assert run("check").exit_code == 0
    assert run("test").exit_code == 0


def test_opmaak_needs_a_path_and_leaves_a_broken_workbook_readable_the_same(tmp_path):
    assert run("opmaak").exit_code == 2
    path = broken_workbook(tmp_path)
    checked = run("check", str(path), "--json")
    result = run("opmaak", str(path))
    assert result.exit_code == 0, result.output
    assert run("check", str(path), "--json").output == checked.output
