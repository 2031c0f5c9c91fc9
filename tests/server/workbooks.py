"""The workbook the service tests publish, in versions that differ in one visible way.

Version 1 refuses Australians (row R4); version 2 lists AU with the programme countries (R3),
so a decision for an Australian tells which version answered. Both start on 2020-01-01.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from tests.factories import build_workbook, write_workbook

TABLE_ID = "uitwisseling/proef"
START = date(2020, 1, 1)


def proef(version: int = 1, *, failing_example: bool = False, broken: bool = False) -> dict[str, Any]:
    """Keyword arguments for :func:`tests.factories.build_workbook`."""
    countries = "AR, AU, HK, TW" if version == 2 else "AR, HK, TW"
    rules = [
        {"regel_id": "R1", "leeftijd": "niet [18..30]", "retourticket": "-", "nationaliteit": "-",
         "besluit": "afwijzen", "gronden": "leeftijd", "bron": "Vc B2/2.1.1", "geldig_van": START},
        {"regel_id": "R2", "leeftijd": "-", "retourticket": "nee", "nationaliteit": "-",
         "besluit": "afwijzen", "gronden": "retourticket", "bron": "Vc B2/2.1.1", "geldig_van": START},
        {"regel_id": "R3", "leeftijd": "-", "retourticket": "-", "nationaliteit": countries,
         "besluit": "inwilligen", "gronden": "leeg", "bron": "Vc B2/2.1.2", "geldig_van": START},
        {"regel_id": "R4", "leeftijd": "-", "retourticket": "-", "nationaliteit": "-",
         "besluit": "afwijzen", "gronden": "nationaliteit", "bron": "Vc B2/2.1", "geldig_van": START},
    ]
    if broken:
        rules[2]["besluit"] = "misschien"  # not an allowed value of besluit
    return {
        "metadata": {"titel": "Proeftabel", "eigenaar": "Team Uitwisseling",
                     "beslissingsregel": "EERSTE", "peildatum": "aanvraagdatum", "omschrijving": f"Voor de tests (versie {version})"},
        "inputs": [
            {"naam": "nationaliteit", "type": "landcode", "omschrijving": "ISO-code"},
            {"naam": "geboortedatum", "type": "datum"},
            {"naam": "aanvraagdatum", "type": "datum"},
            {"naam": "retourticket", "type": "ja/nee", "verplicht": "nee", "standaard": "nee",
             "bron_standaard": "Vc 2000 B2/2.1; 003:L1251"},
            {"naam": "uren", "type": "getal", "verplicht": "nee", "minimum": 0, "maximum": 80},
            {"naam": "kinderen", "type": "geheel getal", "verplicht": "nee", "minimum": 0, "maximum": 10},
            {"naam": "soort", "type": "keuzelijst", "toegestane_waarden": "werk, studie", "verplicht": "nee"},
            {"naam": "verleend_dit_jaar", "type": "geheel getal", "verplicht": "nee", "standaard": 0,
             "herkomst": "context"},
        ],
        "derived": [{"naam": "leeftijd", "type": "geheel getal", "formule": "leeftijd(geboortedatum, aanvraagdatum)"}],
        "outputs": [
            {"naam": "besluit", "type": "keuzelijst", "toegestane_waarden": "inwilligen, afwijzen"},
            {"naam": "gronden", "type": "lijst", "toegestane_waarden": "leeftijd, retourticket, nationaliteit"},
        ],
        "rules": rules,
        "examples": [
            {"voorbeeld": "Argentijn van 24", "peildatum": date(2024, 3, 1), "nationaliteit": "AR",
             "geboortedatum": date(2000, 1, 1), "aanvraagdatum": date(2024, 3, 1), "retourticket": "ja",
             "besluit": "afwijzen" if failing_example else "inwilligen", "gronden": "leeg"},
            {"voorbeeld": "te jong", "peildatum": date(2024, 3, 1), "nationaliteit": "AR",
             "geboortedatum": date(2010, 1, 1), "aanvraagdatum": date(2024, 3, 1), "retourticket": "ja",
             "besluit": "afwijzen", "gronden": "leeftijd"},
        ],
    }


def proef_bytes(version: int = 1, **kwargs: Any) -> bytes:
    return build_workbook(**proef(version, **kwargs))


def write_proef(tables_dir: Path, version: int = 1, **kwargs: Any) -> Path:
    return write_workbook(tables_dir / f"{TABLE_ID}.xlsx", **proef(version, **kwargs))


def version_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def facts(**overrides: Any) -> dict[str, Any]:
    """Facts of an Australian of 24 with a return ticket: refused by v1, granted by v2."""
    base = {"nationaliteit": "AU", "geboortedatum": "2000-01-01", "aanvraagdatum": "2024-03-01",
            "retourticket": True}
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def expected_outcome(version: int) -> dict[str, Any]:
    if version == 2:
        return {"besluit": "inwilligen", "gronden": []}
    return {"besluit": "afwijzen", "gronden": ["nationaliteit"]}


WHP = "uitwisseling/working_holiday"


def copy_bundled(tables_dir: Path, *table_ids: str) -> Path:
    """A tables directory holding only these real workbooks from decision_tables/."""
    from tests.support.live_server import REPO

    for table_id in table_ids:
        target = tables_dir / f"{table_id}.xlsx"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((REPO / "decision_tables" / f"{table_id}.xlsx").read_bytes())
    return tables_dir


def copy_working_holiday(tables_dir: Path) -> Path:
    """A tables directory holding only the real Working Holiday workbook (HK quota 100)."""
    return copy_bundled(tables_dir, WHP)


#: A Hong Kong applicant the Working Holiday table grants (while the quota lasts).
HK_FACTS = {"nationaliteit": "HK", "geboortedatum": "2000-01-01", "aanvraagdatum": "2026-02-01",
            "indieningsplaats": "consulaat_generaal_hongkong", "retourticket_of_middelen": True,
            "eerder_uitwisseling_nl": False, "ten_laste_algemene_middelen": False}

AACHEN = "bijzonder_verblijf/pilot_aachen"

#: A student the Aachen pilot grants (while its quota of 75 a year lasts); the quota key is the voorportaal.
AACHEN_FACTS = {"soort_aanvraag": "eerste_aanvraag", "aanvraagdatum": "2026-02-01",
                "ingediend_door": "voorportaal_kerkrade", "woning": "heerlen", "inschrijving_rwth": "voltijds",
                "voldoet_aan_inkomensnorm": True, "bron_middelen": "studiebeurs",
                "middelen_beschikbaar_vanaf": "2026-02-01", "middelen_beschikbaar_tot": "2027-01-31"}
