"""``/openapi.json`` (OpenAPI 3.1), generated from the loaded tables' declarations.

Each table gets its own decision and batch paths, whose request bodies are the JSON Schema of
the same marshmallow fields that check the requests (``server.schemas``).
"""

from __future__ import annotations

from typing import Any, cast

from server.openapi_review import REVIEW_SCHEMAS, REVIEW_STATIC_PATHS, review_paths
from server.schemas import Declared, DecisionRequest, facts_schema, output_json_schema

__all__ = ["build_openapi"]

_PROBLEM = {"$ref": "#/components/schemas/Probleem"}
_YEAR = {"type": "integer", "minimum": 1, "maximum": 9999}
_IDEMPOTENCY = {"name": "Idempotency-Key", "in": "header", "required": False,
                "description": "Maakt een herhaald verzoek veilig: dezelfde sleutel met hetzelfde verzoek geeft het "
                               "eerste antwoord (24 uur bewaard); met een ander verzoek 422.",
                "schema": {"type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[!-~]([ -~]*[!-~])?$"}}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/problem+json": {"schema": _PROBLEM}}}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _component_name(table_id: str) -> str:
    return table_id.replace("/", ".")


def _facts_schema(compiled: Any) -> dict[str, Any]:
    schema = facts_schema(compiled)
    # Every field of a facts schema is a Declared (``facts_schema`` builds them so).
    properties = {name: cast(Declared, f).json_schema() for name, f in schema.fields.items()}
    required = [name for name, f in schema.fields.items() if f.required]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def _envelope_schema(facts_ref: str) -> dict[str, Any]:
    properties: dict[str, Any] = {"facts": {"$ref": facts_ref}}
    for name, f in DecisionRequest().fields.items():
        if name != "facts":  # the envelope's other fields are Declared (``_envelope_field``)
            properties[name] = cast(Declared, f).json_schema()
    return {"type": "object", "properties": properties, "required": ["facts"], "additionalProperties": False}


_EXAMPLES: dict[tuple[str, str], dict[str, Any]] = {}


def _examples(service: Any, loaded: Any) -> dict[str, Any]:
    """Request and response examples from the table's Voorbeelden sheet (built once per version).

    The request leaves out what the service fills in itself (``herkomst: context``); the response
    is the example decided as a dry run with the example's own facts.
    """
    key = (loaded.table_id, loaded.version)
    if key in _EXAMPLES:
        return _EXAMPLES[key]
    from server.service import context_facts

    data = loaded.compiled.data
    public = {spec["name"] for spec in data["inputs"] if not spec["context"]}
    requests, responses = {}, {}
    for n, example in enumerate(data.get("examples", []), start=1):
        name = f"voorbeeld_{n}"
        body: dict[str, Any] = {"facts": {k: v for k, v in example["facts"].items() if k in public and v is not None}}
        if example.get("peildatum"):
            body["peildatum"] = example["peildatum"]
        requests[name] = {"summary": example["name"], "value": body}
        try:
            from datetime import date

            decision = service.catalog.decide(
                loaded.table_id, {**example["facts"], **context_facts(loaded.compiled),
                                  **{k: v for k, v in example["facts"].items() if k not in public}},
                peildatum=date.fromisoformat(example["peildatum"]) if example.get("peildatum") else None,
                version=loaded.version, allow_context=True)
        except Exception:  # an example that no longer decides is the workbook's problem, not the document's
            continue
        responses[name] = {"summary": example["name"], "value": {
            "decision_id": None, "dry_run": True, **decision.to_dict(), "zaaknummer": None}}
    _EXAMPLES[key] = {"request": requests, "response": responses}
    return _EXAMPLES[key]


