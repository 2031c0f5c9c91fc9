"""Parse a formula into a JSON-able tree, accepting only whitelisted syntax.

Tree nodes (lists, so they survive JSON):
``["lit", v]``, ``["name", n]``, ``["list", [..]]``, ``["neg", x]``, ``["not", x]``,
``["and", [..]]``, ``["or", [..]]``, ``["bin", op, a, b]`` (op in ``+ - * /``),
``["cmp", op, a, b]`` (op in ``== != < <= > >=``), ``["call", name, [..]]``.
"""

from __future__ import annotations

import ast
import io
import tokenize
from typing import Any

from policy.expr.functions import FUNCTIONS, KEYWORDS

__all__ = ["ExprError", "parse_formula", "names_in", "functions_in"]

_KEYWORDS = {"en": "and", "of": "or", "niet": "not"}
_CONSTANTS = {"ja": True, "nee": False, "leeg": None, "True": True, "False": False, "None": None}
_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_CMPOPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
_MAX_LENGTH = 2000
_MAX_DEPTH = 40


class ExprError(ValueError):
    """A formula is not valid; ``message`` is a Dutch sentence for the officer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_formula(text: str) -> list[Any]:
    """Parse ``text`` into a formula tree, or raise :class:`ExprError`."""
    if not isinstance(text, str) or not text.strip():
        raise ExprError("De formule is leeg.")
    if len(text) > _MAX_LENGTH:
        raise ExprError(f"De formule is langer dan {_MAX_LENGTH} tekens.")
    source = _translate_keywords(text.strip())
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        raise ExprError(
            f"De formule '{text.strip()}' is niet te lezen (positie {exc.offset or '?'}); "
            "controleer haakjes, komma's en aanhalingstekens."
        ) from None
    return _convert(tree.body, text.strip(), 0)


def _translate_keywords(text: str) -> str:
    """Replace the Dutch keywords ``en``/``of``/``niet`` by Python's, outside strings."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return text  # ast.parse reports the problem
    out = []
    for tok in tokens:
        if tok.type == tokenize.NAME and tok.string in _KEYWORDS:
            tok = tok._replace(string=_KEYWORDS[tok.string])
        out.append(tok)
    try:
        return tokenize.untokenize(out)
    except ValueError:
        return text


def _convert(node: ast.AST, text: str, depth: int) -> list[Any]:
    if depth > _MAX_DEPTH:
        raise ExprError("De formule is te diep genest.")
    d = depth + 1
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or node.value is None:
            return ["lit", node.value]
        if isinstance(node.value, (int, float, str)):
            return ["lit", node.value]
        raise ExprError(f"De waarde {node.value!r} is niet toegestaan in een formule.")
    if isinstance(node, ast.Name):
        if node.id in _CONSTANTS:
            return ["lit", _CONSTANTS[node.id]]
        return ["name", node.id]
    if isinstance(node, ast.List | ast.Tuple):
        return ["list", [_convert(e, text, d) for e in node.elts]]
    if isinstance(node, ast.UnaryOp):
        if isinstance(node.op, ast.USub):
            inner = _convert(node.operand, text, d)
            if inner[0] == "lit" and isinstance(inner[1], (int, float)) and not isinstance(inner[1], bool):
                return ["lit", -inner[1]]
            return ["neg", inner]
        if isinstance(node.op, ast.UAdd):
            return _convert(node.operand, text, d)
        if isinstance(node.op, ast.Not):
            return ["not", _convert(node.operand, text, d)]
    if isinstance(node, ast.BoolOp):
        kind = "and" if isinstance(node.op, ast.And) else "or"
        return [kind, [_convert(v, text, d) for v in node.values]]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return ["bin", _BINOPS[type(node.op)], _convert(node.left, text, d), _convert(node.right, text, d)]
    if isinstance(node, ast.Compare):
        parts = []
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            if type(op) not in _CMPOPS:
                raise ExprError(f"De vergelijking in '{text}' is niet toegestaan; gebruik == != < <= > >=.")
            parts.append(["cmp", _CMPOPS[type(op)], _convert(left, text, d), _convert(right, text, d)])
            left = right
        return parts[0] if len(parts) == 1 else ["and", parts]
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name):
            raise ExprError(f"In '{text}' staat een aanroep die niet is toegestaan; gebruik functie(a, b).")
        name = node.func.id
        if name not in FUNCTIONS:
            known = ", ".join(sorted(FUNCTIONS))
            raise ExprError(f"De functie '{name}' bestaat niet. Beschikbaar: {known}.")
        if name in KEYWORDS:
            return _keyword_call(node, name, text, d)
        if node.keywords:
            raise ExprError(
                f"De functie '{name}' kent geen benoemde argumenten (zoals {_keyword_text(node.keywords[0])}); "
                f"schrijf {name}(a, b)."
            )
        spec = FUNCTIONS[name]
        n = len(node.args)
        if n < spec.min_args or (spec.max_args is not None and n > spec.max_args):
            raise ExprError(f"De functie '{name}' verwacht {spec.arity_text()}, maar kreeg er {n}.")
        return ["call", name, [_convert(a, text, d) for a in node.args]]
    raise ExprError(
        f"Het onderdeel '{ast.unparse(node)}' van de formule '{text}' is niet toegestaan."
    )


