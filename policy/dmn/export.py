"""A workbook as DMN 1.3 models (``regelwerk exporteer``): one model per period of validity.

DMN has no validity dates, so the rows of a workbook in force over one period (and the parameter
values of that period) become one model; a workbook without dates is one model. Each table is a
decision with a decision table, each derived field a decision with a FEEL literal expression,
each input an inputData; information requirements follow what reads what. The formula functions
FEEL lacks and the parameters are business knowledge models (see ``policy.dmn.feel``).

What DMN cannot hold but a case system relies on (``verplicht``, ``standaard``, ``herkomst``,
the exact type, the peildatum, which outputs are tussenresultaat) travels in attributes of the
namespace ``RW``, which modelers ignore and ``regelwerk importeer`` reads. What cannot be
expressed at all is a diagnostic at its cell: a ``fout`` writes nothing, a ``waarschuwing`` says
what the model leaves out (the quota, which the service applies).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from xml.etree import ElementTree as ET

from policy.dmn.feel import FUNCTION, LIBRARY, FeelError, feel_literal, to_feel
from policy.expr import names_in
from policy.model import Diagnostic, Location, Rule, SubTable, Table, Test

__all__ = ["DMN_NS", "RW", "ExportedModel", "export_models"]

DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/"
RW = "https://regelwerk.nl/dmn/uitbreiding/1"
_BASE = {"tekst": "string", "keuzelijst": "string", "landcode": "string", "lijst": "string",
         "geheel getal": "number", "getal": "number", "datum": "date", "ja/nee": "boolean"}
_COLLECTING = ("COLLECT", "RULE ORDER", "OUTPUT ORDER")


@dataclass(frozen=True)
class ExportedModel:
    """One model: the period it covers (inclusive; None is open) and its XML."""

    start: date | None
    end: date | None
    xml: bytes

    @property
    def label(self) -> str:
        if self.start is None and self.end is None:
            return "altijd"
        return f"{self.start.isoformat() if self.start else 'begin'}_{self.end.isoformat() if self.end else 'heden'}"


def _periods(table: Table) -> list[tuple[date | None, date | None]]:
    cuts: set[date] = set()
    rows: list[Any] = [r for s in table.subtables for r in s.rules] + list(table.parameters)
    for r in rows:
        if r.geldig_van is not None:
            cuts.add(r.geldig_van)
        if r.geldig_tot is not None and r.geldig_tot < date.max:
            cuts.add(r.geldig_tot + timedelta(days=1))
    bounds = sorted(cuts)
    starts: list[date | None] = [None, *bounds]
    out = []
    for k, start in enumerate(starts):
        end = bounds[k] - timedelta(days=1) if k < len(bounds) else None
        day = start if start is not None else (bounds[0] - timedelta(days=1) if bounds else date(2000, 1, 1))
        if any(r.in_force(day) for s in table.subtables for r in s.rules):
            out.append((start, end, day))
    return [(s, e) for s, e, _ in out]


def _day(start: date | None, end: date | None) -> date:
    if start is not None:
        return start
    return end if end is not None else date(2000, 1, 1)


def _ident(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", text)


class _Builder:
    def __init__(self, table: Table, problems: list[Diagnostic]) -> None:
        self.t = table
        self.problems = problems
        self.types = table.field_types()
        self.outputs = {o.name: o for o in table.outputs}
        self.producer: dict[str, SubTable] = {}
        for s in table.subtables:
            for o in s.outputs:
                self.producer.setdefault(o, s)
        self.inputs = {i.name for i in table.inputs}
        self.derived = {d.name for d in table.derived}

    def fail(self, location: Location | None, message: str, severity: str = "fout") -> None:
        code = "dmn_niet_exporteerbaar" if severity == "fout" else "dmn_export_onvolledig"
        self.problems.append(Diagnostic(code, message, location or Location(self.t.workbook_name), severity))

    # names ------------------------------------------------------------------------------
    def ref(self, name: str) -> str:
        """How FEEL reads field ``name``: an input or derived field by name, a table's output
        as the decision (one output) or ``decision.output``."""
        s = self.producer.get(name)
        if s is None:
            return name
        return s.name if len(s.outputs) == 1 else f"{s.name}.{name}"

    def element_of(self, name: str) -> tuple[str, str] | None:
        if name in self.inputs:
            return ("requiredInput", f"invoer_{name}")
        if name in self.derived:
            return ("requiredDecision", f"afgeleid_{name}")
        if name in self.producer:
            return ("requiredDecision", f"tabel_{self.producer[name].name}")
        return None

    # xml ----------------------------------------------------------------------------------
    def build(self, start: date | None, end: date | None) -> bytes:
        t = self.t
        day = _day(start, end)
        ET.register_namespace("", DMN_NS)
        ET.register_namespace("rw", RW)
        period = ("" if start is None and end is None else
                  f" (geldig {'van ' + start.isoformat() if start else ''}"
                  f"{' ' if start and end else ''}{'tot en met ' + end.isoformat() if end else ''})")
        root = ET.Element(_q("definitions"), {
            "id": "werkboek_" + _ident(t.table_id), "name": t.title + period,
            "namespace": f"https://regelwerk.nl/dmn/{t.table_id}/{start.isoformat() if start else 'begin'}",
            _r("peildatum"): t.peildatum_field, _r("eigenaar"): t.owner,
            **({_r("geldig_van"): start.isoformat()} if start else {}),
            **({_r("geldig_tot"): end.isoformat()} if end else {}),
        })
        _text(root, "description", (t.description or t.title) + period)
        for f in t.inputs:
            self.item(root, f.name, f.type, f.allowed, f.minimum, f.maximum)
        for d in t.derived:
            self.item(root, d.name, d.type, None, None, None)
        for o in t.outputs:
            self.item(root, o.name, o.type, o.allowed, None, None)
        used: set[str] = set()
        for f in t.inputs:
            attrs = {"id": f"invoer_{f.name}", "name": f.name}
            if not f.required:
                attrs[_r("verplicht")] = "nee"
            if f.default is not None:
                attrs[_r("standaard")] = feel_literal(f.default)
            if f.context:
                attrs[_r("herkomst")] = "context"
            el = ET.SubElement(root, _q("inputData"), attrs)
            if f.description:
                _text(el, "description", f.description)
            ET.SubElement(el, _q("variable"), {"id": f"invoer_{f.name}_var", "name": f.name, "typeRef": f"type_{f.name}"})
        for d in t.derived:
            own: set[str] = set()
            try:
                text = to_feel(d.expr, self.ref, own)
            except FeelError as exc:
                self.fail(d.location, f"De formule van afgeleid veld {d.name} ('{d.formula}') kan niet als FEEL: {exc}.")
                continue
            used |= own
            el = ET.SubElement(root, _q("decision"), {"id": f"afgeleid_{d.name}", "name": d.name})
            if d.description:
                _text(el, "description", d.description)
            ET.SubElement(el, _q("variable"), {"id": f"afgeleid_{d.name}_var", "name": d.name, "typeRef": f"type_{d.name}"})
            self.requirements(el, names_in(d.expr), own)
            lit = ET.SubElement(el, _q("literalExpression"), {"id": f"afgeleid_{d.name}_expr", "typeRef": f"type_{d.name}"})
            _text(lit, "text", text)
        for s in t.subtables:
            used |= self.decision(root, s, day)
        for name in sorted(used):
            self.knowledge(root, name, day)
        ET.indent(root)
        return ET.tostring(root, encoding="utf-8", xml_declaration=True)

    def item(self, root: ET.Element, name: str, ftype: str, allowed: Any, minimum: Any, maximum: Any) -> None:
        attrs = {"id": f"type_{name}", "name": f"type_{name}", _r("type"): ftype}
        if ftype == "lijst":
            attrs["isCollection"] = "true"
        el = ET.SubElement(root, _q("itemDefinition"), attrs)
        _text(el, "typeRef", _BASE[ftype], plain=True)
        tests = None
        if allowed:
            tests = ", ".join(feel_literal(v) for v in allowed)
        elif minimum is not None and maximum is not None:
            tests = f"[{feel_literal(minimum)}..{feel_literal(maximum)}]"
        elif minimum is not None:
            tests = f">= {feel_literal(minimum)}"
        elif maximum is not None:
            tests = f"<= {feel_literal(maximum)}"
        if tests:
            _text(ET.SubElement(el, _q("allowedValues")), "text", tests, plain=True)

    def requirements(self, el: ET.Element, names: Any, functions: set[str]) -> None:
        seen: set[str] = set()
        for name in names:
            target = self.element_of(name)
            if target is None or target[1] in seen:
                continue
            seen.add(target[1])
            req = ET.SubElement(el, _q("informationRequirement"), {"id": f"{el.get('id')}_leest_{target[1]}"})
            ET.SubElement(req, _q(target[0]), {"href": f"#{target[1]}"})
        for fn in sorted(functions):
            req = ET.SubElement(el, _q("knowledgeRequirement"), {"id": f"{el.get('id')}_gebruikt_{fn}"})
            ET.SubElement(req, _q("requiredKnowledge"), {"href": f"#{fn}"})

    def decision(self, root: ET.Element, s: SubTable, day: date) -> set[str]:
        used: set[str] = set()
        did = f"tabel_{s.name}"
        el = ET.SubElement(root, _q("decision"), {"id": did, "name": s.name})
        if s.description:
            _text(el, "description", s.description)
        if len(s.outputs) == 1:
            ET.SubElement(el, _q("variable"), {"id": f"{did}_var", "name": s.name, "typeRef": f"type_{s.outputs[0]}"})
        else:
            ET.SubElement(el, _q("variable"), {"id": f"{did}_var", "name": s.name})
        rules = [r for r in s.rules if r.in_force(day)]
        cells: list[tuple[Rule, list[str], list[str]]] = []
        for r in rules:
            tests = [self.test(r, c.field, c.test, c.location) for c in r.conditions]
            outs = [self.output_entry(s, r, name, used) for name in s.outputs]
            cells.append((r, tests, outs))
        read = list(s.inputs) + [n for r in rules for c in r.outputs if c.is_expression for n in names_in(c.expr)]
        self.requirements(el, read, used)
        attrs = {"id": f"{did}_tabel", "hitPolicy": s.hit_policy}
        if s.aggregation:
            attrs["aggregation"] = s.aggregation
        if len(s.outputs) == 1:
            attrs["outputLabel"] = s.outputs[0]
        dt = ET.SubElement(el, _q("decisionTable"), attrs)
        for k, name in enumerate(s.inputs):
            i = ET.SubElement(dt, _q("input"), {"id": f"{did}_invoer_{k + 1}", "label": name})
            expr = ET.SubElement(i, _q("inputExpression"), {"id": f"{did}_invoer_{k + 1}_expr",
                                                            "typeRef": f"type_{name}"})
            _text(expr, "text", self.ref(name))
        for k, name in enumerate(s.outputs):
            o = self.outputs[name]
            collect = s.hit_policy in _COLLECTING and not s.aggregation
            attrs = {"id": f"{did}_uitvoer_{k + 1}", "name": name, "label": name,
                     "typeRef": _BASE[o.type] if collect or s.aggregation else f"type_{name}",
                     _r("tussenresultaat"): "ja" if o.intermediate else "nee", _r("type"): o.type}
            out = ET.SubElement(dt, _q("output"), attrs)
            if o.allowed:
                _text(ET.SubElement(out, _q("outputValues")), "text", ", ".join(feel_literal(v) for v in o.allowed),
                      plain=True)
            if o.default is not None and not o.no_value and s.hit_policy not in _COLLECTING:
                _text(ET.SubElement(out, _q("defaultOutputEntry")), "text", feel_literal(o.default), plain=True)
        ET.SubElement(dt, _q("annotation"), {"name": "bron"})
        ET.SubElement(dt, _q("annotation"), {"name": "toelichting"})
        for n, (r, tests, outs) in enumerate(cells, start=1):
            rule = ET.SubElement(dt, _q("rule"), {"id": f"{did}_regel_{n}", "label": r.regel_id})
            for text in tests:
                _text(ET.SubElement(rule, _q("inputEntry")), "text", text, plain=True)
            for text in outs:
                _text(ET.SubElement(rule, _q("outputEntry")), "text", text, plain=True)
            _text(ET.SubElement(rule, _q("annotationEntry")), "text", r.bron, plain=True)
            _text(ET.SubElement(rule, _q("annotationEntry")), "text", r.toelichting, plain=True)
        return used

    def test(self, r: Rule, name: str, test: Test, location: Location | None) -> str:
        is_list = self.types.get(name) == "lijst"
        op = test.op
        if op == "any":
            return "-"
        if op == "empty":
            return "null, []" if is_list else "null"
        if op == "present":
            return "not(null, [])" if is_list else "not(null)"
        if is_list:
            self.fail(location, f"De voorwaarde van regel {r.regel_id} op lijst {name} heeft geen exacte FEEL-vorm; "
                                f"op een lijst kan alleen 'leeg' of 'niet leeg'.")
            return "-"
        if op == "eq":
            return feel_literal(test.value)
        if op == "ne":  # a test on no value fails here; FEEL's not("x") holds for null, not(null, "x") does not
            return f"not(null, {feel_literal(test.value)})"
        if op in ("lt", "le", "gt", "ge"):
            return f"{ {'lt': '<', 'le': '<=', 'gt': '>', 'ge': '>='}[op]} {feel_literal(test.value)}"
        if op == "in":
            return ", ".join(feel_literal(v) for v in test.values)
        if op == "not_in":
            return "not(null, " + ", ".join(feel_literal(v) for v in test.values) + ")"
        if op in ("between", "not_between"):
            text = (("[" if test.low_inclusive else "(") + f"{feel_literal(test.low)}..{feel_literal(test.high)}"
                    + ("]" if test.high_inclusive else ")"))
            return text if op == "between" else f"not(null, {text})"
        self.fail(location, f"De voorwaarde '{op}' van regel {r.regel_id} heeft geen FEEL-vorm.")
        return "-"

    def output_entry(self, s: SubTable, r: Rule, name: str, used: set[str]) -> str:
        cell = next((c for c in r.outputs if c.field == name), None)
        o = self.outputs[name]
        collect = s.hit_policy in _COLLECTING
        if cell is not None and cell.is_expression:
            own: set[str] = set()
            try:
                text = to_feel(cell.expr, self.ref, own)
            except FeelError as exc:
                self.fail(cell.location, f"De formule '{cell.text}' van regel {r.regel_id} kan niet als FEEL: {exc}.")
                return "null"
            if collect:
                self.fail(cell.location, f"Regel {r.regel_id} van verzamelende tabel {s.name} berekent {name}; een "
                                         f"lijst daaruit voegt deze tabel samen, DMN zou een lijst in de lijst geven.")
            used |= own
            return text
        value = cell.value if cell is not None else o.default
        where = cell.location if cell is not None else r.location
        if collect:
            if value is None or (isinstance(value, (list, tuple)) and len(value) != 1):
                self.fail(where, f"Regel {r.regel_id} van verzamelende tabel {s.name} geeft voor {name} "
                                 f"{'geen' if not value else 'meer dan één'} waarde; DMN verzamelt per regel precies "
                                 f"één waarde (null of een lijst zou in de uitkomst komen).")
                return "null"
            if isinstance(value, (list, tuple)):
                value = value[0]
        try:
            return feel_literal(list(value) if isinstance(value, tuple) else value)
        except FeelError as exc:
            self.fail(where, f"De uitvoer van regel {r.regel_id} voor {name}: {exc}.")
            return "null"

    def knowledge(self, root: ET.Element, name: str, day: date) -> None:
        el = ET.SubElement(root, _q("businessKnowledgeModel"), {"id": name, "name": name})
        ET.SubElement(el, _q("variable"), {"id": f"{name}_var", "name": name})
        logic = ET.SubElement(el, _q("encapsulatedLogic"), {"id": f"{name}_logica", "kind": "FEEL"})
        if name.startswith(FUNCTION):
            params, result, body = LIBRARY[name[len(FUNCTION):]]
            _text(el, "description", f"De functie {name[len(FUNCTION):]}() van de formules van Regelwerk.", first=True)
        else:
            pname = name[len("parameter_"):]
            values = [p for p in self.t.parameters if p.name == pname and _covers(p, day)]
            keyed = any(p.key is not None for p in self.t.parameters if p.name == pname)
            params = (("sleutel", "string"),) if keyed else ()
            result = "Any"
            if keyed:
                body = "get value({" + ", ".join(f"{feel_literal(p.key)}: {feel_literal(p.value)}" for p in values) + "}, sleutel)"
            else:
                body = feel_literal(values[0].value if values else None)
            bron = "; ".join(sorted({p.bron for p in values if p.bron}))
            _text(el, "description", f"Parameter {pname} in deze periode" + (f" (bron: {bron})" if bron else "") + ".",
                  first=True)
        for pname, ptype in params:
            ET.SubElement(logic, _q("formalParameter"), {"name": pname, "typeRef": ptype})
        lit = ET.SubElement(logic, _q("literalExpression"), {"typeRef": result})
        _text(lit, "text", body)


def _covers(p: Any, day: date) -> bool:
    return (p.geldig_van is None or p.geldig_van <= day) and (p.geldig_tot is None or day <= p.geldig_tot)


def _q(tag: str) -> str:
    return f"{{{DMN_NS}}}{tag}"


def _r(attr: str) -> str:
    return f"{{{RW}}}{attr}"


def _text(parent: ET.Element, tag: str, text: str, *, plain: bool = False, first: bool = False) -> ET.Element:
    """A child ``tag`` holding ``text``; DMN expressions (``plain`` False) hold it in a ``text`` child."""
    el = ET.Element(_q(tag))
    if first:
        parent.insert(0, el)
    else:
        parent.append(el)
    el.text = text
    return el


def export_models(table: Table) -> tuple[list[ExportedModel], list[Diagnostic]]:
    """The DMN 1.3 models of ``table`` (one per period of validity) and the diagnostics.

    Models are returned even when there are errors (the caller writes nothing then).
    """
    problems: list[Diagnostic] = []
    builder = _Builder(table, problems)
    quota = table.extra.get("quota")
    if quota:
        where = (table.extra.get("quota_locations") or {}).get("parameter")
        builder.fail(where, f"Het quotum ({quota.get('parameter')} per {quota.get('key')}) past de dienst toe, niet de "
                            f"tabel; het DMN-model bevat de teller {quota.get('counter')} als gewone invoer.",
                     "waarschuwing")
    if table.checks:
        first = table.checks[0]
        builder.fail(first.location, f"De {len(table.checks)} controle(s) van het blad Controles past de dienst toe vóór "
                                     f"het beslissen; het DMN-model bevat ze niet en beslist ook over feiten die "
                                     f"Controles weigert.", "waarschuwing")
    drg = [("invoer", i.name, i.location) for i in table.inputs] + [("afgeleid", d.name, d.location) for d in table.derived]
    names = {n for _, n, _ in drg}
    for s in table.subtables:
        if s.name in names:
            builder.fail(s.location, f"Tabel {s.name} heet als een invoer of afgeleid veld; in DMN moeten beslissingen "
                                     f"en invoer verschillende namen hebben.")
    models = [ExportedModel(start, end, builder.build(start, end)) for start, end in _periods(table)]
    if not models:
        builder.fail(None, "Het werkboek heeft geen regels; er is niets te exporteren.")
    return models, list(dict.fromkeys(problems))  # each period's build reports the same cells