def build_openapi(service: Any) -> dict[str, Any]:
    """The OpenAPI document of the tables that are active in this worker right now."""
    components: dict[str, Any] = {**_STATIC_SCHEMAS, **REVIEW_SCHEMAS}
    paths: dict[str, Any] = {**_STATIC_PATHS, **REVIEW_STATIC_PATHS}
    for table_id in service.catalog.ids():
        loaded = service.catalog.get(table_id)
        data = loaded.compiled.data
        name = _component_name(table_id)
        components[f"Feiten.{name}"] = _facts_schema(loaded.compiled)
        components[f"Verzoek.{name}"] = _envelope_schema(f"#/components/schemas/Feiten.{name}")
        components[f"Uitkomsten.{name}"] = {
            "type": "object",
            "properties": {o["name"]: output_json_schema(o) for o in data["outputs"] if not o["intermediate"]},
        }
        decision = {"allOf": [{"$ref": "#/components/schemas/Beslissing"}, {
            "type": "object", "properties": {"outputs": {"$ref": f"#/components/schemas/Uitkomsten.{name}"}}}]}
        common = {"tags": [table_id], "security": _security(service)}
        examples = _examples(service, loaded)
        answer = _json(decision, "De beslissing (vastgelegd, tenzij dry_run)")
        if examples["response"]:
            answer["content"]["application/json"]["examples"] = examples["response"]
        paths[f"/v1/decisions/{table_id}"] = {"post": {
            **common,
            "summary": f"Beslis: {data['title']}",
            "description": data.get("description", ""),
            "operationId": f"beslis.{name}",
            "parameters": [_IDEMPOTENCY],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/Verzoek.{name}"},
                **({"examples": examples["request"]} if examples["request"] else {})}}},
            "responses": {
                "200": answer,
                "408": _problem("De body kwam niet op tijd binnen"),
                "409": _problem("Een verzoek met dezelfde Idempotency-Key is nog bezig"),
                "400": _problem("Ongeldige feiten of velden; 'errors' per veld"),
                "401": _problem("API-sleutel ontbreekt"),
                "404": _problem("Onbekende tabel"),
                "413": _problem("Body te groot"),
                "415": _problem("Geen application/json"),
                "422": _problem("Geen regels van kracht op de peildatum; of de Idempotency-Key is voor een "
                                "ander verzoek gebruikt"),
                "503": _problem("Logboek niet beschikbaar: de beslissing is niet gegeven"),
            },
        }}
        paths[f"/v1/decisions/{table_id}/batch"] = {"post": {
            **common,
            "summary": f"Beslis een reeks gevallen: {data['title']}",
            "operationId": f"batch.{name}",
            "parameters": [
                {"name": "dry_run", "in": "query", "schema": {"type": "boolean", "default": False}},
                {"name": "peildatum", "in": "query", "schema": {"type": "string", "format": "date"}},
                _IDEMPOTENCY,
            ],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": {
                    "type": "array", "maxItems": service.config["MAX_BATCH_CASES"], "items": {
                        "description": f"Een geval: {{'facts': Feiten.{name}, 'peildatum'?, 'zaaknummer'?}}. Elk "
                                       "geval wordt op zichzelf gecontroleerd: een ongeldig geval (ook een dat "
                                       "geen object is) krijgt zijn eigen fout, een probleemobject met status 400, "
                                       "in het antwoord; de andere worden beslist.",
                        "examples": [{"facts": {}, "zaaknummer": "Z-1"}]}}},
                "text/csv": {"schema": {"type": "string", "pattern": _csv_pattern(loaded.compiled),
                                        "description": "Kopregel met feitnamen (en peildatum, zaaknummer), "
                                                       "gescheiden door ; of ,; één geval per regel. Getallen "
                                                       "mogen een decimale komma hebben; ja/nee of true/false."}},
            }},
            "responses": {"200": {"description": "Eén resultaat per geval, in dezelfde volgorde", "content": {
                              "application/json": {"schema": {"type": "array", "items": {
                                  "$ref": "#/components/schemas/BatchResultaat"}}},
                              "text/csv": {"schema": {"type": "string", "description":
                                           "Met 'Accept: text/csv': één regel per geval, uitkomsten als kolommen."}}}},
                          "400": _problem("Ongeldige batch"), "404": _problem("Onbekende tabel"),
                          "408": _problem("De body kwam niet op tijd binnen"),
                          "409": _problem("Een verzoek met dezelfde Idempotency-Key is nog bezig"),
                          "413": _problem("Te groot"), "415": _problem("Verkeerd inhoudstype"),
                          "422": _problem("De Idempotency-Key is voor een ander verzoek gebruikt")},
        }}
        if data.get("quota"):
            paths.update(_quota_paths(table_id, name, data["quota"], common))
        paths[f"/v1/tables/{table_id}"] = {"get": {
            **common, "summary": f"Tabel: {data['title']}", "operationId": f"tabel.{name}",
            "responses": {"200": _json({"type": "object"}, "Velden, regels met bron en geldigheid, versies"),
                          "404": _problem("Onbekende tabel")}}}
        paths[f"/v1/tables/{table_id}/versions"] = {"post": {
            "tags": ["beheer"], "security": [{"beheer": []}], "summary": f"Nieuwe versie van {table_id} klaarzetten",
            "operationId": f"klaarzetten.{name}",
            "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                "type": "object", "required": ["werkboek"], "properties": {
                    "werkboek": {"type": "string", "contentMediaType": "application/octet-stream"}}}},
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {}}}},
            "responses": {"201": _json({"type": "object"}, "Klaargezet, met 'diagnostics' (waarschuwingen) en "
                                             "'impact' (wat activeren zou veranderen)"),
                          "200": _json({"type": "object"}, "Al bekend"),
                          "400": _problem("Werkboek hoort niet bij deze tabel (ander_werkboek; 'differences')"),
                          "401": _problem("Token onjuist"), "403": _problem("Geen recht of beheer uitgeschakeld"),
                          "413": _problem("Te groot"), "415": _problem("Geen werkboek"),
                          "422": _problem("Werkboek met fouten; 'diagnostics' per cel")}}}
        paths.update(review_paths(table_id, name))
    for item in paths.values():
        for operation in item.values():
            # Every error is a problem document; the statuses listed are the ones worth naming.
            operation["responses"].setdefault("default", _problem("Elke andere fout (RFC 9457)"))
    return {
        "openapi": "3.1.0",
        "servers": [{"url": "/", "description": "Deze dienst"}],
        "info": {"title": "Regelwerk", "version": "1",
                 "description": "Beslissingen uit de beslistabellen van het vreemdelingenbeleid. "
                                "Fouten zijn application/problem+json (RFC 9457)."},
        "paths": paths,
        "components": {"schemas": components, "securitySchemes": {
            "beheer": {"type": "http", "scheme": "bearer",
                       "description": "Persoonlijk token (regelwerk gebruiker toevoegen) of ADMIN_TOKEN"},
            "sleutel": {"type": "http", "scheme": "bearer", "description": "Eén van API_KEYS"},
        }},
    }


