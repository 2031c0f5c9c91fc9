"""The officers' console (/beheer) in a real headless Chromium against its own live server:
a broken workbook shows its diagnostics and changes nothing, a new version shows its impact and
is activated only when its examples pass, and an earlier version can be put back.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from tests.bundled import TABLES_DIR
from tests.support.live_server import LiveServer, live_server

TOKEN = "console-test-token"
TABLE = "uitwisseling/au_pair"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    tables = tmp_path_factory.mktemp("beheer") / "decision_tables"
    shutil.copytree(TABLES_DIR, tables)
    with live_server(tables, admin_token=TOKEN, workers=1) as live:
        yield live


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory) -> dict[str, Path]:
    """Variants of the au-pair workbook: a cell error, a rule change its examples refuse, a note."""
    folder = tmp_path_factory.mktemp("werkboeken")
    out = {}
    for name, cell, value in (("kapot", "B4", "> twintig"), ("ouder", "B4", "> 26"),
                              ("toelichting", "I6", "Maximaal 30 uur per week (toelichting herschreven).")):
        wb = openpyxl.load_workbook(TABLES_DIR / f"{TABLE}.xlsx")
        wb["Afwijzing"][cell] = value
        out[name] = folder / f"au_pair_{name}.xlsx"
        wb.save(out[name])
    return out


def open_table(browser, server: LiveServer) -> WebDriverWait:
    browser.get(f"{server.url}/beheer")
    wait = WebDriverWait(browser, 30)
    wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, f'a[data-table="{TABLE}"]'))
    browser.find_element(By.CSS_SELECTOR, f'a[data-table="{TABLE}"]').click()
    wait.until(lambda b: b.find_element(By.ID, "tabel").is_displayed())
    return wait


def upload(browser, wait: WebDriverWait, path: Path, token: str = TOKEN) -> str:
    field = browser.find_element(By.ID, "token")
    field.clear()
    field.send_keys(token)
    browser.find_element(By.ID, "werkboek").send_keys(str(path))
    browser.find_element(By.ID, "klaarzetten").click()
    wait.until(lambda b: b.find_element(By.ID, "melding").text and not b.find_element(By.ID, "melding")
               .text.startswith("Bezig"))
    return browser.find_element(By.ID, "melding").text


def version_rows(browser) -> list[tuple[str, str]]:
    """(version, status) per row, read in one go (the page redraws the table after each action)."""
    rows = browser.execute_script(
        "return [...document.querySelectorAll('#versies tr')].map(r => [r.dataset.version, r.children[5].textContent])")
    return [tuple(r) for r in rows]


def quota_lines(browser) -> dict[str, list[str]]:
    """The quota table by line (``HK/2026``), read in one go (the page redraws it)."""
    rows = browser.execute_script(
        "return [...document.querySelectorAll('#quotumlijst tr')].map(r => [r.dataset.line,"
        " ...[...r.children].map(c => c.textContent)])")
    return {r[0]: r[1:] for r in rows}


def no_console_errors(browser) -> None:
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]
    # the refused requests of these tests (400, 401, 422) are logged by Chromium as failed loads
    assert all(any(f" {status} " in e["message"] for status in (400, 401, 422)) for e in severe), severe


def test_the_console_lists_the_tables_and_the_active_version(browser, server: LiveServer):
    open_table(browser, server)
    assert browser.find_element(By.ID, "tabel-titel").text.startswith(TABLE)
    [(version, status)] = version_rows(browser)
    assert status == "actief" and len(version) == 64
    assert browser.find_element(By.XPATH, f'//a[@data-table="{TABLE}"]/../../td[3]').text == version[:12]


def test_a_workbook_with_errors_shows_them_per_cell_and_changes_nothing(browser, server: LiveServer, workbooks):
    wait = open_table(browser, server)
    before = version_rows(browser)
    refused = upload(browser, wait, workbooks["kapot"], token="verkeerd")
    assert refused.startswith("401") and "niet_geautoriseerd" in refused
    message = upload(browser, wait, workbooks["kapot"])
    assert "fouten" in message and "niets veranderd" in message
    rows = [[td.text for td in r.find_elements(By.TAG_NAME, "td")]
            for r in browser.find_elements(By.CSS_SELECTOR, "#meldinglijst tr")]
    assert [TABLE + ".xlsx › Afwijzing › B4", "ongeldige_waarde"] == rows[0][:2]
    assert "twintig" in rows[0][2]
    assert version_rows(browser) == before
    no_console_errors(browser)


def test_a_new_version_shows_its_impact_and_is_refused_when_its_examples_fail(browser, server: LiveServer, workbooks):
    wait = open_table(browser, server)
    message = upload(browser, wait, workbooks["ouder"])
    assert "klaargezet" in message
    summary = browser.find_element(By.ID, "gevolgen-samenvatting").text
    changed = int(summary.split("; ")[1].split(" ")[0])
    assert changed > 0  # at 26 nobody is refused on age any more
    shifts = [[td.text for td in r.find_elements(By.TAG_NAME, "td")]
              for r in browser.find_elements(By.CSS_SELECTOR, "#verschuivingen tr")]
    assert ["besluit=afwijzen; gronden=leeftijd", "besluit=inwilligen; gronden=leeg"] in [s[:2] for s in shifts]
    browser.find_element(By.ID, "activeren").click()
    wait.until(lambda b: "voorbeelden_mislukt" in b.find_element(By.ID, "melding").text)
    failures = browser.find_element(By.ID, "mislukt-lijst").text
    assert "26e verjaardag" in failures
    statuses = dict(version_rows(browser))
    assert list(statuses.values()).count("actief") == 1 and "klaargezet" in statuses.values()
    no_console_errors(browser)


def test_activating_a_version_and_putting_the_previous_one_back(browser, server: LiveServer, workbooks):
    wait = open_table(browser, server)
    [original] = [v for v, status in version_rows(browser) if status == "actief"]
    upload(browser, wait, workbooks["toelichting"])
    assert "0 krijgen een andere uitkomst" in browser.find_element(By.ID, "gevolgen-samenvatting").text
    browser.find_element(By.ID, "activeren").click()
    wait.until(lambda b: b.find_element(By.ID, "melding").text.endswith("is actief."))
    wait.until(lambda b: dict(version_rows(b)).get(original) == "eerder actief")
    new = next(v for v, status in version_rows(browser) if status == "actief")
    assert new != original
    row = browser.find_element(By.CSS_SELECTOR, f'#versies tr[data-version="{original}"]')
    button = row.find_element(By.CSS_SELECTOR, "button.activeer")
    assert button.text == "Terugzetten"
    button.click()
    wait.until(lambda b: dict(version_rows(b)).get(original) == "actief")
    assert dict(version_rows(browser))[new] == "eerder actief"
    no_console_errors(browser)


def test_quota_counts_are_shown_and_corrected_with_a_reason(browser, server: LiveServer):
    browser.get(f"{server.url}/beheer")
    wait = WebDriverWait(browser, 30)
    wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, 'a[data-table="uitwisseling/working_holiday"]'))
    browser.find_element(By.CSS_SELECTOR, 'a[data-table="uitwisseling/working_holiday"]').click()
    wait.until(lambda b: b.find_element(By.ID, "quotum").is_displayed()
               and b.find_elements(By.CSS_SELECTOR, "#quotumlijst tr"))
    year = browser.find_element(By.ID, "q-jaar").get_attribute("value")
    wait.until(lambda b: len(quota_lines(b)) >= 6)
    lines = quota_lines(browser)
    assert {f"{k}/{year}" for k in ("AR", "HK", "JP", "KR", "TW", "UY")} <= set(lines)
    assert lines[f"JP/{year}"] == ["JP", year, "200", "0", "200"]  # the maximum in force, before any count
    token = browser.find_element(By.ID, "token")
    token.clear()
    token.send_keys(TOKEN)
    Select(browser.find_element(By.ID, "q-sleutel")).select_by_value("HK")
    browser.find_element(By.ID, "q-stand").send_keys("40")
    browser.find_element(By.ID, "q-corrigeren").click()  # no reason: refused, nothing changes
    wait.until(lambda b: "reason" in b.find_element(By.ID, "melding").text)
    assert browser.find_element(By.ID, "melding").text.startswith("400")
    assert browser.find_element(By.ID, "q-stand").get_attribute("value") == "40"  # kept for the next try
    browser.find_element(By.ID, "q-reden").send_keys("Verleend vóór de invoering van Regelwerk")
    browser.find_element(By.ID, "q-corrigeren").click()
    wait.until(lambda b: b.find_element(By.ID, "melding").text.endswith("is nu 40 van 100."))
    wait.until(lambda b: quota_lines(b).get(f"HK/{year}") == ["HK", year, "100", "40", "60"])
    no_console_errors(browser)
