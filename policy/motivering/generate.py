"""Build ``Decision.motivering``: Dutch sentences a decision letter can quote.

The first sentence names the outcome (the ``Uitkomsten`` sentence for the main decision output's
value) and, after ``omdat``, the reasons: one clause per matched row, from the row's
``motivering`` template (``{veld}`` filled in) or generated from its conditions and the facts,
each followed by the row's citations. Other outputs with a sentence follow; an ``onvolledig``
decision says which facts are still needed, a ``beoordeling_vereist`` one what the IND must judge.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from policy.evaluation.decision import Decision, MatchedRow
from policy.motivering.clauses import Context, filler, reason_of
from policy.motivering.template import TemplateError, template_parts
from policy.motivering.words import join_en, label, show_value

__all__ = ["write_motivering", "sentences", "pieces_for", "ASSESSMENT_SENTENCE", "INCOMPLETE_SENTENCE"]

#: The opening when no Uitkomsten sentence is declared for ``beoordeling_vereist``.
ASSESSMENT_SENTENCE = "De IND moet de aanvraag zelf beoordelen"
INCOMPLETE_SENTENCE = "Op de aanvraag kan nog niet worden beslist"
_LONG_LIST = 5

class _Pieces:
    """What the motivering of one compiled version needs that no decision changes (built once,
    cached by the identity of the compiled dict): each rule's clause, ready or as template parts,
    with its citation text; each outcome sentence's parts by output and value."""

    __slots__ = ("rules", "types", "params", "outcomes", "phrases", "order", "clauses", "text", "by_row", "by_bronnen",
                 "known", "fillers", "fixed", "phrase_count")

    def __init__(self, data: dict[str, Any]) -> None:
        self.rules = {(sub["name"], r["regel_id"], r["row"]): r for sub in data["tables"] for r in sub["rules"]}
        self.types = {f["name"]: f["type"] for key in ("inputs", "derived", "outputs") for f in data.get(key, ())}
        self.params = {name: values for name, values in data.get("parameters", {}).items()
                       if all(v["key"] is None for v in values)}
        self.outcomes: list[dict[str, Any]] = data.get("outcomes") or []
        #: the outputs with an outcome sentence, in the order of the first sentence of each
        self.order = tuple(dict.fromkeys(o["output"] for o in self.outcomes))
        #: output -> ({encoded value: sentence} or None when a value is unhashable, sentence for any value)
        self.phrases: dict[str, tuple[dict[Any, str] | None, str | None]] = {}
        for name in self.order:
            by_value: dict[Any, str] | None = {}
            fallback = None
            for o in self.outcomes:
                if o["output"] != name:
                    continue
                if fallback is None and o["value"] is None:
                    fallback = o["sentence"]
                if by_value is not None:
                    try:
                        by_value.setdefault(o["value"], o["sentence"])
                    except TypeError:  # a list value: look it up as the careful path does
                        by_value = None
            self.phrases[name] = (by_value, fallback)
        self.phrase_count = len(self.phrases)
        #: (table, regel_id, row) -> the clause of that row (see ``_clause_of``)
        self.clauses: dict[tuple[str, str, int], Any] = {}
        #: sentence text -> its parts (None: braces that do not read, the text is shown as it is)
        self.text: dict[str, Any] = {}
        #: (table, regel_id, row) -> (its bronnen, its bron, its reason (``clauses.reason_of``))
        self.by_row: dict[tuple[str, str, int], tuple[Any, str, Any]] = {}
        #: id(bronnen) -> [bronnen, table, regel_id, row, bron, reason, the MatchedRow last seen]: the
        #: rows a hit policy builds afresh per decision share the plan's ``bronnen``
        self.by_bronnen: dict[int, list[Any]] = {}
        #: id(row) -> (the MatchedRow, its reason): a row seen twice as the same object (the plan's
        #: ready-made record of a row whose outputs are fixed) is looked up by identity
        self.known: dict[int, tuple[MatchedRow, Any]] = {}
        #: sentence text -> ``clauses.filler`` of it
        self.fillers: dict[str, Any] = {}
        #: (output, encoded value) -> ``phrase``: None, text, or a function of the context
        self.fixed: dict[tuple[str, Any], Any] = {}

    def reason(self, m: MatchedRow) -> Any:
        """The reason of row ``m`` (text, or a function of the context)."""
        bronnen = m.bronnen
        entry = self.by_bronnen.get(id(bronnen))
        if (entry is None or entry[0] is not bronnen or entry[1] is not m.table or entry[2] is not m.regel_id
                or entry[3] != m.row or entry[4] is not m.bron):
            key = (m.table, m.regel_id, m.row)
            found = self.by_row.get(key)
            if found is None or found[0] is not bronnen or found[1] != m.bron:
                found = self.by_row[key] = (bronnen, m.bron, reason_of(self.clause(m), _cites(m), _SKIP))
            if len(self.by_bronnen) > 50_000:
                self.by_bronnen.clear()
            self.by_bronnen[id(bronnen)] = [bronnen, m.table, m.regel_id, m.row, m.bron, found[2], m]
            return found[2]
        if entry[6] is m:  # the same record again: from now on by identity
            if len(self.known) > 50_000:
                self.known.clear()
            self.known[id(m)] = (m, entry[5])
        else:
            entry[6] = m
        return entry[5]

    def phrase(self, name: str, encoded: Any, hashable: bool) -> Any:
        """The outcome sentence of ``name`` at ``encoded`` (a date as its ordinal): None, the
        text without its full stop, or a function of the context (cached when ``hashable``)."""
        found = self.phrases.get(name)
        made: Any = None
        if found is not None:
            by_value, fallback = found
            if by_value is not None:
                text = by_value.get(encoded) if hashable else None  # an unhashable value equals no hashable one
            else:
                text = next((o["sentence"] for o in self.outcomes if o["output"] == name and o["value"] == encoded),
                            None)
            text = text if text is not None else fallback
            if text is not None:
                made = self.filler(text)
                if made.__class__ is str:
                    made = made.strip().rstrip(".")
        if hashable:
            if len(self.fixed) > 10_000:
                self.fixed.clear()
            self.fixed[(name, encoded)] = made
        return made

    def filler(self, text: str) -> Any:
        found = self.fillers.get(text)
        if found is None:
            found = self.fillers[text] = filler(self.parts(text), text)
        return found

    def parts(self, text: str) -> Any:
        found = self.text.get(text, _MISSING)
        if found is _MISSING:
            try:
                found = template_parts(text)
            except TemplateError:  # the checks refuse such a workbook; never fail a decision on words
                found = None
            self.text[text] = found
        return found

    def clause(self, m: MatchedRow) -> Any:
        key = (m.table, m.regel_id, m.row)
        found = self.clauses.get(key)
        if found is None:
            found = self.clauses[key] = self._clause_of(key)
        return found

    def _clause_of(self, key: tuple[str, str, int]) -> Any:
        """``_SKIP``, ``(True, parts, template)`` (parts None: braces that do not read) or
        ``(False, ((field, prefix, suffix), ...), "")`` (generated from the row's tests: each
        condition reads prefix + value + suffix, or only suffix when prefix is None)."""
        rule = self.rules.get(key)
        template = (rule or {}).get("motivering") or ""
        if template.strip() == "-":
            return _SKIP
        if template.strip():
            return (True, self.parts(template), template)
        if rule is None:
            return _SKIP
        return (False, tuple((t["field"], *_condition_parts(t, self.types.get(t["field"], ""))) for t in rule["tests"]),
                "")


