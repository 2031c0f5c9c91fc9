"""Does a workbook still fit its table? The interface a case system depends on.

The interface is what a case system sends and receives: the inputs it supplies (name, type,
allowed values, minimum and maximum, whether it must send them), the outputs of the decision
(name, type, allowed values), the title, the peildatum field and the quota declaration. Rules,
parameters, examples, descriptions, derived inputs, intermediate results and default values are
content. Compatible additions are not differences: an input the case system need not send
because it has a default, and an input that stops being required.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from policy.compiler import CompiledTable, encode_value
from policy.model import Table

__all__ = ["InterfaceDifference", "interface_differences", "INTERFACE_CODES"]

#: Every ``InterfaceDifference.code``.
INTERFACE_CODES = (
    "titel", "peildatum", "invoer_toegevoegd", "invoer_verwijderd", "invoer_type", "invoer_waarden",
    "invoer_grens", "invoer_verplicht", "invoer_herkomst", "uitvoer_toegevoegd", "uitvoer_verwijderd",
    "uitvoer_type", "uitvoer_waarden", "quotum",
)


@dataclass(frozen=True)
class InterfaceDifference:
    """One way the new workbook's interface differs from the table's: a code and a Dutch sentence."""

    code: str  # one of INTERFACE_CODES
    message: str
    field: str | None = None  # the input or output concerned
    old: Any = None  # JSON-able; dates as JJJJ-MM-DD
    new: Any = None

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "field": self.field, "old": self.old, "new": self.new, "message": self.message}


Source = Table | CompiledTable | Mapping[str, Any]


def interface_differences(old: Source, new: Source) -> list[InterfaceDifference]:
    """How ``new`` (a workbook's model or compiled form) differs from ``old`` as a case system sees it.

    An empty list: a case system that works with ``old`` works unchanged with ``new``.
    """
    a, b = _interface(old), _interface(new)
    out: list[InterfaceDifference] = []
    if a["title"] != b["title"]:
        out.append(InterfaceDifference("titel", f"De titel verandert van '{a['title']}' in '{b['title']}'.",
                                       None, a["title"], b["title"]))
    if a["peildatum"] != b["peildatum"]:
        out.append(InterfaceDifference(
            "peildatum", f"De peildatum komt uit een ander veld: '{b['peildatum']}' in plaats van '{a['peildatum']}'.",
            None, a["peildatum"], b["peildatum"]))
    out.extend(_inputs(a["inputs"], b["inputs"]))
    out.extend(_outputs(a["outputs"], b["outputs"]))
    out.extend(_quota(a["quota"], b["quota"]))
    return out


def _interface(source: Source) -> dict[str, Any]:
    """The interface in the compiled form's terms (dates as ordinals), from a model or compiled form."""
    if isinstance(source, Table):
        quota = source.extra.get("quota") or {}
        return {
            "title": source.title.strip(),
            "peildatum": source.peildatum_field,
            "inputs": [{"name": f.name, "type": f.type, "allowed": f.allowed, "minimum": encode_value(f.minimum),
                        "maximum": encode_value(f.maximum), "required": f.required, "context": f.context,
                        "default": encode_value(f.default)} for f in source.inputs],
            "outputs": [{"name": f.name, "type": f.type, "allowed": f.allowed, "intermediate": f.intermediate}
                        for f in source.outputs],
            "quota": dict(quota),
        }
    data = source.data if isinstance(source, CompiledTable) else source
    # keys a compiled form stored by an older release may lack get their meaning's default
    inputs = [{"allowed": None, "minimum": None, "maximum": None, "required": True, "context": False,
               "default": None, **spec} for spec in data.get("inputs", [])]
    outputs = [{"allowed": None, "intermediate": False, **spec} for spec in data.get("outputs", [])]
    return {"title": str(data.get("title", "")).strip(), "peildatum": data.get("peildatum_field", ""),
            "inputs": inputs, "outputs": outputs, "quota": dict(data.get("quota") or {})}


def _by_name(specs: list[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {s["name"].lower(): s for s in specs}


def _must_send(spec: Mapping[str, Any]) -> bool:
    """Whether a case system must send the input (as the service's request schema decides)."""
    return bool(spec["required"]) and not spec["context"] and spec.get("default") is None


def _show(value: Any, kind: str) -> Any:
    if kind == "datum" and isinstance(value, int) and not isinstance(value, bool):
        return date.fromordinal(value).isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return value


def _values(allowed: Any) -> list[str] | None:
    return None if allowed is None else list(allowed)


def _allowed_change(what: str, name: str, old: Any, new: Any) -> str:
    if old is None:
        return f"De {what} '{name}' krijgt een vaste lijst van toegestane waarden: {', '.join(new)}."
    if new is None:
        return f"De {what} '{name}' heeft geen vaste lijst van toegestane waarden meer (was: {', '.join(old)})."
    plus = [v for v in new if v not in old]
    minus = [v for v in old if v not in new]
    parts = ([f"erbij {', '.join(plus)}"] if plus else []) + ([f"eraf {', '.join(minus)}"] if minus else [])
    return f"De toegestane waarden van {what} '{name}' veranderen: {'; '.join(parts)}."


def _inputs(old: list[Mapping[str, Any]], new: list[Mapping[str, Any]]) -> list[InterfaceDifference]:
    a, b = _by_name(old), _by_name(new)
    out = []
    for key, spec in a.items():
        name = spec["name"]
        if key not in b:
            if not spec["context"]:
                out.append(InterfaceDifference(
                    "invoer_verwijderd", f"De invoer '{name}' vervalt; een zaaksysteem dat die meestuurt, "
                    "krijgt een foutmelding.", name, name, None))
            continue
        other = b[key]
        if spec["context"] != other["context"]:
            if other["context"]:
                message = (f"De invoer '{name}' wordt door de dienst ingevuld (herkomst context); een "
                           "zaaksysteem mag die niet meer meesturen.")
            else:
                message = f"De invoer '{name}' moet voortaan door het zaaksysteem worden meegestuurd (herkomst feit)."
            out.append(InterfaceDifference("invoer_herkomst", message, name,
                                           "context" if spec["context"] else "feit",
                                           "context" if other["context"] else "feit"))
            continue
        if spec["context"]:
            continue  # filled in by the service: not the case system's concern
        if spec["type"] != other["type"]:
            out.append(InterfaceDifference(
                "invoer_type", f"Het type van invoer '{name}' verandert van {spec['type']} in {other['type']}.",
                name, spec["type"], other["type"]))
            continue
        if _set(spec["allowed"]) != _set(other["allowed"]):
            out.append(InterfaceDifference("invoer_waarden", _allowed_change("invoer", name, spec["allowed"], other["allowed"]),
                                           name, _values(spec["allowed"]), _values(other["allowed"])))
        for bound in ("minimum", "maximum"):
            if spec[bound] != other[bound]:
                before, after = _show(spec[bound], spec["type"]), _show(other[bound], other["type"])
                text = (f"Het {bound} van invoer '{name}' verandert van {_word(before)} in {_word(after)}.")
                out.append(InterfaceDifference("invoer_grens", text, name, before, after))
        if _must_send(other) and not _must_send(spec):
            out.append(InterfaceDifference(
                "invoer_verplicht", f"De invoer '{name}' wordt verplicht; een zaaksysteem moet die nu altijd "
                "meesturen.", name, False, True))
    for key, spec in b.items():
        if key in a or spec["context"]:
            continue
        name = spec["name"]
        if spec.get("default") is not None and not _must_send(spec):
            continue  # an optional input with a default: requests without it still decide
        why = ("een zaaksysteem moet die meesturen" if _must_send(spec)
               else "die is niet verplicht, maar zonder standaardwaarde is hij onbekend als hij ontbreekt")
        out.append(InterfaceDifference("invoer_toegevoegd", f"Er komt een invoer '{name}' ({spec['type']}) bij; {why}.",
                                       name, None, name))
    return out


def _word(value: Any) -> str:
    return "geen" if value is None else str(value)


def _set(values: Any) -> frozenset[str] | None:
    return None if values is None else frozenset(values)


def _outputs(old: list[Mapping[str, Any]], new: list[Mapping[str, Any]]) -> list[InterfaceDifference]:
    a = {k: s for k, s in _by_name(old).items() if not s["intermediate"]}
    b = {k: s for k, s in _by_name(new).items() if not s["intermediate"]}
    out = []
    for key, spec in a.items():
        name = spec["name"]
        if key not in b:
            out.append(InterfaceDifference("uitvoer_verwijderd", f"De uitvoer '{name}' staat niet meer in het besluit.",
                                           name, name, None))
            continue
        other = b[key]
        if spec["type"] != other["type"]:
            out.append(InterfaceDifference(
                "uitvoer_type", f"Het type van uitvoer '{name}' verandert van {spec['type']} in {other['type']}.",
                name, spec["type"], other["type"]))
        elif _set(spec["allowed"]) != _set(other["allowed"]):
            out.append(InterfaceDifference("uitvoer_waarden", _allowed_change("uitvoer", name, spec["allowed"], other["allowed"]),
                                           name, _values(spec["allowed"]), _values(other["allowed"])))
    for key, spec in b.items():
        if key not in a:
            name = spec["name"]
            out.append(InterfaceDifference("uitvoer_toegevoegd", f"Het besluit krijgt een uitvoer '{name}' ({spec['type']}) erbij.",
                                           name, None, name))
    return out


_QUOTA_WORDS = {"parameter": "quotum_parameter", "key": "quotum_sleutel", "counter": "quotum_teller",
                "output": "quotum_uitvoer", "value": "quotum_waarde", "ground": "quotum_grond"}


def _quota(old: dict[str, Any], new: dict[str, Any]) -> list[InterfaceDifference]:
    if old == new:
        return []
    if not old:
        return [InterfaceDifference("quotum", "Het nieuwe werkboek heeft een quotum; de tabel had er geen.",
                                    None, None, new)]
    if not new:
        return [InterfaceDifference("quotum", "Het nieuwe werkboek heeft geen quotum meer; de tabel had er een.",
                                    None, old, None)]
    parts = [f"{_QUOTA_WORDS.get(k, k)} van '{old.get(k, '')}' in '{new.get(k, '')}'"
             for k in _QUOTA_WORDS if old.get(k) != new.get(k)]
    return [InterfaceDifference("quotum", f"De quotumafspraak verandert: {'; '.join(parts)}.", None, old, new)]
