"""What the service does, without HTTP: decide and log, replay, describe tables.

The Flask views in ``server.api`` and ``server.admin`` only translate requests and answers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from policy.catalog import Catalog, LoadedTable
from policy.compiler import CompiledTable
from policy.errors import PolicyError
from policy.evaluation import Decision, to_json_value
from policy.store import Receipt, StagedVersion, Store, User, software_labels
from server.config import today
from server.problems import Problem
from policy.publishing import DirectoryWatcher, Publisher
from server.quotas import Grant, Line, QuotaRule, count, declared_line, line_for, quota_full, quota_rule
from server.schemas import is_required, json_schema, output_json_schema, public_inputs

__all__ = ["Service", "Decided", "context_facts", "periods"]

log = logging.getLogger("regelwerk.dienst")
_NUMERIC = ("geheel getal", "getal")


def context_facts(compiled: CompiledTable) -> dict[str, Any]:
    """Default values of the inputs the service fills in itself (``herkomst: context``).

    Each takes its declared default (0 for a number without one); a quota's counter is then
    replaced by the ledger's count (:meth:`Service.decide_request`).
    """
    out = {}
    for spec in compiled.data["inputs"]:
        if spec["context"]:
            default = spec.get("default")
            out[spec["name"]] = default if default is not None else (0 if spec["type"] in _NUMERIC else None)
    return out


def periods(data: Mapping[str, Any]) -> list[dict[str, str | None]]:
    """The distinct validity periods of the rules that decide (``geldig_van``/``geldig_tot``)."""
    intermediate = {o["name"] for o in data["outputs"] if o["intermediate"]}
    spans: set[tuple[int | None, int | None]] = set()
    for sub in data["tables"]:
        if all(o in intermediate for o in sub["outputs"]):
            continue
        spans.update((r["from"], r["to"]) for r in sub["rules"])
    return [{"geldig_van": _iso(a), "geldig_tot": _iso(b)}
            for a, b in sorted(spans, key=lambda s: (s[0] or 0, s[1] or 10**7))]


@dataclass(frozen=True)
class Decided:
    """A decision, its receipt (None for a dry run) and, for a table with a quota, its line."""

    decision: Decision
    receipt: Receipt | None
    quota: Grant | None = None
    has_quota: bool = False  # the table declares a quota (``quota`` is None: none for this key)
    #: ``decision.to_dict()`` when it was made already (its matched rows are the receipt's).
    shown: dict[str, Any] | None = None


@dataclass
class Service:
    config: dict[str, Any]
    store: Store
    catalog: Catalog
    publisher: Publisher
    watcher: DirectoryWatcher | None = None

    def close(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        self.store.dispose()

    # -- deciding ----------------------------------------------------------------------------

    def today(self) -> date:
        """The decision date (CLOCK_DATE, else today in Europe/Amsterdam): it picks the quota year."""
        return today(self.config)

    def decide(self, loaded: LoadedTable, request: Mapping[str, Any]) -> Decision:
        """Decide a checked request without logging it (a quota's counter read from the ledger)."""
        return self.decide_request(loaded, {**request, "dry_run": True}).decision

    def decide_request(self, loaded: LoadedTable, request: Mapping[str, Any]) -> Decided:
        """Decide a checked request on exactly the version ``loaded`` and log it unless a dry run.

        For a table with a quota the counter is the ledger's count; a decision that takes a
        place takes it in the transaction that logs it (:meth:`_grant`). A dry run reads the
        ledger and takes nothing.
        """
        rule = quota_rule(loaded.compiled)
        line = line_for(loaded.compiled, request["facts"], self.today()) if rule is not None else None
        dry_run, zaaknummer = bool(request.get("dry_run")), request.get("zaaknummer")
        if rule is None or line is None:
            decision = self._decide(loaded, request)
            shown = decision.to_dict()  # once: its matched rows are also the receipt's
            receipt = None if dry_run else self.log([(decision, zaaknummer)], rows=[shown["matched_rows"]])[0]
            return Decided(decision, receipt, None, rule is not None, shown)
        granted = count(self.store, line)
        decision = self._decide(loaded, request, {rule.counter: granted})
        if dry_run or not rule.takes_place(decision):
            shown = decision.to_dict()
            receipt = None if dry_run else self.log([(decision, zaaknummer)], rows=[shown["matched_rows"]])[0]
            return Decided(decision, receipt, Grant(line.state(granted), False), True, shown)
        return self._grant(loaded, request, rule, line, decision, granted)

    def _grant(self, loaded: LoadedTable, request: Mapping[str, Any], rule: QuotaRule, line: Line,
               decision: Decision, granted: int) -> Decided:
        """Take a place for a decision that takes one, and log it, in one transaction.

        The place is ONE conditional UPDATE. When others took places since ``granted`` was read,
        the decision is made again with the count this place follows, so the log holds the
        counter that decided; when none is left, the table decides again with the quota full and
        refuses on its own quota ground.
        """
        try:
            with self.store.transaction() as tx:
                place, current = None, granted
                for _ in range(2):  # a second try only if a place was released in between
                    place = self.store.take_place(tx, line.table_id, line.key, line.year, line.maximum)
                    if place is not None:
                        break
                    current = count(self.store, line, tx)
                    if current >= line.maximum:
                        break
                if place is not None:
                    state = place
                    if place.granted - 1 != granted:
                        decision = self._decide(loaded, request, {rule.counter: place.granted - 1})
                        if not rule.takes_place(decision):
                            state, place = self.store.give_back(tx, place), None
                else:
                    decision = self._decide(loaded, request, {rule.counter: max(current, line.maximum)})
                    if rule.takes_place(decision):
                        raise quota_full(line, decision)
                    state = line.state(current)
                receipt = self.store.record_decision(tx, decision, zaaknummer=request.get("zaaknummer"),
                                                     decision_date=self.today(), **self._labels(decision))
                if place is not None:
                    self.store.record_place(tx, place, receipt.decision_id)
        except SQLAlchemyError as exc:
            log.exception("beslissing niet vastgelegd")
            raise Problem("logboek_niet_beschikbaar",
                          "De beslissing kon niet in het logboek worden vastgelegd en is daarom niet gegeven.") from exc
        return Decided(decision, receipt, Grant(state, place is not None), True)

    def _decide(self, loaded: LoadedTable, request: Mapping[str, Any],
                context: Mapping[str, Any] | None = None) -> Decision:
        facts = {**request["facts"], **context_facts(loaded.compiled), **(context or {})}
        return self.catalog.decide(
            loaded.table_id, facts, peildatum=request.get("peildatum"),
            explain=bool(request.get("explain")), version=loaded.version, allow_context=True,
        )

    def log(self, decisions: Iterable[tuple[Decision, str | None]],
            rows: list[list[dict[str, Any]]] | None = None) -> list[Receipt]:
        """Log decisions in one transaction; a decision that is not logged is not given.

        ``rows``: each decision's matched rows as ``MatchedRow.to_dict`` gives them, when the
        caller has them already (the store makes them otherwise)."""
        try:
            entries = []
            for decision, zaaknummer in decisions:
                labels = self._labels(decision)
                entries.append((decision, zaaknummer, labels["engine"], labels["compiler"]))
            return self.store.append_decisions(entries, decision_date=self.today(), rows=rows)
        except SQLAlchemyError as exc:
            log.exception("beslissing niet vastgelegd")
            raise Problem("logboek_niet_beschikbaar",
                          "De beslissing kon niet in het logboek worden vastgelegd en is daarom niet gegeven.") from exc

    def _labels(self, decision: Decision) -> dict[str, str]:
        fmt = self.catalog.get(decision.table_id, decision.table_version).compiled.data["format"]
        engine, compiler = software_labels(decision.engine, fmt)
        return {"engine": engine, "compiler": compiler}

    def answer(self, decided: Decided, zaaknummer: str | None) -> dict[str, Any]:
        receipt = decided.receipt
        body: dict[str, Any] = {"decision_id": receipt.decision_id if receipt else None, "dry_run": receipt is None}
        body.update(decided.shown if decided.shown is not None else decided.decision.to_dict())
        body["zaaknummer"] = zaaknummer
        if decided.has_quota:
            body["quota"] = decided.quota.to_dict() if decided.quota is not None else None
        return body

    # -- receipts ------------------------------------------------------------------------------

    def receipt(self, decision_id: str) -> Receipt:
        try:
            receipt = self.store.get_decision(decision_id)
        except SQLAlchemyError as exc:
            raise Problem("logboek_niet_beschikbaar", "Het logboek is niet bereikbaar.") from exc
        if receipt is None:
            raise Problem("onbekende_beslissing", f"Er is geen beslissing '{decision_id}' in het logboek.")
        return receipt

    def show_receipt(self, decision_id: str) -> dict[str, Any]:
        """The receipt, with its withdrawal and the quota place it took (both None if none)."""
        receipt = self.receipt(decision_id)
        out = receipt.to_dict()
        out["motivering"] = self._motivering_of(receipt)
        withdrawal = self.store.withdrawal(decision_id)
        place = self.store.place_of(decision_id)
        out["withdrawal"] = withdrawal.to_dict() if withdrawal is not None else None
        out["quota_place"] = ({"key": place.key, "year": place.year, "held": withdrawal is None}
                              if place is not None else None)
        return out

    # -- withdrawals and quota corrections (admin) -----------------------------------------------

    def withdraw(self, decision_id: str, reason: str | None, *, user: User) -> dict[str, Any]:
        """Withdraw a logged decision (once) and release the quota place it held."""
        receipt = self.receipt(decision_id)
        with self.store.transaction() as tx:
            withdrawal, state = self.store.withdraw(tx, decision_id, reason)
            self.store.audit(tx, actor=user.name, role=user.role, action="beslissing_ingetrokken",
                             table_id=receipt.table_id, version=receipt.table_version, subject=decision_id,
                             reason=reason, details={"plaats_vrijgegeven": state is not None})
        return {"decision_id": decision_id, **withdrawal.to_dict(), "place_released": state is not None,
                "quota": state.to_dict() if state is not None else None}

    def correct_quota(self, table_id: str, key: str, year: int, request: Mapping[str, Any], *,
                      user: User) -> dict[str, Any]:
        """Set or move a count with a reason (grants made before Regelwerk); logged as an event."""
        existing = self.store.quota(table_id, key, year)
        try:
            maximum = declared_line(self, table_id, key, year).maximum
        except (Problem, PolicyError):
            if existing is None:
                raise
            maximum = existing.maximum  # the table no longer declares it: keep the line's maximum
        with self.store.transaction() as tx:
            state = self.store.correct_quota(tx, table_id, key, year, maximum, **request)
            self.store.audit(tx, actor=user.name, role=user.role, action="quotum_gecorrigeerd", table_id=table_id,
                             subject=f"{key}/{year}", reason=request.get("reason"),
                             details={k: v for k, v in request.items() if k != "reason"} | {"granted": state.granted})
        return state.to_dict()

    def _motivering_of(self, receipt: Any) -> list[str] | None:
        """The receipt's motivering: its recorded version decides its recorded facts and
        peildatum again (deterministic, so the sentences are the ones the decision gave; the log
        keeps what is needed to reproduce them, not the sentences). None when that version is no
        longer available or no longer decides them."""
        try:
            loaded = self.publisher.resolve(receipt.table_id, receipt.table_version)
            decision = self.catalog.decide(receipt.table_id, receipt.facts, peildatum=receipt.peildatum,
                                           version=loaded.version, allow_context=True)
        except PolicyError:
            return None
        return list(decision.motivering)

    def replay(self, decision_id: str) -> dict[str, Any]:
        """Decide a logged decision again with its recorded version, facts and peildatum."""
        receipt = self.receipt(decision_id)
        loaded = self.publisher.resolve(receipt.table_id, receipt.table_version)
        recorded = {"outputs": receipt.outputs, "matched_rows": receipt.matched_rows,
                    "status": receipt.status or "beslist"}
        try:
            decision = self.catalog.decide(
                receipt.table_id, receipt.facts, peildatum=receipt.peildatum,
                version=loaded.version, allow_context=True,
            )
            replayed: dict[str, Any] = {
                "outputs": to_json_value(decision.outputs),
                "matched_rows": _as_recorded(receipt.matched_rows, [m.to_dict() for m in decision.matched_rows]),
                "status": decision.status,
            }
            engine = self._labels(decision)["engine"]
        except PolicyError as exc:
            replayed = {"fout": {"code": exc.code, "detail": exc.message}}
            engine = None
        differences = _differences(recorded, replayed)
        return {
            "decision_id": receipt.decision_id,
            "table_id": receipt.table_id,
            "table_version": receipt.table_version,
            "peildatum": receipt.peildatum.isoformat(),
            "result": "identical" if not differences else "different",
            "identical": not differences,
            "differences": differences,
            "engine": {"recorded": receipt.engine, "replay": engine},
        }

    # -- describing tables -------------------------------------------------------------------

    def describe(self, loaded: LoadedTable, *, rows: bool = False) -> dict[str, Any]:
        data = loaded.compiled.data
        out: dict[str, Any] = {
            "id": loaded.table_id,
            "title": data["title"],
            "description": data.get("description", ""),
            "version": loaded.version,
            "peildatum_field": data["peildatum_field"],
            "inputs": [_field(spec) for spec in public_inputs(loaded.compiled)],
            "outputs": [{"name": o["name"], "type": o["type"], "allowed": o["allowed"],
                         "schema": output_json_schema(o)}
                        for o in data["outputs"] if not o["intermediate"]],
            "periods": periods(data),
            "quota": _quota(data),
        }
        if rows:
            out["tables"] = [
                {"name": sub["name"], "hit_policy": sub["hit_policy"], "aggregation": sub.get("aggregation"),
                 "rows": [_row(rule) for rule in sub["rules"]]}
                for sub in data["tables"]
            ]
        return out

    def versions(self, table_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """Every stored version per table, with its periods, staging, review and activation history."""
        active = self.store.active_versions()
        activations: dict[tuple[str, str], list[str]] = {}
        for a in self.store.activations(table_id):
            activations.setdefault((a.table_id, a.version), []).append(a.activated_at.isoformat())
        states = self.publisher.workflow.states(table_id)
        out: dict[str, list[dict[str, Any]]] = {}
        for v in self.store.list_versions(table_id):
            entry = _version(v, active.get(v.table_id) == v.version, activations.get((v.table_id, v.version), []))
            state = states.get((v.table_id, v.version))
            if state is not None:
                entry.update(state.to_dict())
            out.setdefault(v.table_id, []).append(entry)
        return out

    def publication(self, versions: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
        """Per table: the active version, what waits for review or is scheduled, and whether the
        file in TABLES_DIR is what is live (published equals running)."""
        active = self.store.active_versions()
        folder = self.publisher.folder_versions()
        out: dict[str, dict[str, Any]] = {}
        for table_id in sorted(set(versions) | set(folder)):
            listed = versions.get(table_id, [])
            name, on_disk = folder.get(table_id, (None, None))
            out[table_id] = {
                "active_version": active.get(table_id),
                "pending": [v for v in listed if v.get("state") in ("voorgesteld", "goedgekeurd")],
                "folder": None if name is None else {
                    "file": name, "version": on_disk, "differs_from_active": on_disk != active.get(table_id),
                    "state": next((v.get("state") for v in listed if v["version"] == on_disk), "niet_ingelezen"),
                },
            }
        return out


def _field(spec: Mapping[str, Any]) -> dict[str, Any]:
    natural = json_schema(spec)
    return {
        "name": spec["name"],
        "type": spec["type"],
        "required": is_required(spec),
        "allowed": spec.get("allowed"),
        "minimum": natural.get("minimum", natural.get("x-minimum")),
        "maximum": natural.get("maximum", natural.get("x-maximum")),
        "default": natural.get("default"),
        "description": spec.get("description", ""),
        "schema": json_schema(spec, nullable=not is_required(spec)),
    }


def _quota(data: Mapping[str, Any]) -> dict[str, Any] | None:
    """The table's quota, if it declares one: the key field, the counter and the keys with a value."""
    quota = data.get("quota")
    if not quota:
        return None
    keys = sorted({str(e["key"]) for e in data["parameters"].get(quota["parameter"], ()) if e["key"] is not None})
    return {"parameter": quota["parameter"], "key": quota["key"], "counter": quota["counter"], "keys": keys}


def _iso(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal is not None else None


def _row(rule: Mapping[str, Any]) -> dict[str, Any]:
    return {"regel_id": rule["regel_id"], "sheet": rule["sheet"], "row": rule["row"], "bron": rule["bron"],
            "geldig_van": _iso(rule["from"]), "geldig_tot": _iso(rule["to"])}


def _version(v: StagedVersion, active: bool, activated: list[str]) -> dict[str, Any]:
    return {"version": v.version, "active": active, "staged_at": v.staged_at.isoformat(), "source": v.source,
            "filename": v.filename, "activated_at": activated, "periods": periods(v.compiled)}


def _as_recorded(recorded: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with only the keys the recorded rows carry: a receipt logged before a row gained
    a key (``bronnen``, derived from the recorded ``bron``) still replays as identical."""
    if not isinstance(recorded, list) or not recorded or not all(isinstance(r, dict) for r in recorded):
        return rows
    keys = set().union(*(r.keys() for r in recorded))
    return [{k: v for k, v in row.items() if k in keys} for row in rows]


def _differences(recorded: Mapping[str, Any], replayed: Mapping[str, Any]) -> list[dict[str, Any]]:
    diffs = []
    for key in sorted(set(recorded) | set(replayed)):
        a, b = recorded.get(key), replayed.get(key)
        if key == "outputs" and isinstance(a, dict) and isinstance(b, dict):
            for name in sorted(set(a) | set(b)):
                if a.get(name) != b.get(name):
                    diffs.append({"field": f"outputs.{name}", "recorded": a.get(name), "replayed": b.get(name)})
        elif a != b:
            diffs.append({"field": key, "recorded": a, "replayed": b})
    return diffs
