"""What type of value a formula gives, worked out from the formula tree (never by running it).

The answer is one of the workbook's types (``geheel getal``, ``getal``, ``datum``, ``ja/nee``,
``tekst``, ``lijst``), ``"leeg"`` for the literal ``leeg``, or None when it cannot be told
(a sum of a date and a number, ``min`` of mixed values, an unknown name). The checks compare it
with the declared type of the field the formula fills; the evaluator checks at run time what
cannot be told here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from policy.expr.functions import KEYWORDS
from policy.expr.render import render

__all__ = ["EMPTY", "arithmetic_problem", "call_problems", "comparison_problem", "fits", "infer_type",
           "operation_problems", "value_family", "value_type"]

EMPTY = "leeg"

#: Declared type -> the family of values it holds (texts of all kinds are one family).
_FAMILY = {
    "geheel getal": "getal", "getal": "getal", "datum": "datum", "ja/nee": "ja/nee",
    "tekst": "tekst", "keuzelijst": "tekst", "landcode": "tekst", "lijst": "lijst",
}
#: Functions whose result type does not depend on their arguments.
_RESULTS = {
    "leeftijd": "geheel getal", "dagen_tussen": "geheel getal", "maanden_tussen": "geheel getal",
    "jaren_tussen": "geheel getal", "datum_plus": "datum", "jaar": "geheel getal", "aantal": "geheel getal", "datum": "datum", "is_leeg": "ja/nee",
    "bevat": "ja/nee", "samenvoegen": "lijst",
}


def fits(inferred: str | None, declared: str) -> bool:
    """False only when the formula certainly gives a value of another family than ``declared``."""
    if inferred is None or inferred == EMPTY or declared not in _FAMILY:
        return True
    return _FAMILY[inferred] == _FAMILY[declared]


def value_type(value: Any) -> str | None:
    """The type of a value as a workbook holds it (a parameter's value, say)."""
    if isinstance(value, date):
        return "datum"
    if isinstance(value, (list, tuple)):
        return "lijst"
    return _literal(value)


def _literal(value: Any) -> str | None:
    if value is None:
        return EMPTY
    if isinstance(value, bool):
        return "ja/nee"
    if isinstance(value, int):
        return "geheel getal"
    if isinstance(value, float):
        return "getal"
    if isinstance(value, str):
        return "tekst"
    return None


def _join(types: list[str | None]) -> str | None:
    """The one type of several alternatives (``leeg`` fits any); None if they differ."""
    known = [t for t in types if t != EMPTY]
    if any(t is None for t in known):
        return None
    if not known:
        return EMPTY
    if all(t in ("geheel getal", "getal") for t in known):
        return "geheel getal" if all(t == "geheel getal" for t in known) else "getal"
    first = known[0]
    return first if all(t == first for t in known) else None


def infer_type(tree: Any, field_types: Mapping[str, str], parameter_types: Mapping[str, str] | None = None) -> str | None:
    """The type of the value ``tree`` gives; None when it cannot be told without running it."""
    if not isinstance(tree, list) or not tree:
        return None
    head = tree[0]
    if head == "lit":
        return _literal(tree[1])
    if head == "name":
        declared = field_types.get(tree[1])
        if declared is None:
            return None
        return "tekst" if _FAMILY.get(declared) == "tekst" else declared
    if head == "list":
        return "lijst"
    if head in ("not", "and", "or", "cmp"):
        return "ja/nee"
    if head == "neg":
        inner = infer_type(tree[1], field_types, parameter_types)
        return inner if inner in ("geheel getal", "getal") else None
    if head == "bin":
        left = infer_type(tree[2], field_types, parameter_types)
        right = infer_type(tree[3], field_types, parameter_types)
        if left not in ("geheel getal", "getal") or right not in ("geheel getal", "getal"):
            return None  # dates, texts and lists are not for arithmetic (the evaluator refuses)
        if tree[1] == "/" or "getal" in (left, right):
            return "getal"
        return "geheel getal"
    if head == "call":
        name, args = tree[1], tree[2]
        if name in _RESULTS:
            return _RESULTS[name]
        if name == "als" and len(args) == 3:
            return _join([infer_type(a, field_types, parameter_types) for a in args[1:]])
        if name in ("min", "max") and args:
            return _join([infer_type(a, field_types, parameter_types) for a in args])
        if name == "parameter" and args and args[0][:1] == ["lit"] and parameter_types is not None:
            return parameter_types.get(args[0][1])
        return None
    return None


# -- operations that cannot work on the types they are given ---------------------------------

#: How a message names a family of values.
_NAMED = {"getal": "een getal", "datum": "een datum", "ja/nee": "ja/nee", "tekst": "een tekst", "lijst": "een lijst"}
#: Functions whose arguments must be of one family: name -> family per argument (None: any).
_ARGUMENTS: dict[str, tuple[str | None, ...]] = {
    "leeftijd": ("datum", "datum"), "dagen_tussen": ("datum", "datum"), "maanden_tussen": ("datum", "datum"),
    "jaren_tussen": ("datum", "datum"), "jaar": ("datum",), "datum": ("tekst",),
    "datum_plus": ("datum", "getal", "getal", "getal"),
}
_ORDINALS = ("1e", "2e", "3e", "4e")


def _family_of(inferred: str | None) -> str | None:
    return None if inferred is None or inferred == EMPTY else _FAMILY.get(inferred)


def value_family(value: Any) -> str | None:
    """The family of a value met at run time (None for no value or an unknown kind)."""
    return _family_of(value_type(value))


def operation_problems(tree: Any, field_types: Mapping[str, str],
                       parameter_types: Mapping[str, str] | None = None) -> list[str]:
    """Every part of ``tree`` that certainly fails on the types it is given, as Dutch sentences.

    ``aanvraagdatum - 1``, ``datum + datum``, ``datum * 2``, ``leeftijd(18, aanvraagdatum)``,
    ``aanvraagdatum < 3``: each sentence quotes the part and says what to write instead.
    """
    found: list[str] = []
    _problems(tree, field_types, parameter_types, found)
    return list(dict.fromkeys(found))


def _problems(tree: Any, types: Mapping[str, str], params: Mapping[str, str] | None, found: list[str]) -> None:
    if not isinstance(tree, list) or not tree or tree[0] in ("lit", "name"):
        return
    head = tree[0]
    for part in (tree[2:] if head in ("bin", "cmp", "call") else tree[1:]):
        for sub in (part if head in ("call", "list", "and", "or") else [part]):
            _problems(sub, types, params, found)

    def fam(node: Any) -> str | None:
        return _family_of(infer_type(node, types, params))


    if head == "neg" and fam(tree[1]) not in (None, "getal"):
        found.append(f"'{render(tree)}': {_NAMED[fam(tree[1]) or '']} kan niet negatief worden gemaakt")
    elif head == "bin":
        problem = arithmetic_problem(tree[1], tree[2], tree[3], fam(tree[2]), fam(tree[3]))
        if problem:
            found.append(f"'{render(tree)}': {problem}")
    elif head == "cmp":
        problem = comparison_problem(tree[1], tree[2], tree[3], fam(tree[2]), fam(tree[3]))
        if problem:
            found.append(f"'{render(tree)}': {problem}")
    elif head == "call":
        found.extend(call_problems(tree, [fam(a) for a in tree[2]]))


def arithmetic_problem(op: str, a: Any, b: Any, fa: str | None, fb: str | None) -> str | None:
    """Why ``a op b`` cannot work on values of families ``fa`` and ``fb`` (with what works), or None."""

    if fa == "datum" or fb == "datum":
        if op in ("+", "-") and {fa, fb} == {"datum", "getal"}:
            if fa == "datum":
                days = b if op == "+" else (["lit", -b[1]] if b[0] == "lit" else ["neg", b])
                base = a
            elif op == "+":
                days, base = a, b
            else:
                return ("een datum aftrekken van een getal kan niet; tel dagen op bij een datum met "
                        f"datum_plus({render(b)}, dagen=…)")
            suggestion = render(["call", "datum_plus", [base, days, ["lit", 0], ["lit", 0]]])
            what = "optellen bij" if op == "+" else "aftrekken van"
            return (f"een getal {what} een datum kan niet met '{op}'; gebruik {suggestion} "
                    "(of maanden= of jaren= in plaats van dagen=)")
        if op == "-" and fa == fb == "datum":
            return (f"twee datums aftrekken kan niet met '-'; gebruik dagen_tussen({render(b)}, {render(a)}) "
                    "(of maanden_tussen, jaren_tussen)")
        if op == "+" and fa == fb == "datum":
            return ("twee datums optellen kan niet; bedoelt u de tijd ertussen, "
                    f"dagen_tussen({render(a)}, {render(b)})?")
        if op in ("*", "/"):
            return (f"met een datum kan niet worden {'vermenigvuldigd' if op == '*' else 'gedeeld'}; reken met "
                    "dagen_tussen(…), maanden_tussen(…) of datum_plus(…)")
    for f, node in ((fa, a), (fb, b)):
        if f in ("tekst", "lijst", "ja/nee", "datum"):
            advice = {
                "tekst": "rekenen kan alleen met getallen",
                "lijst": "tel de elementen met aantal(…) of voeg lijsten samen met samenvoegen(…)",
                "ja/nee": f"schrijf als({render(node)}, 1, 0) om ja als 1 te tellen",
                "datum": "reken met datums via datum_plus(…) en dagen_tussen(…)",
            }[f]
            return f"met {_NAMED[f]} ({render(node)}) kan niet worden gerekend; {advice}"
    return None


def comparison_problem(op: str, a: Any, b: Any, fa: str | None, fb: str | None) -> str | None:
    """Why comparing ``a op b`` of families ``fa`` and ``fb`` is a mistake, or None."""

    if fa is None or fb is None or fa == fb:
        if op not in ("==", "!=") and "lijst" in (fa, fb):
            return "lijsten kunnen niet groter of kleiner zijn; vergelijk aantal(…)"
        return None
    if {fa, fb} == {"datum", "tekst"}:
        text = b if fb == "tekst" else a
        if text[0] == "lit":
            return f"een datum wordt vergeleken met een tekst; schrijf de datum als datum({render(text)})"
    if {fa, fb} == {"datum", "getal"}:
        return ("een datum wordt vergeleken met een getal; vergelijk met een datum, bijvoorbeeld "
                "datum_plus(aanvraagdatum, maanden=-12), of reken eerst met dagen_tussen(…)")
    return f"{_NAMED[fa]} wordt vergeleken met {_NAMED[fb]}; dat is nooit zinvol"


def call_problems(tree: Any, families: list[str | None]) -> list[str]:
    """What is wrong with the arguments of the call ``tree``, given their ``families``."""
    name, args = tree[1], tree[2]
    out = []
    expected = _ARGUMENTS.get(name)
    if expected is not None:
        labels = [f"het {_ORDINALS[i]} argument" for i in range(len(expected))]
        if name in KEYWORDS:
            labels = ["de datum"] + [f"{k}=" for k in KEYWORDS[name]]
        for label, want, got, node in zip(labels, expected, families, args, strict=False):
            if want is not None and got is not None and got != want:
                advice = ""
                if want == "datum" and got == "tekst" and node[0] == "lit":
                    advice = f"; schrijf datum({render(node)})"
                out.append(f"'{render(tree)}': {label} van {name} moet {_NAMED[want]} zijn, maar "
                           f"{render(node)} is {_NAMED[got]}{advice}")
            elif name in KEYWORDS and label.endswith("=") and node[0] == "lit" and isinstance(node[1], float) \
                    and not node[1].is_integer():
                out.append(f"'{render(tree)}': {label} moet een geheel getal zijn, maar is {render(node)}")
    if name in ("min", "max"):
        known = {f for f in families if f is not None}
        if len(known) > 1:
            out.append(f"'{render(tree)}': {name} vergelijkt waarden van verschillende soorten "
                       f"({', '.join(_NAMED[f] for f in sorted(known))})")
    if name in ("aantal", "bevat") and families and families[0] in ("getal", "datum", "ja/nee"):
        out.append(f"'{render(tree)}': {name} verwacht een lijst, maar {render(args[0])} is {_NAMED[families[0]]}")
    return out
