"""Small hand-written compiled tables for the engine tests (the compiled form, as data)."""

from __future__ import annotations

from typing import Any


def cond(field: str, op: str, value: Any = None, **extra: Any) -> dict[str, Any]:
    """One compiled test: ``cond("leeftijd", "ge", 18)``, ``cond("land", "in", values=[...])``."""
    out: dict[str, Any] = {"field": field, "op": op}
    if op in ("eq", "ne", "lt", "le", "gt", "ge"):
        out["value"] = value
    elif op in ("in", "not_in"):
        out["values"] = list(extra["values"])
    elif op in ("between", "not_between"):
        out.update(low=extra["low"], high=extra["high"],
                   low_inclusive=extra.get("low_inclusive", True), high_inclusive=extra.get("high_inclusive", True))
    return out


def rule(index: int, *tests: dict[str, Any], start: int | None = None, end: int | None = None) -> dict[str, Any]:
    return {"index": index, "regel_id": f"R-{index:02d}", "sheet": "Regels", "row": index + 2, "bron": "test",
            "from": start, "to": end, "tests": list(tests), "outputs": {}}


def compiled(fields: dict[str, str], *tables: list[dict[str, Any]], version: str = "test") -> dict[str, Any]:
    """A compiled form whose inputs are ``fields`` (name -> type) and whose tables hold ``tables``."""
    return {
        "format": 1,
        "table_id": "test/engine",
        "version": version,
        "title": "engine test",
        "peildatum_field": "datum",
        "inputs": [{"name": n, "type": t, "allowed": None, "minimum": None, "maximum": None,
                    "required": False, "context": False, "default": None} for n, t in fields.items()],
        "derived": [],
        "outputs": [],
        "parameters": {},
        "tables": [{"name": f"t{i}", "hit_policy": "COLLECT", "aggregation": None, "inputs": sorted(fields),
                    "outputs": [], "rules": rules} for i, rules in enumerate(tables)],
    }
