"""The CSV form of a batch: cases read from a CSV (typed by the table's declarations) and results
written as one, in the request's delimiter. What Excel writes in Dutch is the model: ``;`` as
delimiter, a decimal comma, ja/nee, and windows-1252 when it is not saved as "CSV UTF-8".
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Mapping
from typing import Any

from policy.catalog import LoadedTable
from server.http import is_utf8
from server.problems import Problem
from server.schemas import RequestInvalid, public_inputs

__all__ = ["read_cases", "write_rows"]

_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_ENVELOPE_COLUMNS = ("peildatum", "zaaknummer")


def read_cases(loaded: LoadedTable, raw: bytes,
               charset: str | None = None) -> tuple[list[dict[str, Any] | RequestInvalid], str]:
    """Cases from CSV, and its delimiter: a header of fact names (plus ``peildatum``/``zaaknummer``),
    typed cells. The delimiter is ``;`` (what Excel writes in Dutch) or ``,``, whichever the
    header uses; numbers may have a decimal comma (``30,5``), booleans are ja/nee or true/false.
    The text is UTF-8 (with or without BOM) unless the Content-Type names another ``charset``
    (Excel's plain "CSV" is windows-1252).

    A row with the wrong number of cells is that case's error, not the batch's.
    """
    text = _text(raw, charset)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    if "\x00" in text:
        raise Problem("ongeldig_verzoek", "De CSV bevat een NUL-teken.", errors={"_verzoek": ["een NUL-teken."]})
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    specs = {s["name"]: s for s in public_inputs(loaded.compiled)}
    if not header:
        raise Problem("ongeldig_verzoek", "De CSV heeft geen kopregel.", errors={"_verzoek": ["geen kopregel."]})
    header = [h.strip() for h in header]
    unknown = [h for h in header if h not in specs and h not in _ENVELOPE_COLUMNS]
    if unknown:
        raise RequestInvalid({h: ["is geen invoer van deze tabel (kolom in de CSV)."] for h in unknown}, facts=True)
    cases: list[dict[str, Any] | RequestInvalid] = []
    for line, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            cases.append(RequestInvalid({"_regel": [f"regel {line} heeft {len(row)} cellen, de kop {len(header)}."]},
                                         facts=True))
            continue
        case: dict[str, Any] = {"facts": {}}
        for name, cell in zip(header, row, strict=True):
            cell = cell.strip()
            if cell == "":
                continue
            if name in specs:
                case["facts"][name] = _typed(specs[name]["type"], cell)
            else:
                case[name] = cell
        cases.append(case)
    return cases, delimiter


def _typed(kind: str, cell: str) -> Any:
    """A CSV cell as the JSON value it stands for; anything unclear stays text (and fails)."""
    if kind == "geheel getal" and _INTEGER.fullmatch(cell):
        return int(cell)
    if kind == "getal" and _DECIMAL_COMMA.fullmatch(cell):
        cell = cell.replace(",", ".")
    if kind == "getal" and _NUMBER.fullmatch(cell):
        return int(cell) if _INTEGER.fullmatch(cell) else float(cell)
    if kind == "ja/nee" and cell.lower() in ("ja", "nee", "true", "false"):
        return cell.lower() in ("ja", "true")
    if kind == "lijst":
        return [part.strip() for part in cell.split(",") if part.strip()]
    return cell


def _text(raw: bytes, charset: str | None) -> str:
    """The CSV as text: UTF-8 (a BOM dropped) or the named ``charset``, if it is a text encoding."""
    encoding = "utf-8-sig"
    if not is_utf8(charset):
        try:
            info = codecs.lookup(str(charset))
        except LookupError:
            info = None
        if info is None or not getattr(info, "_is_text_encoding", True):  # base64, rot13 and the like
            raise Problem("verkeerd_inhoudstype", f"Onbekende tekenset charset={charset}; stuur UTF-8 "
                          "of noem een bekende, zoals windows-1252.")
        encoding = info.name
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8-sig":
            raise Problem("ongeldig_verzoek", f"De CSV is geen {charset}: byte {exc.start + 1} past niet.",
                          errors={"_verzoek": [f"geen {charset}."]}) from None
        raise Problem("ongeldig_verzoek", f"De CSV is geen UTF-8: byte {exc.start + 1} past niet. Kies in Excel "
                      "'CSV UTF-8', of noem de tekenset: 'Content-Type: text/csv; charset=windows-1252'.",
                      errors={"_verzoek": ["geen UTF-8."]}) from None


def write_rows(loaded: LoadedTable, items: Iterator[dict[str, Any]], delimiter: str) -> Iterator[str]:
    """The results as CSV (the request's delimiter): one line per case, outputs as columns,
    booleans ja/nee, lists joined with ", "; a case's error in ``code`` and ``detail``."""
    outputs = [o["name"] for o in loaded.compiled.data["outputs"] if not o["intermediate"]]
    header = ["index", "status", "decision_id", "zaaknummer", "table_id", "table_version", "peildatum",
              *outputs, "regel_ids", "bron", "code", "detail"]
    line = io.StringIO()
    writer = csv.writer(line, delimiter=delimiter, lineterminator="\r\n")

    def emit(cells: list[Any]) -> str:
        line.seek(0)
        line.truncate()
        writer.writerow([_cell(c, delimiter) for c in cells])
        return line.getvalue()

    yield emit(header)
    for item in items:
        values = item.get("outputs") or {}
        rows = item.get("matched_rows") or []
        yield emit([item["index"], item["status"], item.get("decision_id"), item.get("zaaknummer"),
                    loaded.table_id, item.get("table_version", loaded.version), item.get("peildatum"),
                    *[values.get(name) for name in outputs], item.get("regel_ids") or [],
                    [r["bron"] for r in rows], item.get("code"), _error_text(item)])


def _error_text(item: Mapping[str, Any]) -> str | None:
    if "detail" not in item:
        return None
    errors = item.get("errors") or {}
    return " ".join([item["detail"], *(f"{k}: {' '.join(v)}" for k, v in errors.items())])


def _cell(value: Any, delimiter: str) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and delimiter == ";":
        return repr(value).replace(".", ",")
    if isinstance(value, list):
        return ", ".join(str(_cell(v, delimiter)) for v in value)
    return value
