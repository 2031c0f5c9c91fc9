"""The public API: tables, decisions, receipts, replay and quotas (``/v1``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from flask import Blueprint, jsonify, request
from werkzeug.exceptions import MethodNotAllowed

from policy.errors import FactsImplausibleError, FactsInvalidError

from server.http import read_json, require_api_key, service
from server.idempotency import idempotent
from server.problems import Problem
from server.quotas import check_year, describe_line
from server.schemas import RequestInvalid, load_decision_request

__all__ = ["api", "decide_body", "FAILED"]

#: The environ key under which the lean path hands the view an exception to answer.
FAILED = "regelwerk.failed"

api = Blueprint("api", __name__)
_ADMIN_PATH = re.compile(r"/versions(/[^/]+/activate)?$")
api.before_request(require_api_key)


@api.get("/v1/tables")
def list_tables():
    svc = service()
    versions = svc.versions()
    publication = svc.publication(versions)
    tables = []
    live = set(svc.catalog.ids())
    for table_id in sorted(live):
        described = svc.describe(svc.catalog.get(table_id))
        described["versions"] = versions.get(table_id, [])
        described["publication"] = publication.get(table_id)
        tables.append(described)
    # Tables with no active version yet: a first version waiting for review, or a refused file.
    waiting = [{"id": t, "versions": versions.get(t, []), "publication": p}
               for t, p in publication.items() if t not in live]
    return jsonify({"tables": tables, "waiting": waiting})


@api.get("/v1/tables/<path:table_id>")
def get_table(table_id: str):
    if _ADMIN_PATH.search(table_id):  # ``…/versions`` is the upload, not a table called "versions"
        raise MethodNotAllowed(valid_methods=["POST"])
    svc = service()
    loaded = svc.publisher.resolve(table_id, request.args.get("version") or None)
    described = svc.describe(loaded, rows=True)
    described["active"] = svc.catalog.get(table_id).version == loaded.version
    versions = svc.versions(table_id)
    described["versions"] = versions.get(table_id, [])
    described["publication"] = svc.publication(versions).get(table_id)
    return jsonify(described)


@api.post("/v1/decisions/<path:table_id>")
@idempotent()
def decide(table_id: str):
    failed = request.environ.pop(FAILED, None)
    if failed is not None:  # the lean path (server.fastpath) met it: answered as always, from here
        raise failed
    answer, location = decide_body(service(), table_id, read_json)
    response = jsonify(answer)
    if location is not None:
        response.headers["Location"] = location
    return response


def decide_body(svc: Any, table_id: str, body: Callable[[], Any]) -> tuple[dict[str, Any], str | None]:
    """A decision request's work: the answer and its Location (None for a dry run).

    ``body`` reads the request's JSON (it is called once the table is known). Shared by the
    view and the lean path for plain requests (:mod:`server.fastpath`).
    """
    loaded = svc.publisher.resolve(table_id)
    checked = load_decision_request(loaded.compiled, body())
    try:
        decided = svc.decide_request(loaded, checked)
    except FactsInvalidError as exc:  # the facts, validated as they are decided (validated once)
        if isinstance(exc, FactsImplausibleError):
            raise
        raise RequestInvalid(exc.errors, facts=True) from None
    location = f"/v1/decisions/{decided.receipt.decision_id}" if decided.receipt is not None else None
    return svc.answer(decided, checked.get("zaaknummer")), location


@api.get("/v1/decisions/<decision_id>")
def get_decision(decision_id: str):
    return jsonify(service().show_receipt(decision_id))


@api.post("/v1/decisions/<decision_id>/replay")
def replay(decision_id: str):
    body = read_json(empty={})
    if body != {}:
        raise Problem("ongeldig_verzoek", "Een replay heeft geen body nodig; stuur niets of {}.",
                      errors={"_verzoek": ["verwacht een lege body of {}."]})
    return jsonify(service().replay(decision_id))


@api.get("/v1/quota")
def list_quota():
    """Every ledger line (``?table_id=`` and ``?year=`` narrow it down)."""
    year = request.args.get("year")
    svc = service()
    lines = svc.store.quotas(request.args.get("table_id") or None, check_year(year) if year else None)
    return jsonify({"today": svc.today().isoformat(),
                    "quota": [{**q.to_dict(), "url": f"/v1/quota/{q.table_id}/{q.key}/{q.year}"} for q in lines]})


@api.get("/v1/quota/<path:table_id>/<key>/<int:year>")
def get_quota(table_id: str, key: str, year: int):
    return jsonify(describe_line(service(), table_id, key, check_year(year)))
