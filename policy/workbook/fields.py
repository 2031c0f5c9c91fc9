"""The declaration sheets: ``Metadata``, ``Invoer``, ``Afgeleid`` and ``Uitvoer``."""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from policy.expr import ExprError, parse_formula
from policy.model import FIELD_TYPES, DerivedField, InputField, OutputField
from policy.workbook.values import ORDERED_TYPES, CellError, hint, is_blank, parse_allowed, parse_value
from policy.workbook.sheets import FAILED, Cell, Collector, Record, Sheet, normalise

__all__ = [
    "Declarations", "read_metadata", "read_declarations", "read_quota", "parse_formula_cell", "RESERVED_NAMES",
    "QUOTA_KEYS", "decimal_commas", "warn_decimal_commas",
]

#: The quota declaration on blad Metadata: Dutch key -> its name in ``Table.extra["quota"]``.
QUOTA_KEYS = {
    "quotum_parameter": "parameter",  # the dated parameter that gives the yearly maximum per key
    "quotum_sleutel": "key",  # the fact whose value keys the ledger (e.g. nationaliteit)
    "quotum_teller": "counter",  # the context input the service fills from the ledger
    "quotum_uitvoer": "output",  # with quotum_waarde: the outcome that takes a place
    "quotum_waarde": "value",
    "quotum_grond": "ground",  # the value the table gives when the quota is full
}
METADATA_KEYS = ("titel", "eigenaar", "beslissingsregel", "peildatum", "omschrijving", *QUOTA_KEYS)
#: Column names of the rules and examples sheets, and words of the formula language.
RESERVED_NAMES = frozenset({
    "regel_id", "bron", "geldig_van", "geldig_tot", "toelichting", "voorbeeld", "peildatum", "fout",
    "sid", "id", "en", "of", "niet", "ja", "nee", "leeg", "true", "false", "none",
})
#: The ``standaard`` of an output that deliberately has no value where no row matches.
NO_VALUE = "geen waarde"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass
class Declarations:
    """Every declared field, by lower-cased name for case-insensitive column matching."""

    inputs: list[InputField] = field(default_factory=list)
    derived: list[DerivedField] = field(default_factory=list)
    outputs: list[OutputField] = field(default_factory=list)
    #: Lower-cased names whose declaration row has a problem (reported): their columns elsewhere
    #: are skipped rather than reported again as unknown.
    broken: set[str] = field(default_factory=set)
    #: False when Invoer or Uitvoer is missing (reported): unknown columns are then not reported.
    complete: bool = True

    def by_name(self) -> dict[str, InputField | DerivedField | OutputField]:
        found: dict[str, InputField | DerivedField | OutputField] = {}
        every: list[InputField | DerivedField | OutputField] = [*self.inputs, *self.derived, *self.outputs]
        for f in every:
            found.setdefault(f.name.lower(), f)
        return found


def read_metadata(sheet: Sheet, c: Collector) -> dict[str, Cell]:
    """The ``eigenschap -> waarde`` cells of the Metadata sheet."""
    found: dict[str, Cell] = {}
    for rec in c.records(sheet, required=("eigenschap", "waarde"), optional=()):
        key_cell = rec.cell("eigenschap")
        if key_cell.formula:
            continue
        key = normalise(key_cell.value)
        if not key:
            c.at(key_cell, "ontbrekende_waarde", "Deze rij heeft een waarde maar geen eigenschap; vul de eigenschap in.")
        elif key not in METADATA_KEYS:
            c.at(key_cell, "onbekende_eigenschap",
                 f"'{key_cell.text}' is geen eigenschap van Metadata{hint(key, METADATA_KEYS)}; "
                 f"toegestaan: {', '.join(METADATA_KEYS)}.")
        elif key in found:
            c.at(key_cell, "dubbele_naam", f"De eigenschap '{key}' staat twee keer op blad Metadata.")
        else:
            found[key] = rec.cell("waarde")
    return found


def read_quota(meta: dict[str, Cell], c: Collector) -> dict[str, Any]:
    """``Table.extra`` entries of the quota declaration: ``quota`` (names) and ``quota_locations``.

    Empty when Metadata declares no quota; ``policy.checks`` judges what is declared.
    """
    names: dict[str, str] = {}
    where: dict[str, Any] = {}
    for key, name in QUOTA_KEYS.items():
        cell = meta.get(key)
        if cell is not None and not cell.blank:
            names[name] = cell.text.strip()
            where[name] = c.location(cell)
    return {"quota": names, "quota_locations": where} if names else {}


_REQUIRED_WHY = {
    "beslissingsregel": " (de beslissingsregel van de tabel op blad Regels, bijvoorbeeld UNIEK)",
    "eigenaar": " (het team dat de tabel beheert en voor de regels instaat, bijvoorbeeld Team Uitwisseling)",
}


