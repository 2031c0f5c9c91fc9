"""``POST /v1/decisions/<id>/batch``: many cases (a JSON list or a CSV), results in order.

The answer is a JSON array, streamed: logged batches commit and send ``BATCH_CHUNK`` cases at
a time (a case is only sent once it is logged). A dry run without per-case peildatums takes the
vectorised pandas path (``policy.evaluation.batch``); other batches decide case by case. A logged
batch of a table with a quota decides and logs each case on its own, as a single decision (the
counter from the ledger, a place taken with the log entry); a dry run reads the counters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import pandas as pd
from flask import Blueprint, Response, current_app, request, stream_with_context

from policy.bron import bron_citations
from policy.catalog import LoadedTable
from policy.errors import PolicyError
from policy.evaluation.controls import screen_facts
from policy.model import ASSESSMENT_VALUE
from policy.evaluation import to_json_value
from policy.evaluation.batch import ERROR_COLUMN, RULES_COLUMN, evaluate_frame_suspects
from server.batch_csv import read_cases, write_rows
from server.http import is_json, read_json, require_api_key, service
from server.idempotency import idempotent
from server.problems import PROBLEM_TYPES, Problem
from server.schemas import RequestInvalid, load_batch_case, load_peildatum
from server.quotas import count, line_for, quota_rule
from server.service import Service, context_facts

__all__ = ["batch"]

batch = Blueprint("batch", __name__)
batch.before_request(require_api_key)

@batch.post("/v1/decisions/<path:table_id>/batch")
@idempotent(max_bytes="MAX_BATCH_BYTES")
def decide_batch(table_id: str):
    svc: Service = service()
    loaded = svc.publisher.resolve(table_id)
    request.max_content_length = current_app.config["MAX_BATCH_BYTES"]
    options = _options()
    delimiter = ","
    if request.mimetype == "text/csv":
        raw_cases, delimiter = read_cases(loaded, request.get_data(cache=False), request.mimetype_params.get("charset"))
    elif is_json(request.mimetype):
        raw_cases = read_json()
        if not isinstance(raw_cases, list):
            raise Problem("ongeldig_verzoek", "Stuur een JSON-lijst van gevallen: [{\"facts\": {...}}, ...].",
                          errors={"_verzoek": ["verwacht een JSON-lijst."]})
    else:
        raise Problem("verkeerd_inhoudstype",
                      f"Stuur application/json (een lijst) of text/csv (niet: {request.mimetype or 'geen'}).")
    limit = current_app.config["MAX_BATCH_CASES"]
    if len(raw_cases) > limit:
        raise Problem("verzoek_te_groot", f"{len(raw_cases)} gevallen; hooguit {limit} per batch.")
    cases: list[dict[str, Any] | RequestInvalid] = []
    for raw in raw_cases:
        try:
            cases.append(raw if isinstance(raw, RequestInvalid) else load_batch_case(loaded.compiled, raw))
        except RequestInvalid as exc:
            cases.append(exc)
    vectorised = options["dry_run"] and not any(isinstance(c, dict) and c.get("peildatum") for c in cases)
    results = _vectorised(svc, loaded, cases, options) if vectorised else _case_by_case(svc, loaded, cases, options)
    if _wants_csv():
        response = Response(stream_with_context(write_rows(loaded, results, delimiter)), mimetype="text/csv")
    else:
        response = Response(stream_with_context(_json_array(results)), mimetype="application/json")
    response.headers["X-Regelwerk-Pad"] = "gevectoriseerd" if vectorised else "per-geval"
    response.headers["X-Regelwerk-Versie"] = loaded.version
    return response


def _options() -> dict[str, Any]:
    errors: dict[str, list[str]] = {}
    dry_run = request.args.get("dry_run", "false")
    if dry_run not in ("true", "false"):
        errors["dry_run"] = [f"moet true of false zijn, niet '{dry_run}'."]
    peildatum = None
    if "peildatum" in request.args:
        try:
            peildatum = load_peildatum(request.args["peildatum"])
        except RequestInvalid as exc:
            errors.update(exc.errors)
    if errors:
        raise RequestInvalid(errors, facts=False)
    return {"dry_run": dry_run == "true", "peildatum": peildatum}


def _error_item(index: int, code: str, detail: str, errors: Mapping[str, list[str]] | None = None) -> dict[str, Any]:
    """A case that was not decided: its index and a problem object (RFC 9457) like a single request's."""
    status, title = PROBLEM_TYPES[code][:2] if code in PROBLEM_TYPES else (422, "Beslissing niet mogelijk")
    item = {"index": index, "type": f"/problemen/{code}", "title": title, "status": status, "detail": detail,
            "code": code}
    if errors:
        item["errors"] = dict(errors)
    return item


