"""``regelwerk importeer``: writes the workbook and reports check; refuses what it cannot translate."""

from __future__ import annotations

from click.testing import CliRunner

from policy.cli import main
from tests.unit.dmn.tck import TCK_DIR


def test_importeer_writes_a_workbook_that_checks_clean(tmp_path):
    target = tmp_path / "uit.xlsx"
    model = TCK_DIR / "0004-simpletable-U" / "0004-simpletable-U.dmn"
    result = CliRunner().invoke(main, ["importeer", str(model), "--uit", str(target)])
    assert result.exit_code == 0, result.output
    assert target.exists()
    check = CliRunner().invoke(main, ["check", str(target)])
    assert check.exit_code == 0, check.output


def test_importeer_with_tabel_writes_into_the_tables_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REGELWERK_TABLES_DIR", str(tmp_path))
    model = TCK_DIR / "0118-multi-priority-hitpolicy" / "0118-multi-priority-hitpolicy.dmn"
    result = CliRunner().invoke(main, ["importeer", str(model), "--tabel", "tck/prioriteit"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "tck" / "prioriteit.xlsx").exists()


def test_importeer_refuses_an_untranslatable_model_and_names_the_element(tmp_path):
    source = (TCK_DIR / "0004-simpletable-U" / "0004-simpletable-U.dmn").read_text()
    bad = tmp_path / "bad.dmn"
    bad.write_text(source.replace("<text>&gt;=18</text>", "<text>Age * 2 &gt; 30</text>", 1))
    target = tmp_path / "bad.xlsx"
    result = CliRunner().invoke(main, ["importeer", str(bad), "--uit", str(target)])
    assert result.exit_code == 1
    assert "dmn_niet_vertaalbaar" in result.output and "_7f03803d-2636-40ab-8346-7fd7f38ab695" in result.output
    assert not target.exists()


def test_importeer_refuses_unreadable_xml(tmp_path):
    bad = tmp_path / "kapot.dmn"
    bad.write_text("<definitions><decision")
    result = CliRunner().invoke(main, ["importeer", str(bad), "--uit", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 1
    assert "geen leesbaar DMN-model" in result.output
