"""Compare two workbooks model to model: what an approver must see before a version goes live.

Rows are matched by key, not by position: rules by ``regel_id`` (and ``geldig_van`` when a rule
has dated versions), parameters by ``naam`` + ``sleutel`` + ``geldig_van``, examples by
``voorbeeld``, declarations by ``naam``, Metadata by ``eigenschap``. A cell counts as changed when
its meaning changes (``AR,HK`` and ``HK, AR`` are the same condition; ``18`` and ``18.0`` the same
number); the texts shown are those the officer wrote. On rule sheets a row whose place among the
others changed is reported as moved (``verplaatst``): under FIRST and RULE ORDER the order decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from policy.diff.matching import MISSING, Entry, KeyOf, match, out_of_order
from policy.diff.result import CellChange, RowChange, SheetDiff, WorkbookDiff
from policy.errors import WorkbookInvalidError
from policy.model import Location, Rule, SubTable, Table, Test
from policy.workbook import CellError, CellText, WorkbookCells, parse_hit_policy, read_workbook_cells

__all__ = ["diff_workbooks", "diff_tables", "read_for_diff", "ReadWorkbook"]


@dataclass(frozen=True)
class ReadWorkbook:
    """A workbook read once for comparing: its model and its cells as written."""

    table: Table
    cells: WorkbookCells
    name: str


def read_for_diff(source: str | Path | bytes, *, name: str | None = None) -> ReadWorkbook:
    """Read ``source`` (path or bytes). Raises WorkbookInvalidError when it cannot be read, OSError
    when the path cannot be opened."""
    if name is None:
        name = "werkboek.xlsx" if isinstance(source, (bytes, bytearray)) else Path(source).name
    table, diagnostics, cells = read_workbook_cells(source, workbook_name=name)
    if table is None:
        errors = [d for d in diagnostics if d.is_error]
        raise WorkbookInvalidError(
            f"Het werkboek {name} kan niet worden gelezen ({len(errors)} fout(en)); "
            "los die eerst op (regelwerk check).", diagnostics)
    return ReadWorkbook(table, cells, name)


def diff_workbooks(old: str | Path | bytes | ReadWorkbook, new: str | Path | bytes | ReadWorkbook, *,
                   old_name: str | None = None, new_name: str | None = None) -> WorkbookDiff:
    """What differs in meaning between workbook ``old`` and ``new`` (paths, bytes or read).

    Raises WorkbookInvalidError (with the diagnostics) when either cannot be read.
    """
    a = old if isinstance(old, ReadWorkbook) else read_for_diff(old, name=old_name or _default_name(old, "oud"))
    b = new if isinstance(new, ReadWorkbook) else read_for_diff(new, name=new_name or _default_name(new, "nieuw"))
    return diff_tables(a, b)


def _default_name(source: str | Path | bytes, fallback: str) -> str:
    return f"{fallback}.xlsx" if isinstance(source, (bytes, bytearray)) else Path(source).name


def diff_tables(old: ReadWorkbook, new: ReadWorkbook) -> WorkbookDiff:
    """The difference between two read workbooks."""
    sheets = [
        _metadata(old, new),
        _declarations("invoer", "Invoer", old, new, old.table.inputs, new.table.inputs, _input_values),
        _declarations("afgeleid", "Afgeleid", old, new, old.table.derived, new.table.derived, _derived_values),
        _declarations("uitvoer", "Uitvoer", old, new, old.table.outputs, new.table.outputs, _output_values),
        _tabellen(old, new),
        *_rule_sheets(old, new),
        _parameters(old, new),
        _examples(old, new),
    ]
    return WorkbookDiff(old.name, new.name, old.table.version, new.table.version,
                        tuple(s for s in sheets if s is not None and not s.empty))


def _compare(kind: str, old: ReadWorkbook, new: ReadWorkbook, old_sheet: str | None, new_sheet: str | None,
             olds: list[Entry], news: list[Entry], key_of: KeyOf, *, table: str | None = None,
             implicit: dict[str, Any] | None = None, ordered: bool = False,
             columns: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())) -> SheetDiff:
    pairs, added, removed, dated = match(olds, news)
    implicit = implicit or {}
    changed: list[RowChange] = []
    unchanged: set[int] = set()  # id of the new entry
    for o, n in sorted(pairs, key=lambda p: p[1].row):
        cells = _cell_changes(o, n, old, new, old_sheet, new_sheet, implicit) if o.values != n.values else []
        if cells:
            key, label = key_of(n, n.group in dated)
            changed.append(RowChange(key, label, o.row, n.row, tuple(cells)))
        else:
            unchanged.add(id(n))
    moved: list[RowChange] = []
    if ordered:
        for o, n in out_of_order(pairs):
            if id(n) in unchanged:
                key, label = key_of(n, n.group in dated)
                moved.append(RowChange(key, label, o.row, n.row))
    return SheetDiff(
        kind, old_sheet, new_sheet, table,
        added=tuple(_whole_row(e, new, new_sheet, key_of, dated, is_new=True) for e in sorted(added, key=_row)),
        removed=tuple(_whole_row(e, old, old_sheet, key_of, dated, is_new=False) for e in sorted(removed, key=_row)),
        changed=tuple(changed),
        moved=tuple(sorted(moved, key=lambda r: r.new_row or 0)),
        columns_added=columns[0], columns_removed=columns[1],
    )


def _row(e: Entry) -> int:
    return e.row


def _raw(side: ReadWorkbook, sheet: str | None, row: int) -> dict[str, CellText]:
    return side.cells.row(sheet, row) if sheet is not None else {}


def _cell_changes(o: Entry, n: Entry, old: ReadWorkbook, new: ReadWorkbook, old_sheet: str | None,
                  new_sheet: str | None, implicit: dict[str, Any]) -> list[CellChange]:
    out = []
    old_raw: dict[str, CellText] | None = None
    new_raw: dict[str, CellText] = {}
    for column in [*n.values, *(c for c in o.values if c not in n.values)]:
        before = o.values.get(column, implicit.get(column, MISSING))
        after = n.values.get(column, implicit.get(column, MISSING))
        if before != after:
            if old_raw is None:
                old_raw, new_raw = _raw(old, old_sheet, o.row), _raw(new, new_sheet, n.row)
            a, b = old_raw.get(column.lower()), new_raw.get(column.lower())
            out.append(CellChange(column, a.text if a else None, b.text if b else None,
                                  a.ref if a else None, b.ref if b else None))
    return out


def _whole_row(e: Entry, side: ReadWorkbook, sheet: str | None, key_of: KeyOf, dated: set[Any], *,
               is_new: bool) -> RowChange:
    """An added (``is_new``) or removed row with every filled cell."""
    cells = []
    for column, cell in _raw(side, sheet, e.row).items():
        if cell.text:
            cells.append(CellChange(column, None, cell.text, None, cell.ref) if is_new
                         else CellChange(column, cell.text, None, cell.ref, None))
    key, label = key_of(e, e.group in dated)
    return RowChange(key, label, None if is_new else e.row, e.row if is_new else None, tuple(cells))


def _test(test: Test) -> Any:
    """What a condition cell means (normalised with the rest of the row by ``Entry``)."""
    if test.op in ("in", "not_in"):
        return (test.op, frozenset(test.values))
    if test.op in ("between", "not_between"):
        return (test.op, test.low, test.high, test.low_inclusive, test.high_inclusive)
    if test.op in ("any", "empty", "present"):
        return (test.op,)
    return (test.op, test.value)


_ANY = ("any",)  # what a rule sheet without the column means: any value


def _row_of(location: Location | None) -> int:
    digits = "".join(ch for ch in (location.cel or "") if ch.isdigit()) if location else ""
    return int(digits) if digits else 0


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# -- the sheets ---------------------------------------------------------------------------------

def _sheet(side: ReadWorkbook, title: str) -> str | None:
    return side.cells.sheet_name(title)


def _metadata(old: ReadWorkbook, new: ReadWorkbook) -> SheetDiff:
    def entries(side: ReadWorkbook) -> list[Entry]:
        out = []
        for row, cells in side.cells.rows("Metadata"):
            key = cells.get("eigenschap")
            value = cells.get("waarde")
            if key is None or not key.text:
                continue
            name = "_".join(key.text.strip().lower().split())
            text = value.text if value else ""
            meaning: Any = text
            if name == "beslissingsregel" and text:
                parsed = parse_hit_policy(text)
                meaning = text if isinstance(parsed, CellError) else parsed
            out.append(Entry(name, None, row, {"waarde": meaning}))
        return out

    def key_of(e: Entry, dated: bool) -> tuple[tuple[tuple[str, Any], ...], str]:
        return (("eigenschap", e.group),), e.group

    return _compare("metadata", old, new, _sheet(old, "Metadata"), _sheet(new, "Metadata"),
                    entries(old), entries(new), key_of)


def _named(e: Entry, dated: bool) -> tuple[tuple[tuple[str, Any], ...], str]:
    return (("naam", e.origin.name),), e.origin.name


def _declarations(kind: str, title: str, old: ReadWorkbook, new: ReadWorkbook, olds: Iterable[Any],
                  news: Iterable[Any], values: Callable[[Any], dict[str, Any]]) -> SheetDiff:
    def entries(fields: Iterable[Any]) -> list[Entry]:
        return [Entry(f.name.lower(), None, _row_of(f.location), values(f), f) for f in fields]

    return _compare(kind, old, new, _sheet(old, title), _sheet(new, title), entries(olds), entries(news), _named)


def _input_values(f: Any) -> dict[str, Any]:
    return {"type": f.type, "toegestane_waarden": f.allowed, "minimum": f.minimum, "maximum": f.maximum,
            "verplicht": f.required, "standaard": f.default, "herkomst": "context" if f.context else "feit",
            "omschrijving": f.description}


def _derived_values(f: Any) -> dict[str, Any]:
    return {"type": f.type, "formule": f.expr, "omschrijving": f.description}


def _output_values(f: Any) -> dict[str, Any]:
    return {"type": f.type, "toegestane_waarden": f.allowed, "standaard": f.default,
            "tussenresultaat": f.intermediate, "omschrijving": f.description}


def _listed(side: ReadWorkbook) -> list[SubTable]:
    """The tables named on blad Tabellen (a workbook without it has one table, on Regels)."""
    listing = _sheet(side, "Tabellen")
    return [s for s in side.table.subtables if listing and s.location and s.location.blad == listing]


def _tabellen(old: ReadWorkbook, new: ReadWorkbook) -> SheetDiff:
    def entries(side: ReadWorkbook) -> list[Entry]:
        return [Entry(s.name, None, _row_of(s.location),
                       {"blad": s.sheet.strip().lower(), "beslissingsregel": (s.hit_policy, s.aggregation),
                        "omschrijving": s.description}, s) for s in _listed(side)]

    return _compare("tabellen", old, new, _sheet(old, "Tabellen"), _sheet(new, "Tabellen"),
                    entries(old), entries(new), _named)


def _rule_values(rule: Rule) -> dict[str, Any]:
    values: dict[str, Any] = {c.field: _test(c.test) for c in rule.conditions}
    for cell in rule.outputs:
        if not cell.text or cell.text == "-":
            values[cell.field] = ("standaard",)  # the output's default: a change shows on Uitvoer
        else:
            values[cell.field] = ("formule", cell.expr) if cell.is_expression else ("waarde", cell.value)
    values.update(bron=rule.bron, geldig_van=rule.geldig_van, geldig_tot=rule.geldig_tot,
                  toelichting=rule.toelichting)
    if rule.motivering:  # the clause a letter quotes is text: every change counts
        values["motivering"] = rule.motivering
    return values


def _rule_key(e: Entry, dated: bool) -> tuple[tuple[tuple[str, Any], ...], str]:
    if not dated:
        return (("regel_id", e.group),), e.group
    since = _iso(e.version)
    return (("regel_id", e.group), ("geldig_van", since)), f"{e.group} (geldig van {since or 'het begin'})"


def _rule_sheets(old: ReadWorkbook, new: ReadWorkbook) -> list[SheetDiff]:
    olds = {s.name: s for s in old.table.subtables}
    news = {s.name: s for s in new.table.subtables}
    out = []
    for name in [*news, *(n for n in olds if n not in news)]:
        a, b = olds.get(name), news.get(name)
        cols_a = [*a.inputs, *a.outputs] if a else []
        cols_b = [*b.inputs, *b.outputs] if b else []
        lower_a = {c.lower() for c in cols_a}
        lower_b = {c.lower() for c in cols_b}
        columns = (tuple(c for c in cols_b if c.lower() not in lower_a) if a else (),
                   tuple(c for c in cols_a if c.lower() not in lower_b) if b else ())
        implicit = {c: _ANY for c in (*(a.inputs if a else ()), *(b.inputs if b else ()))}
        out.append(_compare(
            "regels", old, new, a.sheet if a else None, b.sheet if b else None,
            [Entry(r.regel_id, r.geldig_van, r.row, _rule_values(r), r) for r in (a.rules if a else ())],
            [Entry(r.regel_id, r.geldig_van, r.row, _rule_values(r), r) for r in (b.rules if b else ())],
            _rule_key, table=name, implicit=implicit, ordered=True, columns=columns,
        ))
    return out


def _parameters(old: ReadWorkbook, new: ReadWorkbook) -> SheetDiff:
    def entries(side: ReadWorkbook) -> list[Entry]:
        return [Entry((p.name, p.key), p.geldig_van, _row_of(p.location),
                       {"waarde": p.value, "geldig_van": p.geldig_van, "geldig_tot": p.geldig_tot,
                        "bron": p.bron, "toelichting": p.toelichting}, p)
                for p in side.table.parameters]

    def key_of(e: Entry, dated: bool) -> tuple[tuple[tuple[str, Any], ...], str]:
        name, key = e.group
        since = _iso(e.version)
        label = f"{name}{f' {key}' if key else ''} (geldig van {since or 'het begin'})"
        return (("naam", name), ("sleutel", key), ("geldig_van", since)), label

    return _compare("parameters", old, new, _sheet(old, "Parameters"), _sheet(new, "Parameters"),
                    entries(old), entries(new), key_of)


def _examples(old: ReadWorkbook, new: ReadWorkbook) -> SheetDiff:
    def entries(side: ReadWorkbook) -> list[Entry]:
        return [Entry(e.name, None, e.row,
                       {"peildatum": e.peildatum, **e.facts, **e.expected, "toelichting": e.toelichting}, e)
                for e in side.table.examples]

    def key_of(e: Entry, dated: bool) -> tuple[tuple[tuple[str, Any], ...], str]:
        return (("voorbeeld", e.group),), e.group

    a, b = _sheet(old, "Voorbeelden"), _sheet(new, "Voorbeelden")
    cols_a = set(old.cells.columns(a)) if a else set()
    cols_b = set(new.cells.columns(b)) if b else set()
    columns = (tuple(c for c in new.cells.columns(b) if c not in cols_a) if a and b else (),
               tuple(c for c in old.cells.columns(a) if c not in cols_b) if a and b else ())
    return _compare("voorbeelden", old, new, a, b, entries(old), entries(new), key_of, columns=columns)
