"""Formulas as FEEL (DMN 1.3) literal expressions, and the FEEL that export writes read back.

``to_feel`` writes a formula tree (``policy.expr``) as FEEL with the same meaning, null included:
the formula functions FEEL lacks are business knowledge models (``LIBRARY``, each with its FEEL
body), ``parameter("naam", sleutel)`` is the model's own ``parameter_naam`` knowledge model, and
``==``/``!=`` are guarded (FEEL's ``null = x`` is false, a formula's is no value).
``from_feel`` reads such FEEL back into a formula tree. What has no exact FEEL form raises
``FeelError`` with a Dutch reason; nothing is approximated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

__all__ = ["FUNCTION", "FeelError", "LIBRARY", "feel_literal", "from_feel", "library_matches", "parse_feel", "to_feel"]


class FeelError(ValueError):
    """An expression without an exact counterpart; ``args[0]`` is a Dutch reason."""


#: Formula functions as business knowledge models: name -> (parameters, result typeRef, FEEL body).
LIBRARY: dict[str, tuple[tuple[tuple[str, str], ...], str, str]] = {
    "leeftijd": ((("geboren", "date"), ("op", "date")), "number",
                 "op.year - geboren.year - (if op.month < geboren.month or (op.month = geboren.month and "
                 "op.day < geboren.day) then 1 else 0)"),
    "jaren_tussen": ((("van", "date"), ("tot", "date")), "number",
                     "if tot < van then -(van.year - tot.year - (if van.month < tot.month or (van.month = tot.month "
                     "and van.day < tot.day) then 1 else 0)) else tot.year - van.year - (if tot.month < van.month or "
                     "(tot.month = van.month and tot.day < van.day) then 1 else 0)"),
    "maanden_tussen": ((("van", "date"), ("tot", "date")), "number",
                       "if tot < van then -((van.year - tot.year) * 12 + van.month - tot.month - (if van.day < tot.day "
                       "then 1 else 0)) else (tot.year - van.year) * 12 + tot.month - van.month - (if tot.day < van.day "
                       "then 1 else 0)"),
    "dagen_tussen": ((("van", "date"), ("tot", "date")), "number", "(tot - van).days"),
    "jaar": ((("datum", "date"),), "number", "datum.year"),
    "is_leeg": ((("waarde", "Any"),), "boolean",
                "waarde = null or (waarde instance of list<Any> and count(waarde) = 0)"),
    "aantal": ((("lijst", "Any"),), "number", "if lijst = null then 0 else count(lijst)"),
    "bevat": ((("lijst", "Any"), ("waarde", "Any")), "boolean",
              "if lijst = null then false else list contains(lijst, waarde)"),
}
_BUILTIN = {"min": "min", "max": "max"}
_PARAMETER = "parameter_"
#: The knowledge models of LIBRARY are named with this prefix (a field may be called `leeftijd` too).
FUNCTION = "functie_"


def _number(value: int | float) -> str:
    if isinstance(value, int):
        return str(value)
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def feel_literal(value: Any) -> str:
    """A typed value (str, int, float, bool, date, list, None) as a FEEL literal."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number(value) if value >= 0 else f"-{_number(-value)}"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(feel_literal(v) for v in value) + "]"
    if hasattr(value, "isoformat"):
        return f'date("{value.isoformat()}")'
    raise FeelError(f"de waarde {value!r} heeft geen FEEL-vorm")


def _sub(tree: Any, ref: Callable[[str], str], used: set[str]) -> str:
    text = to_feel(tree, ref, used)
    return text if tree[0] in ("lit", "name", "call", "list", "not") else f"({text})"


def to_feel(tree: Any, ref: Callable[[str], str], used: set[str]) -> str:
    """``tree`` as FEEL; ``ref`` gives a field's FEEL name, ``used`` collects knowledge models called."""
    head = tree[0]
    if head == "lit":
        return feel_literal(tree[1])
    if head == "name":
        return ref(tree[1])
    if head == "list":
        return "[" + ", ".join(to_feel(p, ref, used) for p in tree[1]) + "]"
    if head == "neg":
        return f"-{_sub(tree[1], ref, used)}"
    if head == "not":
        return f"not({to_feel(tree[1], ref, used)})"
    if head in ("and", "or"):
        return f" {head} ".join(_sub(p, ref, used) for p in tree[1])
    if head == "bin":
        return f"{_sub(tree[2], ref, used)} {tree[1]} {_sub(tree[3], ref, used)}"
    if head == "cmp":
        a, b = _sub(tree[2], ref, used), _sub(tree[3], ref, used)
        op = {"==": "="}.get(tree[1], tree[1])
        if tree[1] not in ("==", "!="):
            return f"{a} {op} {b}"
        # FEEL: null = x is false; a formula's comparison with no value is no value
        guards = [f"{x} = null" for x, t in ((a, tree[2]), (b, tree[3])) if t[0] != "lit"]
        if not guards:
            return f"{a} {op} {b}"
        return f"(if {' or '.join(guards)} then null else {a} {op} {b})"
    if head == "call":
        return _call(tree[1], tree[2], ref, used)
    raise FeelError(f"onbekend formuledeel {head!r}")


