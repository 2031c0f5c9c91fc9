"""Decide one partition of the log again with the draft and count what flips.

A partition is a frame from :func:`policy.store.log.read_decisions` (one month, say). Its
decisions are decided at once on the batch path (:func:`policy.evaluation.batch.unknown_rows.evaluate_cases`:
column-wise, and three-valued case by case where a fact left out could matter),
each on its own logged facts and peildatum, and compared with the logged outputs. What comes
out is a :class:`Partial`: counts and a few example decision ids per group, small and
mergeable, so that partitions can be decided anywhere (a Dask worker) and added up in order.

Comparisons are made once per distinct (logged outcome, new outcome) pair, not per decision:
millions of decisions have few distinct outcomes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from policy.compiler import CompiledTable
from policy.evaluation import to_json_value
from policy.evaluation.batch import ERROR_COLUMN, RULES_COLUMN
from policy.evaluation.batch.unknown_rows import evaluate_cases
from policy.replay.bands import input_bands
from policy.store.log import EXTRA_COLUMN

__all__ = ["Group", "Partial", "UNKNOWN_FIELD", "replay_frame", "rows_involved"]

#: the field named in a refusal for logged facts the draft does not know
UNKNOWN_FIELD = "onbekend_veld"

RowKey = tuple[tuple[str, str], ...]


@dataclass
class Group:
    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, count: int, examples: Iterable[str], keep: int) -> None:
        self.count += count
        room = keep - len(self.examples)
        if room > 0:
            self.examples.extend(list(examples)[:room])


@dataclass
class Partial:
    """What one partition contributes: counts, and the first example ids of each group."""

    decisions: int = 0
    changed: int = 0
    #: logged version -> [decisions, changed]
    versions: dict[str, list[int]] = field(default_factory=dict)
    #: (logged outcome, new outcome) as canonical JSON -> group
    outcomes: dict[tuple[str, str], Group] = field(default_factory=dict)
    #: the rows involved in a flip, as ((table, regel_id), ...) -> group
    rows: dict[RowKey, Group] = field(default_factory=dict)
    #: input -> band -> [decisions, changed]; and the examples of the bands with flips
    inputs: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    input_examples: dict[tuple[str, str], Group] = field(default_factory=dict)

    def merge(self, other: Partial, keep: int) -> None:
        """Add ``other`` (a later partition) to this one."""
        self.decisions += other.decisions
        self.changed += other.changed
        for version, (n, m) in other.versions.items():
            mine = self.versions.setdefault(version, [0, 0])
            mine[0] += n
            mine[1] += m
        _merge_groups(self.outcomes, other.outcomes, keep)
        _merge_groups(self.rows, other.rows, keep)
        _merge_groups(self.input_examples, other.input_examples, keep)
        for name, bands in other.inputs.items():
            mine_bands = self.inputs.setdefault(name, {})
            for band, (n, m) in bands.items():
                counts = mine_bands.setdefault(band, [0, 0])
                counts[0] += n
                counts[1] += m


def _merge_groups(target: dict[Any, Group], source: Mapping[Any, Group], keep: int) -> None:
    for key, group in source.items():
        target.setdefault(key, Group()).add(group.count, group.examples, keep)


MatchedRowsReader = Callable[[list[int]], Mapping[int, str]]


def replay_frame(draft: CompiledTable, frame: pd.DataFrame, *, read_matched_rows: MatchedRowsReader,
                 changed_rows: frozenset[tuple[str, str]] | None = None, keep: int = 3) -> Partial:
    """Decide every logged decision of ``frame`` with ``draft`` and count the flips.

    ``read_matched_rows`` gives the logged matched rows (JSON text) of the flipped decisions
    by log id; only those are read. ``keep`` example decision ids are kept per group.
    """
    partial = Partial()
    n = len(frame)
    if n == 0:
        return partial
    data = draft.data
    out = _decide(draft, frame)
    outputs = [o["name"] for o in data["outputs"] if not o["intermediate"]]
    errors = _error_labels(out[ERROR_COLUMN].to_numpy(dtype=object), frame[EXTRA_COLUMN].to_numpy(dtype=bool),
                           {s["name"] for s in data["inputs"]})
    new_code = _combine([_codes(out[name].to_numpy(dtype=object)) for name in outputs] + [_codes(errors)])
    old_code = _codes(frame["outputs"].to_numpy(dtype=object))
    pair, first = _factorize(_combine([old_code, new_code]))

    old_texts = frame["outputs"].to_numpy(dtype=object)
    flips = np.zeros(len(first), dtype=bool)
    keys: list[tuple[str, str]] = []
    for p, row in enumerate(first):
        old = json.loads(old_texts[row])
        new = ({"fout": errors[row][0], "velden": list(errors[row][1])} if errors[row] is not None
               else {name: _plain(out[name].iat[row]) for name in outputs})
        flips[p] = old != new
        keys.append((_canonical(old), _canonical(new)))
    changed = flips[pair]
    decision_ids = frame["decision_id"].to_numpy(dtype=object)

    partial.decisions, partial.changed = n, int(changed.sum())
    version_codes, versions = pd.factorize(frame["table_version"].to_numpy(dtype=object))
    total_v = np.bincount(version_codes, minlength=len(versions))
    changed_v = np.bincount(version_codes[changed], minlength=len(versions))
    partial.versions = {str(v): [int(a), int(b)] for v, a, b in zip(versions, total_v, changed_v, strict=True)}
    for p, group in _groups(pair, changed, decision_ids, keep).items():  # texts may differ, outcomes not
        partial.outcomes.setdefault(keys[p], Group()).add(group.count, group.examples, keep)

    if partial.changed:
        _count_rows(partial, draft, frame, out, errors, changed, decision_ids, read_matched_rows, changed_rows, keep)
    for name, (codes, labels) in input_bands(data, frame).items():
        total = np.bincount(codes, minlength=len(labels))
        flipped = np.bincount(codes[changed], minlength=len(labels))
        partial.inputs[name] = {labels[k]: [int(total[k]), int(flipped[k])] for k in range(len(labels)) if total[k]}
        for k, group in _groups(codes, changed, decision_ids, keep).items():
            partial.input_examples[(name, labels[k])] = group
    return partial


def rows_involved(old: Iterable[tuple[str, str]], new: Iterable[tuple[str, str]],
                  changed_rows: frozenset[tuple[str, str]] | None) -> RowKey:
    """The rows a flip is put down to.

    With the diff's changed rows: the logged and the new matched rows that the diff changed.
    Without: the rows that matched in one version and not in the other.
    """
    a, b = set(old), set(new)
    involved = (a | b) & changed_rows if changed_rows is not None else a ^ b
    return tuple(sorted(involved))


def _decide(draft: CompiledTable, frame: pd.DataFrame) -> pd.DataFrame:
    """The batch path over the frame, each decision on its logged peildatum.

    Where the logged peildatum is the draft's peildatum input (the usual case) the batch reads
    it from the facts; decisions logged with another peildatum are decided per such date.
    """
    data = draft.data
    names = [s["name"] for s in data["inputs"]]
    facts = frame[names].reset_index(drop=True)
    logged = frame["peildatum"].to_numpy(dtype=object)
    field_name = data["peildatum_field"]
    if field_name in names:
        same = np.asarray(facts[field_name].to_numpy(dtype=object) == logged, dtype=bool)
    else:
        same = np.zeros(len(logged), dtype=bool)
    pieces = []
    if same.all():
        return evaluate_cases(draft, facts)
    if same.any():
        rows = np.flatnonzero(same)
        pieces.append(_with_index(evaluate_cases(draft, facts.iloc[rows].reset_index(drop=True)), rows))
    other = np.flatnonzero(~same)
    for day, rows in pd.Series(other).groupby(logged[other], sort=True):
        part = facts.iloc[rows.to_numpy()].reset_index(drop=True)
        pieces.append(_with_index(evaluate_cases(draft, part, peildatum=date.fromisoformat(day)), rows.to_numpy()))
    return pd.concat(pieces).sort_index()


def _with_index(out: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    out.index = rows
    return out


def _error_labels(errors: np.ndarray, extra: np.ndarray, inputs: set[str]) -> np.ndarray:
    """Per decision None, or ``(code, fields)`` of the draft's refusal (as ``decide`` names it)."""
    labels = np.empty(len(errors), dtype=object)
    labels[:] = None
    for i in np.flatnonzero(np.not_equal(errors, None) | extra):  # type: ignore[call-overload]
        found = errors[i] or {}
        if extra[i] or set(found) <= inputs:
            fields = set(found) | ({UNKNOWN_FIELD} if extra[i] else set())
            labels[i] = ("ongeldige_feiten", tuple(sorted(fields)))
        elif "peildatum" in found:
            labels[i] = ("geen_regels_van_kracht", ())
        else:
            labels[i] = ("beslissingsregel_geschonden", tuple(sorted(found)))
    return labels


