"""Read the DMN TCK's test files (testCases XML) into facts and expected outputs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from defusedxml import ElementTree as SafeET

TCK_DIR = Path(__file__).resolve().parents[2] / "data" / "dmn-tck"
_XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
_XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _value(el) -> Any:
    """A TCK value element: <value>, <list><item>…, <component>… (a context as a dict)."""
    kids = [c for c in el if _local(c.tag) in ("value", "list", "component")]
    if not kids:
        return None
    first = kids[0]
    kind = _local(first.tag)
    if kind == "component":
        return {c.get("name"): _value(c) for c in kids}
    if kind == "list":
        return [_value(item) for item in first if _local(item.tag) == "item"]
    if first.get(_XSI_NIL) == "true":
        return None
    text, xtype = first.text or "", (first.get(_XSI_TYPE) or "").split(":")[-1]
    if xtype == "decimal":
        number = Decimal(text)
        return int(number) if number == number.to_integral_value() else float(number)
    if xtype == "boolean":
        return text.strip() == "true"
    return text


def tck_cases() -> list[str]:
    return sorted(p.name for p in TCK_DIR.iterdir() if p.is_dir())


def read_tests(case: str) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """[(test id, {input name: value}, {decision name: expected})] of the case's test file."""
    root = SafeET.parse(TCK_DIR / case / f"{case}-test-01.xml").getroot()
    out = []
    for tc in (c for c in root if _local(c.tag) == "testCase"):
        inputs = {n.get("name"): _value(n) for n in tc if _local(n.tag) == "inputNode"}
        expected = {}
        for node in (n for n in tc if _local(n.tag) == "resultNode"):
            exp = next(c for c in node if _local(c.tag) == "expected")
            expected[node.get("name")] = _value(exp)
        out.append((tc.get("id"), inputs, expected))
    return out