def _call(name: str, args: list[Any], ref: Callable[[str], str], used: set[str]) -> str:
    if name == "parameter":
        if not args or args[0][0] != "lit" or not isinstance(args[0][1], str):
            raise FeelError("parameter() met een naam die geen vaste tekst is heeft geen FEEL-vorm")
        used.add(_PARAMETER + args[0][1])
        return f"{_PARAMETER}{args[0][1]}({', '.join(to_feel(a, ref, used) for a in args[1:])})"
    feel = [to_feel(a, ref, used) for a in args]
    if name in LIBRARY:
        used.add(FUNCTION + name)
        return f"{FUNCTION}{name}({', '.join(feel)})"
    if name in _BUILTIN:
        return f"{_BUILTIN[name]}({', '.join(feel)})"
    if name == "datum":
        return f"date({feel[0]})"
    if name == "als":
        return f"(if {feel[0]} then {feel[1]} else {feel[2]})"
    if name == "datum_plus":
        return _date_plus(feel[0], args[1], args[2], args[3], feel[1], feel[2], feel[3])
    raise FeelError(f"de functie {name}() heeft geen exacte FEEL-vorm")


def _date_plus(d: str, days: Any, months: Any, years: Any, fdays: str, fmonths: str, fyears: str) -> str:
    """datum_plus: years and months move the calendar month (FEEL clamps the day, as we do), then days."""
    out = d if re.fullmatch(r"[A-Za-z_]\w*", d) else f"({d})"
    for tree, feel, unit in ((years, fyears, "Y"), (months, fmonths, "M"), (days, fdays, "D")):
        if tree == ["lit", 0]:
            continue
        if tree[0] == "lit" and isinstance(tree[1], int) and not isinstance(tree[1], bool):
            sign = "+" if tree[1] >= 0 else "-"
            out += f' {sign} duration("P{abs(tree[1])}{unit}")'
        else:
            out += f' + duration("P1{unit}") * ({feel})'
    return out


# --------------------------------------------------------------------------- reading FEEL

_KEYWORDS = ("years and months duration", "list contains", "get value", "instance of", "date and time")
_TOKEN = re.compile(r"""
    \s*(?:
      (?P<num>\d+(?:\.\d+)?)
    | (?P<str>"(?:[^"\\]|\\.)*")
    | (?P<op><=|>=|!=|\.\.|[-+*/=<>()\[\]{},.:])
    | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\s+[A-Za-z_][A-Za-z0-9_]*)*?)(?=\s*(?:[^A-Za-z_\s]|$))
    )""", re.X)


def _tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise FeelError(f"'{text[pos:pos + 20]}' is geen FEEL die deze import leest")
        pos = m.end()
        kind = m.lastgroup or ""
        value = m.group(kind)
        if kind == "name":
            out.extend(_split_name(value))
        else:
            out.append((kind, value))
    return out


_WORDS = {"if", "then", "else", "and", "or", "null", "true", "false", "not"}


