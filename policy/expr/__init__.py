"""The small, safe formula language of the workbooks.

Formulas look like Python expressions (``leeftijd(geboortedatum, aanvraagdatum)``,
``min(verwachte_behandelduur_maanden, 12)``, ``verleend_dit_jaar >= quotum``). They are parsed
with :mod:`ast` and only a whitelist of node kinds is accepted; the result is a small JSON-able
tree that :func:`evaluate` walks. Nothing is ever passed to ``eval``.
"""

from policy.expr.functions import FUNCTIONS
from policy.expr.parse import ExprError, functions_in, names_in, parse_formula
from policy.expr.evaluate import evaluate

__all__ = ["ExprError", "FUNCTIONS", "evaluate", "functions_in", "names_in", "parse_formula"]