def _quota_paths(table_id: str, name: str, quota: dict[str, str], common: dict[str, Any]) -> dict[str, Any]:
    """The ledger line of a table's quota and its admin correction (the table id holds a slash)."""
    params = [
        {"name": "key", "in": "path", "required": True, "schema": {"type": "string"},
         "description": f"De waarde van {quota['key']} (de sleutel van het quotum)."},
        {"name": "year", "in": "path", "required": True, "schema": _YEAR,
         "description": "Het kalenderjaar van het besluit."},
    ]
    line = f"/v1/quota/{table_id}/{{key}}/{{year}}"
    return {
        line: {"get": {
            **common, "summary": f"Quotum van {table_id}: maximum, verleend, resterend, beslissingen met een plaats",
            "operationId": f"quotum.{name}", "parameters": params,
            "responses": {"200": _json({"$ref": "#/components/schemas/Quotumregel"}),
                          "404": _problem("Onbekende tabel, of geen quotum voor deze sleutel in dit jaar")}}},
        f"{line}/correction": {"post": {
            "tags": ["beheer"], "security": [{"beheer": []}], "operationId": f"quotumcorrectie.{name}",
            "summary": f"Het aantal van een quotum van {table_id} corrigeren (met reden; vastgelegd)",
            "parameters": [*params, _IDEMPOTENCY],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Correctie"}}}},
            "responses": {"200": _json({"$ref": "#/components/schemas/Quotumregel"}),
                          "400": _problem("Ongeldig verzoek; 'errors' per veld"),
                          "401": _problem("Token onjuist"), "403": _problem("Beheer uitgeschakeld"),
                          "404": _problem("Geen quotum"),
                          "409": _problem("Buiten de plaatsen van vastgelegde beslissingen en het maximum")}}},
    }