def check_metadata(meta: dict[str, Cell], sheet: str, c: Collector, *, has_tables: bool) -> None:
    required = ["titel", "eigenaar", "peildatum"] + ([] if has_tables else ["beslissingsregel"])
    for key in required:
        cell = meta.get(key)
        if cell is None or cell.blank:
            extra = _REQUIRED_WHY.get(key, "")
            if cell is None:
                c.error("ontbrekende_eigenschap",
                        f"Blad Metadata mist de eigenschap '{key}'{extra}; voeg een rij toe.", sheet)
            else:
                c.at(cell, "ontbrekende_eigenschap", f"De eigenschap '{key}' heeft geen waarde{extra}.")
    if "beslissingsregel" in meta:
        cell = meta["beslissingsregel"]
        if has_tables and not cell.blank:
            c.warn("overbodige_eigenschap",
                   "Dit werkboek heeft een blad Tabellen; de beslissingsregel staat daar per tabel "
                   "en deze eigenschap wordt niet gebruikt.", cell.sheet, cell.ref)


def read_declarations(sheets: dict[str, Sheet], c: Collector) -> Declarations:
    decl = Declarations(complete="invoer" in sheets and "uitvoer" in sheets)
    seen: dict[str, Cell] = {}
    _read_section(sheets, "invoer", _INPUT_COLUMNS, _input, decl.inputs, c, seen, decl)
    _read_section(sheets, "afgeleid", ("formule", "omschrijving"), _derived, decl.derived, c, seen, decl)
    _read_section(sheets, "uitvoer", _OUTPUT_COLUMNS, _output, decl.outputs, c, seen, decl)
    return decl


_Declared = TypeVar("_Declared", InputField, DerivedField, OutputField)


def _read_section(
    sheets: dict[str, Sheet],
    key: str,
    columns: tuple[str, ...],
    build: Callable[[Record, str, str, Collector], _Declared | None],
    into: list[_Declared],
    c: Collector,
    seen: dict[str, Cell],
    decl: Declarations,
) -> None:
    """Read the declaration rows of sheet ``key`` (if present) into ``into``."""
    if key not in sheets:
        return
    required = ("naam", "type", "formule") if key == "afgeleid" else ("naam", "type")
    optional = tuple(col for col in columns if col not in required)
    for rec in c.records(sheets[key], required=required, optional=optional):
        head = _head(rec, c, seen, decl)
        if head is None:
            continue
        declared = build(rec, *head, c)
        if declared is None:
            decl.broken.add(head[0].lower())
        else:
            into.append(declared)


_INPUT_COLUMNS = ("toegestane_waarden", "minimum", "maximum", "verplicht", "standaard", "bron_standaard", "herkomst",
                  "omschrijving")
_OUTPUT_COLUMNS = ("toegestane_waarden", "standaard", "tussenresultaat", "omschrijving")


def _derived(rec: Record, name: str, kind: str, c: Collector) -> DerivedField | None:
    cell = rec.cell("formule")
    expr = parse_formula_cell(cell, c, required=True)
    if expr is FAILED:
        return None
    return DerivedField(name, kind, cell.text, expr, rec.text("omschrijving"), c.location(rec.cell("naam")))


def _head(rec: Record, c: Collector, seen: dict[str, Cell], decl: Declarations) -> tuple[str, str] | None:
    """The checked ``naam`` and ``type`` of a declaration row, or None (reported)."""
    name_cell, type_cell = rec.cell("naam"), rec.cell("type")
    name = check_name(name_cell, c)
    kind = c.parse(type_cell, parse_type, field=name or "dit veld")
    if name is not None:
        if name.lower() in seen:
            c.at(name_cell, "dubbele_naam",
                 f"De naam '{name}' is al gebruikt ({seen[name.lower()].sheet} {seen[name.lower()].ref}); "
                 "elk veld heeft een eigen naam.")
            return None
        seen[name.lower()] = name_cell
    if name is not None and kind is FAILED:
        decl.broken.add(name.lower())
    if name is None or kind is FAILED:
        return None
    return name, kind


def check_name(cell: Cell, c: Collector) -> str | None:
    """A field name usable in formulas, or None (reported)."""
    if cell.formula:
        return None
    name = cell.text
    if not name:
        c.at(cell, "ontbrekende_waarde", "De naam ontbreekt; geef elk veld een naam.")
        return None
    if not _NAME.fullmatch(name) or keyword.iskeyword(name) or name.lower() in RESERVED_NAMES:
        reason = ("is een gereserveerd woord" if name.lower() in RESERVED_NAMES or keyword.iskeyword(name)
                  else "bevat tekens die niet mogen")
        c.at(cell, "ongeldige_naam",
             f"De naam '{name}' {reason}; gebruik letters, cijfers en '_', beginnend met een letter "
             "(bijvoorbeeld aanvraag_datum).")
        return None
    return name


def parse_type(raw: Any, *, field: str) -> str | CellError:
    if is_blank(raw):
        return CellError("ontbrekende_waarde", f"Het type van {field} ontbreekt; kies uit {', '.join(FIELD_TYPES)}.")
    kind = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", str(raw).strip().lower()))
    if kind not in FIELD_TYPES:
        return CellError("onbekend_type",
                         f"'{raw}' is geen type{hint(kind, FIELD_TYPES)}; kies uit {', '.join(FIELD_TYPES)}.")
    return kind


