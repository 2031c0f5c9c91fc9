"""Health, readiness, the OpenAPI document, the offline API page, the officers' console and
problem-type pages."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, redirect, send_from_directory
from sqlalchemy.exc import SQLAlchemyError

from server.http import service
from server.openapi import build_openapi
from server.problems import PROBLEM_TYPES, Problem

__all__ = ["pages"]

pages = Blueprint("pages", __name__)


@pages.get("/health")
def health():
    """Liveness: the process answers. Nothing else is checked."""
    return jsonify({"status": "ok"})


@pages.get("/ready")
def ready():
    """Readiness: tables are loaded and the database answers."""
    svc = service()
    try:
        svc.store.ping()
    except SQLAlchemyError:
        raise Problem("niet_gereed", "De database is niet bereikbaar.") from None
    tables = svc.catalog.ids()
    if not tables:
        raise Problem("niet_gereed", "Er zijn geen tabellen geladen.")
    return jsonify({"status": "gereed", "tables": len(tables), "generation": svc.publisher.generation})


@pages.get("/openapi.json")
def openapi():
    return jsonify(build_openapi(service()))


#: The pages load only their own files and talk only to this service; none may be framed (the
#: console holds the admin token).
_PAGE_POLICY = ("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                "form-action 'self'; frame-ancestors 'none'")


def _page(name: str) -> Response:
    folder = current_app.static_folder
    assert folder is not None  # set in create_app
    response = send_from_directory(folder, name, mimetype="text/html")
    response.headers["Content-Security-Policy"] = _PAGE_POLICY
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@pages.get("/docs")
def docs():
    return _page("docs.html")


@pages.get("/beheer")
def console():
    """The officers' console (Dutch): log in with a personal token; stage, propose, approve or
    reject, roll back; a version's history, diff and impact; the audit trail; all through the
    public and admin endpoints."""
    return _page("beheer.html")


@pages.get("/")
def home():
    return redirect("/beheer")


@pages.get("/problemen/<code>")
def problem_type(code: str):
    if code not in PROBLEM_TYPES:
        raise Problem("niet_gevonden", f"Er is geen probleemsoort '{code}'.")
    status, title, explanation = PROBLEM_TYPES[code]
    return Response(
        f"<!doctype html><meta charset=utf-8><title>{title}</title>"
        f"<h1>{title} ({status})</h1><p>{explanation}</p><p><code>{code}</code></p>",
        mimetype="text/html",
    )
