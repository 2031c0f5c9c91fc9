"""The interactive API page works in a real headless Chromium, offline, against the live server.

Chromium and chromedriver are Debian's (scripts/browser.sh installs them); the page must load
nothing from outside 127.0.0.1.
"""

from __future__ import annotations

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from tests.support.live_server import LiveServer


def set_field(browser: webdriver.Chrome, name: str, value: str) -> None:
    element = browser.find_element(By.CSS_SELECTOR, f'#feiten [data-name="{name}"]')
    if element.tag_name == "select":
        Select(element).select_by_value(value)
    else:  # date inputs take their value in the browser's locale when typed; set it as the page would
        browser.execute_script(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", element, value)


def test_docs_page_decides_au_pair_case(browser, live_service: LiveServer):
    browser.get(f"{live_service.url}/docs")
    wait = WebDriverWait(browser, 20)
    wait.until(lambda b: any(o.get_attribute("value") == "uitwisseling/au_pair"
                             for o in b.find_elements(By.CSS_SELECTOR, "#tabel option")))
    Select(browser.find_element(By.ID, "tabel")).select_by_value("uitwisseling/au_pair")
    wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, '#feiten [data-name="geboortedatum"]'))
    set_field(browser, "geboortedatum", "1996-03-01")
    set_field(browser, "aanvraagdatum", "2024-03-01")
    set_field(browser, "via_erkend_au_pairbureau", "true")
    browser.find_element(By.CSS_SELECTOR, '#feiten [data-name="uren_per_week"]').send_keys("20")
    browser.find_element(By.ID, "beslis").click()
    wait.until(lambda b: b.find_element(By.ID, "status").text.startswith("200"))
    answer = browser.find_element(By.ID, "antwoord").text
    # 28 on the application date: older than 25, so refused on age (Vc from 2022-10-01).
    assert '"besluit": "afwijzen"' in answer
    assert '"leeftijd"' in answer
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_docs_page_shows_the_problem_of_a_bad_request(browser, live_service: LiveServer):
    browser.get(f"{live_service.url}/docs")
    wait = WebDriverWait(browser, 20)
    wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#tabel option"))
    Select(browser.find_element(By.ID, "tabel")).select_by_value("uitwisseling/working_holiday")
    wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, '#feiten [data-name="nationaliteit"]'))
    set_field(browser, "nationaliteit", "XX")
    browser.find_element(By.ID, "beslis").click()
    wait.until(lambda b: b.find_element(By.ID, "status").text.startswith("400"))
    answer = browser.find_element(By.ID, "antwoord").text
    assert "nationaliteit" in answer and "geboortedatum" in answer  # every field's problem at once


def test_docs_page_lists_every_endpoint_from_openapi(browser, live_service: LiveServer):
    browser.get(f"{live_service.url}/docs")
    WebDriverWait(browser, 20).until(lambda b: len(b.find_elements(By.CSS_SELECTOR, "#paden tr")) > 3)
    paths = browser.find_element(By.ID, "paden").text
    assert "/v1/decisions/{table_id}" in paths or "/v1/decisions/" in paths
