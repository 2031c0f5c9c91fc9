"""`regelwerk impact TABLE NIEUW.xlsx --van D --tot D`: the replay on the command line, in Dutch."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from policy.catalog import load_table
from policy.cli import main
from policy.replay import replay_log
from tests.unit.replay.conftest import TABLE, draft_with_age_limit


@pytest.fixture(scope="module")
def draft_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    draft_with_age_limit(folder)
    return folder / "working_holiday.xlsx"


def _url(store):
    return store.engine.url.render_as_string(hide_password=False)


def test_the_report_as_json_is_the_replays(log, draft_path):
    store, _ = log
    result = CliRunner().invoke(main, ["impact", TABLE, str(draft_path), "--van", "2024-01-01", "--tot", "2024-06-30",
                                       "--database", _url(store), "--engine", "pandas", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    loaded, _diagnostics = load_table(draft_path.read_bytes(), table_id=TABLE, workbook_name="working_holiday.xlsx")
    expected = replay_log(store, TABLE, loaded.compiled, start=date(2024, 1, 1), end=date(2024, 6, 30),
                          engine="pandas").to_dict()
    for key in ("decisions", "changed", "by_outcome", "by_rows", "by_inputs", "against_version", "period"):
        assert body[key] == expected[key], key
    assert body["engine"] == "pandas" and body["changed"] > 0


def test_the_report_in_dutch_reads_the_configured_database(log, draft_path, monkeypatch):
    store, _ = log
    monkeypatch.setenv("REGELWERK_DATABASE_URL", _url(store))
    result = CliRunner().invoke(main, ["impact", TABLE, str(draft_path), "--van", "2024-01-01", "--tot", "2024-12-31"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "beslissingen opnieuw beslist" in out and "krijgen een andere uitkomst" in out
    assert "besluit=afwijzen; gronden=leeftijd; geldigheidsduur_maanden=leeg  →  besluit=inwilligen" in out
    assert "afwijzing › WH-A12" in out and "geboortedatum" in out
    assert "12 maand(en) met dask" in out


def test_bad_dates_and_a_missing_database_are_told_plainly(tmp_path, draft_path):
    runner = CliRunner()
    result = runner.invoke(main, ["impact", TABLE, str(draft_path), "--van", "1 januari", "--tot", "2024-12-31"])
    assert result.exit_code == 2 and "geen datum JJJJ-MM-DD" in result.output
    result = runner.invoke(main, ["impact", TABLE, str(draft_path), "--van", "2024-02-01", "--tot", "2024-01-01"])
    assert result.exit_code == 2 and "ligt voor" in result.output
    missing = tmp_path / "geen.db"
    result = runner.invoke(main, ["impact", TABLE, str(draft_path), "--van", "2024-01-01", "--tot", "2024-12-31",
                                  "--database", f"sqlite:///{missing}"])
    assert result.exit_code == 1 and "bestaat niet" in result.output and not missing.exists()


def test_constructed_boundary_cases_are_shown_apart_and_labelled(log, draft_path):
    from tests.bundled import TABLES_DIR

    store, _ = log
    args = ["impact", TABLE, str(draft_path), "--van", "2024-01-01", "--tot", "2024-12-31", "--database", _url(store),
            "--engine", "pandas", "--gegenereerd", "400", "--tables-dir", str(TABLES_DIR)]
    body = json.loads(CliRunner().invoke(main, [*args, "--json"]).stdout)
    constructed = body["constructed"]
    assert constructed["constructed"] is True and "geen echte besluiten" in constructed["note"]
    assert constructed["cases"] > 0 and constructed["changed"] > 0  # ages 31..35 are among the boundaries
    plain = json.loads(CliRunner().invoke(main, [*args[:-4], "--json"]).stdout)
    assert "constructed" not in plain and (plain["decisions"], plain["changed"]) == (body["decisions"], body["changed"])
    text = CliRunner().invoke(main, args).stdout
    assert text.index("Geconstrueerde grensgevallen") > text.index("krijgen een andere uitkomst")
