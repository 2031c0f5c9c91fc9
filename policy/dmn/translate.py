"""DMN decision tables -> the rows of a workbook in our format, with Dutch diagnostics.

Only what the cell grammar expresses exactly is translated: simple unary tests (literals, lists,
comparisons, ranges, ``not(...)``, ``-``) and literal output entries. Anything else (other FEEL)
is a diagnostic naming the DMN element's id; nothing is approximated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from policy.dmn.feel import FeelError, from_feel, library_matches, parse_feel
from policy.dmn.read import DmnModel, DmnTable
from policy.expr.render import render
from policy.model import FIELD_TYPES
from policy.workbook.fields import NO_VALUE

__all__ = ["DmnProblem", "translate_model", "field_name", "DATE_INPUT"]

#: The peildatum input every imported workbook gets (DMN has no peildatum).
DATE_INPUT = "beslisdatum"
_TYPES = {"string": "tekst", "number": "getal", "boolean": "ja/nee", "date": "datum"}
_NUMBER = r"-?\d+(?:\.\d+)?"
_STRING = r'"(?:[^"\\]|\\.)*"'
_DATE = r'date\(\s*"(\d{4}-\d{2}-\d{2})"\s*\)'
_ENDPOINT = rf'(?:{_NUMBER}|date\(\s*"\d{{4}}-\d{{2}}-\d{{2}}"\s*\)|{_STRING})'
_SIMPLE = re.compile(rf"\s*(?:(<=|>=|<|>|=|!=)\s*)?({_ENDPOINT}|true|false)\s*")
_RANGE = re.compile(rf"\s*([\[\]\(])\s*({_ENDPOINT})\s*\.\.\s*({_ENDPOINT})\s*([\[\]\)])\s*")


@dataclass(frozen=True)
class DmnProblem:
    """An element the grammar cannot express: ``code``, DMN element id, Dutch message."""

    code: str
    element: str
    message: str

    def __str__(self) -> str:
        return f"DMN-element {self.element}  {self.code}\n  {self.message}"


def field_name(name: str) -> str:
    """A DMN name ('Approval Status', 'isAffordable') as a field name (approval_status, isaffordable)."""
    out = re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_").lower()
    if not out or out[0].isdigit():
        out = f"v_{out}"
    return "beslisdatum_dmn" if out == DATE_INPUT else out


def _split(text: str) -> list[str] | None:
    """Split on top-level commas (outside quotes and brackets); None when unbalanced."""
    parts, depth, quoted, start, i = [], 0, False, 0, 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\":
                i += 1
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth <= 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return None if quoted else [p.strip() for p in parts]


def _endpoint(token: str) -> str:
    m = re.fullmatch(_DATE, token.strip())
    if m:
        return m.group(1)
    return {"true": "ja", "false": "nee"}.get(token.strip(), token.strip())


def translate_test(text: str) -> str | None:
    """A DMN unary test as a condition cell, or None when it is more than a simple unary test."""
    text = text.strip()
    if text in ("", "-"):
        return "-"
    if re.fullmatch(r"null(\s*,\s*\[\s*\])?", text):  # no value (a list: or the empty list)
        return "leeg"
    m = re.fullmatch(r"not\s*\((.*)\)", text, re.S)
    if m:
        inner_text = m.group(1).strip()
        if re.fullmatch(r"null(\s*,\s*\[\s*\])?", inner_text):
            return "niet leeg"
        # not(null, x): x fails on no value, as a negation in a cell does
        inner_text = re.sub(r"^null\s*,\s*", "", inner_text)
        inner = translate_test(inner_text)
        return None if inner in (None, "-", "leeg") else f"niet({inner})"
    parts = _split(text)
    if parts is None:
        return None
    cells = []
    for part in parts:
        r = _RANGE.fullmatch(part)
        if r:
            cells.append(f"{r.group(1)}{_endpoint(r.group(2))}..{_endpoint(r.group(3))}{r.group(4)}")
            continue
        s = _SIMPLE.fullmatch(part)
        if not s:
            return None
        op, value = s.group(1), _endpoint(s.group(2))
        if op and len(parts) > 1:
            return None  # '< 18, > 65' has no cell form
        cells.append(f"{op} {value}" if op else value)
    return ", ".join(cells)


def _literal(text: str, ftype: str) -> Any:
    """An output entry as a literal cell value (None: not a literal)."""
    text = text.strip()
    if re.fullmatch(_STRING, text):
        if ftype == "lijst" and ("," in text or '"' in text[1:-1]):
            return None
        return text[1:-1].replace('\\"', '"')
    if re.fullmatch(_NUMBER, text) and ftype in ("getal", "geheel getal"):
        return float(text) if "." in text else int(text)
    if text in ("true", "false") and ftype == "ja/nee":
        return "ja" if text == "true" else "nee"
    m = re.fullmatch(_DATE, text)
    if m and ftype == "datum":
        return m.group(1)
    if ftype == "lijst" and re.fullmatch(r"\[(.*)\]", text, re.S):
        values = _values(text[1:-1]) if text[1:-1].strip() else []
        if values is not None and not any("," in v or '"' in v for v in values):
            return ", ".join(values) if values else "leeg"
    return None


def _values(text: str | None) -> list[str] | None:
    if not text:
        return None
    parts = _split(text) or []
    if not all(re.fullmatch(_STRING, p) for p in parts):
        return None
    return [p[1:-1] for p in parts]


def _allowed_cell(values: list[str]) -> str:
    return ", ".join(f'"{v}"' if ("," in v or '"' in v) else v for v in values)


def _type(type_ref: str | None, values: list[str] | None, element: str, problems: list[DmnProblem]) -> str:
    base = (type_ref or "string").split(":")[-1]
    if base not in _TYPES:
        problems.append(DmnProblem("dmn_niet_vertaalbaar", element,
                                   f"Het type '{type_ref}' kan niet in een werkbook; alleen string, number, "
                                   f"boolean en date worden vertaald."))
        return "tekst"
    return "keuzelijst" if base == "string" and values else _TYPES[base]


def _field_type(type_ref: str | None, values: list[str] | None, collection: bool, rw_type: str | None,
                element: str, problems: list[DmnProblem]) -> str:
    """Regelwerk's own type when the model says it (``rw:type``), else the type from the typeRef."""
    if rw_type in FIELD_TYPES:
        return rw_type  # type: ignore[return-value]
    if collection:
        return "lijst"
    return _type(type_ref, values, element, problems)


