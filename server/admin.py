"""Admin endpoints: stage, propose, approve, reject and roll back versions; withdraw decisions,
correct quotas; the audit trail. Who may do what is ``policy.publishing``'s; this module only
translates requests and answers."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone
from typing import Any

from flask import Blueprint, current_app, jsonify, request

from policy.diff import RULE_KINDS, diff_workbooks, interface_differences
from policy.errors import TableNotFoundError
from policy.publishing import checked_reason, may, require
from policy.publishing.workflow import InterfaceMismatchError
from policy.replay import constructed_cases, replay_log
from policy.store import User
from server.config import TIMEZONE, now
from server.http import read_json, require_admin, require_user, service
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
_TRUE = ("1", "true", "ja", "yes")


def _upload() -> tuple[bytes, str, bool]:
    """The workbook bytes, file name and ``interface_change`` flag, from a form or a raw body."""
    request.max_content_length = current_app.config["MAX_UPLOAD_BYTES"]
    flag = request.args.get("interface_change", "")
    if request.mimetype == "multipart/form-data":
        files = list(request.files.values())
        if len(files) != 1:
            raise Problem("ongeldig_verzoek", "Stuur precies één werkboek (veld 'werkboek').",
                          errors={"werkboek": ["verwacht precies één .xlsx-bestand."]})
        flag = request.form.get("interface_change", flag)
        return files[0].read(), files[0].filename or "werkboek.xlsx", flag.strip().lower() in _TRUE
    if request.mimetype in (XLSX, "application/octet-stream"):
        return (request.get_data(cache=False), request.headers.get("X-Filename", "werkboek.xlsx"),
                flag.strip().lower() in _TRUE)
    raise Problem("verkeerd_inhoudstype",
                  f"Stuur het werkboek als multipart/form-data of als {XLSX} (niet: {request.mimetype or 'geen'}).")


def _version(version: str) -> str:
    if not _VERSION.fullmatch(version):
        raise Problem("onbekende_versie", f"'{version}' is geen versie-hash (64 hexadecimale tekens).")
    return version


def _body(allowed: set[str]) -> dict[str, Any]:
    body = read_json(empty={})
    if not isinstance(body, dict):
        raise Problem("ongeldig_verzoek", "Stuur een JSON-object.", errors={"_verzoek": ["verwacht een object."]})
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise Problem("ongeldig_verzoek", f"Onbekende velden: {', '.join(unknown)}.",
                      errors={k: ["onbekend veld."] for k in unknown})
    return body


def _reason(body: dict[str, Any]) -> str:
    raw = body.get("reason")
    if raw is not None and not isinstance(raw, str):
        raise Problem("reden_ontbreekt", "'reason' moet een tekst zijn.", errors={"reason": ["moet een tekst zijn."]})
    return checked_reason(raw)  # type: ignore[return-value]  # ReasonRequiredError is a 400 (server.app)


def _effective_from(raw: Any) -> datetime | None:
    """``JJJJ-MM-DD`` (midnight in the Netherlands) or an ISO date-time; not in the past."""
    if raw is None:
        return None
    moment: datetime | None = None
    if isinstance(raw, str):
        try:
            moment = datetime.combine(date.fromisoformat(raw), time(0), TIMEZONE) if len(raw) == 10 else \
                datetime.fromisoformat(raw.upper())
        except ValueError:
            moment = None
    if moment is None:
        raise Problem("ongeldig_verzoek", "'effective_from' moet een datum (JJJJ-MM-DD) of een tijdstip zijn.",
                      errors={"effective_from": ["verwacht JJJJ-MM-DD of een ISO-tijdstip."]})
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TIMEZONE)
    try:  # probes: the day in the Netherlands (was the offset's own day); past year 9999 in UTC was a 500
        moment.astimezone(timezone.utc)
        day = moment.astimezone(TIMEZONE).date()
    except OverflowError:
        raise Problem("ongeldig_verzoek", "'effective_from' ligt buiten de jaren 1 tot en met 9999.",
                      errors={"effective_from": ["verwacht JJJJ-MM-DD of een ISO-tijdstip."]}) from None
    if day < now(current_app.config).date():  # well-formed, but not a date a rule can start on
        raise Problem("datum_in_het_verleden", f"'effective_from' ({raw}) ligt in het verleden.",
                      errors={"effective_from": ["mag niet in het verleden liggen."]})
    return moment


def _state(table_id: str, version: str) -> dict[str, Any]:
    state = service().publisher.workflow.state(table_id, version)
    return {"table_id": table_id, **state.to_dict()}


@admin.get("/v1/me")
def me():
    """Who this token is, and what that role may do (the console shows the right buttons)."""
    user: User = require_user()
    actions = ("klaarzetten", "voorstellen", "goedkeuren", "afwijzen", "terugzetten", "intrekken", "corrigeren",
               "audit")
    return jsonify({"name": user.name, "role": user.role, "may": {a: may(user, a) for a in actions}})


@admin.post("/v1/tables/<path:table_id>/versions")
@background()
def stage_version(table_id: str):
    user = require_user()
    require(user, "klaarzetten")
    if not _TABLE_ID.fullmatch(table_id):
        raise Problem("ongeldig_verzoek", f"'{table_id}' is geen geldig tabel-id.",
                      errors={"table_id": ["kleine letters, cijfers, _ en -, gescheiden door /."]})
    content, filename, interface_change = _upload()
    name = f"{table_id}.xlsx"
    svc = service()
    checked = svc.publisher.check(table_id, content, filename=name)
    loaded, found = checked
    if loaded is None:
        errors = sum(1 for d in found if d.is_error)
        raise Problem("ongeldig_werkboek", f"{filename}: {errors} fout(en); er is niets veranderd.",
                      diagnostics=[d.to_dict() for d in found])
    try:
        active = svc.catalog.get(table_id)
    except TableNotFoundError:
        active = None  # a new table: its first version goes through the same review
    found_differences = interface_differences(active.compiled, loaded.compiled) if active else []
    differences = [d.message for d in found_differences]
    if differences and not interface_change:
        raise InterfaceMismatchError(
            f"{filename} hoort niet bij tabel '{table_id}': " + " ".join(differences) + " Er is niets veranderd.",
            differences, [d.to_dict() for d in found_differences])
    staged = svc.publisher.stage(table_id, content, filename=name, source="upload", user=user,
                                 interface_change=bool(differences), checked=checked)
    assert staged.loaded is not None and staged.version is not None
    body = {
        "table_id": table_id,
        "version": staged.version,
        "status": svc.publisher.workflow.state(table_id, staged.version).state,
        "created": staged.created,
        "interface_change": bool(differences),
        "interface_differences": differences,
        "interface_details": [d.to_dict() for d in found_differences],
        "diagnostics": [d.to_dict() for d in staged.diagnostics],
        "proposal": f"/v1/tables/{table_id}/versions/{staged.version}/proposal",
        # What activating would change, case by case (None when no version is active yet).
        "impact": svc.publisher.impact(table_id, staged.loaded),
    }
    return jsonify(body), 201 if staged.created else 200


@admin.get("/v1/tables/<path:table_id>/versions/<version>")
def show_version(table_id: str, version: str):
    """A stored version: its state in the review, who did what, and its diagnostics."""
    version = _version(version)
    svc = service()
    out = _state(table_id, version)
    stored = svc.store.get_version(table_id, version)
    out["filename"] = stored.filename if stored else None
    out["diagnostics"] = stored.diagnostics if stored else []
    out["history"] = [e.to_dict() for e in svc.publisher.workflow.state(table_id, version).history]
    return jsonify(out)


def _against(table_id: str, version: str) -> str | None:
    """The version to compare with: ``?against=``, else the active one (None: nothing is active)."""
    if "against" in request.args and not request.args["against"].strip():
        raise Problem("ongeldig_verzoek", "?against= is leeg: geef een versie-hash, of laat de parameter weg.",
                      errors={"against": ["is leeg; verwacht een versie-hash (64 hexadecimale tekens)."]})
    against = request.args.get("against") or None
    if against is not None:
        return _version(against)
    active = service().store.active_versions().get(table_id)
    return active if active != version else None


def _workbook(table_id: str, version: str) -> bytes:
    svc = service()
    svc.publisher.resolve(table_id, version)  # 404 for an unknown table or version
    content = svc.store.version_content(table_id, version)
    if content is None:
        raise Problem("onbekende_versie", f"Tabel '{table_id}' heeft geen versie '{version}'.")
    return content


def _diff(table_id: str, version: str, against: str) -> Any:
    return diff_workbooks(_workbook(table_id, against), _workbook(table_id, version),
                          old_name=f"{table_id}.xlsx ({against[:12]})", new_name=f"{table_id}.xlsx ({version[:12]})")


@admin.get("/v1/tables/<path:table_id>/versions/<version>/diff")
def diff_version(table_id: str, version: str):
    """What differs, row by row and cell by cell, from ``?against=`` (default: the active version)."""
    version = _version(version)
    _workbook(table_id, version)
    against = _against(table_id, version)
    if against is None:
        return jsonify({"table_id": table_id, "version": version, "against_version": None, "identical": True,
                        "summary": None, "sheets": [],
                        "detail": "Geen andere versie om mee te vergelijken (dit is de actieve versie, of er is nog "
                                  "geen actieve versie); geef ?against=<versie>."})
    diff = _diff(table_id, version, against)
    return jsonify({"table_id": table_id, "version": version, "against_version": against, **diff.to_dict()})


def _day(raw: Any) -> date | None:
    if not isinstance(raw, str) or len(raw) != 10:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def _period(body: dict[str, Any]) -> tuple[date, date]:
    """``from``/``to`` as JJJJ-MM-DD. Neither: the last calendar year; one: the rest of its year."""
    given = {k: _day(body[k]) for k in ("from", "to") if body.get(k) is not None}
    errors = {k: ["verwacht een datum JJJJ-MM-DD."] for k, v in given.items() if v is None}
    if errors:
        raise Problem("ongeldig_verzoek", f"Controleer deze velden: {', '.join(errors)}.", errors=errors)
    last_year = now(current_app.config).year - 1
    start, end = given.get("from"), given.get("to")
    start = start or date((end.year if end else last_year), 1, 1)
    end = end or date(start.year, 12, 31)
    if end < start:
        errors["to"] = ["ligt voor 'from'."]
    elif (end - start).days > 366 * 25:
        errors["to"] = ["een periode van ten hoogste 25 jaar."]
    if errors:  # two good dates that make no period to replay
        raise Problem("ongeldige_periode", f"Controleer deze velden: {', '.join(errors)}.", errors=errors)
    return start, end


@admin.post("/v1/tables/<path:table_id>/versions/<version>/impact")
def impact(table_id: str, version: str):
    """Replay the logged decisions of a period with this version: how many would come out otherwise."""
    version = _version(version)
    svc = service()
    draft = svc.publisher.resolve(table_id, version)  # 404 first: an unknown version has no period to judge
    start, end = _period(_body({"from", "to"}))
    against = _against(table_id, version)
    changed_rows = None
    if against is not None:
        diff = _diff(table_id, version, against)
        changed_rows = set().union(*(diff.rule_ids(kind) for kind in RULE_KINDS if kind != "moved"))
    report = replay_log(svc.store, table_id, draft.compiled, start=start, end=end, changed_rows=changed_rows)
    body = report.to_dict()
    body["diff_against"] = against
    # Apart from the real decisions, and labelled so: boundary cases made up from the draft's rules.
    body["constructed"] = (constructed_cases(svc.publisher.resolve(table_id, against).compiled, draft.compiled)
                           if against is not None else None)
    return jsonify(body)


@admin.post("/v1/tables/<path:table_id>/versions/<version>/proposal")
def propose(table_id: str, version: str):
    version = _version(version)
    service().publisher.workflow.state(table_id, version)  # 404 first
    body = _body({"reason", "effective_from"})
    reason, effective = _reason(body), _effective_from(body.get("effective_from"))
    service().publisher.workflow.propose(require_user(), table_id, version, reason=reason, effective_from=effective)
    return jsonify(_state(table_id, version))


@admin.post("/v1/tables/<path:table_id>/versions/<version>/approval")
def approve(table_id: str, version: str):
    version = _version(version)
    svc = service()
    svc.publisher.workflow.state(table_id, version)  # 404 first
    reason = _reason(_body({"reason"}))
    state = svc.publisher.workflow.approve(require_user(), table_id, version, reason=reason)
    if state.state == "actief":
        svc.publisher.after_activation()
    return jsonify(_state(table_id, version))


@admin.post("/v1/tables/<path:table_id>/versions/<version>/rejection")
def reject(table_id: str, version: str):
    version = _version(version)
    service().publisher.workflow.state(table_id, version)  # 404 first
    reason = _reason(_body({"reason"}))
    service().publisher.workflow.reject(require_user(), table_id, version, reason=reason)
    return jsonify(_state(table_id, version))


@admin.post("/v1/tables/<path:table_id>/versions/<version>/activate")
def activate_version(table_id: str, version: str):
    """Emergency rollback by a beheerder to a version that was live before, with a reason."""
    version = _version(version)
    user = require_user()
    require(user, "terugzetten")
    svc = service()
    svc.publisher.workflow.state(table_id, version)  # 404 first
    reason = _reason(_body({"reason"}))
    activation, already = svc.publisher.workflow.roll_back(user, table_id, version, reason=reason)
    if activation is not None:
        svc.publisher.after_activation()
    body = {"table_id": table_id, "version": version, "status": "actief", "already_active": already}
    if activation is not None:
        body.update(activation.to_dict())
    return jsonify(body)


@admin.get("/v1/audit")
def audit():
    """Every upload, proposal, approval, rejection, activation, rollback, withdrawal, correction."""
    require(require_user(), "audit")
    limit = request.args.get("limit", "1000")
    if not limit.isdigit() or not 1 <= int(limit) <= 10_000:
        raise Problem("ongeldig_verzoek", f"limit moet een getal van 1 tot en met 10000 zijn, niet '{limit}'.",
                      errors={"limit": ["een getal van 1 tot en met 10000."]})
    action = request.args.get("action") or None
    events = service().store.audit_events(table_id=request.args.get("table_id") or None,
                                          actions=(action,) if action else None, limit=int(limit))
    return jsonify({"events": [e.to_dict() for e in events]})


@admin.post("/v1/decisions/<decision_id>/withdraw")
@idempotent()
def withdraw(decision_id: str):
    """Withdraw a logged decision; a quota place it held is released, once (409 the second time)."""
    user = require_user()
    require(user, "intrekken")
    return jsonify(service().withdraw(decision_id, withdrawal_reason(read_json(empty={})), user=user))


@admin.post("/v1/quota/<path:table_id>/<key>/<int:year>/correction")
@idempotent()
def correct_quota(table_id: str, key: str, year: int):
    """Set (``granted``) or move (``change``) a quota count, with a ``reason``; logged."""
    user = require_user()
    require(user, "corrigeren")
    return jsonify(service().correct_quota(table_id, key, check_year(year), correction_request(read_json()),
                                           user=user))
