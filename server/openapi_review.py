"""The OpenAPI part of the review workflow: versions, proposals, approvals, rejections, rollback,
the logged-in user and the audit trail (``server.admin``)."""

from __future__ import annotations

from typing import Any

__all__ = ["REVIEW_SCHEMAS", "review_paths", "REVIEW_STATIC_PATHS"]


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/problem+json": {
        "schema": {"$ref": "#/components/schemas/Probleem"}}}}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_STATE = {"$ref": "#/components/schemas/Versiestatus"}
_VERSION = [{"name": "version", "in": "path", "required": True,
             "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}]
_AUTH = {"401": _problem("Geen of een onjuist token"),
         "403": _problem("Uw rol mag dit niet (geen_recht), eigen voorstel, of beheer uitgeschakeld")}


def _reason_body(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": {
        "type": "object", "additionalProperties": False, "required": ["reason"],
        "properties": {"reason": {"type": "string", "minLength": 1, "maxLength": 2000}, **(extra or {})}}}}}


def review_paths(table_id: str, name: str) -> dict[str, Any]:
    base = f"/v1/tables/{table_id}/versions/{{version}}"
    beheer = {"tags": ["beheer"], "security": [{"beheer": []}], "parameters": _VERSION}
    return {
        base: {"get": {
            **beheer, "summary": f"Een versie van {table_id}: status, wie wat deed, meldingen",
            "operationId": f"versie.{name}",
            "responses": {"200": _json(_STATE), **_AUTH, "404": _problem("Onbekende tabel of versie")}}},
        f"{base}/diff": {"get": {
            **beheer, "summary": f"Wat verandert er in {table_id}: regels, cellen, invoer, uitvoer (tegen de actieve "
                                 "versie of ?against=)",
            "operationId": f"verschil.{name}",
            "parameters": [*_VERSION, {"name": "against", "in": "query", "required": False,
                                       "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}],
            "responses": {"200": _json({"type": "object", "required": ["table_id", "version", "against_version",
                                                                        "identical", "sheets"]}),
                          "400": _problem("?against= is leeg (ongeldig_verzoek)"),
                          **_AUTH, "404": _problem("Onbekende tabel of versie")}}},
        f"{base}/impact": {"post": {
            **beheer, "summary": f"De vastgelegde beslissingen van {table_id} in een periode opnieuw beslissen met "
                                 "deze versie: hoeveel en welke anders uitvallen",
            "operationId": f"gevolgen.{name}",
            "requestBody": {"required": False, "content": {"application/json": {"schema": {
                "type": "object", "additionalProperties": False, "properties": {
                    "from": {"type": "string", "format": "date",
                             "description": "Standaard: 1 januari vorig jaar (of van het jaar van 'to')."},
                    "to": {"type": "string", "format": "date",
                           "description": "Standaard: 31 december van het jaar van 'from' (of vorig jaar). Een "
                                          "periode die eindigt voor zij begint, of langer dan 25 jaar, is een 400."}}}}}},
            "responses": {"200": _json({"type": "object", "required": ["decisions", "changed", "by_outcome", "by_rows",
                                                                        "by_inputs"]}),
                          "400": _problem("Geen datum JJJJ-MM-DD"), **_AUTH,
                          "404": _problem("Onbekende tabel of versie"),
                          "422": _problem("De periode eindigt voor zij begint, of is langer dan 25 jaar")}}},
        f"{base}/proposal": {"post": {
            **beheer, "summary": f"Een klaargezette versie van {table_id} voorstellen (met reden, eventueel datum)",
            "operationId": f"voorstellen.{name}",
            "requestBody": _reason_body({"effective_from": {
                "anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"},
                          {"type": "null"}],
                "description": "JJJJ-MM-DD (middernacht, Nederlandse tijd) of een "
                                                           "ISO-tijdstip; leeg: meteen na goedkeuring."}}),
            "responses": {"200": _json(_STATE, "Voorgesteld"), "400": _problem("Reden of datum ongeldig"),
                          **_AUTH, "404": _problem("Onbekende versie"),
                          "409": _problem("De versie is niet klaargezet, afgewezen of vervangen"),
                          "422": _problem("Voorbeelden mislukt ('failures' per voorbeeld), of de datum van ingang "
                                          "ligt in het verleden")}}},
        f"{base}/approval": {"post": {
            **beheer, "summary": f"Het voorstel van een ander voor {table_id} goedkeuren (beoordelaar)",
            "operationId": f"goedkeuren.{name}", "requestBody": _reason_body(),
            "responses": {"200": _json(_STATE, "Goedgekeurd: actief, of gepland op de datum van het voorstel"),
                          "400": _problem("Reden ontbreekt"), **_AUTH, "404": _problem("Onbekende versie"),
                          "409": _problem("Geen voorstel")}}},
        f"{base}/rejection": {"post": {
            **beheer, "summary": f"Een voorstel voor {table_id} afwijzen (of een geplande versie tegenhouden)",
            "operationId": f"afwijzen.{name}", "requestBody": _reason_body(),
            "responses": {"200": _json(_STATE, "Afgewezen"), "400": _problem("Reden ontbreekt"), **_AUTH,
                          "404": _problem("Onbekende versie"), "409": _problem("Geen voorstel")}}},
        f"{base}/activate": {"post": {
            **beheer, "summary": f"Noodgeval: een eerder actieve versie van {table_id} terugzetten (beheerder)",
            "operationId": f"terugzetten.{name}", "requestBody": _reason_body(),
            "responses": {"200": _json({"type": "object"}, "Actief in alle workers"),
                          "400": _problem("Reden ontbreekt"), **_AUTH, "404": _problem("Onbekende versie"),
                          "409": _problem("De versie was nooit actief: stel haar voor"),
                          "422": _problem("Voorbeelden mislukt; niets veranderd")}}},
    }


