"""Request schemas (marshmallow 4), generated from a table's input declarations.

The declarations in the compiled form are the single source: they give the marshmallow fields
that check a request, and the JSON Schema that ``/openapi.json`` publishes. Value rules (a
string is never a number, date or boolean; allowed values; bounds; landcodes) are the core's
``policy.evaluation.validate_facts``, so the HTTP layer and the core cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields

from policy.compiler import CompiledTable
from policy.errors import FactsInvalidError
from policy.evaluation import validate_facts
from policy.evaluation.validate import MAX_FRACTIONAL, MAX_TEXT, MAX_WHOLE, FactValidator
from policy.model.suggest import country_codes

__all__ = [
    "Declared",
    "RequestInvalid",
    "facts_schema",
    "load_decision_request",
    "load_batch_case",
    "load_peildatum",
    "json_schema",
    "output_json_schema",
    "public_inputs",
]

_REQUIRED = "is verplicht maar ontbreekt."


class RequestInvalid(Exception):
    """Every problem of a request at once: ``errors`` keyed by field (facts by their name).

    ``facts`` says whether any of them is a problem of the facts (code ``ongeldige_feiten``)
    rather than only of the request around them (``ongeldig_verzoek``: an unknown member beside
    ``facts``, a wrong flag, peildatum or zaaknummer). It is told, never guessed from the names:
    a table may have a fact named like a member of the envelope.
    """

    def __init__(self, errors: dict[str, list[str]], *, facts: bool) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors
        self.facts = facts


def public_inputs(compiled: CompiledTable) -> list[dict[str, Any]]:
    """The inputs a caller supplies (``context`` inputs are the service's to fill in)."""
    return [spec for spec in compiled.data["inputs"] if not spec["context"]]


def is_required(spec: Mapping[str, Any]) -> bool:
    return bool(spec["required"]) and not spec["context"] and spec.get("default") is None


class Declared(fields.Field):
    """A field checked by the core's rules for its declared ``type`` (see module docstring)."""

    default_error_messages = {"required": _REQUIRED, "null": "is verplicht en mag niet null zijn."}

    def __init__(self, spec: Mapping[str, Any], **kwargs: Any) -> None:
        self.spec = dict(spec, required=False, context=False)
        self._core = FactValidator([self.spec])
        required = is_required(spec)
        super().__init__(required=required, allow_none=not required, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        name = self.spec["name"]
        try:
            return self._core({name: value})[name]
        except FactsInvalidError as exc:
            raise ValidationError(exc.errors[name]) from None

    def json_schema(self) -> dict[str, Any]:
        return json_schema(self.spec, nullable=self.allow_none, limits=True)


class _Strict(Schema):
    class Meta:
        unknown = RAISE

    error_messages = {"type": "moet een JSON-object zijn.", "unknown": "is geen veld van dit verzoek."}


def _envelope_field(name: str, kind: str, description: str, cls: type[Declared] | None = None,
                    **kwargs: Any) -> Declared:
    spec = {"name": name, "type": kind, "allowed": None, "minimum": None, "maximum": None,
            "required": False, "context": False, "default": None, "description": description}
    return (cls or Declared)(spec, **kwargs)


#: Characters a zaaknummer may not hold: control characters (C0, DEL, C1) and the line and
#: paragraph separators; it is logged, shown in the console and looked up by.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_ZAAKNUMMER = 200


class _Zaaknummer(Declared):
    """A case number: text as the core checks it (blank is none), at most ``MAX_ZAAKNUMMER``
    characters, without control characters."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        text = super()._deserialize(value, attr, data, **kwargs)
        if text is None:  # blank text is no value, as for every text the core reads
            return None
        if len(text) > MAX_ZAAKNUMMER:
            raise ValidationError([f"is {len(text)} tekens lang; ten hoogste {MAX_ZAAKNUMMER}."])
        found = _CONTROL.search(text)
        if found is not None:
            raise ValidationError([f"bevat een stuurteken (U+{ord(found.group()):04X}) op positie "
                                   f"{found.start() + 1}; alleen zichtbare tekens en spaties."])
        return text

    def json_schema(self) -> dict[str, Any]:
        out = super().json_schema()
        out["maxLength"] = MAX_ZAAKNUMMER
        out["pattern"] = "^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*$"
        return out


class _FactsField(fields.Dict):
    default_error_messages = {"required": _REQUIRED, "invalid": "moet een JSON-object zijn (veld: waarde).",
                              "null": "moet een JSON-object zijn (veld: waarde), niet null."}  # probes: was English


_ENVELOPE = {
    "peildatum": _envelope_field("peildatum", "datum", "De datum waarop de regels gelden; "
                                 "standaard het peildatumfeit van de tabel."),
    "zaaknummer": _envelope_field("zaaknummer", "tekst", "Het zaaknummer van de aanvrager; wordt gelogd "
                                  f"(ten hoogste {MAX_ZAAKNUMMER} zichtbare tekens).", cls=_Zaaknummer),
}
DecisionRequest = _Strict.from_dict({
    "facts": _FactsField(required=True),
    **_ENVELOPE,
    "explain": _envelope_field("explain", "ja/nee", "Geef ook het spoor van elke regel (trace)."),
    "dry_run": _envelope_field("dry_run", "ja/nee", "Beslis zonder vast te leggen."),
}, name="BeslisVerzoek")
BatchCase = _Strict.from_dict({"facts": _FactsField(required=True), **_ENVELOPE}, name="BatchGeval")
# Schema instances are reusable and cheap to call; building one copies every field.
_DECISION_REQUEST, _BATCH_CASE = DecisionRequest(), BatchCase()


_SCHEMAS: dict[tuple[str, str], Schema] = {}


def facts_schema(compiled: CompiledTable) -> Schema:
    """The marshmallow schema of the facts of ``compiled`` (built once per version)."""
    key = (compiled.table_id, compiled.version)
    schema = _SCHEMAS.get(key)
    if schema is None:
        declared: dict[str, fields.Field[Any]] = {spec["name"]: Declared(spec) for spec in public_inputs(compiled)}
        schema = _SCHEMAS[key] = _Strict.from_dict(declared, name=f"Feiten[{compiled.table_id}]")()
    return schema


def _load_envelope(schema: Schema, compiled: CompiledTable, body: Any) -> dict[str, Any]:
    """The envelope and every fact checked here (each fact by the core's rule for its type)."""
    if not isinstance(body, dict):
        raise RequestInvalid({"_verzoek": ["De body moet een JSON-object zijn met ten minste 'facts'."]}, facts=False)
    errors: dict[str, list[str]] = {}
    facts = False
    try:
        envelope = schema.load(body)
    except ValidationError as exc:
        # Schema.load reports by field name: always a dict (``messages_dict`` says so).
        errors.update({k: v for k, v in exc.messages_dict.items() if isinstance(v, list)})
        envelope = dict(exc.valid_data or {})
    if isinstance(body.get("facts"), dict):
        try:
            envelope["facts"] = facts_schema(compiled).load(body["facts"])
        except ValidationError as exc:
            errors.update(_explain_fact_errors(compiled, body["facts"], exc.messages_dict))
            facts = True
    if errors:
        raise RequestInvalid(errors, facts=facts)
    return envelope


class _Shape:
    """The names a table's facts may have, and which may not be null (built once per version)."""

    def __init__(self, compiled: CompiledTable) -> None:
        public = public_inputs(compiled)
        self.names = frozenset(spec["name"] for spec in public)
        self.required = tuple(spec["name"] for spec in public if is_required(spec))


_SHAPES: dict[tuple[str, str], _Shape] = {}


def _worded_here(compiled: CompiledTable, facts: dict[str, Any]) -> bool:
    """Whether a problem of ``facts`` is worded by this layer rather than by the core: a name
    that is no input a caller gives (unknown, or filled in by the service), or a required
    input sent as null."""
    key = (compiled.table_id, compiled.version)
    shape = _SHAPES.get(key)
    if shape is None:
        shape = _SHAPES[key] = _Shape(compiled)
    if not facts.keys() <= shape.names:
        return True
    return any(facts.get(name, 0) is None for name in shape.required)


_FLAGS = frozenset(("explain", "dry_run"))


def _plain_envelope(body: Any) -> dict[str, Any] | None:
    """The envelope of a plain request, as ``DecisionRequest.load`` gives it, without marshmallow's
    machinery: ``facts`` an object, each flag true, false or null, ``peildatum`` and ``zaaknummer``
    through their own fields (the core's rule for the type). None when anything else is there
    or anything is wrong: the schema then decides, and words every problem."""
    if type(body) is not dict or type(body.get("facts")) is not dict:
        return None
    out: dict[str, Any] = {}
    for key, value in body.items():
        if key == "facts":
            out[key] = dict(value)
        elif key in _FLAGS:
            if value is not None and value is not True and value is not False:
                return None
            out[key] = value
        elif key in _ENVELOPE:
            try:
                out[key] = _ENVELOPE[key].deserialize(value)
            except ValidationError:
                return None
        else:
            return None
    return out


def load_decision_request(compiled: CompiledTable, body: Any) -> dict[str, Any]:
    """Check a decision request's envelope; returns ``facts`` and the envelope members.

    Marshmallow checks the envelope; the facts are validated once, by the core as it decides
    (``policy.evaluation``: FactsInvalidError, which the view answers as :class:`RequestInvalid`).
    Only what this layer words itself (unknown names, service-filled inputs, a required null)
    and a request whose envelope is wrong take the full check here, so that every problem is
    listed at once. Raises RequestInvalid, facts keyed by their own name.
    """
    envelope = _plain_envelope(body)
    if envelope is None and isinstance(body, dict):
        try:
            envelope = _DECISION_REQUEST.load(body)
        except ValidationError:
            envelope = None
    if envelope is None or _worded_here(compiled, envelope["facts"]):
        envelope = _load_envelope(_DECISION_REQUEST, compiled, body)
    envelope.setdefault("explain", None)
    envelope.setdefault("dry_run", None)
    return envelope


def load_batch_case(compiled: CompiledTable, body: Any) -> dict[str, Any]:
    return _load_envelope(_BATCH_CASE, compiled, body)


def load_peildatum(value: Any) -> date:
    """A peildatum given outside a JSON body (a query parameter); RequestInvalid if it is none."""
    try:
        return _ENVELOPE["peildatum"].deserialize(value)
    except ValidationError as exc:
        raise RequestInvalid({"peildatum": list(exc.messages)}, facts=False) from None


def _explain_fact_errors(
    compiled: CompiledTable, facts: Mapping[str, Any], messages: Mapping[str, Any]
) -> dict[str, list[str]]:
    """Unknown facts get the core's wording (a suggestion, or "filled in by the service")."""
    out: dict[str, list[str]] = {}
    unknown = {name: facts[name] for name in messages if name in facts}
    unknown = {n: v for n, v in unknown.items() if n not in {s["name"] for s in public_inputs(compiled)}}
    core: dict[str, list[str]] = {}
    if unknown:
        try:
            validate_facts(compiled.data["inputs"], unknown, allow_context=False)
        except FactsInvalidError as exc:
            core = exc.errors
    for name, problems in messages.items():
        out[name] = core.get(name, problems) if name in unknown else list(problems)
    return out


# -- JSON Schema (OpenAPI 3.1) -------------------------------------------------------------

_JSON_TYPES = {
    "tekst": "string", "keuzelijst": "string", "landcode": "string", "datum": "string",
    "geheel getal": "integer", "getal": "number", "ja/nee": "boolean", "lijst": "array",
}


def _natural(spec: Mapping[str, Any], value: Any) -> Any:
    if spec["type"] == "datum" and isinstance(value, int) and not isinstance(value, bool):
        return date.fromordinal(value).isoformat()
    return value


def json_schema(spec: Mapping[str, Any], *, nullable: bool = False, limits: bool = False) -> dict[str, Any]:
    """The JSON Schema of one declared input or output (``limits``: with the service's own limits
    on numbers, as a request schema states them)."""
    kind = spec["type"]
    out: dict[str, Any] = {"type": _JSON_TYPES.get(kind, "string")}
    allowed = spec.get("allowed")
    if kind == "lijst":
        out["items"] = {"type": "string", **({"enum": list(allowed)} if allowed else {})}
    elif allowed:
        out["enum"] = list(allowed)
    if kind == "datum":
        out["format"] = "date"
    if kind == "landcode":
        out["pattern"] = "^[A-Z]{2}$"
        out["description"] = "ISO 3166-1 alpha-2 landcode."
        if not allowed and limits:
            out["enum"] = sorted(country_codes())  # the codes the service knows, no other
    if kind == "tekst" and not allowed and limits:
        out["maxLength"] = MAX_TEXT
    lo, hi = spec.get("minimum"), spec.get("maximum")
    if kind in ("geheel getal", "getal"):
        if lo is not None:
            out["minimum"] = lo
        elif limits:  # beyond exact arithmetic is refused (policy.evaluation.validate)
            out["minimum" if kind == "geheel getal" else "exclusiveMinimum"] = (
                -MAX_WHOLE if kind == "geheel getal" else -MAX_FRACTIONAL)
        if hi is not None:
            out["maximum"] = hi
        elif limits:
            out["maximum" if kind == "geheel getal" else "exclusiveMaximum"] = (
                MAX_WHOLE if kind == "geheel getal" else MAX_FRACTIONAL)
    elif kind == "datum" and (lo is not None or hi is not None):
        out["x-minimum"] = _natural(spec, lo)
        out["x-maximum"] = _natural(spec, hi)
    if spec.get("description"):
        out["description"] = (out.get("description", "") + " " + spec["description"]).strip()
    if spec.get("default") is not None:
        out["default"] = _natural(spec, spec["default"])
    if nullable:
        out["type"] = [out["type"], "null"]
        if "enum" in out:  # an enum restricts every value, null included
            out["enum"] = [*out["enum"], None]
    return out


def output_json_schema(spec: Mapping[str, Any]) -> dict[str, Any]:
    return json_schema({**spec, "minimum": None, "maximum": None}, nullable=True)
