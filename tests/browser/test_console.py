"""The officers' console (/beheer) in a real headless Chromium against its own live server, with
people made by the real CLI: an opsteller (anna), a beoordelaar (bram) and the bootstrap
beheerder (the ADMIN_TOKEN, "beheer-token").

A broken workbook shows its diagnostics per cell and changes nothing; a workbook for another
interface is refused with its differences; a proposal whose examples fail is refused; anna
proposes, sees no approve button and is refused when she forces one, bram approves and the
version is live; a date of effect schedules an approval; the audit view names both; a rollback
needs a confirmation and a reason; the tables directory's state is shown per table.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.console import Console
from tests.bundled import TABLES_DIR
from tests.server.live_people import add_user
from tests.server.workbooks import AACHEN, AACHEN_FACTS
from tests.support.live_server import LiveServer, live_server

TOKEN = "console-test-token"
TABLE = "uitwisseling/au_pair"


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("beheer") / "decision_tables"
    shutil.copytree(TABLES_DIR, folder)
    return folder


@pytest.fixture(scope="module")
def server(tables: Path) -> Iterator[LiveServer]:
    with live_server(tables, admin_token=TOKEN, workers=1, env={"REGELWERK_WATCH_INTERVAL": "0.5"}) as live:
        yield live


@pytest.fixture(scope="module")
def people(server: LiveServer) -> dict[str, str]:
    """Personal tokens by name, made with ``regelwerk gebruiker toevoegen`` on the server's database."""
    return {"anna": add_user(server.database_url, "anna", "opsteller"),
            "bram": add_user(server.database_url, "bram", "beoordelaar"),
            "beheer": TOKEN}


def _variant(folder: Path, name: str, changes: dict[tuple[str, str], str]) -> Path:
    wb = openpyxl.load_workbook(TABLES_DIR / f"{TABLE}.xlsx")
    for (sheet, ref), value in changes.items():
        wb[sheet][ref] = value
    path = folder / f"au_pair_{name}.xlsx"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory) -> dict[str, Path]:
    """Variants of the au-pair workbook: a cell error, a rule its examples refuse, two notes, a new title."""
    folder = tmp_path_factory.mktemp("werkboeken")
    return {
        "kapot": _variant(folder, "kapot", {("Afwijzing", "B4"): "> twintig"}),
        "ouder": _variant(folder, "ouder", {("Afwijzing", "B4"): "> 26"}),
        "toelichting": _variant(folder, "toelichting",
                                {("Afwijzing", "I6"): "Maximaal 30 uur per week (toelichting herschreven)."}),
        "later": _variant(folder, "later", {("Afwijzing", "I5"): "Alleen via een erkend referent (herschreven)."}),
        "titel": _variant(folder, "titel", {("Metadata", "B2"): "Au pair (nieuwe titel)"}),
    }


@pytest.fixture()
def console(browser, server: LiveServer) -> Console:
    return Console(browser, server.url)


def no_console_errors(browser) -> None:
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]
    # the refused requests of these tests (400, 401, 403, 422) are logged by Chromium as failed loads
    assert all(any(f" {status} " in e["message"] for status in (400, 401, 403, 422)) for e in severe), severe


def test_logging_in_shows_who_it_is_and_only_their_buttons(console: Console, people):
    console.open()
    assert not console.shown("klaarzetten-blok") and not console.shown("audit")
    refused = console.login("geen-echt-token")
    assert "onbekend of ingetrokken" in refused and not console.shown("aangemeld")
    console.login(people["anna"])
    assert console.text("wie") == "Aangemeld als anna (opsteller)"
    assert "werkboeken klaarzetten" in console.text("rechten") and "goedkeuren" not in console.text("rechten")
    # the token stays in this tab only
    assert console.browser.execute_script("return sessionStorage.getItem('regelwerk-beheer')") == people["anna"]
    assert console.browser.execute_script("return localStorage.length") == 0
    console.open_table(TABLE)
    assert console.shown("klaarzetten-blok") and not console.shown("audit")
    [(version, state)] = console.version_rows()
    assert state == "actief" and len(version) == 64
    row = console.table_row(TABLE)
    assert row["actief"] == version[:12]
    assert row["wacht"] == "—"
    assert row["map"] == "uitwisseling/au_pair.xlsx: gelijk aan de actieve versie"
    console.click("afmelden")
    assert console.shown("aanmeldformulier") and not console.shown("klaarzetten-blok")
    assert console.browser.execute_script("return sessionStorage.getItem('regelwerk-beheer')") is None
    no_console_errors(console.browser)


