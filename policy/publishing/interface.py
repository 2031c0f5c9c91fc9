"""Does a workbook belong to the table it is uploaded to? Its interface: inputs, outputs, title."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["interface_differences"]


def _fields(specs: list[Mapping[str, Any]], keys: tuple[str, ...]) -> dict[str, tuple[Any, ...]]:
    return {s["name"]: tuple(s.get(k) for k in keys) for s in specs}


def interface_differences(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """Dutch sentences naming what a case system would see change (empty: the same interface)."""
    out = []
    if old["title"] != new["title"]:
        out.append(f"de titel is '{new['title']}', niet '{old['title']}'")
    for kind, key in (("invoer", "inputs"), ("uitvoer", "outputs")):
        props = ("type", "allowed") if key == "outputs" else ("type", "allowed", "context")
        public = [s for s in old[key] if not s.get("intermediate")]
        a = _fields(public, props)
        b = _fields([s for s in new[key] if not s.get("intermediate")], props)
        gone, added = sorted(set(a) - set(b)), sorted(set(b) - set(a))
        if gone:
            out.append(f"{kind} {', '.join(gone)} ontbreekt")
        if added:
            out.append(f"{kind} {', '.join(added)} is nieuw")
        for name in sorted(set(a) & set(b)):
            if a[name][0] != b[name][0]:
                out.append(f"{kind} {name} heeft type '{b[name][0]}', niet '{a[name][0]}'")
            elif a[name][1:] != b[name][1:]:
                out.append(f"{kind} {name} heeft andere toegestane waarden")
    return out