def _invalid_item(index: int, exc: RequestInvalid) -> dict[str, Any]:
    code = "ongeldige_feiten" if exc.facts else "ongeldig_verzoek"
    return _error_item(index, code, f"Controleer deze velden: {', '.join(exc.errors)}.", exc.errors)


def _decided_item(index: int, decision: Any, zaaknummer: str | None) -> dict[str, Any]:
    """What a single decision carries (its ``decision_id`` and ``dry_run`` are filled in once logged).

    ``status`` is the item's HTTP status; the decision's own status is ``decision_status``."""
    body = decision.to_dict()
    item = {"index": index, "status": 200, "decision_id": None, "dry_run": True, "table_id": decision.table_id,
            "table_version": decision.table_version, "peildatum": decision.peildatum.isoformat(),
            "decision_status": decision.status,
            "outputs": to_json_value(decision.outputs), "matched_rows": [m.to_dict() for m in decision.matched_rows],
            "regel_ids": [m.regel_id for m in decision.matched_rows], "zaaknummer": zaaknummer,
            "motivering": list(decision.motivering)}
    item.update({k: body[k] for k in _STATUS_DETAILS if k in body})
    return item


#: What a decision that is not ``beslist`` adds to its batch item, as a single decision does.
_STATUS_DETAILS = ("ontbrekende_feiten", "onbekende_uitvoer", "beoordeling")


def _decide_case(index: int, case: Any, options: Mapping[str, Any], decide: Any) -> tuple[dict | None, Any]:
    """``(error item, None)`` or ``(None, decide(case))`` for one case of a batch."""
    if isinstance(case, RequestInvalid):
        return _invalid_item(index, case), None
    if options["peildatum"] is not None and not case.get("peildatum"):
        case["peildatum"] = options["peildatum"]
    try:
        return None, decide(case)
    except PolicyError as exc:
        return _error_item(index, exc.code, exc.message, getattr(exc, "errors", None)), None
    except Problem as exc:  # not logged, so not given
        return _error_item(index, exc.code, exc.detail), None


def _one_by_one(svc: Service, loaded: LoadedTable, cases: list[Any], options: Mapping[str, Any]) -> Iterator[dict]:
    """Logged cases of a table with a quota: each a decision of its own, in order."""
    for index, case in enumerate(cases):
        error, decided = _decide_case(index, case, options, lambda c: svc.decide_request(loaded, c))
        if error is not None:
            yield error
            continue
        item = _decided_item(index, decided.decision, case.get("zaaknummer"))
        item["decision_id"] = decided.receipt.decision_id if decided.receipt else None
        item["dry_run"] = decided.receipt is None
        item["quota"] = decided.quota.to_dict() if decided.quota is not None else None
        yield item


def _case_by_case(svc: Service, loaded: LoadedTable, cases: list[Any], options: Mapping[str, Any]) -> Iterator[dict]:
    if not options["dry_run"] and quota_rule(loaded.compiled) is not None:
        yield from _one_by_one(svc, loaded, cases, options)
        return
    chunk = current_app.config["BATCH_CHUNK"]
    for start in range(0, len(cases), chunk):
        items: list[dict[str, Any]] = []
        to_log = []
        for index, case in enumerate(cases[start:start + chunk], start=start):
            error, decision = _decide_case(index, case, options, lambda c: svc.decide(loaded, c))
            if error is not None:
                items.append(error)
                continue
            items.append(_decided_item(index, decision, case.get("zaaknummer")))
            to_log.append((len(items) - 1, decision, case.get("zaaknummer")))
        if to_log and not options["dry_run"]:
            try:
                receipts = svc.log((d, z) for _, d, z in to_log)
            except Problem as exc:  # not logged, so not given
                for position, _, _ in to_log:
                    items[position] = _error_item(items[position]["index"], exc.code, exc.detail)
            else:
                for (position, _, _), receipt in zip(to_log, receipts, strict=True):
                    items[position]["decision_id"] = receipt.decision_id
                    items[position]["dry_run"] = False
        yield from items