def _keyword_text(kw: ast.keyword) -> str:
    return "**…" if kw.arg is None else f"{kw.arg}=…"


#: Keywords officers may reach for, and the one that is meant.
_KEYWORD_HINTS = {"dag": "dagen", "maand": "maanden", "jaar": "jaren", "weken": "dagen", "week": "dagen"}


def _keyword_call(node: ast.Call, name: str, text: str, depth: int) -> list[Any]:
    """``datum_plus(d, maanden=1)`` -> ``["call", "datum_plus", [d, 0, 1, 0]]`` (every keyword, in order)."""
    keywords = KEYWORDS[name]
    shape = f"{name}(datum, {', '.join(k + '=…' for k in keywords)})"
    if len(node.args) != 1:
        raise ExprError(
            f"De functie '{name}' verwacht één datum en daarna benoemde argumenten: {shape}, "
            f"bijvoorbeeld {name}(aanvraagdatum, maanden=-12)."
        )
    if not node.keywords:
        raise ExprError(f"Bij '{name}' ontbreekt wat er bij de datum komt: {shape}.")
    given: dict[str, list[Any]] = {}
    for kw in node.keywords:
        if kw.arg not in keywords:
            hint = _KEYWORD_HINTS.get(kw.arg or "")
            advice = ""
            if hint is not None:
                advice = " (schrijf weken als dagen: dagen=7 * …)" if kw.arg in ("week", "weken") else f" (bedoelt u {hint}=?)"
            raise ExprError(
                f"De functie '{name}' kent geen '{_keyword_text(kw)}'{advice}; gebruik "
                f"{', '.join(k + '=' for k in keywords[:-1])} of {keywords[-1]}=."
            )
        if kw.arg in given:
            raise ExprError(f"Bij '{name}' staat {kw.arg}= twee keer; geef elke verschuiving één keer.")
        given[kw.arg] = _convert(kw.value, text, depth)
    return ["call", name, [_convert(node.args[0], text, depth)] + [given.get(k, ["lit", 0]) for k in keywords]]


def names_in(tree: list[Any]) -> set[str]:
    """Every field name the formula reads."""
    found: set[str] = set()
    _walk(tree, found, "name")
    return found


def functions_in(tree: list[Any]) -> set[str]:
    found: set[str] = set()
    _walk(tree, found, "call")
    return found


def _walk(tree: Any, found: set[str], kind: str) -> None:
    if not isinstance(tree, list) or not tree:
        return
    head = tree[0]
    if head == kind:
        found.add(tree[1])
    if head in ("name", "lit"):
        return
    for part in tree[1:]:
        if isinstance(part, list):
            if part and isinstance(part[0], str) and part[0] in _HEADS:
                _walk(part, found, kind)
            else:
                for sub in part:
                    _walk(sub, found, kind)


_HEADS = {"lit", "name", "list", "neg", "not", "and", "or", "bin", "cmp", "call"}