def _csv_pattern(compiled: Any) -> str:
    """What a CSV batch must look like: a header of known columns, one delimiter, no NUL."""
    import re

    names = "|".join(re.escape(spec["name"]) for spec in compiled.data["inputs"] if not spec["context"])
    column = f"[ \\t]*(?:{names}|peildatum|zaaknummer)[ \\t]*"
    return f"^\\ufeff?(?:{column}(?:;{column})*|{column}(?:,{column})*)(?:\\r?\\n[^\\x00]*)?$"


def _security(service: Any) -> list[dict[str, list[str]]]:
    return [{"sleutel": []}] if service.config["API_KEYS"] else []


_STATIC_SCHEMAS: dict[str, Any] = {
    "Probleem": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "format": "uri-reference"},
            "title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"},
            "code": {"type": "string"},
            "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        },
        "required": ["type", "title", "status", "detail"],
    },
    "GevondenRegel": {
        "type": "object",
        "properties": {"table": {"type": "string"}, "regel_id": {"type": "string"}, "row": {"type": "integer"},
                       "sheet": {"type": "string"},
                       "bron": {"type": "string", "description": "De cel bron zoals de medewerker die schreef."},
                       "bronnen": {"type": "array", "items": {"$ref": "#/components/schemas/Bron"},
                                   "description": "De cel bron gelezen als vindplaatsen (docs/werkboek.md)."},
                       "outputs": {"type": "object"}},
        "required": ["regel_id", "row", "bron", "outputs"],
    },
    "Bron": {
        "type": "object",
        "description": "Een vindplaats: instrument en paragraaf of artikel zoals genummerd in de versie die de "
                       "regel weergeeft, de datum van die versie en een link naar de openbare tekst.",
        "properties": {
            "text": {"type": "string", "example": "Vc 2000 B2/2.1.1"},
            "kind": {"enum": ["paragraaf", "artikel", "wijzigingsbesluit", "document"]},
            "instrument": {"type": "string", "example": "Vc 2000"},
            "title": {"type": "string", "example": "Vreemdelingencirculaire 2000"},
            "number": {"type": ["string", "null"], "example": "B2/2.1.1"},
            "detail": {"type": ["string", "null"], "example": "lid 4"},
            "version": {"type": ["string", "null"], "example": "WBV 2021/22"},
            "version_date": {"type": ["string", "null"], "format": "date", "example": "2022-01-01"},
            "url": {"type": ["string", "null"], "format": "uri",
                    "example": "https://wetten.overheid.nl/BWBR0012289/2022-01-01"},
            "version_url": {"type": ["string", "null"], "format": "uri"},
            "seeds": {"type": "array", "items": {"type": "object", "properties": {
                "document": {"type": "string"}, "line": {"type": "integer"},
                "line_end": {"type": ["integer", "null"]}, "text": {"type": "string"}}}},
        },
        "required": ["text", "kind", "instrument", "title", "url", "seeds"],
    },
    "Beslissing": {
        "type": "object",
        "properties": {
            "decision_id": {"type": ["string", "null"]}, "dry_run": {"type": "boolean"},
            "table_id": {"type": "string"}, "table_version": {"type": "string"},
            "peildatum": {"type": "string", "format": "date"}, "outputs": {"type": "object"},
            "status": {"type": "string", "enum": ["beslist", "onvolledig", "beoordeling_vereist"],
                       "description": "beslist: elke uitkomst staat vast. onvolledig: een uitkomst hangt af van "
                                      "een feit dat niet is opgegeven (ontbrekende_feiten); die uitkomst is null "
                                      "en staat in onbekende_uitvoer. beoordeling_vereist: de bron laat het "
                                      "oordeel aan de IND; een medewerker beslist (beoordeling)."},
            "ontbrekende_feiten": {"type": "array", "items": {"type": "string"},
                                   "description": "Bij onvolledig: de feiten die nog nodig zijn, alleen die welke "
                                                  "de uitkomst kunnen veranderen."},
            "onbekende_uitvoer": {"type": "array", "items": {"type": "string"},
                                  "description": "Bij onvolledig: de uitkomsten die nog niet vaststaan."},
            "beoordeling": {"$ref": "#/components/schemas/Beoordeling"},
            "matched_rows": {"type": "array", "items": {"$ref": "#/components/schemas/GevondenRegel"}},
            "trace": {"type": "array", "items": {"type": "object"}}, "zaaknummer": {"type": ["string", "null"]},
            "quota": {"oneOf": [{"$ref": "#/components/schemas/Quotumstand"}, {"type": "null"}],
                      "description": "Alleen bij een tabel met een quotum; null als er voor deze sleutel geen is."},
        },
        "required": ["decision_id", "table_id", "table_version", "peildatum", "status", "outputs", "matched_rows"],
    },
    "Beoordeling": {
        "type": "object",
        "description": "Bij beoordeling_vereist: waarom een medewerker beslist.",
        "properties": {
            "uitvoer": {"type": "array", "items": {"type": "string"},
                        "description": "De uitkomsten met de waarde beoordeling_vereist."},
            "grond": {"description": "De grond (uitvoer grond of gronden van de beslissende tabel), of null."},
            "regels": {"type": "array", "items": {"$ref": "#/components/schemas/GevondenRegel"},
                       "description": "De regels die tot de beoordeling leidden."},
            "feiten": {"type": "object", "description": "De feiten die die regels toetsten, met hun waarde."},
        },
        "required": ["uitvoer", "grond", "regels", "feiten"],
    },
    "Quotumstand": {
        "type": "object",
        "description": "Het quotum na deze beslissing (bij een dry run: zoals gelezen).",
        "properties": {"key": {"type": "string"}, "year": {"type": "integer"}, "maximum": {"type": "integer"},
                       "granted": {"type": "integer"}, "remaining": {"type": "integer"},
                       "place_taken": {"type": "boolean"}},
        "required": ["key", "year", "maximum", "granted", "remaining", "place_taken"],
    },
    "Quotumregel": {
        "type": "object",
        "properties": {"table_id": {"type": "string"}, "key": {"type": "string"}, "year": {"type": "integer"},
                       "maximum": {"type": "integer"}, "granted": {"type": "integer"},
                       "remaining": {"type": "integer"},
                       "decision_ids": {"type": "array", "items": {"type": "string"},
                                        "description": "Beslissingen die een plaats hebben (niet ingetrokken)."},
                       "corrections": {"type": "array", "items": {"type": "object"}}},
        "required": ["table_id", "key", "year", "maximum", "granted", "remaining"],
    },
    "Correctie": {
        "type": "object",
        "properties": {"granted": {"type": "integer", "minimum": 0, "description": "Het nieuwe aantal."},
                       "change": {"type": "integer", "description": "Het verschil (mag negatief)."},
                       "reason": {"type": "string", "minLength": 1, "pattern": "\\S",
                                  "description": "Waarom (niet leeg)."}},
        "required": ["reason"], "additionalProperties": False,
        "oneOf": [{"required": ["granted"]}, {"required": ["change"]}],
    },
    "BatchResultaat": {
        "type": "object",
        "description": "Een beslist geval draagt wat een enkele beslissing draagt; een geval dat niet beslist "
                       "is, is een probleemobject (type, title, status, detail, code, errors) met zijn index.",
        "properties": {"index": {"type": "integer"}, "status": {"type": "integer"},
                       "decision_id": {"type": ["string", "null"]}, "dry_run": {"type": "boolean"},
                       "table_id": {"type": "string"}, "table_version": {"type": "string"},
                       "peildatum": {"type": ["string", "null"]}, "outputs": {"type": "object"},
                       "matched_rows": {"type": "array", "items": {"$ref": "#/components/schemas/GevondenRegel"}},
                       "regel_ids": {"type": "array", "items": {"type": "string"}},
                       "zaaknummer": {"type": ["string", "null"]},
                       "decision_status": {"type": "string", "enum": ["beslist", "onvolledig", "beoordeling_vereist"],
                                           "description": "De status van de beslissing (status is die van het "
                                                          "geval als HTTP-antwoord)."},
                       "ontbrekende_feiten": {"type": "array", "items": {"type": "string"}},
                       "onbekende_uitvoer": {"type": "array", "items": {"type": "string"}},
                       "beoordeling": {"$ref": "#/components/schemas/Beoordeling"},
                       "type": {"type": "string"}, "title": {"type": "string"}, "detail": {"type": "string"},
                       "code": {"type": "string"}, "errors": {"type": "object"}},
        "required": ["index", "status"],
        "oneOf": [{"required": ["decision_id", "dry_run", "table_id", "table_version", "outputs", "matched_rows"]},
                  {"required": ["type", "title", "detail", "code"]}],
    },
    "Ontvangstbewijs": {
        "type": "object",
        "properties": {"decision_id": {"type": "string"}, "created_at": {"type": "string", "format": "date-time"},
                       "table_id": {"type": "string"}, "table_version": {"type": "string"},
                       "peildatum": {"type": "string", "format": "date"}, "facts": {"type": "object"},
                       "outputs": {"type": "object"},
                       "status": {"type": "string", "enum": ["beslist", "onvolledig", "beoordeling_vereist"]},
                       "ontbrekende_feiten": {"type": "array", "items": {"type": "string"}},
                       "matched_rows": {"type": "array", "items": {"$ref": "#/components/schemas/GevondenRegel"}},
                       "engine": {"type": "string"}, "compiler": {"type": "string"},
                       "zaaknummer": {"type": ["string", "null"]}},
    },
    "Herhaling": {
        "type": "object",
        "properties": {"decision_id": {"type": "string"}, "result": {"enum": ["identical", "different"]},
                       "identical": {"type": "boolean"},
                       "differences": {"type": "array", "items": {"type": "object", "properties": {
                           "field": {"type": "string"}, "recorded": {}, "replayed": {}}}}},
    },
}

