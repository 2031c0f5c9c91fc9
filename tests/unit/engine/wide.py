"""Wide generated decision tables: many rows, many condition columns, as an officer writes them.

``wide_workbook(rows, columns, hit_policy)`` gives the keyword arguments of
``tests.factories.build_workbook``: condition columns cycle through eight kinds (bands of whole
numbers, country lists, date ranges, decimal ranges, choice lists, yes/no, list presence,
comparisons), every row cites a source, and many rows carry their own ``geldig_van``. Two
layouts:

* ``grid``: the first column is cut into consecutive bands (``[0..10[``, ``[10..20[``, …) and
  the second into disjoint country groups; every row is one cell of that grid, narrowed further
  by random conditions on the other columns. Rows never overlap, so every hit policy applies.
* ``overlap``: each row holds a random stretch of the first column (``[712..745[``) and random
  conditions on one to four other columns; inputs usually meet several rows (COLLECT,
  RULE ORDER, PRIORITY).
* ``bands``: only the first column holds a condition, one band per row (``[0..10[``, …, with
  no ``geldig_van``): the shape that made durable fail from 65 rows (error 303).
* ``periods``: ``bands`` where every row is in force from a day of its own (the same failure,
  through the validity period).

``wide_cases`` makes facts aimed at the table's boundaries (the values its cells mention).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from policy.reference.matcher import compile_predicate

__all__ = ["KINDS", "repeat_bands", "wide_cases", "wide_workbook"]

#: The kinds of condition column, in the order columns cycle through them.
KINDS = ("band", "land", "datum", "uren", "soort", "vlag", "lijst", "aantal")
_TYPES = {"band": "geheel getal", "land": "landcode", "datum": "datum", "uren": "getal", "soort": "keuzelijst",
          "vlag": "ja/nee", "lijst": "lijst", "aantal": "geheel getal"}
_LANDEN = ["AR", "HK", "TW", "JP", "KR", "NZ", "AU", "CA", "UY", "IL", "US", "BR"]
_GROUPS = ["AR, HK, TW", "JP, KR", "NZ", "AU, CA", "niet(AR, HK, TW, JP, KR, NZ, AU, CA)"]
_SOORTEN = [f"s{i}" for i in range(8)]
_UITKOMSTEN = [f"u{i}" for i in range(6)]
_BAND = 10
_DAY0 = date(2018, 1, 1)


def column_names(columns: int) -> list[str]:
    """``band0``, ``land1``, ``datum2``, … : the condition columns (each an input)."""
    return [f"{KINDS[j % len(KINDS)]}{j}" for j in range(columns)]


def _kind(name: str) -> str:
    return name.rstrip("0123456789")


def _day(n: int) -> date:
    return _DAY0 + timedelta(days=n)


def _random_condition(rng: random.Random, kind: str) -> str:
    """One condition cell of ``kind`` (narrow or wide, positive or negated)."""
    if kind in ("band", "aantal"):
        lo = rng.randrange(0, 400)
        return rng.choice([f"[{lo}..{lo + rng.randrange(1, 120)}[", f"< {lo}", f">= {lo}", f"niet [{lo}..{lo + 30}]",
                           str(lo), f"{lo}, {lo + 3}, {lo + 7}", f"> {lo}", f"<= {lo}"])
    if kind == "land":
        return rng.choice([rng.choice(_LANDEN), ", ".join(rng.sample(_LANDEN, rng.randint(2, 5))),
                           f"niet({', '.join(rng.sample(_LANDEN, 2))})", f"niet {rng.choice(_LANDEN)}"])
    if kind == "datum":
        a = _day(rng.randrange(0, 2500))
        b = a + timedelta(days=rng.randrange(1, 900))
        return rng.choice([f"[{a}..{b}[", f"< {a}", f">= {a}", f"]{a}..{b}]", f"niet [{a}..{b}]"])
    if kind == "uren":
        lo = rng.randrange(0, 80) / 2
        return rng.choice([f"[{lo}..{lo + rng.randrange(1, 30) / 2}[".replace(".", ",").replace(",,", ".."),
                           f"< {lo}".replace(".", ","), f">= {lo}".replace(".", ",")])
    if kind == "soort":
        return rng.choice([rng.choice(_SOORTEN), ", ".join(rng.sample(_SOORTEN, rng.randint(2, 4))),
                           f"niet({', '.join(rng.sample(_SOORTEN, 2))})"])
    if kind == "vlag":
        return rng.choice(["ja", "nee"])
    return rng.choice(["leeg", "niet leeg"])


def wide_workbook(
    rows: int, columns: int, hit_policy: str, *, layout: str = "grid", seed: int = 0, fill: float = 0.3,
    dated: float = 0.3,
) -> dict[str, Any]:
    """Keyword arguments of ``build_workbook`` for a table of ``rows`` x ``columns`` conditions.

    ``fill`` is the share of the other cells of a grid row that hold a condition (the rest is
    ``-``). ``dated`` is the share of rows with their own ``geldig_van``. Outputs
    fit the hit policy: ``uitkomst`` (a choice) and ``punten`` (a number) for one answer, the
    list ``uitkomst`` under COLLECT and RULE ORDER, the number ``punten`` alone under an
    aggregating COLLECT (``"COLLECT SUM"`` …).
    """
    rng = random.Random(seed)
    names = column_names(columns)
    aggregating = hit_policy.startswith("COLLECT ")
    collecting = hit_policy in ("COLLECT", "RULE ORDER")
    inputs = [{"naam": "aanvraagdatum", "type": "datum"}]
    for name in names:
        kind = _kind(name)
        spec: dict[str, Any] = {"naam": name, "type": _TYPES[kind], "verplicht": "nee" if kind == "lijst" else "ja"}
        if kind == "soort":
            spec["toegestane_waarden"] = ", ".join(_SOORTEN)
        if kind == "lijst":
            spec["toegestane_waarden"] = "a, b, c"
        inputs.append(spec)
    outputs = []
    if not aggregating:
        outputs.append({"naam": "uitkomst", "type": "lijst" if collecting else "keuzelijst",
                        "toegestane_waarden": ", ".join(_UITKOMSTEN), "standaard": "u0"})
    if not collecting:
        outputs.append({"naam": "punten", "type": "geheel getal", "standaard": 0})
    starts = [_day(rng.randrange(0, 1500)) for _ in range(max(2, rows // 20))]
    if layout in ("bands", "periods"):
        dated = 1.0 if layout == "periods" else 0.0
        starts = [_day(n) for n in range(rows)]
    table_rows = []
    for i in range(rows):
        row: dict[str, Any] = {"regel_id": f"W-{i + 1:05d}"}
        chosen = set(rng.sample(range(1, columns), min(columns - 1, rng.randint(1, 4))))
        for j, name in enumerate(names):
            if layout in ("bands", "periods"):
                row[name] = f"[{i * _BAND}..{(i + 1) * _BAND}[" if j == 0 else "-"
            elif layout == "grid" and j == 0:
                band = i // len(_GROUPS) if columns > 1 else i
                row[name] = f"[{band * _BAND}..{(band + 1) * _BAND}["
            elif j == 0:  # overlap: a random stretch of the first column
                lo = rng.randrange(0, 2 * rows)
                row[name] = f"[{lo}..{lo + rng.randrange(5, 60)}["
            elif layout == "grid" and j == 1:
                row[name] = _GROUPS[i % len(_GROUPS)]
            elif (rng.random() < fill) if layout == "grid" else (j in chosen):
                row[name] = _random_condition(rng, _kind(name))
            else:
                row[name] = "-"
        if not aggregating:
            row["uitkomst"] = rng.choice(_UITKOMSTEN)
        if not collecting:
            row["punten"] = rng.randrange(1, 50)
        # a line of seed document 003 (3,041 lines; ``check`` refuses a pointer past its end)
        row["bron"] = f"Vc B{1 + i % 9}/{1 + i % 7}; 003:L{i % 3041 + 1}"
        if layout == "periods":
            row["geldig_van"] = starts[i]
        elif rng.random() < dated:
            row["geldig_van"] = rng.choice(starts)
        if layout not in ("bands", "periods") and rng.random() < 0.1:
            row["geldig_tot"] = _day(1500 + rng.randrange(0, 1500))
        table_rows.append(row)
    return {
        "metadata": {"titel": f"Brede tabel {rows}x{columns}", "eigenaar": "Team Test",
                     "beslissingsregel": hit_policy, "peildatum": "aanvraagdatum", "omschrijving": "gegenereerd"},
        "inputs": inputs,
        "outputs": outputs,
        "rules": table_rows,
    }


def _candidates(compiled: dict[str, Any]) -> dict[str, list[Any]]:
    """Per input, encoded values at and next to every value its tests mention (and a few more)."""
    mentioned: dict[str, set[Any]] = {}
    for sub in compiled["tables"]:
        for rule in sub["rules"]:
            for t in rule["tests"]:
                bucket = mentioned.setdefault(t["field"], set())
                bucket.update(t[k] for k in ("value", "low", "high") if t.get(k) is not None)
                bucket.update(t.get("values", []))
    out: dict[str, list[Any]] = {}
    for spec in compiled["inputs"]:
        name, kind = spec["name"], _kind(spec["name"])
        if name == compiled["peildatum_field"]:
            continue
        near = mentioned.get(name, set())
        if kind in ("band", "aantal", "datum"):
            base = 736695 if kind == "datum" else 0
            values: list[Any] = sorted({v + d for v in near for d in (-1, 0, 1)} | {base + 7, base + 333})
        elif kind == "uren":
            values = sorted({float(v + d) for v in near for d in (-0.5, -0.25, 0, 0.25, 0.5)} | {0.0, 99.5})
        elif kind == "land":
            values = _LANDEN + ["NL", "FR"]
        elif kind == "soort":
            values = list(_SOORTEN)
        elif kind == "vlag":
            values = [True, False]
        else:
            values = [None, [], ["a"], ["a", "b"], ["c"]]
        out[name] = values
    return out


def _fact_value(name: str, value: Any) -> Any:
    """An encoded value as a caller sends it (dates as ISO text)."""
    if _kind(name) == "datum" and value is not None:
        return date.fromordinal(value).isoformat()
    return value


def wide_cases(rng: random.Random, compiled: dict[str, Any], n: int, *, aimed: float = 0.6) -> list[dict[str, Any]]:
    """``n`` facts for a table made by :func:`wide_workbook`, at the values its cells mention.

    A share ``aimed`` of them is built to meet one random row: each field that row tests gets a
    value the test passes, and the peildatum falls inside the row's validity; the rest of the
    fields (and the other cases) take values at the table's boundaries.
    """
    pools = _candidates(compiled)
    rules = [rule for sub in compiled["tables"] for rule in sub["rules"]]
    cases = []
    for _ in range(n):
        encoded = {name: rng.choice(values) for name, values in pools.items()}
        day = 736695 + rng.randrange(3000)
        if rules and rng.random() < aimed:
            rule = rng.choice(rules)
            for t in rule["tests"]:
                holds = compile_predicate(t)
                fitting = [v for v in pools[t["field"]] if holds(v)]
                if fitting:
                    encoded[t["field"]] = rng.choice(fitting)
            lo = rule["from"] if rule["from"] is not None else day - 400
            hi = rule["to"] if rule["to"] is not None else max(lo, day) + 400
            day = rng.choice([lo, hi, rng.randint(lo, max(lo, hi))])
        facts = {name: _fact_value(name, v) for name, v in encoded.items() if v is not None}
        facts["aanvraagdatum"] = date.fromordinal(day).isoformat()
        cases.append(facts)
    return cases


def repeat_bands(table: Any, copies: int, shift: int) -> Any:
    """A ``grid`` table model whose rows are repeated ``copies`` times, each copy's first-column
    band moved up by ``shift`` (as the reader would make them of a longer sheet)."""
    from dataclasses import replace

    sub = table.subtables[0]
    rules = []
    for copy in range(copies):
        for rule in sub.rules:
            band = rule.conditions[0]
            test = replace(band.test, low=band.test.low + copy * shift, high=band.test.high + copy * shift)
            rules.append(replace(rule, regel_id=f"{rule.regel_id}-{copy}", row=len(rules) + 2,
                                 conditions=(replace(band, test=test),) + rule.conditions[1:]))
    return replace(table, subtables=(replace(sub, rules=tuple(rules)),))