def test_a_workbook_with_errors_shows_them_per_cell_and_changes_nothing(console: Console, people, workbooks):
    console.open(people["anna"])
    console.open_table(TABLE)
    before = console.version_rows()
    message = console.upload(workbooks["kapot"])
    assert "fouten" in message and "niets veranderd" in message
    rows = console.rows("meldinglijst")
    assert [TABLE + ".xlsx › Afwijzing › B4", "ongeldige_waarde", "fout"] == rows[0][:3]
    assert "twintig" in rows[0][3]
    assert console.version_rows() == before
    no_console_errors(console.browser)


def test_a_workbook_for_another_interface_is_refused_with_its_differences(console: Console, people, workbooks):
    console.open(people["anna"])
    console.open_table(TABLE)
    before = console.version_rows()
    message = console.upload(workbooks["titel"])
    assert message == f"Dit werkboek hoort niet bij {TABLE}; er is niets veranderd."
    assert console.text("verschillenlijst") == "De titel verandert van 'Au pair' in 'Au pair (nieuwe titel)'."
    assert console.version_rows() == before
    message = console.upload(workbooks["titel"], interface_change=True)
    assert "is klaargezet (met een andere invoer, uitvoer of titel)" in message
    console.wait.until(lambda b: console.detail_state() == "klaargezet")
    assert "De invoer, uitvoer of titel verandert met deze versie." in console.text("versie-gegevens")
    no_console_errors(console.browser)


def test_a_proposal_whose_examples_fail_is_refused_and_shows_them(console: Console, people, workbooks):
    console.open(people["anna"])
    console.open_table(TABLE)
    message = console.upload(workbooks["ouder"])
    assert "klaargezet" in message
    summary = console.text("gevolgen-samenvatting")
    assert int(summary.split("; ")[1].split(" ")[0]) > 0  # at 26 nobody is refused on age any more
    shifts = [s[:2] for s in console.rows("verschuivingen")]
    assert ["besluit=afwijzen; gronden=leeftijd", "besluit=inwilligen; gronden=leeg"] in shifts
    example = console.rows("voorbeeldgevallen")[0]
    assert "geboortedatum: " in example[0] and example[1].startswith("besluit: ")
    console.wait.until(lambda b: console.detail_state() == "klaargezet")
    console.take("voorstellen", "Leeftijdsgrens naar 26")
    assert "voorbeelden_mislukt" in console.text("melding")
    assert "26e verjaardag" in console.text("mislukt-lijst")
    assert console.detail_state() == "klaargezet"
    assert list(dict(console.version_rows()).values()).count("actief") == 1
    no_console_errors(console.browser)


def test_two_people_publish_a_version(console: Console, people, workbooks):
    console.open(people["anna"])
    console.open_table(TABLE)
    [original] = [v for v, state in console.version_rows() if state == "actief"]
    console.upload(workbooks["toelichting"])
    assert "0 krijgen een andere uitkomst" in console.text("gevolgen-samenvatting")
    console.wait.until(lambda b: console.detail_state() == "klaargezet")
    new = console.browser.find_element(By.ID, "versie").get_attribute("data-version")
    assert console.shown("voorstellen") and not console.shown("goedkeuren") and not console.shown("terugzetten")
    console.click("voorstellen")  # no reason: not sent
    assert console.text("melding") == "Vul een reden in; die wordt vastgelegd."
    assert console.detail_state() == "klaargezet"
    console.take("voorstellen", "Toelichting bij de urengrens verduidelijkt")
    assert console.text("melding") == f"Versie {new[:12]} is voorgesteld; een ander moet haar nu goedkeuren."
    console.wait.until(lambda b: console.detail_state() == "voorgesteld")
    assert console.text("versie-gegevens").count("anna (opsteller)") == 2  # staged and proposed by her
    assert "Toelichting bij de urengrens verduidelijkt" in console.text("versie-gegevens")
    waiting = console.table_row(TABLE)["wacht"]
    assert waiting.startswith(f"{new[:12]}: voorgesteld door anna op ")
    assert "(Toelichting bij de urengrens verduidelijkt)" in waiting and "direct na goedkeuring" in waiting
    # anna is offered no approval; forcing the hidden button, the server refuses in Dutch
    assert not console.shown("goedkeuren") and console.text("afwijzen") == "Voorstel intrekken"
    assert "U stelde deze versie zelf voor" in console.text("acties-uitleg")
    console.browser.execute_script("document.getElementById('goedkeuren').hidden = false")
    console.take("goedkeuren", "Zelf goedgekeurd")
    assert console.text("melding").startswith("Geen recht: anna (opsteller) mag niet een voorstel goedkeuren")
    assert console.detail_state() == "voorgesteld"

    console.open(people["bram"])
    assert console.text("wie") == "Aangemeld als bram (beoordelaar)"
    console.open_table(TABLE)
    assert not console.shown("klaarzetten-blok")  # a beoordelaar does not stage
    console.open_version(new)
    assert console.shown("goedkeuren") and console.shown("afwijzen") and not console.shown("voorstellen")
    console.take("goedkeuren", "Akkoord, alleen de toelichting verandert")
    assert console.text("melding") == f"Versie {new[:12]} is goedgekeurd en nu actief."
    console.wait.until(lambda b: console.table_row(TABLE)["actief"] == new[:12])
    console.wait.until(lambda b: dict(console.version_rows()).get(new) == "actief")
    assert dict(console.version_rows())[original] == "eerder actief"
    assert console.table_row(TABLE)["wacht"] == "—"
    console.wait.until(lambda b: console.detail_state() == "actief")
    assert "bram (beoordelaar)" in console.text("versie-gegevens")
    steps = [r[1:4] for r in console.rows("geschiedenis")]
    assert ["anna", "opsteller", "voorgesteld"] in steps and ["bram", "beoordelaar", "goedgekeurd"] in steps
    assert ["bram", "beoordelaar", "actief geworden"] in steps
    console.open_version(original)  # a beoordelaar may not roll back
    assert not console.shown("terugzetten")
    no_console_errors(console.browser)