_MISSING = object()
_SKIP = ("skip",)
_PIECES: dict[int, tuple[dict[str, Any], _Pieces]] = {}


def pieces_for(data: dict[str, Any]) -> _Pieces:
    """The motivering pieces of a compiled version (built once, cached by identity)."""
    entry = _PIECES.get(id(data))
    if entry is None or entry[0] is not data:
        entry = (data, _Pieces(data))
        _PIECES[id(data)] = entry
    return entry[1]


def write_motivering(data: dict[str, Any], decision: Decision, values: Mapping[str, Any]) -> list[str]:
    return sentences(pieces_for(data), decision.outputs, decision.matched_rows, values, decision.peildatum,
                     getattr(decision, "status", "beslist"), list(getattr(decision, "missing_facts", ()) or ()),
                     getattr(decision, "assessment", None))


def sentences(pieces: _Pieces, outputs: Mapping[str, Any], rows: Any, values: Mapping[str, Any], day: date,
              status: str = "beslist", missing: Any = (), assessment: Any = None) -> list[str]:
    """The motivering of a decision with these ``outputs``, matched ``rows``, ``values`` (facts,
    derived fields and outputs), peildatum ``day``, status, missing facts and assessment."""
    ctx: Context = [values, pieces.params, day, None]
    reasons: list[str] = []
    known = pieces.known
    for m in rows:
        entry = known.get(id(m))
        reason = entry[1] if entry is not None and entry[0] is m else pieces.reason(m)
        if reason.__class__ is not str:  # the clause reads the values
            reason = reason(ctx)
        if reason and reason not in reasons:
            reasons.append(reason)
    phrases = pieces.phrases
    main = None
    for name in pieces.order:
        if name in outputs:
            main = name
            break
    else:
        main = next(iter(outputs), None)
    out: list[str] = []
    if status == "onvolledig" or missing:
        needed = join_en([label(n) for n in missing]) or "een of meer gegevens"
        out.append(f"{INCOMPLETE_SENTENCE}, omdat nog niet bekend is: {needed}.")
    if main is not None and outputs.get(main) is not None:
        value = outputs[main]
        phrase = _phrase(pieces, main, value, ctx)
        if phrase is None:
            phrase = (ASSESSMENT_SENTENCE if value == "beoordeling_vereist"
                      else f"Uitkomst: {label(main)} is {show_value(value)}").strip().rstrip(".")
        out.append(f"{phrase} omdat {_joined(reasons)}." if reasons else f"{phrase}.")
    elif reasons and not out:
        out.append(f"Dit volgt uit de regels omdat {_joined(reasons)}.")
    if pieces.phrase_count > (main in phrases):  # another output has a sentence
        for name in outputs:
            if name == main or name not in phrases or outputs.get(name) is None:
                continue
            phrase = _phrase(pieces, name, outputs[name], ctx)
            if phrase is not None:
                out.append(f"{phrase}.")
    if status == "beoordeling_vereist" and assessment:
        ground = assessment.get("grond")
        if ground not in (None, [], ""):
            out.append(f"De IND beoordeelt: {show_value(ground)}.")
    return out


