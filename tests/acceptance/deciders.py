"""How the BDD steps reach a decision: in process, or over HTTP against a live server.

Both implementations take JSON-like facts (dates as ``JJJJ-MM-DD`` text, booleans, numbers) and
return the same :class:`Outcome`, so every scenario can run against each of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from policy.catalog import Catalog
from policy.errors import FactsInvalidError, PolicyError
from policy.evaluation.decision import to_json_value

__all__ = ["Outcome", "Decider", "InProcessDecider", "HttpDecider", "ContextNotSettable"]


class ContextNotSettable(Exception):
    """The scenario sets a context input that this decider cannot set (the service fills it in)."""


@dataclass(frozen=True)
class Outcome:
    """A decision or the error that took its place, in JSON terms."""

    table_id: str
    outputs: dict[str, Any] = field(default_factory=dict)
    applied: tuple[str, ...] = ()  # regel_ids of the matched rows, in order
    rows: tuple[tuple[str, int], ...] = ()  # (sheet, row) of the matched rows: versions apart
    error: str | None = None  # the error code, e.g. "ongeldige_feiten"
    error_fields: tuple[str, ...] = ()  # fields named by an ongeldige_feiten error
    detail: str = ""

    def describe(self) -> str:
        if self.error:
            return f"fout {self.error}: {self.detail}"
        return f"uitvoer {self.outputs}, regels {', '.join(self.applied)}"


class Decider(Protocol):
    name: str

    def decide(self, table_id: str, facts: dict[str, Any], peildatum: date | None) -> Outcome: ...


class InProcessDecider:
    """Decisions through ``Catalog.decide``, the path the CLI and the server share."""

    name = "in_process"

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def decide(self, table_id: str, facts: dict[str, Any], peildatum: date | None) -> Outcome:
        try:
            decision = self.catalog.decide(table_id, facts, peildatum=peildatum)
        except FactsInvalidError as exc:
            return Outcome(table_id, error=exc.code, error_fields=tuple(exc.errors), detail=exc.message)
        except PolicyError as exc:
            return Outcome(table_id, error=exc.code, detail=exc.message)
        return Outcome(
            table_id,
            outputs=to_json_value(decision.outputs),
            applied=tuple(row.regel_id for row in decision.matched_rows),
            rows=tuple((row.sheet, row.row) for row in decision.matched_rows),
        )


class HttpDecider:
    """Decisions through ``POST /v1/decisions/<table_id>`` of a live server (dry runs, not logged).

    Context inputs (``herkomst: context``) are the service's to fill in, so they are not sent: a
    scenario that sets one to anything but the value the service fills in cannot run over HTTP
    and raises :class:`ContextNotSettable`. Dry runs keep the decision log and the quota ledger
    untouched, so scenarios do not influence each other.
    """

    name = "http"

    def __init__(self, base_url: str, catalog: Catalog, session: Any = None) -> None:
        import requests

        self.base_url = base_url.rstrip("/")
        self.catalog = catalog
        self.session = session or requests.Session()

    def decide(self, table_id: str, facts: dict[str, Any], peildatum: date | None) -> Outcome:
        facts = dict(facts)
        for spec in self.catalog.get(table_id).compiled.data["inputs"]:
            if spec["context"] and spec["name"] in facts:
                value = facts.pop(spec["name"])
                filled_in = spec.get("default") if spec.get("default") is not None else 0
                if value != filled_in:
                    raise ContextNotSettable(
                        f"{spec['name']}={value!r} is filled in by the service over HTTP (quota ledger), "
                        f"not by the caller; this scenario runs in process only"
                    )
        body: dict[str, Any] = {"facts": facts, "dry_run": True}
        if peildatum is not None:
            body["peildatum"] = peildatum.isoformat()
        response = self.session.post(f"{self.base_url}/v1/decisions/{table_id}", json=body, timeout=30)
        payload = response.json()
        if response.status_code >= 400:
            errors = payload.get("errors") or {}
            return Outcome(
                table_id,
                error=payload.get("code") or payload.get("error") or str(response.status_code),
                error_fields=tuple(errors) if isinstance(errors, dict) else (),
                detail=str(payload.get("detail") or errors),
            )
        return Outcome(
            table_id,
            outputs=payload["outputs"],
            applied=tuple(row["regel_id"] for row in payload.get("matched_rows", [])),
            rows=tuple((row["sheet"], row["row"]) for row in payload.get("matched_rows", [])),
        )
