"""Constructed cases beside the real ones: generated boundary cases decided by both versions.

They show what the log may not hold (an age nobody applied at yet), and are always reported
apart from the replay's counts, labelled as constructed.
"""

from __future__ import annotations

from typing import Any

from policy.compiler import CompiledTable
from policy.impact import compare_versions, generate_cases

__all__ = ["CONSTRUCTED_NOTE", "constructed_cases"]

CONSTRUCTED_NOTE = "Geconstrueerde grensgevallen: gegenereerd, geen echte besluiten; niet meegeteld."


def constructed_cases(current: CompiledTable, draft: CompiledTable, n: int = 2000, *, seed: int = 1,
                      keep: int = 5) -> dict[str, Any]:
    """Up to ``n`` generated boundary cases of the draft decided by ``current`` and ``draft``.

    ``{"constructed": true, "note", "cases", "changed", "shifts", "examples"}``: the shape of
    :meth:`policy.impact.ImpactReport.to_dict`, marked as constructed.
    """
    report = compare_versions(current, draft, generate_cases(draft.data, n, seed=seed), keep=keep)
    return {"constructed": True, "note": CONSTRUCTED_NOTE, **report.to_dict()}
