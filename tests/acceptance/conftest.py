"""Shared Dutch step library for every feature in ``features/`` (one per table).

Steps (a scenario must start with ``Gegeven``/``Als``/``Dan``; ``En`` continues the previous kind)::

    Gegeven de tabel "uitwisseling/working_holiday"
    En de aanvraag:                                   # | veld | waarde |, typed by the table's inputs;
      | veld          | waarde     |                  # `leeg` or an empty value: not given (for an
                                                      # optional input: onbekend); a later table adds to
      | nationaliteit | HK         |                  # (and overrides) an earlier one, e.g. a Background
    En de peildatum "2024-05-01"                      # optional; default the table's peildatum input
    Als de beslissing wordt genomen
    Dan is "besluit" gelijk aan "inwilligen"         # `leeg`: no value (or an empty list)
    En bevat "gronden" precies "leeftijd, quotum"     # exact list, order free; `leeg`: empty
    En is regel "WH-A01, WH-03" toegepast             # one or more regel_ids among the matched rows
    En is regel "WH-04" niet toegepast
    Dan is de status "onvolledig"                     # or "beslist", "beoordeling_vereist"
    En ontbreken de feiten "a, b"                     # exactly the ontbrekende_feiten, order free
    En is de grond van de beoordeling "…"             # beoordeling_vereist: its ground (`leeg`: none)
    Dan geeft de beslissing de fout "ongeldige_feiten"   # or geen_regels_van_kracht, …
    En noemt de fout het veld "nationaliteit"

Each scenario runs once per decider (in process; over HTTP when a live server is available) and
records the rows it matched for the row-coverage report (``tests/acceptance/coverage.py``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, step, then, when

from policy.catalog import Catalog
from tests.acceptance.coverage import (  # noqa: F401  (hooks are found by name)
    COVERAGE,
    pytest_collection_finish,
    pytest_deselected,
    pytest_sessionfinish,
    pytest_terminal_summary,
)
from tests.acceptance.deciders import ContextNotSettable, Decider, HttpDecider, InProcessDecider, Outcome

EMPTY = "leeg"


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def catalog(pytestconfig: pytest.Config) -> Catalog:
    """Every workbook of decision_tables/, loaded once; matcher from REGELWERK_MATCHER (durable)."""
    root = Path(pytestconfig.rootpath) / "decision_tables"
    return Catalog.from_directory(root, matcher=os.environ.get("REGELWERK_MATCHER", "durable"))


def _decider_kinds() -> list[str]:
    """In process always; over HTTP against the live server too (REGELWERK_BDD_HTTP=0: off).

    The session fixture ``live_service`` (tests/support/live_server.py) is registered once for
    the whole run in tests/conftest.py, so every suite shares one server.
    """
    kinds = ["in_process"]
    if os.environ.get("REGELWERK_BDD_HTTP", "1") != "0":
        kinds.append("http")
    return kinds


@pytest.fixture(scope="session", params=_decider_kinds(), autouse=True)
def decider(request: pytest.FixtureRequest, catalog: Catalog) -> Decider:
    """Autouse so that every scenario is parametrised over the deciders."""
    if request.param == "http":
        return HttpDecider(request.getfixturevalue("live_service").url, catalog)
    return InProcessDecider(catalog)


@dataclass
class Aanvraag:
    """What one scenario builds up and what it got back."""

    table_id: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    peildatum: date | None = None
    outcome: Outcome | None = None

    def decided(self) -> Outcome:
        assert self.outcome is not None, "Er is nog geen beslissing genomen ('Als de beslissing wordt genomen')."
        return self.outcome

    def decision(self) -> Outcome:
        outcome = self.decided()
        assert outcome.error is None, f"De beslissing gaf een fout in plaats van een uitkomst: {outcome.describe()}"
        return outcome


@pytest.fixture
def aanvraag() -> Aanvraag:
    return Aanvraag()


def _split(text: str) -> list[str]:
    text = text.strip()
    if text == EMPTY or not text:
        return []
    return [part.strip() for part in text.split(",") if part.strip()]


def _typed(kind: str | None, text: str) -> Any:
    """Cell text -> JSON value by the declared input type; text that does not fit stays text."""
    if kind == "ja/nee":
        return {"ja": True, "nee": False}.get(text, text)
    if kind in ("geheel getal", "getal"):
        for convert in (int, float):
            try:
                return convert(text)
            except ValueError:
                continue
        return text
    if kind == "lijst":
        return _split(text)
    return text


def _input_types(catalog: Catalog, table_id: str) -> dict[str, str]:
    return {spec["name"]: spec["type"] for spec in catalog.get(table_id).compiled.data["inputs"]}


# -- Given -------------------------------------------------------------------------------------


@given(parsers.re(r'^de tabel "(?P<table_id>[^"]+)"$'))
def given_table(aanvraag: Aanvraag, catalog: Catalog, table_id: str) -> None:
    if table_id not in catalog.ids():
        problems = "\n".join(str(d) for d in catalog.diagnostics.get(table_id, []))
        pytest.fail(f"Tabel '{table_id}' is niet geladen.\n{problems}", pytrace=False)
    aanvraag.table_id = table_id
    compiled = catalog.get(table_id).compiled.data
    COVERAGE.register_table(
        table_id, [(r["sheet"], r["row"], r["regel_id"]) for t in compiled["tables"] for r in t["rules"]]
    )


@step(parsers.re(r"^de aanvraag:$"))
def given_facts(aanvraag: Aanvraag, catalog: Catalog, datatable: list[list[str]]) -> None:
    assert aanvraag.table_id, "Noem eerst de tabel ('Gegeven de tabel \"…\"')."
    header, *rows = datatable
    assert [h.strip() for h in header] == ["veld", "waarde"], f"Kopregel moet '| veld | waarde |' zijn, niet {header}"
    types = _input_types(catalog, aanvraag.table_id)
    for name, value in rows:
        name, value = name.strip(), value.strip()
        if value in (EMPTY, ""):  # not given: an optional input without a standaard is onbekend
            aanvraag.facts.pop(name, None)
        else:
            aanvraag.facts[name] = _typed(types.get(name), value)


@step(parsers.re(r'^de peildatum "(?P<datum>[^"]+)"$'))
def given_peildatum(aanvraag: Aanvraag, datum: str) -> None:
    aanvraag.peildatum = date.fromisoformat(datum)


# -- When --------------------------------------------------------------------------------------


@when(parsers.re(r"^de beslissing wordt genomen$"))
def when_decided(aanvraag: Aanvraag, decider: Decider) -> None:
    assert aanvraag.table_id, "Noem eerst de tabel ('Gegeven de tabel \"…\"')."
    try:
        outcome = decider.decide(aanvraag.table_id, dict(aanvraag.facts), aanvraag.peildatum)
    except ContextNotSettable as exc:
        pytest.skip(str(exc))
    aanvraag.outcome = outcome
    COVERAGE.record(outcome.table_id, outcome.rows)


# -- Then --------------------------------------------------------------------------------------


def _matches(expected: str, actual: Any) -> bool:
    if expected == EMPTY:
        return actual is None or actual == []
    if isinstance(actual, bool):
        return expected == ("ja" if actual else "nee")
    if isinstance(actual, (int, float)):
        try:
            return float(expected) == actual
        except ValueError:
            return False
    if isinstance(actual, list):
        return _split(expected) == actual
    return expected == actual


@then(parsers.re(r'^is "(?P<veld>[^"]+)" gelijk aan "(?P<waarde>[^"]*)"$'))
def then_equal(aanvraag: Aanvraag, veld: str, waarde: str) -> None:
    outputs = aanvraag.decision().outputs
    assert veld in outputs, f"'{veld}' is geen uitvoer; uitvoer: {sorted(outputs)}"
    assert _matches(waarde, outputs[veld]), f"{veld}: verwacht '{waarde}', kreeg {outputs[veld]!r}"


@then(parsers.re(r'^bevat "(?P<veld>[^"]+)" precies "(?P<waarden>[^"]*)"$'))
def then_exactly(aanvraag: Aanvraag, veld: str, waarden: str) -> None:
    outputs = aanvraag.decision().outputs
    assert veld in outputs, f"'{veld}' is geen uitvoer; uitvoer: {sorted(outputs)}"
    actual = outputs[veld] or []
    assert isinstance(actual, list), f"{veld} is geen lijst maar {actual!r}"
    assert sorted(actual) == sorted(_split(waarden)), f"{veld}: verwacht [{waarden}], kreeg {actual}"


@then(parsers.re(r'^is regel "(?P<regels>[^"]*)" toegepast$'))
def then_applied(aanvraag: Aanvraag, regels: str) -> None:
    outcome = aanvraag.decision()
    missing = [r for r in _split(regels) if r not in outcome.applied]
    assert not missing, f"niet toegepast: {', '.join(missing)}; toegepast: {', '.join(outcome.applied)}"


@then(parsers.re(r'^is regel "(?P<regels>[^"]*)" niet toegepast$'))
def then_not_applied(aanvraag: Aanvraag, regels: str) -> None:
    outcome = aanvraag.decision()
    wrong = [r for r in _split(regels) if r in outcome.applied]
    assert not wrong, f"toch toegepast: {', '.join(wrong)}"


@then(parsers.re(r'^is de status "(?P<status>[^"]+)"$'))
def then_status(aanvraag: Aanvraag, status: str) -> None:
    assert status in ("beslist", "onvolledig", "beoordeling_vereist"), f"'{status}' is geen status"
    outcome = aanvraag.decision()
    assert outcome.status == status, f"verwacht status '{status}', kreeg {outcome.describe()}"


@then(parsers.re(r'^ontbreken de feiten "(?P<feiten>[^"]*)"$'))
def then_missing(aanvraag: Aanvraag, feiten: str) -> None:
    outcome = aanvraag.decision()
    assert sorted(outcome.missing) == sorted(_split(feiten)), (
        f"verwacht ontbrekende feiten [{feiten}], kreeg [{', '.join(outcome.missing)}] ({outcome.describe()})")


@then(parsers.re(r'^is de grond van de beoordeling "(?P<grond>[^"]*)"$'))
def then_assessment_ground(aanvraag: Aanvraag, grond: str) -> None:
    outcome = aanvraag.decision()
    assert outcome.assessment is not None, f"geen beoordeling: {outcome.describe()}"
    assert _matches(grond, outcome.assessment["grond"]), (
        f"grond van de beoordeling: verwacht '{grond}', kreeg {outcome.assessment['grond']!r}")


@then(parsers.re(r'^geeft de beslissing de fout "(?P<code>[^"]+)"$'))
def then_error(aanvraag: Aanvraag, code: str) -> None:
    outcome = aanvraag.decided()
    assert outcome.error == code, f"verwacht fout '{code}', kreeg {outcome.describe()}"


@then(parsers.re(r'^noemt de fout het veld "(?P<veld>[^"]+)"$'))
def then_error_field(aanvraag: Aanvraag, veld: str) -> None:
    outcome = aanvraag.decided()
    assert veld in outcome.error_fields, f"de fout noemt {list(outcome.error_fields)}, niet '{veld}' ({outcome.detail})"