_STATIC_PATHS: dict[str, Any] = {
    "/health": {"get": {"summary": "Leeft de dienst?", "operationId": "health",
                        "responses": {"200": _json({"type": "object"})}}},
    "/ready": {"get": {"summary": "Tabellen geladen en database bereikbaar?", "operationId": "ready",
                       "responses": {"200": _json({"type": "object"}), "503": _problem("Niet gereed")}}},
    "/v1/tables": {"get": {"summary": "Alle tabellen met versies, perioden en velden", "operationId": "tabellen",
                           "responses": {"200": _json({"type": "object"})}}},
    "/v1/decisions/{decision_id}": {"get": {
        "summary": "Het vastgelegde ontvangstbewijs van een beslissing", "operationId": "ontvangstbewijs",
        "parameters": [{"name": "decision_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": _json({"$ref": "#/components/schemas/Ontvangstbewijs"}),
                      "404": _problem("Onbekende beslissing")}}},
    "/v1/quota": {"get": {
        "summary": "Alle quotumregels (per tabel, sleutel en jaar)", "operationId": "quota",
        "parameters": [{"name": "table_id", "in": "query", "schema": {"type": "string"}},
                       {"name": "year", "in": "query", "schema": _YEAR}],
        "responses": {"200": _json({"type": "object", "properties": {
            "today": {"type": "string", "format": "date"},
            "quota": {"type": "array", "items": {"$ref": "#/components/schemas/Quotumregel"}}}})}}},
    "/v1/decisions/{decision_id}/withdraw": {"post": {
        "tags": ["beheer"], "security": [{"beheer": []}], "operationId": "intrekken",
        "summary": "Een beslissing intrekken; een quotumplaats wordt één keer vrijgegeven",
        "parameters": [{"name": "decision_id", "in": "path", "required": True, "schema": {"type": "string"}},
                       _IDEMPOTENCY],
        "requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"reason": {"type": "string"}}, "additionalProperties": False}}}},
        "responses": {"200": _json({"type": "object"}, "Ingetrokken (en vastgelegd)"),
                      "401": _problem("Token onjuist"), "403": _problem("Beheer uitgeschakeld"),
                      "404": _problem("Onbekende beslissing"), "409": _problem("Al ingetrokken")}}},
    "/v1/decisions/{decision_id}/replay": {"post": {
        "summary": "Beslis opnieuw met de vastgelegde versie en feiten", "operationId": "herhaal",
        "parameters": [{"name": "decision_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": _json({"$ref": "#/components/schemas/Herhaling"}),
                      "404": _problem("Onbekende beslissing")}}},
}
