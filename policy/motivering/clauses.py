"""The motivering's pieces made ready once per compiled version: a template as a format string,
a row's reason as text or as a small function of the values (``reason_of``).

A decision then only looks its rows up and fills in the values it shows; every text comes out as
``policy.motivering.generate`` words it (the templates of ``template.py``, the values of
``words.py``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from policy.motivering.template import fill_from
from policy.motivering.words import join_en, show, show_value

__all__ = ["Context", "filler", "full_values", "reason_of"]

#: ``[values, unkeyed parameters (name -> entries), peildatum, the values with the parameters or None]``:
#: what a sentence may show (``full_values`` works the parameters out on first need)
Context = list


def full_values(ctx: Context) -> Mapping[str, Any]:
    """The values, then the unkeyed parameters on the peildatum (worked out once per decision)."""
    full = ctx[3]
    if full is None:
        full = dict(ctx[0])
        full.update({name: _parameter(entries, ctx[2]) for name, entries in ctx[1].items() if name not in full})
        ctx[3] = full
    return full  # type: ignore[no-any-return]


def filler(parts: Any, text: str) -> Callable[[Context], str] | str:
    """``text`` (read into ``parts``; None: braces that do not read) filled in from the context:
    each name shown from the values, or ``fill_from`` on every name when one is not among them (a
    parameter, another spelling). A text that names nothing is returned as it is."""
    if parts is None:
        return text
    if not any(is_name for is_name, _ in parts):
        return "".join(t for _, t in parts)
    return _filled(parts, text, "")


def _filled(parts: Any, text: str, after: str) -> Callable[[Context], str]:
    """A function of the context: ``text`` filled in (see ``filler``), then ``after``. (Here and
    below a text or a whole number is shown inline: ``show`` gives the text itself and ``str``.)"""
    names = tuple(t for is_name, t in parts if is_name)
    if len(names) == 1:  # the common case, without a format string
        name = names[0]
        at = next(i for i, (is_name, _) in enumerate(parts) if is_name)
        head = "".join(t for _, t in parts[:at])
        tail = "".join(t for _, t in parts[at + 1:]) + after

        def fill_one(ctx: Context) -> str:
            values = ctx[0]
            if name not in values:
                return fill_from(text, full_values(ctx), show_value) + after
            value = values[name]
            return head + (value if type(value) is str else str(value) if type(value) is int else show(value)) + tail
        return fill_one
    form = "".join("{}" if is_name else _escaped(t) for is_name, t in parts) + _escaped(after)
    fmt = form.format

    def fill(ctx: Context) -> str:
        values = ctx[0]
        shown = []
        for name in names:
            if name not in values:
                return fill_from(text, full_values(ctx), show_value) + after
            value = values[name]
            shown.append(value if type(value) is str else str(value) if type(value) is int else show(value))
        return fmt(*shown)
    return fill


def reason_of(clause_of: Any, cites: str, skip: Any) -> Any:
    """A row's reason from its clause (see ``generate._Pieces._clause_of``) and its citations:
    the clause, then the citations between brackets; "" when the clause says nothing. Text when it
    reads no value, else a function of the context giving that text."""
    if clause_of is skip:
        return ""
    templated, parts, template = clause_of
    if templated:
        fill = filler(parts, template)
        if isinstance(fill, str):
            return _cited(fill, cites)
        if any(not is_name and t for is_name, t in parts):  # some words of its own: never empty
            return _filled(parts, template, f" ({cites})" if cites else "")

        def bare_reason(ctx: Context) -> str:
            return _cited(fill(ctx), cites)  # type: ignore[operator]
        return bare_reason
    if all(prefix is None for _, prefix, _ in parts):
        return _cited(join_en([suffix for _, _, suffix in parts]), cites)
    # every condition reads "<field> is ...", so none is empty and join_en's commas and "en" are
    # fixed: one format string, the values shown into it
    names = tuple(name for name, prefix, _ in parts if prefix is not None)
    items = ["{}".join(_escaped(t) for t in (prefix, suffix)) if prefix is not None else _escaped(suffix)
             for _, prefix, suffix in parts]
    if not all(items):  # (a label that says nothing: join_en would leave the condition out)
        return _generated(tuple(parts), cites)
    fmt = (join_en(items) + (_escaped(f" ({cites})") if cites else "")).format

    def generated_reason(ctx: Context) -> str:
        values = ctx[0]
        shown = []
        for name in names:
            value = values[name] if name in values else full_values(ctx).get(name)
            shown.append(value if type(value) is str else str(value) if type(value) is int else show(value))
        return fmt(*shown)
    return generated_reason


def _generated(conditions: tuple[tuple[str, str | None, str], ...], cites: str) -> Callable[[Context], str]:
    """The generated reason, condition by condition (``join_en`` leaving out what is empty)."""
    def generated_reason(ctx: Context) -> str:
        values = ctx[0]
        items = []
        for name, prefix, suffix in conditions:
            if prefix is None:
                items.append(suffix)
                continue
            value = values[name] if name in values else full_values(ctx).get(name)
            shown = value if type(value) is str else str(value) if type(value) is int else show(value)
            items.append(prefix + shown + suffix)
        return _cited(join_en(items), cites)
    return generated_reason


def _escaped(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _cited(clause: str, cites: str) -> str:
    return (f"{clause} ({cites})" if cites else clause) if clause else ""


def _parameter(entries: list[dict[str, Any]], day: date) -> Any:
    pd = day.toordinal()
    for e in entries:
        if (e["from"] is None or e["from"] <= pd) and (e["to"] is None or pd <= e["to"]):
            value = e["value"]
            return date.fromordinal(value) if e.get("type") == "datum" else value
    return None
