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
    status: str = ""  # beslist, onvolledig or beoordeling_vereist
    missing: tuple[str, ...] = ()  # ontbrekende_feiten of an onvolledig decision
    assessment: dict[str, Any] | None = None  # beoordeling of a beoordeling_vereist decision

    def describe(self) -> str:
        if self.error:
            return f"fout {self.error}: {self.detail}"
        missing = f", ontbrekende feiten {', '.join(self.missing)}" if self.missing else ""
        return f"status {self.status}{missing}, uitvoer {self.outputs}, regels {', '.join(self.applied)}"


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
            status=decision.status,
            missing=tuple(decision.missing_facts),
            assessment=to_json_value(decision.assessment),
        )


class HttpDecider:
    """Decisions through ``POST /v1/decisions/<table_id>`` of a live server (dry runs, not logged).

    Context inputs (``herkomst: context``) are the service's to fill in, so they are not sent. A
    quota's counter (``verleend_dit_jaar``) comes from the ledger: the decider sets the count of
    the key's line for the current year through the admin correction endpoint, decides, and puts
    the count back. A value the ledger cannot hold (above the quota in force, or a key without a
    quota) cannot run over HTTP and raises :class:`ContextNotSettable`; a value no ledger could
    give (negative, not a whole number) is sent as a fact, which the service refuses. Dry runs
    keep the decision log and the quota places untouched, so scenarios do not influence each other.
    """

    name = "http"

    def __init__(self, base_url: str, catalog: Catalog, session: Any = None, admin_token: str | None = None) -> None:
        import requests

        from tests.support.live_server import LIVE_ADMIN_TOKEN

        self.base_url = base_url.rstrip("/")
        self.catalog = catalog
        self.session = session or requests.Session()
        self.admin = {"Authorization": f"Bearer {admin_token or LIVE_ADMIN_TOKEN}"}
        self._year: int | None = None

    def decide(self, table_id: str, facts: dict[str, Any], peildatum: date | None) -> Outcome:
        facts = dict(facts)
        compiled = self.catalog.get(table_id).compiled.data
        quota = compiled.get("quota")
        seed: tuple[str, int, int] | None = None
        for spec in compiled["inputs"]:
            if not spec["context"] or spec["name"] not in facts:
                continue
            value = facts.pop(spec["name"])
            if quota and spec["name"] == quota["counter"]:
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    facts[spec["name"]] = value  # the service refuses it, as it refuses any counter
                    continue
                seed = self._seed(table_id, quota, facts.get(quota["key"]), value)
                continue
            filled_in = spec.get("default") if spec.get("default") is not None else 0
            if value != filled_in:
                raise ContextNotSettable(
                    f"{spec['name']}={value!r} is filled in by the service over HTTP, not by the caller; "
                    f"this scenario runs in process only"
                )
        try:
            return self._decide(table_id, facts, peildatum)
        finally:
            if seed is not None:
                self._set_count(*seed)

    def _decide(self, table_id: str, facts: dict[str, Any], peildatum: date | None) -> Outcome:
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
            status=payload["status"],
            missing=tuple(payload.get("ontbrekende_feiten", ())),
            assessment=payload.get("beoordeling"),
        )

    def _seed(self, table_id: str, quota: dict[str, str], key: Any, count: int) -> tuple[str, int, int] | None:
        """Set the count of ``key``'s line this year to ``count``; returns what puts it back."""
        if self._year is None:
            self._year = date.fromisoformat(self.session.get(f"{self.base_url}/v1/quota", timeout=30).json()["today"]).year
        line = f"{self.base_url}/v1/quota/{table_id}/{key}/{self._year}"
        response = self.session.get(line, timeout=30)
        if response.status_code == 404:  # no quota for the key: the service fills in 0
            if count == 0:
                return None
            raise ContextNotSettable(f"{key} has no quota in {self._year}, so the service fills in "
                                     f"{quota['counter']}=0, not {count}; this scenario runs in process only")
        current = response.json()
        if not current["decision_ids"] and count <= current["maximum"]:
            self._set_count(line, count, current["granted"])
            return line, current["granted"], count
        raise ContextNotSettable(f"the ledger cannot hold {quota['counter']}={count} for {key} "
                                 f"(maximum {current['maximum']}, places held {len(current['decision_ids'])}); "
                                 "this scenario runs in process only")

    def _set_count(self, line: str, count: int, previous: int) -> None:
        body = {"granted": count, "reason": f"BDD-scenario: stand {count} (was {previous})"}
        response = self.session.post(f"{line}/correction", json=body, headers=self.admin, timeout=30)
        assert response.status_code == 200, f"correction of {line} failed: {response.text}"
