"""Errors as RFC 9457 ``application/problem+json``: one table of problem types, one renderer.

Every problem has ``type`` (``/problemen/<code>``, served as a short Dutch explanation),
``title``, ``status``, ``detail`` and ``code``; a 400 about facts adds ``errors`` keyed by field.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Response

__all__ = ["PROBLEM_TYPES", "Problem", "problem_response", "PROBLEM_MIMETYPE"]

PROBLEM_MIMETYPE = "application/problem+json"

#: code -> (HTTP status, title, explanation for /problemen/<code>)
PROBLEM_TYPES: dict[str, tuple[int, str, str]] = {
    "ongeldige_feiten": (400, "De feiten zijn ongeldig",
                         "Eén of meer feiten ontbreken, zijn onbekend, hebben het verkeerde type of liggen "
                         "buiten de toegestane waarden. 'errors' noemt per veld alle problemen tegelijk."),
    "ongeldig_verzoek": (400, "Het verzoek is ongeldig",
                         "De body is geen geldige JSON of CSV, of de velden naast 'facts' kloppen niet."),
    "niet_geautoriseerd": (401, "Niet geautoriseerd",
                           "Een geldige 'Authorization: Bearer <sleutel>' ontbreekt."),
    "beheer_uitgeschakeld": (403, "Beheer is uitgeschakeld",
                             "Er is geen ADMIN_TOKEN ingesteld en er zijn geen gebruikers, dus beheerfuncties "
                             "staan uit."),
    "geen_recht": (403, "Geen recht", "Uw rol mag dit niet: een opsteller zet klaar en stelt voor, een "
                   "beoordelaar keurt goed of wijst af, een beheerder mag alles en kan terugzetten."),
    "eigen_voorstel": (403, "Eigen voorstel", "Wie een versie voorstelt, keurt haar niet zelf goed: een ander "
                       "beoordeelt haar."),
    "reden_ontbreekt": (400, "Reden ontbreekt", "Elke stap in de publicatie vraagt een reden ('reason')."),
    "ander_werkboek": (400, "Werkboek hoort niet bij deze tabel",
                       "De invoer, uitvoer of titel van het werkboek verschilt van de tabel waarvoor het is "
                       "ingestuurd. Stuur 'interface_change': true mee als de tabel echt zo verandert."),
    "datum_in_het_verleden": (422, "Datum in het verleden",
                              "Een versie kan niet ingaan op een dag die al voorbij is; laat de datum weg om haar "
                              "meteen na goedkeuring te laten ingaan."),
    "ongeldige_periode": (422, "Ongeldige periode",
                          "De periode eindigt voor zij begint, of is langer dan 25 jaar."),
    "verkeerde_status": (409, "Verkeerde status", "De versie is niet in de status die deze stap vraagt."),
    "onbekende_tabel": (404, "Onbekende tabel", "Er is geen beslistabel met dit id."),
    "onbekende_versie": (404, "Onbekende versie", "Deze tabel heeft geen versie met deze hash."),
    "onbekende_beslissing": (404, "Onbekende beslissing", "Er is geen beslissing met dit id in het logboek."),
    "onbekende_taak": (404, "Onbekende taak", "Er is geen taak met dit id voor deze sleutel, of ze is verlopen."),
    "niet_gevonden": (404, "Niet gevonden", "Dit adres bestaat niet."),
    "onbekend_quotum": (404, "Onbekend quotum",
                        "Deze tabel heeft geen quotum, of geen quotum voor deze sleutel in dit jaar."),
    "methode_niet_toegestaan": (405, "Methode niet toegestaan", "Dit adres kent deze HTTP-methode niet."),
    "verzoek_te_traag": (408, "Verzoek te traag",
                         "De body kwam niet binnen de gestelde tijd (REQUEST_BODY_SECONDS) helemaal binnen; de "
                         "verbinding is gesloten. Stuur het verzoek opnieuw."),
    "verzoek_te_groot": (413, "Verzoek te groot", "De body is groter dan deze dienst aanneemt."),
    "verkeerd_inhoudstype": (415, "Verkeerd inhoudstype", "De Content-Type van de body wordt hier niet aangenomen."),
    "al_ingetrokken": (409, "Al ingetrokken",
                       "Deze beslissing is al ingetrokken; een quotumplaats wordt maar één keer vrijgegeven."),
    "correctie_ongeldig": (409, "Correctie niet mogelijk",
                           "Het gecorrigeerde aantal moet liggen tussen het aantal plaatsen van vastgelegde "
                           "beslissingen en het maximum."),
    "quotum_vol": (409, "Quotum vol",
                   "Het quotum is vol, maar de tabel wijst op de peildatum niet af op het quotum (daar geldt een "
                   "ander quotum). De beslissing is niet gegeven."),
    "idempotentie_in_behandeling": (409, "Verzoek nog in behandeling",
                                    "Een eerder verzoek met dezelfde Idempotency-Key is nog bezig. Vraag het na "
                                    "Retry-After seconden opnieuw, met dezelfde sleutel: dan krijgt u het antwoord "
                                    "van het eerste verzoek."),
    "idempotentie_sleutel_hergebruikt": (422, "Idempotency-Key hergebruikt",
                                         "Deze Idempotency-Key is al gebruikt voor een ander verzoek (andere body, "
                                         "parameters of inhoudstype). Een sleutel hoort bij één verzoek; gebruik "
                                         "voor elk nieuw verzoek een nieuwe."),
    "geen_regels_van_kracht": (422, "Geen regels van kracht",
                               "Geen versie van de tabel heeft regels die gelden op de peildatum."),
    "rekenfout": (422, "Rekenfout", "Een formule kon met deze feiten niet worden uitgerekend."),
    "ongeldig_werkboek": (422, "Ongeldig werkboek",
                          "Het werkboek heeft fouten; 'diagnostics' noemt ze per cel. Er is niets veranderd."),
    "voorbeelden_mislukt": (422, "Voorbeelden mislukt",
                            "De voorbeelden van deze versie geven niet de verwachte uitkomst; de versie "
                            "is niet voorgesteld of geactiveerd."),
    "beslissingsregel_geschonden": (500, "Beslissingsregel geschonden",
                                    "De tabel zelf is tegenstrijdig voor deze feiten (bijvoorbeeld twee "
                                    "regels bij UNIQUE). Dit is een fout in de tabel, niet in het verzoek."),
    "interne_fout": (500, "Interne fout", "Er ging iets mis in de dienst."),
    "logboek_niet_beschikbaar": (503, "Logboek niet beschikbaar",
                                 "De beslissing kon niet worden vastgelegd en is daarom niet gegeven."),
    "niet_gereed": (503, "Niet gereed", "De dienst heeft geen tabellen geladen of de database is onbereikbaar."),
}


class Problem(Exception):
    """Raise to answer with a problem document (``extra`` members are added as they are)."""

    def __init__(
        self,
        code: str,
        detail: str,
        *,
        status: int | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        known = PROBLEM_TYPES.get(code)
        self.code = code
        self.status = status or (known[0] if known else 500)
        self.title = title or (known[1] if known else "Fout")
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": f"/problemen/{self.code}",
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            "code": self.code,
            **self.extra,
        }


def problem_response(problem: Problem) -> Response:
    body = json.dumps(problem.to_dict(), ensure_ascii=False)
    return Response(body, status=problem.status, mimetype=PROBLEM_MIMETYPE, headers=problem.headers)
