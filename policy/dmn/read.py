"""Read a DMN 1.2/1.3 model (untrusted XML, parsed with defusedxml) into plain decision tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped]  # no stubs pinned

__all__ = ["DmnInput", "DmnOutput", "DmnRule", "DmnTable", "DmnModel", "read_dmn"]


@dataclass(frozen=True)
class DmnInput:
    id: str
    expression: str
    type_ref: str | None
    values: str | None


@dataclass(frozen=True)
class DmnOutput:
    id: str
    name: str
    type_ref: str | None
    values: str | None
    default: str | None = None  # defaultOutputEntry


@dataclass(frozen=True)
class DmnRule:
    id: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    annotations: tuple[str, ...]


@dataclass(frozen=True)
class DmnTable:
    decision_id: str
    name: str
    hit_policy: str
    aggregation: str | None
    inputs: tuple[DmnInput, ...]
    outputs: tuple[DmnOutput, ...]
    rules: tuple[DmnRule, ...]
    required_decisions: tuple[str, ...]  # decision ids this one reads
    description: str = ""


@dataclass(frozen=True)
class DmnModel:
    name: str
    tables: tuple[DmnTable, ...]
    #: decisions that are not decision tables (literal expressions…): (id, name, element kind)
    unsupported: tuple[tuple[str, str, str], ...] = field(default=())


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el, name):
    return next((c for c in el if _local(c.tag) == name), None)


def _children(el, name):
    return [c for c in el if _local(c.tag) == name]


def _text(el) -> str | None:
    if el is None:
        return None
    t = _child(el, "text")
    return (t.text or "").strip() if t is not None else None


def read_dmn(source: str | Path | bytes) -> DmnModel:
    """Parse a DMN model. Raises defusedxml / ElementTree errors on malformed or hostile XML."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    root = SafeET.fromstring(data)
    items = {}
    for item in _children(root, "itemDefinition"):
        type_ref = _child(item, "typeRef")
        allowed = _child(item, "allowedValues")
        items[item.get("name")] = ((type_ref.text or "").strip() if type_ref is not None else None,
                                   _text(allowed))
        for comp in _children(item, "itemComponent"):
            ctype = _child(comp, "typeRef")
            items[(item.get("name"), comp.get("name"))] = (
                (ctype.text or "").strip() if ctype is not None else None, _text(_child(comp, "allowedValues")))
    tables, unsupported = [], []
    for decision in _children(root, "decision"):
        did, name = decision.get("id", ""), decision.get("name", "")
        dt = _child(decision, "decisionTable")
        if dt is None:
            kinds = [_local(c.tag) for c in decision
                     if _local(c.tag) not in ("variable", "informationRequirement", "knowledgeRequirement",
                                              "authorityRequirement", "description", "extensionElements",
                                              "question", "allowedAnswers")]
            unsupported.append((did, name, kinds[0] if kinds else "leeg"))
            continue
        required = tuple(
            href.lstrip("#")
            for req in _children(decision, "informationRequirement")
            for rd in _children(req, "requiredDecision")
            for href in [rd.get("href", "")]
        )
        variable = _child(decision, "variable")
        var_type = variable.get("typeRef") if variable is not None else None
        inputs = tuple(
            DmnInput(i.get("id", ""), _text(_child(i, "inputExpression")) or "",
                     _child(i, "inputExpression").get("typeRef") if _child(i, "inputExpression") is not None else None,
                     _text(_child(i, "inputValues")))
            for i in _children(dt, "input")
        )
        outs = _children(dt, "output")
        outputs = []
        for o in outs:
            oname = o.get("name") or (name if len(outs) == 1 else o.get("id", ""))
            type_ref = o.get("typeRef") or (dt.get("typeRef") if len(outs) == 1 else None) or (
                var_type if len(outs) == 1 else None)
            values = _text(_child(o, "outputValues"))
            if type_ref is None and (var_type, oname) in items:
                type_ref, allowed = items[(var_type, oname)]
                values = values or allowed
            if type_ref in items:
                base, allowed = items[type_ref]
                type_ref, values = base, values or allowed
            outputs.append(DmnOutput(o.get("id", ""), oname, type_ref, values, _text(_child(o, "defaultOutputEntry"))))
        rules = tuple(
            DmnRule(r.get("id", ""),
                    tuple(_text(e) or "" for e in _children(r, "inputEntry")),
                    tuple(_text(e) or "" for e in _children(r, "outputEntry")),
                    tuple(_text(e) or "" for e in _children(r, "annotationEntry")))
            for r in _children(dt, "rule")
        )
        desc = _child(decision, "description")
        tables.append(DmnTable(did, name, (dt.get("hitPolicy") or "UNIQUE").upper(), dt.get("aggregation"),
                               inputs, tuple(outputs), rules, required,
                               (desc.text or "").strip() if desc is not None else ""))
    return DmnModel(root.get("name", ""), tuple(tables), tuple(unsupported))
