"""Read a DMN 1.2/1.3 model (untrusted XML, parsed with defusedxml) into plain decision tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped]  # no stubs pinned

__all__ = ["DmnInput", "DmnOutput", "DmnRule", "DmnTable", "DmnModel", "DmnInputData", "DmnLiteral", "DmnKnowledge",
           "DmnItem", "RW", "read_dmn"]

#: Regelwerk's own attributes (written by ``regelwerk exporteer``; other tools ignore them).
RW = "https://regelwerk.nl/dmn/uitbreiding/1"


def _rw(el, name: str) -> str | None:
    return el.get(f"{{{RW}}}{name}") if el is not None else None


@dataclass(frozen=True)
class DmnItem:
    """An itemDefinition: base typeRef, allowedValues, collection, Regelwerk's own type."""

    type_ref: str | None
    values: str | None
    collection: bool = False
    rw_type: str | None = None


@dataclass(frozen=True)
class DmnInputData:
    id: str
    name: str
    type_ref: str | None
    description: str
    attributes: dict[str, str]  # verplicht, standaard, herkomst (Regelwerk's attributes)


@dataclass(frozen=True)
class DmnLiteral:
    """A decision whose logic is a FEEL literal expression (a derived field)."""

    id: str
    name: str
    type_ref: str | None
    text: str
    description: str


@dataclass(frozen=True)
class DmnKnowledge:
    """A business knowledge model with a FEEL literal body."""

    id: str
    name: str
    parameters: tuple[str, ...]
    body: str | None
    description: str


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
    collection: bool = False
    rw_type: str | None = None
    intermediate: bool | None = None  # Regelwerk's tussenresultaat attribute, when present


@dataclass(frozen=True)
class DmnRule:
    id: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    annotations: tuple[str, ...]
    label: str | None = None


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
    annotation_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class DmnModel:
    name: str
    tables: tuple[DmnTable, ...]
    #: decisions that are neither decision tables nor literal expressions: (id, name, element kind)
    unsupported: tuple[tuple[str, str, str], ...] = field(default=())
    input_data: tuple[DmnInputData, ...] = ()
    literals: tuple[DmnLiteral, ...] = ()
    knowledge: tuple[DmnKnowledge, ...] = ()
    items: dict[str, DmnItem] = field(default_factory=dict)
    peildatum: str | None = None  # Regelwerk's peildatum attribute


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
    items: dict = {}
    item_defs: dict[str, DmnItem] = {}
    for item in _children(root, "itemDefinition"):
        type_ref = _child(item, "typeRef")
        allowed = _child(item, "allowedValues")
        items[item.get("name")] = ((type_ref.text or "").strip() if type_ref is not None else None,
                                   _text(allowed))
        item_defs[item.get("name", "")] = DmnItem(items[item.get("name")][0], items[item.get("name")][1],
                                                  item.get("isCollection") == "true", _rw(item, "type"))
        for comp in _children(item, "itemComponent"):
            ctype = _child(comp, "typeRef")
            items[(item.get("name"), comp.get("name"))] = (
                (ctype.text or "").strip() if ctype is not None else None, _text(_child(comp, "allowedValues")))
    tables, unsupported, literals = [], [], []
    for decision in _children(root, "decision"):
        did, name = decision.get("id", ""), decision.get("name", "")
        dt = _child(decision, "decisionTable")
        lit = _child(decision, "literalExpression")
        if dt is None and lit is not None:
            variable = _child(decision, "variable")
            desc = _child(decision, "description")
            literals.append(DmnLiteral(did, name, (variable.get("typeRef") if variable is not None else None)
                                       or lit.get("typeRef"), _text(lit) or "",
                                       (desc.text or "").strip() if desc is not None else ""))
            continue
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
            collection, rw_type = False, _rw(o, "type")
            if type_ref in items:
                base, allowed = items[type_ref]
                collection = item_defs[type_ref].collection
                rw_type = rw_type or item_defs[type_ref].rw_type
                type_ref, values = base, values or allowed
            flag = _rw(o, "tussenresultaat")
            outputs.append(DmnOutput(o.get("id", ""), oname, type_ref, values, _text(_child(o, "defaultOutputEntry")),
                                     collection, rw_type, None if flag is None else flag == "ja"))
        rules = tuple(
            DmnRule(r.get("id", ""),
                    tuple(_text(e) or "" for e in _children(r, "inputEntry")),
                    tuple(_text(e) or "" for e in _children(r, "outputEntry")),
                    tuple(_text(e) or "" for e in _children(r, "annotationEntry")), r.get("label"))
            for r in _children(dt, "rule")
        )
        desc = _child(decision, "description")
        tables.append(DmnTable(did, name, (dt.get("hitPolicy") or "UNIQUE").upper(), dt.get("aggregation"),
                               inputs, tuple(outputs), rules, required,
                               (desc.text or "").strip() if desc is not None else "",
                               tuple(a.get("name", "") for a in _children(dt, "annotation"))))
    input_data = []
    for el in _children(root, "inputData"):
        variable = _child(el, "variable")
        desc = _child(el, "description")
        input_data.append(DmnInputData(
            el.get("id", ""), el.get("name", ""), variable.get("typeRef") if variable is not None else None,
            (desc.text or "").strip() if desc is not None else "",
            {k: v for k in ("verplicht", "standaard", "herkomst") if (v := _rw(el, k)) is not None}))
    knowledge = []
    for el in _children(root, "businessKnowledgeModel"):
        logic = _child(el, "encapsulatedLogic")
        body = _child(logic, "literalExpression") if logic is not None else None
        desc = _child(el, "description")
        knowledge.append(DmnKnowledge(
            el.get("id", ""), el.get("name", ""),
            tuple(p.get("name", "") for p in _children(logic, "formalParameter")) if logic is not None else (),
            _text(body) if body is not None else None, (desc.text or "").strip() if desc is not None else ""))
    return DmnModel(root.get("name", ""), tuple(tables), tuple(unsupported), tuple(input_data), tuple(literals),
                    tuple(knowledge), item_defs, _rw(root, "peildatum"))