def parse_formula_cell(cell: Cell, c: Collector, *, required: bool) -> Any:
    """The formula tree of a cell, or FAILED (reported)."""
    if cell.formula:
        return FAILED
    if cell.blank:
        if required:
            c.at(cell, "ontbrekende_waarde", "De formule ontbreekt; schrijf bijvoorbeeld leeftijd(geboortedatum, aanvraagdatum).")
        return FAILED
    try:
        tree = parse_formula(cell.text)
    except ExprError as exc:
        advice = " Laat het '=' aan het begin weg." if cell.text.startswith("=") else ""
        commas = decimal_commas(cell.text)
        if commas:
            advice += f" {_comma_advice(commas)}"
        c.at(cell, "ongeldige_formule", exc.message + advice)
        return FAILED
    warn_decimal_commas(cell, c)
    return tree


_DECIMAL_COMMA = re.compile(r'"[^"]*"|(?<![\w.])(\d+),(\d+)(?![\w.])')


def decimal_commas(text: str) -> list[str]:
    """``1,5`` written in a formula (outside quotes): a Dutch decimal, or two arguments?"""
    return [m.group(0) for m in _DECIMAL_COMMA.finditer(text) if m.group(1) is not None]


def _comma_advice(commas: list[str]) -> str:
    shown = ", ".join(f"'{t}'" for t in commas)
    meant = " of ".join(t.replace(",", ".") for t in commas)
    return (f"In de formule staat {shown}: in een formule scheidt een komma twee argumenten. Bedoelt u "
            f"{meant}? Schrijf decimalen in een formule met een punt, en zet na een komma tussen "
            "argumenten een spatie.")


def warn_decimal_commas(cell: Cell, c: Collector) -> None:
    """A formula that reads but holds ``1,5``: warned, since ``min(x, 1,5)`` is min of x, 1 and 5."""
    commas = decimal_commas(cell.text)
    if commas:
        c.warn("decimale_komma", _comma_advice(commas), cell.sheet, cell.ref)


def _input(rec: Record, name: str, kind: str, c: Collector) -> InputField | None:
    ok = True
    allowed = c.parse(rec.cell("toegestane_waarden"), parse_allowed, kind, field=name)
    ok &= allowed is not FAILED
    bounds = []
    for key in ("minimum", "maximum"):
        cell = rec.cell(key)
        value = None
        if not cell.blank and not cell.formula and kind not in ORDERED_TYPES:
            c.at(cell, "ongeldige_waarde",
                 f"Een {key} kan alleen bij getallen en datums; {name} is van type {kind}. Maak de cel leeg.")
            value = FAILED
        elif not cell.blank:
            value = c.parse(cell, parse_value, kind, field=f"het {key} van {name}")
        ok &= value is not FAILED
        bounds.append(value)
    if ok and bounds[0] is not None and bounds[1] is not None and bounds[0] > bounds[1]:
        c.at(rec.cell("maximum"), "ongeldig_bereik",
             f"Het maximum van {name} is kleiner dan het minimum; wissel ze om.")
        ok = False
    required = c.parse(rec.cell("verplicht"), parse_value, "ja/nee", field=f"verplicht ({name})")
    default = c.parse(rec.cell("standaard"), parse_value, kind, field=f"de standaardwaarde van {name}",
                      allowed=allowed if allowed is not FAILED else None)
    origin = c.parse(rec.cell("herkomst"), _parse_origin, field=name)
    if FAILED in (required, default, origin) or not ok:
        return None
    return InputField(
        name, kind, allowed=allowed, minimum=bounds[0], maximum=bounds[1],
        required=True if required is None else required, description=rec.text("omschrijving"),
        context=origin == "context", default=default, location=c.location(rec.cell("naam")),
        default_source=rec.text("bron_standaard"), default_location=c.location(rec.cell("standaard")),
    )


def _parse_origin(raw: Any, *, field: str) -> str | CellError:
    if is_blank(raw):
        return "feit"
    word = str(raw).strip().lower()
    if word not in ("feit", "context"):
        return CellError("onbekende_waarde",
                         f"'{raw}' is geen herkomst voor {field}; kies 'feit' (de aanvrager geeft het op) "
                         "of 'context' (de dienst vult het in).")
    return word


def _output(rec: Record, name: str, kind: str, c: Collector) -> OutputField | None:
    allowed = c.parse(rec.cell("toegestane_waarden"), parse_allowed, kind, field=name)
    # 'geen waarde' declares the gap deliberate: no matching row answers no value (any type)
    no_value = rec.text("standaard").strip().lower() == NO_VALUE
    default = None if no_value else c.parse(
        rec.cell("standaard"), parse_value, kind, field=f"de standaardwaarde van {name}",
        allowed=allowed if allowed is not FAILED else None)
    intermediate = c.parse(rec.cell("tussenresultaat"), parse_value, "ja/nee", field=f"tussenresultaat ({name})")
    if FAILED in (allowed, default, intermediate):
        return None
    return OutputField(name, kind, allowed=allowed, default=default, description=rec.text("omschrijving"),
                       intermediate=bool(intermediate), location=c.location(rec.cell("naam")),
                       type_location=c.location(rec.cell("type")), no_value=no_value)

