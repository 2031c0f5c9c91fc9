"""Write a formula tree back as text, for messages that quote part of a formula or suggest one."""

from __future__ import annotations

from typing import Any

from policy.expr.functions import KEYWORDS

__all__ = ["render"]

_WORDS = {True: "ja", False: "nee", None: "leeg"}


def render(tree: Any) -> str:
    """``tree`` as an officer would write it (``datum_plus(aanvraagdatum, dagen=-1)``)."""
    head = tree[0]
    if head == "lit":
        value = tree[1]
        if value is None or isinstance(value, bool):
            return _WORDS[value]
        if isinstance(value, str):
            return '"' + value.replace('"', '\\"') + '"'
        return repr(value)
    if head == "name":
        return str(tree[1])
    if head == "list":
        return "[" + ", ".join(render(p) for p in tree[1]) + "]"
    if head == "neg":
        return "-" + _operand(tree[1])
    if head == "not":
        return "niet " + _operand(tree[1])
    if head in ("and", "or"):
        word = " en " if head == "and" else " of "
        return word.join(_operand(p) for p in tree[1])
    if head in ("bin", "cmp"):
        return f"{_operand(tree[2])} {tree[1]} {_operand(tree[3])}"
    if head == "call":
        name, args = tree[1], tree[2]
        if name in KEYWORDS and len(args) == len(KEYWORDS[name]) + 1:
            parts = [render(args[0])] + [
                f"{k}={render(a)}" for k, a in zip(KEYWORDS[name], args[1:], strict=True) if a != ["lit", 0]
            ]
            return f"{name}({', '.join(parts)})"
        return f"{name}({', '.join(render(a) for a in args)})"
    return "?"


def _operand(tree: Any) -> str:
    text = render(tree)
    return f"({text})" if tree[0] in ("bin", "cmp", "and", "or") else text
