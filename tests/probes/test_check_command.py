"""Probes: ``regelwerk check`` on the folders officers really have, and the tables directory.

A spreadsheet that Regelwerk does not read (an old ``.xls``, a macro workbook, ``AU_PAIR.XLSX``)
must not be passed over in silence: ``check`` of the folder names it and exits 1, and the
service logs it. Excel's own lock files (``~$…``) are not workbooks and stay unmentioned.
"""

from __future__ import annotations

import json
import logging

import pytest
from click.testing import CliRunner

from policy.cli import main
from tests.factories import build_workbook, sample_workbook, write_workbook
from tests.server.workbooks import write_proef


@pytest.fixture
def folder(tmp_path, monkeypatch):
    root = tmp_path / "decision_tables"
    write_workbook(root / "uitwisseling" / "proef.xlsx", **sample_workbook())
    monkeypatch.setenv("REGELWERK_TABLES_DIR", str(root))
    return root


def _check(*args: str):
    return CliRunner().invoke(main, ["check", *args], catch_exceptions=False)


@pytest.mark.parametrize("name", ["AU_PAIR.XLSX", "au_pair.Xlsx", "oud.xls", "macro.xlsm", "binair.xlsb",
                                  "libre.ods"])
def test_a_spreadsheet_that_is_not_read_is_named_and_fails_the_check(folder, name):
    (folder / "uitwisseling" / name).write_bytes(build_workbook(**sample_workbook()))
    result = _check(str(folder))
    assert result.exit_code == 1, result.output
    assert f"uitwisseling/{name}  onleesbaar_bestand" in result.output
    assert "wordt niet gelezen" in result.output and "proef.xlsx: in orde" in result.output
    report = json.loads(_check("--json", str(folder)).output)
    [entry] = [e for e in report if e["werkboek"] == f"uitwisseling/{name}"]
    assert entry["diagnostics"][0]["code"] == "onleesbaar_bestand"


def test_excel_lock_files_and_other_files_are_not_mentioned(folder):
    (folder / "uitwisseling" / "~$proef.xlsx").write_bytes(b"\x00" * 165)
    (folder / "uitwisseling" / "notities.txt").write_text("zie B2")
    result = _check(str(folder))
    assert result.exit_code == 0, result.output
    assert "~$" not in result.output and "notities" not in result.output


def test_a_named_old_workbook_is_shown_under_its_own_name(folder):
    path = folder / "uitwisseling" / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 oud formaat")
    result = _check(str(path))
    assert result.exit_code == 1
    assert "uitwisseling/oud.xls  onleesbaar_bestand" in result.output  # was shown as oud.xlsx


@pytest.mark.parametrize("edit,code", [
    (lambda s: s["rules"][0].__setitem__("bron", "Vc 2000 B2/2.1; 003:L99999"), "bronregel_onbekend"),
    (lambda s: s["rules"][1].__setitem__("regel_id", "wh-01"), "dubbele_naam"),
    (lambda s: s["metadata"].__setitem__("peildatum", "aanvraag_datum"), "peildatum_ongeldig"),
])
def test_check_names_the_cell_of_each_new_diagnostic(folder, edit, code):
    spec = sample_workbook()
    edit(spec)
    path = write_workbook(folder / "uitwisseling" / "proef.xlsx", **spec)
    result = _check(str(path))
    assert result.exit_code == 1
    [entry] = json.loads(_check("--json", str(path)).output)
    [found] = [d for d in entry["diagnostics"] if d["code"] == code]
    assert found["blad"] and found["cel"], found


def test_the_service_logs_a_spreadsheet_in_the_tables_directory_it_does_not_read(app, tables_dir, caplog):
    write_proef(tables_dir / "extra", 2)
    (tables_dir / "extra" / "uitwisseling" / "proef.xlsx").rename(tables_dir / "AU_PAIR.XLSX")
    with caplog.at_level(logging.WARNING, logger="regelwerk.publicatie"):
        app.extensions["regelwerk"].publisher.scan_directory()
        app.extensions["regelwerk"].publisher.scan_directory()
    said = [r.getMessage() for r in caplog.records if "AU_PAIR.XLSX" in r.getMessage()]
    assert len(said) == 1 and "wordt niet gelezen" in said[0]  # once, not at every scan
