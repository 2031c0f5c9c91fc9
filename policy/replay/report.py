"""The impact report: the merged partitions, grouped for an officer to read."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from policy.replay.partition import Partial

__all__ = ["ImpactReport", "describe_outcome", "distinguishing_inputs"]

#: inputs shown in ``by_inputs``, and values per input
TOP_INPUTS, TOP_VALUES = 5, 10
#: an input whose flips are spread like all decisions (total variation below this) is not shown
MIN_SCORE = 0.05


@dataclass(frozen=True)
class ImpactReport:
    """What a draft would have decided differently over a period of the decision log."""

    table_id: str
    version: str
    period: tuple[date, date]
    engine: str
    seconds: float
    partitions: int
    partial: Partial = field(repr=False)
    #: the draft's decision outputs, in the order in which outcomes are shown
    outputs: tuple[str, ...] = ()

    @property
    def decisions(self) -> int:
        return self.partial.decisions

    @property
    def changed(self) -> int:
        return self.partial.changed

    def to_dict(self) -> dict[str, Any]:
        p = self.partial
        return {
            "table_id": self.table_id,
            "version": self.version,
            "against_version": [{"version": v, "decisions": n, "changed": m}
                                for v, (n, m) in sorted(p.versions.items(), key=lambda kv: (-kv[1][0], kv[0]))],
            "period": {"from": self.period[0].isoformat(), "to": self.period[1].isoformat()},
            "decisions": p.decisions,
            "changed": p.changed,
            "by_outcome": [{"from": self._ordered(a), "to": self._ordered(b), "count": g.count, "examples": g.examples}
                           for (a, b), g in sorted(p.outcomes.items(), key=lambda kv: (-kv[1].count, kv[0]))],
            "by_rows": [{"rows": [{"table": t, "regel_id": r} for t, r in key], "count": g.count,
                         "examples": g.examples}
                        for key, g in sorted(p.rows.items(), key=lambda kv: (-kv[1].count, kv[0]))],
            "by_inputs": distinguishing_inputs(p),
            "engine": self.engine,
            "partitions": self.partitions,
            "seconds": round(self.seconds, 3),
        }


    def _ordered(self, canonical: str) -> dict[str, Any]:
        outcome = json.loads(canonical)
        rank = {name: k for k, name in enumerate(("fout", "velden", *self.outputs))}
        return dict(sorted(outcome.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])))


def distinguishing_inputs(p: Partial) -> list[dict[str, Any]]:
    """The inputs whose values are concentrated among the flips, most telling first.

    An input's ``score`` is the total variation distance between how its values are spread
    over the flipped decisions and over all replayed decisions (0: alike, 1: disjoint). Per
    value: how many decisions have it, how many of those flip, and which share of all flips.
    """
    if not p.changed:
        return []
    shown: list[dict[str, Any]] = []
    for name, bands in p.inputs.items():
        score = 0.5 * sum(abs(m / p.changed - n / p.decisions) for n, m in bands.values())
        if score < MIN_SCORE:
            continue
        values = sorted(bands.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))[:TOP_VALUES]
        shown.append({
            "input": name,
            "score": round(score, 4),
            "values": [{"value": band, "decisions": n, "changed": m,
                        "share_of_changed": round(m / p.changed, 4), "share_of_decisions": round(n / p.decisions, 4),
                        "changed_rate": round(m / n, 4) if n else 0.0,
                        "examples": p.input_examples[(name, band)].examples if (name, band) in p.input_examples else []}
                       for band, (n, m) in values],
        })
    shown.sort(key=lambda item: (-item["score"], item["input"]))
    return shown[:TOP_INPUTS]


def describe_outcome(outcome: dict[str, Any]) -> str:
    """An outcome in one line, for the command line (``besluit=afwijzen; gronden=leeftijd``)."""
    if "fout" in outcome:
        fields = ", ".join(outcome.get("velden") or [])
        return f"fout: {outcome['fout']}" + (f" ({fields})" if fields else "")
    parts = []
    for name, value in outcome.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else ("leeg" if value is None else str(value))
        parts.append(f"{name}={shown or 'leeg'}")
    return "; ".join(parts)