def _count_rows(partial: Partial, draft: CompiledTable, frame: pd.DataFrame, out: pd.DataFrame, errors: np.ndarray,
                changed: np.ndarray, decision_ids: np.ndarray, read_matched_rows: MatchedRowsReader,
                changed_rows: frozenset[tuple[str, str]] | None, keep: int) -> None:
    tables: dict[str, str] = {}
    for sub in draft.data["tables"]:
        for rule in sub["rules"]:
            tables.setdefault(rule["regel_id"], sub["name"])
    flipped = np.flatnonzero(changed)
    log_ids = frame["id"].to_numpy()[flipped]
    texts = read_matched_rows([int(i) for i in log_ids])
    old_texts = np.empty(len(flipped), dtype=object)
    old_texts[:] = [texts.get(int(i), "[]") for i in log_ids]
    new_rules = out[RULES_COLUMN].to_numpy(dtype=object)[flipped]
    for k in np.flatnonzero(np.not_equal(errors[flipped], None)):  # type: ignore[call-overload]
        new_rules[k] = ()
    pair, first = _factorize(_combine([_codes(old_texts), _codes(new_rules)]))
    keys = []
    for row in first:
        old = [(m["table"], m["regel_id"]) for m in json.loads(old_texts[row])]
        new = [(tables.get(r, ""), r) for r in new_rules[row]]
        keys.append(rows_involved(old, new, changed_rows))
    for p, group in _groups(pair, np.ones(len(flipped), dtype=bool), decision_ids[flipped], keep).items():
        partial.rows.setdefault(keys[p], Group()).add(group.count, group.examples, keep)