def _bounds(text: str | None) -> tuple[Any, Any]:
    """``>= 0``, ``<= 9``, ``[0..9]`` (allowedValues of a number) as (minimum, maximum)."""
    if not text:
        return None, None
    m = re.fullmatch(rf"\s*\[\s*({_NUMBER})\s*\.\.\s*({_NUMBER})\s*\]\s*", text)
    if m:
        return _num(m.group(1)), _num(m.group(2))
    m = re.fullmatch(rf"\s*(>=|<=)\s*({_NUMBER})\s*", text)
    if m:
        return (_num(m.group(2)), None) if m.group(1) == ">=" else (None, _num(m.group(2)))
    return None, None


def _num(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def _knowledge(model: DmnModel, problems: list[DmnProblem]) -> tuple[set[str], list[list[Any]]]:
    """The knowledge models that are Regelwerk's functions or parameters, and the Parameters rows."""
    functions: set[str] = set()
    rows: list[list[Any]] = []
    for k in model.knowledge:
        if k.body is not None and library_matches(k.name, k.body):
            functions.add(k.name)
            continue
        if k.name.startswith("parameter_") and k.body is not None:
            entries = _parameter_entries(k.body, k.parameters)
            if entries == [] or entries == [(None, None)]:
                functions.add(f"{k.name}()")  # no value in this period: the call is no value
                continue
            if entries is not None:
                functions.add(k.name)
                m = re.search(r"\(bron: (.*)\)\.$", k.description)
                bron = m.group(1) if m else f"DMN {model.name} #{k.id}"
                for key, value in entries:
                    rows.append([k.name[len("parameter_"):], key, value, None, None, bron,
                                 "" if m else "Geïmporteerd uit DMN; vul de juridische vindplaats aan."])
                continue
        problems.append(DmnProblem("dmn_niet_vertaalbaar", k.id,
                                   f"Kennismodel '{k.name}' is geen functie of parameter van een werkboek; alleen "
                                   f"de kennismodellen die 'regelwerk exporteer' schrijft worden gelezen."))
    return functions, rows


def _parameter_entries(body: str, params: tuple[str, ...]) -> list[tuple[Any, Any]] | None:
    try:
        tree = parse_feel(body)
    except FeelError:
        return None
    if tree[0] == "lit" and not params:
        return [(None, tree[1])]
    if (tree[0] == "call" and tree[1] == "get value" and len(tree[2]) == 2 and tree[2][0][0] == "context"
            and tree[2][1] == ("name", params[0] if params else None)
            and all(v[0] == "lit" for _, v in tree[2][0][1])):
        return [(key, v[1]) for key, v in tree[2][0][1]]
    return None


def translate_model(model: DmnModel, *, owner: str | None = None,
                    ) -> tuple[dict[str, list[list[Any]]], list[DmnProblem], dict[str, str]]:
    """The workbook sheets for ``model``, the problems, and DMN name -> field name.

    One table per decision table (in the Tabellen sheet when there are several); an output that
    another decision reads is a tussenresultaat (unless the model says otherwise). Literal
    expression decisions become derived fields, inputData the inputs, Regelwerk's knowledge
    models its functions and parameters. ``bron`` is the rule's ``bron`` annotation, else the
    model's name and the rule's id, with a toelichting that the legal source is still to be
    filled in (see docs/werkboek.md).
    """
    problems: list[DmnProblem] = [
        DmnProblem("dmn_niet_vertaalbaar", did, f"Beslissing '{name}' is geen beslistabel ({kind}); "
                                                f"alleen beslistabellen en letterlijke expressies worden geïmporteerd.")
        for did, name, kind in model.unsupported
    ]
    functions, parameter_rows = _knowledge(model, problems)

    def fname_of(name: str) -> str:  # a model that names its peildatum keeps a field called beslisdatum
        return name if model.peildatum and name == DATE_INPUT else field_name(name)

    names: dict[str, str] = {}
    read_by_others = {rid for t in model.tables for rid in t.required_decisions}
    order = _dependency_order(model.tables)
    #: how FEEL names a field: input, derived decision, decision (one output) or decision.output
    refs: dict[str, str] = {d.name: fname_of(d.name) for d in model.input_data}
    refs.update({lit.name: fname_of(lit.name) for lit in model.literals})
    for t in order:
        for o in t.outputs:
            refs[f"{t.name}.{o.name}"] = fname_of(o.name)
        if len(t.outputs) == 1:
            refs[t.name] = fname_of(t.outputs[0].name)

    def resolve(node: Any) -> str:
        text = node[1] if node[0] == "name" else f"{node[1][1]}.{node[2]}" if node[1][0] == "name" else None
        if text is None or text not in refs:
            raise FeelError(f"'{text or node[2]}' is geen invoer, afgeleid veld of beslissing van het model")
        return refs[text]

    def formula(text: str, element: str, what: str) -> str | None:
        try:
            return render(from_feel(text, resolve, functions))
        except FeelError as exc:
            problems.append(DmnProblem("dmn_niet_vertaalbaar", element,
                                       f"{what} '{text}' heeft geen vorm in de formuletaal: {exc}."))
            return None

    output_fields: dict[str, tuple[str, str, list[str] | None, DmnTable, Any, bool]] = {}
    for t in order:
        for o in t.outputs:
            values = _values(o.values)
            fname = fname_of(o.name)
            names[o.name] = fname
            if len(t.outputs) == 1:
                names[t.name] = fname
            ftype = _field_type(o.type_ref, values, o.collection, o.rw_type, o.id, problems)
            if t.hit_policy in ("COLLECT", "RULE ORDER", "OUTPUT ORDER") and not t.aggregation:
                if ftype not in ("tekst", "keuzelijst", "lijst"):
                    problems.append(DmnProblem("dmn_niet_vertaalbaar", o.id,
                                               f"Uitvoer '{o.name}' verzamelt waarden van type '{ftype}'; een lijst "
                                               f"in een werkbook bevat alleen tekst."))
                ftype = "lijst"
            if o.default is not None:
                standaard = _literal(o.default, ftype)
                if standaard is None:
                    problems.append(DmnProblem("dmn_niet_vertaalbaar", o.id,
                                               f"De standaarduitvoer '{o.default}' van uitvoer {o.id} is geen "
                                               f"letterlijke waarde."))
            else:  # DMN: where no rule matches, the output is null
                collects = t.hit_policy in ("COLLECT", "RULE ORDER", "OUTPUT ORDER") and not t.aggregation
                standaard = None if collects or t.aggregation else NO_VALUE
            intermediate = o.intermediate if o.intermediate is not None else t.decision_id in read_by_others
            output_fields[fname] = (o.id, ftype, values, t, standaard, intermediate)
    inputs: dict[str, list[Any]] = {}
    for d in model.input_data:
        fname = fname_of(d.name)
        names[d.name] = fname
        item = model.items.get(d.type_ref or "")
        values = _values(item.values) if item else None
        ftype = (_field_type(item.type_ref, values, item.collection, item.rw_type, d.id, problems) if item
                 else _type(d.type_ref, None, d.id, problems))
        low, high = _bounds(item.values) if item and ftype in ("getal", "geheel getal") else (None, None)
        default = d.attributes.get("standaard")
        standaard = _literal(default, ftype) if default is not None else None
        if default is not None and standaard is None:
            problems.append(DmnProblem("dmn_niet_vertaalbaar", d.id, f"De standaard '{default}' van invoer "
                                                                     f"'{d.name}' is geen letterlijke waarde."))
        inputs[fname] = [fname, ftype, _allowed_cell(values) if values and ftype != "lijst" else None, low, high,
                         d.attributes.get("verplicht", "ja"), standaard, d.attributes.get("herkomst", "feit"),
                         d.description or f"DMN-invoer '{d.name}' ({d.id})"]
    derived_rows: list[list[Any]] = []
    for lit in model.literals:
        fname = fname_of(lit.name)
        names[lit.name] = fname
        item = model.items.get(lit.type_ref or "")
        ftype = (_field_type(item.type_ref, None, item.collection, item.rw_type, lit.id, problems) if item
                 else _type(lit.type_ref, None, lit.id, problems))
        text = formula(lit.text, lit.id, f"De expressie van beslissing '{lit.name}'")
        derived_rows.append([fname, ftype, text, lit.description or f"DMN-beslissing '{lit.name}' ({lit.id})"])
    peildatum = model.peildatum if model.peildatum and fname_of(model.peildatum) in inputs else None
    tables_rows: dict[str, list[list[Any]]] = {}
    table_specs = []
    for n, t in enumerate(order):
        hit = t.hit_policy + (f" {t.aggregation}" if t.aggregation else "")
        conds = []
        for i in t.inputs:
            expression = (i.expression or "").strip()
            if expression in refs:
                fname = refs[expression]
            elif re.fullmatch(r"[A-Za-z_][\w ]*", expression):
                fname = fname_of(expression)
            else:
                problems.append(DmnProblem("dmn_niet_vertaalbaar", i.id,
                                           f"De invoerexpressie '{i.expression}' is geen naam; alleen een invoer "
                                           f"of een andere beslissing kan een kolom zijn."))
                continue
            names.setdefault(i.expression, fname)
            conds.append((fname, i))
            if fname not in output_fields and fname not in inputs and not model.input_data:
                values = _values(i.values)
                ftype = _type(i.type_ref, values, i.id, problems)
                inputs[fname] = [fname, ftype, _allowed_cell(values) if values else None, None, None, "ja", None,
                                 "feit", f"DMN-invoer '{i.expression}' ({i.id})"]
        outs = [fname_of(o.name) for o in t.outputs]
        header = ["regel_id", *[c for c, _ in conds], *outs, "bron", "geldig_van", "geldig_tot", "toelichting"]
        rows = [header]
        for k, r in enumerate(t.rules, start=1):
            row: list[Any] = [r.label or f"R{k:02d}"]
            for (fname, i), text in zip(conds, r.inputs):
                cell = translate_test(text)
                if cell is None:
                    problems.append(DmnProblem("dmn_niet_vertaalbaar", r.id,
                                               f"De test '{text}' van regel {r.id} (invoer {i.id}) is meer dan een "
                                               f"eenvoudige unaire test; schrijf de regel met de celgrammatica."))
                    cell = "-"
                row.append(cell)
            for o, text in zip(t.outputs, r.outputs):
                ftype = output_fields[fname_of(o.name)][1]
                value = _literal(text, ftype)
                if value is None and text.strip() == "null":
                    value = "leeg"
                if value is None:
                    value = formula(text, r.id, f"De uitvoer van regel {r.id} (uitvoer {o.id})")
                row.append(value)
            notes = dict(zip(t.annotation_names, r.annotations))
            bron = notes.pop("bron", "") if "bron" in notes else ""
            toelichting = notes.pop("toelichting", "") if "toelichting" in notes else ""
            rest = [a for name, a in notes.items() if a] + [a for a in r.annotations[len(t.annotation_names):] if a]
            if not bron:
                bron = f"DMN {model.name} #{r.id}"
                rest.insert(0, "Geïmporteerd uit DMN; de bron noemt model en regel, vul de juridische vindplaats aan.")
            note = " ".join(p for p in [toelichting, *rest] if p)
            row += [bron, None, None, note or None]
            rows.append(row)
        sheet = "Regels" if len(order) == 1 else f"T{n + 1}_{fname_of(t.name)}"[:31]
        tables_rows[sheet] = rows
        table_specs.append([fname_of(t.name), sheet, hit, t.description or f"DMN-beslissing '{t.name}' ({t.decision_id})"])
    outputs = [[f, ftype, _allowed_cell(values) if values else None, standaard,
                "ja" if intermediate else "nee", f"DMN-uitvoer ({oid})"]
               for f, (oid, ftype, values, t, standaard, intermediate) in output_fields.items()]
    title = model.name or "DMN-model"
    sheets: dict[str, list[list[Any]]] = {
        "Metadata": [["eigenschap", "waarde"], ["titel", title],
                     ["eigenaar", owner or f"Beheerders van het DMN-model '{title}'"],
                     *([["beslissingsregel", table_specs[0][2]]] if len(order) == 1 else []),
                     ["peildatum", peildatum or DATE_INPUT],
                     ["omschrijving", f"Geïmporteerd uit het DMN-model '{model.name}'."]],
        "Invoer": [["naam", "type", "toegestane_waarden", "minimum", "maximum", "verplicht", "standaard", "herkomst",
                    "omschrijving"],
                   *([] if peildatum else [[DATE_INPUT, "datum", None, None, None, "nee", None, "feit",
                                            "Peildatum; DMN kent geen peildatum (toegevoegd bij import)."]]),
                   *inputs.values()],
        "Uitvoer": [["naam", "type", "toegestane_waarden", "standaard", "tussenresultaat", "omschrijving"], *outputs],
    }
    if derived_rows:
        sheets["Afgeleid"] = [["naam", "type", "formule", "omschrijving"], *derived_rows]
    if len(order) > 1:
        sheets["Tabellen"] = [["naam", "blad", "beslissingsregel", "omschrijving"], *table_specs]
    sheets.update(tables_rows)
    if parameter_rows:
        sheets["Parameters"] = [["naam", "sleutel", "waarde", "geldig_van", "geldig_tot", "bron", "toelichting"],
                                *parameter_rows]
    return sheets, problems, names


def _dependency_order(tables: tuple[DmnTable, ...]) -> list[DmnTable]:
    by_id = {t.decision_id: t for t in tables}
    done: dict[str, DmnTable] = {}

    def visit(t: DmnTable, seen: frozenset[str]) -> None:
        if t.decision_id in done or t.decision_id in seen:
            return
        for rid in t.required_decisions:
            if rid in by_id:
                visit(by_id[rid], seen | {t.decision_id})
        done[t.decision_id] = t

    for t in tables:
        visit(t, frozenset())
    return list(done.values())
