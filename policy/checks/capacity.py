"""What the durable-rules engine cannot hold, found before a table goes live.

The engine adapter (``policy.engine``) lifts durable's fixed limits by splitting tables, rows
and lists; two remain, and a table that reaches them is an error here, never a failure at the
first decision: a table testing more fields than one durable fact can carry, and a row whose
long lists would make too many durable rules. The numbers are the adapter's own
(``policy.engine.translate``; ``tests/unit/engine/test_capacity.py`` keeps them equal); the
checks do not import the engine, which loads durable's C module.
"""

from __future__ import annotations

import math

from policy.checks.context import Context, rule_name

__all__ = ["LIST_PART", "MAX_FIELDS", "MAX_VARIANTS", "check_capacity"]

#: Fields one table may test (``translate.MAX_FIELDS``): a durable fact holds 255 properties.
MAX_FIELDS = 150
#: Values of one list per durable rule, and durable rules per row (``translate``'s constants).
LIST_PART = 200
MAX_VARIANTS = 64


def check_capacity(ctx: Context) -> None:
    for sub in ctx.table.subtables:
        fields = {c.field for rule in sub.rules for c in rule.conditions if c.test.op != "any"}
        if len(fields) > MAX_FIELDS:
            ctx.report(
                "te_groot_voor_engine",
                f"Tabel '{sub.name}' stelt voorwaarden aan {len(fields)} velden; de engine kan er "
                f"per tabel {MAX_FIELDS} aan. Verdeel de voorwaarden over twee tabellen (blad Tabellen) "
                "of vat velden samen in een afgeleide invoer.",
                ctx.table_at(sub),
            )
        for rule in sub.rules:
            lists = [c for c in rule.conditions if c.test.op == "in" and len(set(c.test.values)) > LIST_PART]
            parts = math.prod(math.ceil(len(set(c.test.values)) / LIST_PART) for c in lists)
            if parts > MAX_VARIANTS:
                longest = max(lists, key=lambda c: len(c.test.values))
                ctx.report(
                    "te_groot_voor_engine",
                    f"Regel {rule_name(rule)} heeft lijsten van samen te veel waarden voor de engine "
                    f"({', '.join(str(len(set(c.test.values))) for c in lists)} waarden; elke {LIST_PART} "
                    f"waarden worden een aparte engineregel, en één regel mag er {MAX_VARIANTS} worden). "
                    "Splits de regel of gebruik een afgeleide invoer voor de lange lijst.",
                    longest.location or ctx.rule_at(rule),
                )