def test_a_date_of_effect_schedules_the_approval_and_the_proposer_may_not_approve(console: Console, people,
                                                                                 workbooks):
    console.open(people["beheer"])  # a beheerder may approve, but not her own proposal
    console.open_table(TABLE)
    console.upload(workbooks["later"])
    console.wait.until(lambda b: console.detail_state() == "klaargezet")
    version = console.browser.find_element(By.ID, "versie").get_attribute("data-version")
    console.browser.execute_script("document.getElementById('ingangsdatum').value = '2099-01-01'")
    console.take("voorstellen", "Gaat pas in 2099 in")
    assert console.text("melding").endswith("met ingangsdatum 1 januari 2099; een ander moet haar nu goedkeuren.")
    console.wait.until(lambda b: console.detail_state() == "voorgesteld")
    assert not console.shown("goedkeuren")
    console.browser.execute_script("document.getElementById('goedkeuren').hidden = false")
    console.take("goedkeuren", "Zelf goedgekeurd")
    assert console.text("melding").startswith("Eigen voorstel: beheer-token stelde deze versie zelf voor")

    console.open(people["bram"])
    console.open_table(TABLE)
    console.open_version(version)
    console.take("goedkeuren", "Akkoord per 2099")
    assert console.text("melding") == f"Versie {version[:12]} is goedgekeurd en wordt actief op 1 januari 2099."
    console.wait.until(lambda b: "gaat in op 1 januari 2099" in console.table_row(TABLE)["wacht"])
    assert "goedgekeurd door bram" in console.table_row(TABLE)["wacht"]
    console.wait.until(lambda b: console.detail_state() == "goedgekeurd")
    assert dict(console.version_rows())[version] == "goedgekeurd, gepland"
    assert console.text("afwijzen") == "Planning intrekken (afwijzen)"
    console.take("afwijzen", "Toch niet")
    assert console.text("melding") == f"Versie {version[:12]} is afgewezen; ze wordt niet actief."
    console.wait.until(lambda b: console.table_row(TABLE)["wacht"] == "—")
    no_console_errors(console.browser)


def test_the_audit_view_names_both_people(console: Console, people):
    console.open(people["beheer"])
    assert console.shown("audit")
    console.wait.until(lambda b: console.rows("auditlijst"))
    events = [(r[1], r[3], r[4]) for r in console.rows("auditlijst")]
    assert ("anna", "voorgesteld", TABLE) in events
    assert ("bram", "goedgekeurd", TABLE) in events
    assert "gebruiker toegevoegd: bram" in [e[1] for e in events]
    reasons = {r[6] for r in console.rows("auditlijst")}
    assert {"Toelichting bij de urengrens verduidelijkt", "Akkoord, alleen de toelichting verandert"} <= reasons


