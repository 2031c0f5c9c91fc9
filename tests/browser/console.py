"""The console page as the browser tests drive it: log in, open a table or a version, upload,
take a step; read the page's tables in one go (the page redraws them after each action)."""

from __future__ import annotations

from pathlib import Path

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

__all__ = ["Console"]


class Console:
    def __init__(self, browser, url: str) -> None:
        self.browser = browser
        self.url = url
        self.wait = WebDriverWait(browser, 30, ignored_exceptions=(StaleElementReferenceException,))

    def open(self, token: str | None = None) -> None:
        """A fresh /beheer with nobody logged in (the tab forgets its token), then ``token``'s."""
        self.browser.get(f"{self.url}/beheer")
        self.browser.execute_script("sessionStorage.clear()")
        self.browser.get(f"{self.url}/beheer")
        self.wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#tabellijst tr"))
        if token is not None:
            assert self.login(token).startswith("Aangemeld als ")

    def login(self, token: str) -> str:
        field = self.browser.find_element(By.ID, "token")
        field.clear()
        field.send_keys(token)
        return self._step("aanmelden")

    def text(self, element_id: str) -> str:
        return self.browser.find_element(By.ID, element_id).text

    def shown(self, element_id: str) -> bool:
        return self.browser.find_element(By.ID, element_id).is_displayed()

    def click(self, element_id: str) -> None:
        self.browser.find_element(By.ID, element_id).click()

    def open_table(self, table: str) -> None:
        self.wait.until(lambda b: b.find_element(By.CSS_SELECTOR, f'a[data-table="{table}"]').click() or True)
        self.wait.until(lambda b: self.shown("tabel") and self.text("tabel-titel").startswith(table)
                        and b.find_elements(By.CSS_SELECTOR, "#versies tr"))

    def open_version(self, version: str) -> None:
        self.wait.until(lambda b: b.find_element(
            By.CSS_SELECTOR, f'#versies tr[data-version="{version}"] button.bekijk').click() or True)
        self.wait.until(lambda b: self.shown("versie")
                        and b.find_element(By.ID, "versie").get_attribute("data-version") == version)

    def detail_state(self) -> str | None:
        detail = self.browser.find_element(By.ID, "versie")
        return detail.get_attribute("data-state") if detail.is_displayed() else None

    def upload(self, path: Path, *, interface_change: bool = False) -> str:
        box = self.browser.find_element(By.ID, "interface")
        if box.is_selected() != interface_change:
            box.click()
        self.browser.find_element(By.ID, "werkboek").send_keys(str(path))
        return self._step("klaarzetten")

    def take(self, button: str, reason: str) -> str:
        """Fill in the reason and press a step's button; the page's message when it is done."""
        field = self.browser.find_element(By.ID, "reden")
        field.clear()
        field.send_keys(reason)
        return self._step(button)

    def _step(self, button: str) -> str:
        self.click(button)  # the handler says "Bezig…" before its first request
        self.wait.until(lambda b: self.text("melding") and not self.text("melding").startswith("Bezig"))
        return self.text("melding")

    def rows(self, tbody: str) -> list[list[str]]:
        return self.browser.execute_script(
            "return [...document.getElementById(arguments[0]).children].map(r => [...r.children].map(c => c.textContent))",
            tbody)

    def rows_in(self, element) -> list[list[str]]:
        """The body rows of the table inside ``element``."""
        return self.browser.execute_script(
            "return [...arguments[0].querySelectorAll('tbody tr')].map(r => [...r.children].map(c => c.textContent))",
            element)

    def version_rows(self) -> list[tuple[str, str]]:
        """(version, status) per row of the selected table's versions."""
        rows = self.browser.execute_script(
            "return [...document.querySelectorAll('#versies tr')].map(r => [r.dataset.version,"
            " r.querySelector('td.status').textContent])")
        return [tuple(r) for r in rows]

    def table_row(self, table: str) -> dict[str, str]:
        """The list of tables' row for ``table``: its active version, what waits, the folder's state."""
        return self.browser.execute_script(
            "const r = document.querySelector(`#tabellijst tr[data-table='${arguments[0]}']`);"
            "return r ? {actief: r.children[2].textContent, wacht: r.children[3].textContent,"
            " map: r.children[4].textContent} : {actief: '', wacht: '', map: ''}", table)

    def quota_lines(self) -> dict[str, list[str]]:
        """The quota table by line (``HK/2026``)."""
        rows = self.browser.execute_script(
            "return [...document.querySelectorAll('#quotumlijst tr')].map(r => [r.dataset.line,"
            " ...[...r.children].map(c => c.textContent)])")
        return {r[0]: r[1:] for r in rows}
