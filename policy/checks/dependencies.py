"""What reads what must not go round in a circle: tables among each other, derived inputs too."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from policy.checks.context import Context
from policy.expr import names_in

__all__ = ["check_dependencies", "cycles"]


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Each cycle of ``graph`` (node -> nodes it depends on) as a path ``a, b, …`` back to ``a``.

    One cycle per strongly connected component with more than one node or a self-loop, nodes in
    the order they were given.
    """
    order = {n: i for i, n in enumerate(graph)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:  # Tarjan; graphs here have tens of nodes
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in order:
                continue
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph.get(v, ()):
                found.append(_path(graph, sorted(component, key=order.__getitem__)))

    for node in graph:
        if node not in index:
            connect(node)
    return sorted(found, key=lambda c: order[c[0]])


def _path(graph: Mapping[str, Iterable[str]], component: list[str]) -> list[str]:
    """A walk from the first node of ``component`` back to itself, inside the component."""
    members = set(component)
    start = component[0]
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in graph.get(v, ()):
                if w == start:
                    path = [v]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [*reversed(path), start]
                if w in members and w not in previous:
                    previous[w] = v
                    nxt.append(w)
        frontier = nxt
    return [start, start]


def check_dependencies(ctx: Context) -> None:
    _derived_cycles(ctx)
    _double_producers(ctx)
    _table_cycles(ctx)


def _double_producers(ctx: Context) -> None:
    """One output, one table: a second table writing the same output would silently lose."""
    first: dict[str, str] = {}
    for sub in ctx.table.subtables:
        for name in sub.outputs:
            if name in first and first[name] != sub.name:
                ctx.report(
                    "uitvoer_dubbel",
                    f"De uitvoer {name} wordt door tabel '{first[name]}' en door tabel '{sub.name}' "
                    "bepaald. Laat één tabel haar bepalen; geef de andere uitvoer een eigen naam, of "
                    "zet de kolom links van de uitvoerkolommen als deze tabel haar alleen leest.",
                    ctx.table_at(sub),
                )
            first.setdefault(name, sub.name)


def _derived_reads(ctx: Context) -> dict[str, set[str]]:
    return {f.name: names_in(f.expr) if f.expr is not None else set() for f in ctx.table.derived}


def _derived_cycles(ctx: Context) -> None:
    reads = _derived_reads(ctx)
    graph = {n: {m for m in r if m in reads} for n, r in reads.items()}
    for path in cycles(graph):
        first = ctx.derived[path[0]]
        if len(path) == 2:
            text = f"De afgeleide invoer {first.name} gebruikt zichzelf in haar eigen formule."
        else:
            text = f"De afgeleide invoer {first.name} hangt via {' → '.join(path)} van zichzelf af."
        text += " Een formule mag alleen eerder bekende velden lezen."
        ctx.report("cyclus", text, ctx.at(first.location, "Afgeleid"))


def _table_cycles(ctx: Context) -> None:
    """Table B depends on table A when B reads an output of A, directly or via a derived input."""
    derived = _derived_reads(ctx)

    def expand(names: set[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(names)
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo.extend(derived.get(n, ()))
        return seen

    subs = {s.name: s for s in ctx.table.subtables}
    producer = {n: ctx.table.subtables[i].name for n, i in ctx.producers.items()}
    graph = {
        s.name: {producer[n] for n in expand(ctx.reads(s)) if n in producer} for s in ctx.table.subtables
    }
    for path in cycles(graph):
        first = subs[path[0]]
        if len(path) == 2:
            text = f"Tabel '{first.name}' leest haar eigen uitvoer."
        else:
            text = f"De tabellen {' → '.join(path)} lezen elkaars uitvoer in een kring."
        text += " Maak de volgorde eenduidig: een tabel leest alleen uitvoer van eerdere tabellen."
        ctx.report("cyclus", text, ctx.table_at(first))
