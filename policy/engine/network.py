"""A model of durable's alpha network, to keep every ruleset inside the C engine's fixed limits.

durable-rules 2.0.28 (``src/rules/rete.c``, ``events.c``) builds one trie of alpha nodes per
ruleset: a rule's terms are a path from the root, and a term equal to one already at that place
(same property, operator, JSON type and value) reuses its node. An ``$or`` adds a fresh
"forward" node below each of its alternatives, and the rest of that rule hangs below it,
unshared. Asserting a fact walks the trie depth-first with a fixed stack of 64 nodes
(``MAX_STACK_SIZE``): a node pushes every child the fact passes, all at once. A node whose
passing children (plus what its ancestors left on the stack) exceed 64 makes the assertion fail
with error 303. Registration has per-node limits too: 512 hash slots for a node's tested
children (full: a hang), 128 slots for its "absent"/forward children (error 107, or a write past
the list), 256 rules ending on one node.

``Network`` replays durable's node sharing for the rules of one candidate ruleset and keeps an
upper bound of the stack a fact can need: ``width`` of a node counts the children a single fact
can pass at once (equalities on one property count once per value; every other test counts),
and ``depth`` = max(width, width - 1 + deepest child), which is exactly the most the DFS can
hold below that node. Adding a rule only ever raises these numbers, so ``add`` keeps them up to
date along the rule's own path, in time proportional to its length.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["MAX_BETAS", "MAX_CHILDREN", "MAX_NEXT_LIST", "MAX_STACK", "STACK_LIMIT", "Network", "fan_width"]

#: durable's ``MAX_STACK_SIZE``: alpha nodes pending in one assertion (error 303 beyond).
STACK_LIMIT = 64
#: What a ruleset may need of it; the bound is exact for the worst fact, the margin is for safety.
MAX_STACK = 56
#: Tested children of one node (durable: 512 hash slots, a full table hangs every lookup).
MAX_CHILDREN = 400
#: "Absent" and forward children of one node (durable: 128 slots, error 107 or worse beyond).
MAX_NEXT_LIST = 100
#: Rules ending on one node (durable: 256, then a write past the list).
MAX_BETAS = 200

_ORDER = ("$lt", "$lte", "$gt", "$gte")


_KINDS: dict[type, str] = {bool: "b", int: "i", float: "d", str: "s"}


def _key(term: Mapping[str, Any]) -> tuple[str, str, str, Any]:
    """(property, operator, JSON type, value): what makes durable reuse a node."""
    for name in term:  # a term has one member
        break
    inner = term[name]
    if name[0] == "$":
        for prop in inner:
            break
        value = inner[prop]
        op = name
    else:
        prop, value, op = name, inner, "$eq"
    kind = _KINDS.get(type(value))
    if kind is None:  # a subclass: as isinstance sees it
        kind = "b" if isinstance(value, bool) else "i" if isinstance(value, int) else "d" if isinstance(value, float) else "s"
    return prop, op, kind, value


def _same_value(key: tuple[str, str, str, Any]) -> tuple[str, Any]:
    """Equalities a single fact can pass together: ``1`` and ``1.0`` are two nodes, one value."""
    prop, _, kind, value = key
    return prop, float(value) if kind in ("i", "d") else (kind, value)


def _passes(op: str, threshold: Any, at: Any, side: int) -> bool:
    """Whether ``at`` (+ an infinitesimal ``side``) passes ``op threshold``."""
    if op in ("$lt", "$lte"):
        return at < threshold or (at == threshold and (side < 0 if op == "$lt" else side <= 0))
    return at > threshold or (at == threshold and (side > 0 if op == "$gt" else side >= 0))


def fan_width(alternatives: Sequence[Mapping[str, Any]]) -> int:
    """How many alternatives of an ``$or`` one fact can pass at once."""
    keys = [_key(t) for t in alternatives]
    groups: dict[tuple[str, Any], int] = {}
    order: dict[str, list[tuple[str, Any]]] = {}
    other = 0
    for key in keys:
        if key[1] == "$eq":
            groups[_same_value(key)] = groups.get(_same_value(key), 0) + 1
        elif key[1] in _ORDER and key[2] in ("i", "d"):
            order.setdefault(key[0], []).append((key[1], key[3]))
        else:
            other += 1
    width = other
    props = {p for p, _ in groups}
    for prop in props:
        width += max(n for (p, _), n in groups.items() if p == prop)
    for tests in order.values():
        points = [(t, s) for _, t in tests for s in (-1, 0, 1)]
        width += max(sum(_passes(op, t, at, s) for op, t in tests) for at, s in points)
    return width


class _Node:
    __slots__ = ("kids", "same", "most", "width", "hashed", "listed", "deep", "depth", "betas")

    def __init__(self) -> None:
        self.kids: dict[tuple[str, str, str, Any], _Node] = {}
        self.same: dict[tuple[str, Any], int] = {}  # equality children per (property, value)
        self.most: dict[str, int] = {}  # per property, the most equality children of one value
        self.width = 0  # children one fact can pass at once
        self.hashed = 0  # tested children (durable's hash set)
        self.listed = 0  # "absent" and forward children (durable's next list)
        self.deep = 0  # the largest depth of a child
        self.depth = 0  # the most this node can put on the stack below itself
        self.betas = 0  # rules ending here

    def child(self, key: tuple[str, str, str, Any]) -> _Node:
        node = self.kids.get(key)
        if node is not None:
            return node
        node = self.kids[key] = _Node()
        op = key[1]
        if op == "$nex":
            self.listed += 1
            self.width += 1
            return node
        self.hashed += 1
        if op != "$eq":
            self.width += 1
            return node
        group = _same_value(key)
        same = self.same
        count = same.get(group, 0) + 1
        same[group] = count
        if count > self.most.get(key[0], 0):  # a fact passes one value's equalities only
            self.most[key[0]] = count
            self.width += 1
        return node

    def settle(self) -> None:
        width = self.width
        self.depth = (width if width > width - 1 + self.deep else width - 1 + self.deep) if width else 0


class Network:
    """The alpha trie of one candidate ruleset, with the limits it reaches."""

    __slots__ = ("_root", "stack", "children", "next_list", "betas", "rules", "_widths")

    def __init__(self, widths: dict[int, tuple[Any, int]] | None = None) -> None:
        """``widths`` caches ``fan_width`` per ``$or`` list (by id, with the list itself): pass
        one dict to every network built over the same rules while they are alive."""
        self._widths = {} if widths is None else widths
        self._root = _Node()
        self.stack = 0  # upper bound of the stack one fact needs (durable fails above 64)
        self.children = 0  # most tested children of one node
        self.next_list = 0  # most "absent"/forward children of one node
        self.betas = 0  # most rules ending on one node
        self.rules = 0

    def fits(self) -> bool:
        return (self.stack <= MAX_STACK and self.children <= MAX_CHILDREN and self.next_list <= MAX_NEXT_LIST
                and self.betas <= MAX_BETAS)

    def add(self, patterns: Sequence[Sequence[Mapping[str, Any]]]) -> None:
        """Add one rule (its patterns, each a list of terms, as in ``{"all": [{"m": {"$and": …}}]}``)."""
        self.rules += 1
        for terms in patterns:
            self._add_path(terms)
        root = self._root
        self.stack = max(self.stack, root.depth)

    def _add_path(self, terms: Sequence[Mapping[str, Any]]) -> None:
        node = self._root
        path = [node]
        i = 0
        n = len(terms)
        children, next_list = self.children, self.next_list
        while i < n:
            term = terms[i]
            if "$or" in term:
                break
            parent = node
            node = parent.child(_key(term))
            if parent.hashed > children:
                children = parent.hashed
            if parent.listed > next_list:
                next_list = parent.listed
            path.append(node)
            i += 1
        self.children, self.next_list = children, next_list
        if i == n:
            node.betas += 1
            if node.betas > self.betas:
                self.betas = node.betas
        else:
            forward = self._fresh(terms[i + 1 :])
            for alternative in terms[i]["$or"]:
                branch = node.child(_key(alternative))
                branch.listed += 1
                branch.width += 1
                if forward > branch.deep:
                    branch.deep = forward
                branch.settle()
                self._note(branch)
                if branch.depth > node.deep:
                    node.deep = branch.depth
            self._note(node)
        below = None
        for here in reversed(path):
            if below is not None and below.depth > here.deep:
                here.deep = below.depth
            width = here.width
            if width:
                deep = width - 1 + here.deep
                here.depth = width if width > deep else deep
            else:
                here.depth = 0
            below = here

    def _note(self, node: _Node) -> None:
        if node.hashed > self.children:
            self.children = node.hashed
        if node.listed > self.next_list:
            self.next_list = node.listed

    def _fresh(self, terms: Sequence[Mapping[str, Any]]) -> int:
        """The depth of a forward node whose (unshared) children are ``terms``, in order."""
        depth = 0  # the last node: the rule ends there
        for term in reversed(terms):
            alternatives = term.get("$or")
            if alternatives is None:
                depth = max(1, depth)  # one child, which holds what follows
                continue
            self.children = max(self.children, len(alternatives))
            branch = max(1, depth)  # each alternative has one child: a fresh forward node
            hit = self._widths.get(id(alternatives))
            if hit is not None and hit[0] is alternatives:
                width = hit[1]
            else:
                width = fan_width(alternatives)
                self._widths[id(alternatives)] = (alternatives, width)
            depth = max(width, width - 1 + branch)
        return depth