def _split_name(text: str) -> list[tuple[str, str]]:
    """Words: keywords stand alone; multi-word FEEL names (``list contains``) stay one name."""
    words = text.split()
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        for kw in _KEYWORDS:
            n = len(kw.split())
            if " ".join(words[i:i + n]) == kw:
                out.append(("name", kw))
                i += n
                break
        else:
            w = words[i]
            out.append(("kw" if w in _WORDS else "name", w))
            i += 1
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (value is not None and tok[1] != value):
            raise FeelError(f"in '{self.text}' verwacht: {value or 'meer'}")
        self.i += 1
        return tok

    def at(self, value: str) -> bool:
        tok = self.peek()
        return tok is not None and tok[1] == value and tok[0] in ("op", "kw", "name")

    def parse(self) -> Any:
        node = self.expr()
        if self.peek() is not None:
            raise FeelError(f"in '{self.text}' blijft '{self.peek()[1]}' over")  # type: ignore[index]
        return node

    def expr(self) -> Any:
        if self.at("if"):
            self.take()
            c = self.expr()
            self.take("then")
            a = self.expr()
            self.take("else")
            return ("if", c, a, self.expr())
        return self.disjunction()

    def disjunction(self) -> Any:
        parts = [self.conjunction()]
        while self.at("or"):
            self.take()
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else ("or", parts)

    def conjunction(self) -> Any:
        parts = [self.comparison()]
        while self.at("and"):
            self.take()
            parts.append(self.comparison())
        return parts[0] if len(parts) == 1 else ("and", parts)

    def comparison(self) -> Any:
        left = self.additive()
        for op in ("=", "!=", "<=", ">=", "<", ">"):
            if self.at(op):
                self.take()
                return ("cmp", op, left, self.additive())
        if self.at("instance of"):
            self.take()
            kind = self.take()[1]
            if self.at("<"):
                self.take()
                kind += "<" + self.take()[1] + ">"
                self.take(">")
            return ("instance", left, kind)
        return left

    def additive(self) -> Any:
        node = self.multiplicative()
        while self.at("+") or self.at("-"):
            op = self.take()[1]
            node = ("bin", op, node, self.multiplicative())
        return node

    def multiplicative(self) -> Any:
        node = self.unary()
        while self.at("*") or self.at("/"):
            op = self.take()[1]
            node = ("bin", op, node, self.unary())
        return node

    def unary(self) -> Any:
        if self.at("-"):
            self.take()
            return ("neg", self.unary())
        return self.postfix()

    def postfix(self) -> Any:
        node = self.primary()
        while True:
            if self.at("."):
                self.take()
                node = ("path", node, self.take()[1])
            elif self.at("(") and node[0] == "name":
                self.take()
                args = []
                while not self.at(")"):
                    args.append(self.expr())
                    if not self.at(")"):
                        self.take(",")
                self.take(")")
                node = ("call", node[1], args)
            else:
                return node

    def primary(self) -> Any:
        kind, value = self.take()
        if kind == "num":
            return ("lit", int(value) if "." not in value else float(value))
        if kind == "str":
            return ("lit", re.sub(r"\\(.)", r"\1", value[1:-1]))
        if kind == "kw" and value in ("null", "true", "false"):
            return ("lit", {"null": None, "true": True, "false": False}[value])
        if kind in ("name", "kw") and value == "not":
            return ("name", "not")
        if kind == "name":
            return ("name", value)
        if value == "(":
            node = self.expr()
            self.take(")")
            return node
        if value == "[":
            items = []
            while not self.at("]"):
                items.append(self.expr())
                if not self.at("]"):
                    self.take(",")
            self.take("]")
            return ("list", items)
        if value == "{":
            entries = []
            while not self.at("}"):
                key = self.take()
                if key[0] not in ("str", "name"):
                    raise FeelError(f"in '{self.text}' is '{key[1]}' geen sleutel")
                self.take(":")
                entries.append((key[1][1:-1] if key[0] == "str" else key[1], self.expr()))
                if not self.at("}"):
                    self.take(",")
            self.take("}")
            return ("context", entries)
        raise FeelError(f"in '{self.text}' staat '{value}' op een plek waar een waarde hoort")


def parse_feel(text: str) -> Any:
    """The syntax tree of a FEEL expression (the part of FEEL this module writes, and a little more)."""
    return _Parser(text).parse()


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())


def library_matches(name: str, body: str) -> bool:
    """Whether a knowledge model ``name`` with FEEL ``body`` is the library's function of that name."""
    base = name[len(FUNCTION):] if name.startswith(FUNCTION) else ""
    return base in LIBRARY and _normal(body) == _normal(LIBRARY[base][2])


_DURATION = re.compile(r"P(\d+)([YMD])")


def from_feel(text: str, resolve: Callable[[Any], Any], functions: set[str]) -> Any:
    """The formula tree of FEEL ``text``; ``resolve`` turns a ``name``/``path`` node into a field
    name (or raises FeelError), ``functions`` are the knowledge models the model defines as ours."""
    return _convert(parse_feel(text), resolve, functions)