def _groups(codes: np.ndarray, mask: np.ndarray, ids: np.ndarray, keep: int) -> dict[int, Group]:
    """Per code among the ``mask`` rows: how many, and the ids of the first ``keep`` (in row order)."""
    rows = np.flatnonzero(mask)
    if not len(rows):
        return {}
    selected = codes[rows]
    order = np.argsort(selected, kind="stable")
    ordered = selected[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    ends = np.r_[starts[1:], len(ordered)]
    return {int(ordered[s]): Group(int(e - s), [str(ids[rows[order[j]]]) for j in range(s, min(e, s + keep))])
            for s, e in zip(starts, ends, strict=True)}


def _codes(values: np.ndarray) -> np.ndarray:
    codes, _ = pd.factorize(values, use_na_sentinel=False)
    return codes.astype(np.int64)


def _combine(columns: list[np.ndarray]) -> np.ndarray:
    """One code per row for the combination of several code columns."""
    key = columns[0]
    for codes in columns[1:]:
        key, _ = pd.factorize(key * np.int64(int(codes.max(initial=0)) + 1) + codes)
        key = key.astype(np.int64)
    return key


def _factorize(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dense ids of ``key`` and the first row of each id."""
    ids, uniques = pd.factorize(key)
    first = np.zeros(len(uniques), dtype=np.int64)
    first[ids[::-1]] = np.arange(len(ids) - 1, -1, -1)
    return ids.astype(np.int64), first


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    return to_json_value(value)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)
