"""A decision log of Working Holiday decisions over 2024 (and a little of 2023 and 2025)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import openpyxl
import pytest

from policy.catalog import load_table
from policy.evaluation import decide
from policy.store import Store
from tests.bundled import TABLES_DIR, bundled

TABLE = "uitwisseling/working_holiday"
PLACES = {"HK": "consulaat_generaal_hongkong", "AR": "ambassade_buenos_aires", "UY": "ambassade_buenos_aires",
          "TW": "ntio_taipei"}


def working_holiday_case(rng: random.Random, applied: date) -> dict:
    """Facts an applicant could really have: an age of 16 to 36, mostly the right office."""
    nation = rng.choice(["AU", "CA", "NZ", "HK", "KR", "AR", "JP", "TW", "UY", "US"])
    age = rng.randint(16, 36)
    born = applied - timedelta(days=int(age * 365.25) + rng.randint(0, 364))
    facts = {
        "nationaliteit": nation,
        "geboortedatum": born.isoformat(),
        "aanvraagdatum": applied.isoformat(),
        "indieningsplaats": PLACES.get(nation, "ind_loket") if rng.random() < 0.9 else "anders",
        "retourticket_of_middelen": rng.random() < 0.9,
        "eerder_uitwisseling_nl": rng.random() < 0.1,
        "ten_laste_algemene_middelen": rng.random() < 0.05,
        "verleend_dit_jaar": rng.randint(0, 120) if nation not in ("AU", "CA", "NZ", "US") else 0,
    }
    if nation in ("KR", "JP") and rng.random() < 0.9:
        facts["preregistratie_volgnummer"] = f"{nation}-{rng.randint(1000, 9999)}"
        facts["preregistratie_datum"] = (applied - timedelta(days=rng.randint(0, 120))).isoformat()
    return facts


def draft_with_age_limit(tmp_path, limit: int = 35):
    """The Working Holiday workbook with the B2/2.1.2 age limit (WH-A12) raised from 30."""
    wb = openpyxl.load_workbook(TABLES_DIR / f"{TABLE}.xlsx")
    sheet = wb["Afwijzing"]
    assert sheet["A8"].value == "WH-A12" and sheet["C8"].value == "> 30"
    sheet["C8"].value = f"> {limit}"
    path = tmp_path / "working_holiday.xlsx"
    wb.save(path)
    loaded, diagnostics = load_table(path.read_bytes(), table_id=TABLE, workbook_name="working_holiday.xlsx")
    assert loaded is not None, diagnostics
    return loaded.compiled


def fill_log(store: Store, n: int, *, seed: int = 7) -> list[dict]:
    """Log ``n`` decisions (decision dates 2023-12-01 .. 2025-01-20); withdraw every 25th.

    Returns what was logged: receipt, decision date and whether it was withdrawn.
    """
    compiled = bundled(TABLE).compiled
    rng = random.Random(seed)
    logged = []
    for i in range(n):
        applied = date(2023, 11, 20) + timedelta(days=rng.randint(0, 420))
        facts = working_holiday_case(rng, applied)
        override = applied - timedelta(days=40) if i % 17 == 0 else None  # an officer's own peildatum
        decision = decide(compiled, facts, peildatum=override, allow_context=True)
        day = applied + timedelta(days=rng.randint(0, 20))
        receipt = store.append_decisions([(decision, None, "reference", "test")], decision_date=day)[0]
        logged.append({"receipt": receipt, "day": day, "withdrawn": i % 25 == 3})
    for entry in logged:
        if entry["withdrawn"]:
            with store.transaction() as tx:
                store.withdraw(tx, entry["receipt"].decision_id, "test")
    return logged


@pytest.fixture(scope="module")
def log(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('replay') / 'regelwerk.db'}")
    store.migrate()
    entries = fill_log(store, 600)
    yield store, entries
    store.dispose()


def draft_with_new_input(tmp_path):
    """The Working Holiday workbook with one more required input that no logged case has."""
    wb = openpyxl.load_workbook(TABLES_DIR / f"{TABLE}.xlsx")
    wb["Invoer"].append(["verklaring_omtrent_gedrag", "ja/nee", None, None, None, "ja", None, "feit", "Nieuw."])
    path = tmp_path / "working_holiday_vog.xlsx"
    wb.save(path)
    loaded, diagnostics = load_table(path.read_bytes(), table_id=TABLE, workbook_name="working_holiday.xlsx")
    assert loaded is not None, diagnostics
    return loaded.compiled