def test_a_rollback_needs_a_confirmation_and_a_reason(console: Console, people):
    console.open(people["beheer"])
    console.open_table(TABLE)
    [active] = [v for v, state in console.version_rows() if state == "actief"]
    [earlier] = [v for v, state in console.version_rows() if state == "eerder actief"]
    console.open_version(earlier)
    console.click("terugzetten")
    dialog = console.browser.find_element(By.ID, "bevestiging")
    console.wait.until(lambda b: dialog.is_displayed())
    assert f"in plaats van versie {active[:12]}" in console.text("bevestig-tekst")
    console.click("bevestig-nee")
    assert not dialog.is_displayed() and console.text("melding") == "Terugzetten geannuleerd; er is niets veranderd."
    assert dict(console.version_rows())[active] == "actief"
    console.click("terugzetten")
    console.click("bevestig-ja")  # no reason: the dialog stays
    assert dialog.is_displayed() and console.text("bevestig-melding") == "Vul een reden in; die wordt vastgelegd."
    console.browser.find_element(By.ID, "bevestig-reden").send_keys("Storing na de nieuwe toelichting")
    console.click("bevestig-ja")
    console.wait.until(lambda b: console.text("melding").endswith("is teruggezet en nu actief."))
    console.wait.until(lambda b: dict(console.version_rows()).get(earlier) == "actief")
    assert dict(console.version_rows())[active] == "eerder actief"
    console.wait.until(lambda b: any(r[1] == "beheer-token" and r[3] == "teruggezet (noodingreep)"
                                     and r[6] == "Storing na de nieuwe toelichting" for r in console.rows("auditlijst")))
    no_console_errors(console.browser)


def test_a_changed_file_in_the_tables_directory_waits_for_review(console: Console, people, tables: Path):
    table = "inburgering/hardheidsclausule"
    console.open(people["bram"])
    console.wait.until(lambda b: console.table_row(table)["map"].endswith("gelijk aan de actieve versie"))
    wb = openpyxl.load_workbook(tables / f"{table}.xlsx")
    sheet = wb["Metadata"]
    row = next(r for r in sheet.iter_rows() if r[0].value == "omschrijving")
    row[1].value = f"{row[1].value} (herschreven in de map)"
    wb.save(tables / f"{table}.xlsx")

    def proposed(b) -> bool:
        console.click("vernieuwen")
        return "voorgesteld door tabellenmap" in console.table_row(table)["wacht"]

    WebDriverWait(console.browser, 30, poll_frequency=1).until(proposed)
    shown = console.table_row(table)
    assert "wijkt af van de actieve versie" in shown["map"] and shown["map"].endswith("voorgesteld, wacht op beoordeling)")
    assert "Nieuw of gewijzigd bestand inburgering/hardheidsclausule.xlsx in de tabellenmap." in shown["wacht"]


