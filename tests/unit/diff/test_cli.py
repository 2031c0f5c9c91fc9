"""``regelwerk verschil OUD NIEUW``: Dutch text or JSON, exit 0 whether or not they differ, 2 on bad input."""

from __future__ import annotations

import json

from click.testing import CliRunner

from policy.cli import main
from tests.bundled import TABLES_DIR
from tests.factories import sample_workbook, write_workbook


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def two(tmp_path):
    spec = sample_workbook()
    old = write_workbook(tmp_path / "oud.xlsx", **spec)
    spec["rules"][0]["leeftijd"] = "niet [18..31]"
    del spec["rules"][1]
    return old, write_workbook(tmp_path / "nieuw.xlsx", **spec)


def test_identical_workbooks_exit_0_and_say_so(tmp_path):
    old, _ = two(tmp_path)
    result = run("verschil", str(old), str(old))
    assert result.exit_code == 0
    assert "Geen verschil in betekenis" in result.output


def test_differences_are_listed_in_dutch_with_cells(tmp_path):
    old, new = two(tmp_path)
    result = run("verschil", str(old), str(new))
    assert result.exit_code == 0
    lines = [line.rstrip() for line in result.output.splitlines()]
    assert "Tabel hoofd, blad Regels" in lines
    assert "  gewijzigd  WH-01  (rij 2)" in lines
    assert "      leeftijd: 'niet [18..30]' → 'niet [18..31]'   C2 → C2" in lines
    assert "  vervallen  WH-02  (rij 3)" in lines
    assert lines[-1] == ("Samenvatting: 2 rij(en) verschillen op 1 blad(en); regels: 0 nieuw, 1 gewijzigd, "
                         "1 vervallen, 0 verplaatst.")


def test_json_output_is_the_diff(tmp_path):
    old, new = two(tmp_path)
    result = run("verschil", str(old), str(new), "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["summary"]["rules"]["changed"] == [{"table": "hoofd", "regel_id": "WH-01"}]
    assert data["summary"]["rules"]["removed"] == [{"table": "hoofd", "regel_id": "WH-02"}]


def test_table_ids_are_found_in_the_tables_folder():
    result = run("verschil", "uitwisseling/au_pair", "uitwisseling/au_pair", "--tables-dir", str(TABLES_DIR))
    assert result.exit_code == 0 and "Geen verschil" in result.output


def test_usage_errors_exit_2_in_dutch(tmp_path):
    old, _ = two(tmp_path)
    result = run("verschil", str(old))
    assert result.exit_code == 2
    assert "Gebruik: regelwerk verschil OUD.xlsx NIEUW.xlsx" in result.output
    missing = run("verschil", str(old), str(tmp_path / "weg.xlsx"))
    assert missing.exit_code == 2
    assert f"Fout: werkboek '{tmp_path / 'weg.xlsx'}' bestaat niet" in missing.output


def test_an_unreadable_workbook_exits_2_with_its_diagnostics(tmp_path):
    old, _ = two(tmp_path)
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"geen werkboek")
    result = run("verschil", str(bad), str(old))
    assert result.exit_code == 2
    assert "onleesbaar_bestand" in result.output
    assert "kan niet worden gelezen" in result.output
