"""The fast row reader gives exactly the cells openpyxl's own read-only iteration gave.

Each workbook is read both ways: ``sheets._rows`` (policy.workbook.rowparser) and the way the
reader read it before, ``ReadOnlyWorksheet.iter_rows`` turned into Cells by ``sheets._cell``.
The sheet XML is also rewritten by hand for what openpyxl never writes itself (inline strings,
cells out of order or without an address, rows left out, a DTD, dates as ISO text).
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time

import pytest
from openpyxl import Workbook, load_workbook

from policy.workbook import read_workbook
from policy.workbook import sheets as sheets_module
from policy.workbook.rowparser import plain_xml

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Regels"
    ws.append(["regel_id", "leeftijd", "land", "datum", "besluit", "getal"])
    ws.append(["R-1", 18, "AR", date(2024, 1, 1), "ja", 1.5])
    ws.append(["R-2", "[18..30]", "niet(AR, HK)", datetime(2024, 2, 3, 4, 5), True, 1e-7])
    ws.append(["R-3", "=A1+1", None, time(12, 30), False, -3])
    ws.append([None, None, None, None, None, None])
    ws.append(["R-4", "", "  ", 0, "tekst met é en ü", 12345678901234])
    ws["B6"] = 1
    ws["B6"].number_format = "0.000"
    ws["C6"] = 7
    ws["C6"].number_format = ";;;"
    ws["D6"].number_format = "dd-mm-yyyy"
    ws["F4"].number_format = "0.00%"
    ws["A10"] = "verder op"
    ws["H10"] = "zonder kop"
    ws["B11"] = "=SUM(B2:B3)"
    other = wb.create_sheet("Invoer")
    other.append(["naam", "type"])
    other.append(["leeftijd", "geheel getal"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _replace_sheet(data: bytes, member: str, xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, xml.encode() if info.filename == member else src.read(info.filename))
    return out.getvalue()


def _sheet(rows: str, before: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{before}<worksheet {NS}>'
            f"<sheetData>{rows}</sheetData></worksheet>")


HAND_WRITTEN = {
    "inline strings": _sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>regel_id</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t xml:space="preserve"> land </t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>rijk</t></r><r><rPr><b/></rPr><t>e tekst</t></r></is></c>'
        '<c r="B2" t="inlineStr"><is><t></t></is></c><c r="C2" t="inlineStr"><is/></c></row>'),
    "out of order and duplicate columns": _sheet(
        '<row r="1"><c r="A1" t="str"><v>a</v></c><c r="B1" t="str"><v>b</v></c><c r="C1" t="str"><v>c</v></c></row>'
        '<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c></row>'
        '<row r="3"><c r="B3"><v>1</v></c><c r="B3"><v>2</v></c></row>'
        '<row r="4"><c r="A4"><v>1</v></c><c r="C4"/></row>'),
    "cells and rows without an address": _sheet(
        '<row r="1"><c r="A1" t="str"><v>a</v></c><c t="str"><v>b</v></c></row>'
        '<row><c><v>1</v></c><c t="b"><v>1</v></c><c r="E2"><v>2.50</v></c><c><v>1E3</v></c></row>'
        '<row r="7"><c r="B7" t="str"><v>na een gat</v></c></row>'
        '<row r="5"><c r="A5" t="str"><v>terug</v></c></row>'),
    "errors, ISO dates, lowercase address, formulas": _sheet(
        '<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="d"><v>2024-03-01T00:00:00</v></c>'
        '<c r="c1"><v>4</v></c><c r="D1"><f>1+1</f><v>2</v></c>'
        '<c r="E1"><f t="array" ref="E1">A1</f></c></row>'),
    "a DTD (read by defusedxml, as before)": _sheet(
        '<row r="1"><c r="A1" t="str"><v>met &amp; doctype</v></c></row>', before="<!DOCTYPE worksheet>"),
    "a comment": _sheet('<row r="1"><c r="A1" t="str"><v>x</v></c></row><!-- opmerking -->'),
}


def _before(data: bytes) -> dict[str, list]:
    """The cells as the reader made them before rowparser: ReadOnlyCell by ReadOnlyCell."""
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    out = {}
    for ws in wb.worksheets:
        ws.reset_dimensions()
        out[ws.title] = [
            (len(row), [sheets_module._cell(c, ws.title, n, col) for col, c in enumerate(row, start=1)
                        if getattr(c, "value", None) is not None])
            for n, row in enumerate(ws.iter_rows(), start=1)]
    wb.close()
    return out


def _now(data: bytes) -> dict[str, list]:
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    out = {ws.title: list(sheets_module._rows(ws, sheets_module._sheet_xml(data, ws))) for ws in wb.worksheets}
    wb.close()
    return out


def test_cells_written_by_openpyxl_read_the_same():
    data = _workbook()
    now = _now(data)
    assert now == _before(data)
    formats = {cell.ref: (cell.value, cell.number_format, cell.concealed) for _, cells in now["Regels"] for cell in cells}
    assert formats["B6"] == (1, "0.000", False) and formats["C6"] == (7, ";;;", True)
    assert isinstance(formats["D2"][0], datetime) and formats["F4"] == (-3, "0.00%", False)


@pytest.mark.parametrize("case", list(HAND_WRITTEN))
def test_hand_written_sheet_xml_reads_the_same(case):
    data = _replace_sheet(_workbook(), "xl/worksheets/sheet1.xml", HAND_WRITTEN[case])
    assert _now(data) == _before(data)


def test_a_style_id_openpyxl_cannot_read_fails_the_same_way():
    data = _replace_sheet(_workbook(), "xl/worksheets/sheet1.xml", _sheet('<row r="1"><c r="F1" s=""><v>5</v></c></row>'))
    with pytest.raises(TypeError):
        _before(data)
    with pytest.raises(TypeError):
        _now(data)


def test_the_c_parser_only_reads_parts_without_a_dtd():
    assert plain_xml(b'<?xml version="1.0" encoding="UTF-8"?><worksheet/>')
    assert plain_xml(b"\xef\xbb\xbf<worksheet/>")
    assert not plain_xml(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet>&a;</worksheet>')
    assert not plain_xml(b'<?xml version="1.0" encoding="UTF-16"?><worksheet/>')
    assert not plain_xml("<worksheet/>".encode("utf-16"))


def test_an_entity_bomb_in_a_sheet_is_refused_not_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="str"><v>&b;</v></c></row></sheetData></worksheet>')
    data = _replace_sheet(_workbook(), "xl/worksheets/sheet1.xml", bomb)
    table, diagnostics = read_workbook(data)
    assert table is None and [d.code for d in diagnostics] == ["onleesbaar_bestand"]


def test_the_benchmark_workbook_reads_the_same():
    from tests.factories import build_workbook
    from tests.unit.engine.wide import wide_workbook

    data = build_workbook(**wide_workbook(300, 5, "FIRST", layout="grid", seed=305))
    assert _now(data) == _before(data)