def _joined(reasons: list[str]) -> str:
    """``join_en(reasons)`` of reasons that are never empty."""
    if len(reasons) == 1:
        return reasons[0]
    return f"{', '.join(reasons[:-1])} en {reasons[-1]}"


def _phrase(pieces: _Pieces, name: str, value: Any, ctx: Context) -> str | None:
    """The outcome sentence of output ``name`` at ``value`` without its full stop (None: none)."""
    encoded = value.toordinal() if isinstance(value, date) else value
    try:
        made = pieces.fixed.get((name, encoded), _MISSING)
    except TypeError:  # an unhashable value (a list)
        made = pieces.phrase(name, encoded, False)
    else:
        if made is _MISSING:
            made = pieces.phrase(name, encoded, True)
    if made is None or made.__class__ is str:
        return made  # type: ignore[no-any-return]
    return made(ctx).strip().rstrip(".")  # type: ignore[no-any-return]


_CITES: dict[int, tuple[Any, str, str]] = {}


def _cites(m: MatchedRow) -> str:
    """The row's citations as the motivering shows them (cached by the identity of ``bronnen``,
    which the plan builds once per row)."""
    bronnen = m.bronnen
    entry = _CITES.get(id(bronnen))
    if entry is None or entry[0] is not bronnen or entry[1] != m.bron:
        if len(_CITES) > 50_000:
            _CITES.clear()
        entry = (bronnen, m.bron, "; ".join(dict.fromkeys(c.text for c in bronnen)) or m.bron)
        _CITES[id(bronnen)] = entry
    return entry[2]


def _decode(value: Any, kind: str) -> Any:
    if kind == "datum" and isinstance(value, int) and not isinstance(value, bool):
        return date.fromordinal(value)
    return value


def _condition(test: dict[str, Any], kind: str, actual: Any) -> str:
    """The generated clause of one test on the value ``actual``."""
    prefix, suffix = _condition_parts(test, kind)
    return suffix if prefix is None else prefix + show_value(actual) + suffix


def _condition_parts(test: dict[str, Any], kind: str) -> tuple[str | None, str]:
    """``(prefix, suffix)``: the clause of ``test`` is prefix + the value in words + suffix
    (prefix None: the clause is ``suffix`` alone, whatever the value)."""
    name, op = label(test["field"]), test["op"]
    is_date = kind == "datum"
    if op == "empty":
        return None, f"{name} is niet opgegeven"
    head = f"{name} is "
    if op in ("present", "eq"):
        return head, ""
    if op == "ne":
        return head, f" (niet {show_value(_decode(test['value'], kind))})"
    if op in ("lt", "le", "gt", "ge"):
        bound = show_value(_decode(test["value"], kind))
        words = {"lt": ("vóór", "minder dan"), "le": ("op of vóór", "ten hoogste"),
                 "gt": ("na", "meer dan"), "ge": ("op of na", "ten minste")}[op]
        return head, f" ({words[0] if is_date else words[1]} {bound})"
    if op in ("in", "not_in"):
        values = [show_value(_decode(v, kind)) for v in test["values"]]
        if len(values) > _LONG_LIST:
            return head, " (niet een van de genoemde waarden)" if op == "not_in" else ""
        return head, f" ({'een' if op == 'in' else 'niet een'} van {_join_of(values)})"
    low, high = show_value(_decode(test["low"], kind)), show_value(_decode(test["high"], kind))
    if test["low_inclusive"] and test["high_inclusive"]:
        span = f"van {low} tot en met {high}"
    elif test["low_inclusive"]:
        span = f"van {low} tot {high}"
    else:
        span = f"tussen {low} en {high}"
    return head, f" ({'niet ' if op == 'not_between' else ''}{span})"


def _join_of(values: list[str]) -> str:
    if len(values) <= 1:
        return values[0] if values else ""
    return f"{', '.join(values[:-1])} of {values[-1]}"
