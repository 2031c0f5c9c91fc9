"""DMN decision tables -> the rows of a workbook in our format, with Dutch diagnostics.

Only what the cell grammar expresses exactly is translated: simple unary tests (literals, lists,
comparisons, ranges, ``not(...)``, ``-``) and literal output entries. Anything else (other FEEL)
is a diagnostic naming the DMN element's id; nothing is approximated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from policy.dmn.read import DmnModel, DmnTable
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
    m = re.fullmatch(r"not\s*\((.*)\)", text, re.S)
    if m:
        inner = translate_test(m.group(1))
        return None if inner in (None, "-") else f"niet({inner})"
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
    if re.fullmatch(_NUMBER, text) and ftype == "getal":
        return float(text) if "." in text else int(text)
    if text in ("true", "false") and ftype == "ja/nee":
        return "ja" if text == "true" else "nee"
    m = re.fullmatch(_DATE, text)
    if m and ftype == "datum":
        return m.group(1)
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


def translate_model(model: DmnModel, *, owner: str | None = None,
                    ) -> tuple[dict[str, list[list[Any]]], list[DmnProblem], dict[str, str]]:
    """The workbook sheets for ``model``, the problems, and DMN name -> field name.

    One table per decision table (in the Tabellen sheet when there are several); an output that
    another decision reads is a tussenresultaat. ``bron`` is the model's name and the rule's id,
    the toelichting says the legal source is still to be filled in (see docs/werkboek.md).
    """
    problems: list[DmnProblem] = [
        DmnProblem("dmn_niet_vertaalbaar", did, f"Beslissing '{name}' is geen beslistabel ({kind}); "
                                                f"alleen beslistabellen worden geïmporteerd.")
        for did, name, kind in model.unsupported
    ]
    names: dict[str, str] = {}
    read_by_others = {rid for t in model.tables for rid in t.required_decisions}
    order = _dependency_order(model.tables)
    output_fields: dict[str, tuple[str, str, list[str] | None, DmnTable, Any]] = {}
    for t in order:
        for o in t.outputs:
            values = _values(o.values)
            fname = field_name(o.name)
            names[o.name] = fname
            if len(t.outputs) == 1:
                names[t.name] = fname
            ftype = _type(o.type_ref, values, o.id, problems)
            if t.hit_policy in ("COLLECT", "RULE ORDER", "OUTPUT ORDER") and not t.aggregation:
                if ftype not in ("tekst", "keuzelijst"):
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
                standaard = NO_VALUE if ftype != "lijst" and not t.aggregation else None
            output_fields[fname] = (o.id, ftype, values, t, standaard)
    inputs: dict[str, list[Any]] = {}
    tables_rows: dict[str, list[list[Any]]] = {}
    table_specs = []
    for n, t in enumerate(order):
        hit = t.hit_policy + (f" {t.aggregation}" if t.aggregation else "")
        conds = []
        for i in t.inputs:
            if not re.fullmatch(r"[A-Za-z_][\w .]*", i.expression or ""):
                problems.append(DmnProblem("dmn_niet_vertaalbaar", i.id,
                                           f"De invoerexpressie '{i.expression}' is geen naam; alleen een invoer "
                                           f"of een andere beslissing kan een kolom zijn."))
                continue
            fname = field_name(i.expression)
            names.setdefault(i.expression, fname)
            conds.append((fname, i))
            if fname not in output_fields and fname not in inputs:
                values = _values(i.values)
                ftype = _type(i.type_ref, values, i.id, problems)
                inputs[fname] = [fname, ftype, _allowed_cell(values) if values else None, None, None, "ja", None,
                                 "feit", f"DMN-invoer '{i.expression}' ({i.id})"]
        outs = [field_name(o.name) for o in t.outputs]
        header = ["regel_id", *[c for c, _ in conds], *outs, "bron", "geldig_van", "geldig_tot", "toelichting"]
        rows = [header]
        for k, r in enumerate(t.rules, start=1):
            row: list[Any] = [f"R{k:02d}"]
            for (fname, i), text in zip(conds, r.inputs):
                cell = translate_test(text)
                if cell is None:
                    problems.append(DmnProblem("dmn_niet_vertaalbaar", r.id,
                                               f"De test '{text}' van regel {r.id} (invoer {i.id}) is meer dan een "
                                               f"eenvoudige unaire test; schrijf de regel met de celgrammatica."))
                    cell = "-"
                row.append(cell)
            for o, text in zip(t.outputs, r.outputs):
                ftype = output_fields[field_name(o.name)][1]
                value = _literal(text, ftype)
                if value is None:
                    problems.append(DmnProblem("dmn_niet_vertaalbaar", r.id,
                                               f"De uitvoer '{text}' van regel {r.id} (uitvoer {o.id}) is geen "
                                               f"letterlijke waarde; alleen letterlijke uitvoer wordt vertaald."))
                row.append(value)
            note = "Geïmporteerd uit DMN; de bron noemt model en regel, vul de juridische vindplaats aan."
            if any(r.annotations):
                note += " " + " ".join(a for a in r.annotations if a)
            row += [f"DMN {model.name} #{r.id}", None, None, note]
            rows.append(row)
        sheet = "Regels" if len(order) == 1 else f"T{n + 1}_{field_name(t.name)}"[:31]
        tables_rows[sheet] = rows
        table_specs.append([field_name(t.name), sheet, hit, f"DMN-beslissing '{t.name}' ({t.decision_id})"])
    outputs = [[f, ftype, _allowed_cell(values) if values else None, standaard,
                "ja" if t.decision_id in read_by_others else "nee", f"DMN-uitvoer ({oid})"]
               for f, (oid, ftype, values, t, standaard) in output_fields.items()]
    sheets: dict[str, list[list[Any]]] = {
        "Metadata": [["eigenschap", "waarde"], ["titel", model.name or "DMN-model"], ["eigenaar", owner or f"Beheerders van het DMN-model '{model.name or 'DMN-model'}'"],
                     *([["beslissingsregel", table_specs[0][2]]] if len(order) == 1 else []),
                     ["peildatum", DATE_INPUT],
                     ["omschrijving", f"Geïmporteerd uit het DMN-model '{model.name}'."]],
        "Invoer": [["naam", "type", "toegestane_waarden", "minimum", "maximum", "verplicht", "standaard", "herkomst",
                    "omschrijving"],
                   [DATE_INPUT, "datum", None, None, None, "nee", None, "feit",
                    "Peildatum; DMN kent geen peildatum (toegevoegd bij import)."],
                   *inputs.values()],
        "Uitvoer": [["naam", "type", "toegestane_waarden", "standaard", "tussenresultaat", "omschrijving"], *outputs],
    }
    if len(order) > 1:
        sheets["Tabellen"] = [["naam", "blad", "beslissingsregel", "omschrijving"], *table_specs]
    sheets.update(tables_rows)
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
