"""Errors of the policy core: one base class with a stable ``code``.

Diagnostics about workbooks are data (``policy.model.Diagnostic``); these exceptions are for
callers that asked for something that cannot be done.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "PolicyError",
    "FactsInvalidError",
    "FactsImplausibleError",
    "NoRowsInForceError",
    "TableNotFoundError",
    "VersionNotFoundError",
    "WorkbookInvalidError",
    "HitPolicyViolationError",
    "EvaluationError",
]


class PolicyError(Exception):
    """Base of every error the core raises on purpose."""

    code = "beleidsfout"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FactsInvalidError(PolicyError):
    """The facts do not fit the table's input declarations; ``errors`` lists every problem."""

    code = "ongeldige_feiten"

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        self.errors = {k: list(v) for k, v in errors.items()}
        detail = "; ".join(f"{k}: {' '.join(v)}" for k, v in self.errors.items())
        super().__init__(f"De feiten zijn ongeldig: {detail}")


class FactsImplausibleError(FactsInvalidError):
    """Facts that are each valid but cannot be true together (a check of sheet ``Controles``).

    ``errors`` names every field of each failing check; ``checks`` lists the checks themselves
    (``regel_id``, ``melding``, ``fields``, ``bron``).
    """

    def __init__(self, checks: list[dict[str, Any]]) -> None:
        errors: dict[str, list[str]] = {}
        for check in checks:
            for name in check["fields"]:
                errors.setdefault(name, []).append(check["melding"])
        super().__init__(errors)
        self.checks = checks


class NoRowsInForceError(PolicyError):
    """No version of the table covers the peildatum."""

    code = "geen_regels_van_kracht"


class TableNotFoundError(PolicyError):
    code = "onbekende_tabel"


class VersionNotFoundError(PolicyError):
    code = "onbekende_versie"


class WorkbookInvalidError(PolicyError):
    """A workbook has blocking diagnostics; ``diagnostics`` holds all of them."""

    code = "ongeldig_werkboek"

    def __init__(self, message: str, diagnostics: Iterable[Any]) -> None:
        super().__init__(message)
        self.diagnostics = list(diagnostics)


class HitPolicyViolationError(PolicyError):
    """UNIQUE or ANY saw matches the hit policy forbids (the checks should have caught it)."""

    code = "beslissingsregel_geschonden"


class EvaluationError(PolicyError):
    """A formula could not be evaluated on these facts (e.g. division by zero)."""

    code = "rekenfout"