def _convert(node: Any, resolve: Callable[[Any], Any], functions: set[str]) -> Any:
    def conv(n: Any) -> Any:
        return _convert(n, resolve, functions)

    head = node[0]
    if head == "lit":
        return ["lit", node[1]]
    if head in ("name", "path"):
        return ["name", resolve(node)]
    if head == "list":
        return ["list", [conv(p) for p in node[1]]]
    if head == "neg":
        inner = conv(node[1])
        if inner[0] == "lit" and isinstance(inner[1], (int, float)) and not isinstance(inner[1], bool):
            return ["lit", -inner[1]]
        return ["neg", inner]
    if head in ("and", "or"):
        return [head, [conv(p) for p in node[1]]]
    if head == "cmp":
        op = "==" if node[1] == "=" else node[1]
        if node[3] == ("lit", None) or node[2] == ("lit", None):
            raise FeelError("een vergelijking met null heeft geen exacte vorm in een formule; gebruik is_leeg()")
        return ["cmp", op, conv(node[2]), conv(node[3])]
    if head == "if":
        guarded = _guarded_comparison(node)
        if guarded is not None:
            return conv(guarded)
        return ["call", "als", [conv(node[1]), conv(node[2]), conv(node[3])]]
    if head == "bin":
        plus = _date_plus_of(node, conv)
        if plus is not None:
            return plus
        return ["bin", node[1], conv(node[2]), conv(node[3])]
    if head == "call":
        name, args = node[1], node[2]
        if name == "not" and len(args) == 1:
            return ["not", conv(args[0])]
        if name == "date" and len(args) == 1:
            return ["call", "datum", [conv(args[0])]]
        if name in ("min", "max"):
            return ["call", name, [conv(a) for a in args]]
        if name in functions and name.startswith(FUNCTION) and name[len(FUNCTION):] in LIBRARY:
            return ["call", name[len(FUNCTION):], [conv(a) for a in args]]
        if name in functions and name.startswith(_PARAMETER):
            return ["call", "parameter", [["lit", name[len(_PARAMETER):]], *[conv(a) for a in args]]]
        if f"{name}()" in functions:  # a parameter without any value in the model's period
            return ["lit", None]
        raise FeelError(f"de functie {name}() is geen functie die een werkboek kent")
    raise FeelError("dit deel van de FEEL-expressie heeft geen vorm in een formule")


def _guarded_comparison(node: Any) -> Any:
    """``if a = null or b = null then null else a = b`` (how export writes ``==``) -> ``a = b``."""
    cond, then, other = node[1], node[2], node[3]
    if then != ("lit", None) or other[0] != "cmp" or other[1] not in ("=", "!="):
        return None
    guards = cond[1] if cond[0] == "or" else [cond]
    nulls = [g[2] for g in guards if g[0] == "cmp" and g[1] == "=" and g[3] == ("lit", None)]
    if len(nulls) != len(guards):
        return None
    wanted = [x for x in (other[2], other[3]) if x[0] != "lit"]
    return other if nulls == wanted else None


def _date_plus_of(node: Any, conv: Callable[[Any], Any]) -> Any:
    """``d + duration("P5Y") - duration("P1D")`` (how export writes datum_plus) -> datum_plus(d, …)."""
    steps: list[tuple[str, Any]] = []
    while node[0] == "bin" and node[1] in ("+", "-"):
        step = _duration_step(node[1], node[3], conv)
        if step is None:
            break
        steps.append(step)
        node = node[2]
    if not steps:
        return None
    amounts: dict[str, Any] = {"D": ["lit", 0], "M": ["lit", 0], "Y": ["lit", 0]}
    for unit, amount in steps:
        if amounts[unit] != ["lit", 0]:
            raise FeelError("een datum die twee keer met dezelfde eenheid verschuift heeft geen vorm in datum_plus()")
        amounts[unit] = amount
    return ["call", "datum_plus", [conv(node), amounts["D"], amounts["M"], amounts["Y"]]]


def _duration_step(op: str, node: Any, conv: Callable[[Any], Any]) -> tuple[str, Any] | None:
    if node[0] == "call" and node[1] == "duration" and len(node[2]) == 1 and node[2][0][0] == "lit":
        m = _DURATION.fullmatch(str(node[2][0][1]))
        if not m:
            raise FeelError(f"de duur '{node[2][0][1]}' heeft geen vorm in datum_plus()")
        n = int(m.group(1))
        return m.group(2), ["lit", n if op == "+" else -n]
    if (op == "+" and node[0] == "bin" and node[1] == "*" and node[2][0] == "call" and node[2][1] == "duration"
            and node[2][2] and node[2][2][0][0] == "lit" and _DURATION.fullmatch(str(node[2][2][0][1]))):
        m = _DURATION.fullmatch(str(node[2][2][0][1]))
        assert m is not None
        if m.group(1) == "1":
            return m.group(2), conv(node[3])
    return None
