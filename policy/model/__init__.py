"""Typed, frozen model of a decision-table workbook (no I/O).

``policy.workbook`` builds these objects from a workbook; ``policy.checks`` inspects them;
``policy.compiler`` turns a :class:`Table` into the compiled form. Every object that comes from
a cell carries its :class:`Location` so that every diagnostic can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = [
    "FIELD_TYPES",
    "HIT_POLICIES",
    "AGGREGATIONS",
    "TEST_OPS",
    "Location",
    "Diagnostic",
    "InputField",
    "DerivedField",
    "OutputField",
    "Test",
    "Condition",
    "OutputCell",
    "Rule",
    "SubTable",
    "ParameterValue",
    "Example",
    "PlausibilityCheck",
    "OutcomePhrase",
    "Table",
    "ASSESSMENT_VALUE",
]

#: The output value that hands a case to a person: the source leaves the judgement to the IND
#: ("kan", "in zeer bijzondere gevallen"). A decision with it has status ``beoordeling_vereist``.
ASSESSMENT_VALUE = "beoordeling_vereist"

#: Field types as officers write them in the workbook (column ``type``).
FIELD_TYPES = (
    "tekst",
    "geheel getal",
    "getal",
    "datum",
    "ja/nee",
    "keuzelijst",
    "landcode",  # ISO 3166-1 alpha-2; every officially assigned code is allowed
    "lijst",  # list of values (from ``toegestane_waarden`` when given); outputs/intermediates
)

#: DMN hit policies (canonical English names; the reader also accepts the Dutch names).
HIT_POLICIES = ("UNIQUE", "FIRST", "PRIORITY", "ANY", "COLLECT", "RULE ORDER", "OUTPUT ORDER")
AGGREGATIONS = ("SUM", "COUNT", "MIN", "MAX")

#: Operators of a compiled condition test. ``any`` is never compiled (no test).
TEST_OPS = (
    "eq", "ne", "lt", "le", "gt", "ge", "in", "not_in", "between", "not_between", "empty", "present",
)


@dataclass(frozen=True)
class Location:
    """Where something stands: ``werkboek › blad › cel`` (cel may be ``A1`` or ``rij 12``)."""

    werkboek: str
    blad: str | None = None
    cel: str | None = None

    def __str__(self) -> str:
        return " › ".join(p for p in (self.werkboek, self.blad, self.cel) if p)


@dataclass(frozen=True)
class Diagnostic:
    """One workbook problem: stable snake_case ``code`` and a Dutch ``message``."""

    code: str
    message: str
    location: Location
    severity: str = "fout"  # "fout" blocks compilation, "waarschuwing" does not

    @property
    def is_error(self) -> bool:
        return self.severity == "fout"

    def __str__(self) -> str:
        return f"{self.location}  {self.code}\n  {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "werkboek": self.location.werkboek,
            "blad": self.location.blad,
            "cel": self.location.cel,
            "plaats": str(self.location),
        }


@dataclass(frozen=True)
class InputField:
    """A fact the caller supplies (``context`` inputs are filled in by the service)."""

    name: str
    type: str
    allowed: tuple[str, ...] | None = None
    minimum: Any = None
    maximum: Any = None
    required: bool = True
    description: str = ""
    context: bool = False
    default: Any = None
    location: Location | None = None
    #: ``bron_standaard``: where the source states the default (same form as a rule's bron).
    default_source: str = ""
    default_location: Location | None = None  # the ``standaard`` cell

    @property
    def absence(self) -> str:
        """What an absent value means: ``fout`` (400), ``standaard`` or ``onbekend``."""
        if self.default is not None:
            return "standaard"
        return "fout" if self.required and not self.context else "onbekend"


@dataclass(frozen=True)
class DerivedField:
    """An input computed from other fields by a formula (parsed by ``policy.expr``)."""

    name: str
    type: str
    formula: str
    expr: Any  # JSON-able AST from policy.expr.parse_formula
    description: str = ""
    location: Location | None = None


@dataclass(frozen=True)
class OutputField:
    name: str
    type: str
    allowed: tuple[str, ...] | None = None
    default: Any = None
    description: str = ""
    intermediate: bool = False  # produced by one table, read by another; not in the decision
    location: Location | None = None
    type_location: Location | None = None  # the cell of its type
    no_value: bool = False  # standaard 'geen waarde': no row matching is a deliberate "no value"


@dataclass(frozen=True)
class Test:
    """A parsed condition cell. Values are typed (date, int, float, bool, str)."""

    __test__ = False  # not a pytest test class

    op: str  # one of TEST_OPS, or "any"
    value: Any = None  # eq ne lt le gt ge
    values: tuple[Any, ...] = ()  # in not_in
    low: Any = None  # between not_between
    high: Any = None
    low_inclusive: bool = True
    high_inclusive: bool = True


@dataclass(frozen=True)
class Condition:
    field: str
    text: str
    test: Test
    location: Location | None = None


@dataclass(frozen=True)
class OutputCell:
    """An output cell of a rule: a typed literal or a formula (``expr`` set)."""

    field: str
    text: str
    value: Any = None
    expr: Any = None
    location: Location | None = None

    @property
    def is_expression(self) -> bool:
        return self.expr is not None


@dataclass(frozen=True)
class Rule:
    regel_id: str
    row: int  # the sheet row (1-based, as Excel shows it)
    sheet: str
    conditions: tuple[Condition, ...]
    outputs: tuple[OutputCell, ...]
    bron: str
    geldig_van: date | None = None  # None: open-ended
    geldig_tot: date | None = None  # inclusive; None: open-ended
    toelichting: str = ""
    location: Location | None = None  # the regel_id cell
    #: Locations of the rule's own cells by column (``bron``, ``geldig_van``, ``geldig_tot``, …).
    cells: dict[str, Location] = field(default_factory=dict, compare=False)
    #: The Dutch clause a decision letter quotes for this row (``{veld}`` placeholders); "" when
    #: the row has none (one is generated from its conditions), "-" when it adds no reason.
    motivering: str = ""

    def in_force(self, day: date) -> bool:
        return (self.geldig_van is None or self.geldig_van <= day) and (
            self.geldig_tot is None or day <= self.geldig_tot
        )


@dataclass(frozen=True)
class SubTable:
    """One decision table of a workbook (a workbook may hold several that feed each other)."""

    name: str
    sheet: str
    hit_policy: str
    aggregation: str | None
    inputs: tuple[str, ...]  # condition columns, in sheet order
    outputs: tuple[str, ...]  # output columns, in sheet order
    rules: tuple[Rule, ...]
    description: str = ""
    location: Location | None = None


@dataclass(frozen=True)
class ParameterValue:
    """A dated parameter value, e.g. the quotum for one country in one period."""

    name: str
    key: str | None
    value: Any
    geldig_van: date | None
    geldig_tot: date | None
    bron: str = ""
    toelichting: str = ""
    location: Location | None = None  # the naam cell
    #: Locations of the row's own cells by column (``sleutel``, ``waarde``, ``bron``, ``geldig_van``, …).
    cells: dict[str, Location] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Example:
    """A worked example from the ``Voorbeelden`` sheet; runs as a test."""

    name: str
    row: int
    peildatum: date | None
    facts: dict[str, Any]
    expected: dict[str, Any]
    toelichting: str = ""
    location: Location | None = None  # the ``voorbeeld`` (name) cell
    #: Where each expected value (and ``fout``) stands, by output name.
    cells: dict[str, Location] = field(default_factory=dict)


@dataclass(frozen=True)
class PlausibilityCheck:
    """A row of the ``Controles`` sheet: facts that cannot be true together are refused (400).

    ``expr`` must hold for the facts; it is checked only when every field it names has a value.
    """

    regel_id: str
    condition: str  # as written, e.g. ``geboortedatum <= aanvraagdatum``
    expr: Any  # JSON-able AST from policy.expr.parse_formula
    message: str  # Dutch, shown to the client
    bron: str = ""
    row: int = 0
    location: Location | None = None  # the regel_id cell
    cells: dict[str, Location] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class OutcomePhrase:
    """A row of the ``Uitkomsten`` sheet: the sentence a decision letter opens with for one value
    of a decision output (``De aanvraag wordt afgewezen``); ``value`` None: any value."""

    output: str
    value: Any
    sentence: str  # may hold ``{veld}`` placeholders
    location: Location | None = None  # the zin cell
    #: Locations of the row's own cells by column (``uitvoer``, ``waarde``, ``zin``).
    cells: dict[str, Location] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Table:
    """A whole workbook: the unit that is versioned (by the sha256 of its file)."""

    table_id: str
    path: str
    version: str
    title: str
    owner: str
    description: str
    peildatum_field: str
    inputs: tuple[InputField, ...]
    derived: tuple[DerivedField, ...]
    outputs: tuple[OutputField, ...]
    subtables: tuple[SubTable, ...]
    parameters: tuple[ParameterValue, ...] = ()
    examples: tuple[Example, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    checks: tuple[PlausibilityCheck, ...] = ()  # the Controles sheet
    outcomes: tuple[OutcomePhrase, ...] = ()  # the Uitkomsten sheet

    @property
    def workbook_name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def field_types(self) -> dict[str, str]:
        """Every name a condition or formula may read, with its type."""
        types: dict[str, str] = {f.name: f.type for f in self.inputs}
        types.update({f.name: f.type for f in self.derived})
        types.update({f.name: f.type for f in self.outputs})
        return types
