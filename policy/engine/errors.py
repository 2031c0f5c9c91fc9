"""Errors of the durable-rules adapter (all under ``policy.errors.PolicyError``)."""

from __future__ import annotations

from policy.errors import PolicyError

__all__ = ["EngineError", "EngineInputError", "EngineTableError"]


class EngineError(PolicyError):
    """durable-rules did something the adapter cannot recover from (never expected)."""

    code = "engine_fout"


class EngineInputError(PolicyError):
    """A fact handed to the engine does not fit its compiled field type, or uses a reserved key.

    The caller validates facts first; this is the adapter's own guard against durable's silent
    coercion (``"18"`` matching ``>= 18``, ``0`` matching ``= nee``).
    """

    code = "ongeldige_engine_invoer"


class EngineTableError(PolicyError):
    """A compiled table cannot be expressed in durable-rules (unknown op, too many fields, …)."""

    code = "tabel_niet_uitvoerbaar"