def _vectorised(svc: Service, loaded: LoadedTable, cases: list[Any], options: Mapping[str, Any]) -> Iterator[dict]:
    implausible = _implausible(loaded, cases, options)
    valid = [(i, c) for i, c in enumerate(cases) if isinstance(c, dict) and i not in implausible]
    context = context_facts(loaded.compiled)
    counters = _quota_counters(svc, loaded, [c["facts"] for _, c in valid])
    frame = pd.DataFrame([{**c["facts"], **context, **counters(c["facts"])} for _, c in valid],
                         columns=[s["name"] for s in loaded.compiled.data["inputs"]])
    # a case where a fact left out could matter is decided on its own (three-valued, policy.evaluation)
    out, suspect = (evaluate_frame_suspects(loaded.compiled, frame, peildatum=options["peildatum"]) if valid
                    else (None, None))
    inputs = {s["name"] for s in loaded.compiled.data["inputs"]}
    outputs = [o["name"] for o in loaded.compiled.data["outputs"] if not o["intermediate"]]
    rows = iter(range(len(valid)))
    peildatum_field = loaded.compiled.data["peildatum_field"]
    rows_by_id = _matched_rows(loaded.compiled.data)
    for index, case in enumerate(cases):
        if isinstance(case, RequestInvalid):
            yield _invalid_item(index, case)
            continue
        if index in implausible:
            exc = implausible[index]
            yield _error_item(index, exc.code, exc.message, exc.errors)
            continue
        assert out is not None and suspect is not None  # this case is a dict, so ``valid`` was not empty
        position = next(rows)
        if suspect[position]:
            error, decision = _decide_case(index, case, options, lambda c: svc.decide(loaded, c))
            yield error if error is not None else _decided_item(index, decision, case.get("zaaknummer"))
            continue
        row = out.iloc[position]
        errors = row[ERROR_COLUMN]
        if errors:
            if set(errors) <= inputs:
                yield _error_item(index, "ongeldige_feiten", "De feiten zijn ongeldig.", errors)
            elif "peildatum" in errors:
                yield _error_item(index, "geen_regels_van_kracht", " ".join(errors["peildatum"]))
            else:
                yield _error_item(index, "beslissingsregel_geschonden", " ".join(sum(errors.values(), [])))
            continue
        if any(_plain(row[name]) == ASSESSMENT_VALUE for name in outputs):  # the ground, rows and facts
            error, decision = _decide_case(index, case, options, lambda c: svc.decide(loaded, c))
            yield error if error is not None else _decided_item(index, decision, case.get("zaaknummer"))
            continue
        peildatum = options["peildatum"] or case["facts"].get(peildatum_field)
        regel_ids = list(row[RULES_COLUMN])
        yield {"index": index, "status": 200, "decision_id": None, "dry_run": True, "table_id": loaded.table_id,
               "table_version": loaded.version,
               "peildatum": peildatum.isoformat() if isinstance(peildatum, date) else peildatum,
               "decision_status": "beslist", "outputs": {name: _plain(row[name]) for name in outputs},
               "matched_rows": [rows_by_id[r] for r in regel_ids if r in rows_by_id],
               "regel_ids": regel_ids, "zaaknummer": case.get("zaaknummer")}


def _implausible(loaded: LoadedTable, cases: list[Any], options: Mapping[str, Any]) -> dict[int, Any]:
    """The cases whose facts fail a check of sheet Controles (the frame is not shown them)."""
    if not loaded.compiled.data.get("checks"):
        return {}
    context = context_facts(loaded.compiled)
    found = {}
    for index, case in enumerate(cases):
        if isinstance(case, dict):
            exc = screen_facts(loaded.compiled, {**case["facts"], **context},
                               peildatum=options["peildatum"] or case.get("peildatum"))
            if exc is not None:
                found[index] = exc
    return found


def _matched_rows(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each rule's matched-row entry as a single decision gives it (outputs: its literal ones;
    a formula's value is in the case's ``outputs``)."""
    out: dict[str, dict[str, Any]] = {}
    for sub in data["tables"]:
        for rule in sub["rules"]:
            literal = {k: v["literal"] for k, v in rule["outputs"].items() if "literal" in v}
            since = date.fromordinal(rule["from"]) if rule["from"] else None
            out.setdefault(rule["regel_id"], {"table": sub["name"], "regel_id": rule["regel_id"], "row": rule["row"],
                                              "sheet": rule["sheet"], "bron": rule["bron"],
                                              "bronnen": [c.to_dict() for c in bron_citations(rule["bron"], since)],
                                              "outputs": to_json_value(literal)})
    return out


def _wants_csv() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/csv"], default="application/json")
    return best == "text/csv" and request.accept_mimetypes["text/csv"] > request.accept_mimetypes["application/json"]


def _quota_counters(svc: Service, loaded: LoadedTable, facts: list[Mapping[str, Any]]) -> Any:
    """For a table with a quota: facts -> ``{counter: count}`` read from the ledger once per line."""
    rule = quota_rule(loaded.compiled)
    if rule is None:
        return lambda _facts: {}
    day = svc.today()
    lines = {f.get(rule.key): line_for(loaded.compiled, f, day) for f in facts}
    counts = {key: count(svc.store, line) for key, line in lines.items() if line is not None}
    return lambda f: {rule.counter: counts[f.get(rule.key)]} if f.get(rule.key) in counts else {}


def _plain(value: Any) -> Any:
    """numpy scalars and tuples from the frame as plain JSON values."""
    if hasattr(value, "item") and not isinstance(value, (list, tuple, dict)):
        value = value.item()
    return to_json_value(value)


def _json_array(items: Iterator[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for n, item in enumerate(items):
        yield ("," if n else "") + json.dumps(item, ensure_ascii=False)
    yield "]"