REVIEW_STATIC_PATHS: dict[str, Any] = {
    "/v1/me": {"get": {
        "tags": ["beheer"], "security": [{"beheer": []}], "operationId": "ik",
        "summary": "Wie dit token is, de rol, en wat die rol mag",
        "responses": {"200": _json({"type": "object", "required": ["name", "role", "may"], "properties": {
            "name": {"type": "string"}, "role": {"enum": ["opsteller", "beoordelaar", "beheerder"]},
            "may": {"type": "object", "additionalProperties": {"type": "boolean"}}}}), **_AUTH}}},
    "/v1/audit": {"get": {
        "tags": ["beheer"], "security": [{"beheer": []}], "operationId": "audit",
        "summary": "Wie deed wat, wanneer en waarom (beheerder): klaarzetten, voorstellen, goedkeuren, afwijzen, "
                   "activeren, terugzetten, intrekken, quotumcorrecties, gebruikers",
        "parameters": [{"name": "table_id", "in": "query", "schema": {"type": "string"}},
                       {"name": "action", "in": "query", "schema": {"type": "string"}},
                       {"name": "limit", "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 1000}}],
        "responses": {"200": _json({"type": "object", "required": ["events"], "properties": {
            "events": {"type": "array", "items": {"$ref": "#/components/schemas/Auditregel"}}}}),
            "400": _problem("limit ongeldig"), **_AUTH}}},
}

_STEP = {"type": ["object", "null"], "properties": {
    "by": {"type": "string"}, "role": {"type": "string"}, "at": {"type": "string", "format": "date-time"},
    "reason": {"type": ["string", "null"]}}}

REVIEW_SCHEMAS: dict[str, Any] = {
    "Versiestatus": {
        "type": "object",
        "required": ["table_id", "version", "state", "scheduled"],
        "properties": {
            "table_id": {"type": "string"}, "version": {"type": "string"},
            "state": {"enum": ["klaargezet", "voorgesteld", "goedgekeurd", "afgewezen", "actief", "vervangen"]},
            "scheduled": {"type": "boolean", "description": "Goedgekeurd en wacht op de datum van ingang."},
            "staged": _STEP, "proposal": _STEP, "approval": _STEP, "rejection": _STEP,
            "effective_from": {"type": ["string", "null"], "format": "date-time"},
            "interface_change": {"type": "boolean"},
        },
    },
    "Auditregel": {
        "type": "object",
        "required": ["id", "at", "actor", "role", "action"],
        "properties": {
            "id": {"type": "integer"}, "at": {"type": "string", "format": "date-time"},
            "actor": {"type": "string"}, "role": {"type": "string"}, "action": {"type": "string"},
            "table_id": {"type": ["string", "null"]}, "version": {"type": ["string", "null"]},
            "subject": {"type": ["string", "null"]}, "reason": {"type": ["string", "null"]},
            "effective_at": {"type": ["string", "null"], "format": "date-time"}, "details": {"type": "object"},
        },
    },
}