def _decide_au_pair(server: LiveServer, born: str) -> str:
    facts = {"geboortedatum": born, "aanvraagdatum": "2026-05-01", "via_erkend_au_pairbureau": True,
             "uren_per_week": 30}
    response = requests.post(f"{server.url}/v1/decisions/{TABLE}", json={"facts": facts}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()["decision_id"]


def test_a_version_shows_its_diff_and_its_impact_on_real_decisions(console: Console, people, server, workbooks):
    """The 'ouder' version (too old from 27, not 26) against the active one, on decisions logged today."""
    flipped = [_decide_au_pair(server, "2000-01-01") for _ in range(2)]  # 26: refused now, granted by 'ouder'
    _decide_au_pair(server, "2004-01-01")  # 22: granted by both
    older = hashlib.sha256(workbooks["ouder"].read_bytes()).hexdigest()
    console.open(people["bram"])
    console.open_table(TABLE)
    console.open_version(older)
    console.wait.until(lambda b: console.text("verschil-samenvatting").startswith(f"Versie {older[:12]} vergeleken"))
    assert console.text("verschil-samenvatting").endswith(": regels 1 gewijzigd (AP-A03).")
    [sheet] = console.browser.find_elements(By.CSS_SELECTOR, "#verschil-bladen div.blad")
    assert sheet.find_element(By.TAG_NAME, "h4").text == "Tabel afwijzing, blad Afwijzing"
    assert console.rows_in(sheet) == [["gewijzigd", "AP-A03", "rij 4", "leeftijd (B4)", "> 25", "> 26"]]

    # the period is last calendar year unless chosen; these decisions were made today
    year = console.browser.execute_script("return new Date().getFullYear()")
    assert console.browser.find_element(By.ID, "impact-van").get_attribute("value") == f"{year - 1}-01-01"
    assert console.browser.find_element(By.ID, "impact-tot").get_attribute("value") == f"{year - 1}-12-31"
    console.browser.execute_script(f"document.getElementById('impact-van').value = '{year}-01-01';"
                                   f"document.getElementById('impact-tot').value = '{year}-12-31'")
    console.click("impact-doorrekenen")
    console.wait.until(lambda b: "opnieuw beslist" in console.text("impact-samenvatting"))
    summary = console.text("impact-samenvatting")
    assert summary.startswith(f"3 beslissingen van 1 januari {year} tot en met 31 december {year} opnieuw beslist "
                              f"met versie {older[:12]}; 2 (66,7%) krijgen een andere uitkomst.")
    [outcome] = console.rows("impact-uitkomsten")
    assert outcome[:3] == ["besluit: afwijzen; gronden: leeftijd", "besluit: inwilligen; gronden: leeg", "2"]
    assert set(outcome[3].split(", ")) == set(flipped)
    assert [r[:2] for r in console.rows("impact-regels")] == [["afwijzing › AP-A03", "2"]]
    ages = {r[0]: r[1:3] for r in console.rows_in(console.browser.find_element(
        By.CSS_SELECTOR, '#impact-invoer div[data-input="geboortedatum"]'))}
    assert ages["26 jaar"] == ["2", "2"] and ages["22 jaar"] == ["1", "0"]
    assert "geen echte besluiten" in console.text("impact-proefgevallen")
    no_console_errors(console.browser)


def test_quota_counts_are_shown_and_corrected_with_a_reason(console: Console, people):
    console.open(people["beheer"])
    console.open_table("uitwisseling/working_holiday")
    browser, wait = console.browser, console.wait
    wait.until(lambda b: console.shown("quotum") and b.find_elements(By.CSS_SELECTOR, "#quotumlijst tr"))
    year = browser.find_element(By.ID, "q-jaar").get_attribute("value")
    wait.until(lambda b: len(console.quota_lines()) >= 6)
    lines = console.quota_lines()
    assert {f"{k}/{year}" for k in ("AR", "HK", "JP", "KR", "TW", "UY")} <= set(lines)
    assert lines[f"JP/{year}"] == ["JP", year, "200", "0", "200"]  # the maximum in force, before any count
    Select(browser.find_element(By.ID, "q-sleutel")).select_by_value("HK")
    browser.find_element(By.ID, "q-stand").send_keys("40")
    console.click("q-corrigeren")  # no reason: refused, nothing changes
    wait.until(lambda b: "reason" in console.text("melding"))
    assert "(400, " in console.text("melding")
    assert browser.find_element(By.ID, "q-stand").get_attribute("value") == "40"  # kept for the next try
    browser.find_element(By.ID, "q-reden").send_keys("Verleend vóór de invoering van Regelwerk")
    console.click("q-corrigeren")
    wait.until(lambda b: console.text("melding").endswith("is nu 40 van 100."))
    wait.until(lambda b: console.quota_lines().get(f"HK/{year}") == ["HK", year, "100", "40", "60"])
    no_console_errors(browser)


def test_the_aachen_pilot_shows_its_own_quota_line_beside_working_holiday(console: Console, people, server):
    """The second quota runs on the same ledger with its own key and counter: one grant counts on
    the pilot's line (75 a year), and the page shows only that table's lines."""
    granted = requests.post(f"{server.url}/v1/decisions/{AACHEN}", json={"facts": AACHEN_FACTS}, timeout=30).json()
    assert granted["outputs"]["besluit"] == "inwilligen" and granted["quota"]["place_taken"]
    year = str(granted["quota"]["year"])
    console.open(people["beheer"])
    console.open_table(AACHEN)
    wait = console.wait
    wait.until(lambda b: console.quota_lines().get(f"voorportaal_kerkrade/{year}")
               == ["voorportaal_kerkrade", year, "75", "1", "74"])
    assert set(console.quota_lines()) == {f"voorportaal_kerkrade/{year}"}  # no Working Holiday lines here
    info = console.text("quotum-info")
    assert "Per ingediend_door en kalenderjaar" in info and "verleend_dit_jaar" in info
    options = [o.get_attribute("value") for o in console.browser.find_elements(By.CSS_SELECTOR, "#q-sleutel option")]
    assert options == ["voorportaal_kerkrade"]
    no_console_errors(console.browser)
