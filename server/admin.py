"""Admin endpoints: stage and activate workbook versions, withdraw decisions, correct quotas."""

from __future__ import annotations

import re

from flask import Blueprint, current_app, jsonify, request

from server.http import read_json, require_admin, service
from server.idempotency import idempotent
from server.jobs import background
from server.problems import Problem
from server.quotas import check_year, correction_request, withdrawal_reason

__all__ = ["admin"]

admin = Blueprint("admin", __name__)
admin.before_request(require_admin)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_TABLE_ID = re.compile(r"[a-z0-9_][a-z0-9_-]*(/[a-z0-9_][a-z0-9_-]*)*")
_VERSION = re.compile(r"[0-9a-f]{64}")


def _upload() -> tuple[bytes, str]:
    """The workbook bytes and file name, from a multipart form or a raw ``.xlsx`` body."""
    request.max_content_length = current_app.config["MAX_UPLOAD_BYTES"]
    if request.mimetype == "multipart/form-data":
        files = list(request.files.values())
        if len(files) != 1:
            raise Problem("ongeldig_verzoek", "Stuur precies één werkboek (veld 'werkboek').",
                          errors={"werkboek": ["verwacht precies één .xlsx-bestand."]})
        return files[0].read(), files[0].filename or "werkboek.xlsx"
    if request.mimetype in (XLSX, "application/octet-stream"):
        return request.get_data(cache=False), request.headers.get("X-Filename", "werkboek.xlsx")
    raise Problem("verkeerd_inhoudstype",
                  f"Stuur het werkboek als multipart/form-data of als {XLSX} (niet: {request.mimetype or 'geen'}).")


@admin.post("/v1/tables/<path:table_id>/versions")
@background()
def stage_version(table_id: str):
    if not _TABLE_ID.fullmatch(table_id):
        raise Problem("ongeldig_verzoek", f"'{table_id}' is geen geldig tabel-id.",
                      errors={"table_id": ["kleine letters, cijfers, _ en -, gescheiden door /."]})
    content, filename = _upload()
    name = f"{table_id}.xlsx"
    staged = service().publisher.stage(table_id, content, filename=name, source="upload")
    diagnostics = [d.to_dict() for d in staged.diagnostics]
    if staged.loaded is None:
        errors = sum(1 for d in staged.diagnostics if d.is_error)
        raise Problem("ongeldig_werkboek", f"{filename}: {errors} fout(en); er is niets veranderd.",
                      diagnostics=diagnostics)
    body = {
        "table_id": table_id,
        "version": staged.version,
        "status": "klaargezet",
        "created": staged.created,
        "diagnostics": diagnostics,
        "activate": f"/v1/tables/{table_id}/versions/{staged.version}/activate",
        # What activating would change, case by case (None when no version is active yet).
        "impact": service().publisher.impact(table_id, staged.loaded),
    }
    return jsonify(body), 201 if staged.created else 200


@admin.post("/v1/tables/<path:table_id>/versions/<version>/activate")
def activate_version(table_id: str, version: str):
    if not _VERSION.fullmatch(version):
        raise Problem("onbekende_versie", f"'{version}' is geen versie-hash (64 hexadecimale tekens).")
    result = service().publisher.activate(table_id, version, source="beheer")
    if result.failures:
        raise Problem(
            "voorbeelden_mislukt",
            f"{len(result.failures)} voorbeeld(en) van versie {version[:12]} mislukt; niets is veranderd.",
            failures=[{"voorbeeld": r.name, "rij": r.row, "fout": r.error,
                       "verschillen": {k: {"verwacht": e, "kreeg": a} for k, (e, a) in r.differences.items()},
                       "melding": r.describe()}
                      for r in result.failures],
        )
    body = {"table_id": table_id, "version": version, "status": "actief", "already_active": result.already_active}
    if result.activation is not None:
        body.update(result.activation.to_dict())
    return jsonify(body)


@admin.post("/v1/decisions/<decision_id>/withdraw")
@idempotent()
def withdraw(decision_id: str):
    """Withdraw a logged decision; a quota place it held is released, once (409 the second time)."""
    return jsonify(service().withdraw(decision_id, withdrawal_reason(read_json(empty={}))))


@admin.post("/v1/quota/<path:table_id>/<key>/<int:year>/correction")
@idempotent()
def correct_quota(table_id: str, key: str, year: int):
    """Set (``granted``) or move (``change``) a quota count, with a ``reason``; logged."""
    return jsonify(service().correct_quota(table_id, key, check_year(year), correction_request(read_json())))
